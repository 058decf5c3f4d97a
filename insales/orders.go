package insales

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"time"
)

// FulfillmentStatus is an order's system status. An unknown value decodes
// as itself.
type FulfillmentStatus string

// The system statuses: the API documentation shows new, accepted and
// delivered; the rest are the vendor's other documented system statuses.
const (
	FulfillmentNew        FulfillmentStatus = "new"
	FulfillmentAccepted   FulfillmentStatus = "accepted"
	FulfillmentApproved   FulfillmentStatus = "approved"
	FulfillmentDispatched FulfillmentStatus = "dispatched"
	FulfillmentDelivered  FulfillmentStatus = "delivered"
	FulfillmentDeclined   FulfillmentStatus = "declined"
	FulfillmentReturned   FulfillmentStatus = "returned"
)

// FinancialStatus is an order's payment status: "pending" or "paid". An
// unknown value decodes as itself.
type FinancialStatus string

// The payment statuses the API documentation lists.
const (
	FinancialPending FinancialStatus = "pending"
	FinancialPaid    FinancialStatus = "paid"
)

// DiscountType says how a discount's value reads: 1 percent, 2 money.
type DiscountType int

// The discount types the API documentation lists.
const (
	DiscountPercent DiscountType = 1
	DiscountMoney   DiscountType = 2
)

// Order is a shop's order as GET /admin/orders/{id}.json answers it. Every
// amount is a Decimal with the text the API sent.
type Order struct {
	ID                int64              `json:"id"`
	Key               string             `json:"key"`    // The order's secret link key.
	Number            int64              `json:"number"` // The number the shop shows (1001).
	AccountID         int64              `json:"account_id"`
	FulfillmentStatus FulfillmentStatus  `json:"fulfillment_status"`
	FinancialStatus   FinancialStatus    `json:"financial_status"`
	CustomStatus      *OrderCustomStatus `json:"custom_status"`
	TotalPrice        Decimal            `json:"total_price"` // items_price + full_delivery_price in every example.
	// ItemsPrice is the lines' total. In the API documentation's examples it
	// is the sum of the lines' full_total_price (their discounts off, the
	// payment gateway's margin added), less any order discount the lines do
	// not carry (a coupon: lines 1200, discount 240, items_price 960); one
	// example (items_price 1800, full_total_price summing to 1440) fits
	// neither, so treat the relation as observed, not documented.
	ItemsPrice           Decimal                `json:"items_price"`
	DeliveryPrice        Decimal                `json:"delivery_price"`      // Delivery as its variant prices it.
	FullDeliveryPrice    Decimal                `json:"full_delivery_price"` // delivery_price with the margin added (600 → 720 at 20).
	Margin               Decimal                `json:"margin"`              // The payment gateway's margin, percent; full_ amounts add it.
	CurrencyCode         CurrencyCode           `json:"currency_code"`
	Comment              *string                `json:"comment"`
	ManagerComment       *string                `json:"manager_comment"`
	DeliveryTitle        *string                `json:"delivery_title"`
	DeliveryDescription  *string                `json:"delivery_description"`
	DeliveryVariantID    *int64                 `json:"delivery_variant_id"`
	DeliveryDate         *Date                  `json:"delivery_date"`
	DeliveryFromHour     *int64                 `json:"delivery_from_hour"`
	DeliveryToHour       *int64                 `json:"delivery_to_hour"`
	PaymentTitle         *string                `json:"payment_title"`
	PaymentDescription   *string                `json:"payment_description"`
	PaymentGatewayID     *int64                 `json:"payment_gateway_id"`
	ClientTransactionID  *int64                 `json:"client_transaction_id"`
	OrderLines           []OrderLine            `json:"order_lines"`
	Discounts            []OrderDiscount        `json:"discounts"`
	Discount             *OrderDiscount         `json:"discount"` // The first discount, or nil.
	OrderChanges         []OrderChange          `json:"order_changes"`
	ShippingAddress      *ShippingAddress       `json:"shipping_address"` // nil on some orders.
	Client               *Customer              `json:"client"`
	FieldsValues         []AdditionalFieldValue `json:"fields_values"`
	FirstReferer         *string                `json:"first_referer"`
	FirstCurrentLocation *string                `json:"first_current_location"`
	FirstQuery           *string                `json:"first_query"`
	FirstSourceDomain    *string                `json:"first_source_domain"`
	FirstSource          *string                `json:"first_source"`
	Referer              *string                `json:"referer"`
	CurrentLocation      *string                `json:"current_location"`
	Query                *string                `json:"query"`
	SourceDomain         *string                `json:"source_domain"`
	Source               *string                `json:"source"`
	Cookies              json.RawMessage        `json:"cookies"` // As sent (null in the documentation).
	Locale               string                 `json:"locale"`
	YaID                 *string                `json:"ya_id"`
	DeliveredAt          *Time                  `json:"delivered_at"`
	AcceptedAt           *Time                  `json:"accepted_at"`
	PaidAt               *Time                  `json:"paid_at"`
	CreatedAt            Time                   `json:"created_at"`
	UpdatedAt            Time                   `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an order, keeping undeclared fields in Extra.
func (o *Order) UnmarshalJSON(b []byte) error {
	type plain Order
	return decodeExtra(b, (*plain)(o), &o.Extra)
}

// Checkpoint is the order's place in the change feed (updated_at, id);
// store the last one read to resume OrdersService.Changes.
func (o Order) Checkpoint() Checkpoint { return Checkpoint{Time: o.UpdatedAt.Time, ID: o.ID} }

// OrderCustomStatus is the custom status an order carries.
type OrderCustomStatus struct {
	Permalink string `json:"permalink"` // The status' key ("new", "v-obrabotke").
	Title     string `json:"title"`
	Extra     Extra  `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the status, keeping undeclared fields in Extra.
func (s *OrderCustomStatus) UnmarshalJSON(b []byte) error {
	type plain OrderCustomStatus
	return decodeExtra(b, (*plain)(s), &s.Extra)
}

// OrderLine is one line of an order.
type OrderLine struct {
	ID               int64    `json:"id"`
	OrderID          int64    `json:"order_id"`
	ProductID        int64    `json:"product_id"`
	VariantID        int64    `json:"variant_id"`
	Title            string   `json:"title"`
	SKU              *string  `json:"sku"`
	Barcode          *string  `json:"barcode"`
	Unit             string   `json:"unit"`
	Quantity         Decimal  `json:"quantity"`
	ReservedQuantity *Decimal `json:"reserved_quantity"`
	// The line's amounts. The API documentation describes none of them in
	// words; its order examples show:
	//   - total_price = sale_price × quantity in every example: discounts
	//     are not taken off sale_price or total_price;
	//   - full_total_price = full_sale_price × quantity (within a cent);
	//   - with discounts_amount 0 the full_ amounts equal the plain ones;
	//     with discounts on the line they are lower, so "full" does not
	//     mean "before discounts" (sale_price 100, full_sale_price 90,
	//     quantity 2, total_price 200, full_total_price 180,
	//     discounts_amount 20);
	//   - full_total_price = (total_price − discounts_amount) × (1 +
	//     margin/100), the order's payment gateway margin: 200 − 88.57 =
	//     111.43 at margin 0, (800 − 264) × 1.2 = 643.2 at margin 20; the
	//     lines' discounts_amount add up to the order's discounts' amount in
	//     every example with line discounts;
	//   - an order-level discount (a coupon) may be left off the lines
	//     entirely: discounts_amount 0 and full_* equal to the plain
	//     amounts, the discount only in Order.Discounts and ItemsPrice.
	SalePrice       Decimal  `json:"sale_price"`       // Unit price; no discount is taken off it in the examples.
	FullSalePrice   Decimal  `json:"full_sale_price"`  // full_total_price / quantity, in the examples.
	TotalPrice      Decimal  `json:"total_price"`      // sale_price × quantity in the examples.
	FullTotalPrice  Decimal  `json:"full_total_price"` // The line with its discounts off and the margin added; see above.
	DiscountsAmount Decimal  `json:"discounts_amount"` // The discounts attributed to the line; see above.
	Weight          *Decimal `json:"weight"`
	Dimensions      *string  `json:"dimensions"`
	Comment         *string  `json:"comment"`
	VAT             int64    `json:"vat"` // Percent; -1: not subject to VAT.
	BundleID        *int64   `json:"bundle_id"`
	CreatedAt       Time     `json:"created_at"`
	UpdatedAt       Time     `json:"updated_at"`
	Extra           Extra    `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the line, keeping undeclared fields in Extra.
func (l *OrderLine) UnmarshalJSON(b []byte) error {
	type plain OrderLine
	return decodeExtra(b, (*plain)(l), &l.Extra)
}

// OrderDiscount is a discount applied to an order.
type OrderDiscount struct {
	ID                    int64        `json:"id"`
	Description           string       `json:"description"`
	TypeID                DiscountType `json:"type_id"`
	Discount              Decimal      `json:"discount"` // Percent or money, per TypeID.
	Percent               *Decimal     `json:"percent"`
	Amount                Decimal      `json:"amount"`      // The money it takes off.
	FullAmount            Decimal      `json:"full_amount"` // amount with the order's margin added.
	ReferenceID           *int64       `json:"reference_id"`
	ReferenceType         *string      `json:"reference_type"` // "DiscountCode" for a coupon.
	DiscountCodeID        *int64       `json:"discount_code_id"`
	DiscountProductsIDs   []int64      `json:"discount_products_ids"`
	DiscountOrderLinesIDs []int64      `json:"discount_order_lines_ids"`
	CreatedAt             Time         `json:"created_at"`
	UpdatedAt             Time         `json:"updated_at"`
	Extra                 Extra        `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the discount, keeping undeclared fields in Extra.
func (d *OrderDiscount) UnmarshalJSON(b []byte) error {
	type plain OrderDiscount
	return decodeExtra(b, (*plain)(d), &d.Extra)
}

// OrderChange is one entry of an order's history. ValueWas and ValueIs are
// kept as sent: their shape depends on Action, and one value may be a
// string on one side and a number on the other.
type OrderChange struct {
	ID        int64           `json:"id"`
	Action    string          `json:"action"` // "order_created", "discount_created", ...
	ValueWas  json.RawMessage `json:"value_was"`
	ValueIs   json.RawMessage `json:"value_is"`
	UserName  *string         `json:"user_name"`
	CreatedAt Time            `json:"created_at"`
	Extra     Extra           `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the change, keeping undeclared fields in Extra.
func (c *OrderChange) UnmarshalJSON(b []byte) error {
	type plain OrderChange
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// ShippingAddress is where an order goes.
type ShippingAddress struct {
	ID                  int64                  `json:"id"`
	Name                *string                `json:"name"`
	Surname             *string                `json:"surname"`
	Middlename          *string                `json:"middlename"`
	Phone               *string                `json:"phone"`
	FullName            *string                `json:"full_name"`
	FullLocalityName    *string                `json:"full_locality_name"`
	FullDeliveryAddress *string                `json:"full_delivery_address"`
	Address             *string                `json:"address"`
	Country             *string                `json:"country"`
	State               *string                `json:"state"`
	City                *string                `json:"city"`
	Zip                 *string                `json:"zip"`
	Street              *string                `json:"street"`
	House               *string                `json:"house"`
	Flat                *string                `json:"flat"`
	Location            *AddressLocation       `json:"location"`
	FieldsValues        []AdditionalFieldValue `json:"fields_values"`
	Extra               Extra                  `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the address, keeping undeclared fields in Extra.
func (a *ShippingAddress) UnmarshalJSON(b []byte) error {
	type plain ShippingAddress
	return decodeExtra(b, (*plain)(a), &a.Extra)
}

// AddressLocation is an address split into its parts (KLADR codes for
// Russia).
type AddressLocation struct {
	KladrCode      *string `json:"kladr_code"`
	IsKladr        bool    `json:"is_kladr"`
	Zip            *string `json:"zip"`
	Country        *string `json:"country"`
	State          *string `json:"state"`
	StateType      *string `json:"state_type"`
	Area           *string `json:"area"`
	AreaType       *string `json:"area_type"`
	City           *string `json:"city"`
	CityType       *string `json:"city_type"`
	Settlement     *string `json:"settlement"`
	SettlementType *string `json:"settlement_type"`
	Address        *string `json:"address"`
	Street         *string `json:"street"`
	StreetType     *string `json:"street_type"`
	House          *string `json:"house"`
	Flat           *string `json:"flat"`
	Extra          Extra   `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the location, keeping undeclared fields in Extra.
func (l *AddressLocation) UnmarshalJSON(b []byte) error {
	type plain AddressLocation
	return decodeExtra(b, (*plain)(l), &l.Extra)
}

// AdditionalFieldValue is the value of an additional field (see
// OrderFieldsService) on an order, a client or a shipping address.
type AdditionalFieldValue struct {
	ID        int64   `json:"id"`
	FieldID   int64   `json:"field_id"`
	Name      string  `json:"name"`
	Handle    *string `json:"handle"`
	Type      string  `json:"type"` // The field's type as the shop names it ("Текст").
	Value     *string `json:"value"`
	CreatedAt Time    `json:"created_at"`
	UpdatedAt Time    `json:"updated_at"`
	Extra     Extra   `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes the value, keeping undeclared fields in Extra.
func (v *AdditionalFieldValue) UnmarshalJSON(b []byte) error {
	type plain AdditionalFieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// AdditionalFieldInput sets an additional field's value: name the field by
// FieldID or by Handle (one of them).
type AdditionalFieldInput struct {
	FieldID int64  `json:"field_id,omitempty"`
	Handle  string `json:"handle,omitempty"`
	Value   string `json:"value"`
}

func checkFieldInputs(in []AdditionalFieldInput) error {
	for _, f := range in {
		if (f.FieldID == 0) == (f.Handle == "") {
			return invalidf("fields_values_attributes", "must name the field by field_id or handle (one of them)")
		}
		if f.FieldID < 0 {
			return invalidf("field_id", "must be a positive id")
		}
	}
	return nil
}

// OrderClientInput is the buyer of a new order.
type OrderClientInput struct {
	Name  string `json:"name"`            // Required.
	Email string `json:"email,omitempty"` // An e-mail or a phone is required.
	Phone string `json:"phone,omitempty"`
}

// OrderAddressInput is the shipping address of a new order.
type OrderAddressInput struct {
	Address string `json:"address"` // Required.
}

// OrderLineInput is a line of a new order: a variant and its quantity.
type OrderLineInput struct {
	VariantID int64   `json:"variant_id"`
	Quantity  Decimal `json:"quantity"`
	VAT       *int64  `json:"vat,omitempty"` // Percent; -1: not subject to VAT.
}

// OrderCreate is the body of Orders.Create: an order of products'
// variants. For a bundle use OrderBundleCreate.
type OrderCreate struct {
	OrderLines        []OrderLineInput  `json:"order_lines_attributes"`
	Client            OrderClientInput  `json:"client"`
	ShippingAddress   OrderAddressInput `json:"shipping_address_attributes"`
	DeliveryVariantID int64             `json:"delivery_variant_id"`
	PaymentGatewayID  int64             `json:"payment_gateway_id"`
	Coupon            string            `json:"coupon,omitempty"` // A discount code.
}

func (o *OrderCreate) validate() error {
	return checkNewOrder(o.OrderLines, o.Client, o.ShippingAddress, o.DeliveryVariantID, o.PaymentGatewayID, true)
}

// OrderBundleLineInput is a bundle's line in a new order: the bundle's
// variant and a quantity (the API sends no VAT for bundles).
type OrderBundleLineInput struct {
	VariantID int64   `json:"variant_id"`
	Quantity  Decimal `json:"quantity"`
}

// OrderBundleCreate is the body of Orders.CreateWithBundle.
type OrderBundleCreate struct {
	OrderLines        []OrderBundleLineInput `json:"order_lines_attributes"`
	Client            OrderClientInput       `json:"client"`
	ShippingAddress   OrderAddressInput      `json:"shipping_address_attributes"`
	DeliveryVariantID int64                  `json:"delivery_variant_id"`
	PaymentGatewayID  int64                  `json:"payment_gateway_id"`
	Coupon            string                 `json:"coupon,omitempty"`
}

func (o *OrderBundleCreate) validate() error {
	lines := make([]OrderLineInput, len(o.OrderLines))
	for i, l := range o.OrderLines {
		lines[i] = OrderLineInput{VariantID: l.VariantID, Quantity: l.Quantity}
	}
	return checkNewOrder(lines, o.Client, o.ShippingAddress, o.DeliveryVariantID, o.PaymentGatewayID, false)
}

func checkNewOrder(lines []OrderLineInput, c OrderClientInput, a OrderAddressInput, dv, pg int64, _ bool) error {
	if len(lines) == 0 {
		return invalidf("order_lines_attributes", "is required")
	}
	for _, l := range lines {
		if l.VariantID < 1 {
			return invalidf("variant_id", "must be a positive id")
		}
		if l.Quantity.Rat().Sign() <= 0 {
			return invalidf("quantity", "must be positive")
		}
		if err := checkVAT(l.VAT); err != nil {
			return err
		}
	}
	if c.Name == "" {
		return invalidf("name", "is required")
	}
	if c.Email == "" && c.Phone == "" {
		return invalidf("email", "is required (or phone)")
	}
	if a.Address == "" {
		return invalidf("address", "is required")
	}
	if dv < 1 {
		return invalidf("delivery_variant_id", "must be a positive id")
	}
	if pg < 1 {
		return invalidf("payment_gateway_id", "must be a positive id")
	}
	return nil
}

func checkVAT(v *int64) error {
	if v != nil && (*v < -1 || *v > 100) {
		return invalidf("vat", "must be between -1 and 100")
	}
	return nil
}

// OrderClientUpdate changes the order's buyer.
type OrderClientUpdate struct {
	ID           int64                  `json:"id,omitempty"`
	Name         *string                `json:"name,omitempty"`
	Email        *string                `json:"email,omitempty"`
	Phone        *string                `json:"phone,omitempty"`
	FieldsValues []AdditionalFieldInput `json:"fields_values_attributes,omitempty"`
}

// OrderAddressFieldsUpdate sets additional field values of the shipping
// address.
type OrderAddressFieldsUpdate struct {
	FieldsValues []AdditionalFieldInput `json:"fields_values_attributes,omitempty"`
}

// OrderUpdate is the body of Orders.Update; nil fields are left as they
// are. Lines, discounts, the custom status and the address have their own
// methods.
type OrderUpdate struct {
	Client            *OrderClientUpdate        `json:"client_attributes,omitempty"`
	DeliveryVariantID *int64                    `json:"delivery_variant_id,omitempty"`
	PaymentGatewayID  *int64                    `json:"payment_gateway_id,omitempty"`
	Coupon            *string                   `json:"coupon,omitempty"`
	Comment           *string                   `json:"comment,omitempty"`
	ManagerComment    *string                   `json:"manager_comment,omitempty"`
	FinancialStatus   *FinancialStatus          `json:"financial_status,omitempty"`
	FieldsValues      []AdditionalFieldInput    `json:"fields_values_attributes,omitempty"`
	ShippingAddress   *OrderAddressFieldsUpdate `json:"shipping_address_attributes,omitempty"`
}

func (o *OrderUpdate) validate() error {
	if o.Client == nil && o.DeliveryVariantID == nil && o.PaymentGatewayID == nil && o.Coupon == nil && o.Comment == nil &&
		o.ManagerComment == nil && o.FinancialStatus == nil && len(o.FieldsValues) == 0 && o.ShippingAddress == nil {
		return errNothingToUpdate
	}
	if o.FinancialStatus != nil && *o.FinancialStatus != FinancialPending && *o.FinancialStatus != FinancialPaid {
		return invalidf("financial_status", "must be one of pending, paid")
	}
	if o.DeliveryVariantID != nil && *o.DeliveryVariantID < 1 {
		return invalidf("delivery_variant_id", "must be a positive id")
	}
	if o.PaymentGatewayID != nil && *o.PaymentGatewayID < 1 {
		return invalidf("payment_gateway_id", "must be a positive id")
	}
	if err := checkFieldInputs(o.FieldsValues); err != nil {
		return err
	}
	if o.Client != nil {
		if err := checkFieldInputs(o.Client.FieldsValues); err != nil {
			return err
		}
	}
	if o.ShippingAddress != nil {
		if len(o.ShippingAddress.FieldsValues) == 0 {
			return invalidf("shipping_address_attributes", "nothing to update")
		}
		return checkFieldInputs(o.ShippingAddress.FieldsValues)
	}
	return nil
}

// orderBody is one of the single-purpose bodies of PUT /admin/orders/{id}.json.
type orderBody struct {
	CustomStatusPermalink string             `json:"custom_status_permalink,omitempty"`
	FulfillmentStatus     FulfillmentStatus  `json:"fulfillment_status,omitempty"`
	ShippingAddress       *OrderAddressInput `json:"shipping_address_attributes,omitempty"`
	OrderLines            []any              `json:"order_lines_attributes,omitempty"`
	Discounts             []any              `json:"discounts_attributes,omitempty"`
	check                 func() error
}

func (b *orderBody) validate() error { return b.check() }

// OrderLineByProduct adds a line for a product (its first variant).
type OrderLineByProduct struct {
	ProductID int64   `json:"product_id"`
	Quantity  Decimal `json:"quantity"`
	VAT       *int64  `json:"vat,omitempty"`
}

// OrderLineByVariant adds a line for a variant.
type OrderLineByVariant struct {
	VariantID int64   `json:"variant_id"`
	Quantity  Decimal `json:"quantity"`
	VAT       *int64  `json:"vat,omitempty"`
}

// OrderLineUpdate changes an existing line; nil fields are left as they are.
type OrderLineUpdate struct {
	ID        int64    `json:"id"`
	SalePrice *Decimal `json:"sale_price,omitempty"`
	Quantity  *Decimal `json:"quantity,omitempty"`
	Comment   *string  `json:"comment,omitempty"`
	VAT       *int64   `json:"vat,omitempty"`
}

type destroyRef struct {
	ID      int64 `json:"id"`
	Destroy bool  `json:"_destroy"`
}

// OrderDiscountCreate adds a discount to an order.
type OrderDiscountCreate struct {
	Discount    Decimal      `json:"discount"`          // Percent or money, per TypeID.
	TypeID      DiscountType `json:"type_id,omitempty"` // 0 leaves the default, percent.
	Description string       `json:"description"`
	// OrderLinesIDs limits the discount to these lines (all when empty).
	OrderLinesIDs []int64 `json:"discount_order_lines_ids,omitempty"`
}

// OrderDiscountUpdate changes which lines a discount applies to.
type OrderDiscountUpdate struct {
	ID            int64   `json:"id"`
	OrderLinesIDs []int64 `json:"discount_order_lines_ids"`
}

// OrderListOptions filter and page Orders.List, All, Count and Changes.
type OrderListOptions struct {
	// Page is the page number, from 1 (0 leaves the server's default).
	Page int `url:"page,omitempty"`
	// Limit is the page size, up to 250.
	Limit int `url:"per_page,omitempty"`
	// UpdatedFrom lists only orders updated at or after it (zero: not sent).
	UpdatedFrom time.Time `url:"updated_since,omitempty" layout:"2006-01-02 15:04:05 -07:00"`
	// FromID skips orders updated exactly at UpdatedFrom with an id up to
	// it; it needs UpdatedFrom.
	FromID int64 `url:"from_id,omitempty"`
	// FulfillmentStatuses lists only orders in these statuses
	// (fulfillment_status[]=new&fulfillment_status[]=delivered).
	FulfillmentStatuses []FulfillmentStatus `url:"fulfillment_status[],omitempty"`
	// DeliveryVariantIDs lists only orders with these delivery variants.
	DeliveryVariantIDs []int64 `url:"delivery_variant[],omitempty"`
	// PaymentGatewayIDs lists only orders with these payment gateways.
	PaymentGatewayIDs []int64 `url:"payment_gateway_id[],omitempty"`
	// Deleted lists only deleted orders.
	Deleted bool `url:"deleted,omitempty"`
}

func (o *OrderListOptions) validate() error {
	if err := checkPaging(o.Page, o.Limit); err != nil {
		return err
	}
	if err := checkSince(o.UpdatedFrom, o.FromID); err != nil {
		return err
	}
	for _, id := range o.DeliveryVariantIDs {
		if id < 1 {
			return invalidf("delivery_variant[]", "must be a positive id")
		}
	}
	for _, id := range o.PaymentGatewayIDs {
		if id < 1 {
			return invalidf("payment_gateway_id[]", "must be a positive id")
		}
	}
	for _, s := range o.FulfillmentStatuses {
		if s == "" {
			return invalidf("fulfillment_status[]", "is required")
		}
	}
	return nil
}

// OrdersAPI is the interface OrdersService satisfies, for mocks.
type OrdersAPI interface {
	Delete(ctx context.Context, id int64) error
	List(ctx context.Context, opts *OrderListOptions) (*Page[Order], error)
	All(ctx context.Context, opts *OrderListOptions) iter.Seq2[Order, error]
	Changes(ctx context.Context, from Checkpoint, opts *OrderListOptions) iter.Seq2[Order, error]
	Count(ctx context.Context, opts *OrderListOptions) (int, error)
	Get(ctx context.Context, id int64) (*Order, error)
	Create(ctx context.Context, o *OrderCreate) (*Order, error)
	CreateWithBundle(ctx context.Context, o *OrderBundleCreate) (*Order, error)
	Update(ctx context.Context, id int64, o *OrderUpdate) (*Order, error)
	SetCustomStatus(ctx context.Context, id int64, permalink string, fulfillment FulfillmentStatus) (*Order, error)
	SetShippingAddress(ctx context.Context, id int64, address string) (*Order, error)
	AddLineByProduct(ctx context.Context, id int64, line *OrderLineByProduct) (*Order, error)
	AddLineByVariant(ctx context.Context, id int64, line *OrderLineByVariant) (*Order, error)
	UpdateLine(ctx context.Context, id int64, line *OrderLineUpdate) (*Order, error)
	RemoveLine(ctx context.Context, id, lineID int64) (*Order, error)
	AddDiscounts(ctx context.Context, id int64, discounts ...OrderDiscountCreate) (*Order, error)
	UpdateDiscount(ctx context.Context, id int64, d *OrderDiscountUpdate) (*Order, error)
	RemoveDiscount(ctx context.Context, id, discountID int64) (*Order, error)
}

var _ OrdersAPI = (*OrdersService)(nil)

// OrdersService manages orders: /admin/orders. The API's one update route,
// PUT /admin/orders/{id}.json, carries several documented operations; each
// is its own method sending only its own body.
type OrdersService service

// List fetches a page of orders: GET /admin/orders.json.
func (s *OrdersService) List(ctx context.Context, opts *OrderListOptions) (*Page[Order], error) {
	return listPage[Order](ctx, (*service)(s), "/orders.json", opts)
}

// All yields every order page by page from opts' page on; to sync, use Changes.
func (s *OrdersService) All(ctx context.Context, opts *OrderListOptions) iter.Seq2[Order, error] {
	return iterate[Order](ctx, (*service)(s), "/orders.json", opts)
}

// Changes yields every order updated at or after from, ordered by
// updated_at then id, paging with updated_since and from_id; save
// o.Checkpoint() of the last order handled to resume. opts give filters
// and the page size; their page, updated_since and from_id are replaced.
//
// updated_at has whole seconds: an order edited in the same second as the
// last order read, with a lower id, would fall behind from_id. The walk
// therefore ends before the orders changed in the server's current second,
// taken from the answer's Date header; the next walk from the last
// checkpoint reads them, so none is skipped. An answer without a readable
// Date header (a proxy that strips it) falls back to the client's clock
// (time.Now, or WithClock's): the walk ends before the orders changed in
// its current second. That is safe while the local clock is not ahead of
// the server's; keep it synchronised (NTP) if a proxy strips Date.
func (s *OrdersService) Changes(ctx context.Context, from Checkpoint, opts *OrderListOptions) iter.Seq2[Order, error] {
	var o *OrderListOptions
	limit := 0
	if opts != nil {
		c := *opts
		c.Page, c.UpdatedFrom, c.FromID = 0, time.Time{}, 0
		limit = c.Limit
		o = &c
	}
	return changes[Order](ctx, (*service)(s), "/orders.json", from, limit, o)
}

// Count counts the orders opts select: GET /admin/orders/count.json.
func (s *OrdersService) Count(ctx context.Context, opts *OrderListOptions) (int, error) {
	return count(ctx, (*service)(s), "/orders/count.json", opts)
}

// Get fetches an order: GET /admin/orders/{id}.json.
func (s *OrdersService) Get(ctx context.Context, id int64) (*Order, error) {
	p, err := path("/orders/{order_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Order](ctx, (*service)(s), p)
}

// Create places an order of variants: POST /admin/orders.json.
func (s *OrdersService) Create(ctx context.Context, o *OrderCreate) (*Order, error) {
	return send[Order](ctx, (*service)(s), http.MethodPost, "/orders.json", "order", o)
}

// CreateWithBundle places an order of a bundle: POST /admin/orders.json.
func (s *OrdersService) CreateWithBundle(ctx context.Context, o *OrderBundleCreate) (*Order, error) {
	return send[Order](ctx, (*service)(s), http.MethodPost, "/orders.json", "order", o)
}

func (s *OrdersService) put(ctx context.Context, id int64, body validator) (*Order, error) {
	p, err := path("/orders/{order_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Order](ctx, (*service)(s), http.MethodPut, p, "order", body)
}

// Update changes an order's buyer, delivery, payment, comments, payment
// status and field values: PUT /admin/orders/{id}.json.
func (s *OrdersService) Update(ctx context.Context, id int64, o *OrderUpdate) (*Order, error) {
	return s.put(ctx, id, o)
}

// SetCustomStatus moves an order to the custom status with permalink:
// PUT /admin/orders/{id}.json with custom_status_permalink. fulfillment
// may be empty; when set it must match the custom status' system status
// (the API documentation discourages sending both).
func (s *OrdersService) SetCustomStatus(ctx context.Context, id int64, permalink string, fulfillment FulfillmentStatus) (*Order, error) {
	return s.put(ctx, id, &orderBody{CustomStatusPermalink: permalink, FulfillmentStatus: fulfillment, check: func() error {
		if permalink == "" {
			return invalidf("custom_status_permalink", "is required")
		}
		return nil
	}})
}

// SetShippingAddress replaces an order's delivery address: PUT
// /admin/orders/{id}.json with shipping_address_attributes.
func (s *OrdersService) SetShippingAddress(ctx context.Context, id int64, address string) (*Order, error) {
	return s.put(ctx, id, &orderBody{ShippingAddress: &OrderAddressInput{Address: address}, check: func() error {
		if address == "" {
			return invalidf("address", "is required")
		}
		return nil
	}})
}

func checkLineQty(q Decimal) error {
	if q.Rat().Sign() <= 0 {
		return invalidf("quantity", "must be positive")
	}
	return nil
}

// AddLineByProduct adds a line for a product: PUT /admin/orders/{id}.json
// with order_lines_attributes.
func (s *OrdersService) AddLineByProduct(ctx context.Context, id int64, line *OrderLineByProduct) (*Order, error) {
	if line == nil {
		return nil, invalidf("body", "must not be nil")
	}
	return s.put(ctx, id, &orderBody{OrderLines: []any{line}, check: func() error {
		if line.ProductID < 1 {
			return invalidf("product_id", "must be a positive id")
		}
		if err := checkLineQty(line.Quantity); err != nil {
			return err
		}
		return checkVAT(line.VAT)
	}})
}

// AddLineByVariant adds a line for a variant: PUT /admin/orders/{id}.json
// with order_lines_attributes.
func (s *OrdersService) AddLineByVariant(ctx context.Context, id int64, line *OrderLineByVariant) (*Order, error) {
	if line == nil {
		return nil, invalidf("body", "must not be nil")
	}
	return s.put(ctx, id, &orderBody{OrderLines: []any{line}, check: func() error {
		if line.VariantID < 1 {
			return invalidf("variant_id", "must be a positive id")
		}
		if err := checkLineQty(line.Quantity); err != nil {
			return err
		}
		return checkVAT(line.VAT)
	}})
}

// UpdateLine changes a line's price, quantity, comment or VAT: PUT
// /admin/orders/{id}.json with order_lines_attributes.
func (s *OrdersService) UpdateLine(ctx context.Context, id int64, line *OrderLineUpdate) (*Order, error) {
	if line == nil {
		return nil, invalidf("body", "must not be nil")
	}
	return s.put(ctx, id, &orderBody{OrderLines: []any{line}, check: func() error {
		if line.ID < 1 {
			return invalidf("id", "must be a positive id")
		}
		if line.SalePrice == nil && line.Quantity == nil && line.Comment == nil && line.VAT == nil {
			return errNothingToUpdate
		}
		if line.Quantity != nil {
			if err := checkLineQty(*line.Quantity); err != nil {
				return err
			}
		}
		if line.SalePrice != nil && line.SalePrice.Rat().Sign() < 0 {
			return invalidf("sale_price", "must not be negative")
		}
		return checkVAT(line.VAT)
	}})
}

// RemoveLine deletes a line: PUT /admin/orders/{id}.json with
// order_lines_attributes [{id, _destroy: true}].
func (s *OrdersService) RemoveLine(ctx context.Context, id, lineID int64) (*Order, error) {
	return s.put(ctx, id, &orderBody{OrderLines: []any{destroyRef{ID: lineID, Destroy: true}}, check: func() error {
		return checkID("line_id", lineID)
	}})
}

// AddDiscounts adds discounts to an order: PUT /admin/orders/{id}.json
// with discounts_attributes.
func (s *OrdersService) AddDiscounts(ctx context.Context, id int64, discounts ...OrderDiscountCreate) (*Order, error) {
	items := make([]any, len(discounts))
	for i := range discounts {
		items[i] = &discounts[i]
	}
	return s.put(ctx, id, &orderBody{Discounts: items, check: func() error {
		if len(discounts) == 0 {
			return invalidf("discounts_attributes", "is required")
		}
		for _, d := range discounts {
			if d.Discount.Rat().Sign() <= 0 {
				return invalidf("discount", "must be positive")
			}
			if d.TypeID != 0 && d.TypeID != DiscountPercent && d.TypeID != DiscountMoney {
				return invalidf("type_id", "must be one of 1, 2")
			}
			if d.Description == "" {
				return invalidf("description", "is required")
			}
		}
		return nil
	}})
}

// UpdateDiscount changes which lines a discount applies to: PUT
// /admin/orders/{id}.json with discounts_attributes.
func (s *OrdersService) UpdateDiscount(ctx context.Context, id int64, d *OrderDiscountUpdate) (*Order, error) {
	if d == nil {
		return nil, invalidf("body", "must not be nil")
	}
	return s.put(ctx, id, &orderBody{Discounts: []any{d}, check: func() error {
		if d.ID < 1 {
			return invalidf("id", "must be a positive id")
		}
		if d.OrderLinesIDs == nil {
			return errNothingToUpdate
		}
		return nil
	}})
}

// RemoveDiscount deletes a discount: PUT /admin/orders/{id}.json with
// discounts_attributes [{id, _destroy: true}].
func (s *OrdersService) RemoveDiscount(ctx context.Context, id, discountID int64) (*Order, error) {
	return s.put(ctx, id, &orderBody{Discounts: []any{destroyRef{ID: discountID, Destroy: true}}, check: func() error {
		return checkID("discount_id", discountID)
	}})
}
