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

// Customer is a customer account.
type Customer struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// FirstName and LastName are the customer's name.
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
	// LoginAllowed says whether the customer may log in to the store.
	LoginAllowed bool `json:"login_allowed"`
	// Company and VATCode identify a company customer.
	Company string `json:"company"`
	VATCode string `json:"vat_code"`
	// StreetAddress, PostalCode, City and Country (e.g. "FI") are the
	// primary address.
	StreetAddress string `json:"street_address"`
	PostalCode    string `json:"postal_code"`
	City          string `json:"city"`
	Country       string `json:"country"`
	// Phone is the phone number.
	Phone string `json:"phone"`
	// Email is the e-mail address, unique in the store.
	Email string `json:"email"`
	// VersionID is the store version the customer registered in.
	VersionID int64 `json:"version_id"`
	// Language is the customer's language code, e.g. "fi".
	Language string `json:"language"`
	// EmailSubscription says whether the customer takes the e-mail newsletter.
	EmailSubscription bool `json:"email_subscription"`
	// EInvoiceAddress is the e-invoicing address; nil when none.
	EInvoiceAddress *EInvoiceAddress `json:"einvoice_address"`
	// SMSSubscription says whether the customer takes SMS marketing.
	SMSSubscription bool `json:"sms_subscription"`
	// CustomerGroups are present when CustomerGroups is expanded.
	CustomerGroups []CustomerGroup `json:"customer_groups,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a customer, keeping unknown fields in Extra.
func (c *Customer) UnmarshalJSON(data []byte) error {
	type plain Customer
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// EInvoiceAddress is a company customer's e-invoicing address.
type EInvoiceAddress struct {
	// EDICode is the e-invoicing (OVT/EDI) address.
	EDICode string `json:"edi_code"`
	// OperatorCode identifies the e-invoicing operator.
	OperatorCode string `json:"operator_code"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a EInvoiceAddress, keeping unknown fields in Extra.
func (e *EInvoiceAddress) UnmarshalJSON(data []byte) error {
	type plain EInvoiceAddress
	return flex.DecodeWithExtra(data, (*plain)(e), &e.Extra)
}

// CustomerAddress is one of a customer's addresses.
type CustomerAddress struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// CustomerID is the customer the address belongs to.
	CustomerID int64 `json:"customer_id"`
	// Primary marks the customer's primary address.
	Primary bool `json:"primary"`
	// Email is the e-mail address of the address's recipient.
	Email string `json:"email"`
	// Company, FirstName and LastName name the recipient.
	Company   string `json:"company"`
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
	// StreetAddress is the whole street line.
	StreetAddress string `json:"street_address"`
	// StreetName, StreetNumber and HouseExtension split the street address
	// where a country's carriers need it.
	StreetName     string `json:"street_name"`
	StreetNumber   string `json:"street_number"`
	HouseExtension string `json:"house_extension"`
	// PostalCode, City and Country (a country code) complete the address.
	PostalCode string `json:"postal_code"`
	City       string `json:"city"`
	Country    string `json:"country"`
	// Phone is the recipient's phone number.
	Phone string `json:"phone"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CustomerAddress, keeping unknown fields in Extra.
func (c *CustomerAddress) UnmarshalJSON(data []byte) error {
	type plain CustomerAddress
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CustomerExpand names a sub-resource a customer read can include.
type CustomerExpand string

// The documented expand value of customers.
const CustomerGroupsExpand CustomerExpand = "customer_groups"

var customerExpandValues = []CustomerExpand{CustomerGroupsExpand}

func (CustomerExpand) documented() []CustomerExpand { return customerExpandValues }

// CustomerListOptions filter and page Customers.List and All. The time
// filters are inclusive, left out when zero, and sent as ISO 8601 with the
// time's own offset (2017-06-14T20:45:52+03:00), as documented; a range
// whose start is after its end is refused before sending.
type CustomerListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []CustomerExpand `url:"expand,comma,omitempty"`
	// CreatedFrom and CreatedTo bound the account creation time.
	CreatedFrom time.Time `url:"created_at-from,omitempty" layout:"2006-01-02T15:04:05-07:00"`
	CreatedTo   time.Time `url:"created_at-to,omitempty" layout:"2006-01-02T15:04:05-07:00"`
	// UpdatedFrom and UpdatedTo bound the last update time.
	UpdatedFrom time.Time `url:"updated_at-from,omitempty" layout:"2006-01-02T15:04:05-07:00"`
	UpdatedTo   time.Time `url:"updated_at-to,omitempty" layout:"2006-01-02T15:04:05-07:00"`
	// LastLoginFrom and LastLoginTo bound the most recent login.
	LastLoginFrom time.Time `url:"last_login_at-from,omitempty" layout:"2006-01-02T15:04:05-07:00"`
	LastLoginTo   time.Time `url:"last_login_at-to,omitempty" layout:"2006-01-02T15:04:05-07:00"`
}

func (o *CustomerListOptions) validate() error {
	if err := checkList(&o.ListOptions, o.Expand); err != nil {
		return err
	}
	if err := checkRange("created_at", o.CreatedFrom, o.CreatedTo); err != nil {
		return err
	}
	if err := checkRange("updated_at", o.UpdatedFrom, o.UpdatedTo); err != nil {
		return err
	}
	return checkRange("last_login_at", o.LastLoginFrom, o.LastLoginTo)
}

// CustomerCreate is the body of Customers.Create. FirstName, LastName,
// StreetAddress, PostalCode, City, Country and Email are required;
// LoginAllowed is always sent.
type CustomerCreate struct {
	// FirstName is required.
	FirstName string `json:"first_name"`
	// LastName is required.
	LastName string `json:"last_name"`
	// LoginAllowed says whether the customer may log in (required; always sent).
	LoginAllowed bool `json:"login_allowed"`
	// Company is the company name (optional).
	Company string `json:"company,omitempty"`
	// VATCode is the company's VAT code (optional; the API may require it for a company).
	VATCode string `json:"vat_code,omitempty"`
	// StreetAddress is required.
	StreetAddress string `json:"street_address"`
	// PostalCode is required.
	PostalCode string `json:"postal_code"`
	// City is required.
	City string `json:"city"`
	// Country is a country code such as "FI" (required).
	Country string `json:"country"`
	// Phone is the phone number (optional).
	Phone string `json:"phone,omitempty"`
	// Email is the e-mail address (required).
	Email string `json:"email"`
	// Language is a language code such as "fi" (optional).
	Language string `json:"language,omitempty"`
}

func (in *CustomerCreate) validate() error {
	for _, f := range [...]struct{ name, v string }{
		{"first_name", in.FirstName}, {"last_name", in.LastName},
		{"street_address", in.StreetAddress}, {"postal_code", in.PostalCode},
		{"city", in.City}, {"country", in.Country},
	} {
		if err := check.Required(f.name, f.v); err != nil {
			return err
		}
	}
	return check.Email("email", in.Email)
}

// CustomerUpdate is the body of Customers.Update: only the fields set
// (non-nil) are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type CustomerUpdate struct {
	// FirstName must not be blank.
	FirstName *string `json:"first_name,omitempty"`
	// LastName must not be blank.
	LastName *string `json:"last_name,omitempty"`
	// LoginAllowed says whether the customer may log in.
	LoginAllowed *bool `json:"login_allowed,omitempty"`
	// Company is the company name ("" clears it).
	Company *string `json:"company,omitempty"`
	// VATCode is the company's VAT code.
	VATCode *string `json:"vat_code,omitempty"`
	// StreetAddress must not be blank.
	StreetAddress *string `json:"street_address,omitempty"`
	// PostalCode must not be blank.
	PostalCode *string `json:"postal_code,omitempty"`
	// City must not be blank.
	City *string `json:"city,omitempty"`
	// Country is a country code such as "FI"; it must not be blank.
	Country *string `json:"country,omitempty"`
	// Phone is the phone number.
	Phone *string `json:"phone,omitempty"`
	// Email is an e-mail address.
	Email *string `json:"email,omitempty"`
	// Language is a language code such as "fi".
	Language *string `json:"language,omitempty"`
}

// validate refuses blanking a field the API requires.
func (in *CustomerUpdate) validate() error {
	if err := checkUpdate(in); err != nil {
		return err
	}
	for _, f := range [...]struct {
		name string
		v    *string
	}{
		{"first_name", in.FirstName}, {"last_name", in.LastName},
		{"street_address", in.StreetAddress}, {"postal_code", in.PostalCode},
		{"city", in.City}, {"country", in.Country},
	} {
		if err := check.NotBlank(f.name, f.v); err != nil {
			return err
		}
	}
	if in.Email != nil {
		return check.Email("email", *in.Email)
	}
	return nil
}

// CustomersAPI is the interface CustomersService satisfies, for mocks.
type CustomersAPI interface {
	List(ctx context.Context, opts *CustomerListOptions) (*Page[Customer], error)
	All(ctx context.Context, opts *CustomerListOptions) iter.Seq2[Customer, error]
	Create(ctx context.Context, in *CustomerCreate) (*Customer, error)
	Get(ctx context.Context, id int64, expand ...CustomerExpand) (*Customer, error)
	Update(ctx context.Context, id int64, in *CustomerUpdate) (*Customer, error)
	ListAddresses(ctx context.Context, id int64, opts *ListOptions) (*Page[CustomerAddress], error)
	GetByEmail(ctx context.Context, email string, expand ...CustomerExpand) (*Customer, error)
	GetByExternalID(ctx context.Context, externalID string, expand ...CustomerExpand) (*Customer, error)
}

var _ CustomersAPI = (*CustomersService)(nil)

// CustomersService reads and writes customer accounts.
type CustomersService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *CustomersService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s CustomersService) String() string { return "mycashflow.CustomersService" }

// Format prints String for every verb.
func (s CustomersService) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// List fetches one page of customers: GET /customers.
//
// Route key "customers.list" (see WithPaths).
func (s *CustomersService) List(ctx context.Context, opts *CustomerListOptions) (*Page[Customer], error) {
	return list[Customer](ctx, s.client(), "customers.list", opts)
}

// All iterates every customer, page by page: GET /customers.
//
// Route key "customers.list" (see WithPaths).
func (s *CustomersService) All(ctx context.Context, opts *CustomerListOptions) iter.Seq2[Customer, error] {
	return all[Customer](ctx, s.client(), "customers.list", opts)
}

// Create adds a customer account: POST /customers (path inferred).
//
// Route key "customers.create" (see WithPaths).
func (s *CustomersService) Create(ctx context.Context, in *CustomerCreate) (*Customer, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Customer](ctx, s.client(), http.MethodPost, "customers.create", in)
}

// Get fetches a customer: GET /customers/{customerID}.
//
// Route key "customers.get" (see WithPaths).
func (s *CustomersService) Get(ctx context.Context, id int64, expand ...CustomerExpand) (*Customer, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[Customer](ctx, s.client(), "customers.get", expand, id)
}

// Update changes the fields set in in: PATCH /customers/{customerID}.
//
// Route key "customers.update" (see WithPaths).
func (s *CustomersService) Update(ctx context.Context, id int64, in *CustomerUpdate) (*Customer, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	return call[Customer](ctx, s.client(), http.MethodPatch, "customers.update", in, id)
}

// ListAddresses fetches a customer's addresses:
// GET /customers/{customerID}/secondary_addresses (path from 2015 public
// client code). The API answers without paging meta.
//
// Route key "customers.list_addresses" (see WithPaths).
func (s *CustomersService) ListAddresses(ctx context.Context, id int64, opts *ListOptions) (*Page[CustomerAddress], error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return list[CustomerAddress](ctx, s.client(), "customers.list_addresses", opts, id)
}

// GetByEmail fetches the customer with that e-mail address:
// GET /customers/email={email}. The path is inferred: its {field}={value}
// segment follows the only public by-key lookup of the API,
// GET /products/product_code={code} in a public C# client
// (zuntio/McfStockChangeTracker). The address is escaped as one path
// segment, its "+" as %2B. No such customer is an *APIError matching
// ErrNotFound, never a nil customer with a nil error.
//
// Route key "customers.get_by_email" (see WithPaths).
func (s *CustomersService) GetByEmail(ctx context.Context, email string, expand ...CustomerExpand) (*Customer, error) {
	if err := check.Email("email", email); err != nil {
		return nil, err
	}
	return get[Customer](ctx, s.client(), "customers.get_by_email", expand, email)
}

// GetByExternalID fetches the customer with that external system ID:
// GET /customers/external_id={externalID} (path inferred, by analogy with
// the public C# client's GET /products/product_code={code}, as GetByEmail). No such customer
// is an *APIError matching ErrNotFound.
//
// Route key "customers.get_by_external_id" (see WithPaths).
func (s *CustomersService) GetByExternalID(ctx context.Context, externalID string, expand ...CustomerExpand) (*Customer, error) {
	if err := checkSegment("externalID", externalID); err != nil {
		return nil, err
	}
	return get[Customer](ctx, s.client(), "customers.get_by_external_id", expand, externalID)
}
