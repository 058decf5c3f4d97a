package insales

import (
	"context"
	"net/http"
)

// OptionName is a product option such as "Colour"; products list theirs in
// Product.OptionNames.
type OptionName struct {
	ID       int64  `json:"id"`       // The id, from 1.
	Position int64  `json:"position"` // Place in the list, from 1.
	Title    string `json:"title"`    // The name shown.
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an option name, keeping undeclared fields in Extra.
func (o *OptionName) UnmarshalJSON(b []byte) error {
	type plain OptionName
	return decodeExtra(b, (*plain)(o), &o.Extra)
}

// OptionNameCreate is the body of OptionNames.Create.
type OptionNameCreate struct {
	// Title is the option's name, "Colour" (required).
	Title string `json:"title"`
	// Position places the option in the list; the API appends when nil.
	Position *int64 `json:"position,omitempty"`
}

func (o *OptionNameCreate) validate() error { return checkText("title", o.Title) }

// OptionNameUpdate is the body of OptionNames.Update; nil fields are left
// as they are, and an update that sets nothing is refused.
type OptionNameUpdate struct {
	Title    *string `json:"title,omitempty"`    // Renames the option.
	Position *int64  `json:"position,omitempty"` // Moves the option.
}

func (o *OptionNameUpdate) validate() error {
	if o.Title == nil && o.Position == nil {
		return errNothingToUpdate
	}
	return checkOptText("title", o.Title)
}

// OptionNamesAPI is the interface OptionNamesService satisfies, for mocks.
type OptionNamesAPI interface {
	List(ctx context.Context) ([]OptionName, error)
	Get(ctx context.Context, id int64) (*OptionName, error)
	Create(ctx context.Context, o *OptionNameCreate) (*OptionName, error)
	Update(ctx context.Context, id int64, o *OptionNameUpdate) (*OptionName, error)
	Delete(ctx context.Context, id int64) error
}

var _ OptionNamesAPI = (*OptionNamesService)(nil)

// OptionNamesService manages the shop's product options (the names, such as
// "Colour"; their values are OptionValues): /admin/option_names.
type OptionNamesService service

// List fetches every option name: GET /admin/option_names.json. The API
// documents no paging for this list; the answer is the whole list.
func (s *OptionNamesService) List(ctx context.Context) ([]OptionName, error) {
	return listAll[OptionName](ctx, (*service)(s), "/option_names.json", nil)
}

// Get fetches an option name: GET /admin/option_names/{id}.json.
func (s *OptionNamesService) Get(ctx context.Context, id int64) (*OptionName, error) {
	p, err := path("/option_names/{option_name_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[OptionName](ctx, (*service)(s), p)
}

// Create creates an option name: POST /admin/option_names.json.
func (s *OptionNamesService) Create(ctx context.Context, o *OptionNameCreate) (*OptionName, error) {
	return send[OptionName](ctx, (*service)(s), http.MethodPost, "/option_names.json", "option_name", o)
}

// Update renames or moves an option name: PUT /admin/option_names/{id}.json.
func (s *OptionNamesService) Update(ctx context.Context, id int64, o *OptionNameUpdate) (*OptionName, error) {
	p, err := path("/option_names/{option_name_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[OptionName](ctx, (*service)(s), http.MethodPut, p, "option_name", o)
}

// Delete deletes an option name: DELETE /admin/option_names/{id}.json. The
// API answers {"status": "ok"}, so only an error is returned.
func (s *OptionNamesService) Delete(ctx context.Context, id int64) error {
	p, err := path("/option_names/{option_name_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
