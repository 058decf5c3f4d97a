package mycashflow

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Banner is an image or text banner shown in a banner group.
type Banner struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// GroupID is the banner group the banner belongs to.
	GroupID int64 `json:"group_id"`
	// Sort is the banner's position within its group.
	Sort int `json:"sort"`
	// Code is the banner's code name (unique).
	Code string `json:"code"`
	// Title is the banner title in the default language.
	Title string `json:"title"`
	// Content is text or HTML.
	Content string `json:"content"`
	// VisibleFrom and VisibleTo bound when the banner shows (zero: unbounded).
	VisibleFrom Time `json:"visible_from"`
	VisibleTo   Time `json:"visible_to"`
	// File is an image file name in the store's file archive.
	File string `json:"file"`
	// Link is the URL or store path the banner points to.
	Link string `json:"link"`
	// Translations are present when BannerTranslations is expanded.
	Translations []BannerTranslation `json:"translations,omitempty"`
	// Visibilities are present when BannerVisibilities is expanded.
	Visibilities []Visibility `json:"visibilities,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a banner, keeping unknown fields in Extra.
func (b *Banner) UnmarshalJSON(data []byte) error {
	type plain Banner
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BannerTranslation is a banner's texts in one language.
type BannerTranslation struct {
	// Language is a language code, e.g. "en" or "fi".
	Language string `json:"language"`
	// Title is the banner title in that language.
	Title string `json:"title,omitempty"`
	// Content is text or HTML in that language.
	Content string `json:"content,omitempty"`
	// Link is the banner link in that language.
	Link string `json:"link,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a BannerTranslation, keeping unknown fields in Extra.
func (b *BannerTranslation) UnmarshalJSON(data []byte) error {
	type plain BannerTranslation
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BannerExpand names a sub-resource a banner read can include.
type BannerExpand string

// The documented expand values of banners.
const (
	BannerTranslations BannerExpand = "translations"
	BannerVisibilities BannerExpand = "visibilities"
)

var bannerExpandValues = []BannerExpand{BannerTranslations, BannerVisibilities}

func (BannerExpand) documented() []BannerExpand { return bannerExpandValues }

// BannerListOptions filter and page Banners.List and All.
type BannerListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []BannerExpand `url:"expand,comma,omitempty"`
}

func (o *BannerListOptions) validate() error { return checkList(&o.ListOptions, o.Expand) }

// BannerCreate is the body of Banners.Create.
type BannerCreate struct {
	// GroupID is the banner group the banner belongs to (>= 1; optional).
	GroupID int64 `json:"group_id,omitempty"`
	// Sort is the position within the group (optional; nil is not sent,
	// so that position 0 can be asked for).
	Sort *int `json:"sort,omitempty"`
	// Code is the banner's code name (optional, unique).
	Code string `json:"code,omitempty"`
	// Title is the banner title (optional).
	Title string `json:"title,omitempty"`
	// Content is text or HTML (optional).
	Content string `json:"content,omitempty"`
	// VisibleFrom and VisibleTo bound when the banner shows.
	VisibleFrom *Time `json:"visible_from,omitempty"`
	VisibleTo   *Time `json:"visible_to,omitempty"`
	// File names an image already in the store's file archive; it cannot
	// be uploaded through the API.
	File string `json:"file,omitempty"`
	// Link is the URL or store path the banner points to (optional).
	Link string `json:"link,omitempty"`
	// Translations give title, content and link per language (optional).
	Translations []BannerTranslation `json:"translations,omitempty"`
}

// BannerUpdate is the body of Banners.Update and UpdateByCode: only the
// fields set (non-nil) are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type BannerUpdate struct {
	// GroupID moves the banner to another group (>= 1).
	GroupID *int64 `json:"group_id,omitempty"`
	// Sort is the position within the group.
	Sort *int `json:"sort,omitempty"`
	// Code is the banner's code name (unique).
	Code *string `json:"code,omitempty"`
	// Title is the banner title.
	Title *string `json:"title,omitempty"`
	// Content is text or HTML.
	Content *string `json:"content,omitempty"`
	// VisibleFrom and VisibleTo bound when the banner shows.
	VisibleFrom *Time `json:"visible_from,omitempty"`
	VisibleTo   *Time `json:"visible_to,omitempty"`
	// File names an image already in the store's file archive.
	File *string `json:"file,omitempty"`
	// Link is the URL or store path the banner points to.
	Link *string `json:"link,omitempty"`
	// Translations give title, content and link per language; sent when non-empty.
	Translations []BannerTranslation `json:"translations,omitempty"`
}

func (in *BannerCreate) validate() error {
	if in.GroupID != 0 {
		if err := check.ID("group_id", in.GroupID); err != nil {
			return err
		}
	}
	return checkVisible(in.VisibleFrom, in.VisibleTo)
}

func (in *BannerUpdate) validate() error {
	if err := checkUpdate(in); err != nil {
		return err
	}
	if in.GroupID != nil {
		if err := check.ID("group_id", *in.GroupID); err != nil {
			return err
		}
	}
	return checkVisible(in.VisibleFrom, in.VisibleTo)
}

// checkVisible refuses a visibility window that ends before it starts.
func checkVisible(from, to *Time) error {
	if from != nil && to != nil && !from.IsZero() && !to.IsZero() && from.After(to.Time) {
		return transport.Invalid("visible_to", "must not be before visible_from %s, got %s", from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	return nil
}

// BannersAPI is the interface BannersService satisfies, for mocks.
type BannersAPI interface {
	List(ctx context.Context, opts *BannerListOptions) (*Page[Banner], error)
	All(ctx context.Context, opts *BannerListOptions) iter.Seq2[Banner, error]
	Create(ctx context.Context, in *BannerCreate) (*Banner, error)
	Get(ctx context.Context, id int64, expand ...BannerExpand) (*Banner, error)
	Update(ctx context.Context, id int64, in *BannerUpdate) (*Banner, error)
	GetByCode(ctx context.Context, code string, expand ...BannerExpand) (*Banner, error)
	UpdateByCode(ctx context.Context, code string, in *BannerUpdate) (*Banner, error)
}

var _ BannersAPI = (*BannersService)(nil)

// BannersService manages banners.
type BannersService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *BannersService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s BannersService) String() string { return "mycashflow.BannersService" }

// Format prints String for every verb.
func (s BannersService) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// List fetches one page of banners: GET /banners (path inferred).
//
// Route key "banners.list" (see WithPaths).
func (s *BannersService) List(ctx context.Context, opts *BannerListOptions) (*Page[Banner], error) {
	return list[Banner](ctx, s.client(), "banners.list", opts)
}

// All iterates every banner, page by page: GET /banners (path inferred).
//
// Route key "banners.list" (see WithPaths).
func (s *BannersService) All(ctx context.Context, opts *BannerListOptions) iter.Seq2[Banner, error] {
	return all[Banner](ctx, s.client(), "banners.list", opts)
}

// Create adds a banner: POST /banners (path inferred).
//
// Route key "banners.create" (see WithPaths).
func (s *BannersService) Create(ctx context.Context, in *BannerCreate) (*Banner, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Banner](ctx, s.client(), http.MethodPost, "banners.create", in)
}

// Get fetches a banner: GET /banners/{bannerID} (path inferred).
//
// Route key "banners.get" (see WithPaths).
func (s *BannersService) Get(ctx context.Context, id int64, expand ...BannerExpand) (*Banner, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[Banner](ctx, s.client(), "banners.get", expand, id)
}

// Update changes the fields set in in: PATCH /banners/{bannerID} (path inferred).
//
// Route key "banners.update" (see WithPaths).
func (s *BannersService) Update(ctx context.Context, id int64, in *BannerUpdate) (*Banner, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Banner](ctx, s.client(), http.MethodPatch, "banners.update", in, id)
}

// GetByCode fetches a banner by its code: GET /banners/code={bannerCode}.
// The path is inferred: its {field}={value} segment follows the only public
// by-key lookup of the API, GET /products/product_code={code} in a public
// C# client (zuntio/McfStockChangeTracker); the code is escaped as one
// segment. No such banner is an *APIError matching ErrNotFound.
//
// Route key "banners.get_by_code" (see WithPaths).
func (s *BannersService) GetByCode(ctx context.Context, code string, expand ...BannerExpand) (*Banner, error) {
	if err := checkSegment("code", code); err != nil {
		return nil, err
	}
	return get[Banner](ctx, s.client(), "banners.get_by_code", expand, code)
}

// UpdateByCode changes the fields set in in of the banner with that code:
// PATCH /banners/code={bannerCode} (path inferred, by analogy with the
// public C# client's GET /products/product_code={code}, as GetByCode).
//
// Route key "banners.update_by_code" (see WithPaths).
func (s *BannersService) UpdateByCode(ctx context.Context, code string, in *BannerUpdate) (*Banner, error) {
	if err := checkSegment("code", code); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Banner](ctx, s.client(), http.MethodPatch, "banners.update_by_code", in, code)
}
