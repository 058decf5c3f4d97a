package commerce

import "github.com/ecomkit/ecomkit-go"

// Order is an order as every platform has one. Fields the platform does not
// send are left empty (nil for amounts and addresses, "" for text, 0 for
// ids); nothing is guessed. Source holds the platform's own typed order, so
// any field this model does not carry is one type assertion away.
type Order struct {
	// Platform is the platform the order came from.
	Platform Platform
	// ID is the platform's id of the order.
	ID int64
	// Number is the order number as the platform shows it to the shop and
	// the buyer ("1001"); "" when the platform has none apart from the id.
	Number string
	// CreatedAt and UpdatedAt are the platform's timestamps, exactly as
	// decoded (see ecomkit.Time for an unreadable value).
	CreatedAt, UpdatedAt ecomkit.Time
	// Status is the order's progress, normalized (see the package doc for
	// each platform's mapping); PlatformStatus is the platform's own value
	// it was mapped from.
	Status         OrderStatus
	PlatformStatus string
	// PaymentStatus is whether the order is paid, normalized;
	// PlatformPaymentStatus is the platform's own value it came from.
	PaymentStatus         PaymentStatus
	PlatformPaymentStatus string
	// Currency is the currency of every amount of the order, as the
	// platform names it (an ISO 4217 code on every platform that sends
	// one); "" when the platform does not say. Amounts are never converted.
	Currency string
	// Subtotal is the lines' total before shipping (and, where the platform
	// says so in the mapping, before order discounts).
	Subtotal *ecomkit.Decimal
	// ShippingTotal is what the buyer pays for delivery.
	ShippingTotal *ecomkit.Decimal
	// DiscountTotal is the discounts taken off the order, as a positive
	// amount.
	DiscountTotal *ecomkit.Decimal
	// TaxTotal is the tax contained in or added to Total.
	TaxTotal *ecomkit.Decimal
	// Total is what the buyer pays for the order.
	Total *ecomkit.Decimal
	// Lines are the order's items.
	Lines []OrderLine
	// Customer identifies the buyer; nil when the platform says nothing.
	Customer *CustomerRef
	// BillingAddress and ShippingAddress are nil when the platform sends none.
	BillingAddress, ShippingAddress *Address
	// Source is the platform's order as decoded: *insales.Order,
	// *shopkit.Order, *sitebuilder.Order or *storefront.Order.
	Source any
}

// Checkpoint is the order's place in a change feed; store the last one
// read and pass it to Reader.Changes to resume.
func (o Order) Checkpoint() ecomkit.Checkpoint {
	return ecomkit.Checkpoint{Time: o.UpdatedAt.Time, ID: o.ID}
}

// OrderLine is one item of an order.
type OrderLine struct {
	// ID is the line's own id; 0 where the platform gives lines no id.
	ID int64
	// ProductID and VariantID point at the catalogue; 0 when not sent.
	ProductID, VariantID int64
	// SKU and Title are as the line carries them (the title at the time of
	// the order, not the catalogue's current one).
	SKU, Title string
	// Quantity is how many were ordered (a Decimal: some shops sell by
	// weight).
	Quantity ecomkit.Decimal
	// UnitPrice is the price of one unit; Total is the line's total. Either
	// is nil when the platform does not send it. Where the mapping says
	// Total is computed, it is Quantity × UnitPrice, exactly.
	UnitPrice, Total *ecomkit.Decimal
	// Source is the platform's line as decoded (a pointer into the order's
	// Source).
	Source any
}

// CustomerRef identifies the buyer of an order.
type CustomerRef struct {
	// ID is the platform's customer id; 0 for a guest or when not sent.
	ID int64
	// Email, Name and Phone are as the order carries them.
	Email, Name, Phone string
}

// Address is a postal address. Platforms that send an address as one text
// fill Text and leave the parts empty.
type Address struct {
	// Name is the addressee's full name; Company their company.
	Name, Company string
	// Line1 and Line2 are the street lines.
	Line1, Line2 string
	// City, Region (state, province, county) and PostalCode.
	City, Region, PostalCode string
	// Country is the country as the platform sends it: a name or an
	// ISO 3166 code (see the mapping).
	Country string
	// Phone is the contact phone for this address.
	Phone string
	// Text is the whole address as one text, where the platform sends it
	// that way.
	Text string
	// Source is the platform's address as decoded.
	Source any
}

// Product is a catalogue product.
type Product struct {
	// Platform is the platform the product came from.
	Platform Platform
	// ID is the platform's id of the product.
	ID int64
	// Title is the product's name; Handle its URL key ("blue-shirt").
	Title, Handle string
	// SKU is the product's own SKU; with variants it is often "" and each
	// variant has one.
	SKU string
	// Price is the product's price (the first variant's where the platform
	// prices variants only; see the mapping); nil when not sent.
	Price *ecomkit.Decimal
	// Currency is the currency of Price and the variants' prices; "" when
	// the platform does not say.
	Currency string
	// Stock is the quantity available; nil when the platform does not send
	// one (not tracked, or not in this API).
	Stock *ecomkit.Decimal
	// Variants are the product's variants; empty when it has none.
	Variants []Variant
	// CreatedAt and UpdatedAt are the platform's timestamps.
	CreatedAt, UpdatedAt ecomkit.Time
	// Source is the platform's product as decoded: *insales.Product,
	// *shopkit.Product, *sitebuilder.Product or *storefront.Product.
	Source any
}

// Checkpoint is the product's place in a change feed.
func (p Product) Checkpoint() ecomkit.Checkpoint {
	return ecomkit.Checkpoint{Time: p.UpdatedAt.Time, ID: p.ID}
}

// Variant is one purchasable version of a product (a size, a colour).
type Variant struct {
	// ID is the platform's id of the variant.
	ID int64
	// Title names the variant ("Red / XL"); SKU is its stock-keeping unit.
	Title, SKU string
	// Price is the variant's price; nil when not sent.
	Price *ecomkit.Decimal
	// Stock is the quantity available; nil when not sent.
	Stock *ecomkit.Decimal
	// Source is the platform's variant as decoded.
	Source any
}

// Customer is a shop's customer.
type Customer struct {
	// Platform is the platform the customer came from.
	Platform Platform
	// ID is the platform's id of the customer.
	ID int64
	// Email, FirstName, LastName and Phone are as the platform sends them;
	// Name is the full name (sent as one, or first and last joined).
	Email, FirstName, LastName, Name, Phone string
	// Addresses are the customer's addresses.
	Addresses []Address
	// CreatedAt and UpdatedAt are the platform's timestamps.
	CreatedAt, UpdatedAt ecomkit.Time
	// Source is the platform's customer as decoded: *insales.Customer,
	// *shopkit.StoreClient, *mycashflow.Customer, *sitebuilder.Contact or
	// *storefront.Customer.
	Source any
}

// Checkpoint is the customer's place in a change feed.
func (c Customer) Checkpoint() ecomkit.Checkpoint {
	return ecomkit.Checkpoint{Time: c.UpdatedAt.Time, ID: c.ID}
}

// OrderStatus is an order's progress, normalized across platforms. The
// platform's own value is kept in Order.PlatformStatus.
type OrderStatus string

// Order statuses. The package doc says which platform value maps to which.
const (
	// OrderOpen is a new order nobody has acted on yet.
	OrderOpen OrderStatus = "open"
	// OrderProcessing is accepted and being prepared.
	OrderProcessing OrderStatus = "processing"
	// OrderShipped has left the shop.
	OrderShipped OrderStatus = "shipped"
	// OrderCompleted is delivered or otherwise finished.
	OrderCompleted OrderStatus = "completed"
	// OrderCancelled was cancelled or declined.
	OrderCancelled OrderStatus = "cancelled"
	// OrderReturned came back to the shop.
	OrderReturned OrderStatus = "returned"
	// OrderStatusUnknown is a platform value with no sure mapping (a
	// shop-defined status, or one the API documentation does not explain);
	// read Order.PlatformStatus.
	OrderStatusUnknown OrderStatus = "unknown"
)

// PaymentStatus is whether an order is paid, normalized across platforms.
type PaymentStatus string

// Payment statuses.
const (
	// PaymentPending is not paid yet.
	PaymentPending PaymentStatus = "pending"
	// PaymentPaid is paid in full.
	PaymentPaid PaymentStatus = "paid"
	// PaymentRefunded was paid and given back.
	PaymentRefunded PaymentStatus = "refunded"
	// PaymentStatusUnknown is a value with no sure mapping, or none sent.
	PaymentStatusUnknown PaymentStatus = "unknown"
)
