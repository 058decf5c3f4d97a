package shopkit

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Order status aliases (Order.StatusAlias, the status_alias filter and
// update field). The seed does not give the matching integers, except
// 3 = sent in its example.
const (
	OrderPending             = "pending"
	OrderProcessing          = "processing"
	OrderSent                = "sent"
	OrderCanceled            = "canceled"
	OrderWaitingConfirmation = "waiting_confirmation"
	OrderWaitingPayment      = "waiting_payment"
	OrderWaitingStock        = "waiting_stock"
	OrderDelivered           = "delivered"
	OrderReturned            = "returned"
	OrderPickupAvailable     = "pickup_available"
	OrderWaitingShipment     = "waiting_shipment"
)

// Order is a store order.
type Order struct {
	ID         int64         `json:"id"`
	Hash       string        `json:"hash"` // used in the public permalink
	Total      Decimal       `json:"total"`
	Subtotal   Decimal       `json:"subtotal"`
	ProductTax Decimal       `json:"product_tax"` // unrounded, e.g. 16.0052
	TotalTax   Decimal       `json:"total_tax"`
	Discount   Decimal       `json:"discount"`
	Shipping   OrderShipping `json:"shipping"`
	CreatedAt  Time          `json:"created_at"`
	// UpdateAt is spelled update_at by the API (not updated_at).
	UpdateAt          Time         `json:"update_at"`
	SentAt            Time         `json:"sent_at"`
	PaidAt            Time         `json:"paid_at"`
	Currency          string       `json:"currency"` // ISO 4217
	Payment           OrderPayment `json:"payment"`
	Status            int          `json:"status"`       // 1..11 (3 = sent)
	StatusAlias       string       `json:"status_alias"` // Order* constant
	StatusDescription string       `json:"status_description"`
	Paid              bool         `json:"paid"`
	IsNew             bool         `json:"is_new"`
	Wholesale         bool         `json:"wholesale"` // B2B order
	InvoiceURL        string       `json:"invoice_url"`
	Weight            Int          `json:"weight"` // grams
	Observations      string       `json:"observations"`
	Note              string       `json:"note"`
	ClientNote        string       `json:"client_note"`
	CustomField       string       `json:"custom_field"`
	TrackingCode      string       `json:"tracking_code"`
	TrackingCarrier   string       `json:"tracking_carrier"` // "" when unset
	// TrackingCreatedAt is "" in the examples: the zero Time then.
	TrackingCreatedAt    Time   `json:"tracking_created_at"`
	TrackingURL          string `json:"tracking_url"`
	ExpectedArrivalFrom  *Time  `json:"expected_arrival_from"`
	ExpectedArrivalUntil *Time  `json:"expected_arrival_until"`
	ShippingURL          string `json:"shipping_url"`
	ATCode               string `json:"at_code"` // Portuguese transport document code
	// TaxExemption is null in every example; its type is undocumented.
	TaxExemption   json.RawMessage    `json:"tax_exemption"`
	Coupon         *OrderCoupon       `json:"coupon"`
	ShipmentMethod string             `json:"shipment_method"`
	Permalink      string             `json:"permalink"`
	Client         OrderClient        `json:"client"`
	Products       List[OrderProduct] `json:"products"`
	Tags           List[OrderTag]     `json:"tags"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *Order) UnmarshalJSON(b []byte) error {
	type plain Order
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderShipping is an order's shipping cost.
type OrderShipping struct {
	Value           Decimal  `json:"value"`
	Tax             Decimal  `json:"tax"`
	TaxPercent      *Decimal `json:"tax_percent"`
	Discount        Decimal  `json:"discount"`
	DiscountPercent Decimal  `json:"discount_percent"`
}

// OrderPayment is an order's payment method and its data.
type OrderPayment struct {
	Type        string           `json:"type"` // method alias, e.g. multibanco
	Data        OrderPaymentData `json:"data"`
	Description string           `json:"description"`
}

// OrderPaymentData is the payment reference; the seed shows only the
// multibanco form (entity, reference, value). Entity and Reference are
// numbers in the example, kept as text so leading zeros survive.
type OrderPaymentData struct {
	Entity    String  `json:"entity"`
	Reference String  `json:"reference"`
	Value     Decimal `json:"value"`

	// Extra keeps the keys of other payment types.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (d *OrderPaymentData) UnmarshalJSON(b []byte) error {
	type plain OrderPaymentData
	return flex.DecodeWithExtra(b, (*plain)(d), &d.Extra)
}

// OrderCoupon is the coupon applied to an order.
type OrderCoupon struct {
	Code  string  `json:"code"`
	Type  string  `json:"type"` // money, percent or shipping
	Value Decimal `json:"value"`
}

// OrderClient is an order's customer. client_* webhooks carry it too.
type OrderClient struct {
	Name         string       `json:"name"`
	Email        string       `json:"email"`
	FiscalID     *string      `json:"fiscal_id"`
	Company      string       `json:"company"`
	IsRegistered bool         `json:"is_registered"` // false for a guest
	Delivery     OrderAddress `json:"delivery"`
	Billing      OrderAddress `json:"billing"`
}

// OrderAddress is a delivery or billing address.
type OrderAddress struct {
	Name         string `json:"name"`
	Phone        String `json:"phone"`
	Address      string `json:"address"`
	AddressExtra string `json:"address_extra"`
	Country      string `json:"country"`
	CountryCode  string `json:"country_code"` // ISO 3166-1 alpha-3
	ZipCode      string `json:"zip_code"`
	City         string `json:"city"`
}

// OrderProduct is an order line.
type OrderProduct struct {
	ID               int64   `json:"id"` // product id
	Title            string  `json:"title"`
	Option           *string `json:"option"` // e.g. "Azul / Small"; null without options
	Reference        string  `json:"reference"`
	Barcode          string  `json:"barcode"`
	Price            Decimal `json:"price"` // unit price
	Tax              Decimal `json:"tax"`   // percent
	Quantity         Int     `json:"quantity"`
	Discount         Decimal `json:"discount"`
	Subtotal         Decimal `json:"subtotal"` // unrounded
	DiscountPercent  Decimal `json:"discount_percent"`
	Weight           Int     `json:"weight"`
	URL              string  `json:"url"`
	DescriptionShort string  `json:"description_short"`
	Image            Image   `json:"image"`
}

// OrderTag is a tag attached to an order.
type OrderTag struct {
	ID         int64  `json:"id"`
	Title      string `json:"title"`
	Handle     string `json:"handle"`
	TotalItems Int    `json:"total_items"`
	CreatedAt  Time   `json:"created_at"`
}

// OrderListOptions filter GET /order. Zero values are not sent; values
// outside the documented choices are refused before sending.
type OrderListOptions struct {
	// IDs selects orders by id (sent comma-separated); positive ids.
	IDs []int64 `url:"ids,comma,omitempty"`
	// Status selects by status number, each 0..11 (3 = sent; the docs give
	// no other mapping).
	Status []int `url:"status,comma,omitempty"`
	// StatusAlias selects by status alias: "all" or the Order* constants.
	StatusAlias []string `url:"status_alias,comma,omitempty"`
	// Paid selects paid (true) or unpaid (false) orders; nil does not filter.
	Paid *bool `url:"paid,omitempty"`
	// DateFilter is today, yesterday, last_week or last_month.
	DateFilter string `url:"date_filter,omitempty"`
	// DateFrom keeps orders from this day on (sent as YYYY-MM-DD; the date
	// DateType names).
	DateFrom *Date `url:"-"`
	// DateTo keeps orders up to this day (YYYY-MM-DD); not before DateFrom.
	DateTo *Date `url:"-"`
	// DateType picks the date the filters apply to: created_at, update_at,
	// sent_at or paid_at (the server's default is undocumented).
	DateType string `url:"date_type,omitempty"`
	// CouponCode filters by coupon code (the seed types it integer, but
	// codes are strings such as "bajevolp").
	CouponCode string `url:"coupon_code,omitempty"`
	ListOptions
}

// Order list filter choices (OrderListOptions.DateFilter and DateType).
var (
	orderDateFilters = []string{"today", "yesterday", "last_week", "last_month"}
	orderDateTypes   = []string{"created_at", "update_at", "sent_at", "paid_at"}
)

// check refuses filter values outside the documented choices.
func (o *OrderListOptions) check() error {
	if err := check.IDs("ids", o.IDs); err != nil {
		return err
	}
	if err := checkInts("status", o.Status, 0, 11); err != nil {
		return err
	}
	if err := checkChoices("status_alias", o.StatusAlias, append([]string{"all"}, orderStatusAliases...)...); err != nil {
		return err
	}
	if err := check.OneOf("date_filter", o.DateFilter, orderDateFilters...); err != nil {
		return err
	}
	if err := check.OneOf("date_type", o.DateType, orderDateTypes...); err != nil {
		return err
	}
	return checkDates("date_from", o.DateFrom, "date_to", o.DateTo)
}

// orderQuery is what goes on the wire for OrderListOptions.
type orderQuery struct {
	*OrderListOptions
	From string `url:"date_from,omitempty"`
	To   string `url:"date_to,omitempty"`
}

func (o *OrderListOptions) query() any {
	if o == nil {
		return nil
	}
	q := &orderQuery{OrderListOptions: o}
	if o.DateFrom != nil {
		q.From = o.DateFrom.String()
	}
	if o.DateTo != nil {
		q.To = o.DateTo.String()
	}
	return q
}

// OrderUpdate is the body of PUT /order/{id} and one element of PUT
// /order/bulk (where ID is required); only the fields set are sent.
type OrderUpdate struct {
	// ID is sent only by UpdateBulk, where it is required; Update takes
	// the id as an argument (a different ID here is refused).
	ID int64 `json:"id,omitempty"`
	// Status is the new status number, 1..11 (3 = sent).
	Status *int `json:"status,omitempty"`
	// StatusAlias is the new status, one of the Order* constants.
	StatusAlias string `json:"status_alias,omitempty"`
	// Paid marks the order paid (true) or unpaid (false).
	Paid *bool `json:"paid,omitempty"`
	// InvoiceURL is the invoice's permalink.
	InvoiceURL *string `json:"invoice_url,omitempty"`
	// TrackingURL is the parcel tracking URL.
	TrackingURL *string `json:"tracking_url,omitempty"`
	// TrackingCode is the carrier's tracking code.
	TrackingCode *string `json:"tracking_code,omitempty"`
	// TrackingCarrier is one of TrackingCarriers: ctt, dpd,
	// correos_express, dhl_express, dhl_globalmail, dhl_parcel, fedex,
	// gls, mrw, rangel, nacex, seur, tnt, ups, vasp, other.
	TrackingCarrier *string `json:"tracking_carrier,omitempty"`
	// ShippingURL is a shipping document URL.
	ShippingURL *string `json:"shipping_url,omitempty"`
	// ATCode is the Portuguese tax authority (AT) transport document code.
	ATCode *string `json:"at_code,omitempty"`
	// PickupCode is the code for collecting the order at a pickup point.
	PickupCode *string `json:"pickup_code,omitempty"`
	// Note is the store's note on the order.
	Note *string `json:"note,omitempty"`
	// ClientNote is the client's note on the order.
	ClientNote *string `json:"client_note,omitempty"`
}

// orderStatusAliases are the documented status_alias values of an update.
var orderStatusAliases = []string{OrderPending, OrderProcessing, OrderSent, OrderCanceled, OrderWaitingConfirmation,
	OrderWaitingPayment, OrderWaitingStock, OrderDelivered, OrderReturned, OrderPickupAvailable, OrderWaitingShipment}

// TrackingCarriers are the tracking_carrier values the API documents.
var TrackingCarriers = []string{"ctt", "dpd", "correos_express", "dhl_express", "dhl_globalmail", "dhl_parcel",
	"fedex", "gls", "mrw", "rangel", "nacex", "seur", "tnt", "ups", "vasp", "other"}

func (u *OrderUpdate) validate(field string) error {
	if u.Status != nil && (*u.Status < 1 || *u.Status > 11) {
		return transport.Invalid(field+"status", "must be 1..11, got %d", *u.Status)
	}
	if u.StatusAlias != "" && !slices.Contains(orderStatusAliases, u.StatusAlias) {
		return transport.Invalid(field+"status_alias", "%q is not one of %s", u.StatusAlias, strings.Join(orderStatusAliases, ", "))
	}
	if u.TrackingCarrier != nil && !slices.Contains(TrackingCarriers, *u.TrackingCarrier) {
		return transport.Invalid(field+"tracking_carrier", "%q is not one of %s", *u.TrackingCarrier, strings.Join(TrackingCarriers, ", "))
	}
	return nil
}

// OrderBulkResult is the outcome for one order of PUT /order/bulk.
type OrderBulkResult struct {
	Code    int    `json:"code"`    // HTTP-like status for this order: 200, 404...
	Message string `json:"message"` // "OK", "Not found"
	ID      int64  `json:"id"`
}

// OK reports whether this order was updated.
func (r OrderBulkResult) OK() bool { return r.Code >= 200 && r.Code < 300 }

// MaxBulkOrders is the most orders PUT /order/bulk takes in one call.
const MaxBulkOrders = 50

// OrdersAPI is the interface OrdersService implements.
type OrdersAPI interface {
	List(ctx context.Context, opts *OrderListOptions) (*Page[Order], error)
	All(ctx context.Context, opts *OrderListOptions) iter.Seq2[Order, error]
	Get(ctx context.Context, id int64) (*Order, error)
	Update(ctx context.Context, id int64, u *OrderUpdate) (*Order, error)
	UpdateBulk(ctx context.Context, updates []OrderUpdate) ([]OrderBulkResult, error)
	Delete(ctx context.Context, id int64) error
}

var _ OrdersAPI = (*OrdersService)(nil)

// OrdersService handles the /order endpoints. There is no order creation
// in the API.
type OrdersService service

// List fetches one page of orders: GET /order{?ids,status,status_alias,paid,date_filter,date_from,date_to,date_type,page,limit,coupon_code}.
func (o *OrdersService) List(ctx context.Context, opts *OrderListOptions) (*Page[Order], error) {
	return list[Order](ctx, (*service)(o), "/order", opts, opts.query())
}

// All iterates over every order matching opts (GET /order).
func (o *OrdersService) All(ctx context.Context, opts *OrderListOptions) iter.Seq2[Order, error] {
	return all(ctx, opts, o.List)
}

// Get fetches an order by id: GET /order?id={id}, the id parameter of the
// list route as the seed documents it (its curl uses /order/{id}).
func (o *OrdersService) Get(ctx context.Context, id int64) (*Order, error) {
	return getByID[Order](ctx, (*service)(o), "/order", id)
}

// Update changes an order's status, paid flag, invoice, tracking or notes:
// PUT /order/{id}. The seed marks id optional; it is required here.
func (o *OrdersService) Update(ctx context.Context, id int64, u *OrderUpdate) (*Order, error) {
	if u != nil {
		if err := u.validate(""); err != nil {
			return nil, err
		}
		if u.ID != 0 && u.ID != id {
			return nil, transport.Invalid("id", "the body's id %d differs from %d", u.ID, id)
		}
	}
	return update[Order](ctx, (*service)(o), "/order/{id}", id, u)
}

// UpdateBulk updates up to 50 orders in one call: PUT /order/bulk with a
// JSON array (the seed's curl sends one object; its request example, an
// array, is followed). Each update needs its ID. The answer reports each
// order's own outcome (a 404 for an unknown id does not fail the call);
// too many orders is refused before sending, and a server 413 matches
// ErrTooLarge.
func (o *OrdersService) UpdateBulk(ctx context.Context, updates []OrderUpdate) ([]OrderBulkResult, error) {
	if len(updates) == 0 {
		return nil, transport.Invalid("orders", "at least one update is required")
	}
	if len(updates) > MaxBulkOrders {
		return nil, transport.Invalid("orders", "at most %d orders per call, got %d", MaxBulkOrders, len(updates))
	}
	for i := range updates {
		if updates[i].ID <= 0 {
			return nil, transport.Invalid(fmt.Sprintf("orders[%d].id", i), "is required")
		}
		if err := updates[i].validate(fmt.Sprintf("orders[%d].", i)); err != nil {
			return nil, err
		}
	}
	return sendList[OrderBulkResult](ctx, (*service)(o), http.MethodPut, "/order/bulk", nil, updates)
}

// Delete deletes an order: DELETE /order/{id}/ (with the trailing slash of
// the seed's template; its curl omits it).
func (o *OrdersService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(o), "/order/{id}/", id)
}
