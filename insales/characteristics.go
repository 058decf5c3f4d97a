package insales

import (
	"context"
	"net/http"
)

// Characteristic is one value of a property ("Nike" of "Vendor"); products
// list theirs in Product.Characteristics.
type Characteristic struct {
	ID int64 `json:"id"` // The id, from 1.
	// PropertyID is the property the value belongs to.
	PropertyID int64  `json:"property_id"`
	Position   int64  `json:"position"`  // Place in the list, from 1.
	Title      string `json:"title"`     // The name shown.
	Permalink  string `json:"permalink"` // The name in URLs.
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a characteristic, keeping undeclared fields in Extra.
func (c *Characteristic) UnmarshalJSON(b []byte) error {
	type plain Characteristic
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// CharacteristicCreate is the body of Characteristics.Create.
type CharacteristicCreate struct {
	// Title is the value, "Reebok" (required).
	Title string `json:"title"`
	// Permalink is the value's URL name; the API derives it from the title
	// when nil.
	Permalink *string `json:"permalink,omitempty"`
	// Position places the value in its property's list.
	Position *int64 `json:"position,omitempty"`
}

func (c *CharacteristicCreate) validate() error {
	if err := checkText("title", c.Title); err != nil {
		return err
	}
	return checkOptText("permalink", c.Permalink)
}

// CharacteristicUpdate is the body of Characteristics.Update. The API
// documentation lists only the title as changeable (the permalink is kept);
// an update that sets nothing is refused.
type CharacteristicUpdate struct {
	Title *string `json:"title,omitempty"` // Renames the value.
}

func (c *CharacteristicUpdate) validate() error {
	if c.Title == nil {
		return errNothingToUpdate
	}
	return checkOptText("title", c.Title)
}

// CharacteristicsAPI is the interface CharacteristicsService satisfies, for mocks.
type CharacteristicsAPI interface {
	List(ctx context.Context, propertyID int64) ([]Characteristic, error)
	Get(ctx context.Context, propertyID, id int64) (*Characteristic, error)
	Create(ctx context.Context, propertyID int64, c *CharacteristicCreate) (*Characteristic, error)
	Update(ctx context.Context, propertyID, id int64, c *CharacteristicUpdate) (*Characteristic, error)
	Delete(ctx context.Context, propertyID, id int64) error
}

var _ CharacteristicsAPI = (*CharacteristicsService)(nil)

// CharacteristicsService manages the values of product properties:
// /admin/properties/{property_id}/characteristics.
type CharacteristicsService service

// List fetches the values of a property: GET
// /admin/properties/{property_id}/characteristics.json. The API documents
// no paging for this list; the answer is the whole list.
func (s *CharacteristicsService) List(ctx context.Context, propertyID int64) ([]Characteristic, error) {
	p, err := path("/properties/{property_id}/characteristics.json", propertyID)
	if err != nil {
		return nil, err
	}
	return listAll[Characteristic](ctx, (*service)(s), p, nil)
}

// Get fetches a characteristic: GET
// /admin/properties/{property_id}/characteristics/{id}.json.
func (s *CharacteristicsService) Get(ctx context.Context, propertyID, id int64) (*Characteristic, error) {
	p, err := path("/properties/{property_id}/characteristics/{characteristic_id}.json", propertyID, id)
	if err != nil {
		return nil, err
	}
	return getOne[Characteristic](ctx, (*service)(s), p)
}

// Create adds a value to a property: POST
// /admin/properties/{property_id}/characteristics.json.
func (s *CharacteristicsService) Create(ctx context.Context, propertyID int64, c *CharacteristicCreate) (*Characteristic, error) {
	p, err := path("/properties/{property_id}/characteristics.json", propertyID)
	if err != nil {
		return nil, err
	}
	return send[Characteristic](ctx, (*service)(s), http.MethodPost, p, "characteristic", c)
}

// Update renames a characteristic: PUT
// /admin/properties/{property_id}/characteristics/{id}.json. The permalink
// stays as it was.
func (s *CharacteristicsService) Update(ctx context.Context, propertyID, id int64, c *CharacteristicUpdate) (*Characteristic, error) {
	p, err := path("/properties/{property_id}/characteristics/{characteristic_id}.json", propertyID, id)
	if err != nil {
		return nil, err
	}
	return send[Characteristic](ctx, (*service)(s), http.MethodPut, p, "characteristic", c)
}

// Delete deletes a characteristic: DELETE
// /admin/properties/{property_id}/characteristics/{id}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *CharacteristicsService) Delete(ctx context.Context, propertyID, id int64) error {
	p, err := path("/properties/{property_id}/characteristics/{characteristic_id}.json", propertyID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
