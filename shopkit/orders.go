package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// OrderStatus is an order's status alias (Order.StatusAlias, the
// status_alias filter and update field). An alias this package does not
// list decodes as itself.
type OrderStatus string

// Order status aliases. The API documentation does not give the matching
// status numbers, except 3 = sent in its example.
const (
	OrderPending             OrderStatus = "pending"
	OrderProcessing          OrderStatus = "processing"
	OrderSent                OrderStatus = "sent"
	OrderCanceled            OrderStatus = "canceled"
	OrderWaitingConfirmation OrderStatus = "waiting_confirmation"
	OrderWaitingPayment      OrderStatus = "waiting_payment"
	OrderWaitingStock        OrderStatus = "waiting_stock"
	OrderDelivered           OrderStatus = "delivered"
	OrderReturned            OrderStatus = "returned"
	OrderPickupAvailable     OrderStatus = "pickup_available"
	OrderWaitingShipment     OrderStatus = "waiting_shipment"
	// OrderAll selects orders of every status (a list filter only).
	OrderAll OrderStatus = "all"
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
	StatusAlias       OrderStatus  `json:"status_alias"` // Order* constant
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

	// The fields below are documented outside the API documentation's
	// examples: Shopkit's 2025 public docs. Older answers lack them.

	// TaxSettings is the order's tax configuration; its shape is not
	// documented field by field, so it is kept raw.
	TaxSettings             json.RawMessage      `json:"tax_settings"`
	BillingInfoSameDelivery *Bool                `json:"billing_info_same_delivery"`
	IsDigital               *Bool                `json:"is_digital"`
	ShipmentType            *string              `json:"shipment_type"`
	ShipmentMethodID        String               `json:"shipment_method_id"` // a string in the 2025 docs
	TrackingStatus          *OrderTrackingStatus `json:"tracking_status"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// OrderTrackingStatus is the carrier's last tracking event of an order
// (Shopkit's 2025 public docs).
type OrderTrackingStatus struct {
	EventAlias       string `json:"event_alias"`
	EventDescription string `json:"event_description"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (t *OrderTrackingStatus) UnmarshalJSON(b []byte) error {
	type plain OrderTrackingStatus
	return flex.DecodeWithExtra(b, (*plain)(t), &t.Extra)
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *Order) UnmarshalJSON(b []byte) error {
	type plain Order
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderShipping is an order's shipping cost, documented as an object.
// Older API versions send the cost as a bare number ("shipping": 7.25): it
// is then read into Value, and Raw keeps the value as received. Any other
// shape leaves the fields zero and keeps Raw, so that the order still
// decodes; check Raw != nil to see that the shape was not the documented one.
type OrderShipping struct {
	Value           Decimal  `json:"value"`
	Tax             Decimal  `json:"tax"`
	TaxPercent      *Decimal `json:"tax_percent"`
	Discount        Decimal  `json:"discount"`
	DiscountPercent Decimal  `json:"discount_percent"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
	// Raw is the value as received when it was not the documented object
	// (nil when it was).
	Raw json.RawMessage `json:"-"`
}

// UnmarshalJSON reads the documented object, or keeps what it can of
// another shape (see OrderShipping).
func (s *OrderShipping) UnmarshalJSON(b []byte) error {
	type plain OrderShipping
	t := bytes.TrimSpace(b)
	*s = OrderShipping{}
	if string(t) == "null" {
		return nil
	}
	if len(t) > 0 && t[0] == '{' {
		if err := flex.DecodeWithExtra(t, (*plain)(s), &s.Extra); err == nil {
			return nil
		}
		*s = OrderShipping{}
	}
	s.Raw = append(json.RawMessage(nil), t...)
	var d Decimal
	if flex.Unmarshal(t, &d) == nil {
		s.Value = d // a number, or a number as text
	}
	return nil
}

// OrderPayment is an order's payment method and its data.
type OrderPayment struct {
	Type        string           `json:"type"` // method alias, e.g. multibanco
	Data        OrderPaymentData `json:"data"`
	Description string           `json:"description"`
	// Value, Tax, TaxPercent, Title, Method and Gateway are documented
	// outside the API documentation's examples: Shopkit's 2025 public docs.
	Value      *Decimal `json:"value"`
	Tax        *Decimal `json:"tax"`
	TaxPercent *Decimal `json:"tax_percent"`
	Title      string   `json:"title"`
	Method     string   `json:"method"`
	Gateway    string   `json:"gateway"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderPayment) UnmarshalJSON(b []byte) error {
	type plain OrderPayment
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderPaymentData is the payment reference; the API documentation shows only the
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

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderCoupon) UnmarshalJSON(b []byte) error {
	type plain OrderCoupon
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderClient is an order's customer. client_* webhooks carry it too.
type OrderClient struct {
	Name         string  `json:"name"`
	Email        string  `json:"email"`
	FiscalID     *string `json:"fiscal_id"`
	Company      string  `json:"company"`
	IsRegistered bool    `json:"is_registered"` // false for a guest
	// Hash (the client's e-mail hash, as Clients.GetByHash takes it) and
	// Picture: Shopkit's 2025 public docs.
	Hash     string       `json:"hash"`
	Picture  *string      `json:"picture"`
	Delivery OrderAddress `json:"delivery"`
	Billing  OrderAddress `json:"billing"`

	// Address, Postcode, Town, Country, CountryCode (ISO 3166-1 alpha-3)
	// and Phone: the client's address flattened, Shopkit's 2025 public
	// docs. Their examples repeat Delivery's values (Billing's too,
	// which is the same address there): address is Delivery's address and
	// address_extra joined by a space, postcode its zip_code, town its city.
	// Which address they copy when Delivery and Billing differ is not
	// documented; "" when absent.
	Address     string `json:"address"`
	Postcode    string `json:"postcode"`
	Town        string `json:"town"`
	Country     string `json:"country"`
	CountryCode string `json:"country_code"`
	Phone       String `json:"phone"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderClient) UnmarshalJSON(b []byte) error {
	type plain OrderClient
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderAddress is a delivery or billing address.
type OrderAddress struct {
	Name         string `json:"name"`
	Phone        String `json:"phone"`
	Address      string `json:"address"`
	AddressExtra string `json:"address_extra"`
	Country      string `json:"country"`
	CountryCode  string `json:"country_code"` // ISO 3166-1 alpha-3
	// CountryCodeAlpha2 is ISO 3166-1 alpha-2 (Shopkit's 2025 public docs).
	CountryCodeAlpha2 string `json:"country_code_alpha_2"`
	ZipCode           string `json:"zip_code"`
	City              string `json:"city"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderAddress) UnmarshalJSON(b []byte) error {
	type plain OrderAddress
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
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

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderProduct) UnmarshalJSON(b []byte) error {
	type plain OrderProduct
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderTag is a tag attached to an order.
type OrderTag struct {
	ID         int64  `json:"id"`
	Title      string `json:"title"`
	Handle     string `json:"handle"`
	TotalItems Int    `json:"total_items"`
	CreatedAt  Time   `json:"created_at"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderTag) UnmarshalJSON(b []byte) error {
	type plain OrderTag
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OrderListOptions filter GET /order. Zero values are not sent; values
// outside the documented choices are refused before sending.
//
// The API filters by one kind of date per request (its date_type) and by
// whole days: set at most one of the pairs CreatedFrom/CreatedTo,
// UpdatedFrom/UpdatedTo, SentFrom/SentTo, PaidFrom/PaidTo. Each bound is
// sent as its calendar day (YYYY-MM-DD) in the time's own location, and
// both bounds include their day.
type OrderListOptions struct {
	// IDs selects orders by id (sent comma-separated); positive ids.
	IDs []int64 `url:"ids,comma,omitempty"`
	// Status selects by status number, each 0..11 (3 = sent; the API
	// documentation gives no other mapping).
	Status []int `url:"status,comma,omitempty"`
	// StatusAlias selects by status alias: OrderAll or the Order* constants.
	StatusAlias []OrderStatus `url:"status_alias,comma,omitempty"`
	// Paid selects paid (true) or unpaid (false) orders; nil does not filter.
	Paid *bool `url:"paid,omitempty"`
	// DateFilter is today, yesterday, last_week or last_month.
	DateFilter string `url:"date_filter,omitempty"`
	// CreatedFrom and CreatedTo keep orders created on those days or between.
	CreatedFrom time.Time `url:"-"`
	CreatedTo   time.Time `url:"-"`
	// UpdatedFrom and UpdatedTo keep orders last updated on those days or between.
	UpdatedFrom time.Time `url:"-"`
	UpdatedTo   time.Time `url:"-"`
	// SentFrom and SentTo keep orders sent on those days or between.
	SentFrom time.Time `url:"-"`
	SentTo   time.Time `url:"-"`
	// PaidFrom and PaidTo keep orders paid on those days or between.
	PaidFrom time.Time `url:"-"`
	PaidTo   time.Time `url:"-"`
	// CouponCode filters by coupon code (the API documentation types it
	// integer, but codes are strings such as "bajevolp").
	CouponCode string `url:"coupon_code,omitempty"`
	// IsNew, Shipped and Invoice select new, shipped and invoiced orders
	// (true) or the others (false); nil does not filter. ClientEmail,
	// ClientHash and Query (q) select by client or by a search text.
	// Documented outside the API documentation's examples: Shopkit's 2025
	// public docs (which drop the status number filter; Status is kept for
	// the API documentation's users).
	IsNew       *bool  `url:"is_new,omitempty"`
	Shipped     *bool  `url:"shipped,omitempty"`
	Invoice     *bool  `url:"invoice,omitempty"`
	ClientEmail string `url:"client_email,omitempty"`
	ClientHash  string `url:"client_hash,omitempty"`
	Query       string `url:"q,omitempty"`
	ListOptions
}

// orderDateFilters are the choices of OrderListOptions.DateFilter.
var orderDateFilters = []string{"today", "yesterday", "last_week", "last_month"}

// dateRange returns the one date pair set and its date_type.
func (o *OrderListOptions) dateRange() (typ string, from, to time.Time, err error) {
	pairs := []struct {
		typ, fromField, toField string
		from, to                time.Time
	}{
		{"created_at", "created_from", "created_to", o.CreatedFrom, o.CreatedTo},
		{"update_at", "updated_from", "updated_to", o.UpdatedFrom, o.UpdatedTo},
		{"sent_at", "sent_from", "sent_to", o.SentFrom, o.SentTo},
		{"paid_at", "paid_from", "paid_to", o.PaidFrom, o.PaidTo},
	}
	for _, p := range pairs {
		if p.from.IsZero() && p.to.IsZero() {
			continue
		}
		if typ != "" {
			return "", time.Time{}, time.Time{}, transport.Invalid(p.fromField, "must not be combined with another date range: the API filters by one kind of date per request")
		}
		if !p.from.IsZero() && !p.to.IsZero() && day(p.to).Before(day(p.from)) {
			return "", time.Time{}, time.Time{}, transport.Invalid(p.toField, "must not be before %s", p.fromField)
		}
		typ, from, to = p.typ, p.from, p.to
	}
	return typ, from, to, nil
}

// day is t's calendar day, at midnight UTC, for comparing days.
func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

// check refuses filter values outside the documented choices.
func (o *OrderListOptions) check() error {
	if err := check.IDs("ids", o.IDs); err != nil {
		return err
	}
	if err := checkInts("status", o.Status, 0, 11); err != nil {
		return err
	}
	for i, a := range o.StatusAlias {
		if a != OrderAll && !slices.Contains(orderStatusAliases, a) {
			return transport.Invalid(fmt.Sprintf("status_alias[%d]", i), "must be one of all, %s, got %q", joinStatuses(), string(a))
		}
	}
	if err := oneOf("date_filter", o.DateFilter, orderDateFilters...); err != nil {
		return err
	}
	_, _, _, err := o.dateRange()
	return err
}

// orderQuery is what goes on the wire for OrderListOptions.
type orderQuery struct {
	*OrderListOptions
	From string `url:"date_from,omitempty"`
	To   string `url:"date_to,omitempty"`
	Type string `url:"date_type,omitempty"`
}

func (o *OrderListOptions) query() any {
	if o == nil {
		return nil
	}
	q := &orderQuery{OrderListOptions: o}
	typ, from, to, err := o.dateRange()
	if err != nil || typ == "" {
		return q
	}
	q.Type = typ
	if !from.IsZero() {
		q.From = from.Format(time.DateOnly)
	}
	if !to.IsZero() {
		q.To = to.Format(time.DateOnly)
	}
	return q
}

// TrackingCarrier is a carrier alias of OrderUpdate.TrackingCarrier.
type TrackingCarrier string

// Tracking carriers, as the API documentation lists them.
const (
	CarrierCTT            TrackingCarrier = "ctt"
	CarrierDPD            TrackingCarrier = "dpd"
	CarrierCorreosExpress TrackingCarrier = "correos_express"
	CarrierDHLExpress     TrackingCarrier = "dhl_express"
	CarrierDHLGlobalmail  TrackingCarrier = "dhl_globalmail"
	CarrierDHLParcel      TrackingCarrier = "dhl_parcel"
	CarrierFedEx          TrackingCarrier = "fedex"
	CarrierGLS            TrackingCarrier = "gls"
	CarrierMRW            TrackingCarrier = "mrw"
	CarrierRangel         TrackingCarrier = "rangel"
	CarrierNacex          TrackingCarrier = "nacex"
	CarrierSEUR           TrackingCarrier = "seur"
	CarrierTNT            TrackingCarrier = "tnt"
	CarrierUPS            TrackingCarrier = "ups"
	CarrierVASP           TrackingCarrier = "vasp"
	CarrierOther          TrackingCarrier = "other"
)

// TrackingCarriers are the tracking_carrier values the API documents.
var TrackingCarriers = []TrackingCarrier{CarrierCTT, CarrierDPD, CarrierCorreosExpress, CarrierDHLExpress,
	CarrierDHLGlobalmail, CarrierDHLParcel, CarrierFedEx, CarrierGLS, CarrierMRW, CarrierRangel, CarrierNacex,
	CarrierSEUR, CarrierTNT, CarrierUPS, CarrierVASP, CarrierOther}

// OrderUpdate is the body of PUT /order/{id}: every field is optional and
// only the fields set are sent; an update that sets none is refused. The
// order's id is Update's argument and is not sent in the body (the bulk
// update's OrderBulkUpdate carries it).
type OrderUpdate struct {
	// Status is the new status number, 1..11 (3 = sent).
	Status *int `json:"status,omitempty"`
	// StatusAlias is the new status (an Order* constant other than OrderAll).
	StatusAlias *OrderStatus `json:"status_alias,omitempty"`
	// Paid marks the order paid (true) or unpaid (false).
	Paid *bool `json:"paid,omitempty"`
	// InvoiceURL is the invoice's permalink.
	InvoiceURL *string `json:"invoice_url,omitempty"`
	// TrackingURL is the parcel tracking URL.
	TrackingURL *string `json:"tracking_url,omitempty"`
	// TrackingCode is the carrier's tracking code.
	TrackingCode *string `json:"tracking_code,omitempty"`
	// TrackingCarrier is one of TrackingCarriers (Carrier* constants).
	TrackingCarrier *TrackingCarrier `json:"tracking_carrier,omitempty"`
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
	// IsNew marks the order new or seen; InvoiceFile is the invoice as a
	// base64 document (the 2025 docs' replacement of InvoiceURL); Tags
	// replace the order's tags; NotifyClient asks the store to e-mail the
	// client about the change. Documented outside the API documentation's
	// examples: Shopkit's 2025 public docs.
	IsNew        *bool    `json:"is_new,omitempty"`
	InvoiceFile  *string  `json:"invoice_file,omitempty"`
	Tags         []string `json:"tags,omitempty"`
	NotifyClient *bool    `json:"notify_client,omitempty"`
}

// OrderBulkUpdate is one element of PUT /order/bulk: the order's id
// (required) and its update.
type OrderBulkUpdate struct {
	// ID is the order to update; required.
	ID int64 `json:"id"`
	OrderUpdate
}

// orderStatusAliases are the documented status_alias values of an update.
var orderStatusAliases = []OrderStatus{OrderPending, OrderProcessing, OrderSent, OrderCanceled, OrderWaitingConfirmation,
	OrderWaitingPayment, OrderWaitingStock, OrderDelivered, OrderReturned, OrderPickupAvailable, OrderWaitingShipment}

func joinStatuses() string {
	s := make([]string, len(orderStatusAliases))
	for i, a := range orderStatusAliases {
		s[i] = string(a)
	}
	return strings.Join(s, ", ")
}

func joinCarriers() string {
	s := make([]string, len(TrackingCarriers))
	for i, a := range TrackingCarriers {
		s[i] = string(a)
	}
	return strings.Join(s, ", ")
}

func (u *OrderUpdate) validate(field string) error {
	if u.Status != nil && (*u.Status < 1 || *u.Status > 11) {
		return transport.Invalid(field+"status", "must be between 1 and 11, got %d", *u.Status)
	}
	if u.StatusAlias != nil && !slices.Contains(orderStatusAliases, *u.StatusAlias) {
		return transport.Invalid(field+"status_alias", "must be one of %s, got %q", joinStatuses(), string(*u.StatusAlias))
	}
	if u.TrackingCarrier != nil && !slices.Contains(TrackingCarriers, *u.TrackingCarrier) {
		return transport.Invalid(field+"tracking_carrier", "must be one of %s, got %q", joinCarriers(), string(*u.TrackingCarrier))
	}
	return nil
}

// OrderBulkResult is the outcome for one order of PUT /order/bulk.
type OrderBulkResult struct {
	Code    int    `json:"code"`    // HTTP-like status for this order: 200, 404...
	Message string `json:"message"` // "OK", "Not found"
	ID      int64  `json:"id"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OrderBulkResult) UnmarshalJSON(b []byte) error {
	type plain OrderBulkResult
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
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
	UpdateBulk(ctx context.Context, updates []OrderBulkUpdate) ([]OrderBulkResult, error)
	IssueInvoice(ctx context.Context, id int64) (*InvoiceResult, error)
	IssueInvoiceBulk(ctx context.Context, ids []int64) ([]OrderBulkResult, error)
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
// list route as the API documentation documents it (its curl uses /order/{id}).
func (o *OrdersService) Get(ctx context.Context, id int64) (*Order, error) {
	return getByID[Order](ctx, (*service)(o), "/order", id)
}

// Update changes an order's status, paid flag, invoice, tracking or notes:
// PUT /order/{id}. The API documentation marks id optional; it is required here.
func (o *OrdersService) Update(ctx context.Context, id int64, u *OrderUpdate) (*Order, error) {
	if u != nil {
		if err := u.validate(""); err != nil {
			return nil, err
		}
	}
	return update[Order](ctx, (*service)(o), "/order/{id}", id, u)
}

// UpdateBulk updates up to 50 orders in one call: PUT /order/bulk with a
// JSON array (the API documentation's curl sends one object; its request example, an
// array, is followed). Each update needs its ID. The answer reports each
// order's own outcome (a 404 for an unknown id does not fail the call);
// too many orders is refused before sending, and a server 413 matches
// ErrTooLarge.
func (o *OrdersService) UpdateBulk(ctx context.Context, updates []OrderBulkUpdate) ([]OrderBulkResult, error) {
	if len(updates) == 0 {
		return nil, transport.Invalid("body", "is required")
	}
	if len(updates) > MaxBulkOrders {
		return nil, transport.Invalid("body", "must be at most %d orders, got %d", MaxBulkOrders, len(updates))
	}
	for i := range updates {
		if updates[i].ID <= 0 {
			return nil, transport.Invalid(fmt.Sprintf("[%d].id", i), "must be a positive id")
		}
		if err := updates[i].validate(fmt.Sprintf("[%d].", i)); err != nil {
			return nil, err
		}
		if b, _ := json.Marshal(&updates[i].OrderUpdate); string(b) == "{}" {
			return nil, transport.Invalid(fmt.Sprintf("[%d]", i), "nothing to update")
		}
	}
	return sendList[OrderBulkResult](ctx, (*service)(o), http.MethodPut, "/order/bulk", nil, updates)
}

// Delete deletes an order: DELETE /order/{id}/ (with the trailing slash of
// the API documentation's template; its curl omits it).
func (o *OrdersService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(o), "/order/{id}/", id)
}
