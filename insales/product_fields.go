package insales

import (
	"context"
	"net/http"
	"strings"
)

// ProductFieldType is the kind of an additional product field.
type ProductFieldType string

// The kinds of additional product fields. Only ProductFieldTextField and
// ProductFieldTextArea can be created through the API; lists may show
// others (ProductFieldYmlImport), and an unknown kind decodes as itself.
const (
	ProductFieldTextField ProductFieldType = "ProductField::TextField"
	ProductFieldTextArea  ProductFieldType = "ProductField::TextArea"
	ProductFieldYmlImport ProductFieldType = "ProductField::YmlImportField"
)

// ProductField is an additional product field: a named slot every product
// may fill (its values are ProductFieldValues), addressed by id or handle.
type ProductField struct {
	ID int64 `json:"id"` // The id, from 1.
	// ApplicationID is the application that created the field, nil for a
	// field created in the back office.
	ApplicationID *int64 `json:"application_id"`
	// Handle is the field's name in Liquid templates and in the
	// *ByHandle methods.
	Handle string           `json:"handle"`
	Type   ProductFieldType `json:"type"`  // The kind; see the constants.
	Title  string           `json:"title"` // The name shown.
	// IsHidden is nil when never set.
	IsHidden *bool `json:"is_hidden"`
	Position int64 `json:"position"` // Place in the list, from 1.
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a product field, keeping undeclared fields in Extra.
func (f *ProductField) UnmarshalJSON(b []byte) error {
	type plain ProductField
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// ProductFieldCreate is the body of ProductFields.Create.
type ProductFieldCreate struct {
	// Title is the field's name, "Size" (required).
	Title string `json:"title"`
	// Handle is the field's name in templates, "size" (required; not all
	// digits, since the API's routes read that as an id).
	Handle string `json:"handle"`
	// Type is ProductFieldTextField or ProductFieldTextArea (required).
	Type     ProductFieldType `json:"type"`
	Position *int64           `json:"position,omitempty"`  // Place in the list, from 1.
	IsHidden *bool            `json:"is_hidden,omitempty"` // Hides the field.
}

func (f *ProductFieldCreate) validate() error {
	return checkFieldCreate(f.Title, f.Handle, f.Type, ProductFieldTextField, ProductFieldTextArea)
}

// ProductFieldUpdate is the body of ProductFields.Update and UpdateByHandle;
// nil fields are left as they are, and an update that sets nothing is
// refused. Handle renames the field's handle.
type ProductFieldUpdate struct {
	Title    *string `json:"title,omitempty"`     // Renames it.
	Handle   *string `json:"handle,omitempty"`    // Renames the handle (not all digits).
	Position *int64  `json:"position,omitempty"`  // Moves it.
	IsHidden *bool   `json:"is_hidden,omitempty"` // Hides or shows it.
}

func (f *ProductFieldUpdate) validate() error {
	return checkFieldUpdate(f.Title, f.Handle, f.Position, f.IsHidden)
}

// ProductFieldsAPI is the interface ProductFieldsService satisfies, for mocks.
type ProductFieldsAPI interface {
	List(ctx context.Context) ([]ProductField, error)
	Get(ctx context.Context, id int64) (*ProductField, error)
	GetByHandle(ctx context.Context, handle string) (*ProductField, error)
	Create(ctx context.Context, f *ProductFieldCreate) (*ProductField, error)
	Update(ctx context.Context, id int64, f *ProductFieldUpdate) (*ProductField, error)
	UpdateByHandle(ctx context.Context, handle string, f *ProductFieldUpdate) (*ProductField, error)
	Delete(ctx context.Context, id int64) error
	DeleteByHandle(ctx context.Context, handle string) error
}

var _ ProductFieldsAPI = (*ProductFieldsService)(nil)

// ProductFieldsService manages additional product fields:
// /admin/product_fields. Every call by id has a twin by handle on the same
// route; a handle of digits only is refused, as the API would read it as an id.
type ProductFieldsService service

// List fetches every additional product field: GET
// /admin/product_fields.json. The API documents no paging for this list;
// the answer is the whole list.
func (s *ProductFieldsService) List(ctx context.Context) ([]ProductField, error) {
	return listAll[ProductField](ctx, (*service)(s), "/product_fields.json", nil)
}

// Get fetches a product field: GET /admin/product_fields/{id}.json.
func (s *ProductFieldsService) Get(ctx context.Context, id int64) (*ProductField, error) {
	p, err := path("/product_fields/{product_field_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[ProductField](ctx, (*service)(s), p)
}

// GetByHandle fetches a product field by its handle: GET
// /admin/product_fields/{handle}.json. A miss is ErrNotFound.
func (s *ProductFieldsService) GetByHandle(ctx context.Context, handle string) (*ProductField, error) {
	p, err := handlePath("/product_fields/{product_field_handle}.json", handle)
	if err != nil {
		return nil, err
	}
	return getOne[ProductField](ctx, (*service)(s), p)
}

// Create creates a product field: POST /admin/product_fields.json.
func (s *ProductFieldsService) Create(ctx context.Context, f *ProductFieldCreate) (*ProductField, error) {
	return send[ProductField](ctx, (*service)(s), http.MethodPost, "/product_fields.json", "product_field", f)
}

// Update changes a product field: PUT /admin/product_fields/{id}.json.
func (s *ProductFieldsService) Update(ctx context.Context, id int64, f *ProductFieldUpdate) (*ProductField, error) {
	p, err := path("/product_fields/{product_field_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[ProductField](ctx, (*service)(s), http.MethodPut, p, "product_field", f)
}

// UpdateByHandle changes the product field with handle: PUT
// /admin/product_fields/{handle}.json. f.Handle renames the handle here too (the
// API documentation's table for this route also names "new_handle", which
// its example does not use).
func (s *ProductFieldsService) UpdateByHandle(ctx context.Context, handle string, f *ProductFieldUpdate) (*ProductField, error) {
	p, err := handlePath("/product_fields/{product_field_handle}.json", handle)
	if err != nil {
		return nil, err
	}
	return send[ProductField](ctx, (*service)(s), http.MethodPut, p, "product_field", f)
}

// Delete deletes a product field: DELETE /admin/product_fields/{id}.json.
// The API answers {"status": "ok"}, so only an error is returned.
func (s *ProductFieldsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/product_fields/{product_field_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// DeleteByHandle deletes the product field with handle: DELETE
// /admin/product_fields/{handle}.json. The API answers {"status": "ok"}, so
// only an error is returned.
func (s *ProductFieldsService) DeleteByHandle(ctx context.Context, handle string) error {
	p, err := handlePath("/product_fields/{product_field_handle}.json", handle)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// checkFieldCreate checks the body of a product or variant field create:
// the two kinds share their rules, only their type names differ.
func checkFieldCreate[T ~string](title, handle string, typ T, creatable ...T) error {
	if err := checkText("title", title); err != nil {
		return err
	}
	if err := checkHandle("handle", handle); err != nil {
		return err
	}
	for _, c := range creatable {
		if typ == c {
			return nil
		}
	}
	names := make([]string, len(creatable))
	for i, c := range creatable {
		names[i] = string(c)
	}
	return invalidf("type", "must be one of %s", strings.Join(names, ", "))
}

// checkFieldUpdate checks the body of a product or variant field update.
func checkFieldUpdate(title, handle *string, position *int64, hidden *bool) error {
	if title == nil && handle == nil && position == nil && hidden == nil {
		return errNothingToUpdate
	}
	if err := checkOptText("title", title); err != nil {
		return err
	}
	if handle != nil {
		return checkHandle("handle", *handle)
	}
	return nil
}
