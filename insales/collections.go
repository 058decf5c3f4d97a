package insales

import (
	"context"
	"iter"
	"net/http"
	"time"
)

// SortType is how a collection orders its products (collection[sort_type]).
type SortType int64

// The sort types the API documents.
const (
	SortTitleAsc     SortType = 1  // alphabetically, A to Z
	SortTitleDesc    SortType = 2  // alphabetically, Z to A
	SortNewestFirst  SortType = 3  // by date, new to old
	SortOldestFirst  SortType = 4  // by date, old to new
	SortPriceDesc    SortType = 5  // by price, expensive to cheap
	SortPriceAsc     SortType = 6  // by price, cheap to expensive
	SortManual       SortType = 7  // manual order (collect positions)
	SortDiscountDesc SortType = 8  // by discount, large to little
	SortDiscountAsc  SortType = 9  // by discount, little to large
	SortRankAsc      SortType = 10 // by sort rank, low to high
	SortRankDesc     SortType = 11 // by sort rank, high to low
	minSort, maxSort          = SortTitleAsc, SortRankDesc
)

// Collection is a storefront collection (a catalogue section); products
// join it through collects.
type Collection struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	// ParentID is the parent collection, nil for the root.
	ParentID *int64 `json:"parent_id"`
	// Position orders siblings (-1 is seen for the root).
	Position int64    `json:"position"`
	IsHidden bool     `json:"is_hidden"`
	SortType SortType `json:"sort_type"`
	// Recursive shows the products of sub-collections too; nil when unset.
	Recursive       *bool  `json:"recursive"`
	Description     string `json:"description"`
	HTMLTitle       string `json:"html_title"`
	MetaDescription string `json:"meta_description"`
	MetaKeywords    string `json:"meta_keywords"`
	SEODescription  string `json:"seo_description"`
	Permalink       string `json:"permalink"`
	// URL is the storefront path, "/collection/" + Permalink.
	URL string `json:"url"`
	// Image is answered by Create only.
	Image     *CollectionImage `json:"image"`
	CreatedAt Time             `json:"created_at"`
	UpdatedAt Time             `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a collection, keeping undeclared fields in Extra.
func (c *Collection) UnmarshalJSON(b []byte) error {
	type plain Collection
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// Checkpoint is the collection's place in the change feed (updated_at, id).
func (c Collection) Checkpoint() Checkpoint { return Checkpoint{Time: c.UpdatedAt.Time, ID: c.ID} }

// CollectionImage is a collection's picture.
type CollectionImage struct {
	ID          int64  `json:"id"`
	OriginalURL string `json:"original_url"`
	CreatedAt   Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an image, keeping undeclared fields in Extra.
func (c *CollectionImage) UnmarshalJSON(b []byte) error {
	type plain CollectionImage
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// CollectionImageAttributes sets a collection's picture from a URL.
type CollectionImageAttributes struct {
	// OriginalURL is the image's URL.
	OriginalURL string `json:"original_url"`
}

// CollectionListOptions page Collections.List and All and filter Changes.
type CollectionListOptions struct {
	// Page is the page number, from 1 (0 leaves the server's default, 1).
	Page int `url:"page,omitempty"`
	// Limit is the page size, up to 250; the server raises values below 10 to 10.
	Limit int `url:"per_page,omitempty"`
	// UpdatedFrom lists only collections updated at or after it (zero: not
	// sent). Prefer Changes for syncing.
	UpdatedFrom time.Time `url:"updated_since,omitempty" layout:"2006-01-02 15:04:05 -07:00"`
	// FromID skips the collections updated exactly at UpdatedFrom with an id
	// up to FromID; it needs UpdatedFrom.
	FromID int64 `url:"from_id,omitempty"`
}

func (o *CollectionListOptions) validate() error {
	if err := checkPaging(o.Page, o.Limit); err != nil {
		return err
	}
	return checkSince(o.UpdatedFrom, o.FromID)
}

// CollectionCreate is the body of Collections.Create; Title and ParentID
// are required (the root collection's id for a top-level one).
type CollectionCreate struct {
	Title    string    `json:"title"`
	ParentID int64     `json:"parent_id"`
	Position *int64    `json:"position,omitempty"`
	SortType *SortType `json:"sort_type,omitempty"`
	IsHidden *bool     `json:"is_hidden,omitempty"`
	// Permalink is generated from the title when nil.
	Permalink       *string                    `json:"permalink,omitempty"`
	Recursive       *bool                      `json:"recursive,omitempty"`
	Description     *string                    `json:"description,omitempty"`
	HTMLTitle       *string                    `json:"html_title,omitempty"`
	SEODescription  *string                    `json:"seo_description,omitempty"`
	MetaDescription *string                    `json:"meta_description,omitempty"`
	MetaKeywords    *string                    `json:"meta_keywords,omitempty"`
	Image           *CollectionImageAttributes `json:"image_attributes,omitempty"`
	// FieldValues set additional collection fields by handle.
	FieldValues []FieldValueAttributes `json:"field_values_attributes,omitempty"`
}

func checkSortType(t *SortType) error {
	if t != nil && (*t < minSort || *t > maxSort) {
		return invalidf("sort_type", "must be between %d and %d", minSort, maxSort)
	}
	return nil
}

func (c *CollectionCreate) validate() error {
	if c.Title == "" {
		return invalidf("title", "is required")
	}
	if err := checkID("parent_id", c.ParentID); err != nil {
		return err
	}
	if err := checkSortType(c.SortType); err != nil {
		return err
	}
	if c.Image != nil && c.Image.OriginalURL == "" {
		return invalidf("image_attributes.original_url", "is required")
	}
	return checkFieldValues("field_values_attributes", c.FieldValues)
}

// CollectionUpdate is the body of Collections.Update; nil fields are left
// as they are, and an update that sets nothing is refused. The API
// documents no change of parent or image here.
type CollectionUpdate struct {
	Title           *string   `json:"title,omitempty"`
	Position        *int64    `json:"position,omitempty"`
	SortType        *SortType `json:"sort_type,omitempty"`
	IsHidden        *bool     `json:"is_hidden,omitempty"`
	Permalink       *string   `json:"permalink,omitempty"`
	Recursive       *bool     `json:"recursive,omitempty"`
	Description     *string   `json:"description,omitempty"`
	HTMLTitle       *string   `json:"html_title,omitempty"`
	SEODescription  *string   `json:"seo_description,omitempty"`
	MetaDescription *string   `json:"meta_description,omitempty"`
	MetaKeywords    *string   `json:"meta_keywords,omitempty"`
	// FieldValues set additional collection fields by handle.
	FieldValues []FieldValueAttributes `json:"field_values_attributes,omitempty"`
}

func (c *CollectionUpdate) validate() error {
	if c.Title == nil && c.Position == nil && c.SortType == nil && c.IsHidden == nil && c.Permalink == nil &&
		c.Recursive == nil && c.Description == nil && c.HTMLTitle == nil && c.SEODescription == nil &&
		c.MetaDescription == nil && c.MetaKeywords == nil && len(c.FieldValues) == 0 {
		return errNothingToUpdate
	}
	if c.Title != nil && *c.Title == "" {
		return invalidf("title", "is required")
	}
	if err := checkSortType(c.SortType); err != nil {
		return err
	}
	return checkFieldValues("field_values_attributes", c.FieldValues)
}

// CollectionsAPI is the interface CollectionsService satisfies, for mocks.
type CollectionsAPI interface {
	List(ctx context.Context, opts *CollectionListOptions) (*Page[Collection], error)
	All(ctx context.Context, opts *CollectionListOptions) iter.Seq2[Collection, error]
	Changes(ctx context.Context, from Checkpoint, opts *CollectionListOptions) iter.Seq2[Collection, error]
	Get(ctx context.Context, id int64) (*Collection, error)
	Create(ctx context.Context, c *CollectionCreate) (*Collection, error)
	Update(ctx context.Context, id int64, c *CollectionUpdate) (*Collection, error)
	Delete(ctx context.Context, id int64) error
}

var _ CollectionsAPI = (*CollectionsService)(nil)

// CollectionsService manages storefront collections: /admin/collections.
type CollectionsService service

// List fetches one page of collections: GET /admin/collections.json.
func (s *CollectionsService) List(ctx context.Context, opts *CollectionListOptions) (*Page[Collection], error) {
	return listPage[Collection](ctx, (*service)(s), "/collections.json", opts)
}

// All yields every collection, following pages (250 a page unless
// opts.Limit says otherwise). To sync, use Changes.
func (s *CollectionsService) All(ctx context.Context, opts *CollectionListOptions) iter.Seq2[Collection, error] {
	return iterate[Collection](ctx, (*service)(s), "/collections.json", opts)
}

// Changes yields every collection updated at or after from, ordered by
// updated_at then id, through GET /admin/collections.json with
// updated_since and from_id; see ProductsService.Changes. As every Changes,
// the walk ends before the collections changed in the server's current
// second (by the answer's Date header, or the client's clock when the
// answer has no readable Date: see OrdersService.Changes); the next walk
// reads them. opts supply the page size; their Page, UpdatedFrom and FromID
// are ignored.
func (s *CollectionsService) Changes(ctx context.Context, from Checkpoint, opts *CollectionListOptions) iter.Seq2[Collection, error] {
	limit := 0
	if opts != nil {
		limit = opts.Limit
	}
	return changes[Collection](ctx, (*service)(s), "/collections.json", from, limit, &CollectionListOptions{Limit: limit})
}

// Get fetches a collection: GET /admin/collections/{id}.json.
func (s *CollectionsService) Get(ctx context.Context, id int64) (*Collection, error) {
	p, err := path("/collections/{collection_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Collection](ctx, (*service)(s), p)
}

// Create creates a collection: POST /admin/collections.json.
func (s *CollectionsService) Create(ctx context.Context, c *CollectionCreate) (*Collection, error) {
	return send[Collection](ctx, (*service)(s), http.MethodPost, "/collections.json", "collection", c)
}

// Update changes a collection: PUT /admin/collections/{id}.json.
func (s *CollectionsService) Update(ctx context.Context, id int64, c *CollectionUpdate) (*Collection, error) {
	p, err := path("/collections/{collection_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Collection](ctx, (*service)(s), http.MethodPut, p, "collection", c)
}

// Delete removes a collection: DELETE /admin/collections/{id}.json.
func (s *CollectionsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/collections/{collection_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
