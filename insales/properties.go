package insales

import (
	"context"
	"net/http"
)

// Property is a product property (a characteristic's name, such as
// "Vendor"); products list theirs in Product.Properties.
type Property struct {
	// ID identifies the property; properties.list shows -1 for a pseudo
	// property.
	ID int64 `json:"id"`
	// Backoffice marks a property shown only in the back office.
	Backoffice bool `json:"backoffice"`
	IsHidden   bool `json:"is_hidden"` // Hidden on the product page.
	// IsNavigational makes the property a storefront filter.
	IsNavigational bool   `json:"is_navigational"`
	Position       int64  `json:"position"`  // Place in the list, from 1.
	Permalink      string `json:"permalink"` // The name in URLs.
	Title          string `json:"title"`     // The name shown.
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a property, keeping undeclared fields in Extra.
func (p *Property) UnmarshalJSON(b []byte) error {
	type plain Property
	return decodeExtra(b, (*plain)(p), &p.Extra)
}

// PropertyCreate is the body of Properties.Create.
type PropertyCreate struct {
	// Title is the property's name, "Country" (required).
	Title string `json:"title"`
	// Permalink is the property's URL name; the API derives it from the
	// title when nil.
	Permalink *string `json:"permalink,omitempty"`
	// Position places the property in the list.
	Position *int64 `json:"position,omitempty"`
	// Backoffice shows the property only in the back office.
	Backoffice *bool `json:"backoffice,omitempty"`
	// IsHidden hides the property on the product page.
	IsHidden *bool `json:"is_hidden,omitempty"`
	// IsNavigational makes the property a filter on category pages.
	IsNavigational *bool `json:"is_navigational,omitempty"`
}

func (p *PropertyCreate) validate() error {
	if err := checkText("title", p.Title); err != nil {
		return err
	}
	return checkOptText("permalink", p.Permalink)
}

// PropertyUpdate is the body of Properties.Update. The API documentation
// lists only the title as changeable; an update that sets nothing is refused.
type PropertyUpdate struct {
	Title *string `json:"title,omitempty"` // Renames the property.
}

func (p *PropertyUpdate) validate() error {
	if p.Title == nil {
		return errNothingToUpdate
	}
	return checkOptText("title", p.Title)
}

// PropertiesAPI is the interface PropertiesService satisfies, for mocks.
type PropertiesAPI interface {
	List(ctx context.Context) ([]Property, error)
	Get(ctx context.Context, id int64) (*Property, error)
	Create(ctx context.Context, p *PropertyCreate) (*Property, error)
	Update(ctx context.Context, id int64, p *PropertyUpdate) (*Property, error)
	Delete(ctx context.Context, id int64) error
}

var _ PropertiesAPI = (*PropertiesService)(nil)

// PropertiesService manages product properties (the names of
// characteristics, such as "Vendor"): /admin/properties.
type PropertiesService service

// List fetches every property: GET /admin/properties.json. The API
// documents no paging for this list; the answer is the whole list, and may
// hold a pseudo property with id -1 (the Yandex Market category).
func (s *PropertiesService) List(ctx context.Context) ([]Property, error) {
	return listAll[Property](ctx, (*service)(s), "/properties.json", nil)
}

// Get fetches a property: GET /admin/properties/{id}.json.
func (s *PropertiesService) Get(ctx context.Context, id int64) (*Property, error) {
	p, err := path("/properties/{property_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Property](ctx, (*service)(s), p)
}

// Create creates a property: POST /admin/properties.json.
func (s *PropertiesService) Create(ctx context.Context, p *PropertyCreate) (*Property, error) {
	return send[Property](ctx, (*service)(s), http.MethodPost, "/properties.json", "property", p)
}

// Update renames a property: PUT /admin/properties/{id}.json. The
// permalink stays as it was.
func (s *PropertiesService) Update(ctx context.Context, id int64, p *PropertyUpdate) (*Property, error) {
	pth, err := path("/properties/{property_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Property](ctx, (*service)(s), http.MethodPut, pth, "property", p)
}

// Delete deletes a property: DELETE /admin/properties/{id}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *PropertiesService) Delete(ctx context.Context, id int64) error {
	p, err := path("/properties/{property_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
