package insales

import (
	"context"
	"iter"
	"net/http"
)

// Collect places a product in a collection, at a position.
type Collect struct {
	ID           int64 `json:"id"`
	CollectionID int64 `json:"collection_id"`
	ProductID    int64 `json:"product_id"`
	// Position orders the collection's products (sort type manual).
	Position  int64 `json:"position"`
	CreatedAt Time  `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a collect, keeping undeclared fields in Extra.
func (c *Collect) UnmarshalJSON(b []byte) error {
	type plain Collect
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// CollectCreate is the body of Collects.Create: both ids are required.
type CollectCreate struct {
	CollectionID int64 `json:"collection_id"`
	ProductID    int64 `json:"product_id"`
}

func (c *CollectCreate) validate() error {
	if err := checkID("collection_id", c.CollectionID); err != nil {
		return err
	}
	return checkID("product_id", c.ProductID)
}

// CollectListOptions page Collects.List, ListByProduct and ListByCollection.
type CollectListOptions struct {
	// Page is the page number, from 1 (0 leaves the server's default, 1).
	Page int `url:"page,omitempty"`
	// Limit is the page size, up to 250; the server raises values below 10 to 10.
	Limit int `url:"per_page,omitempty"`
}

func (o *CollectListOptions) validate() error { return checkPaging(o.Page, o.Limit) }

// collectQuery adds the required filter to the paging options.
type collectQuery struct {
	CollectListOptions
	ProductID    int64 `url:"product_id,omitempty"`
	CollectionID int64 `url:"collection_id,omitempty"`
}

func (q *collectQuery) validate() error { return q.CollectListOptions.validate() }

func byParent(opts *CollectListOptions, field string, id int64) (*collectQuery, error) {
	if err := checkID(field, id); err != nil {
		return nil, err
	}
	q := &collectQuery{}
	if opts != nil {
		q.CollectListOptions = *opts
	}
	if field == "product_id" {
		q.ProductID = id
	} else {
		q.CollectionID = id
	}
	return q, nil
}

type positionBody struct {
	Position int64 `json:"position"`
}

func (b *positionBody) validate() error { return checkPosition(&b.Position) }

type moveBody struct {
	CollectionID int64 `json:"collection_id"`
}

func (b *moveBody) validate() error { return checkID("collection_id", b.CollectionID) }

// CollectsAPI is the interface CollectsService satisfies, for mocks.
type CollectsAPI interface {
	List(ctx context.Context, opts *CollectListOptions) (*Page[Collect], error)
	All(ctx context.Context, opts *CollectListOptions) iter.Seq2[Collect, error]
	ListByProduct(ctx context.Context, productID int64, opts *CollectListOptions) (*Page[Collect], error)
	ListByCollection(ctx context.Context, collectionID int64, opts *CollectListOptions) (*Page[Collect], error)
	Create(ctx context.Context, c *CollectCreate) (*Collect, error)
	Move(ctx context.Context, id, collectionID int64) (*Collect, error)
	UpdatePosition(ctx context.Context, id, position int64) (*Collect, error)
	Delete(ctx context.Context, id int64) error
}

var _ CollectsAPI = (*CollectsService)(nil)

// CollectsService manages which products are in which collections:
// /admin/collects.
type CollectsService service

// List fetches one page of every collect: GET /admin/collects.json.
func (s *CollectsService) List(ctx context.Context, opts *CollectListOptions) (*Page[Collect], error) {
	return listPage[Collect](ctx, (*service)(s), "/collects.json", opts)
}

// All yields every collect, following pages.
func (s *CollectsService) All(ctx context.Context, opts *CollectListOptions) iter.Seq2[Collect, error] {
	return iterate[Collect](ctx, (*service)(s), "/collects.json", opts)
}

// ListByProduct fetches one page of a product's collects (the collections
// it is in): GET /admin/collects.json?product_id={productID}.
func (s *CollectsService) ListByProduct(ctx context.Context, productID int64, opts *CollectListOptions) (*Page[Collect], error) {
	q, err := byParent(opts, "product_id", productID)
	if err != nil {
		return nil, err
	}
	return listPage[Collect](ctx, (*service)(s), "/collects.json", q)
}

// ListByCollection fetches one page of a collection's collects (its
// products): GET /admin/collects.json?collection_id={collectionID}.
func (s *CollectsService) ListByCollection(ctx context.Context, collectionID int64, opts *CollectListOptions) (*Page[Collect], error) {
	q, err := byParent(opts, "collection_id", collectionID)
	if err != nil {
		return nil, err
	}
	return listPage[Collect](ctx, (*service)(s), "/collects.json", q)
}

// Create puts a product in a collection: POST /admin/collects.json.
func (s *CollectsService) Create(ctx context.Context, c *CollectCreate) (*Collect, error) {
	return send[Collect](ctx, (*service)(s), http.MethodPost, "/collects.json", "collect", c)
}

// Move moves the collect's product to another collection: PUT
// /admin/collects/{id}.json with collect[collection_id].
func (s *CollectsService) Move(ctx context.Context, id, collectionID int64) (*Collect, error) {
	p, err := path("/collects/{collect_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Collect](ctx, (*service)(s), http.MethodPut, p, "collect", &moveBody{CollectionID: collectionID})
}

// UpdatePosition sets the product's position in its collection: PUT
// /admin/collects/{id}.json with collect[position] (from 1).
func (s *CollectsService) UpdatePosition(ctx context.Context, id, position int64) (*Collect, error) {
	p, err := path("/collects/{collect_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Collect](ctx, (*service)(s), http.MethodPut, p, "collect", &positionBody{Position: position})
}

// Delete takes a product out of a collection: DELETE /admin/collects/{id}.json.
func (s *CollectsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/collects/{collect_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
