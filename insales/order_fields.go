package insales

import (
	"context"
	"net/http"
	"strings"
)

// OrderFieldType is an additional field's kind. An unknown value decodes
// as itself.
type OrderFieldType string

// The field types the API documentation lists (FileField for orders only);
// the system fields (Country, Name, ...) have their own types.
const (
	OrderFieldText      OrderFieldType = "Field::TextField"
	OrderFieldTextArea  OrderFieldType = "Field::TextArea"
	OrderFieldSelect    OrderFieldType = "Field::Select"
	OrderFieldCheckbox  OrderFieldType = "Field::Checkbox"
	OrderFieldFile      OrderFieldType = "Field::FileField"
	OrderFieldDelivery  OrderFieldType = "Field::Delivery"
	OrderFieldPickPoint OrderFieldType = "Field::PickPoint"
)

// FieldDestiny is what an additional field belongs to.
type FieldDestiny int

// The destinies the API documentation lists.
const (
	DestinyShippingAddress FieldDestiny = 1
	DestinyIndividual      FieldDestiny = 2
	DestinyOrder           FieldDestiny = 3
	DestinyOrderLine       FieldDestiny = 4
	DestinyJuridical       FieldDestiny = 5
)

// OrderField is an additional field of orders, order lines, clients or
// shipping addresses (/admin/fields; product and variant fields are
// ProductField and VariantField).
type OrderField struct {
	ID             int64          `json:"id"`
	Type           OrderFieldType `json:"type"`
	Destiny        FieldDestiny   `json:"destiny"`
	OfficeTitle    string         `json:"office_title"` // The back office's title.
	Title          *string        `json:"title"`        // The buyer's title.
	Handle         *string        `json:"handle"`
	SystemName     *string        `json:"system_name"`
	Example        *string        `json:"example"`
	Active         bool           `json:"active"`
	ForBuyer       bool           `json:"for_buyer"`
	Obligatory     bool           `json:"obligatory"`
	ShowInResult   bool           `json:"show_in_result"`
	ShowInCheckout bool           `json:"show_in_checkout"`
	Position       int64          `json:"position"`
	CreatedAt      Time           `json:"created_at"`
	UpdatedAt      Time           `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field, keeping undeclared fields in Extra.
func (f *OrderField) UnmarshalJSON(b []byte) error {
	type plain OrderField
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// OrderFieldCreate is the body of OrderFields.Create.
type OrderFieldCreate struct {
	Type           OrderFieldType `json:"type"`         // Required.
	OfficeTitle    string         `json:"office_title"` // Required.
	Destiny        FieldDestiny   `json:"destiny"`      // Required.
	Handle         *string        `json:"handle,omitempty"`
	Title          *string        `json:"title,omitempty"`
	Active         *bool          `json:"active,omitempty"`
	ForBuyer       *bool          `json:"for_buyer,omitempty"`
	Obligatory     *bool          `json:"obligatory,omitempty"`
	SystemName     *string        `json:"system_name,omitempty"`
	ShowInResult   *bool          `json:"show_in_result,omitempty"`
	ShowInCheckout *bool          `json:"show_in_checkout,omitempty"`
	Position       *int64         `json:"position,omitempty"`
}

func (f *OrderFieldCreate) validate() error {
	if f.Type == "" {
		return invalidf("type", "is required")
	}
	if strings.TrimSpace(f.OfficeTitle) == "" {
		return invalidf("office_title", "is required")
	}
	if f.Destiny < DestinyShippingAddress || f.Destiny > DestinyJuridical {
		return invalidf("destiny", "must be between 1 and 5")
	}
	if f.Type == OrderFieldFile && f.Destiny != DestinyOrder {
		return invalidf("type", "Field::FileField is for orders only (destiny 3)")
	}
	return nil
}

// OrderFieldUpdate is the body of OrderFields.Update; nil fields are left
// as they are (the type, destiny and handle cannot change).
type OrderFieldUpdate struct {
	OfficeTitle    *string `json:"office_title,omitempty"`
	Title          *string `json:"title,omitempty"`
	Active         *bool   `json:"active,omitempty"`
	ForBuyer       *bool   `json:"for_buyer,omitempty"`
	Obligatory     *bool   `json:"obligatory,omitempty"`
	SystemName     *string `json:"system_name,omitempty"`
	ShowInResult   *bool   `json:"show_in_result,omitempty"`
	ShowInCheckout *bool   `json:"show_in_checkout,omitempty"`
	Position       *int64  `json:"position,omitempty"`
}

func (f *OrderFieldUpdate) validate() error {
	if f.OfficeTitle == nil && f.Title == nil && f.Active == nil && f.ForBuyer == nil && f.Obligatory == nil &&
		f.SystemName == nil && f.ShowInResult == nil && f.ShowInCheckout == nil && f.Position == nil {
		return errNothingToUpdate
	}
	if f.OfficeTitle != nil && strings.TrimSpace(*f.OfficeTitle) == "" {
		return invalidf("office_title", "is required")
	}
	return nil
}

// OrderFieldsAPI is the interface OrderFieldsService satisfies, for mocks.
type OrderFieldsAPI interface {
	List(ctx context.Context) ([]OrderField, error)
	Get(ctx context.Context, id int64) (*OrderField, error)
	Create(ctx context.Context, f *OrderFieldCreate) (*OrderField, error)
	Update(ctx context.Context, id int64, f *OrderFieldUpdate) (*OrderField, error)
	Delete(ctx context.Context, id int64) error
}

var _ OrderFieldsAPI = (*OrderFieldsService)(nil)

// OrderFieldsService manages the additional fields of orders, clients and
// addresses: /admin/fields (the API's "fields" resource).
type OrderFieldsService service

// List fetches every field: GET /admin/fields.json.
func (s *OrderFieldsService) List(ctx context.Context) ([]OrderField, error) {
	return listAll[OrderField](ctx, (*service)(s), "/fields.json", nil)
}

// Get fetches a field: GET /admin/fields/{id}.json.
func (s *OrderFieldsService) Get(ctx context.Context, id int64) (*OrderField, error) {
	return getByID[OrderField](ctx, (*service)(s), "/fields/{field_id}.json", id)
}

// Create adds a field: POST /admin/fields.json.
func (s *OrderFieldsService) Create(ctx context.Context, f *OrderFieldCreate) (*OrderField, error) {
	return send[OrderField](ctx, (*service)(s), http.MethodPost, "/fields.json", "field", f)
}

// Update changes a field: PUT /admin/fields/{id}.json.
func (s *OrderFieldsService) Update(ctx context.Context, id int64, f *OrderFieldUpdate) (*OrderField, error) {
	return sendByID[OrderField](ctx, (*service)(s), http.MethodPut, "/fields/{field_id}.json", id, "field", f)
}

// Delete removes a field: DELETE /admin/fields/{id}.json.
func (s *OrderFieldsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/fields/{field_id}.json", id)
}
