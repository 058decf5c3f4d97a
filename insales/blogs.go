package insales

import (
	"context"
	"net/http"
)

// BlogCommentable says who may comment on a blog's articles.
type BlogCommentable string

// The values the API documentation shows; an unknown value decodes as itself.
const (
	BlogCommentsOff       BlogCommentable = "no"  // comments are closed
	BlogCommentsOn        BlogCommentable = "yes" // anyone may comment
	BlogCommentsModerated BlogCommentable = "moderated"
)

// Blog is one of the shop's blogs; its posts are Articles.
type Blog struct {
	ID                      int64           `json:"id"`
	Title                   string          `json:"title"`
	Commentable             BlogCommentable `json:"commentable"`
	CaptchaEnabled          bool            `json:"captcha_enabled"`
	DisallowLinksInComments bool            `json:"disallow_links_in_comments"`
	NotifyAboutComment      bool            `json:"notify_about_comment"`
	HTMLTitle               string          `json:"html_title"`
	MetaKeywords            string          `json:"meta_keywords"`
	MetaDescription         string          `json:"meta_description"`
	// Tags are the tags of the blog's articles.
	Tags []Tag `json:"tags"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a blog, keeping undeclared fields in Extra.
func (b *Blog) UnmarshalJSON(data []byte) error {
	type plain Blog
	return decodeExtra(data, (*plain)(b), &b.Extra)
}

// BlogCreate is the body of Blogs.Create.
type BlogCreate struct {
	Title                   string          `json:"title"` // Required.
	HTMLTitle               string          `json:"html_title,omitempty"`
	MetaKeywords            string          `json:"meta_keywords,omitempty"`
	MetaDescription         string          `json:"meta_description,omitempty"`
	NotifyAboutComment      *bool           `json:"notify_about_comment,omitempty"`
	CaptchaEnabled          *bool           `json:"captcha_enabled,omitempty"`
	DisallowLinksInComments *bool           `json:"disallow_links_in_comments,omitempty"`
	Commentable             BlogCommentable `json:"commentable,omitempty"`
}

func (b *BlogCreate) validate() error { return checkText("title", b.Title) }

// BlogUpdate is the body of Blogs.Update; nil fields are left as they are,
// and an update that sets nothing is refused.
type BlogUpdate struct {
	Title                   *string          `json:"title,omitempty"`
	HTMLTitle               *string          `json:"html_title,omitempty"`
	MetaKeywords            *string          `json:"meta_keywords,omitempty"`
	MetaDescription         *string          `json:"meta_description,omitempty"`
	NotifyAboutComment      *bool            `json:"notify_about_comment,omitempty"`
	CaptchaEnabled          *bool            `json:"captcha_enabled,omitempty"`
	DisallowLinksInComments *bool            `json:"disallow_links_in_comments,omitempty"`
	Commentable             *BlogCommentable `json:"commentable,omitempty"`
}

func (b *BlogUpdate) validate() error {
	if *b == (BlogUpdate{}) {
		return errNothingToUpdate
	}
	return checkOptText("title", b.Title)
}

// BlogsAPI is the interface BlogsService satisfies, for mocks.
type BlogsAPI interface {
	List(ctx context.Context) ([]Blog, error)
	Get(ctx context.Context, id int64) (*Blog, error)
	Create(ctx context.Context, b *BlogCreate) (*Blog, error)
	Update(ctx context.Context, id int64, b *BlogUpdate) (*Blog, error)
	Delete(ctx context.Context, id int64) error
}

var _ BlogsAPI = (*BlogsService)(nil)

// BlogsService manages the shop's blogs: /admin/blogs.
type BlogsService service

// List fetches every blog: GET /admin/blogs.json (the API documents no paging).
func (s *BlogsService) List(ctx context.Context) ([]Blog, error) {
	return listAll[Blog](ctx, (*service)(s), "/blogs.json", nil)
}

// Get fetches a blog: GET /admin/blogs/{id}.json.
func (s *BlogsService) Get(ctx context.Context, id int64) (*Blog, error) {
	p, err := path("/blogs/{blog_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Blog](ctx, (*service)(s), p)
}

// Create creates a blog: POST /admin/blogs.json.
func (s *BlogsService) Create(ctx context.Context, b *BlogCreate) (*Blog, error) {
	return send[Blog](ctx, (*service)(s), http.MethodPost, "/blogs.json", "blog", b)
}

// Update changes a blog: PUT /admin/blogs/{id}.json.
func (s *BlogsService) Update(ctx context.Context, id int64, b *BlogUpdate) (*Blog, error) {
	p, err := path("/blogs/{blog_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Blog](ctx, (*service)(s), http.MethodPut, p, "blog", b)
}

// Delete deletes a blog and its articles: DELETE /admin/blogs/{id}.json.
func (s *BlogsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/blogs/{blog_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// MaxArticleTags is the most tags an article takes (article[all_tags]).
const MaxArticleTags = 10

// Article is a blog post.
type Article struct {
	ID     int64  `json:"id"`
	Title  string `json:"title"`
	Author string `json:"author"`
	// Content is the article's HTML; Notice its teaser.
	Content string `json:"content"`
	Notice  string `json:"notice"`
	// PublishedAt is when it appears; it is hidden from visitors until then.
	PublishedAt     Time   `json:"published_at"`
	Pinned          bool   `json:"pinned"` // Kept at the top of the blog.
	Permalink       string `json:"permalink"`
	HTMLTitle       string `json:"html_title"`
	MetaKeywords    string `json:"meta_keywords"`
	MetaDescription string `json:"meta_description"`
	// Image is nil when the article has none.
	Image           *ArticleImage    `json:"image,omitempty"`
	Tags            []Tag            `json:"tags"`
	RelatedProducts []RelatedProduct `json:"related_products"`
	CreatedAt       Time             `json:"created_at"`
	UpdatedAt       Time             `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an article, keeping undeclared fields in Extra.
func (a *Article) UnmarshalJSON(b []byte) error {
	type plain Article
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// ArticleImage is an article's picture.
type ArticleImage struct {
	ID          int64  `json:"id"`
	OriginalURL string `json:"original_url"`
	CreatedAt   Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an image, keeping undeclared fields in Extra.
func (a *ArticleImage) UnmarshalJSON(b []byte) error {
	type plain ArticleImage
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// RelatedProduct is a product linked to an article, as the API sends it: a
// raw row of the product table, lighter than Product. CollectionsID and
// CharacteristicsID are text lists as stored ("{1,3,8}").
type RelatedProduct struct {
	ID                         int64    `json:"id"`
	AccountID                  int64    `json:"account_id"`
	CategoryID                 int64    `json:"category_id"`
	CanonicalURLCollectionID   *int64   `json:"canonical_url_collection_id"`
	StockCurrencyID            *int64   `json:"stock_currency_id"`
	MainImageID                *int64   `json:"main_image_id"`
	Archived                   bool     `json:"archived"`
	Available                  bool     `json:"available"`
	Deleted                    bool     `json:"deleted"`
	IsHidden                   bool     `json:"is_hidden"`
	Bundle                     *bool    `json:"bundle"`
	IgnoreDiscounts            *bool    `json:"ignore_discounts"`
	CharacteristicsID          string   `json:"characteristics_id"`
	CollectionsID              string   `json:"collections_id"`
	Permalink                  string   `json:"permalink"`
	TitleTranslations          string   `json:"title_translations"`
	Unit                       string   `json:"unit"`
	Key                        string   `json:"key"`
	CustomLayout               string   `json:"custom_layout"`
	CustomTemplate             string   `json:"custom_template"`
	Dimensions                 string   `json:"dimensions"`
	SortWeight                 *Decimal `json:"sort_weight"`
	VAT                        int64    `json:"vat"` // -1: no VAT.
	CostPriceMaxCached         *Decimal `json:"cost_price_max_cached"`
	CostPriceMinCached         *Decimal `json:"cost_price_min_cached"`
	OldPriceMaxAvailableCached *Decimal `json:"old_price_max_available_cached"`
	OldPriceMaxCached          *Decimal `json:"old_price_max_cached"`
	OldPriceMinAvailableCached *Decimal `json:"old_price_min_available_cached"`
	OldPriceMinCached          *Decimal `json:"old_price_min_cached"`
	PriceMaxAvailableCached    *Decimal `json:"price_max_available_cached"`
	PriceMaxCached             *Decimal `json:"price_max_cached"`
	PriceMinAvailableCached    *Decimal `json:"price_min_available_cached"`
	PriceMinCached             *Decimal `json:"price_min_cached"`
	CreatedAt                  Time     `json:"created_at"`
	UpdatedAt                  Time     `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a related product, keeping undeclared fields in Extra.
func (r *RelatedProduct) UnmarshalJSON(b []byte) error {
	type plain RelatedProduct
	return decodeExtra(b, (*plain)(r), &r.Extra)
}

// ArticleCreate is the body of Articles.Create.
type ArticleCreate struct {
	Title   string `json:"title"`   // Required.
	Content string `json:"content"` // Required, HTML.
	Author  string `json:"author"`  // Required.
	// PublishedAt is required: the article is hidden until then. The API
	// documentation sends a date ("2014-09-09").
	PublishedAt     Date   `json:"published_at"`
	Notice          string `json:"notice,omitempty"`
	Permalink       string `json:"permalink,omitempty"`
	HTMLTitle       string `json:"html_title,omitempty"`
	MetaKeywords    string `json:"meta_keywords,omitempty"`
	MetaDescription string `json:"meta_description,omitempty"`
	// AllTags replaces the tags, at most MaxArticleTags; they come back in Tags.
	AllTags []string `json:"all_tags,omitempty"`
	// Pinned pins the article, unpinning the one pinned before.
	Pinned *bool `json:"pinned,omitempty"`
}

func (a *ArticleCreate) validate() error {
	for _, f := range [][2]string{{"title", a.Title}, {"content", a.Content}, {"author", a.Author}} {
		if err := checkText(f[0], f[1]); err != nil {
			return err
		}
	}
	if a.PublishedAt.IsZero() {
		return invalidf("published_at", "is required")
	}
	return checkTags(a.AllTags)
}

func checkTags(tags []string) error {
	if len(tags) > MaxArticleTags {
		return invalidf("all_tags", "must be at most %d", MaxArticleTags)
	}
	return nil
}

// ArticleUpdate is the body of Articles.Update; nil fields are left as they
// are, and an update that sets nothing is refused. AllTags, when not nil,
// replaces every tag (an empty list removes them).
type ArticleUpdate struct {
	Title           *string  `json:"title,omitempty"`
	Content         *string  `json:"content,omitempty"`
	Author          *string  `json:"author,omitempty"`
	PublishedAt     *Date    `json:"published_at,omitempty"`
	Notice          *string  `json:"notice,omitempty"`
	Permalink       *string  `json:"permalink,omitempty"`
	HTMLTitle       *string  `json:"html_title,omitempty"`
	MetaKeywords    *string  `json:"meta_keywords,omitempty"`
	MetaDescription *string  `json:"meta_description,omitempty"`
	AllTags         []string `json:"all_tags,omitempty"`
	Pinned          *bool    `json:"pinned,omitempty"`
}

func (a *ArticleUpdate) validate() error {
	if a.Title == nil && a.Content == nil && a.Author == nil && a.PublishedAt == nil && a.Notice == nil && a.Permalink == nil &&
		a.HTMLTitle == nil && a.MetaKeywords == nil && a.MetaDescription == nil && a.AllTags == nil && a.Pinned == nil {
		return errNothingToUpdate
	}
	if err := checkOptText("title", a.Title); err != nil {
		return err
	}
	if err := checkOptText("author", a.Author); err != nil {
		return err
	}
	if a.PublishedAt != nil && a.PublishedAt.IsZero() {
		return invalidf("published_at", "is required")
	}
	return checkTags(a.AllTags)
}

// ArticlesAPI is the interface ArticlesService satisfies, for mocks.
type ArticlesAPI interface {
	List(ctx context.Context, blogID int64) ([]Article, error)
	Get(ctx context.Context, blogID, id int64) (*Article, error)
	Create(ctx context.Context, blogID int64, a *ArticleCreate) (*Article, error)
	Update(ctx context.Context, blogID, id int64, a *ArticleUpdate) (*Article, error)
	Delete(ctx context.Context, blogID, id int64) error
}

var _ ArticlesAPI = (*ArticlesService)(nil)

// ArticlesService manages a blog's articles: /admin/blogs/{blog_id}/articles.
type ArticlesService service

// List fetches a blog's articles: GET /admin/blogs/{blog_id}/articles.json
// (the API documents no paging).
func (s *ArticlesService) List(ctx context.Context, blogID int64) ([]Article, error) {
	p, err := path("/blogs/{blog_id}/articles.json", blogID)
	if err != nil {
		return nil, err
	}
	return listAll[Article](ctx, (*service)(s), p, nil)
}

// Get fetches an article: GET /admin/blogs/{blog_id}/articles/{id}.json.
func (s *ArticlesService) Get(ctx context.Context, blogID, id int64) (*Article, error) {
	p, err := path("/blogs/{blog_id}/articles/{article_id}.json", blogID, id)
	if err != nil {
		return nil, err
	}
	return getOne[Article](ctx, (*service)(s), p)
}

// Create writes an article: POST /admin/blogs/{blog_id}/articles.json.
func (s *ArticlesService) Create(ctx context.Context, blogID int64, a *ArticleCreate) (*Article, error) {
	p, err := path("/blogs/{blog_id}/articles.json", blogID)
	if err != nil {
		return nil, err
	}
	return send[Article](ctx, (*service)(s), http.MethodPost, p, "article", a)
}

// Update changes an article: PUT /admin/blogs/{blog_id}/articles/{id}.json.
func (s *ArticlesService) Update(ctx context.Context, blogID, id int64, a *ArticleUpdate) (*Article, error) {
	p, err := path("/blogs/{blog_id}/articles/{article_id}.json", blogID, id)
	if err != nil {
		return nil, err
	}
	return send[Article](ctx, (*service)(s), http.MethodPut, p, "article", a)
}

// Delete deletes an article: DELETE /admin/blogs/{blog_id}/articles/{id}.json.
func (s *ArticlesService) Delete(ctx context.Context, blogID, id int64) error {
	p, err := path("/blogs/{blog_id}/articles/{article_id}.json", blogID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
