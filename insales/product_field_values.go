package insales

import (
	"context"
	"net/http"
)

// ProductFieldValue is a product's value of an additional product field.
type ProductFieldValue struct {
	ID int64 `json:"id"` // The id, from 1.
	// ProductFieldID is the additional field.
	ProductFieldID int64 `json:"product_field_id"`
	// Value is the value as text; the API answers a number when one was
	// written, and String reads both.
	Value String `json:"value"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field value, keeping undeclared fields in Extra.
func (v *ProductFieldValue) UnmarshalJSON(b []byte) error {
	type plain ProductFieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// ProductFieldValueCreate is the body of ProductFieldValues.Create: a value
// for the field with ProductFieldID. To name the field by its handle, use
// ProductFieldValueCreateByHandle.
type ProductFieldValueCreate struct {
	// ProductFieldID is the additional field (required).
	ProductFieldID int64 `json:"product_field_id"`
	// Value is TextValue(...) or NumberValue(...); nil sends none.
	Value *FieldInput `json:"value,omitempty"`
}

func (v *ProductFieldValueCreate) validate() error {
	if err := checkID("product_field_id", v.ProductFieldID); err != nil {
		return err
	}
	return checkValue("value", v.Value)
}

// ProductFieldValueCreateByHandle is the body of
// ProductFieldValues.CreateByHandle: a value for the field with
// ProductFieldHandle.
type ProductFieldValueCreateByHandle struct {
	// ProductFieldHandle is the additional field's handle (required).
	ProductFieldHandle string `json:"product_field_handle"`
	// Value is TextValue(...) or NumberValue(...); nil sends none.
	Value *FieldInput `json:"value,omitempty"`
}

func (v *ProductFieldValueCreateByHandle) validate() error {
	if err := checkHandle("product_field_handle", v.ProductFieldHandle); err != nil {
		return err
	}
	return checkValue("value", v.Value)
}

// ProductFieldValueUpdate is the body of ProductFieldValues.Update and
// UpdateByHandle; an update without a value is refused.
type ProductFieldValueUpdate struct {
	// Value is TextValue(...) or NumberValue(...); TextValue("") clears it.
	Value *FieldInput `json:"value,omitempty"`
}

func (v *ProductFieldValueUpdate) validate() error {
	if v.Value == nil {
		return errNothingToUpdate
	}
	return checkValue("value", v.Value)
}

// ProductFieldValuesAPI is the interface ProductFieldValuesService
// satisfies, for mocks.
type ProductFieldValuesAPI interface {
	List(ctx context.Context, productID int64) ([]ProductFieldValue, error)
	Get(ctx context.Context, productID, id int64) (*ProductFieldValue, error)
	GetByHandle(ctx context.Context, productID int64, fieldHandle string) (*ProductFieldValue, error)
	Create(ctx context.Context, productID int64, v *ProductFieldValueCreate) (*ProductFieldValue, error)
	CreateByHandle(ctx context.Context, productID int64, v *ProductFieldValueCreateByHandle) (*ProductFieldValue, error)
	Update(ctx context.Context, productID, id int64, v *ProductFieldValueUpdate) (*ProductFieldValue, error)
	UpdateByHandle(ctx context.Context, productID int64, fieldHandle string, v *ProductFieldValueUpdate) (*ProductFieldValue, error)
	Delete(ctx context.Context, productID, id int64) error
	DeleteByHandle(ctx context.Context, productID int64, fieldHandle string) error
}

var _ ProductFieldValuesAPI = (*ProductFieldValuesService)(nil)

// ProductFieldValuesService manages a product's values of additional
// product fields: /admin/products/{product_id}/product_field_values. The
// *ByHandle methods address a value by its field's handle instead of the
// value's id, on the same routes; a handle of digits only is refused, as the
// API would read it as an id. Values can also be written with the product
// (ProductCreate.FieldValues).
type ProductFieldValuesService service

// List fetches a product's field values: GET
// /admin/products/{product_id}/product_field_values.json (the whole list;
// the API documents no paging).
func (s *ProductFieldValuesService) List(ctx context.Context, productID int64) ([]ProductFieldValue, error) {
	p, err := path("/products/{product_id}/product_field_values.json", productID)
	if err != nil {
		return nil, err
	}
	return listAll[ProductFieldValue](ctx, (*service)(s), p, nil)
}

// Get fetches a field value by its id: GET
// /admin/products/{product_id}/product_field_values/{id}.json.
func (s *ProductFieldValuesService) Get(ctx context.Context, productID, id int64) (*ProductFieldValue, error) {
	p, err := path("/products/{product_id}/product_field_values/{product_field_value_id}.json", productID, id)
	if err != nil {
		return nil, err
	}
	return getOne[ProductFieldValue](ctx, (*service)(s), p)
}

// GetByHandle fetches the product's value of the field with fieldHandle:
// GET /admin/products/{product_id}/product_field_values/{handle}.json. A
// miss is ErrNotFound.
func (s *ProductFieldValuesService) GetByHandle(ctx context.Context, productID int64, fieldHandle string) (*ProductFieldValue, error) {
	p, err := handlePath("/products/{product_id}/product_field_values/{product_field_handle}.json", fieldHandle, productID)
	if err != nil {
		return nil, err
	}
	return getOne[ProductFieldValue](ctx, (*service)(s), p)
}

// Create sets a product's value of the field with v.ProductFieldID: POST
// /admin/products/{product_id}/product_field_values.json.
func (s *ProductFieldValuesService) Create(ctx context.Context, productID int64, v *ProductFieldValueCreate) (*ProductFieldValue, error) {
	p, err := path("/products/{product_id}/product_field_values.json", productID)
	if err != nil {
		return nil, err
	}
	return send[ProductFieldValue](ctx, (*service)(s), http.MethodPost, p, "product_field_value", v)
}

// CreateByHandle sets a product's value of the field with
// v.ProductFieldHandle: POST
// /admin/products/{product_id}/product_field_values.json.
func (s *ProductFieldValuesService) CreateByHandle(ctx context.Context, productID int64, v *ProductFieldValueCreateByHandle) (*ProductFieldValue, error) {
	p, err := path("/products/{product_id}/product_field_values.json", productID)
	if err != nil {
		return nil, err
	}
	return send[ProductFieldValue](ctx, (*service)(s), http.MethodPost, p, "product_field_value", v)
}

// Update changes a field value by its id: PUT
// /admin/products/{product_id}/product_field_values/{id}.json.
func (s *ProductFieldValuesService) Update(ctx context.Context, productID, id int64, v *ProductFieldValueUpdate) (*ProductFieldValue, error) {
	p, err := path("/products/{product_id}/product_field_values/{product_field_value_id}.json", productID, id)
	if err != nil {
		return nil, err
	}
	return send[ProductFieldValue](ctx, (*service)(s), http.MethodPut, p, "product_field_value", v)
}

// UpdateByHandle changes the product's value of the field with
// fieldHandle: PUT /admin/products/{product_id}/product_field_values/{handle}.json.
func (s *ProductFieldValuesService) UpdateByHandle(ctx context.Context, productID int64, fieldHandle string, v *ProductFieldValueUpdate) (*ProductFieldValue, error) {
	p, err := handlePath("/products/{product_id}/product_field_values/{product_field_handle}.json", fieldHandle, productID)
	if err != nil {
		return nil, err
	}
	return send[ProductFieldValue](ctx, (*service)(s), http.MethodPut, p, "product_field_value", v)
}

// Delete deletes a field value by its id: DELETE
// /admin/products/{product_id}/product_field_values/{id}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *ProductFieldValuesService) Delete(ctx context.Context, productID, id int64) error {
	p, err := path("/products/{product_id}/product_field_values/{product_field_value_id}.json", productID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// DeleteByHandle deletes the product's value of the field with
// fieldHandle: DELETE
// /admin/products/{product_id}/product_field_values/{handle}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *ProductFieldValuesService) DeleteByHandle(ctx context.Context, productID int64, fieldHandle string) error {
	p, err := handlePath("/products/{product_id}/product_field_values/{product_field_handle}.json", fieldHandle, productID)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
