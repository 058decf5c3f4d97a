package commerce

import (
	"context"
	"fmt"
	"iter"
	"strings"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/storefront"
)

// NewStorefront returns the Store of a headless storefront, read on behalf
// of the customer whose session c carries (after c.Customers.Login, or a
// client from c.AsCustomer or storefront.WithCustomerToken). The session is
// read at each call, so logging in or out on c changes what the Store sees;
// a call that needs the session and finds none fails with the storefront's
// own error (an *ecomkit.FieldError on auth_key, refused before sending).
// The Store never formats c or its session. Paths below are the client's
// default routes (most are inferred; storefront.WithRoutes moves them).
//
// Orders are the signed-in customer's orders: Get is GET /orders/{id}
// (Orders.Get), All walks GET /orders (Orders.All) sorted by id ascending
// (order_by=id, order_type=asc), so no order moves between pages during the
// walk. The API documentation shows no field of an order but its id (its
// examples are "{}" and four expand fragments of undocumented shape), so an
// Order carries only ID; everything the server sends stays in Source (a
// *storefront.Order, whose Extra keeps the undocumented members), and Status
// and PaymentStatus are the Unknown values. Changes is
// unsupported: the API documentation shows no update time on an order, and
// the list sorts by id, paid_at, created_at, payment_status or total_price,
// never by update.
//
// Products are the catalogue of GET /products (Products.All), the one
// listing whose items are products with their variants (GET
// /products/filter lists variants). Get(id) walks that listing until it
// finds id, page by page, because GET /products/{id} (Products.Get) takes a
// variant id and answers a single variant, not a product; a product the
// listing lacks is an error matching ecomkit.ErrNotFound. Changes reads the
// whole listing each time (the API has no updated-since filter and the
// listing no sort option) into memory, keeps what was updated after the
// checkpoint and yields it by (update time, id). It relies on the server
// listing products in an order edits do not change, which the API
// documentation does not state. Amounts are the integers the API sends
// (minor units, cents, as the API documentation says of discounts.by_price),
// not divided by 100; Currency is "" (the API documentation names no
// currency anywhere).
//
// Customers is the signed-in customer only, read with GET /customers/profile
// (Customers.GetProfile): a session sees no other customer. All yields that
// one customer; Get answers for that customer's id and is an error matching
// ecomkit.ErrNotFound for any other. Changes is unsupported: the profile
// carries no update time.
//
// A nil c is refused with an *ecomkit.FieldError.
func NewStorefront(c *storefront.Client, opts ...StoreOption) (Store, error) {
	if c == nil {
		return nil, errNilClient()
	}
	cfg := newConfig(opts)
	products := func(ctx context.Context) iter.Seq2[Product, error] {
		return convert(c.Products.All(ctx, nil), storefrontProduct)
	}
	return newStore(Storefront,
		reader[Order]{
			get: func(ctx context.Context, id int64) (*Order, error) {
				// The API documentation's order example has no id ("{}"):
				// an answer without one passes, another id does not.
				o, err := c.Orders.Get(ctx, id)
				return checkIDOf[Order](id, true)(get(o, err, storefrontOrder))
			},
			all: func(ctx context.Context) iter.Seq2[Order, error] {
				return convert(c.Orders.All(ctx, &storefront.OrderListOptions{OrderBy: "id", OrderType: "asc"}), storefrontOrder)
			},
			why: "the API documentation shows no update time on an order, and GET /orders sorts by id, " +
				"paid_at, created_at, payment_status or total_price, never by update",
		},
		reader[Product]{
			get: func(ctx context.Context, id int64) (*Product, error) { return storefrontProductByID(ctx, c, id) },
			all: products,
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Product, error] {
				return settledWithin(ctx, from, cfg.now, cfg.maxWindow, products)
			},
		},
		reader[Customer]{
			get: func(ctx context.Context, id int64) (*Customer, error) { return storefrontCustomerByID(ctx, c, id) },
			all: func(ctx context.Context) iter.Seq2[Customer, error] {
				return func(yield func(Customer, error) bool) {
					me, err := c.Customers.GetProfile(ctx)
					if err != nil {
						yield(Customer{}, err)
						return
					}
					yield(storefrontCustomer(me), nil)
				}
			},
			why: "the customer profile (GET /customers/profile) carries no update time",
		},
	), nil
}

// storefrontNotFound is the error of a Get whose id the storefront does not
// show to this session; it matches ecomkit.ErrNotFound.
func storefrontNotFound(r Resource, id int64, why string) error {
	return fmt.Errorf("commerce: storefront %s %d: %w (%s)", r, id, ecomkit.ErrNotFound, why)
}

// storefrontOrder maps an order: the API documentation shows only its id.
// Neither status nor payment status is documented, so both are unknown.
func storefrontOrder(src *storefront.Order) Order {
	return Order{
		Platform:      Storefront,
		ID:            src.ID,
		Status:        OrderStatusUnknown,
		PaymentStatus: PaymentStatusUnknown,
		Source:        src,
	}
}

// storefrontProductByID walks GET /products until it finds id: GET
// /products/{id} takes a variant id and answers a variant.
func storefrontProductByID(ctx context.Context, c *storefront.Client, id int64) (*Product, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	for p, err := range c.Products.All(ctx, nil) {
		if err != nil {
			return nil, err
		}
		if p.ID == id {
			m := storefrontProduct(&p)
			return &m, nil
		}
	}
	return nil, storefrontNotFound(Products, id, "not in the catalogue GET /products lists")
}

// storefrontProduct maps a product of GET /products and its variants.
func storefrontProduct(src *storefront.Product) Product {
	p := Product{
		Platform:  Storefront,
		ID:        src.ID,
		Title:     src.Title,
		Handle:    src.Handle,
		CreatedAt: src.CreatedAt,
		UpdatedAt: src.UpdatedAt,
		Source:    src,
	}
	if len(src.Variants) == 0 {
		return p
	}
	p.Variants = make([]Variant, len(src.Variants))
	stock := ecomkit.DecimalFromInt(0)
	for i := range src.Variants {
		v := &src.Variants[i]
		q := ecomkit.DecimalFromInt(v.InventoryQuantity)
		p.Variants[i] = Variant{ID: v.ID, Title: v.Title, SKU: v.SKU, Price: sent(v.Price), Stock: dec(q), Source: v}
		stock = stock.Add(q)
	}
	p.Price = sent(src.Variants[0].Price)
	p.Stock = &stock
	return p
}

// storefrontCustomerByID reads the profile: the signed-in customer is the
// only one the storefront shows.
func storefrontCustomerByID(ctx context.Context, c *storefront.Client, id int64) (*Customer, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	me, err := c.Customers.GetProfile(ctx)
	if err != nil {
		return nil, err
	}
	if me.ID != id {
		return nil, storefrontNotFound(Customers, id, "not the signed-in customer, the only one the storefront shows")
	}
	m := storefrontCustomer(me)
	return &m, nil
}

// storefrontCustomer maps the profile and its address book (shipping_info).
func storefrontCustomer(src *storefront.Customer) Customer {
	c := Customer{
		Platform:  Storefront,
		ID:        src.ID,
		Email:     src.Email,
		FirstName: src.Firstname,
		LastName:  src.Lastname,
		Name:      fullName(src.Firstname, src.Lastname),
		Source:    src,
	}
	if len(src.ShippingInfo) > 0 {
		c.Addresses = make([]Address, len(src.ShippingInfo))
		for i := range src.ShippingInfo {
			c.Addresses[i] = storefrontAddress(&src.ShippingInfo[i])
		}
	}
	return c
}

// storefrontAddress maps an address-book entry. Line2 is address_two and
// apartment_suite joined with ", "; Region is region, or province when
// region is empty.
func storefrontAddress(a *storefront.ShippingAddress) Address {
	region := a.Region
	if strings.TrimSpace(region) == "" {
		region = a.Province
	}
	return Address{
		Name:       fullName(a.FirstName, a.LastName),
		Company:    a.Company,
		Line1:      a.AddressOne,
		Line2:      join(", ", a.AddressTwo, a.ApartmentSuite),
		City:       a.City,
		Region:     region,
		PostalCode: a.Zip,
		Country:    a.Country,
		Phone:      a.Phone,
		Source:     a,
	}
}
