package commerce

import (
	"context"
	"iter"
	"strconv"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/shopkit"
)

// NewShopkit returns the Store of a Shopkit shop, read through c (build it
// with shopkit.NewClient). A nil c is refused.
//
// Orders: Get is GET /order?id={id}; All is GET /order?status_alias=all,
// page after page (50 a page). Changes is GET /order with
// date_type=update_at and date_from set to the day before the checkpoint's
// UTC day (the API filters by whole days and does not say in which time
// zone it reads them), status_alias=all; the whole window is read into
// memory, records at or before the checkpoint are dropped, the rest sorted
// by (update_at, id). Order amounts are in the order's own currency.
//
// Products: Get is GET /product?id={id}; All is GET /product?status_alias=all.
// GET /product has no update filter, so Changes reads every product each
// time (into memory) and keeps those updated after the checkpoint.
// Product prices are in the store currency, which only the store states:
// it is read once per Store from GET /store, on the first product read
// (not kept when that call fails).
//
// Customers (Shopkit's clients, from Shopkit's 2025 public docs): Get is
// GET /client/{id}; All is GET /client. Changes is unsupported: a client
// carries no update time (only created_at and last_seen_at) and GET /client
// has no update filter.
//
// The API documents no sort order for its lists. Changes assumes the
// server lists in an order that edits do not change (the id or creation
// order); a record listed twice during a walk (a page boundary shifting
// under a concurrent insert) is read once. A deletion during a walk can
// shift a record into a page already read; the API offers no cursor to
// prevent that.
//
// See the package doc for which Shopkit field feeds each normalized field.
func NewShopkit(c *shopkit.Client, opts ...StoreOption) (Store, error) {
	if c == nil {
		return nil, errNilClient()
	}
	cfg := newConfig(opts)
	cur := &shopkitCurrency{c: c}
	products := func(ctx context.Context) iter.Seq2[Product, error] { return shopkitProducts(ctx, c, cur) }
	return newStore(Shopkit,
		reader[Order]{
			get: mapGet(c.Orders.Get, shopkitOrder),
			all: func(ctx context.Context) iter.Seq2[Order, error] {
				return convert(c.Orders.All(ctx, shopkitOrderOptions()), shopkitOrder)
			},
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Order, error] {
				return settledWithin(ctx, from, cfg.now, cfg.maxWindow, func(ctx context.Context) iter.Seq2[Order, error] {
					opts := shopkitOrderOptions()
					if !from.Time.IsZero() {
						opts.UpdatedFrom = shopkitDayBefore(from.Time)
					}
					return convert(c.Orders.All(ctx, opts), shopkitOrder)
				})
			},
		},
		reader[Product]{
			get: func(ctx context.Context, id int64) (*Product, error) {
				p, err := c.Products.Get(ctx, id)
				if err != nil {
					return nil, err
				}
				currency, err := cur.get(ctx)
				if err != nil {
					return nil, err
				}
				out := shopkitProduct(p, currency)
				return checkID[Product](id)(&out, nil)
			},
			all: products,
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Product, error] {
				return settledWithin(ctx, from, cfg.now, cfg.maxWindow, products)
			},
		},
		reader[Customer]{
			get: mapGet(c.Clients.Get, shopkitCustomer),
			all: func(ctx context.Context) iter.Seq2[Customer, error] {
				return convert(c.Clients.All(ctx, &shopkit.ClientListOptions{ListOptions: shopkit.ListOptions{Limit: shopkitPageSize}}), shopkitCustomer)
			},
			why: "a Shopkit client carries no update time (only created_at and last_seen_at) and GET /client has no update filter",
		},
	), nil
}

// shopkitPageSize is the largest page the API documents.
const shopkitPageSize = 50

// shopkitCurrency is the store currency (GET /store), read once per Store;
// a failed read is not kept, so the next call asks again.
type shopkitCurrency struct {
	c        *shopkit.Client
	mu       sync.Mutex
	currency string
	read     bool
}

func (s *shopkitCurrency) get(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.read {
		return s.currency, nil
	}
	st, err := s.c.Store.Get(ctx)
	if err != nil {
		return "", err
	}
	s.currency, s.read = st.Currency, true
	return s.currency, nil
}

// shopkitProducts reads the store currency, then every product.
func shopkitProducts(ctx context.Context, c *shopkit.Client, cur *shopkitCurrency) iter.Seq2[Product, error] {
	return func(yield func(Product, error) bool) {
		currency, err := cur.get(ctx)
		if err != nil {
			yield(Product{}, err)
			return
		}
		opts := &shopkit.ProductListOptions{StatusAlias: []string{"all"}, ListOptions: shopkit.ListOptions{Limit: shopkitPageSize}}
		for p, err := range convert(c.Products.All(ctx, opts), func(p *shopkit.Product) Product { return shopkitProduct(p, currency) }) {
			if !yield(p, err) || err != nil {
				return
			}
		}
	}
}

// shopkitDayBefore is the day the update filter starts from: the day before
// from's UTC day, so that the server's time zone, whichever it is, cannot
// leave out a record updated after from.
func shopkitDayBefore(t time.Time) time.Time {
	u := t.UTC()
	return time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
}

func shopkitOrderOptions() *shopkit.OrderListOptions {
	return &shopkit.OrderListOptions{
		StatusAlias: []shopkit.OrderStatus{shopkit.OrderAll},
		ListOptions: shopkit.ListOptions{Limit: shopkitPageSize},
	}
}

// shopkitStatuses maps the status aliases the API documentation lists. It
// lists them without defining them: each is mapped by its name.
var shopkitStatuses = map[shopkit.OrderStatus]OrderStatus{
	shopkit.OrderPending:             OrderOpen,
	shopkit.OrderWaitingConfirmation: OrderOpen,
	shopkit.OrderWaitingPayment:      OrderOpen,
	shopkit.OrderProcessing:          OrderProcessing,
	shopkit.OrderWaitingStock:        OrderProcessing,
	shopkit.OrderWaitingShipment:     OrderProcessing,
	shopkit.OrderSent:                OrderShipped,
	shopkit.OrderDelivered:           OrderCompleted,
	shopkit.OrderCanceled:            OrderCancelled,
	shopkit.OrderReturned:            OrderReturned,
	// pickup_available is left unknown: ready at a store pickup point (not
	// shipped) or at a carrier's (shipped), the API does not say.
}

// shopkitOrderStatus maps status_alias; without one, the status number,
// of which the API documentation explains only 3 (sent).
func shopkitOrderStatus(o *shopkit.Order) (OrderStatus, string) {
	if o.StatusAlias != "" {
		if st, ok := shopkitStatuses[o.StatusAlias]; ok {
			return st, string(o.StatusAlias)
		}
		return OrderStatusUnknown, string(o.StatusAlias)
	}
	if o.Status == 0 {
		return OrderStatusUnknown, ""
	}
	if o.Status == 3 {
		return OrderShipped, "3"
	}
	return OrderStatusUnknown, strconv.Itoa(o.Status)
}

func shopkitOrder(o *shopkit.Order) Order {
	status, raw := shopkitOrderStatus(o)
	out := Order{
		Platform:              Shopkit,
		ID:                    o.ID,
		CreatedAt:             o.CreatedAt,
		UpdatedAt:             o.UpdateAt,
		Status:                status,
		PlatformStatus:        raw,
		PaymentStatus:         PaymentPending,
		PlatformPaymentStatus: strconv.FormatBool(o.Paid),
		Currency:              o.Currency,
		Subtotal:              sent(o.Subtotal),
		ShippingTotal:         sent(o.Shipping.Value),
		DiscountTotal:         sent(o.Discount),
		TaxTotal:              sent(o.TotalTax),
		Total:                 sent(o.Total),
		Customer:              shopkitCustomerRef(&o.Client),
		BillingAddress:        shopkitOrderAddress(&o.Client.Billing),
		ShippingAddress:       shopkitOrderAddress(&o.Client.Delivery),
		Source:                o,
	}
	if o.Paid {
		out.PaymentStatus = PaymentPaid
	}
	if len(o.Products) > 0 {
		out.Lines = make([]OrderLine, len(o.Products))
		for i := range o.Products {
			p := &o.Products[i]
			out.Lines[i] = OrderLine{
				ProductID: p.ID,
				SKU:       p.Reference,
				Title:     p.Title,
				Quantity:  ecomkit.DecimalFromInt(int64(p.Quantity)),
				UnitPrice: sent(p.Price),
				Total:     sent(p.Subtotal),
				Source:    p,
			}
		}
	}
	return out
}

// shopkitCustomerRef is the order's client; nil when the order has none.
func shopkitCustomerRef(c *shopkit.OrderClient) *CustomerRef {
	phone := string(c.Phone) // client.phone: Shopkit's 2025 public docs
	if c.Name == "" && c.Email == "" && c.Company == "" && c.FiscalID == nil && c.Hash == "" && phone == "" &&
		c.Address == "" && c.Postcode == "" && c.Town == "" && c.Country == "" && c.CountryCode == "" &&
		shopkitOrderAddress(&c.Delivery) == nil && shopkitOrderAddress(&c.Billing) == nil && len(c.Extra) == 0 {
		return nil
	}
	return &CustomerRef{Email: c.Email, Name: c.Name, Phone: phone}
}

// shopkitOrderAddress is nil for an address the order does not carry.
func shopkitOrderAddress(a *shopkit.OrderAddress) *Address {
	if a.Name == "" && a.Phone == "" && a.Address == "" && a.AddressExtra == "" && a.Country == "" &&
		a.CountryCode == "" && a.CountryCodeAlpha2 == "" && a.ZipCode == "" && a.City == "" && len(a.Extra) == 0 {
		return nil
	}
	return &Address{
		Name:       a.Name,
		Line1:      a.Address,
		Line2:      a.AddressExtra,
		City:       a.City,
		PostalCode: a.ZipCode,
		Country:    a.CountryCode,
		Phone:      string(a.Phone),
		Source:     a,
	}
}

func shopkitProduct(p *shopkit.Product, currency string) Product {
	out := Product{
		Platform:  Shopkit,
		ID:        p.ID,
		Title:     p.Title,
		Handle:    p.Handle,
		SKU:       str(p.Reference),
		Price:     sent(p.Price),
		Currency:  currency,
		CreatedAt: p.CreatedAt,
		UpdatedAt: p.UpdatedAt,
		Source:    p,
	}
	// Units in stock are sent, and meaningful, only with stock enabled.
	stock := p.Stock.StockEnabled
	if stock {
		out.Stock = dec(ecomkit.DecimalFromInt(int64(p.Stock.StockQty)))
	}
	if len(p.Options) > 0 {
		out.Variants = make([]Variant, len(p.Options))
		for i := range p.Options {
			o := &p.Options[i]
			v := Variant{ID: o.ID, Title: o.Title, SKU: o.Reference, Price: sent(o.Price), Source: o}
			if stock {
				v.Stock = dec(ecomkit.DecimalFromInt(int64(o.Stock)))
			}
			out.Variants[i] = v
		}
	}
	return out
}

func shopkitCustomer(c *shopkit.StoreClient) Customer {
	out := Customer{
		Platform:  Shopkit,
		ID:        c.ID,
		Email:     c.Email,
		Name:      c.Name,
		CreatedAt: unixTime(c.CreatedAt),
		Source:    c,
	}
	for _, a := range []*shopkit.ClientAddress{c.Delivery, c.Billing} {
		if a != nil {
			out.Addresses = append(out.Addresses, Address{
				Name:       a.Name,
				Line1:      a.Address,
				Line2:      string(a.AddressExtra),
				City:       a.City,
				PostalCode: a.ZipCode,
				Country:    a.CountryCode,
				Phone:      string(a.Phone),
				Source:     a,
			})
		}
	}
	return out
}
