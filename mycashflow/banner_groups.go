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

// BannerGroup is a named group of banners, used in theme files by its code.
type BannerGroup struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// Code identifies the group in theme files.
	Code string `json:"code"`
	// Title is the group title in the store's default language.
	Title string `json:"title"`
	// Translations are present when BannerGroupTranslations is expanded.
	Translations []BannerGroupTranslation `json:"translations,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a banner group, keeping unknown fields in Extra.
func (b *BannerGroup) UnmarshalJSON(data []byte) error {
	type plain BannerGroup
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BannerGroupTranslation is a banner group's title in one language.
type BannerGroupTranslation struct {
	// Language is a language code, e.g. "en" or "fi".
	Language string `json:"language"`
	// Title is the group title in that language.
	Title string `json:"title,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a BannerGroupTranslation, keeping unknown fields in Extra.
func (b *BannerGroupTranslation) UnmarshalJSON(data []byte) error {
	type plain BannerGroupTranslation
	return flex.DecodeWithExtra(data, (*plain)(b), &b.Extra)
}

// BannerGroupExpand names a sub-resource a banner group read can include.
type BannerGroupExpand string

// The documented expand value of banner groups.
const BannerGroupTranslations BannerGroupExpand = "translations"

var bannerGroupExpandValues = []BannerGroupExpand{BannerGroupTranslations}

func (BannerGroupExpand) documented() []BannerGroupExpand { return bannerGroupExpandValues }

// BannerGroupListOptions filter and page BannerGroups.List and All.
type BannerGroupListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []BannerGroupExpand `url:"expand,comma,omitempty"`
}

func (o *BannerGroupListOptions) validate() error { return checkList(&o.ListOptions, o.Expand) }

// BannerGroupCreate is the body of BannerGroups.Create.
type BannerGroupCreate struct {
	// Code identifies the group in theme files.
	Code string `json:"code,omitempty"`
	// Title is the group title (optional).
	Title string `json:"title,omitempty"`
	// Translations give the title per language.
	Translations []BannerGroupTranslation `json:"translations,omitempty"`
}

// BannerGroupUpdate is the body of BannerGroups.Update: only the fields
// set (non-nil) are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type BannerGroupUpdate struct {
	// Code identifies the group in theme files.
	Code *string `json:"code,omitempty"`
	// Title is the group title.
	Title *string `json:"title,omitempty"`
	// Translations give the title per language; sent when non-empty.
	Translations []BannerGroupTranslation `json:"translations,omitempty"`
}

// BannerGroupsAPI is the interface BannerGroupsService satisfies, for mocks.
type BannerGroupsAPI interface {
	List(ctx context.Context, opts *BannerGroupListOptions) (*Page[BannerGroup], error)
	All(ctx context.Context, opts *BannerGroupListOptions) iter.Seq2[BannerGroup, error]
	Create(ctx context.Context, in *BannerGroupCreate) (*BannerGroup, error)
	Get(ctx context.Context, id int64, expand ...BannerGroupExpand) (*BannerGroup, error)
	Update(ctx context.Context, id int64, in *BannerGroupUpdate) (*BannerGroup, error)
}

var _ BannerGroupsAPI = (*BannerGroupsService)(nil)

// BannerGroupsService manages banner groups.
type BannerGroupsService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *BannerGroupsService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s BannerGroupsService) String() string { return "mycashflow.BannerGroupsService" }

// Format prints String for every verb.
func (s BannerGroupsService) Format(f fmt.State, verb rune) {
	transport.FormatText(f, verb, s.String())
}

// List fetches one page of banner groups: GET /banner-groups.
//
// Route key "banner_groups.list" (see WithPaths).
func (s *BannerGroupsService) List(ctx context.Context, opts *BannerGroupListOptions) (*Page[BannerGroup], error) {
	return list[BannerGroup](ctx, s.client(), "banner_groups.list", opts)
}

// All iterates every banner group, page by page: GET /banner-groups.
//
// Route key "banner_groups.list" (see WithPaths).
func (s *BannerGroupsService) All(ctx context.Context, opts *BannerGroupListOptions) iter.Seq2[BannerGroup, error] {
	return all[BannerGroup](ctx, s.client(), "banner_groups.list", opts)
}

// Create adds a banner group: POST /banner-groups (path inferred).
//
// Route key "banner_groups.create" (see WithPaths).
func (s *BannerGroupsService) Create(ctx context.Context, in *BannerGroupCreate) (*BannerGroup, error) {
	if in == nil {
		return nil, invalidBody()
	}
	return call[BannerGroup](ctx, s.client(), http.MethodPost, "banner_groups.create", in)
}

// Get fetches a banner group: GET /banner-groups/{bannerGroupID} (path inferred).
//
// Route key "banner_groups.get" (see WithPaths).
func (s *BannerGroupsService) Get(ctx context.Context, id int64, expand ...BannerGroupExpand) (*BannerGroup, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[BannerGroup](ctx, s.client(), "banner_groups.get", expand, id)
}

// Update changes the fields set in in: PATCH /banner-groups/{bannerGroupID}
// (path inferred).
//
// Route key "banner_groups.update" (see WithPaths).
func (s *BannerGroupsService) Update(ctx context.Context, id int64, in *BannerGroupUpdate) (*BannerGroup, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := checkUpdate(in); err != nil {
		return nil, err
	}
	return call[BannerGroup](ctx, s.client(), http.MethodPatch, "banner_groups.update", in, id)
}
