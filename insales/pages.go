package insales

import (
	"context"
	"net/http"
)

// ContentPage is a static page of the storefront (/page/{permalink}); it is
// not called Page because Page is a page of list results.
type ContentPage struct {
	ID              int64  `json:"id"`
	Title           string `json:"title"`
	Content         string `json:"content"` // HTML.
	Permalink       string `json:"permalink"`
	IsMain          bool   `json:"is_main"` // The shop's front page.
	HTMLTitle       string `json:"html_title"`
	MetaKeywords    string `json:"meta_keywords"`
	MetaDescription string `json:"meta_description"`
	CreatedAt       Time   `json:"created_at"`
	UpdatedAt       Time   `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a page, keeping undeclared fields in Extra.
func (p *ContentPage) UnmarshalJSON(b []byte) error {
	type plain ContentPage
	return decodeExtra(b, (*plain)(p), &p.Extra)
}

// PageCreate is the body of Pages.Create.
type PageCreate struct {
	Title           string `json:"title"`   // Required.
	Content         string `json:"content"` // Required, HTML.
	Permalink       string `json:"permalink,omitempty"`
	HTMLTitle       string `json:"html_title,omitempty"`
	MetaKeywords    string `json:"meta_keywords,omitempty"`
	MetaDescription string `json:"meta_description,omitempty"`
	// CreatedAt backdates the page (a date, as the API documentation sends it).
	CreatedAt *Date `json:"created_at,omitempty"`
}

func (p *PageCreate) validate() error {
	if err := checkText("title", p.Title); err != nil {
		return err
	}
	return checkText("content", p.Content)
}

// PageUpdate is the body of Pages.Update; nil fields are left as they are,
// and an update that sets nothing is refused.
type PageUpdate struct {
	Title           *string `json:"title,omitempty"`
	Content         *string `json:"content,omitempty"`
	Permalink       *string `json:"permalink,omitempty"`
	HTMLTitle       *string `json:"html_title,omitempty"`
	MetaKeywords    *string `json:"meta_keywords,omitempty"`
	MetaDescription *string `json:"meta_description,omitempty"`
	CreatedAt       *Date   `json:"created_at,omitempty"`
}

func (p *PageUpdate) validate() error {
	if *p == (PageUpdate{}) {
		return errNothingToUpdate
	}
	if err := checkOptText("title", p.Title); err != nil {
		return err
	}
	return checkOptText("content", p.Content)
}

// PagesAPI is the interface PagesService satisfies, for mocks.
type PagesAPI interface {
	List(ctx context.Context) ([]ContentPage, error)
	Get(ctx context.Context, id int64) (*ContentPage, error)
	Create(ctx context.Context, p *PageCreate) (*ContentPage, error)
	Update(ctx context.Context, id int64, p *PageUpdate) error
	Delete(ctx context.Context, id int64) error
}

var _ PagesAPI = (*PagesService)(nil)

// PagesService manages the storefront's static pages: /admin/pages.
type PagesService service

// List fetches every page: GET /admin/pages.json (the API documents no paging).
func (s *PagesService) List(ctx context.Context) ([]ContentPage, error) {
	return listAll[ContentPage](ctx, (*service)(s), "/pages.json", nil)
}

// Get fetches a page: GET /admin/pages/{id}.json.
func (s *PagesService) Get(ctx context.Context, id int64) (*ContentPage, error) {
	p, err := path("/pages/{page_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[ContentPage](ctx, (*service)(s), p)
}

// Create creates a page: POST /admin/pages.json.
func (s *PagesService) Create(ctx context.Context, pg *PageCreate) (*ContentPage, error) {
	return send[ContentPage](ctx, (*service)(s), http.MethodPost, "/pages.json", "page", pg)
}

// Update changes a page: PUT /admin/pages/{id}.json. The API answers
// {"status": "ok"}, not the page, so only an error is returned.
func (s *PagesService) Update(ctx context.Context, id int64, pg *PageUpdate) error {
	p, err := path("/pages/{page_id}.json", id)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "page", pg)
}

// Delete deletes a page: DELETE /admin/pages/{id}.json.
func (s *PagesService) Delete(ctx context.Context, id int64) error {
	p, err := path("/pages/{page_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
