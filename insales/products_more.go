package insales

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// products_more.go: product endpoints documented outside the API
// documentation's examples (the vendor's product guide).

// MaxProductsByIDs is the most ids Products.ByIDs takes in one call, the
// vendor's documented limit.
const MaxProductsByIDs = 100

// MaxVariantsGroupUpdate is the most variants VariantsGroupUpdate sends in
// one call; split larger updates.
const MaxVariantsGroupUpdate = 100

// Recover restores an archived (deleted) product: POST
// /admin/products/{id}/recover.json. Documented outside the API
// documentation's examples (the vendor's product guide: DELETE archives a
// product, recover brings it back). Any 2xx answer is success; call Get to
// read the product.
func (s *ProductsService) Recover(ctx context.Context, id int64) error {
	p, err := path("/products/{product_id}/recover.json", id)
	if err != nil {
		return err
	}
	_, err = (*service)(s).do(ctx, &transport.Request{Method: http.MethodPost, Path: p}, nil)
	return err
}

// ByIDs fetches the products with the given ids in one call: GET
// /admin/products/by_ids.json?product_ids=1,2. At most MaxProductsByIDs
// ids; more are refused before sending, as are ids below 1. Unknown ids
// are left out of the answer. Documented outside the API documentation's
// examples (the vendor's product guide).
func (s *ProductsService) ByIDs(ctx context.Context, ids []int64) ([]Product, error) {
	if err := checkIDs("product_ids", ids); err != nil {
		return nil, err
	}
	if len(ids) > MaxProductsByIDs {
		return nil, invalidf("product_ids", "must be at most %d (it has %d): split the call", MaxProductsByIDs, len(ids))
	}
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	q := url.Values{"product_ids": {strings.Join(parts, ",")}}
	return listAll[Product](ctx, (*service)(s), "/products/by_ids.json", q)
}

// VariantGroupItem is one variant's change in VariantsGroupUpdate: the
// variant's id and the fields to set.
type VariantGroupItem struct {
	ID int64 `json:"id"` // The variant (required).
	VariantUpdate
}

// variantsGroup is the body: {"variants": [...]}.
type variantsGroup struct {
	Variants []VariantGroupItem `json:"variants"`
}

func (g *variantsGroup) validate() error {
	if len(g.Variants) == 0 {
		return invalidf("variants", "is required")
	}
	if len(g.Variants) > MaxVariantsGroupUpdate {
		return invalidf("variants", "must be at most %d (it has %d): split the call", MaxVariantsGroupUpdate, len(g.Variants))
	}
	for i := range g.Variants {
		v := &g.Variants[i]
		if err := checkID("variants["+strconv.Itoa(i)+"].id", v.ID); err != nil {
			return err
		}
		if err := v.VariantUpdate.validate(); err != nil {
			return transport.Invalid("variants["+strconv.Itoa(i)+"]", "%v", err)
		}
	}
	return nil
}

// VariantsGroupUpdate changes many variants, of any products, in one call:
// PUT /admin/products/variants_group_update.json with {"variants": [...]}.
// The server only queues the work and answers [] at once: the changes
// appear later, so read them back (or watch Changes) rather than expect
// them on return. Documented outside the API documentation's examples (the
// vendor's product guide; the official Ruby client PUTs
// /admin/variants/group_update instead).
func (s *ProductsService) VariantsGroupUpdate(ctx context.Context, variants []VariantGroupItem) error {
	if err := (*service)(s).ready(); err != nil {
		return err
	}
	body := &variantsGroup{Variants: variants}
	if err := body.validate(); err != nil {
		return err
	}
	_, err := (*service)(s).do(ctx, &transport.Request{Method: http.MethodPut, Path: "/products/variants_group_update.json", Body: body}, nil)
	return err
}
