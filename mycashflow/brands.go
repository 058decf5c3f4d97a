package mycashflow

import (
	"context"
	"fmt"
	"iter"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Brand is a product brand (manufacturer).
type Brand struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// Name is the brand name.
	Name string `json:"name"`
	// Description may hold HTML.
	Description string `json:"description"`
	// SEOTitle is the document title for search engines.
	SEOTitle string `json:"seo_title"`
	// SEOPageTitle replaces the normal title on the page.
	SEOPageTitle string `json:"seo_page_title"`
	// SEOMetaDescription is the meta description for search engines.
	SEOMetaDescription string `json:"seo_meta_description"`
	// Translations are present when BrandTranslations is expanded.
	Translations []BrandTranslation `json:"translations,omitempty"`
	// Visibilities per store version (present in the documented examples).
	Visibilities []Visibility `json:"visibilities,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a brand, keeping unknown fields in Extra.
func (b *Brand) UnmarshalJSON(data []byte) error {
	type plain Brand
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BrandTranslation is a brand's texts in one language.
type BrandTranslation struct {
	// Language is a language code, e.g. "en" or "fi".
	Language string `json:"language"`
	// Description may hold HTML.
	Description string `json:"description,omitempty"`
	// SEOTitle is the document title for search engines.
	SEOTitle string `json:"seo_title,omitempty"`
	// SEOPageTitle replaces the normal title on the page.
	SEOPageTitle string `json:"seo_page_title,omitempty"`
	// SEOMetaDescription is the meta description for search engines.
	SEOMetaDescription string `json:"seo_meta_description,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a BrandTranslation, keeping unknown fields in Extra.
func (b *BrandTranslation) UnmarshalJSON(data []byte) error {
	type plain BrandTranslation
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BrandExpand names a sub-resource a brand read can include.
type BrandExpand string

// The documented expand value of brands.
const BrandTranslations BrandExpand = "translations"

var brandExpandValues = []BrandExpand{BrandTranslations}

func (BrandExpand) documented() []BrandExpand { return brandExpandValues }

// BrandListOptions filter and page Brands.List and All.
type BrandListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []BrandExpand `url:"expand,comma,omitempty"`
}

func (o *BrandListOptions) validate() error { return checkList(&o.ListOptions, o.Expand) }

// BrandCreate is the body of Brands.Create; Name is required.
type BrandCreate struct {
	// Name is the brand name (required).
	Name string `json:"name"`
	// Description may hold HTML (optional).
	Description string `json:"description,omitempty"`
	// SEOTitle is the document title for search engines.
	SEOTitle string `json:"seo_title,omitempty"`
	// SEOPageTitle replaces the normal title on the page.
	SEOPageTitle string `json:"seo_page_title,omitempty"`
	// SEOMetaDescription is the meta description for search engines.
	SEOMetaDescription string `json:"seo_meta_description,omitempty"`
	// Translations give the texts per language (optional).
	Translations []BrandTranslation `json:"translations,omitempty"`
}

// BrandUpdate is the body of Brands.Update: only the fields set (non-nil)
// are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type BrandUpdate struct {
	// Name is the brand name; it must not be blank.
	Name *string `json:"name,omitempty"`
	// Description may hold HTML.
	Description *string `json:"description,omitempty"`
	// SEOTitle is the document title for search engines.
	SEOTitle *string `json:"seo_title,omitempty"`
	// SEOPageTitle replaces the normal title on the page.
	SEOPageTitle *string `json:"seo_page_title,omitempty"`
	// SEOMetaDescription is the meta description for search engines.
	SEOMetaDescription *string `json:"seo_meta_description,omitempty"`
	// Translations give the texts per language; sent when non-empty.
	Translations []BrandTranslation `json:"translations,omitempty"`
}

// BrandsAPI is the interface BrandsService satisfies, for mocks.
type BrandsAPI interface {
	List(ctx context.Context, opts *BrandListOptions) (*Page[Brand], error)
	All(ctx context.Context, opts *BrandListOptions) iter.Seq2[Brand, error]
	Create(ctx context.Context, in *BrandCreate) (*Brand, error)
	Get(ctx context.Context, id int64, expand ...BrandExpand) (*Brand, error)
	Update(ctx context.Context, id int64, in *BrandUpdate) (*Brand, error)
}

var _ BrandsAPI = (*BrandsService)(nil)

// BrandsService manages brands.
type BrandsService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *BrandsService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s BrandsService) String() string { return "mycashflow.BrandsService" }

// Format prints String for every verb.
func (s BrandsService) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// List fetches one page of brands: GET /brands.
//
// Route key "brands.list" (see WithPaths).
func (s *BrandsService) List(ctx context.Context, opts *BrandListOptions) (*Page[Brand], error) {
	return list[Brand](ctx, s.client(), "brands.list", opts)
}

// All iterates every brand, page by page: GET /brands.
//
// Route key "brands.list" (see WithPaths).
func (s *BrandsService) All(ctx context.Context, opts *BrandListOptions) iter.Seq2[Brand, error] {
	return all[Brand](ctx, s.client(), "brands.list", opts)
}

// Create adds a brand: POST /brands.
//
// Route key "brands.create" (see WithPaths).
func (s *BrandsService) Create(ctx context.Context, in *BrandCreate) (*Brand, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if err := check.Required("name", in.Name); err != nil {
		return nil, err
	}
	return call[Brand](ctx, s.client(), http.MethodPost, "brands.create", in)
}

// Get fetches a brand: GET /brands/{brandID}.
//
// Route key "brands.get" (see WithPaths).
func (s *BrandsService) Get(ctx context.Context, id int64, expand ...BrandExpand) (*Brand, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[Brand](ctx, s.client(), "brands.get", expand, id)
}

// Update changes the fields set in in: PATCH /brands/{brandID} (the path is
// confirmed, the PATCH method inferred).
//
// Route key "brands.update" (see WithPaths).
func (s *BrandsService) Update(ctx context.Context, id int64, in *BrandUpdate) (*Brand, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := checkUpdate(in); err != nil {
		return nil, err
	}
	if err := check.NotBlank("name", in.Name); err != nil {
		return nil, err
	}
	return call[Brand](ctx, s.client(), http.MethodPatch, "brands.update", in, id)
}
