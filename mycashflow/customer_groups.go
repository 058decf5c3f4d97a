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

// CustomerGroup is a group of customers (for prices, campaigns, ...).
type CustomerGroup struct {
	// ID is the unique identifier (>= 1).
	ID int64 `json:"id"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// Name is the group name.
	Name string `json:"name"`
	// CustomerLinks are present when CustomerGroupCustomerLinks is expanded.
	CustomerLinks []CustomerGroupLink `json:"customer_links,omitempty"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a customer group, keeping unknown fields in Extra.
func (g *CustomerGroup) UnmarshalJSON(data []byte) error {
	type plain CustomerGroup
	return flex.DecodeWithExtra(data, (*plain)(g), &g.Extra)
}

// CustomerGroupLink makes a customer a member of a group.
type CustomerGroupLink struct {
	// ID identifies the link; the add-customer answer may leave it out.
	ID int64 `json:"id,omitempty"`
	// CreatedAt is when the item was created, with the offset the API sent.
	CreatedAt Time `json:"created_at"`
	// UpdatedAt is when the item was last changed, with the offset the API sent.
	UpdatedAt Time `json:"updated_at"`
	// CustomerID is the member customer.
	CustomerID int64 `json:"customer_id"`
	// CustomerGroupID is the group.
	CustomerGroupID int64 `json:"customer_group_id"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a CustomerGroupLink, keeping unknown fields in Extra.
func (c *CustomerGroupLink) UnmarshalJSON(data []byte) error {
	type plain CustomerGroupLink
	return flex.DecodeWithExtra(data, (*plain)(c), &c.Extra)
}

// CustomerGroupExpand names a sub-resource a customer group read can include.
type CustomerGroupExpand string

// The documented expand values of customer groups.
const (
	CustomerGroupTranslations  CustomerGroupExpand = "translations"
	CustomerGroupCustomerLinks CustomerGroupExpand = "customer_links"
)

var customerGroupExpandValues = []CustomerGroupExpand{CustomerGroupTranslations, CustomerGroupCustomerLinks}

func (CustomerGroupExpand) documented() []CustomerGroupExpand { return customerGroupExpandValues }

// CustomerGroupListOptions filter and page CustomerGroups.List and All.
type CustomerGroupListOptions struct {
	ListOptions
	// Expand lists the sub-resources to include.
	Expand []CustomerGroupExpand `url:"expand,comma,omitempty"`
}

func (o *CustomerGroupListOptions) validate() error { return checkList(&o.ListOptions, o.Expand) }

// CustomerGroupCreate is the body of CustomerGroups.Create; Name is required.
type CustomerGroupCreate struct {
	// Name is the group name (required).
	Name string `json:"name"`
}

// CustomerGroupUpdate is the body of CustomerGroups.Update: only the fields
// set (non-nil) are sent.
// An update that sets nothing is refused before sending (body: nothing
// to update).
type CustomerGroupUpdate struct {
	// Name is the new group name; it must not be blank.
	Name *string `json:"name,omitempty"`
}

// CustomerGroupsAPI is the interface CustomerGroupsService satisfies, for mocks.
type CustomerGroupsAPI interface {
	List(ctx context.Context, opts *CustomerGroupListOptions) (*Page[CustomerGroup], error)
	All(ctx context.Context, opts *CustomerGroupListOptions) iter.Seq2[CustomerGroup, error]
	Create(ctx context.Context, in *CustomerGroupCreate) (*CustomerGroup, error)
	Get(ctx context.Context, id int64, expand ...CustomerGroupExpand) (*CustomerGroup, error)
	Update(ctx context.Context, id int64, in *CustomerGroupUpdate) (*CustomerGroup, error)
	ListCustomers(ctx context.Context, id int64, opts *ListOptions) (*Page[CustomerGroupLink], error)
	AddCustomer(ctx context.Context, id, customerID int64) (*CustomerGroupLink, error)
	RemoveCustomer(ctx context.Context, id, customerID int64) error
}

var _ CustomerGroupsAPI = (*CustomerGroupsService)(nil)

// CustomerGroupsService manages customer groups and their members.
type CustomerGroupsService struct{ c *Client }

// client returns the service's client; nil for a nil or zero service.
func (s *CustomerGroupsService) client() *Client {
	if s == nil {
		return nil
	}
	return s.c
}

// String names the service; it never prints the client's credentials.
func (s CustomerGroupsService) String() string { return "mycashflow.CustomerGroupsService" }

// Format prints String for every verb.
func (s CustomerGroupsService) Format(f fmt.State, verb rune) {
	transport.FormatText(f, verb, s.String())
}

// List fetches one page of customer groups: GET /customer-groups.
//
// Route key "customer_groups.list" (see WithPaths).
func (s *CustomerGroupsService) List(ctx context.Context, opts *CustomerGroupListOptions) (*Page[CustomerGroup], error) {
	return list[CustomerGroup](ctx, s.client(), "customer_groups.list", opts)
}

// All iterates every customer group, page by page: GET /customer-groups.
//
// Route key "customer_groups.list" (see WithPaths).
func (s *CustomerGroupsService) All(ctx context.Context, opts *CustomerGroupListOptions) iter.Seq2[CustomerGroup, error] {
	return all[CustomerGroup](ctx, s.client(), "customer_groups.list", opts)
}

// Create adds a customer group: POST /customer-groups.
//
// Route key "customer_groups.create" (see WithPaths).
func (s *CustomerGroupsService) Create(ctx context.Context, in *CustomerGroupCreate) (*CustomerGroup, error) {
	if in == nil {
		return nil, invalidBody()
	}
	if err := check.Required("name", in.Name); err != nil {
		return nil, err
	}
	return call[CustomerGroup](ctx, s.client(), http.MethodPost, "customer_groups.create", in)
}

// Get fetches a customer group: GET /customer-groups/{customerGroupID}.
//
// Route key "customer_groups.get" (see WithPaths).
func (s *CustomerGroupsService) Get(ctx context.Context, id int64, expand ...CustomerGroupExpand) (*CustomerGroup, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return get[CustomerGroup](ctx, s.client(), "customer_groups.get", expand, id)
}

// Update renames a customer group: PATCH /customer-groups/{customerGroupID}.
//
// Route key "customer_groups.update" (see WithPaths).
func (s *CustomerGroupsService) Update(ctx context.Context, id int64, in *CustomerGroupUpdate) (*CustomerGroup, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := checkUpdate(in); err != nil {
		return nil, err
	}
	if err := check.NotBlank("name", in.Name); err != nil {
		return nil, err
	}
	return call[CustomerGroup](ctx, s.client(), http.MethodPatch, "customer_groups.update", in, id)
}

// ListCustomers fetches the membership links of a group:
// GET /customer-groups/{customerGroupID}/customers (path inferred;
// /customer-links is as plausible). The API answers without paging meta.
//
// Route key "customer_groups.list_customers" (see WithPaths).
func (s *CustomerGroupsService) ListCustomers(ctx context.Context, id int64, opts *ListOptions) (*Page[CustomerGroupLink], error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	return list[CustomerGroupLink](ctx, s.client(), "customer_groups.list_customers", opts, id)
}

// AddCustomer makes a customer a member of a group:
// POST /customer-groups/{customerGroupID}/customers (path inferred).
//
// Route key "customer_groups.add_customer" (see WithPaths).
func (s *CustomerGroupsService) AddCustomer(ctx context.Context, id, customerID int64) (*CustomerGroupLink, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	if err := check.ID("customer_id", customerID); err != nil {
		return nil, err
	}
	body := struct {
		CustomerID int64 `json:"customer_id"`
	}{customerID}
	return call[CustomerGroupLink](ctx, s.client(), http.MethodPost, "customer_groups.add_customer", body, id)
}

// RemoveCustomer ends a customer's membership of a group:
// DELETE /customer-groups/{customerGroupID}/customers/{customerID} (path inferred).
//
// Route key "customer_groups.remove_customer" (see WithPaths).
func (s *CustomerGroupsService) RemoveCustomer(ctx context.Context, id, customerID int64) error {
	if err := check.ID("id", id); err != nil {
		return err
	}
	if err := check.ID("customerID", customerID); err != nil {
		return err
	}
	return send(ctx, s.client(), http.MethodDelete, "customer_groups.remove_customer", nil, id, customerID)
}
