package sitebuilder

import (
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Address is a billing or shipping address of a member or an order.
type Address struct {
	Name        string `json:"name,omitempty"`
	Phone       string `json:"phone,omitempty"`
	CompanyName string `json:"companyName,omitempty"`
	// CompanyID is the company's registration or tax id.
	CompanyID string `json:"companyId,omitempty"`
	Country   string `json:"country,omitempty"`
	State     string `json:"state,omitempty"`
	City      string `json:"city,omitempty"`
	ZipCode   string `json:"zipCode,omitempty"`
	Address   string `json:"address,omitempty"`
	Address2  string `json:"address2,omitempty"`
}

// NameValue is a name/value pair: an order item's variation or addition, a
// booking's form answer, a form submission's field.
type NameValue struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// FieldValue is a field/value pair: an order's additional field, a
// submitted form's value in a form_submitted delivery.
type FieldValue struct {
	Field string `json:"field"`
	Value string `json:"value"`
}

// decodeExtra decodes b into v (a method-less alias of a model) and keeps
// undeclared fields in extra.
func decodeExtra(b []byte, v any, extra *Extra) error {
	return flex.DecodeWithExtra(b, v, extra)
}

// invalid is transport.Invalid, for input refused before sending.
func invalid(field, problem string, args ...any) error {
	return transport.Invalid(field, problem, args...)
}
