package insales

import (
	"context"
	"net/http"
)

// Similar is a product shown as similar to another ("you may also like");
// the API answers only its id, the similar product's id.
type Similar struct {
	// ID is the similar product's id.
	ID int64 `json:"id"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a similar product, keeping undeclared fields in Extra.
func (s *Similar) UnmarshalJSON(b []byte) error {
	type plain Similar
	return decodeExtra(b, (*plain)(s), &s.Extra)
}

// SimilarsCreate is the body of Similars.Create; the API takes it without a
// wrapping key ({"similar_ids": [2]}).
type SimilarsCreate struct {
	// SimilarIDs are the products to link as similar (at least one).
	SimilarIDs []int64 `json:"similar_ids"`
}

func (c *SimilarsCreate) validate() error { return checkIDs("similar_ids", c.SimilarIDs) }

// SimilarsAPI is the interface SimilarsService satisfies, for mocks.
type SimilarsAPI interface {
	List(ctx context.Context, productID int64) ([]Similar, error)
	Create(ctx context.Context, productID int64, c *SimilarsCreate) error
	Delete(ctx context.Context, productID, similarID int64) error
}

var _ SimilarsAPI = (*SimilarsService)(nil)

// SimilarsService manages the products linked as similar to a product:
// /admin/products/{product_id}/similars.
type SimilarsService service

// List fetches the products linked as similar to a product: GET
// /admin/products/{product_id}/similars.json (the whole list; the API
// documents no paging).
func (s *SimilarsService) List(ctx context.Context, productID int64) ([]Similar, error) {
	p, err := path("/products/{product_id}/similars.json", productID)
	if err != nil {
		return nil, err
	}
	return listAll[Similar](ctx, (*service)(s), p, nil)
}

// Create links products as similar to a product: POST
// /admin/products/{product_id}/similars.json. The API answers
// {"status": "ok"}, so only an error is returned.
func (s *SimilarsService) Create(ctx context.Context, productID int64, c *SimilarsCreate) error {
	p, err := path("/products/{product_id}/similars.json", productID)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPost, p, "", c)
}

// Delete unlinks the similar product similarID (the id List answers) from a
// product: DELETE /admin/products/{product_id}/similars/{similar_id}.json.
// The API answers {"status": "ok"}, so only an error is returned.
func (s *SimilarsService) Delete(ctx context.Context, productID, similarID int64) error {
	p, err := path("/products/{product_id}/similars/{similar_id}.json", productID, similarID)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
