package insales

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

// DeliveryType is a delivery variant's kind. An unknown value decodes as
// itself.
type DeliveryType string

// The delivery kinds the API documentation lists.
const (
	DeliveryFixed          DeliveryType = "DeliveryVariant::Fixed"
	DeliveryPriceDepend    DeliveryType = "DeliveryVariant::PriceDepend"
	DeliveryLocationDepend DeliveryType = "DeliveryVariant::LocationDepend"
	DeliveryExternal       DeliveryType = "DeliveryVariant::External"
)

// DeliveryVariant is a way of delivering orders. The fields of the other
// kinds are nil or empty.
type DeliveryVariant struct {
	ID          int64        `json:"id"`
	Type        DeliveryType `json:"type"`
	Title       string       `json:"title"`
	Description *string      `json:"description"`
	Position    int64        `json:"position"`
	// Inverted makes the variant available everywhere except its locations.
	Inverted bool `json:"inverted"`
	// ChargeUpTo makes delivery free on orders from this sum (nil: never).
	ChargeUpTo              *Decimal                 `json:"charge_up_to"`
	Price                   *Decimal                 `json:"price"`     // Fixed.
	MinPrice                *Decimal                 `json:"min_price"` // PriceDepend.
	Rules                   []DeliveryRule           `json:"rules"`     // PriceDepend.
	DeliveryZones           []DeliveryZone           `json:"delivery_zones"`
	URL                     *string                  `json:"url"` // External: the price service.
	Javascript              *string                  `json:"javascript"`
	CustomerPickup          *bool                    `json:"customer_pickup"`
	PaymentDeliveryVariants []PaymentDeliveryVariant `json:"payment_delivery_variants"`
	DeliveryLocations       []DeliveryLocation       `json:"delivery_locations"`
	CreatedAt               Time                     `json:"created_at"`
	UpdatedAt               Time                     `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a delivery variant, keeping undeclared fields in Extra.
func (d *DeliveryVariant) UnmarshalJSON(b []byte) error {
	type plain DeliveryVariant
	return decodeExtra(b, (*plain)(d), &d.Extra)
}

// DeliveryRule prices delivery by order sum and weight.
type DeliveryRule struct {
	ID          int64    `json:"id"`
	Price       Decimal  `json:"price"`
	OrderPrice  Decimal  `json:"order_price"`
	OrderWeight *Decimal `json:"order_weight"`
	Extra       Extra    `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes a rule, keeping undeclared fields in Extra.
func (r *DeliveryRule) UnmarshalJSON(b []byte) error {
	type plain DeliveryRule
	return decodeExtra(b, (*plain)(r), &r.Extra)
}

// DeliveryZone is a LocationDepend variant's zone with weight tariffs.
type DeliveryZone struct {
	ID        int64              `json:"id"`
	Title     string             `json:"title"`
	Tariffs   []DeliveryTariff   `json:"tariffs"`
	Locations []DeliveryLocation `json:"locations"`
	Extra     Extra              `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes a zone, keeping undeclared fields in Extra.
func (z *DeliveryZone) UnmarshalJSON(b []byte) error {
	type plain DeliveryZone
	return decodeExtra(b, (*plain)(z), &z.Extra)
}

// DeliveryTariff prices a zone's delivery by weight.
type DeliveryTariff struct {
	ID        int64   `json:"id"`
	MaxWeight Decimal `json:"max_weight"`
	Price     Decimal `json:"price"`
	Step      Decimal `json:"step"` // kg.
	StepPrice Decimal `json:"step_price"`
	Extra     Extra   `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes a tariff, keeping undeclared fields in Extra.
func (t *DeliveryTariff) UnmarshalJSON(b []byte) error {
	type plain DeliveryTariff
	return decodeExtra(b, (*plain)(t), &t.Extra)
}

// DeliveryLocation is a place a variant serves.
type DeliveryLocation struct {
	ID      int64   `json:"id"`
	Country *string `json:"country"`
	Region  *string `json:"region"`
	City    *string `json:"city"`
	Extra   Extra   `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes a location, keeping undeclared fields in Extra.
func (l *DeliveryLocation) UnmarshalJSON(b []byte) error {
	type plain DeliveryLocation
	return decodeExtra(b, (*plain)(l), &l.Extra)
}

// PaymentDeliveryVariant links a delivery variant and a payment gateway.
type PaymentDeliveryVariant struct {
	ID                int64 `json:"id"`
	DeliveryVariantID int64 `json:"delivery_variant_id,omitempty"`
	PaymentGatewayID  int64 `json:"payment_gateway_id,omitempty"`
	CreatedAt         Time  `json:"created_at"`
	Extra             Extra `json:"-"` // Undeclared fields.
}

// UnmarshalJSON decodes a link, keeping undeclared fields in Extra.
func (p *PaymentDeliveryVariant) UnmarshalJSON(b []byte) error {
	type plain PaymentDeliveryVariant
	return decodeExtra(b, (*plain)(p), &p.Extra)
}

// LocationInput is a place in a request.
type LocationInput struct {
	Country string `json:"country,omitempty"`
	Region  string `json:"region,omitempty"`
	City    string `json:"city,omitempty"`
}

// DeliveryCommon holds what every kind of delivery variant takes.
type DeliveryCommon struct {
	Title       string  `json:"title"` // Required.
	Description *string `json:"description,omitempty"`
	Position    *int64  `json:"position,omitempty"`
	// AddPaymentGateways links every payment gateway.
	AddPaymentGateways *bool           `json:"add_payment_gateways,omitempty"`
	Locations          []LocationInput `json:"delivery_locations_attributes,omitempty"`
	Inverted           *bool           `json:"inverted,omitempty"`
	ChargeUpTo         *Decimal        `json:"charge_up_to,omitempty"`
}

func (c *DeliveryCommon) check() error {
	if strings.TrimSpace(c.Title) == "" {
		return invalidf("title", "is required")
	}
	if c.ChargeUpTo != nil && c.ChargeUpTo.Rat().Sign() < 0 {
		return invalidf("charge_up_to", "must not be negative")
	}
	return nil
}

func nonNegative(field string, d Decimal) error {
	if d.Rat().Sign() < 0 {
		return invalidf(field, "must not be negative")
	}
	return nil
}

// DeliveryFixedCreate is the body of DeliveryVariants.CreateFixed: one price.
type DeliveryFixedCreate struct {
	DeliveryCommon
	Price      Decimal `json:"price"` // Required.
	Javascript *string `json:"javascript,omitempty"`
}

// MarshalJSON adds type DeliveryVariant::Fixed.
func (d DeliveryFixedCreate) MarshalJSON() ([]byte, error) {
	type plain DeliveryFixedCreate
	return marshalTyped(plain(d), DeliveryFixed)
}

func (d *DeliveryFixedCreate) validate() error {
	if err := d.check(); err != nil {
		return err
	}
	return nonNegative("price", d.Price)
}

// DeliveryRuleInput is a PriceDepend rule in a request.
type DeliveryRuleInput struct {
	Price       Decimal  `json:"price"`
	OrderPrice  Decimal  `json:"order_price"`
	OrderWeight *Decimal `json:"order_weight,omitempty"`
}

// DeliveryPriceDependCreate is the body of DeliveryVariants.CreatePriceDepend:
// prices by order sum and weight.
type DeliveryPriceDependCreate struct {
	DeliveryCommon
	MinPrice *Decimal            `json:"min_price,omitempty"`
	Rules    []DeliveryRuleInput `json:"rules_attributes,omitempty"`
}

// MarshalJSON adds type DeliveryVariant::PriceDepend.
func (d DeliveryPriceDependCreate) MarshalJSON() ([]byte, error) {
	type plain DeliveryPriceDependCreate
	return marshalTyped(plain(d), DeliveryPriceDepend)
}

func (d *DeliveryPriceDependCreate) validate() error {
	if err := d.check(); err != nil {
		return err
	}
	for _, r := range d.Rules {
		if err := nonNegative("price", r.Price); err != nil {
			return err
		}
		if err := nonNegative("order_price", r.OrderPrice); err != nil {
			return err
		}
	}
	return nil
}

// DeliveryTariffInput is a zone's tariff in a request; all four are required.
type DeliveryTariffInput struct {
	MaxWeight Decimal `json:"max_weight"`
	Price     Decimal `json:"price"`
	Step      Decimal `json:"step"`
	StepPrice Decimal `json:"step_price"`
}

// DeliveryZoneInput is a LocationDepend zone in a request.
type DeliveryZoneInput struct {
	Title     string                `json:"title,omitempty"`
	Tariffs   []DeliveryTariffInput `json:"tariffs_attributes"` // Required.
	Locations []LocationInput       `json:"locations_attributes,omitempty"`
}

// DeliveryLocationDependCreate is the body of
// DeliveryVariants.CreateLocationDepend: prices by zone and weight.
type DeliveryLocationDependCreate struct {
	DeliveryCommon
	Zones []DeliveryZoneInput `json:"delivery_zones_attributes"` // Required.
}

// MarshalJSON adds type DeliveryVariant::LocationDepend.
func (d DeliveryLocationDependCreate) MarshalJSON() ([]byte, error) {
	type plain DeliveryLocationDependCreate
	return marshalTyped(plain(d), DeliveryLocationDepend)
}

func (d *DeliveryLocationDependCreate) validate() error {
	if err := d.check(); err != nil {
		return err
	}
	if len(d.Zones) == 0 {
		return invalidf("delivery_zones_attributes", "is required")
	}
	for _, z := range d.Zones {
		if len(z.Tariffs) == 0 {
			return invalidf("tariffs_attributes", "is required")
		}
		for _, l := range z.Locations {
			if l.Country == "" {
				return invalidf("country", "is required")
			}
		}
	}
	return nil
}

// DeliveryExternalCreate is the body of DeliveryVariants.CreateExternal:
// the price comes from the shop's own service at URL.
type DeliveryExternalCreate struct {
	DeliveryCommon
	URL            string  `json:"url"` // Required.
	Javascript     *string `json:"javascript,omitempty"`
	CustomerPickup *bool   `json:"customer_pickup,omitempty"`
}

// MarshalJSON adds type DeliveryVariant::External.
func (d DeliveryExternalCreate) MarshalJSON() ([]byte, error) {
	type plain DeliveryExternalCreate
	return marshalTyped(plain(d), DeliveryExternal)
}

func (d *DeliveryExternalCreate) validate() error {
	if err := d.check(); err != nil {
		return err
	}
	if strings.TrimSpace(d.URL) == "" {
		return invalidf("url", "is required")
	}
	return nil
}

// PaymentGatewayLinkChange links a delivery variant to a payment gateway
// in DeliveryVariants.Update: set PaymentGatewayID to add a link, or
// UnlinkID (an existing PaymentDeliveryVariant's id) to remove one.
type PaymentGatewayLinkChange struct {
	PaymentGatewayID int64
	UnlinkID         int64
}

// MarshalJSON writes {"payment_gateway_id": N} or {"_destroy": 1, "id": N}.
func (l PaymentGatewayLinkChange) MarshalJSON() ([]byte, error) {
	return linkJSON(l.UnlinkID, "payment_gateway_id", l.PaymentGatewayID)
}

// DeliveryVariantLinkChange links a payment gateway to a delivery variant
// in PaymentGateways.Update: set DeliveryVariantID to add a link, or
// UnlinkID (an existing PaymentDeliveryVariant's id) to remove one.
type DeliveryVariantLinkChange struct {
	DeliveryVariantID int64
	UnlinkID          int64
}

// MarshalJSON writes {"delivery_variant_id": N} or {"_destroy": 1, "id": N}.
func (l DeliveryVariantLinkChange) MarshalJSON() ([]byte, error) {
	return linkJSON(l.UnlinkID, "delivery_variant_id", l.DeliveryVariantID)
}

// linkJSON writes the documented shapes: removal as {"_destroy": 1, "id"}.
func linkJSON(unlink int64, key string, other int64) ([]byte, error) {
	if unlink > 0 {
		return json.Marshal(struct {
			Destroy int   `json:"_destroy"`
			ID      int64 `json:"id"`
		}{1, unlink})
	}
	return json.Marshal(map[string]int64{key: other})
}

// checkLink refuses a change that sets both or neither id.
func checkLink(unlink, other int64) error {
	if (unlink > 0) == (other > 0) || unlink < 0 || other < 0 {
		return invalidf("payment_delivery_variants_attributes", "must set one positive id: the one to link or UnlinkID")
	}
	return nil
}

// DeliveryVariantUpdate is the body of DeliveryVariants.Update; nil fields
// are left as they are.
type DeliveryVariantUpdate struct {
	Title              *string  `json:"title,omitempty"`
	Description        *string  `json:"description,omitempty"`
	Position           *int64   `json:"position,omitempty"`
	AddPaymentGateways *bool    `json:"add_payment_gateways,omitempty"`
	ChargeUpTo         *Decimal `json:"charge_up_to,omitempty"`
	// PaymentGateways links or unlinks payment gateways.
	PaymentGateways []PaymentGatewayLinkChange `json:"payment_delivery_variants_attributes,omitempty"`
}

func (d *DeliveryVariantUpdate) validate() error {
	if d.Title == nil && d.Description == nil && d.Position == nil && d.AddPaymentGateways == nil && d.ChargeUpTo == nil && len(d.PaymentGateways) == 0 {
		return errNothingToUpdate
	}
	if d.Title != nil && strings.TrimSpace(*d.Title) == "" {
		return invalidf("title", "is required")
	}
	for _, l := range d.PaymentGateways {
		if err := checkLink(l.UnlinkID, l.PaymentGatewayID); err != nil {
			return err
		}
	}
	return nil
}

// DeliveryVariantsAPI is the interface DeliveryVariantsService satisfies, for mocks.
type DeliveryVariantsAPI interface {
	List(ctx context.Context) ([]DeliveryVariant, error)
	Get(ctx context.Context, id int64) (*DeliveryVariant, error)
	CreateFixed(ctx context.Context, d *DeliveryFixedCreate) (*DeliveryVariant, error)
	CreatePriceDepend(ctx context.Context, d *DeliveryPriceDependCreate) (*DeliveryVariant, error)
	CreateLocationDepend(ctx context.Context, d *DeliveryLocationDependCreate) (*DeliveryVariant, error)
	CreateExternal(ctx context.Context, d *DeliveryExternalCreate) (*DeliveryVariant, error)
	Update(ctx context.Context, id int64, d *DeliveryVariantUpdate) (*DeliveryVariant, error)
	Delete(ctx context.Context, id int64) error
}

var _ DeliveryVariantsAPI = (*DeliveryVariantsService)(nil)

// DeliveryVariantsService manages delivery variants: /admin/delivery_variants.
// Each kind has its own create method and request type.
type DeliveryVariantsService service

// List fetches every delivery variant: GET /admin/delivery_variants.json.
func (s *DeliveryVariantsService) List(ctx context.Context) ([]DeliveryVariant, error) {
	return listAll[DeliveryVariant](ctx, (*service)(s), "/delivery_variants.json", nil)
}

// Get fetches a delivery variant: GET /admin/delivery_variants/{id}.json.
func (s *DeliveryVariantsService) Get(ctx context.Context, id int64) (*DeliveryVariant, error) {
	return getByID[DeliveryVariant](ctx, (*service)(s), "/delivery_variants/{delivery_variant_id}.json", id)
}

// CreateFixed adds a fixed-price variant: POST /admin/delivery_variants.json.
func (s *DeliveryVariantsService) CreateFixed(ctx context.Context, d *DeliveryFixedCreate) (*DeliveryVariant, error) {
	return send[DeliveryVariant](ctx, (*service)(s), http.MethodPost, "/delivery_variants.json", "delivery_variant", d)
}

// CreatePriceDepend adds a variant priced by order sum and weight: POST
// /admin/delivery_variants.json.
func (s *DeliveryVariantsService) CreatePriceDepend(ctx context.Context, d *DeliveryPriceDependCreate) (*DeliveryVariant, error) {
	return send[DeliveryVariant](ctx, (*service)(s), http.MethodPost, "/delivery_variants.json", "delivery_variant", d)
}

// CreateLocationDepend adds a variant priced by zone: POST
// /admin/delivery_variants.json.
func (s *DeliveryVariantsService) CreateLocationDepend(ctx context.Context, d *DeliveryLocationDependCreate) (*DeliveryVariant, error) {
	return send[DeliveryVariant](ctx, (*service)(s), http.MethodPost, "/delivery_variants.json", "delivery_variant", d)
}

// CreateExternal adds a variant priced by an external service: POST
// /admin/delivery_variants.json.
func (s *DeliveryVariantsService) CreateExternal(ctx context.Context, d *DeliveryExternalCreate) (*DeliveryVariant, error) {
	return send[DeliveryVariant](ctx, (*service)(s), http.MethodPost, "/delivery_variants.json", "delivery_variant", d)
}

// Update changes a delivery variant: PUT /admin/delivery_variants/{id}.json.
func (s *DeliveryVariantsService) Update(ctx context.Context, id int64, d *DeliveryVariantUpdate) (*DeliveryVariant, error) {
	return sendByID[DeliveryVariant](ctx, (*service)(s), http.MethodPut, "/delivery_variants/{delivery_variant_id}.json", id, "delivery_variant", d)
}

// Delete removes a delivery variant: DELETE /admin/delivery_variants/{id}.json.
func (s *DeliveryVariantsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), "/delivery_variants/{delivery_variant_id}.json", id)
}
