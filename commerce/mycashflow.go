package commerce

import (
	"context"
	"iter"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/mycashflow"
)

// NewMyCashflow returns the Store of a MyCashflow shop read through c (a
// client from mycashflow.NewClient, with its paths, API versions, retries
// and limits). A nil c is an *ecomkit.FieldError.
//
// Customers are read from the customer accounts:
//   - Get: GET /customers/{customerID} (c.Customers.Get).
//   - All: GET /customers, sorted id-asc, page by page (c.Customers.All).
//   - Changes: GET /customers?updated_at-from=<checkpoint time>&sort=id-asc,
//     every page of it. The filter is inclusive and to the second; the list
//     comes in id order, which edits do not change, so no customer shifts
//     between pages during the walk, but it is not the order of updates: the
//     walk reads the whole window into memory, keeps the customers after the
//     checkpoint, sorts them by (updated_at, id) and leaves those updated in
//     the server's current second (its Date header, or the store's clock)
//     to the next call. The zero Checkpoint sends no filter and reads every
//     customer into memory.
//
// A normalized Customer has one address: the primary address the API keeps
// on the customer account itself (street_address, postal_code, city,
// country). Its other addresses are not read, as that would be one more
// request per customer (N+1 in All); read them with
// c.Customers.ListAddresses(ctx, id, nil).
//
// Orders are unsupported: the MyCashflow API documentation has no order
// endpoints. Products are unsupported: the API documentation has no product
// listing and no product read by id; the one product route,
// GET /categories/{categoryID}/products, lists one category's product links
// (product ids and sort positions), neither every product nor a product's
// fields. Both answer errors matching ErrUnsupported. (The API
// documentation ends cut short after gift cards, so a later section may
// have been lost; public clients read orders from an undocumented /api/v0.
// Nothing of either is documented, so neither is read.)
func NewMyCashflow(c *mycashflow.Client, opts ...StoreOption) (Store, error) {
	if c == nil {
		return nil, errNilClient()
	}
	cfg := newConfig(opts)
	byID := &mycashflow.CustomerListOptions{ListOptions: mycashflow.ListOptions{Sort: mycashflow.SortIDAsc}}
	return newStore(MyCashflow,
		reader[Order]{why: mycashflowOrdersReason},
		reader[Product]{why: mycashflowProductsReason},
		reader[Customer]{
			get: func(ctx context.Context, id int64) (*Customer, error) {
				cu, err := c.Customers.Get(ctx, id)
				return checkID[Customer](id)(get(cu, err, mycashflowCustomer))
			},
			all: func(ctx context.Context) iter.Seq2[Customer, error] {
				return convert(c.Customers.All(ctx, byID), mycashflowCustomer)
			},
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Customer, error] {
				return settledWithin(ctx, from, cfg.now, cfg.maxWindow, func(ctx context.Context) iter.Seq2[Customer, error] {
					// UpdatedFrom is inclusive and sent to the second (a zero
					// time is not sent): the window holds every customer after
					// from, and settled drops those at or before it.
					opts := *byID
					opts.UpdatedFrom = from.Time
					return convert(c.Customers.All(ctx, &opts), mycashflowCustomer)
				})
			},
		},
	), nil
}

// mycashflowOrdersReason and mycashflowProductsReason say why those
// resources are unsupported.
const (
	mycashflowOrdersReason = "the MyCashflow API documentation has no order endpoints"

	mycashflowProductsReason = "the MyCashflow API documentation has no product listing and no product " +
		"read by id; GET /categories/{id}/products lists one category's product links, not every product"
)

// mycashflowCustomer normalizes a customer account; src is kept as Source.
func mycashflowCustomer(src *mycashflow.Customer) Customer {
	cu := Customer{
		Platform:  MyCashflow,
		ID:        src.ID,
		Email:     src.Email,
		FirstName: src.FirstName,
		LastName:  src.LastName,
		Name:      fullName(src.FirstName, src.LastName),
		Phone:     src.Phone,
		CreatedAt: src.CreatedAt,
		UpdatedAt: src.UpdatedAt,
		Source:    src,
	}
	if a, ok := mycashflowPrimaryAddress(src); ok {
		cu.Addresses = []Address{a}
	}
	return cu
}

// mycashflowPrimaryAddress is the address the API keeps on the customer
// account; ok is false when the account has none of its fields.
func mycashflowPrimaryAddress(src *mycashflow.Customer) (Address, bool) {
	a := Address{
		Line1:      src.StreetAddress,
		City:       src.City,
		PostalCode: src.PostalCode,
		Country:    src.Country,
		Source:     src,
	}
	return a, a.Line1 != "" || a.City != "" || a.PostalCode != "" || a.Country != ""
}
