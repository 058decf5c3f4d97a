package shopkit

import (
	"context"
	"iter"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Brand is a product brand.
type Brand struct {
	ID              int64   `json:"id"`
	Title           string  `json:"title"`
	Description     string  `json:"description"`
	Position        int     `json:"position"`
	Active          bool    `json:"active"`
	Handle          string  `json:"handle"`
	PageTitle       string  `json:"page_title"`
	MetaDescription string  `json:"meta_description"`
	MetaTags        *string `json:"meta_tags"`
	NumProducts     Int     `json:"num_products"`
	URL             string  `json:"url"`
	Permalink       string  `json:"permalink"`
	Image           Image   `json:"image"`
	CreatedAt       Time    `json:"created_at"`
	UpdatedAt       Time    `json:"updated_at"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (b *Brand) UnmarshalJSON(data []byte) error {
	type plain Brand
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BrandCreate is the body of POST /brand; Title is required.
type BrandCreate struct {
	// Title is the brand name; required.
	Title string `json:"title"`
	TaxonomyFields
}

// BrandUpdate is the body of PUT /brand/{id}: a partial update (the API documentation
// marks title required but its example sends only a description).
type BrandUpdate struct {
	// Title is the new name; nil keeps it, "" is refused.
	Title *string `json:"title,omitempty"`
	TaxonomyFields
}

// BrandListOptions filter GET /brand; nil fields do not filter.
type BrandListOptions struct {
	// Active selects active (true) or inactive (false) brands.
	Active *bool `url:"active,omitempty"`
	ListOptions
}

// BrandsAPI is the interface BrandsService implements.
type BrandsAPI interface {
	List(ctx context.Context, opts *BrandListOptions) (*Page[Brand], error)
	All(ctx context.Context, opts *BrandListOptions) iter.Seq2[Brand, error]
	Get(ctx context.Context, id int64) (*Brand, error)
	GetByHandle(ctx context.Context, handle string) (*Brand, error)
	Create(ctx context.Context, b *BrandCreate) (*Brand, error)
	Update(ctx context.Context, id int64, u *BrandUpdate) (*Brand, error)
	Delete(ctx context.Context, id int64) error
}

var _ BrandsAPI = (*BrandsService)(nil)

// BrandsService handles the /brand endpoints. The API documentation's read route is the
// unusable template GET /brand/{id,handle,active,page,limit}; the
// parameters are sent as a query string on /brand, as for GET /product.
type BrandsService service

// List fetches one page of brands: GET /brand{?active,page,limit}.
func (b *BrandsService) List(ctx context.Context, opts *BrandListOptions) (*Page[Brand], error) {
	return list[Brand](ctx, (*service)(b), "/brand", opts, opts)
}

// All iterates over every brand matching opts (GET /brand).
func (b *BrandsService) All(ctx context.Context, opts *BrandListOptions) iter.Seq2[Brand, error] {
	return all(ctx, opts, b.List)
}

// Get fetches a brand by id: GET /brand?id={id} (the API documentation's example answer
// is a single Brand; its curl uses /brand/{id}).
func (b *BrandsService) Get(ctx context.Context, id int64) (*Brand, error) {
	return getByID[Brand](ctx, (*service)(b), "/brand", id)
}

// GetByHandle fetches a brand by handle: GET /brand?handle={handle}.
func (b *BrandsService) GetByHandle(ctx context.Context, handle string) (*Brand, error) {
	return getByHandle[Brand](ctx, (*service)(b), "/brand", handle)
}

// Create creates a brand: POST /brand.
func (b *BrandsService) Create(ctx context.Context, in *BrandCreate) (*Brand, error) {
	if in == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	if in.Title == "" {
		return nil, transport.Invalid("title", "is required")
	}
	return send[Brand](ctx, (*service)(b), http.MethodPost, "/brand", nil, in)
}

// Update changes the fields set in u: PUT /brand/{id}.
func (b *BrandsService) Update(ctx context.Context, id int64, u *BrandUpdate) (*Brand, error) {
	if u != nil && u.Title != nil && *u.Title == "" {
		return nil, transport.Invalid("title", "must not be empty; leave it nil to keep the title")
	}
	return update[Brand](ctx, (*service)(b), "/brand/{id}", id, u)
}

// Delete deletes a brand: DELETE /brand/{id}.
func (b *BrandsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(b), "/brand/{id}", id)
}
