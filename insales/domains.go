package insales

import (
	"context"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Domain is a host name the storefront answers on.
type Domain struct {
	ID     int64  `json:"id"`
	Domain string `json:"domain"` // "some-domain.ru".
	// Main marks the domain links and redirects use.
	Main      bool `json:"main"`
	CreatedAt Time `json:"created_at"`
	UpdatedAt Time `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a domain, keeping undeclared fields in Extra.
func (d *Domain) UnmarshalJSON(b []byte) error {
	type plain Domain
	return decodeExtra(b, (*plain)(d), &d.Extra)
}

// DomainCreate is the body of Domains.Create.
type DomainCreate struct {
	Domain string `json:"domain"` // Required: a host name, no scheme or path.
	Main   *bool  `json:"main,omitempty"`
}

func (d *DomainCreate) validate() error { return checkHost("domain", d.Domain) }

// DomainUpdate is the body of Domains.Update; nil fields are left as they
// are, and an update that sets nothing is refused.
type DomainUpdate struct {
	Domain *string `json:"domain,omitempty"`
	Main   *bool   `json:"main,omitempty"`
}

func (d *DomainUpdate) validate() error {
	if d.Domain == nil && d.Main == nil {
		return errNothingToUpdate
	}
	if d.Domain != nil {
		return checkHost("domain", *d.Domain)
	}
	return nil
}

// checkHost refuses a value that is not a bare host name.
func checkHost(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return invalidf(field, "is required")
	}
	if strings.ContainsAny(v, "/:?#@ \t") || !strings.Contains(v, ".") {
		return invalidf(field, "must be a host name such as shop.example (no scheme, port or path)")
	}
	return nil
}

// DomainsAPI is the interface DomainsService satisfies, for mocks.
type DomainsAPI interface {
	List(ctx context.Context) ([]Domain, error)
	Get(ctx context.Context, id int64) (*Domain, error)
	Create(ctx context.Context, d *DomainCreate) (*Domain, error)
	Update(ctx context.Context, id int64, d *DomainUpdate) (*Domain, error)
	Delete(ctx context.Context, id int64) error
}

var _ DomainsAPI = (*DomainsService)(nil)

// DomainsService manages the storefront's domains: /admin/domains.
type DomainsService service

// List fetches every domain: GET /admin/domains.json (the API documents no paging).
func (s *DomainsService) List(ctx context.Context) ([]Domain, error) {
	return listAll[Domain](ctx, (*service)(s), "/domains.json", nil)
}

// Get fetches a domain: GET /admin/domains/{id}.json.
func (s *DomainsService) Get(ctx context.Context, id int64) (*Domain, error) {
	p, err := path("/domains/{domain_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Domain](ctx, (*service)(s), p)
}

// Create adds a domain: POST /admin/domains.json.
func (s *DomainsService) Create(ctx context.Context, d *DomainCreate) (*Domain, error) {
	return send[Domain](ctx, (*service)(s), http.MethodPost, "/domains.json", "domain", d)
}

// Update changes a domain: PUT /admin/domains/{id}.json.
func (s *DomainsService) Update(ctx context.Context, id int64, d *DomainUpdate) (*Domain, error) {
	p, err := path("/domains/{domain_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Domain](ctx, (*service)(s), http.MethodPut, p, "domain", d)
}

// Delete removes a domain: DELETE /admin/domains/{id}.json. The API
// documentation shows an empty answer here (not {"status": "ok"}); any 2xx
// is success.
func (s *DomainsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/domains/{domain_id}.json", id)
	if err != nil {
		return err
	}
	return deleteBlank(ctx, (*service)(s), p)
}

// deleteBlank deletes the object at p where the API answers a blank body
// (or anything else) with 2xx.
func deleteBlank(ctx context.Context, s *service, p string) error {
	_, err := s.do(ctx, &transport.Request{Method: http.MethodDelete, Path: p}, nil)
	return err
}
