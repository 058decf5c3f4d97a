package commerce

import (
	"context"
	"fmt"
	"iter"
	"strings"
	"time"

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
		return nil, &ecomkit.FieldError{Field: "client", Problem: "must not be nil"}
	}
	cfg := newConfig(opts)
	return &storefrontStore{
		orders:    storefrontOrders{c: c},
		products:  storefrontProducts{c: c, now: cfg.now},
		customers: storefrontCustomers{c: c},
	}, nil
}

// storefrontStore is the Store of NewStorefront.
type storefrontStore struct {
	orders    storefrontOrders
	products  storefrontProducts
	customers storefrontCustomers
}

func (s *storefrontStore) Platform() Platform            { return Storefront }
func (s *storefrontStore) Orders() Reader[Order]         { return s.orders }
func (s *storefrontStore) Products() Reader[Product]     { return s.products }
func (s *storefrontStore) Customers() Reader[Customer]   { return s.customers }
func (s *storefrontStore) String() string                { return "commerce.Store{storefront}" }
func (s *storefrontStore) Format(f fmt.State, verb rune) { storefrontFormat(f, verb, s.String()) }

// storefrontFormat prints text for every verb, so no verb reaches the
// client and its session.
func storefrontFormat(f fmt.State, verb rune, text string) {
	if verb == 'q' {
		text = fmt.Sprintf("%q", text)
	}
	_, _ = f.Write([]byte(text))
}

// storefrontNotFound is the error of a Get whose id the storefront does not
// show to this session; it matches ecomkit.ErrNotFound.
func storefrontNotFound(r Resource, id int64, why string) error {
	return fmt.Errorf("commerce: storefront %s %d: %w (%s)", r, id, ecomkit.ErrNotFound, why)
}

// ---- orders ----

const storefrontOrdersNoChanges = "the API documentation shows no update time on an order, " +
	"and GET /orders sorts by id, paid_at, created_at, payment_status or total_price, never by update"

// storefrontOrders reads the signed-in customer's orders.
type storefrontOrders struct{ c *storefront.Client }

func (r storefrontOrders) Get(ctx context.Context, id int64) (*Order, error) {
	o, err := r.c.Orders.Get(ctx, id)
	return get(o, err, storefrontOrder)
}

func (r storefrontOrders) All(ctx context.Context) iter.Seq2[Order, error] {
	return convert(r.c.Orders.All(ctx, &storefront.OrderListOptions{OrderBy: "id", OrderType: "asc"}), storefrontOrder)
}

func (r storefrontOrders) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Order, error] {
	return unsupported[Order]{platform: Storefront, resource: Orders, reason: storefrontOrdersNoChanges}.Changes(ctx, from)
}

func (r storefrontOrders) String() string                { return "commerce.Reader{storefront orders}" }
func (r storefrontOrders) Format(f fmt.State, verb rune) { storefrontFormat(f, verb, r.String()) }

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

// ---- products ----

// storefrontProducts reads the catalogue of GET /products.
type storefrontProducts struct {
	c   *storefront.Client
	now func() time.Time
}

func (r storefrontProducts) Get(ctx context.Context, id int64) (*Product, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	for p, err := range r.c.Products.All(ctx, nil) {
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

func (r storefrontProducts) All(ctx context.Context) iter.Seq2[Product, error] {
	return convert(r.c.Products.All(ctx, nil), storefrontProduct)
}

func (r storefrontProducts) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Product, error] {
	return settled(ctx, from, r.now, r.All)
}

func (r storefrontProducts) String() string                { return "commerce.Reader{storefront products}" }
func (r storefrontProducts) Format(f fmt.State, verb rune) { storefrontFormat(f, verb, r.String()) }

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
		p.Variants[i] = Variant{ID: v.ID, Title: v.Title, SKU: v.SKU, Price: storefrontAmount(v.Price), Stock: dec(q), Source: v}
		stock = stock.Add(q)
	}
	p.Price = storefrontAmount(src.Variants[0].Price)
	p.Stock = &stock
	return p
}

// storefrontAmount copies an amount the API sent; an absent, null or empty
// one (the zero Decimal, which a sent 0 is not) is nil.
func storefrontAmount(d ecomkit.Decimal) *ecomkit.Decimal {
	if d == (ecomkit.Decimal{}) {
		return nil
	}
	return dec(d)
}

// ---- customers ----

const storefrontCustomersNoChanges = "the customer profile (GET /customers/profile) carries no update time"

// storefrontCustomers reads the signed-in customer.
type storefrontCustomers struct{ c *storefront.Client }

func (r storefrontCustomers) Get(ctx context.Context, id int64) (*Customer, error) {
	if err := check.ID("id", id); err != nil {
		return nil, err
	}
	me, err := r.c.Customers.GetProfile(ctx)
	if err != nil {
		return nil, err
	}
	if me.ID != id {
		return nil, storefrontNotFound(Customers, id, "not the signed-in customer, the only one the storefront shows")
	}
	m := storefrontCustomer(me)
	return &m, nil
}

func (r storefrontCustomers) All(ctx context.Context) iter.Seq2[Customer, error] {
	return func(yield func(Customer, error) bool) {
		me, err := r.c.Customers.GetProfile(ctx)
		if err != nil {
			yield(Customer{}, err)
			return
		}
		yield(storefrontCustomer(me), nil)
	}
}

func (r storefrontCustomers) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Customer, error] {
	return unsupported[Customer]{platform: Storefront, resource: Customers, reason: storefrontCustomersNoChanges}.Changes(ctx, from)
}

func (r storefrontCustomers) String() string                { return "commerce.Reader{storefront customers}" }
func (r storefrontCustomers) Format(f fmt.State, verb rune) { storefrontFormat(f, verb, r.String()) }

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
		Line2:      storefrontJoin(", ", a.AddressTwo, a.ApartmentSuite),
		City:       a.City,
		Region:     region,
		PostalCode: a.Zip,
		Country:    a.Country,
		Phone:      a.Phone,
		Source:     a,
	}
}

// storefrontJoin joins the parts that are not blank with sep.
func storefrontJoin(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
