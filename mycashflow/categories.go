package mycashflow

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Category is a product category.
type Category struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// ParentID is the parent category's ID.
	ParentID int64 `json:"parent_id"`
	// ParentSort is the position among the parent's children.
	ParentSort int `json:"parent_sort"`
	// Name is the category name in the default language.
	Name string `json:"name"`
	// Description may hold HTML.
	Description string `json:"description"`
	// DefaultTemplate is the display type.
	DefaultTemplate CategoryTemplate `json:"default_template"`
	// ExternalID is the category's ID in an external system.
	ExternalID int64 `json:"external_id"`
	// Translations are present when CategoryTranslations is expanded.
	Translations []CategoryTranslation `json:"translations,omitempty"`
	// Visibilities are present when CategoryVisibilities is expanded.
	Visibilities []Visibility `json:"visibilities,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a category, keeping unknown fields in Extra.
func (c *Category) UnmarshalJSON(data []byte) error {
	type plain Category
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CategoryTemplate is a category's display type.
type CategoryTemplate string

// The documented display types.
const (
	CategoryFront       CategoryTemplate = "category-front"
	CategoryProductList CategoryTemplate = "product-list"
	CategoryHomepage    CategoryTemplate = "homepage"
)

func (t CategoryTemplate) validate() error {
	switch t {
	case "", CategoryFront, CategoryProductList, CategoryHomepage:
		return nil
	}
	return transport.Invalid("default_template", "must be one of category-front, product-list, homepage, got %q", string(t))
}

// CategoryTranslation is a category's texts in one language.
type CategoryTranslation struct {
	// Language is a language code, e.g. "en" or "fi".
	Language string `json:"language"`
	// Name is the category name in that language.
	Name string `json:"name,omitempty"`
	// Description is the category text in that language.
	Description string `json:"description,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CategoryTranslation, keeping unknown fields in Extra.
func (c *CategoryTranslation) UnmarshalJSON(data []byte) error {
	type plain CategoryTranslation
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CategoryProductLink places a product in a category.
type CategoryProductLink struct {
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// CategoryID is the category.
	CategoryID int64 `json:"category_id"`
	// CategorySort is the category's position among the product's categories.
	CategorySort int `json:"category_sort"`
	// ProductID is the product placed in the category.
	ProductID int64 `json:"product_id"`
	// ProductSort is the product's position within the category.
	ProductSort int `json:"product_sort"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CategoryProductLink, keeping unknown fields in Extra.
func (c *CategoryProductLink) UnmarshalJSON(data []byte) error {
	type plain CategoryProductLink
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CategoryExpand names a sub-resource a category read can include.
type CategoryExpand string

// The documented expand values of categories.
const (
	CategoryTranslations CategoryExpand = "translations"
	CategoryVisibilities CategoryExpand = "visibilities"
)

var categoryExpandValues = []CategoryExpand{CategoryTranslations, CategoryVisibilities}

func (CategoryExpand) documented() []CategoryExpand { return categoryExpandValues }

// CategoryListOptions filter and page Categories.List, All and
// ListSubcategories.
type CategoryListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []CategoryExpand `url:"expand,comma,omitempty"`
}

func (o *CategoryListOptions) validate() error { return checkList(&o.ListOptions, o.Expand) }

// CategoryCreate is the body of Categories.Create; ParentID and Name are
// required (Name may instead come from the translations).
type CategoryCreate struct {
	// ParentID is the parent category's ID (>= 1, required).
	ParentID int64 `json:"parent_id"`
	// ParentSort is the position among the parent's children (optional;
	// nil is not sent, so that position 0 can be asked for).
	ParentSort *int `json:"parent_sort,omitempty"`
	// Name is the category name (required unless Translations give it).
	Name string `json:"name,omitempty"`
	// Description may hold HTML (optional).
	Description string `json:"description,omitempty"`
	// DefaultTemplate is the display type (optional; CategoryFront, CategoryProductList or CategoryHomepage).
	DefaultTemplate CategoryTemplate `json:"default_template,omitempty"`
	// ExternalID is the category's ID in an external system (optional; 0 is not sent).
	ExternalID int64 `json:"external_id,omitempty"`
	// Translations give name and description per language (optional).
	Translations []CategoryTranslation `json:"translations,omitempty"`
}

// hasCategoryName reports whether a new category is named, in the body or
// in one of its translations.
func hasCategoryName(in *CategoryCreate) bool {
	if strings.TrimSpace(in.Name) != "" {
		return true
	}
	for _, tr := range in.Translations {
		if strings.TrimSpace(tr.Name) != "" {
			return true
		}
	}
	return false
}

// CategoryUpdate is the body of Categories.Update and UpdateByExternalID:
// only the fields set (non-nil) are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type CategoryUpdate struct {
	// ParentID moves the category under another parent (>= 1).
	ParentID *int64 `json:"parent_id,omitempty"`
	// ParentSort is the position among the parent's children.
	ParentSort *int `json:"parent_sort,omitempty"`
	// Name is the category name; it must not be blank.
	Name *string `json:"name,omitempty"`
	// Description may hold HTML.
	Description *string `json:"description,omitempty"`
	// DefaultTemplate is the display type (CategoryFront, CategoryProductList or CategoryHomepage).
	DefaultTemplate *CategoryTemplate `json:"default_template,omitempty"`
	// ExternalID is the category's ID in an external system.
	ExternalID *int64 `json:"external_id,omitempty"`
	// Translations give name and description per language; sent when non-empty.
	Translations []CategoryTranslation `json:"translations,omitempty"`
}

func (u *CategoryUpdate) validate() error {
	if err := checkUpdate(u); err != nil {
		return err
	}
	if u.ParentID != nil {
		if err := check.ID("parent_id", *u.ParentID); err != nil {
			return err
		}
	}
	if err := check.NotBlank("name", u.Name); err != nil {
		return err
	}
	if u.DefaultTemplate != nil {
		return u.DefaultTemplate.validate()
	}
	return nil
}

// CategoriesAPI is the interface CategoriesService satisfies, for mocks.
type CategoriesAPI interface {
	List(ctx context.Context, opts *CategoryListOptions) (*Page[Category], error)
	All(ctx context.Context, opts *CategoryListOptions) iter.Seq2[Category, error]
	Create(ctx context.Context, in *CategoryCreate) (*Category, error)
	Get(ctx context.Context, id int64, expand ...CategoryExpand) (*Category, error)
	Update(ctx context.Context, id int64, in *CategoryUpdate) (*Category, error)
	GetByExternalID(ctx context.Context, externalID string, expand ...CategoryExpand) (*Category, error)
	UpdateByExternalID(ctx context.Context, externalID string, in *CategoryUpdate) (*Category, error)
	ListSubcategories(ctx context.Context, id int64, opts *CategoryListOptions) (*Page[Category], error)
	ListVisibilities(ctx context.Context, id int64, opts *ListOptions) (*Page[Visibility], error)
	UpdateVisibilities(ctx context.Context, id int64, vis []Visibility) ([]Visibility, error)
	ListProductLinks(ctx context.Context, id int64, opts *ListOptions) (*Page[CategoryProductLink], error)
}

var _ CategoriesAPI = (*CategoriesService)(nil)

// CategoriesService manages categories.
type CategoriesService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *CategoriesService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s CategoriesService) String() string { return "mycashflow.CategoriesService" }

// Format prints String for every verb.
func (s CategoriesService) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// List fetches one page of categories: GET /categories.
//
// Route key "categories.list" (see WithPaths).
func (s *CategoriesService) List(ctx context.Context, opts *CategoryListOptions) (*Page[Category], error) {
	return list[Category](ctx, s.client(), "categories.list", opts)
}

// All iterates every category, page by page: GET /categories.
//
// Route key "categories.list" (see WithPaths).
func (s *CategoriesService) All(ctx context.Context, opts *CategoryListOptions) iter.Seq2[Category, error] {
	return all[Category](ctx, s.client(), "categories.list", opts)
}

// Create adds a category: POST /categories (path inferred).
//
// Route key "categories.create" (see WithPaths).
func (s *CategoriesService) Create(ctx context.Context, in *CategoryCreate) (*Category, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if in.ParentID < 1 {
		return nil, transport.Invalid("parent_id", "is required (the parent category's ID, >= 1)")
	}
	if !hasCategoryName(in) {
		return nil, transport.Invalid("name", "is required (here or in a translation)")
	}
	if err := in.DefaultTemplate.validate(); err != nil {
		return nil, err
	}
	return call[Category](ctx, s.client(), http.MethodPost, "categories.create", in)
}

// Get fetches a category: GET /categories/{categoryID}.
//
// Route key "categories.get" (see WithPaths).
func (s *CategoriesService) Get(ctx context.Context, id int64, expand ...CategoryExpand) (*Category, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[Category](ctx, s.client(), "categories.get", expand, id)
}

// Update changes the fields set in in: PATCH /categories/{categoryID}.
//
// Route key "categories.update" (see WithPaths).
func (s *CategoriesService) Update(ctx context.Context, id int64, in *CategoryUpdate) (*Category, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Category](ctx, s.client(), http.MethodPatch, "categories.update", in, id)
}

// GetByExternalID fetches the category with that external system ID:
// GET /categories/external_id={externalID}. The path is inferred: its
// {field}={value} segment follows the only public by-key lookup of the
// API, GET /products/product_code={code} in a public C# client
// (zuntio/McfStockChangeTracker). No such category matches ErrNotFound.
//
// Route key "categories.get_by_external_id" (see WithPaths).
func (s *CategoriesService) GetByExternalID(ctx context.Context, externalID string, expand ...CategoryExpand) (*Category, error) {
	if err := checkSegment("externalID", externalID); err != nil {
		return nil, err
	}
	return get[Category](ctx, s.client(), "categories.get_by_external_id", expand, externalID)
}

// UpdateByExternalID changes the fields set in in of the category with that
// external system ID: PATCH /categories/external_id={externalID} (path
// inferred, by analogy with the public C# client's
// GET /products/product_code={code}, as GetByExternalID).
//
// Route key "categories.update_by_external_id" (see WithPaths).
func (s *CategoriesService) UpdateByExternalID(ctx context.Context, externalID string, in *CategoryUpdate) (*Category, error) {
	if err := checkSegment("externalID", externalID); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Category](ctx, s.client(), http.MethodPatch, "categories.update_by_external_id", in, externalID)
}

// ListSubcategories fetches one page of a category's child categories:
// GET /categories/{categoryID}/subcategories.
//
// Route key "categories.list_subcategories" (see WithPaths).
func (s *CategoriesService) ListSubcategories(ctx context.Context, id int64, opts *CategoryListOptions) (*Page[Category], error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return list[Category](ctx, s.client(), "categories.list_subcategories", opts, id)
}

// ListVisibilities fetches a category's visibility per store version:
// GET /categories/{categoryID}/visibilities (path inferred). The API
// answers without paging meta, so the page's Total is -1.
//
// Route key "categories.list_visibilities" (see WithPaths).
func (s *CategoriesService) ListVisibilities(ctx context.Context, id int64, opts *ListOptions) (*Page[Visibility], error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return list[Visibility](ctx, s.client(), "categories.list_visibilities", opts, id)
}

// UpdateVisibilities shows or hides a category per store version; the body
// is a JSON array: PATCH /categories/{categoryID}/visibilities (path and
// method inferred).
//
// Route key "categories.update_visibilities" (see WithPaths).
func (s *CategoriesService) UpdateVisibilities(ctx context.Context, id int64, vis []Visibility) ([]Visibility, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if len(vis) == 0 {
		return nil, transport.Invalid("visibilities", "is required")
	}
	for i, v := range vis {
		if err := check.ID("visibilities["+itoa(i)+"].version_id", v.VersionID); err != nil {
			return nil, err
		}
	}
	out, err := callRows[List[elem[Visibility]]](ctx, s.client(), http.MethodPatch, "categories.update_visibilities", vis, id)
	if err != nil {
		return nil, err
	}
	return values(*out), nil
}

// ListProductLinks fetches the links placing products in a category:
// GET /categories/{categoryID}/products (path inferred; /product-links is
// as plausible). The API answers without paging meta.
//
// Route key "categories.list_product_links" (see WithPaths).
func (s *CategoriesService) ListProductLinks(ctx context.Context, id int64, opts *ListOptions) (*Page[CategoryProductLink], error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return list[CategoryProductLink](ctx, s.client(), "categories.list_product_links", opts, id)
}
