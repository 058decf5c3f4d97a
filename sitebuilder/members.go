package sitebuilder

import (
	"context"
	"fmt"
	"iter"
	"net/url"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Member is a registered member of the website.
type Member struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
	// GroupIDs are the ids of the member groups the member belongs to.
	GroupIDs List[int64] `json:"groups"`
	// RegisteredOn is when the member registered (Unix seconds on the wire).
	RegisteredOn UnixTime `json:"registeredOn"`
	Approved     bool     `json:"approved"`
	// ContactID is the id of the member's CRM contact.
	ContactID       int64    `json:"contactId"`
	BillingAddress  *Address `json:"billingAddress"`
	ShippingAddress *Address `json:"shippingAddress"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a member, keeping undeclared fields in Extra.
func (m *Member) UnmarshalJSON(b []byte) error {
	type plain Member
	return decodeExtra(b, (*plain)(m), &m.Extra)
}

// MemberCreate is the body of Members.Create; Name and Email are required.
type MemberCreate struct {
	// Name is the member's full name (required).
	Name string `json:"name"`
	// Email is the member's login, a bare address (required).
	Email string `json:"email"`
	// Password, when empty, makes the API set a random password and email
	// the member a password-reset link. It prints as REDACTED but is sent
	// as given.
	Password Secret `json:"password,omitempty"`
	// GroupIDs are the ids of the member groups to put the member in.
	GroupIDs []int64 `json:"groups,omitempty"`
	// Approved, when set, approves the member (or leaves them pending).
	Approved *bool `json:"approved,omitempty"`
	// BillingAddress and ShippingAddress are optional.
	BillingAddress  *Address `json:"billingAddress,omitempty"`
	ShippingAddress *Address `json:"shippingAddress,omitempty"`
}

func (m *MemberCreate) validate() error {
	if err := check.Required("name", m.Name); err != nil {
		return err
	}
	return check.Email("email", m.Email)
}

// MemberUpdate is the body of Members.Update. Nil fields are not sent and
// the API sets only non-empty ones; it never changes the password (so
// there is no password field), and its documentation requires Name and
// Email even here.
type MemberUpdate struct {
	// Name is the member's full name (required).
	Name *string `json:"name,omitempty"`
	// Email is the member's login, a bare address (required).
	Email *string `json:"email,omitempty"`
	// GroupIDs, when not empty, replaces the member's group ids.
	GroupIDs []int64 `json:"groups,omitempty"`
	// Approved, when set, approves or unapproves the member.
	Approved *bool `json:"approved,omitempty"`
	// BillingAddress and ShippingAddress, when set, replace the addresses.
	BillingAddress  *Address `json:"billingAddress,omitempty"`
	ShippingAddress *Address `json:"shippingAddress,omitempty"`
}

func (m *MemberUpdate) validate() error {
	if err := nothingToUpdate(m); err != nil {
		return err
	}
	if m.Name == nil {
		return transport.Invalid("name", "is required")
	}
	if err := check.Required("name", *m.Name); err != nil {
		return err
	}
	if m.Email == nil {
		return transport.Invalid("email", "is required")
	}
	return check.Email("email", *m.Email)
}

// MemberListOptions filters Members.List.
type MemberListOptions struct {
	// GroupID lists only the members of this member group (0: all).
	GroupID int64 `url:"groupId,omitempty"`
	ListOptions
}

func (o *MemberListOptions) validate() error { return optionalID("groupId", o.GroupID) }

// MemberSessionCreate is the body of Members.StartSession.
type MemberSessionCreate struct {
	// Email identifies the member to sign on (required).
	Email string `json:"email"`
	// Path is the page the member lands on, e.g. "/members-only".
	Path string `json:"path,omitempty"`
}

func (m *MemberSessionCreate) validate() error { return check.Email("email", m.Email) }

// MemberSession is a single sign-on session: redirect the member's browser
// to AccessURL before ExpiresAt (15 minutes after creation).
type MemberSession struct {
	// Token identifies the session. It grants access to the member's
	// account, so it is a Secret: printed and logged as REDACTED;
	// string(s.Token) gives the value.
	Token Secret `json:"token"`
	// AccessURL signs the member in: redirect the browser to
	// string(s.AccessURL). It holds the token, so it is a Secret too. The
	// API's description relies on it though its response example omits
	// it; when the answer lacks it, StartSession fills it in the
	// documented form https://{domain}/api/site/members/session/{token}.
	AccessURL Secret `json:"accessUrl"`
	// CreatedAt and ExpiresAt bound the session's validity (Unix seconds
	// on the wire).
	CreatedAt UnixTime `json:"createdAt"`
	ExpiresAt UnixTime `json:"expiresAt"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a session, keeping undeclared fields in Extra.
func (m *MemberSession) UnmarshalJSON(b []byte) error {
	type plain MemberSession
	return decodeExtra(b, (*plain)(m), &m.Extra)
}

// Expired reports whether the session can no longer be used at now: at
// ExpiresAt, or 15 minutes after CreatedAt when the answer had no expiry.
// A session whose expiry the API sent but could not be read counts as
// expired, since its validity cannot be known.
func (m *MemberSession) Expired(now time.Time) bool {
	if m == nil || !m.ExpiresAt.Valid() {
		return true
	}
	exp := m.ExpiresAt.Time
	if exp.IsZero() && !m.CreatedAt.IsZero() {
		exp = m.CreatedAt.Add(sessionTTL)
	}
	return !exp.IsZero() && !now.Before(exp)
}

// sessionTTL is how long the API documentation says an access URL works.
const sessionTTL = 15 * time.Minute

// MembersAPI is the members service; MembersService implements it.
type MembersAPI interface {
	List(ctx context.Context, opts *MemberListOptions) (*Page[Member], error)
	All(ctx context.Context, opts *MemberListOptions) iter.Seq2[Member, error]
	Create(ctx context.Context, m *MemberCreate) (*Member, error)
	GetByEmail(ctx context.Context, email string) (*Member, error)
	Get(ctx context.Context, id int64) (*Member, error)
	Update(ctx context.Context, id int64, m *MemberUpdate) (*Member, error)
	StartSession(ctx context.Context, m *MemberSessionCreate) (*MemberSession, error)
}

var _ MembersAPI = (*MembersService)(nil)

// MembersService manages members.
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type MembersService service

// String describes the service by its base URL, never its credentials.
func (s MembersService) String() string { return (*service)(&s).String("MembersService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s MembersService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List fetches one page of members: GET /members.
func (s *MembersService) List(ctx context.Context, opts *MemberListOptions) (*Page[Member], error) {
	o := orZero(opts)
	return listPage[Member](ctx, (*service)(s), "/members", o.ListOptions, &o)
}

// All iterates over every member from opts on, page by page (GET /members).
func (s *MembersService) All(ctx context.Context, opts *MemberListOptions) iter.Seq2[Member, error] {
	o := orZero(opts)
	return iterate(ctx, (*service)(s), o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[Member], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}

// Create creates a member: POST /members.
func (s *MembersService) Create(ctx context.Context, m *MemberCreate) (*Member, error) {
	return post[Member](ctx, (*service)(s), "/members", nil, m)
}

// GetByEmail finds the member with this email: GET /members/search-by-email.
// An unknown email is an error matching ErrNotFound (the API answers 404),
// never a nil member with a nil error.
func (s *MembersService) GetByEmail(ctx context.Context, email string) (*Member, error) {
	return getByEmail[Member](ctx, (*service)(s), "/members/search-by-email", email)
}

// Get fetches a member: GET /members/{id}.
func (s *MembersService) Get(ctx context.Context, id int64) (*Member, error) {
	return getByID[Member](ctx, (*service)(s), "/members/{id}", id)
}

// Update sets the non-empty fields of m on a member: PUT /members/{id}.
func (s *MembersService) Update(ctx context.Context, id int64, m *MemberUpdate) (*Member, error) {
	return putByID[Member](ctx, (*service)(s), "/members/{id}", id, m)
}

// StartSession starts a single sign-on session for a member your own
// backend has authenticated: POST /members/start-session. Redirect the
// member to the returned AccessURL within 15 minutes. The token grants
// access to the member's account: do not log it.
func (s *MembersService) StartSession(ctx context.Context, m *MemberSessionCreate) (*MemberSession, error) {
	ms, err := post[MemberSession](ctx, (*service)(s), "/members/start-session", nil, m)
	if err != nil {
		return nil, err
	}
	if ms.AccessURL == "" && ms.Token != "" {
		ms.AccessURL = Secret((*service)(s).t.BaseURL() + "/members/session/" + url.PathEscape(string(ms.Token)))
	}
	return ms, nil
}

func (m *Member) identified() bool { return m.ID != 0 }

func (m *MemberSession) identified() bool { return m.Token != "" || m.AccessURL != "" }
