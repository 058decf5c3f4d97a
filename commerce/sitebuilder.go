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
		return nil, errNilClient()
	}
	_ = opts // no option applies: Changes is unsupported
	return newStore(SiteBuilder,
		reader[Order]{
			get: mapGet(c.Orders.Get, sitebuilderOrder),
			all: func(ctx context.Context) iter.Seq2[Order, error] {
				return convert(c.Orders.All(ctx, &sitebuilder.OrderListOptions{ListOptions: sitebuilderPage}), sitebuilderOrder)
			},
			why: sitebuilderOrdersNoChanges,
		},
		reader[Product]{
			get: mapGet(c.Products.Get, sitebuilderProduct),
			all: func(ctx context.Context) iter.Seq2[Product, error] {
				return convert(c.Products.All(ctx, &sitebuilder.ProductListOptions{ListOptions: sitebuilderPage}), sitebuilderProduct)
			},
			why: sitebuilderProductsNoChanges,
		},
		reader[Customer]{
			get: mapGet(c.Contacts.Get, sitebuilderCustomer),
			all: func(ctx context.Context) iter.Seq2[Customer, error] {
				return convert(c.Contacts.All(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilderPage}), sitebuilderCustomer)
			},
			why: sitebuilderCustomersNoChanges,
		},
	), nil
}

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

// sitebuilderOrder maps an order; see the mapping table.
func sitebuilderOrder(src *sitebuilder.Order) Order {
	o := Order{
		Platform:              SiteBuilder,
		ID:                    src.ID,
		Number:                number(src.InvoiceNo),
		CreatedAt:             unixTime(src.Created),
		Status:                sitebuilderStatus(src.Status),
		PlatformStatus:        string(src.Status),
		PaymentStatus:         PaymentPending,
		PlatformPaymentStatus: strconv.FormatBool(src.Paid),
		Subtotal:              sent(src.SubTotal),
		ShippingTotal:         sent(src.ShippingAmount),
		DiscountTotal:         sent(src.DiscountAmount),
		TaxTotal:              sitebuilderTaxTotal(src.Taxes),
		Total:                 sent(src.Total),
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
			Total:     sent(it.Total),
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

// sitebuilderTaxTotal is the sum of the order's taxes, nil when it lists
// none or a tax without its total (null or absent).
func sitebuilderTaxTotal(taxes []sitebuilder.Tax) *ecomkit.Decimal {
	if len(taxes) == 0 {
		return nil
	}
	var sum ecomkit.Decimal
	for _, t := range taxes {
		d := sent(t.Total)
		if d == nil {
			return nil // a tax without its total: the sum would be wrong
		}
		sum = sum.Add(*d)
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
			Price:  sent(v.Price),
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
		CreatedAt: unixTime(src.CreatedOn),
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
