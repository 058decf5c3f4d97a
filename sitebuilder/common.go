package sitebuilder

import (
	"net/url"
	"reflect"
	"slices"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Address is a billing or shipping address of a member or an order.
// All fields are free text and optional; empty ones are not sent.
type Address struct {
	// Name is the addressee's full name.
	Name  string `json:"name,omitempty"`
	Phone string `json:"phone,omitempty"`
	// CompanyName is the company at the address, if any.
	CompanyName string `json:"companyName,omitempty"`
	// CompanyID is the company's registration or tax id.
	CompanyID string `json:"companyId,omitempty"`
	Country   string `json:"country,omitempty"`
	State     string `json:"state,omitempty"`
	City      string `json:"city,omitempty"`
	ZipCode   string `json:"zipCode,omitempty"`
	// Address and Address2 are the street lines.
	Address  string `json:"address,omitempty"`
	Address2 string `json:"address2,omitempty"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an address, keeping undeclared fields in Extra.
func (v *Address) UnmarshalJSON(b []byte) error {
	type plain Address
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// NameValue is a name/value pair: an order item's variation or addition, a
// booking's form answer, a form submission's field.
type NameValue struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a name/value pair, keeping undeclared fields in Extra.
func (v *NameValue) UnmarshalJSON(b []byte) error {
	type plain NameValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// FieldValue is a field/value pair: an order's additional field, a
// submitted form's value in a form_submitted delivery.
type FieldValue struct {
	Field string `json:"field"`
	Value string `json:"value"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field/value pair, keeping undeclared fields in Extra.
func (v *FieldValue) UnmarshalJSON(b []byte) error {
	type plain FieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// decodeExtra decodes b into v (a method-less alias of a model) and keeps
// undeclared fields in extra.
func decodeExtra(b []byte, v any, extra *Extra) error {
	return flex.DecodeWithExtra(b, v, extra)
}

// optionalID refuses a negative id filter; 0 means "not set".
func optionalID(field string, id int64) error {
	if id < 0 {
		return transport.Invalid(field, "must be a positive id, got %d", id)
	}
	return nil
}

// timeRange checks a pair of inclusive Unix-second bounds: neither before
// the epoch, and max not before min when both are set.
func timeRange(minField string, min time.Time, maxField string, max time.Time) error {
	for _, b := range []struct {
		field string
		t     time.Time
	}{{minField, min}, {maxField, max}} {
		if !b.t.IsZero() && b.t.Unix() < 0 {
			return transport.Invalid(b.field, "%s is before 1970-01-01 (the API takes Unix seconds)", b.t.Format(time.RFC3339))
		}
	}
	return check.Ordered(minField, min, maxField, max)
}

// redactedURL is raw as an error message may show it: without user info,
// query or fragment, which may hold credentials (?token=, ?key=...).
func redactedURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(the URL given)"
	}
	c := *u
	c.User = nil
	hidden := c.RawQuery != "" || c.ForceQuery || c.Fragment != ""
	c.RawQuery, c.ForceQuery, c.Fragment, c.RawFragment = "", false, "", ""
	if hidden {
		return c.String() + "?(query hidden)"
	}
	return c.String()
}

// nothingToUpdate refuses an update body that sets no field: every field of
// the struct u points to is nil or empty, or only names fields in ignore
// (flags such as notifyCustomer that change nothing by themselves).
func nothingToUpdate(u any, ignore ...string) error {
	v := reflect.ValueOf(u).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if !v.Field(i).IsZero() && !slices.Contains(ignore, name) {
			return nil
		}
	}
	return transport.Invalid("body", "nothing to update")
}
