package insales

import (
	"context"
	"net/http"
	"strings"
)

// PaymentType is a payment gateway's kind. An unknown value decodes as
// itself.
type PaymentType string

// The payment kinds the API documentation names.
const (
	PaymentCod                 PaymentType = "PaymentGateway::Cod"
	PaymentCustom              PaymentType = "PaymentGateway::Custom"
	PaymentExternal            PaymentType = "PaymentGateway::External"
	PaymentJuridicalPersonBill PaymentType = "PaymentGateway::JuridicalPersonBill"
)

// PaymentGateway is a way of paying for orders.
type PaymentGateway struct {
	ID          int64       `json:"id"`
	Type        PaymentType `json:"type"`
	Title       string      `json:"title"`
	Description *string     `json:"description"`
	// Margin is added to the order's price, in percent.
	Margin   Decimal `json:"margin"`
	Position int64   `json:"position"`
	// External gateways: the service's URL, the shop's id there, and the
	// password InSales signs with (a Secret: it never prints).
	URL                     *string                  `json:"url"`
	ShopID                  *string                  `json:"shop_id"`
	Password                *Secret                  `json:"password"`
	SendOrder               *bool                    `json:"send_order"`
	SuccessURL              *string                  `json:"success_url"`
	FailURL                 *string                  `json:"fail_url"`
	ServerURL               *string                  `json:"server_url"`
	PaymentDeliveryVariants []PaymentDeliveryVariant `json:"payment_delivery_variants"`
	CreatedAt               Time                     `json:"created_at"`
	UpdatedAt               Time                     `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a payment gateway, keeping undeclared fields in Extra.
func (p *PaymentGateway) UnmarshalJSON(b []byte) error {
	type plain PaymentGateway
	return decodeExtra(b, (*plain)(p), &p.Extra)
}

// DeliveryLink links a new payment gateway to a delivery variant.
type DeliveryLink struct {
	DeliveryVariantID int64 `json:"delivery_variant_id"`
}

// PaymentGatewayCreate is the body of PaymentGateways.Create: cash on
// delivery (PaymentCod) or a custom method (PaymentCustom).
type PaymentGatewayCreate struct {
	Type        PaymentType `json:"type"`  // Required: PaymentCod or PaymentCustom.
	Title       string      `json:"title"` // Required.
	Margin      *Decimal    `json:"margin,omitempty"`
	Position    *int64      `json:"position,omitempty"`
	Description *string     `json:"description,omitempty"`
	// DeliveryVariants links delivery variants; AddDeliveryVariants links all.
	DeliveryVariants    []DeliveryLink `json:"payment_delivery_variants_attributes,omitempty"`
	AddDeliveryVariants *bool          `json:"add_delivery_variants,omitempty"`
}

func (p *PaymentGatewayCreate) validate() error {
	if p.Type != PaymentCod && p.Type != PaymentCustom {
		return invalidf("type", "must be one of PaymentGateway::Cod, PaymentGateway::Custom (use CreateExternal for PaymentGateway::External)")
	}
	return checkGateway(p.Title, p.Margin, p.DeliveryVariants)
}

func checkGateway(title string, margin *Decimal, links []DeliveryLink) error {
	if strings.TrimSpace(title) == "" {
		return invalidf("title", "is required")
	}
	if margin != nil && margin.Rat().Sign() < 0 {
		return invalidf("margin", "must not be negative")
	}
	for _, l := range links {
		if l.DeliveryVariantID < 1 {
			return invalidf("delivery_variant_id", "must be a positive id")
		}
	}
	return nil
}

// PaymentGatewayExternalCreate is the body of PaymentGateways.CreateExternal:
// payment through the shop's own service at URL.
type PaymentGatewayExternalCreate struct {
	Title               string         `json:"title"` // Required.
	Margin              *Decimal       `json:"margin,omitempty"`
	Position            *int64         `json:"position,omitempty"`
	Description         *string        `json:"description,omitempty"`
	DeliveryVariants    []DeliveryLink `json:"payment_delivery_variants_attributes,omitempty"`
	URL                 string         `json:"url"`     // Required.
	ShopID              string         `json:"shop_id"` // Required: the shop's id in the external system.
	SendOrder           *bool          `json:"send_order,omitempty"`
	AddDeliveryVariants *bool          `json:"add_delivery_variants,omitempty"`
}

// MarshalJSON adds type PaymentGateway::External.
func (p PaymentGatewayExternalCreate) MarshalJSON() ([]byte, error) {
	type plain PaymentGatewayExternalCreate
	return marshalTyped(plain(p), PaymentExternal)
}

func (p *PaymentGatewayExternalCreate) validate() error {
	if err := checkGateway(p.Title, p.Margin, p.DeliveryVariants); err != nil {
		return err
	}
	if strings.TrimSpace(p.URL) == "" {
		return invalidf("url", "is required")
	}
	if strings.TrimSpace(p.ShopID) == "" {
		return invalidf("shop_id", "is required")
	}
	return nil
}

// PaymentGatewayUpdate is the body of PaymentGateways.Update; nil fields
// are left as they are.
type PaymentGatewayUpdate struct {
	Title       *string  `json:"title,omitempty"`
	Margin      *Decimal `json:"margin,omitempty"`
	Position    *int64   `json:"position,omitempty"`
	Description *string  `json:"description,omitempty"`
	// DeliveryVariants links or unlinks delivery variants.
	DeliveryVariants []DeliveryVariantLinkChange `json:"payment_delivery_variants_attributes,omitempty"`
	URL              *string                     `json:"url,omitempty"`     // External gateways.
	ShopID           *string                     `json:"shop_id,omitempty"` // External gateways.
	SendOrder        *bool                       `json:"send_order,omitempty"`
}

func (p *PaymentGatewayUpdate) validate() error {
	if p.Title == nil && p.Margin == nil && p.Position == nil && p.Description == nil && len(p.DeliveryVariants) == 0 &&
		p.URL == nil && p.ShopID == nil && p.SendOrder == nil {
		return errNothingToUpdate
	}
	if p.Title != nil && strings.TrimSpace(*p.Title) == "" {
		return invalidf("title", "is required")
	}
	if p.Margin != nil && p.Margin.Rat().Sign() < 0 {
		return invalidf("margin", "must not be negative")
	}
	for _, l := range p.DeliveryVariants {
		if err := checkLink(l.UnlinkID, l.DeliveryVariantID); err != nil {
			return err
		}
	}
	return nil
}

// PaymentGatewaysAPI is the interface PaymentGatewaysService satisfies, for mocks.
type PaymentGatewaysAPI interface {
	List(ctx context.Context) ([]PaymentGateway, error)
	Get(ctx context.Context, id int64) (*PaymentGateway, error)
	Create(ctx context.Context, p *PaymentGatewayCreate) (*PaymentGateway, error)
	CreateExternal(ctx context.Context, p *PaymentGatewayExternalCreate) (*PaymentGateway, error)
	Update(ctx context.Context, id int64, p *PaymentGatewayUpdate) (*PaymentGateway, error)
	Delete(ctx context.Context, id int64) error
}

var _ PaymentGatewaysAPI = (*PaymentGatewaysService)(nil)

// PaymentGatewaysService manages payment gateways: /admin/payment_gateways.
type PaymentGatewaysService service

// List fetches every payment gateway: GET /admin/payment_gateways.json.
func (s *PaymentGatewaysService) List(ctx context.Context) ([]PaymentGateway, error) {
	return listAll[PaymentGateway](ctx, (*service)(s), "/payment_gateways.json", nil)
}

// Get fetches a payment gateway: GET /admin/payment_gateways/{id}.json.
func (s *PaymentGatewaysService) Get(ctx context.Context, id int64) (*PaymentGateway, error) {
	return getByID[PaymentGateway](ctx, (*service)(s), "/payment_gateways/{payment_gateway_id}.json", id)
}

// Create adds a cash-on-delivery or custom gateway: POST /admin/payment_gateways.json.
func (s *PaymentGatewaysService) Create(ctx context.Context, p *PaymentGatewayCreate) (*PaymentGateway, error) {
	return send[PaymentGateway](ctx, (*service)(s), http.MethodPost, "/payment_gateways.json", "payment_gateway", p)
}

// CreateExternal adds an external gateway: POST /admin/payment_gateways.json
// with type PaymentGateway::External.
func (s *PaymentGatewaysService) CreateExternal(ctx context.Context, p *PaymentGatewayExternalCreate) (*PaymentGateway, error) {
	return send[PaymentGateway](ctx, (*service)(s), http.MethodPost, "/payment_gateways.json", "payment_gateway", p)
}

// Update changes a payment gateway: PUT /admin/payment_gateways/{id}.json.
func (s *PaymentGatewaysService) Update(ctx context.Context, id int64, p *PaymentGatewayUpdate) (*PaymentGateway, error) {
	return sendByID[PaymentGateway](ctx, (*service)(s), http.MethodPut, "/payment_gateways/{payment_gateway_id}.json", id, "payment_gateway", p)
}

// Delete removes a payment gateway: DELETE /admin/payment_gateways/{id}.json.
// The API documentation shows an empty answer; any 2xx is success.
func (s *PaymentGatewaysService) Delete(ctx context.Context, id int64) error {
	p, err := path("/payment_gateways/{payment_gateway_id}.json", id)
	if err != nil {
		return err
	}
	return deleteEmpty(ctx, (*service)(s), p)
}
