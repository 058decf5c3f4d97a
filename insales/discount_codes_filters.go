package insales

import (
	"context"
	"iter"
	"time"
)

// DiscountCodeListOptions filters DiscountCodes.ListPage and All. These
// parameters are documented outside the API documentation's examples (the
// vendor's official clients send them); a zero value is not sent.
type DiscountCodeListOptions struct {
	// Page is the page number, from 1.
	Page int
	// PerPage is the page size, MinPerPage to MaxPerPage.
	PerPage int
	// UpdatedSince lists only codes changed at or after it.
	UpdatedSince time.Time
	// Deleted lists only deleted codes.
	Deleted bool
}

func (o *DiscountCodeListOptions) query() *listQuery {
	if o == nil {
		return nil
	}
	return newListQuery(o.Page, o.PerPage, o.UpdatedSince, o.Deleted)
}

// ListPage fetches one page of discount codes: GET
// /admin/discount_codes.json with page, per_page, updated_since and
// deleted. The parameters are documented outside the API documentation's
// examples.
func (s *DiscountCodesService) ListPage(ctx context.Context, opts *DiscountCodeListOptions) (*Page[DiscountCode], error) {
	return listPage[DiscountCode](ctx, (*service)(s), "/discount_codes.json", opts.query())
}

// All yields every discount code, page after page (see ListPage).
func (s *DiscountCodesService) All(ctx context.Context, opts *DiscountCodeListOptions) iter.Seq2[DiscountCode, error] {
	return iterate[DiscountCode](ctx, (*service)(s), "/discount_codes.json", opts.query())
}
