package shopkit

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// ProductSearchOptions are the optional parameters of GET /product/search.
type ProductSearchOptions struct {
	// Fields restricts the search to these product fields (sent
	// comma-separated): title, description, handle, brand, options,
	// categories, tags, reference, barcode.
	Fields []string `url:"fields,comma,omitempty"`
	ListOptions
}

var productSearchFields = []string{"title", "description", "handle", "brand", "options", "categories", "tags", "reference", "barcode"}

func (o *ProductSearchOptions) check() error {
	return checkChoices("fields", o.Fields, productSearchFields...)
}

// Search fetches one page of the products matching query: GET
// /product/search?query={query}. Documented outside the API
// documentation's examples: Shopkit's 2025 public docs (and since 2021).
func (p *ProductsService) Search(ctx context.Context, query string, opts *ProductSearchOptions) (*Page[Product], error) {
	if query == "" {
		return nil, transport.Invalid("query", "is required")
	}
	q := struct {
		Query string `url:"query"`
		*ProductSearchOptions
	}{query, opts}
	return list[Product](ctx, (*service)(p), routeProductSearch.path, opts, q)
}

// InvoiceResult is the answer of POST /order/{id}/invoice.
type InvoiceResult struct {
	// Message is "The invoice was issued successfully".
	Message string `json:"message"`
	Extra   Extra  `json:"-"` // fields this model does not declare
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (r *InvoiceResult) UnmarshalJSON(b []byte) error {
	type plain InvoiceResult
	return flex.DecodeWithExtra(b, (*plain)(r), &r.Extra)
}

// IssueInvoice issues an order's invoice through the store's invoicing app:
// POST /order/{id}/invoice (the 2025 docs label it POST, PUT and GET; the
// route is in routes.go). No invoicing app is a 400; an order already
// invoiced is 409, ErrConflict. Documented outside the API documentation's
// examples: Shopkit's 2025 public docs.
func (o *OrdersService) IssueInvoice(ctx context.Context, id int64) (*InvoiceResult, error) {
	path, err := idPath(routeOrderInvoice.path, id)
	if err != nil {
		return nil, err
	}
	out := &InvoiceResult{}
	if _, err := (*service)(o).call(ctx, routeOrderInvoice.method, path, nil, nil, out); err != nil {
		return nil, err
	}
	return out, nil
}

// IssueInvoiceBulk issues the invoices of up to 50 orders: PUT
// /order/bulk/invoice with a JSON array of {"id": ...}. More than
// MaxBulkOrders is refused before sending. Each order's own outcome is in
// the answer (its OK method). Documented outside the API documentation's
// examples: Shopkit's 2025 public docs.
func (o *OrdersService) IssueInvoiceBulk(ctx context.Context, ids []int64) ([]OrderBulkResult, error) {
	if len(ids) == 0 {
		return nil, transport.Invalid("body", "is required")
	}
	if len(ids) > MaxBulkOrders {
		return nil, transport.Invalid("body", "must be at most %d orders, got %d", MaxBulkOrders, len(ids))
	}
	body := make([]struct {
		ID int64 `json:"id"`
	}, len(ids))
	for i, id := range ids {
		if id <= 0 {
			return nil, transport.Invalid(fmt.Sprintf("[%d].id", i), "must be a positive id, got %d", id)
		}
		body[i].ID = id
	}
	return sendList[OrderBulkResult](ctx, (*service)(o), routeOrderBulkInvoice.method, routeOrderBulkInvoice.path, nil, body)
}

// CouponUpdate is the body of PUT /coupon/{id}: every field optional; a
// coupon's code cannot be changed.
type CouponUpdate struct {
	Limit      *int             `json:"limit,omitempty"` // 0 = unlimited
	Value      *Decimal         `json:"value,omitempty"`
	Type       *CouponType      `json:"type,omitempty"`
	AppliesTo  *CouponAppliesTo `json:"applies_to,omitempty"`
	OrdersOver *Decimal         `json:"orders_over,omitempty"`
	Category   IDOrHandle       `json:"category,omitempty"`
	Product    IDOrHandle       `json:"product,omitempty"`
	Brand      IDOrHandle       `json:"brand,omitempty"`
	Tag        IDOrHandle       `json:"tag,omitempty"`
	DateFrom   *Date            `json:"date_from,omitempty"`
	DateTo     *Date            `json:"date_to,omitempty"`
}

func (u *CouponUpdate) validate() error {
	if u == nil {
		return nil
	}
	if u.Limit != nil && *u.Limit < 0 {
		return transport.Invalid("limit", "must be 0 (unlimited) or more, got %d", *u.Limit)
	}
	if u.Value != nil && u.Value.Rat().Sign() <= 0 {
		return transport.Invalid("value", "must be positive")
	}
	if u.Type != nil {
		if err := oneOf("type", string(*u.Type), "money", "percent", "shipping"); err != nil || *u.Type == "" {
			return transport.Invalid("type", "must be one of money, percent, shipping, got %q", string(*u.Type))
		}
	}
	if u.AppliesTo != nil {
		if err := oneOf("applies_to", string(*u.AppliesTo), "all_orders", "category", "product", "brand", "tag", "orders_over"); err != nil || *u.AppliesTo == "" {
			return transport.Invalid("applies_to", "must be one of all_orders, category, product, brand, tag, orders_over, got %q", string(*u.AppliesTo))
		}
	}
	return checkDates("date_from", u.DateFrom, "date_to", u.DateTo)
}

// Update changes a coupon: PUT /coupon/{id} (the 2025 docs' path has no
// id while id is required; the route is in routes.go). The API answers a
// one-element array; the coupon in it is returned. Documented outside the
// API documentation's examples: Shopkit's 2025 public docs.
func (c *CouponsService) Update(ctx context.Context, id int64, u *CouponUpdate) (*Coupon, error) {
	if err := u.validate(); err != nil {
		return nil, err
	}
	if u == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	path, err := idPath(routeCouponUpdate.path, id)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(u)
	if err != nil {
		return nil, transport.Invalid("body", "cannot be encoded as JSON: %v", err)
	}
	if string(body) == "{}" {
		return nil, transport.Invalid("body", "nothing to update")
	}
	return send[Coupon](ctx, (*service)(c), routeCouponUpdate.method, path, nil, json.RawMessage(body))
}
