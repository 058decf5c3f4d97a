package sitebuilder

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// OrderStatus is an order's status. The API takes it in upper case
// ("SHIPPED") and returns it in lower case ("shipped"): the constants are
// lower case, decoding accepts either case and encoding sends upper case.
type OrderStatus string

// The order statuses the API documents.
const (
	OrderStatusPending   OrderStatus = "pending"
	OrderStatusShipped   OrderStatus = "shipped"
	OrderStatusCompleted OrderStatus = "completed"
	OrderStatusCanceled  OrderStatus = "canceled"
	OrderStatusArchived  OrderStatus = "archived"
)

// Valid reports whether s is one of the documented statuses (in any case).
func (s OrderStatus) Valid() bool {
	switch s.normal() {
	case OrderStatusPending, OrderStatusShipped, OrderStatusCompleted, OrderStatusCanceled, OrderStatusArchived:
		return true
	}
	return false
}

func (s OrderStatus) normal() OrderStatus {
	return OrderStatus(strings.ToLower(strings.TrimSpace(string(s))))
}

// String returns the status in lower case, as the API returns it.
func (s OrderStatus) String() string { return string(s.normal()) }

// MarshalJSON sends the status in upper case, as the API takes it.
func (s OrderStatus) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToUpper(string(s.normal())))
}

// UnmarshalJSON reads a status in either case, stored in lower case.
func (s *OrderStatus) UnmarshalJSON(b []byte) error {
	var v String
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = OrderStatus(v).normal()
	return nil
}

// DiscountType is the kind of discount an order used.
type DiscountType string

// The discount types the API documents.
const (
	DiscountFixed        DiscountType = "fixed_discount"
	DiscountPercent      DiscountType = "percent_discount"
	DiscountFreeShipping DiscountType = "free_shipping"
)

// WeightUnit is the unit of a store's weights.
type WeightUnit string

// The weight units the API documents.
const (
	WeightKg WeightUnit = "kg"
	WeightLb WeightUnit = "lb"
)

// TaxType says how a tax's Rate applies.
type TaxType string

// TaxPercent is the tax type of the API documentation's example (the only
// one it shows): Rate is a percentage.
const TaxPercent TaxType = "PERCENT"

// Order is a store order.
type Order struct {
	ID int64 `json:"id"`
	// InvoiceNo is the invoice number assigned to the order.
	InvoiceNo int64 `json:"invoiceNo"`
	// Created is when the order was placed (Unix seconds on the wire).
	Created       UnixTime `json:"created"`
	CustomerName  string   `json:"customerName"`
	CustomerEmail string   `json:"customerEmail"`
	// ContactID is the id of the contact who ordered.
	ContactID int64 `json:"contactId"`
	// MemberID is the id of the member who ordered, 0 if none.
	MemberID        int64    `json:"memberId"`
	ShippingAddress *Address `json:"shippingAddress"`
	BillingAddress  *Address `json:"billingAddress"`
	// ShippingRequired reports whether the order holds physical products.
	ShippingRequired bool    `json:"shippingRequired"`
	Weight           Decimal `json:"weight"`
	// WeightUnit is WeightKg or WeightLb.
	WeightUnit WeightUnit `json:"weightUnit"`
	// SubTotal is the items' total; Total what the customer pays, in the
	// store's currency.
	SubTotal Decimal `json:"subTotal"`
	Total    Decimal `json:"total"`
	// DiscountCode and DiscountType are nil when no discount was used.
	DiscountCode   *string       `json:"discountCode"`
	DiscountType   *DiscountType `json:"discountType"`
	DiscountAmount Decimal       `json:"discountAmount"`
	// ShippingName is the shipping method used, if any.
	ShippingName   string  `json:"shippingName"`
	ShippingAmount Decimal `json:"shippingAmount"`
	Paid           bool    `json:"paid"`
	// PaymentMethod is the payment method type, e.g. "stripe".
	PaymentMethod string `json:"paymentMethod"`
	// TransactionID identifies the payment, if paid.
	TransactionID string `json:"transactionId"`
	// Status is returned in lower case (OrderStatusCompleted...).
	Status OrderStatus `json:"status"`
	// Taxes are the taxes applied; Items the order's lines.
	Taxes List[Tax]       `json:"taxes"`
	Items List[OrderItem] `json:"items"`
	Tags  List[string]    `json:"tags"`
	// AdditionalFields are the extra fields collected with the order.
	AdditionalFields List[FieldValue] `json:"additionalFields"`
	// Notes are the order's private notes.
	Notes List[OrderNote] `json:"notes"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an order, keeping undeclared fields in Extra.
func (o *Order) UnmarshalJSON(b []byte) error {
	type plain Order
	return decodeExtra(b, (*plain)(o), &o.Extra)
}

// Tax is a tax applied to an order.
type Tax struct {
	Name            string  `json:"name"`
	Total           Decimal `json:"total"`
	ApplyToShipping bool    `json:"applyToShipping"`
	// Rate is a percentage or an amount, depending on Type.
	Rate Decimal `json:"rate"`
	// Type is e.g. TaxPercent.
	Type TaxType `json:"type"`
	// AppliedToItems are the indexes of the order items taxed.
	AppliedToItems List[int64] `json:"appliedToItems"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a tax, keeping undeclared fields in Extra.
func (v *Tax) UnmarshalJSON(b []byte) error {
	type plain Tax
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// OrderItem is a line of an order.
type OrderItem struct {
	ID               int64           `json:"id"`
	Name             string          `json:"name"`
	URL              string          `json:"url"`
	ProductID        int64           `json:"productId"`
	Type             ProductType     `json:"type"`
	SKU              string          `json:"sku"`
	Quantity         int64           `json:"quantity"`
	Total            Decimal         `json:"total"`
	Weight           Decimal         `json:"weight"`
	Width            Decimal         `json:"width"`
	Height           Decimal         `json:"height"`
	Length           Decimal         `json:"length"`
	ShippingRequired bool            `json:"shippingRequired"`
	Variation        List[NameValue] `json:"variation"`
	Additions        List[NameValue] `json:"additions"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an order line, keeping undeclared fields in Extra.
func (v *OrderItem) UnmarshalJSON(b []byte) error {
	type plain OrderItem
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// OrderNote is a private note on an order.
type OrderNote struct {
	Time  UnixTime `json:"time"`
	Value string   `json:"value"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a note, keeping undeclared fields in Extra.
func (v *OrderNote) UnmarshalJSON(b []byte) error {
	type plain OrderNote
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// Fulfillment is the shipment information of an order update.
type Fulfillment struct {
	// Courier is the carrier's name, e.g. "UPS".
	Courier string `json:"courier,omitempty"`
	// TrackingNo is the shipment's tracking number.
	TrackingNo string `json:"trackingNo,omitempty"`
}

// OrderUpdate is the body of Orders.Update: nil fields are not sent, and
// the API sets only non-empty ones. An update that sets nothing (NotifyCustomer
// alone changes nothing) is refused before sending. Setting Status to
// OrderStatusCompleted on an order with digital or membership products
// emails the customer their access.
type OrderUpdate struct {
	// CustomerName replaces the customer's name.
	CustomerName *string `json:"customerName,omitempty"`
	// CustomerEmail replaces the customer's email, a bare address.
	CustomerEmail *string `json:"customerEmail,omitempty"`
	// BillingAddress and ShippingAddress replace the order's addresses.
	BillingAddress  *Address `json:"billingAddress,omitempty"`
	ShippingAddress *Address `json:"shippingAddress,omitempty"`
	// PaymentMethod is the payment method type, e.g. "stripe".
	PaymentMethod *string `json:"paymentMethod,omitempty"`
	// TransactionID identifies the payment for this order.
	TransactionID *string `json:"transactionId,omitempty"`
	// Paid, when set, marks the order paid or unpaid.
	Paid *bool `json:"paid,omitempty"`
	// Status is one of the OrderStatus constants, in any case; it is sent
	// in upper case.
	Status *OrderStatus `json:"status,omitempty"`
	// Fulfillment records the shipment (courier, tracking number).
	Fulfillment *Fulfillment `json:"fulfillment,omitempty"`
	// NotifyCustomer asks the site to tell the customer about the change.
	NotifyCustomer *bool `json:"notifyCustomer,omitempty"`
}

func (o *OrderUpdate) validate() error {
	if err := nothingToUpdate(o, "NotifyCustomer"); err != nil {
		return err
	}
	if o.CustomerEmail != nil {
		if err := check.Email("customerEmail", *o.CustomerEmail); err != nil {
			return err
		}
	}
	if o.Status != nil && !o.Status.Valid() {
		return transport.Invalid("status", "must be one of PENDING, SHIPPED, COMPLETED, CANCELED, ARCHIVED, got %q", string(*o.Status))
	}
	return nil
}

// OrderListOptions filters Orders.List.
type OrderListOptions struct {
	// CreatedFrom and CreatedTo bound the creation time (inclusive; sent
	// as Unix seconds in created_at_min and created_at_max; zero means not
	// sent).
	CreatedFrom time.Time `url:"created_at_min,unix,omitempty"`
	CreatedTo   time.Time `url:"created_at_max,unix,omitempty"`
	ListOptions
}

func (o *OrderListOptions) validate() error {
	return timeRange("created_at_min", o.CreatedFrom, "created_at_max", o.CreatedTo)
}

// OrdersAPI is the orders service; OrdersService implements it.
type OrdersAPI interface {
	List(ctx context.Context, opts *OrderListOptions) (*Page[Order], error)
	All(ctx context.Context, opts *OrderListOptions) iter.Seq2[Order, error]
	Get(ctx context.Context, id int64) (*Order, error)
	Update(ctx context.Context, id int64, o *OrderUpdate) (*Order, error)
}

var _ OrdersAPI = (*OrdersService)(nil)

// OrdersService reads and updates orders (the API cannot create them).
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type OrdersService service

// String describes the service by its base URL, never its credentials.
func (s OrdersService) String() string { return (*service)(&s).String("OrdersService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s OrdersService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List fetches one page of orders: GET /orders.
func (s *OrdersService) List(ctx context.Context, opts *OrderListOptions) (*Page[Order], error) {
	o := orZero(opts)
	return listPage[Order](ctx, (*service)(s), "/orders", o.ListOptions, &o)
}

// All iterates over every order from opts on, page by page (GET /orders).
func (s *OrdersService) All(ctx context.Context, opts *OrderListOptions) iter.Seq2[Order, error] {
	o := orZero(opts)
	return iterate(ctx, (*service)(s), o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[Order], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}

// Get fetches an order: GET /orders/{id}.
func (s *OrdersService) Get(ctx context.Context, id int64) (*Order, error) {
	return getByID[Order](ctx, (*service)(s), "/orders/{id}", id)
}

// Update changes an order's details, status or fulfillment: PUT /orders/{id}.
func (s *OrdersService) Update(ctx context.Context, id int64, o *OrderUpdate) (*Order, error) {
	return putByID[Order](ctx, (*service)(s), "/orders/{id}", id, o)
}

func (o *Order) identified() bool { return o.ID != 0 }
