package insales

import (
	"context"
	"iter"
	"net/http"
	"net/mail"
	"strings"
	"time"
)

// ClientType is a client's kind: an individual or a legal entity. An
// unknown value decodes as itself.
type ClientType string

// The client types the API documentation shows.
const (
	ClientIndividual ClientType = "Client::Individual"
	ClientJuridical  ClientType = "Client::Juridical"
)

// Digits is a registration number (INN, KPP, BIK) the API sends as a JSON
// number. It decodes a number or a string; it is sent as a number, as the
// API documentation shows, unless a leading zero would be lost, in which
// case it is sent as a string.
type Digits string

// MarshalJSON writes d as a JSON number when that keeps every digit.
func (d Digits) MarshalJSON() ([]byte, error) {
	s := string(d)
	if s != "" && (s == "0" || s[0] != '0') && strings.Trim(s, "0123456789") == "" && len(s) < 16 {
		return []byte(s), nil
	}
	return []byte(quote(s)), nil
}

// UnmarshalJSON accepts a number, a string or null.
func (d *Digits) UnmarshalJSON(b []byte) error {
	var s String
	if err := s.UnmarshalJSON(b); err != nil {
		return err
	}
	*d = Digits(s)
	return nil
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte("0123456789abcdef"[r>>4])
			b.WriteByte("0123456789abcdef"[r&15])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Customer is a shop's buyer, a "client" in the API (/admin/clients): an
// individual or a legal entity (Type). It is named Customer because Client
// is this package's API client.
type Customer struct {
	ID                   int64                  `json:"id"`
	Type                 ClientType             `json:"type"`
	Name                 string                 `json:"name"`
	Surname              *string                `json:"surname"`
	Middlename           *string                `json:"middlename"`
	Email                *string                `json:"email"`
	Phone                *string                `json:"phone"`
	Registered           bool                   `json:"registered"`
	Subscribe            bool                   `json:"subscribe"`
	ClientGroupID        *int64                 `json:"client_group_id"`
	BonusPoints          Decimal                `json:"bonus_points"`
	ProgressiveDiscount  *Decimal               `json:"progressive_discount"`
	GroupDiscount        *Decimal               `json:"group_discount"`
	IPAddr               *string                `json:"ip_addr"`
	JuridicalAddress     *string                `json:"juridical_address"` // Legal entities only.
	INN                  *Digits                `json:"inn"`
	KPP                  *Digits                `json:"kpp"`
	BIK                  *Digits                `json:"bik"`
	OGRN                 *Digits                `json:"ogrn"`
	OKPO                 *Digits                `json:"okpo"`
	BankName             *string                `json:"bank_name"`
	SettlementAccount    *string                `json:"settlement_account"`
	CorrespondentAccount *string                `json:"correspondent_account"`
	FieldsValues         []AdditionalFieldValue `json:"fields_values"`
	CreatedAt            Time                   `json:"created_at"`
	UpdatedAt            Time                   `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a customer, keeping undeclared fields in Extra.
func (c *Customer) UnmarshalJSON(b []byte) error {
	type plain Customer
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// Checkpoint is the client's place in the change feed (updated_at, id).
func (c Customer) Checkpoint() Checkpoint { return Checkpoint{Time: c.UpdatedAt.Time, ID: c.ID} }

// ClientIndividualCreate is the body of Clients.CreateIndividual.
type ClientIndividualCreate struct {
	Name       string  `json:"name"` // Required.
	Surname    *string `json:"surname,omitempty"`
	Middlename *string `json:"middlename,omitempty"`
	Email      *string `json:"email,omitempty"` // Required for a registered client.
	Phone      *string `json:"phone,omitempty"`
	// Registered creates an account the client can sign in to with Password.
	Registered   *bool                  `json:"registered,omitempty"`
	Password     *Secret                `json:"password,omitempty"`
	Subscribe    *bool                  `json:"subscribe,omitempty"`
	FieldsValues []AdditionalFieldInput `json:"fields_values_attributes,omitempty"`
}

// MarshalJSON adds the type the API needs.
func (c ClientIndividualCreate) MarshalJSON() ([]byte, error) {
	type plain ClientIndividualCreate
	return marshalTyped(plain(c), ClientIndividual)
}

func (c *ClientIndividualCreate) validate() error {
	if strings.TrimSpace(c.Name) == "" {
		return invalidf("name", "is required")
	}
	if c.Email != nil {
		if _, err := mail.ParseAddress(*c.Email); err != nil {
			return invalidf("email", "is not a valid e-mail address")
		}
	}
	if c.Registered != nil && *c.Registered {
		if c.Email == nil {
			return invalidf("email", "is required")
		}
		if c.Password == nil || *c.Password == "" {
			return invalidf("password", "is required")
		}
	}
	return checkFieldInputs(c.FieldsValues)
}

// ClientJuridicalCreate is the body of Clients.CreateJuridical.
type ClientJuridicalCreate struct {
	Name                 string                 `json:"name"` // The company's name; required.
	JuridicalAddress     *string                `json:"juridical_address,omitempty"`
	INN                  *Digits                `json:"inn,omitempty"`
	KPP                  *Digits                `json:"kpp,omitempty"`
	BIK                  *Digits                `json:"bik,omitempty"`
	OGRN                 *Digits                `json:"ogrn,omitempty"`
	OKPO                 *Digits                `json:"okpo,omitempty"`
	BankName             *string                `json:"bank_name,omitempty"`
	SettlementAccount    *string                `json:"settlement_account,omitempty"`
	CorrespondentAccount *string                `json:"correspondent_account,omitempty"`
	Email                *string                `json:"email,omitempty"`
	Phone                *string                `json:"phone,omitempty"`
	FieldsValues         []AdditionalFieldInput `json:"fields_values_attributes,omitempty"`
}

// MarshalJSON adds the type the API needs.
func (c ClientJuridicalCreate) MarshalJSON() ([]byte, error) {
	type plain ClientJuridicalCreate
	return marshalTyped(plain(c), ClientJuridical)
}

func (c *ClientJuridicalCreate) validate() error {
	if strings.TrimSpace(c.Name) == "" {
		return invalidf("name", "is required")
	}
	for name, d := range map[string]*Digits{"inn": c.INN, "kpp": c.KPP, "bik": c.BIK, "ogrn": c.OGRN, "okpo": c.OKPO} {
		if d != nil && (*d == "" || strings.Trim(string(*d), "0123456789") != "") {
			return invalidf(name, "must be digits")
		}
	}
	if c.Email != nil {
		if _, err := mail.ParseAddress(*c.Email); err != nil {
			return invalidf("email", "is not a valid e-mail address")
		}
	}
	return checkFieldInputs(c.FieldsValues)
}

// ClientUpdate is the body of Clients.Update; nil fields are left as they are.
type ClientUpdate struct {
	Name             *string                `json:"name,omitempty"`
	Surname          *string                `json:"surname,omitempty"`
	Middlename       *string                `json:"middlename,omitempty"`
	Email            *string                `json:"email,omitempty"`
	Phone            *string                `json:"phone,omitempty"`
	Subscribe        *bool                  `json:"subscribe,omitempty"`
	ClientGroupID    *int64                 `json:"client_group_id,omitempty"`
	JuridicalAddress *string                `json:"juridical_address,omitempty"`
	INN              *Digits                `json:"inn,omitempty"`
	KPP              *Digits                `json:"kpp,omitempty"`
	BIK              *Digits                `json:"bik,omitempty"`
	FieldsValues     []AdditionalFieldInput `json:"fields_values_attributes,omitempty"`
}

func (c *ClientUpdate) validate() error {
	if c.Name == nil && c.Surname == nil && c.Middlename == nil && c.Email == nil && c.Phone == nil && c.Subscribe == nil &&
		c.ClientGroupID == nil && c.JuridicalAddress == nil && c.INN == nil && c.KPP == nil && c.BIK == nil && len(c.FieldsValues) == 0 {
		return errNothingToUpdate
	}
	if c.ClientGroupID != nil && *c.ClientGroupID < 1 {
		return invalidf("client_group_id", "must be a positive id")
	}
	if c.Email != nil {
		if _, err := mail.ParseAddress(*c.Email); err != nil {
			return invalidf("email", "is not a valid e-mail address")
		}
	}
	return checkFieldInputs(c.FieldsValues)
}

// ClientListOptions filter and page Clients.List, All and Changes.
type ClientListOptions struct {
	// Page is the page number, from 1 (0 leaves the server's default).
	Page int `url:"page,omitempty"`
	// Limit is the page size, up to 250.
	Limit int `url:"per_page,omitempty"`
	// UpdatedFrom lists only clients updated at or after it (zero: not sent).
	UpdatedFrom time.Time `url:"updated_since,omitempty" layout:"2006-01-02 15:04:05 -07:00"`
	// FromID skips clients updated exactly at UpdatedFrom with an id up to
	// it; it needs UpdatedFrom.
	FromID int64 `url:"from_id,omitempty"`
}

func (o *ClientListOptions) validate() error {
	if err := checkPaging(o.Page, o.Limit); err != nil {
		return err
	}
	return checkSince(o.UpdatedFrom, o.FromID)
}

// ClientsAPI is the interface ClientsService satisfies, for mocks.
type ClientsAPI interface {
	List(ctx context.Context, opts *ClientListOptions) (*Page[Customer], error)
	All(ctx context.Context, opts *ClientListOptions) iter.Seq2[Customer, error]
	Changes(ctx context.Context, from Checkpoint, opts *ClientListOptions) iter.Seq2[Customer, error]
	Get(ctx context.Context, id int64) (*Customer, error)
	CreateIndividual(ctx context.Context, c *ClientIndividualCreate) (*Customer, error)
	CreateJuridical(ctx context.Context, c *ClientJuridicalCreate) (*Customer, error)
	Update(ctx context.Context, id int64, c *ClientUpdate) (*Customer, error)
	Delete(ctx context.Context, id int64) error
}

var _ ClientsAPI = (*ClientsService)(nil)

// ClientsService manages the shop's buyers: /admin/clients.
type ClientsService service

// List fetches a page of clients: GET /admin/clients.json.
func (s *ClientsService) List(ctx context.Context, opts *ClientListOptions) (*Page[Customer], error) {
	return listPage[Customer](ctx, (*service)(s), "/clients.json", opts)
}

// All yields every client page by page; to sync, use Changes.
func (s *ClientsService) All(ctx context.Context, opts *ClientListOptions) iter.Seq2[Customer, error] {
	return iterate[Customer](ctx, (*service)(s), "/clients.json", opts)
}

// Changes yields every client updated at or after from, ordered by
// updated_at then id, paging with updated_since and from_id; save
// c.Checkpoint() of the last client handled to resume. As every Changes,
// the walk ends before clients changed in the server's current second (by
// the answer's Date header, or the client's clock when the answer has no
// readable Date: see OrdersService.Changes), where a later edit of a lower
// id would fall behind from_id; the next walk reads them.
func (s *ClientsService) Changes(ctx context.Context, from Checkpoint, opts *ClientListOptions) iter.Seq2[Customer, error] {
	limit := 0
	if opts != nil {
		limit = opts.Limit
	}
	return changes[Customer](ctx, (*service)(s), "/clients.json", from, limit, nil)
}

// Get fetches a client: GET /admin/clients/{id}.json.
func (s *ClientsService) Get(ctx context.Context, id int64) (*Customer, error) {
	p, err := path("/clients/{client_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Customer](ctx, (*service)(s), p)
}

// CreateIndividual adds a private buyer: POST /admin/clients.json with
// type Client::Individual.
func (s *ClientsService) CreateIndividual(ctx context.Context, c *ClientIndividualCreate) (*Customer, error) {
	return send[Customer](ctx, (*service)(s), http.MethodPost, "/clients.json", "client", c)
}

// CreateJuridical adds a legal entity: POST /admin/clients.json with type
// Client::Juridical.
func (s *ClientsService) CreateJuridical(ctx context.Context, c *ClientJuridicalCreate) (*Customer, error) {
	return send[Customer](ctx, (*service)(s), http.MethodPost, "/clients.json", "client", c)
}

// Update changes a client: PUT /admin/clients/{id}.json.
func (s *ClientsService) Update(ctx context.Context, id int64, c *ClientUpdate) (*Customer, error) {
	p, err := path("/clients/{client_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Customer](ctx, (*service)(s), http.MethodPut, p, "client", c)
}

// Delete removes a client: DELETE /admin/clients/{id}.json; the API
// answers {"status": "ok"}.
func (s *ClientsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/clients/{client_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// ClientGroup is a group of clients with a shared discount.
type ClientGroup struct {
	ID                  int64   `json:"id"`
	Title               string  `json:"title"`
	Discount            Decimal `json:"discount"` // Percent.
	DiscountDescription *string `json:"discount_description"`
	IsDefault           bool    `json:"is_default"`
	CreatedAt           Time    `json:"created_at"`
	UpdatedAt           Time    `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a group, keeping undeclared fields in Extra.
func (g *ClientGroup) UnmarshalJSON(b []byte) error {
	type plain ClientGroup
	return decodeExtra(b, (*plain)(g), &g.Extra)
}

// ClientGroupCreate is the body of ClientGroups.Create.
type ClientGroupCreate struct {
	Title               string   `json:"title"` // Required.
	Discount            *Decimal `json:"discount,omitempty"`
	DiscountDescription *string  `json:"discount_description,omitempty"`
	IsDefault           *bool    `json:"is_default,omitempty"`
}

func (g *ClientGroupCreate) validate() error {
	if strings.TrimSpace(g.Title) == "" {
		return invalidf("title", "is required")
	}
	return checkPercent("discount", g.Discount)
}

// ClientGroupUpdate is the body of ClientGroups.Update; nil fields are
// left as they are.
type ClientGroupUpdate struct {
	Title               *string  `json:"title,omitempty"`
	Discount            *Decimal `json:"discount,omitempty"`
	DiscountDescription *string  `json:"discount_description,omitempty"`
	IsDefault           *bool    `json:"is_default,omitempty"`
}

func (g *ClientGroupUpdate) validate() error {
	if g.Title == nil && g.Discount == nil && g.DiscountDescription == nil && g.IsDefault == nil {
		return errNothingToUpdate
	}
	if g.Title != nil && strings.TrimSpace(*g.Title) == "" {
		return invalidf("title", "is required")
	}
	return checkPercent("discount", g.Discount)
}

func checkPercent(field string, d *Decimal) error {
	if d != nil && (d.Rat().Sign() < 0 || d.Cmp(DecimalFromInt(100)) > 0) {
		return invalidf(field, "must be between 0 and 100")
	}
	return nil
}

// ClientGroupsAPI is the interface ClientGroupsService satisfies, for mocks.
type ClientGroupsAPI interface {
	List(ctx context.Context) ([]ClientGroup, error)
	Get(ctx context.Context, id int64) (*ClientGroup, error)
	Create(ctx context.Context, g *ClientGroupCreate) (*ClientGroup, error)
	Update(ctx context.Context, id int64, g *ClientGroupUpdate) error
	Delete(ctx context.Context, id int64) error
}

var _ ClientGroupsAPI = (*ClientGroupsService)(nil)

// ClientGroupsService manages client groups: /admin/client_groups.
type ClientGroupsService service

// List fetches every client group: GET /admin/client_groups.json.
func (s *ClientGroupsService) List(ctx context.Context) ([]ClientGroup, error) {
	return listAll[ClientGroup](ctx, (*service)(s), "/client_groups.json", nil)
}

// Get fetches a client group: GET /admin/client_groups/{id}.json.
func (s *ClientGroupsService) Get(ctx context.Context, id int64) (*ClientGroup, error) {
	p, err := path("/client_groups/{client_group_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[ClientGroup](ctx, (*service)(s), p)
}

// Create adds a client group: POST /admin/client_groups.json.
func (s *ClientGroupsService) Create(ctx context.Context, g *ClientGroupCreate) (*ClientGroup, error) {
	return send[ClientGroup](ctx, (*service)(s), http.MethodPost, "/client_groups.json", "client_group", g)
}

// Update changes a client group: PUT /admin/client_groups/{id}.json. The
// API answers {"status": "ok"}, not the group; Get reads it back.
func (s *ClientGroupsService) Update(ctx context.Context, id int64, g *ClientGroupUpdate) error {
	p, err := path("/client_groups/{client_group_id}.json", id)
	if err != nil {
		return err
	}
	return sendOK(ctx, (*service)(s), http.MethodPut, p, "client_group", g)
}

// Delete removes a client group: DELETE /admin/client_groups/{id}.json.
// The API documentation shows an empty answer; any 2xx is success.
func (s *ClientGroupsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/client_groups/{client_group_id}.json", id)
	if err != nil {
		return err
	}
	return deleteEmpty(ctx, (*service)(s), p)
}
