package shopkit

import (
	"context"
	"encoding/json"
	"iter"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// ShipmentStatus is a shipment's tracking state; a value this package does
// not list decodes as itself.
type ShipmentStatus string

// Shipment statuses, as the 2025 docs list them.
const (
	ShipmentExpedited            ShipmentStatus = "expedited"
	ShipmentAccepted             ShipmentStatus = "accepted"
	ShipmentOutForDelivery       ShipmentStatus = "out_for_delivery"
	ShipmentPickupAvailable      ShipmentStatus = "pickup_available"
	ShipmentDeliveryUnsuccessful ShipmentStatus = "delivery_unsuccessful"
	ShipmentReturned             ShipmentStatus = "returned"
	ShipmentDelivered            ShipmentStatus = "delivered"
)

// Shipment is an order's parcel as the carrier tracks it (GET /shipment).
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
type Shipment struct {
	TrackingCode       string          `json:"tracking_code"`
	Carrier            TrackingCarrier `json:"carrier"`
	CarrierDescription string          `json:"carrier_description"`
	TrackingURL        string          `json:"tracking_url"`
	// OrderID arrives as a string ("1337"); it is read as a number.
	OrderID              Int              `json:"order_id"`
	Type                 string           `json:"type"` // manual, ...
	CreatedAt            Time             `json:"created_at"`
	UpdatedAt            *Time            `json:"updated_at"`
	ExpectedArrivalFrom  *Time            `json:"expected_arrival_from"`
	ExpectedArrivalUntil *Time            `json:"expected_arrival_until"`
	From                 *ShipmentAddress `json:"from"`
	To                   *ShipmentAddress `json:"to"`
	LastEvent            *string          `json:"last_event"`
	LastEventDescription *string          `json:"last_event_description"`
	Events               json.RawMessage  `json:"events"`             // null in the only example
	AutomaticShipping    json.RawMessage  `json:"automatic_shipping"` // null in the only example
	Extra                Extra            `json:"-"`                  // fields this model does not declare
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *Shipment) UnmarshalJSON(b []byte) error {
	type plain Shipment
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

func (s *Shipment) extraFields() Extra { return s.Extra }

// ShipmentAddress is where a shipment leaves from or goes to.
type ShipmentAddress struct {
	ZipCode           *string `json:"zip_code"`
	CountryCode       *string `json:"country_code"` // ISO 3166 alpha-3
	CountryCodeAlpha2 *string `json:"country_code_alpha_2"`
	Country           *string `json:"country"`
	Extra             Extra   `json:"-"` // fields this model does not declare
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (a *ShipmentAddress) UnmarshalJSON(b []byte) error {
	type plain ShipmentAddress
	return flex.DecodeWithExtra(b, (*plain)(a), &a.Extra)
}

// Carrier is a shipment carrier (GET /shipment/carrier).
type Carrier struct {
	Alias TrackingCarrier `json:"alias"`
	Title string          `json:"title"`
	Extra Extra           `json:"-"` // fields this model does not declare
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (c *Carrier) UnmarshalJSON(b []byte) error {
	type plain Carrier
	return flex.DecodeWithExtra(b, (*plain)(c), &c.Extra)
}

// ShipmentListOptions filter GET /shipment. The 2025 docs' URI template
// copies GET /shipping's country_code, weight and value; its parameter
// list, followed here, has these.
type ShipmentListOptions struct {
	TrackingCode string          `url:"tracking_code,omitempty"`
	Carrier      TrackingCarrier `url:"carrier,omitempty"` // one of TrackingCarriers
	Paid         *bool           `url:"paid,omitempty"`
	Status       ShipmentStatus  `url:"status,omitempty"`
	// DateFrom and DateTo bound the shipments' dates (yyyy-mm-dd).
	DateFrom *Date  `url:"-"`
	DateTo   *Date  `url:"-"`
	Query    string `url:"q,omitempty"`
	ListOptions
}

var shipmentStatuses = []string{"expedited", "accepted", "out_for_delivery", "pickup_available", "delivery_unsuccessful", "returned", "delivered"}

func (o *ShipmentListOptions) check() error {
	if o.Carrier != "" {
		if err := oneOf("carrier", string(o.Carrier), carrierNames()...); err != nil {
			return err
		}
	}
	if err := oneOf("status", string(o.Status), shipmentStatuses...); err != nil {
		return err
	}
	return checkDates("date_from", o.DateFrom, "date_to", o.DateTo)
}

func carrierNames() []string {
	s := make([]string, len(TrackingCarriers))
	for i, c := range TrackingCarriers {
		s[i] = string(c)
	}
	return s
}

// query adds the dates to the encoded options.
func (o *ShipmentListOptions) query() any {
	if o == nil {
		return nil
	}
	return struct {
		*ShipmentListOptions
		From string `url:"date_from,omitempty"`
		To   string `url:"date_to,omitempty"`
	}{o, dateText(o.DateFrom), dateText(o.DateTo)}
}

func dateText(d *Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

// ShipmentsAPI is the interface ShipmentsService implements.
type ShipmentsAPI interface {
	List(ctx context.Context, opts *ShipmentListOptions) (*Page[Shipment], error)
	All(ctx context.Context, opts *ShipmentListOptions) iter.Seq2[Shipment, error]
	Carriers(ctx context.Context) ([]Carrier, error)
}

var _ ShipmentsAPI = (*ShipmentsService)(nil)

// ShipmentsService handles the /shipment endpoints. Documented outside the
// API documentation's examples: Shopkit's 2025 public docs.
type ShipmentsService service

// List fetches one page of shipments, or finds them by tracking code:
// GET /shipment. Documented outside the API documentation's examples:
// Shopkit's 2025 public docs.
func (s *ShipmentsService) List(ctx context.Context, opts *ShipmentListOptions) (*Page[Shipment], error) {
	return list[Shipment](ctx, (*service)(s), routeShipments.path, opts, opts.query())
}

// All iterates over every shipment matching opts (GET /shipment).
func (s *ShipmentsService) All(ctx context.Context, opts *ShipmentListOptions) iter.Seq2[Shipment, error] {
	return all(ctx, opts, s.List)
}

// Carriers lists the carriers a shipment can use: GET /shipment/carrier
// (not paginated). Their aliases are the TrackingCarrier values.
// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
func (s *ShipmentsService) Carriers(ctx context.Context) ([]Carrier, error) {
	return sendList[Carrier](ctx, (*service)(s), routeShipmentCarriers.method, routeShipmentCarriers.path, nil, nil)
}
