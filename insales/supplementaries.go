package insales

import (
	"context"
	"net/http"
)

// Supplementary is a product offered as a supplement to another ("buy with it");
// the API answers only its id, the supplementary product's id.
type Supplementary struct {
	// ID is the supplementary product's id.
	ID int64 `json:"id"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a supplementary product, keeping undeclared fields in Extra.
func (s *Supplementary) UnmarshalJSON(b []byte) error {
	type plain Supplementary
	return decodeExtra(b, (*plain)(s), &s.Extra)
}

// SupplementariesCreate is the body of Supplementaries.Create; the API takes it without a
// wrapping key ({"supplementary_ids": [2]}).
type SupplementariesCreate struct {
	// SupplementaryIDs are the products to link as supplementary (at least one).
	SupplementaryIDs []int64 `json:"supplementary_ids"`
}

func (c *SupplementariesCreate) validate() error {
	return checkIDs("supplementary_ids", c.SupplementaryIDs)
}

// SupplementariesAPI is the interface SupplementariesService satisfies, for mocks.
type SupplementariesAPI interface {
	List(ctx context.Context, productID int64) ([]Supplementary, error)
	Create(ctx context.Context, productID int64, c *SupplementariesCreate) error
	Delete(ctx context.Context, productID, supplementaryID int64) error
}

var _ SupplementariesAPI = (*SupplementariesService)(nil)

// SupplementariesService manages the products linked as supplementary to a product:
// /admin/products/{product_id}/supplementaries.
type SupplementariesService service

// List fetches the products linked as supplementary to a product: GET
// /admin/products/{product_id}/supplementaries.json (the whole list; the API
// documents no paging).
func (s *SupplementariesService) List(ctx context.Context, productID int64) ([]Supplementary, error) {
	p, err := path("/products/{product_id}/supplementaries.json", productID)
	if err != nil {
		return nil, err
	}
	return listAll[Supplementary](ctx, (*service)(s), p, nil)
}

// Create links products as supplementary to a product: POST
// /admin/products/{product_id}/supplementaries.json. The API answers
// {"status": "ok"}, so only an error is returned.
func (s *SupplementariesService) Create(ctx context.Context, productID int64, c *SupplementariesCreate) error {
	p, err := path("/products/{product_id}/supplementaries.json", productID)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPost, p, "", c)
}

// Delete unlinks the supplementary product supplementaryID (the id List answers) from a
// product: DELETE /admin/products/{product_id}/supplementaries/{supplementary_id}.json.
// The API answers {"status": "ok"}, so only an error is returned.
func (s *SupplementariesService) Delete(ctx context.Context, productID, supplementaryID int64) error {
	p, err := path("/products/{product_id}/supplementaries/{supplementary_id}.json", productID, supplementaryID)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
