package sitebuilder

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Contact is a CRM contact of the website.
type Contact struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	Note        string `json:"note"` // private note
	Address     string `json:"address"`
	City        string `json:"city"`
	State       string `json:"state"`
	Zip         string `json:"zip"`
	Country     string `json:"country"`
	CompanyName string `json:"companyName"`
	// CreatedOn is when the contact was created (Unix seconds on the wire).
	CreatedOn UnixTime `json:"createdOn"`
	// Properties are the custom CRM properties.
	Properties List[ContactProperty] `json:"properties"`
	Tags       List[string]          `json:"tags"`
	// MemberID is the member's id when the contact is a member, else 0.
	MemberID int64 `json:"memberId"`
	// Subscribed reports whether the contact is an email-marketing subscriber.
	Subscribed bool `json:"subscribed"`
	// SubscriberListIDs are the ids of the subscriber lists the contact is on.
	SubscriberListIDs List[int64] `json:"subscriberLists"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a contact, keeping undeclared fields in Extra.
func (c *Contact) UnmarshalJSON(b []byte) error {
	type plain Contact
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// ContactProperty is a custom CRM property of a contact.
type ContactProperty struct {
	// Name is the property's name, e.g. "lead_status".
	Name string `json:"name"`
	// Value is its value as text, e.g. "contacted".
	Value string `json:"value"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a property, keeping undeclared fields in Extra.
func (v *ContactProperty) UnmarshalJSON(b []byte) error {
	type plain ContactProperty
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// ContactCreate is the body of Contacts.Create. Only supplied fields are
// set: every field but Email is optional and left out when empty.
type ContactCreate struct {
	// Name is the contact's full name, e.g. "John Doe".
	Name string `json:"name,omitempty"`
	// Email is required, a bare address ("john@doe.com"); a contact with
	// this email is updated instead of created.
	Email string `json:"email"`
	// Phone is free text, e.g. "+123456789".
	Phone string `json:"phone,omitempty"`
	// Note is a private note, not shown to the contact.
	Note string `json:"note,omitempty"`
	// Address, City, State, Zip and Country are the postal address, free text.
	Address string `json:"address,omitempty"`
	City    string `json:"city,omitempty"`
	State   string `json:"state,omitempty"`
	Zip     string `json:"zip,omitempty"`
	Country string `json:"country,omitempty"`
	// CompanyName is the contact's company.
	CompanyName string `json:"companyName,omitempty"`
	// Properties are custom CRM properties, as defined in the website's CRM
	// settings (e.g. {Name: "lead_status", Value: "contacted"}).
	Properties []ContactProperty `json:"properties,omitempty"`
	// Tags are free-text tags.
	Tags []string `json:"tags,omitempty"`
	// Subscribed, when set, makes the contact a subscriber (or not).
	Subscribed *bool `json:"subscribed,omitempty"`
	// SubscriberListIDs are ids of subscriber lists to put the contact on.
	SubscriberListIDs []int64 `json:"subscriberLists,omitempty"`
}

func (c *ContactCreate) validate() error {
	return check.Email("email", c.Email)
}

// ContactUpdate is the body of Contacts.Update. Nil fields are not sent and
// the API sets only non-empty ones; the API documentation requires Email
// even here (it identifies the contact's address after the update).
type ContactUpdate struct {
	// Email is required, a bare address ("john@doe.com").
	Email       *string `json:"email,omitempty"`
	Name        *string `json:"name,omitempty"`
	Phone       *string `json:"phone,omitempty"`
	Note        *string `json:"note,omitempty"`
	Address     *string `json:"address,omitempty"`
	City        *string `json:"city,omitempty"`
	State       *string `json:"state,omitempty"`
	Zip         *string `json:"zip,omitempty"`
	Country     *string `json:"country,omitempty"`
	CompanyName *string `json:"companyName,omitempty"`
	// Properties, when not empty, are the custom CRM properties to set.
	Properties []ContactProperty `json:"properties,omitempty"`
	// Tags, when not empty, replace the contact's tags.
	Tags []string `json:"tags,omitempty"`
	// Subscribed, when set, makes the contact a subscriber (or not).
	Subscribed *bool `json:"subscribed,omitempty"`
	// SubscriberListIDs, when not empty, are the subscriber lists to put
	// the contact on.
	SubscriberListIDs []int64 `json:"subscriberLists,omitempty"`
}

func (c *ContactUpdate) validate() error {
	if err := nothingToUpdate(c); err != nil {
		return err
	}
	if c.Email == nil {
		return transport.Invalid("email", "is required")
	}
	return check.Email("email", *c.Email)
}

// ContactListOptions filters Contacts.List.
type ContactListOptions struct {
	// CreatedFrom and CreatedTo bound the creation time (inclusive; sent
	// as Unix seconds in created_at_min and created_at_max; zero means not
	// sent).
	CreatedFrom time.Time `url:"created_at_min,unix,omitempty"`
	CreatedTo   time.Time `url:"created_at_max,unix,omitempty"`
	ListOptions
}

func (o *ContactListOptions) validate() error {
	return timeRange("created_at_min", o.CreatedFrom, "created_at_max", o.CreatedTo)
}

// ContactsAPI is the contacts service; ContactsService implements it.
type ContactsAPI interface {
	List(ctx context.Context, opts *ContactListOptions) (*Page[Contact], error)
	All(ctx context.Context, opts *ContactListOptions) iter.Seq2[Contact, error]
	Create(ctx context.Context, c *ContactCreate) (*Contact, error)
	GetByEmail(ctx context.Context, email string) (*Contact, error)
	Get(ctx context.Context, id int64) (*Contact, error)
	Update(ctx context.Context, id int64, c *ContactUpdate) (*Contact, error)
}

var _ ContactsAPI = (*ContactsService)(nil)

// ContactsService manages contacts.
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type ContactsService service

// String describes the service by its base URL, never its credentials.
func (s ContactsService) String() string { return (*service)(&s).String("ContactsService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s ContactsService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List fetches one page of contacts: GET /contacts.
func (s *ContactsService) List(ctx context.Context, opts *ContactListOptions) (*Page[Contact], error) {
	o := orZero(opts)
	return listPage[Contact](ctx, (*service)(s), "/contacts", o.ListOptions, &o)
}

// All iterates over every contact from opts on, page by page (GET /contacts).
func (s *ContactsService) All(ctx context.Context, opts *ContactListOptions) iter.Seq2[Contact, error] {
	o := orZero(opts)
	return iterate(ctx, (*service)(s), o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[Contact], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}

// Create creates a contact, or updates the one with the same email: POST /contacts.
func (s *ContactsService) Create(ctx context.Context, c *ContactCreate) (*Contact, error) {
	return post[Contact](ctx, (*service)(s), "/contacts", nil, c)
}

// GetByEmail finds the contact with this email: GET /contacts/search-by-email.
// An unknown email is an error matching ErrNotFound (the API answers 404),
// never a nil contact with a nil error.
func (s *ContactsService) GetByEmail(ctx context.Context, email string) (*Contact, error) {
	return getByEmail[Contact](ctx, (*service)(s), "/contacts/search-by-email", email)
}

// Get fetches a contact: GET /contacts/{id}.
func (s *ContactsService) Get(ctx context.Context, id int64) (*Contact, error) {
	return getByID[Contact](ctx, (*service)(s), "/contacts/{id}", id)
}

// Update sets the non-empty fields of c on a contact: PUT /contacts/{id}.
func (s *ContactsService) Update(ctx context.Context, id int64, c *ContactUpdate) (*Contact, error) {
	return putByID[Contact](ctx, (*service)(s), "/contacts/{id}", id, c)
}

// emailQuery is the query of the search-by-email endpoints.
type emailQuery struct {
	Email string `url:"email"`
}

func getByEmail[T any](ctx context.Context, s *service, path, email string) (*T, error) {
	if err := check.Email("email", email); err != nil {
		return nil, err
	}
	return do[T](ctx, s, http.MethodGet, path, &emailQuery{Email: email}, nil)
}

func (c *Contact) identified() bool { return c.ID != 0 }
