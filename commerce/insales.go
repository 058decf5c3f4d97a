package commerce

import (
	"context"
	"iter"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/insales"
)

// NewInSales returns a Store over the InSales admin API through c. Every
// resource supports Get, All and Changes:
//
//   - Orders: Get reads GET /admin/orders/{id}.json; All pages GET
//     /admin/orders.json with page and per_page; Changes walks GET
//     /admin/orders.json with updated_since and from_id (OrdersService.Changes).
//   - Products: GET /admin/products/{id}.json and GET /admin/products.json,
//     the same way (ProductsService); variants come nested in each product.
//     Archived (deleted) products are not listed by All.
//   - Customers: the API's clients, GET /admin/clients/{id}.json and GET
//     /admin/clients.json, the same way (ClientsService).
//
// Changes follows the vendor's sync method: the server orders what changed
// by updated_at then id and resumes after the checkpoint with from_id, one
// page at a time, so nothing is read into memory beyond a page. The walk
// stops before the records changed in the server's current second, by the
// answer's Date header, or without one by the client's clock (see
// insales.OrdersService.Changes; set it on c with insales.WithClock), and in
// any case before those changed in the current second of this Store's clock
// (WithClock) or later, so that a Date header in the future cannot release
// them. A server that answers a record at or before one already read in the
// walk (a page answered twice, a feed out of order) ends the walk with an
// error matching ecomkit.ErrInvalidResponse.
// Deletions do not show in Changes (the API's feed has none).
//
// Nothing is unsupported. Each value's Source is the *insales.Order,
// *insales.Product or *insales.Customer as decoded; see the package doc for
// which field feeds which. A nil c is refused.
func NewInSales(c *insales.Client, opts ...StoreOption) (Store, error) {
	if c == nil {
		return nil, errNilClient()
	}
	cfg := newConfig(opts)
	return newStore(InSales,
		reader[Order]{
			get: mapGet(c.Orders.Get, insalesOrder),
			all: func(ctx context.Context) iter.Seq2[Order, error] {
				return convert(c.Orders.All(ctx, nil), insalesOrder)
			},
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Order, error] {
				return ordered(from, cfg.now, convert(c.Orders.Changes(ctx, from, nil), insalesOrder))
			},
		},
		reader[Product]{
			get: mapGet(c.Products.Get, insalesProduct),
			all: func(ctx context.Context) iter.Seq2[Product, error] {
				return convert(c.Products.All(ctx, nil), insalesProduct)
			},
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Product, error] {
				return ordered(from, cfg.now, convert(c.Products.Changes(ctx, from, nil), insalesProduct))
			},
		},
		reader[Customer]{
			get: mapGet(c.Clients.Get, insalesCustomer),
			all: func(ctx context.Context) iter.Seq2[Customer, error] {
				return convert(c.Clients.All(ctx, nil), insalesCustomer)
			},
			changes: func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[Customer, error] {
				return ordered(from, cfg.now, convert(c.Clients.Changes(ctx, from, nil), insalesCustomer))
			},
		},
	), nil
}

// insalesOrderStatus maps fulfillment_status, the order's system status.
// The API documentation shows new, accepted and delivered; approved,
// dispatched, declined and returned are the other system statuses the
// insales package declares, not shown in the API documentation.
func insalesOrderStatus(s insales.FulfillmentStatus) OrderStatus {
	switch s {
	case insales.FulfillmentNew:
		return OrderOpen
	case insales.FulfillmentAccepted, insales.FulfillmentApproved:
		return OrderProcessing
	case insales.FulfillmentDispatched:
		return OrderShipped
	case insales.FulfillmentDelivered:
		return OrderCompleted
	case insales.FulfillmentDeclined:
		return OrderCancelled
	case insales.FulfillmentReturned:
		return OrderReturned
	}
	return OrderStatusUnknown
}

// insalesPaymentStatus maps financial_status: the API documentation lists
// pending and paid only.
func insalesPaymentStatus(s insales.FinancialStatus) PaymentStatus {
	switch s {
	case insales.FinancialPending:
		return PaymentPending
	case insales.FinancialPaid:
		return PaymentPaid
	}
	return PaymentStatusUnknown
}

// insalesFirstSent is the first amount the API sent: the final (full_)
// amount, else the plain one when an answer lacks it.
func insalesFirstSent(full, plain ecomkit.Decimal) *ecomkit.Decimal {
	if d := sent(full); d != nil {
		return d
	}
	return sent(plain)
}

// insalesDiscountTotal sums the order's discounts as the buyer sees them
// (full_amount, the margin added like the other full_ amounts; amount when
// an answer lacks it): 0 for an empty list, nil when the order sends no
// list (null or missing) or a discount without an amount (the sum would be
// wrong).
func insalesDiscountTotal(ds []insales.OrderDiscount) *ecomkit.Decimal {
	if ds == nil {
		return nil
	}
	sum := ecomkit.DecimalFromInt(0)
	for i := range ds {
		d := insalesFirstSent(ds[i].FullAmount, ds[i].Amount)
		if d == nil {
			return nil
		}
		sum = sum.Add(*d)
	}
	return &sum
}

// insalesOrder maps an order; src stays the Source.
func insalesOrder(src *insales.Order) Order {
	o := Order{
		Platform:              InSales,
		ID:                    src.ID,
		Number:                number(src.Number),
		CreatedAt:             src.CreatedAt,
		UpdatedAt:             src.UpdatedAt,
		Status:                insalesOrderStatus(src.FulfillmentStatus),
		PlatformStatus:        string(src.FulfillmentStatus),
		PaymentStatus:         insalesPaymentStatus(src.FinancialStatus),
		PlatformPaymentStatus: string(src.FinancialStatus),
		Currency:              string(src.CurrencyCode),
		Subtotal:              sent(src.ItemsPrice),
		ShippingTotal:         insalesFirstSent(src.FullDeliveryPrice, src.DeliveryPrice),
		DiscountTotal:         insalesDiscountTotal(src.Discounts),
		Total:                 sent(src.TotalPrice),
		Source:                src,
	}
	if len(src.OrderLines) > 0 {
		o.Lines = make([]OrderLine, len(src.OrderLines))
		for i := range src.OrderLines {
			l := &src.OrderLines[i]
			o.Lines[i] = OrderLine{
				ID:        l.ID,
				ProductID: l.ProductID,
				VariantID: l.VariantID,
				SKU:       str(l.SKU),
				Title:     l.Title,
				Quantity:  l.Quantity,
				UnitPrice: sent(l.SalePrice),
				Total:     insalesFirstSent(l.FullTotalPrice, l.TotalPrice),
				Source:    l,
			}
		}
	}
	if c := src.Client; c != nil {
		o.Customer = &CustomerRef{ID: c.ID, Email: str(c.Email), Name: insalesClientName(c), Phone: str(c.Phone)}
	}
	if a := src.ShippingAddress; a != nil {
		o.ShippingAddress = &Address{
			Name:       str(a.FullName),
			Line1:      str(a.Address),
			City:       str(a.City),
			Region:     str(a.State),
			PostalCode: str(a.Zip),
			Country:    str(a.Country),
			Phone:      str(a.Phone),
			Text:       str(a.FullDeliveryAddress),
			Source:     a,
		}
	}
	return o
}

// insalesClientName is a client's full name: for an individual, name,
// middlename and surname joined; for a legal entity, its name.
func insalesClientName(c *insales.Customer) string {
	if c.Type == insales.ClientJuridical {
		return fullName(c.Name)
	}
	return fullName(c.Name, str(c.Middlename), str(c.Surname))
}

// insalesCustomer maps a client; src stays the Source.
func insalesCustomer(src *insales.Customer) Customer {
	c := Customer{
		Platform:  InSales,
		ID:        src.ID,
		Email:     str(src.Email),
		Phone:     str(src.Phone),
		Name:      insalesClientName(src),
		CreatedAt: src.CreatedAt,
		UpdatedAt: src.UpdatedAt,
		Source:    src,
	}
	if src.Type == insales.ClientIndividual {
		c.FirstName, c.LastName = src.Name, str(src.Surname)
	}
	if a := src.JuridicalAddress; a != nil && *a != "" {
		c.Addresses = []Address{{Text: *a, Source: a}}
	}
	return c
}

// insalesProduct maps a product; src stays the Source.
func insalesProduct(src *insales.Product) Product {
	p := Product{
		Platform:  InSales,
		ID:        src.ID,
		Title:     src.Title,
		Handle:    src.Permalink,
		CreatedAt: src.CreatedAt,
		UpdatedAt: src.UpdatedAt,
		Source:    src,
	}
	if len(src.Variants) == 0 {
		return p
	}
	p.Variants = make([]Variant, len(src.Variants))
	for i := range src.Variants {
		v := &src.Variants[i]
		p.Variants[i] = Variant{
			ID:     v.ID,
			Title:  v.Title,
			SKU:    v.SKU,
			Price:  sent(v.Price),
			Stock:  decOf(v.Quantity),
			Source: v,
		}
	}
	p.Price = decOf(p.Variants[0].Price)
	if len(src.Variants) == 1 {
		p.SKU = src.Variants[0].SKU
	}
	p.Stock = insalesStock(src.Variants)
	return p
}

// insalesStock sums the variants' quantities; nil when a variant has none
// (stock not tracked), as a sum without it would be wrong.
func insalesStock(vs []insales.Variant) *ecomkit.Decimal {
	var sum ecomkit.Decimal
	for i := range vs {
		if vs[i].Quantity == nil {
			return nil
		}
		sum = sum.Add(*vs[i].Quantity)
	}
	return &sum
}
