package shopkit

import (
	"context"
	"encoding/json"
	"iter"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// StoreClient is a store's client (the API's name for a customer), guest
// or registered (/client); named so apart from the API client, Client. Its CreatedAt
// and LastSeenAt arrive as Unix seconds, while other resources use ISO 8601.
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
type StoreClient struct {
	ID               int64    `json:"id"`
	Hash             string   `json:"hash"` // e-mail hash; addresses the client like its id
	Name             string   `json:"name"`
	Email            string   `json:"email"`
	Company          *string  `json:"company"`
	Initials         string   `json:"initials"`
	FiscalID         String   `json:"fiscal_id"`
	Locale           String   `json:"locale"`
	Gender           *string  `json:"gender"` // female, male, other
	Birthday         *Date    `json:"birthday"`
	Picture          *string  `json:"picture"`
	AcceptsMarketing Bool     `json:"accepts_marketing"`
	Wholesale        String   `json:"wholesale"` // "false", "true" or "pending"
	CreatedAt        UnixTime `json:"created_at"`
	LastSeenAt       UnixTime `json:"last_seen_at"`
	Type             string   `json:"type"` // guest, registered
	IsBanned         Bool     `json:"is_banned"`
	IsRegistered     Bool     `json:"is_registered"`
	IsDeleted        Bool     `json:"is_deleted"`
	InternalNotes    *string  `json:"internal_notes"`
	// Tags, Cart and Wishlist are null in every example: kept raw.
	Tags          json.RawMessage      `json:"tags"`
	Cart          json.RawMessage      `json:"cart"`
	Wishlist      json.RawMessage      `json:"wishlist"`
	Delivery      *ClientAddress       `json:"delivery"`
	Billing       *ClientAddress       `json:"billing"`
	L10n          Extra                `json:"l10n"` // tax_id_abbr, tax_name
	OrdersSummary *ClientOrdersSummary `json:"orders_summary"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (c *StoreClient) UnmarshalJSON(b []byte) error {
	type plain StoreClient
	return flex.DecodeWithExtra(b, (*plain)(c), &c.Extra)
}

func (c *StoreClient) itemKey() itemKey   { return itemKey{id: c.ID, handle: c.Hash} }
func (c *StoreClient) extraFields() Extra { return c.Extra }

// ClientAddress is a client's delivery or billing address.
type ClientAddress struct {
	SameAsDelivery    *Bool  `json:"same_as_delivery"` // billing only
	Name              string `json:"name"`
	Phone             String `json:"phone"`
	Address           string `json:"address"`
	AddressExtra      String `json:"address_extra"` // the examples send a number (1)
	CountryCode       string `json:"country_code"`  // ISO 3166 alpha-3
	CountryCodeAlpha2 string `json:"country_code_alpha_2"`
	ZipCode           string `json:"zip_code"`
	City              string `json:"city"`
	Country           string `json:"country"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (a *ClientAddress) UnmarshalJSON(b []byte) error {
	type plain ClientAddress
	return flex.DecodeWithExtra(b, (*plain)(a), &a.Extra)
}

// ClientOrdersSummary counts a client's orders.
type ClientOrdersSummary struct {
	PaidCount   Int     `json:"paid_count"`
	UnpaidCount Int     `json:"unpaid_count"`
	PaidValue   Decimal `json:"paid_value"`
	UnpaidValue Decimal `json:"unpaid_value"`
	TotalCount  Int     `json:"total_count"`
	TotalValue  Decimal `json:"total_value"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *ClientOrdersSummary) UnmarshalJSON(b []byte) error {
	type plain ClientOrdersSummary
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// ClientListOptions filter GET /client. Nil booleans do not filter.
type ClientListOptions struct {
	Registered       *bool `url:"registered,omitempty"`
	Cart             *bool `url:"cart,omitempty"`     // has products in the cart
	Wishlist         *bool `url:"wishlist,omitempty"` // has products in the wishlist
	AcceptsMarketing *bool `url:"accepts_marketing,omitempty"`
	Banned           *bool `url:"banned,omitempty"`
	// Wholesale is "true", "false" or "pending".
	Wholesale string `url:"wholesale,omitempty"`
	// Tags selects clients with these tags (sent comma-separated).
	Tags []string `url:"tags,comma,omitempty"`
	// Query searches clients (q).
	Query string `url:"q,omitempty"`
	ListOptions
}

func (o *ClientListOptions) check() error {
	return oneOf("wholesale", o.Wholesale, "true", "false", "pending")
}

// ClientAddressInput is a delivery or billing address sent with a client.
type ClientAddressInput struct {
	Name         string `json:"name"`    // required
	Address      string `json:"address"` // required
	AddressExtra string `json:"address_extra,omitempty"`
	ZipCode      string `json:"zip_code"`     // required
	City         string `json:"city"`         // required
	CountryCode  string `json:"country_code"` // required, ISO 3166 alpha-3 ("PRT")
	Phone        string `json:"phone,omitempty"`
}

func (a *ClientAddressInput) validate(field string) error {
	if a == nil {
		return nil
	}
	for _, f := range [...]struct{ name, v string }{{"name", a.Name}, {"address", a.Address}, {"zip_code", a.ZipCode}, {"city", a.City}, {"country_code", a.CountryCode}} {
		if f.v == "" {
			return transport.Invalid(field+"."+f.name, "is required")
		}
	}
	if len(a.CountryCode) != 3 {
		return transport.Invalid(field+".country_code", "must be an ISO 3166 alpha-3 code, got %q", a.CountryCode)
	}
	return nil
}

// ClientCreate is the body of POST /client/ (a registered client). Name
// and Email are required.
type ClientCreate struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	// Password is generated by the server when nil.
	Password         *Secret             `json:"password,omitempty"`
	Company          *string             `json:"company,omitempty"`
	FiscalID         *string             `json:"fiscal_id,omitempty"`
	AcceptsMarketing *bool               `json:"accepts_marketing,omitempty"`
	InternalNotes    *string             `json:"internal_notes,omitempty"`
	Birthday         *Date               `json:"birthday,omitempty"`
	Gender           *string             `json:"gender,omitempty"` // female, male, other
	Wholesale        *bool               `json:"wholesale,omitempty"`
	Tags             []string            `json:"tags,omitempty"`
	Delivery         *ClientAddressInput `json:"delivery,omitempty"`
	Billing          *ClientAddressInput `json:"billing,omitempty"`
	// SendSignupEmail defaults to true on the server.
	SendSignupEmail *bool `json:"send_signup_email,omitempty"`
}

// ClientUpdate is the body of PUT /client/{id}: every field optional.
type ClientUpdate struct {
	Name             *string             `json:"name,omitempty"`
	Email            *string             `json:"email,omitempty"`
	Password         *Secret             `json:"password,omitempty"`
	Company          *string             `json:"company,omitempty"`
	FiscalID         *string             `json:"fiscal_id,omitempty"`
	AcceptsMarketing *bool               `json:"accepts_marketing,omitempty"`
	InternalNotes    *string             `json:"internal_notes,omitempty"`
	Birthday         *Date               `json:"birthday,omitempty"`
	Gender           *string             `json:"gender,omitempty"`
	Wholesale        *bool               `json:"wholesale,omitempty"`
	Tags             []string            `json:"tags,omitempty"`
	Delivery         *ClientAddressInput `json:"delivery,omitempty"`
	Billing          *ClientAddressInput `json:"billing,omitempty"`
}

func checkGender(g *string) error {
	if g == nil {
		return nil
	}
	if *g == "" {
		return transport.Invalid("gender", "must be one of female, male, other, got %q", *g)
	}
	return oneOf("gender", *g, "female", "male", "other")
}

func (c *ClientCreate) validate() error {
	switch {
	case c == nil:
		return transport.Invalid("body", "must not be nil")
	case c.Name == "":
		return transport.Invalid("name", "is required")
	case c.Email == "":
		return transport.Invalid("email", "is required")
	}
	if err := check.Email("email", c.Email); err != nil {
		return err
	}
	if err := checkGender(c.Gender); err != nil {
		return err
	}
	if err := c.Delivery.validate("delivery"); err != nil {
		return err
	}
	return c.Billing.validate("billing")
}

func (u *ClientUpdate) validate() error {
	if u == nil {
		return nil
	}
	if u.Name != nil && *u.Name == "" {
		return transport.Invalid("name", "is required")
	}
	if u.Email != nil {
		if err := check.Email("email", *u.Email); err != nil {
			return err
		}
	}
	if err := checkGender(u.Gender); err != nil {
		return err
	}
	if err := u.Delivery.validate("delivery"); err != nil {
		return err
	}
	return u.Billing.validate("billing")
}

// ClientsAPI is the interface ClientsService implements.
type ClientsAPI interface {
	List(ctx context.Context, opts *ClientListOptions) (*Page[StoreClient], error)
	All(ctx context.Context, opts *ClientListOptions) iter.Seq2[StoreClient, error]
	Get(ctx context.Context, id int64) (*StoreClient, error)
	GetByHash(ctx context.Context, hash string) (*StoreClient, error)
	Create(ctx context.Context, in *ClientCreate) (*StoreClient, error)
	Update(ctx context.Context, id int64, u *ClientUpdate) (*StoreClient, error)
	Delete(ctx context.Context, id int64) error
	UpdateByHash(ctx context.Context, hash string, u *ClientUpdate) (*StoreClient, error)
	DeleteByHash(ctx context.Context, hash string) error
}

var _ ClientsAPI = (*ClientsService)(nil)

// ClientsService handles the /client endpoints. Documented outside the API
// documentation's examples: Shopkit's 2025 public docs. List, Get, Create
// and Update are answered with a JSON array even for one client.
type ClientsService service

// List fetches one page of clients, guests and registered: GET /client.
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
func (c *ClientsService) List(ctx context.Context, opts *ClientListOptions) (*Page[StoreClient], error) {
	return list[StoreClient](ctx, (*service)(c), routeClients.path, opts, opts)
}

// All iterates over every client matching opts (GET /client).
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
func (c *ClientsService) All(ctx context.Context, opts *ClientListOptions) iter.Seq2[StoreClient, error] {
	return all(ctx, opts, c.List)
}

// Get fetches a client by id: GET /client/{id} (the route is in routes.go).
// A miss matches ErrNotFound. Documented outside the API documentation's
// examples: Shopkit's 2025 public docs.
func (c *ClientsService) Get(ctx context.Context, id int64) (*StoreClient, error) {
	path, err := idPath(routeClientGet.path, id)
	if err != nil {
		return nil, err
	}
	q := &idQuery{ID: id}
	return getOne[StoreClient](ctx, (*service)(c), path, nil, q)
}

// GetByHash fetches a client by its e-mail hash: GET /client/{hash}. A miss
// matches ErrNotFound. Documented outside the API documentation's
// examples: Shopkit's 2025 public docs.
func (c *ClientsService) GetByHash(ctx context.Context, hash string) (*StoreClient, error) {
	path, err := hashPath(routeClientGet.path, hash)
	if err != nil {
		return nil, err
	}
	q := &idQuery{Handle: hash}
	return getOne[StoreClient](ctx, (*service)(c), path, nil, q)
}

// Create creates a registered client: POST /client/ (the server sends a
// sign-up e-mail unless SendSignupEmail is false; an e-mail in use is 409,
// ErrConflict). Documented outside the API documentation's examples:
// Shopkit's 2025 public docs.
func (c *ClientsService) Create(ctx context.Context, in *ClientCreate) (*StoreClient, error) {
	if err := in.validate(); err != nil {
		return nil, err
	}
	return send[StoreClient](ctx, (*service)(c), routeClientCreate.method, routeClientCreate.path, nil, in)
}

// Update changes a client: PUT /client/{id} (the 2025 docs' curl sends
// POST; the route is in routes.go). Only the fields set are sent.
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
func (c *ClientsService) Update(ctx context.Context, id int64, u *ClientUpdate) (*StoreClient, error) {
	if err := u.validate(); err != nil {
		return nil, err
	}
	if u == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	path, err := idPath(routeClientUpdate.path, id)
	if err != nil {
		return nil, err
	}
	return c.update(ctx, path, u)
}

// UpdateByHash changes the client with that e-mail hash: PUT
// /client/{hash} (the 2025 docs take an id or a hash in the segment).
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
func (c *ClientsService) UpdateByHash(ctx context.Context, hash string, u *ClientUpdate) (*StoreClient, error) {
	if err := u.validate(); err != nil {
		return nil, err
	}
	if u == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	path, err := hashPath(routeClientUpdate.path, hash)
	if err != nil {
		return nil, err
	}
	return c.update(ctx, path, u)
}

// DeleteByHash deletes the client with that e-mail hash: DELETE
// /client/{hash}, answered 204. Documented outside the API documentation's
// examples: Shopkit's 2025 public docs.
func (c *ClientsService) DeleteByHash(ctx context.Context, hash string) error {
	path, err := hashPath(routeClientDelete.path, hash)
	if err != nil {
		return err
	}
	return (*service)(c).remove(ctx, path, nil)
}

// hashPath fills tmpl's segment with a client's e-mail hash.
func hashPath(tmpl, hash string) (string, error) {
	if hash == "" {
		return "", transport.Invalid("hash", "is required")
	}
	if strings.Trim(hash, "0123456789") == "" {
		// All digits would address the client with that id instead.
		return "", transport.Invalid("hash", "must not be all digits (use the id methods), got %q", hash)
	}
	return transport.Path(tmpl, hash)
}

// update sends the client update u to path.
func (c *ClientsService) update(ctx context.Context, path string, u *ClientUpdate) (*StoreClient, error) {
	body, err := json.Marshal(u)
	if err != nil {
		return nil, transport.Invalid("body", "cannot be encoded as JSON: %v", err)
	}
	if string(body) == "{}" {
		return nil, transport.Invalid("body", "nothing to update")
	}
	return send[StoreClient](ctx, (*service)(c), routeClientUpdate.method, path, nil, json.RawMessage(body))
}

// Delete deletes a client: DELETE /client/{id}, answered 204.
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
func (c *ClientsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(c), routeClientDelete.path, id)
}
