package commerce

import (
	"context"
	"encoding/json"
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
		return nil, &ecomkit.FieldError{Field: "client", Problem: "must not be nil"}
	}
	return &shopkitStore{c: c, cfg: newConfig(opts)}, nil
}

// shopkitPageSize is the largest page the API documents.
const shopkitPageSize = 50

type shopkitStore struct {
	c   *shopkit.Client
	cfg storeConfig

	mu       sync.Mutex // guards currency and haveCur
	currency string
	haveCur  bool
}

func (s *shopkitStore) Platform() Platform { return Shopkit }

func (s *shopkitStore) Orders() Reader[Order] { return shopkitOrders{s} }

func (s *shopkitStore) Products() Reader[Product] { return shopkitProducts{s} }

func (s *shopkitStore) Customers() Reader[Customer] { return shopkitCustomers{s} }

// shopkitStoreCurrency returns the store currency (GET /store), read once;
// an error is returned and not kept, so the next call asks again.
func (s *shopkitStore) shopkitStoreCurrency(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.haveCur {
		return s.currency, nil
	}
	st, err := s.c.Store.Get(ctx)
	if err != nil {
		return "", err
	}
	s.currency, s.haveCur = st.Currency, true
	return s.currency, nil
}

// shopkitUnique drops a record already listed during this walk (offset
// paging repeats a record when an insert shifts a page boundary).
func shopkitUnique[T any](seq iter.Seq2[T, error], id func(*T) int64) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		seen := map[int64]bool{}
		for v, err := range seq {
			if err == nil {
				k := id(&v)
				if seen[k] {
					continue
				}
				seen[k] = true
			}
			if !yield(v, err) || err != nil {
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

// --- orders

type shopkitOrders struct{ s *shopkitStore }

func (r shopkitOrders) Get(ctx context.Context, id int64) (*Order, error) {
	o, err := r.s.c.Orders.Get(ctx, id)
	return get(o, err, shopkitOrder)
}

func (r shopkitOrders) All(ctx context.Context) iter.Seq2[Order, error] {
	return convert(r.s.c.Orders.All(ctx, shopkitOrderOptions()), shopkitOrder)
}

func (r shopkitOrders) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Order, error] {
	return settled(ctx, from, r.s.cfg.now, func(ctx context.Context) iter.Seq2[Order, error] {
		opts := shopkitOrderOptions()
		if !from.Time.IsZero() {
			opts.UpdatedFrom = shopkitDayBefore(from.Time)
		}
		orders := shopkitUnique(r.s.c.Orders.All(ctx, opts), func(o *shopkit.Order) int64 { return o.ID })
		return convert(orders, shopkitOrder)
	})
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

// shopkitAmount copies an amount the API sent; an amount it did not send
// (absent or null) decodes as the zero Decimal, which no sent value equals
// (a sent 0 keeps its text), and is nil.
func shopkitAmount(d ecomkit.Decimal) *ecomkit.Decimal {
	if d == (ecomkit.Decimal{}) {
		return nil
	}
	return dec(d)
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
		Subtotal:              shopkitAmount(o.Subtotal),
		ShippingTotal:         shopkitAmount(o.Shipping.Value),
		DiscountTotal:         shopkitAmount(o.Discount),
		TaxTotal:              shopkitAmount(o.TotalTax),
		Total:                 shopkitAmount(o.Total),
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
				UnitPrice: shopkitAmount(p.Price),
				Total:     shopkitAmount(p.Subtotal),
				Source:    p,
			}
		}
	}
	return out
}

// shopkitCustomerRef is the order's client; nil when the order has none.
func shopkitCustomerRef(c *shopkit.OrderClient) *CustomerRef {
	phone := shopkitExtraText(c.Extra, "phone") // client.phone: Shopkit's 2025 public docs
	if c.Name == "" && c.Email == "" && c.Company == "" && c.FiscalID == nil && c.Hash == "" && phone == "" &&
		shopkitOrderAddress(&c.Delivery) == nil && shopkitOrderAddress(&c.Billing) == nil && len(c.Extra) == 0 {
		return nil
	}
	return &CustomerRef{Email: c.Email, Name: c.Name, Phone: phone}
}

// shopkitExtraText reads a text (or number) field the model does not
// declare; "" when absent, null or not a scalar.
func shopkitExtraText(x ecomkit.Extra, key string) string {
	raw, ok := x[key]
	if !ok {
		return ""
	}
	var s shopkit.String
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return string(s)
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

// --- products

type shopkitProducts struct{ s *shopkitStore }

func (r shopkitProducts) Get(ctx context.Context, id int64) (*Product, error) {
	p, err := r.s.c.Products.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	cur, err := r.s.shopkitStoreCurrency(ctx)
	if err != nil {
		return nil, err
	}
	out := shopkitProduct(p, cur)
	return &out, nil
}

func (r shopkitProducts) All(ctx context.Context) iter.Seq2[Product, error] {
	return r.shopkitList(ctx, false)
}

func (r shopkitProducts) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Product, error] {
	return settled(ctx, from, r.s.cfg.now, func(ctx context.Context) iter.Seq2[Product, error] {
		return r.shopkitList(ctx, true)
	})
}

// shopkitList reads the store currency, then every product; unique drops
// a product listed twice.
func (r shopkitProducts) shopkitList(ctx context.Context, unique bool) iter.Seq2[Product, error] {
	return func(yield func(Product, error) bool) {
		cur, err := r.s.shopkitStoreCurrency(ctx)
		if err != nil {
			yield(Product{}, err)
			return
		}
		opts := &shopkit.ProductListOptions{StatusAlias: []string{"all"}, ListOptions: shopkit.ListOptions{Limit: shopkitPageSize}}
		seq := r.s.c.Products.All(ctx, opts)
		if unique {
			seq = shopkitUnique(seq, func(p *shopkit.Product) int64 { return p.ID })
		}
		for p, err := range convert(seq, func(p *shopkit.Product) Product { return shopkitProduct(p, cur) }) {
			if !yield(p, err) || err != nil {
				return
			}
		}
	}
}

func shopkitProduct(p *shopkit.Product, currency string) Product {
	out := Product{
		Platform:  Shopkit,
		ID:        p.ID,
		Title:     p.Title,
		Handle:    p.Handle,
		SKU:       str(p.Reference),
		Price:     shopkitAmount(p.Price),
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
			v := Variant{ID: o.ID, Title: o.Title, SKU: o.Reference, Price: shopkitAmount(o.Price), Source: o}
			if stock {
				v.Stock = dec(ecomkit.DecimalFromInt(int64(o.Stock)))
			}
			out.Variants[i] = v
		}
	}
	return out
}

// --- customers

type shopkitCustomers struct{ s *shopkitStore }

func (r shopkitCustomers) Get(ctx context.Context, id int64) (*Customer, error) {
	c, err := r.s.c.Clients.Get(ctx, id)
	return get(c, err, shopkitCustomer)
}

func (r shopkitCustomers) All(ctx context.Context) iter.Seq2[Customer, error] {
	return convert(r.s.c.Clients.All(ctx, &shopkit.ClientListOptions{ListOptions: shopkit.ListOptions{Limit: shopkitPageSize}}), shopkitCustomer)
}

func (r shopkitCustomers) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Customer, error] {
	return unsupported[Customer]{platform: Shopkit, resource: Customers,
		reason: "a Shopkit client carries no update time (only created_at and last_seen_at) and GET /client has no update filter",
	}.Changes(ctx, from)
}

func shopkitCustomer(c *shopkit.StoreClient) Customer {
	out := Customer{
		Platform:  Shopkit,
		ID:        c.ID,
		Email:     c.Email,
		Name:      c.Name,
		CreatedAt: shopkitUnixTime(c.CreatedAt),
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

// shopkitUnixTime converts a client's Unix-seconds time; a value that was
// not readable stays unreadable, with its raw text.
func shopkitUnixTime(u shopkit.UnixTime) ecomkit.Time {
	if u.Valid() {
		return ecomkit.Time{Time: u.Time}
	}
	var t ecomkit.Time
	if b, err := u.MarshalJSON(); err == nil {
		_ = t.UnmarshalJSON(b) // keeps the raw value; the error only repeats it
	}
	return t
}
