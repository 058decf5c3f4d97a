package insales

import (
	"context"
	"net/http"
)

// PriceKind is an extra price column of variants ("wholesale"): the
// variant's price in it is Variant.Prices[PriceIndex-1], also sent as the
// field named VariantPriceMethodName ("price2").
type PriceKind struct {
	ID    int64  `json:"id"`    // The id, from 1.
	Title string `json:"title"` // The name shown.
	// PriceIndex is the column's number, from 1.
	PriceIndex int64 `json:"price_index"`
	// ShowInLists shows the price in the back office's product lists.
	ShowInLists bool `json:"show_in_lists"`
	// VariantPriceMethodName is the variant field holding this price ("price2").
	VariantPriceMethodName string `json:"variant_price_method_name"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a price kind, keeping undeclared fields in Extra.
func (k *PriceKind) UnmarshalJSON(b []byte) error {
	type plain PriceKind
	return decodeExtra(b, (*plain)(k), &k.Extra)
}

// PriceKindCreate is the body of PriceKinds.Create.
type PriceKindCreate struct {
	// Title names the price, "large quantity price" (required).
	Title string `json:"title"`
	// ShowInLists shows the price in the back office's product lists.
	ShowInLists *bool `json:"show_in_lists,omitempty"`
}

func (k *PriceKindCreate) validate() error { return checkText("title", k.Title) }

// PriceKindUpdate is the body of PriceKinds.Update. The API documentation
// marks the title required on update too, so an update without Title is
// refused before sending.
type PriceKindUpdate struct {
	// Title names the price (required by the API on every update).
	Title       *string `json:"title,omitempty"`
	ShowInLists *bool   `json:"show_in_lists,omitempty"` // Shows the price in back-office lists.
}

func (k *PriceKindUpdate) validate() error {
	if k.Title == nil && k.ShowInLists == nil {
		return errNothingToUpdate
	}
	if k.Title == nil {
		return invalidf("title", "is required")
	}
	return checkOptText("title", k.Title)
}

// PriceKindsAPI is the interface PriceKindsService satisfies, for mocks.
type PriceKindsAPI interface {
	List(ctx context.Context) ([]PriceKind, error)
	Get(ctx context.Context, id int64) (*PriceKind, error)
	Create(ctx context.Context, k *PriceKindCreate) (*PriceKind, error)
	Update(ctx context.Context, id int64, k *PriceKindUpdate) (*PriceKind, error)
	Delete(ctx context.Context, id int64) error
}

var _ PriceKindsAPI = (*PriceKindsService)(nil)

// PriceKindsService manages the extra price columns of variants:
// /admin/price_kinds.
type PriceKindsService service

// List fetches every price kind: GET /admin/price_kinds.json (the whole
// list; the API documents no paging).
func (s *PriceKindsService) List(ctx context.Context) ([]PriceKind, error) {
	return listAll[PriceKind](ctx, (*service)(s), "/price_kinds.json", nil)
}

// Get fetches a price kind: GET /admin/price_kinds/{id}.json.
func (s *PriceKindsService) Get(ctx context.Context, id int64) (*PriceKind, error) {
	p, err := path("/price_kinds/{price_kind_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[PriceKind](ctx, (*service)(s), p)
}

// Create adds a price column: POST /admin/price_kinds.json. The API picks
// its PriceIndex and VariantPriceMethodName.
func (s *PriceKindsService) Create(ctx context.Context, k *PriceKindCreate) (*PriceKind, error) {
	return send[PriceKind](ctx, (*service)(s), http.MethodPost, "/price_kinds.json", "price_kind", k)
}

// Update changes a price kind: PUT /admin/price_kinds/{id}.json.
func (s *PriceKindsService) Update(ctx context.Context, id int64, k *PriceKindUpdate) (*PriceKind, error) {
	p, err := path("/price_kinds/{price_kind_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[PriceKind](ctx, (*service)(s), http.MethodPut, p, "price_kind", k)
}

// Delete deletes a price kind: DELETE /admin/price_kinds/{id}.json. The API
// answers {"status": "ok"}, so only an error is returned.
func (s *PriceKindsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/price_kinds/{price_kind_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
