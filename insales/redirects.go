package insales

import (
	"context"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Redirect sends visitors of OldURL to NewURL (paths on the storefront).
type Redirect struct {
	ID        int64  `json:"id"`
	OldURL    string `json:"old_url"`
	NewURL    string `json:"new_url"`
	CreatedAt Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a redirect, keeping undeclared fields in Extra.
func (r *Redirect) UnmarshalJSON(b []byte) error {
	type plain Redirect
	return decodeExtra(b, (*plain)(r), &r.Extra)
}

// RedirectCreate is the body of Redirects.Create and
// CreateRemovingChains: two storefront paths, both starting with '/'.
type RedirectCreate struct {
	OldURL string `json:"old_url"` // Required, "/old_url".
	NewURL string `json:"new_url"` // Required, "/new_url".
}

func (r *RedirectCreate) validate() error {
	if err := checkLocalPath("old_url", r.OldURL); err != nil {
		return err
	}
	if err := checkLocalPath("new_url", r.NewURL); err != nil {
		return err
	}
	if r.OldURL == r.NewURL {
		return invalidf("new_url", "must differ from old_url (a redirect to itself loops)")
	}
	return nil
}

// redirectChains is RedirectCreate with remove_redirect_chains: 1.
type redirectChains struct {
	*RedirectCreate
	RemoveRedirectChains int `json:"remove_redirect_chains"`
}

func (r redirectChains) validate() error { return r.RedirectCreate.validate() }

// RedirectsAPI is the interface RedirectsService satisfies, for mocks.
type RedirectsAPI interface {
	List(ctx context.Context) ([]Redirect, error)
	Get(ctx context.Context, id int64) (*Redirect, error)
	Create(ctx context.Context, r *RedirectCreate) (*Redirect, error)
	CreateRemovingChains(ctx context.Context, r *RedirectCreate) (*Redirect, error)
	Delete(ctx context.Context, id int64) error
}

var _ RedirectsAPI = (*RedirectsService)(nil)

// RedirectsService manages the storefront's redirects: /admin/redirects.
// The API documents no update: delete and create again.
type RedirectsService service

// List fetches every redirect: GET /admin/redirects.json (the API documents
// no paging).
func (s *RedirectsService) List(ctx context.Context) ([]Redirect, error) {
	return listAll[Redirect](ctx, (*service)(s), "/redirects.json", nil)
}

// Get fetches a redirect: GET /admin/redirects/{id}.json.
func (s *RedirectsService) Get(ctx context.Context, id int64) (*Redirect, error) {
	p, err := path("/redirects/{redirect_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Redirect](ctx, (*service)(s), p)
}

// Create adds a redirect: POST /admin/redirects.json.
func (s *RedirectsService) Create(ctx context.Context, r *RedirectCreate) (*Redirect, error) {
	return send[Redirect](ctx, (*service)(s), http.MethodPost, "/redirects.json", "redirect", r)
}

// CreateRemovingChains adds a redirect and rewrites the existing ones that
// led to r.OldURL to lead straight to r.NewURL (remove_redirect_chains: 1),
// so no visitor goes through two hops: POST /admin/redirects.json.
func (s *RedirectsService) CreateRemovingChains(ctx context.Context, r *RedirectCreate) (*Redirect, error) {
	if r == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	return send[Redirect](ctx, (*service)(s), http.MethodPost, "/redirects.json", "redirect", redirectChains{r, 1})
}

// Delete deletes a redirect: DELETE /admin/redirects/{id}.json.
func (s *RedirectsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/redirects/{redirect_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
