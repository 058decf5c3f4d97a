package insales

import (
	"context"
	"net/http"
)

// VariantFieldType is the kind of an additional variant field.
type VariantFieldType string

// The kinds of additional variant fields. Only VariantFieldTextField and
// VariantFieldTextArea can be created through the API; lists may show
// others, and an unknown kind decodes as itself.
const (
	VariantFieldTextField VariantFieldType = "VariantField::TextField"
	VariantFieldTextArea  VariantFieldType = "VariantField::TextArea"
)

// VariantField is an additional variant field: a named slot every variant
// may fill (its values are VariantFieldValues), addressed by id or handle.
type VariantField struct {
	ID int64 `json:"id"` // The id, from 1.
	// ApplicationID is the application that created the field, nil for a
	// field created in the back office.
	ApplicationID *int64 `json:"application_id"`
	// Handle is the field's name in Liquid templates and in the
	// *ByHandle methods.
	Handle string           `json:"handle"`
	Type   VariantFieldType `json:"type"`  // The kind; see the constants.
	Title  string           `json:"title"` // The name shown.
	// IsHidden is nil when never set.
	IsHidden *bool `json:"is_hidden"`
	Position int64 `json:"position"` // Place in the list, from 1.
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a variant field, keeping undeclared fields in Extra.
func (f *VariantField) UnmarshalJSON(b []byte) error {
	type plain VariantField
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// VariantFieldCreate is the body of VariantFields.Create.
type VariantFieldCreate struct {
	// Title is the field's name, "Size" (required).
	Title string `json:"title"`
	// Handle is the field's name in templates, "size" (required; not all
	// digits, since the API's routes read that as an id).
	Handle string `json:"handle"`
	// Type is VariantFieldTextField or VariantFieldTextArea (required).
	Type     VariantFieldType `json:"type"`
	Position *int64           `json:"position,omitempty"`  // Place in the list, from 1.
	IsHidden *bool            `json:"is_hidden,omitempty"` // Hides the field.
}

func (f *VariantFieldCreate) validate() error {
	return checkFieldCreate(f.Title, f.Handle, f.Type, VariantFieldTextField, VariantFieldTextArea)
}

// VariantFieldUpdate is the body of VariantFields.Update and UpdateByHandle;
// nil fields are left as they are, and an update that sets nothing is
// refused. Handle renames the field's handle.
type VariantFieldUpdate struct {
	Title    *string `json:"title,omitempty"`     // Renames it.
	Handle   *string `json:"handle,omitempty"`    // Renames the handle (not all digits).
	Position *int64  `json:"position,omitempty"`  // Moves it.
	IsHidden *bool   `json:"is_hidden,omitempty"` // Hides or shows it.
}

func (f *VariantFieldUpdate) validate() error {
	return checkFieldUpdate(f.Title, f.Handle, f.Position, f.IsHidden)
}

// VariantFieldsAPI is the interface VariantFieldsService satisfies, for mocks.
type VariantFieldsAPI interface {
	List(ctx context.Context) ([]VariantField, error)
	Get(ctx context.Context, id int64) (*VariantField, error)
	GetByHandle(ctx context.Context, handle string) (*VariantField, error)
	Create(ctx context.Context, f *VariantFieldCreate) (*VariantField, error)
	Update(ctx context.Context, id int64, f *VariantFieldUpdate) (*VariantField, error)
	UpdateByHandle(ctx context.Context, handle string, f *VariantFieldUpdate) (*VariantField, error)
	Delete(ctx context.Context, id int64) error
	DeleteByHandle(ctx context.Context, handle string) error
}

var _ VariantFieldsAPI = (*VariantFieldsService)(nil)

// VariantFieldsService manages additional variant fields:
// /admin/variant_fields. Every call by id has a twin by handle on the same
// route; a handle of digits only is refused, as the API would read it as an id.
type VariantFieldsService service

// List fetches every additional variant field: GET
// /admin/variant_fields.json. The API documents no paging for this list;
// the answer is the whole list.
func (s *VariantFieldsService) List(ctx context.Context) ([]VariantField, error) {
	return listAll[VariantField](ctx, (*service)(s), "/variant_fields.json", nil)
}

// Get fetches a variant field: GET /admin/variant_fields/{id}.json.
func (s *VariantFieldsService) Get(ctx context.Context, id int64) (*VariantField, error) {
	p, err := path("/variant_fields/{variant_field_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[VariantField](ctx, (*service)(s), p)
}

// GetByHandle fetches a variant field by its handle: GET
// /admin/variant_fields/{handle}.json. A miss is ErrNotFound.
func (s *VariantFieldsService) GetByHandle(ctx context.Context, handle string) (*VariantField, error) {
	p, err := handlePath("/variant_fields/{variant_field_handle}.json", handle)
	if err != nil {
		return nil, err
	}
	return getOne[VariantField](ctx, (*service)(s), p)
}

// Create creates a variant field: POST /admin/variant_fields.json.
func (s *VariantFieldsService) Create(ctx context.Context, f *VariantFieldCreate) (*VariantField, error) {
	return send[VariantField](ctx, (*service)(s), http.MethodPost, "/variant_fields.json", "variant_field", f)
}

// Update changes a variant field: PUT /admin/variant_fields/{id}.json.
func (s *VariantFieldsService) Update(ctx context.Context, id int64, f *VariantFieldUpdate) (*VariantField, error) {
	p, err := path("/variant_fields/{variant_field_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[VariantField](ctx, (*service)(s), http.MethodPut, p, "variant_field", f)
}

// UpdateByHandle changes the variant field with handle: PUT
// /admin/variant_fields/{handle}.json. f.Handle renames the handle here too (the
// API documentation's table for this route also names "new_handle", which
// its example does not use).
func (s *VariantFieldsService) UpdateByHandle(ctx context.Context, handle string, f *VariantFieldUpdate) (*VariantField, error) {
	p, err := handlePath("/variant_fields/{variant_field_handle}.json", handle)
	if err != nil {
		return nil, err
	}
	return send[VariantField](ctx, (*service)(s), http.MethodPut, p, "variant_field", f)
}

// Delete deletes a variant field: DELETE /admin/variant_fields/{id}.json.
// The API answers {"status": "ok"}, so only an error is returned.
func (s *VariantFieldsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/variant_fields/{variant_field_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// DeleteByHandle deletes the variant field with handle: DELETE
// /admin/variant_fields/{handle}.json. The API answers {"status": "ok"}, so
// only an error is returned.
func (s *VariantFieldsService) DeleteByHandle(ctx context.Context, handle string) error {
	p, err := handlePath("/variant_fields/{variant_field_handle}.json", handle)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
