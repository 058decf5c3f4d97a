package insales

import (
	"context"
	"net/http"
)

// VariantFieldValue is a variant's value of an additional variant field.
type VariantFieldValue struct {
	ID int64 `json:"id"` // The id, from 1.
	// VariantFieldID is the additional field.
	VariantFieldID int64 `json:"variant_field_id"`
	// Value is the value as text; the API answers a number when one was
	// written, and String reads both.
	Value String `json:"value"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field value, keeping undeclared fields in Extra.
func (v *VariantFieldValue) UnmarshalJSON(b []byte) error {
	type plain VariantFieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// VariantFieldValueCreate is the body of VariantFieldValues.Create: a value
// for the field with VariantFieldID. To name the field by its handle, use
// VariantFieldValueCreateByHandle.
type VariantFieldValueCreate struct {
	// VariantFieldID is the additional field (required).
	VariantFieldID int64 `json:"variant_field_id"`
	// Value is TextValue(...) or NumberValue(...); nil sends none.
	Value *FieldInput `json:"value,omitempty"`
}

func (v *VariantFieldValueCreate) validate() error {
	if err := checkID("variant_field_id", v.VariantFieldID); err != nil {
		return err
	}
	return checkValue("value", v.Value)
}

// VariantFieldValueCreateByHandle is the body of
// VariantFieldValues.CreateByHandle: a value for the field with
// VariantFieldHandle.
type VariantFieldValueCreateByHandle struct {
	// VariantFieldHandle is the additional field's handle (required).
	VariantFieldHandle string `json:"variant_field_handle"`
	// Value is TextValue(...) or NumberValue(...); nil sends none.
	Value *FieldInput `json:"value,omitempty"`
}

func (v *VariantFieldValueCreateByHandle) validate() error {
	if err := checkHandle("variant_field_handle", v.VariantFieldHandle); err != nil {
		return err
	}
	return checkValue("value", v.Value)
}

// VariantFieldValueUpdate is the body of VariantFieldValues.Update and
// UpdateByHandle; an update without a value is refused.
type VariantFieldValueUpdate struct {
	// Value is TextValue(...) or NumberValue(...); TextValue("") clears it.
	Value *FieldInput `json:"value,omitempty"`
}

func (v *VariantFieldValueUpdate) validate() error {
	if v.Value == nil {
		return errNothingToUpdate
	}
	return checkValue("value", v.Value)
}

// VariantFieldValuesAPI is the interface VariantFieldValuesService
// satisfies, for mocks.
type VariantFieldValuesAPI interface {
	List(ctx context.Context, variantID int64) ([]VariantFieldValue, error)
	Get(ctx context.Context, variantID, id int64) (*VariantFieldValue, error)
	GetByHandle(ctx context.Context, variantID int64, fieldHandle string) (*VariantFieldValue, error)
	Create(ctx context.Context, variantID int64, v *VariantFieldValueCreate) (*VariantFieldValue, error)
	CreateByHandle(ctx context.Context, variantID int64, v *VariantFieldValueCreateByHandle) (*VariantFieldValue, error)
	Update(ctx context.Context, variantID, id int64, v *VariantFieldValueUpdate) (*VariantFieldValue, error)
	UpdateByHandle(ctx context.Context, variantID int64, fieldHandle string, v *VariantFieldValueUpdate) (*VariantFieldValue, error)
	Delete(ctx context.Context, variantID, id int64) error
	DeleteByHandle(ctx context.Context, variantID int64, fieldHandle string) error
}

var _ VariantFieldValuesAPI = (*VariantFieldValuesService)(nil)

// VariantFieldValuesService manages a variant's values of additional
// variant fields: /admin/variants/{variant_id}/variant_field_values. The
// *ByHandle methods address a value by its field's handle instead of the
// value's id, on the same routes; a handle of digits only is refused, as the
// API would read it as an id. Values can also be written with the variant
// (variant_field_values_attributes). The routes are the API documentation's,
// under /admin/variants/{variant_id}; the official PHP client uses
// /admin/products/{product_id}/variant_field_values instead: reach that one,
// if a shop needs it, through Client.Do.
type VariantFieldValuesService service

// List fetches a variant's field values: GET
// /admin/variants/{variant_id}/variant_field_values.json (the whole list;
// the API documents no paging).
func (s *VariantFieldValuesService) List(ctx context.Context, variantID int64) ([]VariantFieldValue, error) {
	p, err := path("/variants/{variant_id}/variant_field_values.json", variantID)
	if err != nil {
		return nil, err
	}
	return listAll[VariantFieldValue](ctx, (*service)(s), p, nil)
}

// Get fetches a field value by its id: GET
// /admin/variants/{variant_id}/variant_field_values/{id}.json.
func (s *VariantFieldValuesService) Get(ctx context.Context, variantID, id int64) (*VariantFieldValue, error) {
	p, err := path("/variants/{variant_id}/variant_field_values/{variant_field_value_id}.json", variantID, id)
	if err != nil {
		return nil, err
	}
	return getOne[VariantFieldValue](ctx, (*service)(s), p)
}

// GetByHandle fetches the variant's value of the field with fieldHandle:
// GET /admin/variants/{variant_id}/variant_field_values/{handle}.json. A
// miss is ErrNotFound.
func (s *VariantFieldValuesService) GetByHandle(ctx context.Context, variantID int64, fieldHandle string) (*VariantFieldValue, error) {
	p, err := handlePath("/variants/{variant_id}/variant_field_values/{variant_field_handle}.json", fieldHandle, variantID)
	if err != nil {
		return nil, err
	}
	return getOne[VariantFieldValue](ctx, (*service)(s), p)
}

// Create sets a variant's value of the field with v.VariantFieldID: POST
// /admin/variants/{variant_id}/variant_field_values.json.
func (s *VariantFieldValuesService) Create(ctx context.Context, variantID int64, v *VariantFieldValueCreate) (*VariantFieldValue, error) {
	p, err := path("/variants/{variant_id}/variant_field_values.json", variantID)
	if err != nil {
		return nil, err
	}
	return send[VariantFieldValue](ctx, (*service)(s), http.MethodPost, p, "variant_field_value", v)
}

// CreateByHandle sets a variant's value of the field with
// v.VariantFieldHandle: POST
// /admin/variants/{variant_id}/variant_field_values.json.
func (s *VariantFieldValuesService) CreateByHandle(ctx context.Context, variantID int64, v *VariantFieldValueCreateByHandle) (*VariantFieldValue, error) {
	p, err := path("/variants/{variant_id}/variant_field_values.json", variantID)
	if err != nil {
		return nil, err
	}
	return send[VariantFieldValue](ctx, (*service)(s), http.MethodPost, p, "variant_field_value", v)
}

// Update changes a field value by its id: PUT
// /admin/variants/{variant_id}/variant_field_values/{id}.json.
func (s *VariantFieldValuesService) Update(ctx context.Context, variantID, id int64, v *VariantFieldValueUpdate) (*VariantFieldValue, error) {
	p, err := path("/variants/{variant_id}/variant_field_values/{variant_field_value_id}.json", variantID, id)
	if err != nil {
		return nil, err
	}
	return send[VariantFieldValue](ctx, (*service)(s), http.MethodPut, p, "variant_field_value", v)
}

// UpdateByHandle changes the variant's value of the field with
// fieldHandle: PUT /admin/variants/{variant_id}/variant_field_values/{handle}.json.
func (s *VariantFieldValuesService) UpdateByHandle(ctx context.Context, variantID int64, fieldHandle string, v *VariantFieldValueUpdate) (*VariantFieldValue, error) {
	p, err := handlePath("/variants/{variant_id}/variant_field_values/{variant_field_handle}.json", fieldHandle, variantID)
	if err != nil {
		return nil, err
	}
	return send[VariantFieldValue](ctx, (*service)(s), http.MethodPut, p, "variant_field_value", v)
}

// Delete deletes a field value by its id: DELETE
// /admin/variants/{variant_id}/variant_field_values/{id}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *VariantFieldValuesService) Delete(ctx context.Context, variantID, id int64) error {
	p, err := path("/variants/{variant_id}/variant_field_values/{variant_field_value_id}.json", variantID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// DeleteByHandle deletes the variant's value of the field with
// fieldHandle: DELETE
// /admin/variants/{variant_id}/variant_field_values/{handle}.json. The API
// answers {"status": "ok"}, so only an error is returned.
// The API documentation prints this route with "1" where the handle goes
// (the same text as Delete's); the handle is sent, as on the other
// *ByHandle routes.
func (s *VariantFieldValuesService) DeleteByHandle(ctx context.Context, variantID int64, fieldHandle string) error {
	p, err := handlePath("/variants/{variant_id}/variant_field_values/{variant_field_handle}.json", fieldHandle, variantID)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
