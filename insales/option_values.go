package insales

import (
	"context"
	"net/http"
)

// OptionValue is one value of an option ("Red" of "Colour"); variants list
// theirs in Variant.OptionValues.
type OptionValue struct {
	ID int64 `json:"id"` // The id, from 1.
	// OptionNameID is the option the value belongs to.
	OptionNameID int64  `json:"option_name_id"`
	Position     int64  `json:"position"` // Place in the list, from 1.
	Title        string `json:"title"`    // The name shown.
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an option value, keeping undeclared fields in Extra.
func (o *OptionValue) UnmarshalJSON(b []byte) error {
	type plain OptionValue
	return decodeExtra(b, (*plain)(o), &o.Extra)
}

// OptionValueCreate is the body of OptionValues.Create.
type OptionValueCreate struct {
	// Title is the value, "Blue" (required).
	Title string `json:"title"`
	// Position places the value in its option's list; the API appends when nil.
	Position *int64 `json:"position,omitempty"`
}

func (o *OptionValueCreate) validate() error { return checkText("title", o.Title) }

// OptionValueUpdate is the body of OptionValues.Update. The API
// documentation lists only the position as changeable; an update that sets
// nothing is refused.
type OptionValueUpdate struct {
	Position *int64 `json:"position,omitempty"` // Moves the value.
}

func (o *OptionValueUpdate) validate() error {
	if o.Position == nil {
		return errNothingToUpdate
	}
	return nil
}

// OptionValuesAPI is the interface OptionValuesService satisfies, for mocks.
type OptionValuesAPI interface {
	ListAll(ctx context.Context) ([]OptionValue, error)
	List(ctx context.Context, optionNameID int64) ([]OptionValue, error)
	Get(ctx context.Context, optionNameID, id int64) (*OptionValue, error)
	Create(ctx context.Context, optionNameID int64, o *OptionValueCreate) (*OptionValue, error)
	Update(ctx context.Context, optionNameID, id int64, o *OptionValueUpdate) (*OptionValue, error)
	Delete(ctx context.Context, optionNameID, id int64) error
}

var _ OptionValuesAPI = (*OptionValuesService)(nil)

// OptionValuesService manages the values of product options:
// /admin/option_names/{option_name_id}/option_values.
type OptionValuesService service

// ListAll fetches the values of every option: GET /admin/option_values.json.
// The API documents no paging for this list; the answer is the whole list.
func (s *OptionValuesService) ListAll(ctx context.Context) ([]OptionValue, error) {
	return listAll[OptionValue](ctx, (*service)(s), "/option_values.json", nil)
}

// List fetches the values of one option: GET
// /admin/option_names/{option_name_id}/option_values.json (the whole list).
func (s *OptionValuesService) List(ctx context.Context, optionNameID int64) ([]OptionValue, error) {
	p, err := path("/option_names/{option_name_id}/option_values.json", optionNameID)
	if err != nil {
		return nil, err
	}
	return listAll[OptionValue](ctx, (*service)(s), p, nil)
}

// Get fetches an option value: GET
// /admin/option_names/{option_name_id}/option_values/{id}.json.
func (s *OptionValuesService) Get(ctx context.Context, optionNameID, id int64) (*OptionValue, error) {
	p, err := path("/option_names/{option_name_id}/option_values/{option_value_id}.json", optionNameID, id)
	if err != nil {
		return nil, err
	}
	return getOne[OptionValue](ctx, (*service)(s), p)
}

// Create adds a value to an option: POST
// /admin/option_names/{option_name_id}/option_values.json.
func (s *OptionValuesService) Create(ctx context.Context, optionNameID int64, o *OptionValueCreate) (*OptionValue, error) {
	p, err := path("/option_names/{option_name_id}/option_values.json", optionNameID)
	if err != nil {
		return nil, err
	}
	return send[OptionValue](ctx, (*service)(s), http.MethodPost, p, "option_value", o)
}

// Update moves an option value: PUT
// /admin/option_names/{option_name_id}/option_values/{id}.json.
func (s *OptionValuesService) Update(ctx context.Context, optionNameID, id int64, o *OptionValueUpdate) (*OptionValue, error) {
	p, err := path("/option_names/{option_name_id}/option_values/{option_value_id}.json", optionNameID, id)
	if err != nil {
		return nil, err
	}
	return send[OptionValue](ctx, (*service)(s), http.MethodPut, p, "option_value", o)
}

// Delete deletes an option value: DELETE
// /admin/option_names/{option_name_id}/option_values/{id}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *OptionValuesService) Delete(ctx context.Context, optionNameID, id int64) error {
	p, err := path("/option_names/{option_name_id}/option_values/{option_value_id}.json", optionNameID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
