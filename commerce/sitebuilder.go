package commerce

import (
	"context"
	"iter"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

// NewSiteBuilder returns the Store of a website built with the website
// builder, read through c (see package sitebuilder).
//
// Orders are the store's orders: Get reads GET /orders/{id}, All walks
// GET /orders page by page (50 a page). Products are the store's products:
// GET /products/{id} and GET /products. Customers are the website's CRM
// contacts: GET /contacts/{id} and GET /contacts. Contacts rather than
// members, because the API documentation gives every order "the contact
// that made the order" (contactId) but a member only "if any" (memberId): a
// member is a buyer who also registered for the member area. Contacts are
// the buyer records a shop has for all its orders, and Order.Customer.ID is
// a contact id, which Customers().Get reads. Members stay readable through
// c.Members.
//
// Changes is unsupported for all three resources: orders and contacts carry
// only their creation time (created, createdOn) and their lists filter only
// by it (created_at_min), and products carry no time at all, so nothing the
// API answers tells an edited record from an untouched one. The API pushes
// edits instead: the order_updated, product_updated and contact_updated
// webhooks (see sitebuilder.WebhookHandler).
//
// Amounts are kept as the API sends them: JSON numbers, which the API
// documentation's examples show as whole currency units (49 for running
// shoes), never as cents, though the unit is not stated;
// the API names no currency anywhere, on an order, a product or the
// website, so Currency is always "". An amount the API sends as null is nil,
// a 0 it sends is 0. The package doc's mapping table lists every field.
// The website builder has no option that changes this Store; opts are
// accepted for symmetry with the other platforms.
func NewSiteBuilder(c *sitebuilder.Client, opts ...StoreOption) (Store, error) {
	if c == nil {
		return nil, &ecomkit.FieldError{Field: "client", Problem: "must not be nil"}
	}
	_ = newConfig(opts) // no clock needed: Changes is unsupported
	return sitebuilderStore{c: c}, nil
}

type sitebuilderStore struct {
	c *sitebuilder.Client
}

func (s sitebuilderStore) Platform() Platform { return SiteBuilder }

func (s sitebuilderStore) Orders() Reader[Order] { return sitebuilderOrders(s) }

func (s sitebuilderStore) Products() Reader[Product] { return sitebuilderProducts(s) }

func (s sitebuilderStore) Customers() Reader[Customer] { return sitebuilderCustomers(s) }

// The reasons Changes is unsupported, per resource.
const (
	sitebuilderOrdersNoChanges = "orders carry only their creation time (created) and GET /orders filters " +
		"only by it, so an edited order cannot be found; the order_updated webhook reports edits"
	sitebuilderProductsNoChanges = "products carry no timestamps and GET /products has no time filter; " +
		"the product_created and product_updated webhooks report changes"
	sitebuilderCustomersNoChanges = "contacts carry only their creation time (createdOn) and GET /contacts " +
		"filters only by it, so an edited contact cannot be found; the contact_updated webhook reports edits"
)

// sitebuilderPage is the page size of every walk: the API's largest.
var sitebuilderPage = sitebuilder.ListOptions{Limit: sitebuilder.MaxLimit}

type sitebuilderOrders sitebuilderStore

func (r sitebuilderOrders) Get(ctx context.Context, id int64) (*Order, error) {
	o, err := r.c.Orders.Get(ctx, id)
	return get(o, err, sitebuilderOrder)
}

func (r sitebuilderOrders) All(ctx context.Context) iter.Seq2[Order, error] {
	return convert(r.c.Orders.All(ctx, &sitebuilder.OrderListOptions{ListOptions: sitebuilderPage}), sitebuilderOrder)
}

func (r sitebuilderOrders) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Order, error] {
	u := unsupported[Order]{platform: SiteBuilder, resource: Orders, reason: sitebuilderOrdersNoChanges}
	return u.Changes(ctx, from)
}

type sitebuilderProducts sitebuilderStore

func (r sitebuilderProducts) Get(ctx context.Context, id int64) (*Product, error) {
	p, err := r.c.Products.Get(ctx, id)
	return get(p, err, sitebuilderProduct)
}

func (r sitebuilderProducts) All(ctx context.Context) iter.Seq2[Product, error] {
	return convert(r.c.Products.All(ctx, &sitebuilder.ProductListOptions{ListOptions: sitebuilderPage}), sitebuilderProduct)
}

func (r sitebuilderProducts) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Product, error] {
	u := unsupported[Product]{platform: SiteBuilder, resource: Products, reason: sitebuilderProductsNoChanges}
	return u.Changes(ctx, from)
}

type sitebuilderCustomers sitebuilderStore

func (r sitebuilderCustomers) Get(ctx context.Context, id int64) (*Customer, error) {
	c, err := r.c.Contacts.Get(ctx, id)
	return get(c, err, sitebuilderCustomer)
}

func (r sitebuilderCustomers) All(ctx context.Context) iter.Seq2[Customer, error] {
	return convert(r.c.Contacts.All(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilderPage}), sitebuilderCustomer)
}

func (r sitebuilderCustomers) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Customer, error] {
	u := unsupported[Customer]{platform: SiteBuilder, resource: Customers, reason: sitebuilderCustomersNoChanges}
	return u.Changes(ctx, from)
}

// sitebuilderOrder maps an order; see the mapping table.
func sitebuilderOrder(src *sitebuilder.Order) Order {
	o := Order{
		Platform:              SiteBuilder,
		ID:                    src.ID,
		Number:                sitebuilderNumber(src.InvoiceNo),
		CreatedAt:             sitebuilderTime(src.Created),
		Status:                sitebuilderStatus(src.Status),
		PlatformStatus:        string(src.Status),
		PaymentStatus:         PaymentPending,
		PlatformPaymentStatus: strconv.FormatBool(src.Paid),
		Subtotal:              sitebuilderAmount(src.SubTotal),
		ShippingTotal:         sitebuilderAmount(src.ShippingAmount),
		DiscountTotal:         sitebuilderAmount(src.DiscountAmount),
		TaxTotal:              sitebuilderTaxTotal(src.Taxes),
		Total:                 sitebuilderAmount(src.Total),
		BillingAddress:        sitebuilderAddress(src.BillingAddress),
		ShippingAddress:       sitebuilderAddress(src.ShippingAddress),
		Source:                src,
	}
	if src.Paid {
		o.PaymentStatus = PaymentPaid
	}
	if src.ContactID != 0 || src.CustomerEmail != "" || src.CustomerName != "" {
		o.Customer = &CustomerRef{ID: src.ContactID, Email: src.CustomerEmail, Name: src.CustomerName}
	}
	for i := range src.Items {
		it := &src.Items[i]
		o.Lines = append(o.Lines, OrderLine{
			ID:        it.ID,
			ProductID: it.ProductID,
			SKU:       it.SKU,
			Title:     it.Name,
			Quantity:  ecomkit.DecimalFromInt(it.Quantity),
			Total:     sitebuilderAmount(it.Total),
			Source:    it,
		})
	}
	return o
}

// sitebuilderStatus maps the five documented order statuses; archived says
// nothing of the order's progress, and anything else is undocumented.
func sitebuilderStatus(s sitebuilder.OrderStatus) OrderStatus {
	switch sitebuilder.OrderStatus(s.String()) { // the API's lower case
	case sitebuilder.OrderStatusPending:
		return OrderOpen
	case sitebuilder.OrderStatusShipped:
		return OrderShipped
	case sitebuilder.OrderStatusCompleted:
		return OrderCompleted
	case sitebuilder.OrderStatusCanceled:
		return OrderCancelled
	}
	return OrderStatusUnknown
}

// sitebuilderNumber is the invoice number as text, "" when the API sent
// none (0).
func sitebuilderNumber(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// sitebuilderAmount copies an amount the platform model keeps as a plain
// Decimal: nil when the API sent null or nothing. A Decimal decoded from a
// number, 0 included, keeps its text and so never equals the zero value.
func sitebuilderAmount(d ecomkit.Decimal) *ecomkit.Decimal {
	if d == (ecomkit.Decimal{}) {
		return nil
	}
	return dec(d)
}

// sitebuilderTaxTotal is the sum of the order's taxes, nil when it lists
// none.
func sitebuilderTaxTotal(taxes []sitebuilder.Tax) *ecomkit.Decimal {
	if len(taxes) == 0 {
		return nil
	}
	var sum ecomkit.Decimal
	for _, t := range taxes {
		sum = sum.Add(t.Total)
	}
	return &sum
}

// sitebuilderAddress maps an order's address; nil when the API sent none or
// one with every field empty (an order with nothing to ship).
func sitebuilderAddress(a *sitebuilder.Address) *Address {
	if a == nil || (len(a.Extra) == 0 && a.Name == "" && a.Phone == "" && a.CompanyName == "" &&
		a.CompanyID == "" && a.Country == "" && a.State == "" && a.City == "" && a.ZipCode == "" &&
		a.Address == "" && a.Address2 == "") {
		return nil
	}
	return &Address{
		Name:       a.Name,
		Company:    a.CompanyName,
		Line1:      a.Address,
		Line2:      a.Address2,
		City:       a.City,
		Region:     a.State,
		PostalCode: a.ZipCode,
		Country:    a.Country,
		Phone:      a.Phone,
		Source:     a,
	}
}

// sitebuilderTime turns the API's Unix seconds into a Time, keeping an
// unreadable value's raw text (Time.Raw) as UnixTime kept it.
func sitebuilderTime(u ecomkit.UnixTime) ecomkit.Time {
	if u.Valid() {
		if u.IsZero() {
			return ecomkit.Time{}
		}
		return ecomkit.Time{Time: u.Time}
	}
	var t ecomkit.Time
	if b, err := u.MarshalJSON(); err == nil { // the value as sent
		_ = t.UnmarshalJSON(b) // not a time: kept as raw, no error
	}
	return t
}

// sitebuilderProduct maps a product; see the mapping table.
func sitebuilderProduct(src *sitebuilder.Product) Product {
	p := Product{
		Platform: SiteBuilder,
		ID:       src.ID,
		Title:    src.Title,
		Handle:   src.URL,
		Source:   src,
	}
	var stock ecomkit.Decimal
	for i := range src.Variants {
		v := &src.Variants[i]
		q := ecomkit.DecimalFromInt(v.Quantity)
		stock = stock.Add(q)
		p.Variants = append(p.Variants, Variant{
			Title:  strings.Join(v.Options, " / "),
			SKU:    v.SKU,
			Price:  sitebuilderAmount(v.Price),
			Stock:  dec(q),
			Source: v,
		})
	}
	if len(p.Variants) > 0 {
		p.Price = decOf(p.Variants[0].Price)
		p.Stock = &stock
	}
	return p
}

// sitebuilderCustomer maps a contact; see the mapping table.
func sitebuilderCustomer(src *sitebuilder.Contact) Customer {
	c := Customer{
		Platform:  SiteBuilder,
		ID:        src.ID,
		Email:     src.Email,
		Name:      src.Name,
		Phone:     src.Phone,
		CreatedAt: sitebuilderTime(src.CreatedOn),
		Source:    src,
	}
	if src.Address != "" || src.City != "" || src.State != "" || src.Zip != "" || src.Country != "" ||
		src.CompanyName != "" {
		c.Addresses = []Address{{
			Company:    src.CompanyName,
			Line1:      src.Address,
			City:       src.City,
			Region:     src.State,
			PostalCode: src.Zip,
			Country:    src.Country,
			Source:     src,
		}}
	}
	return c
}
