package insales

import (
	"context"
	"net/http"
	"strings"
)

// MarketplaceType is a marketplace export's kind. An unknown value decodes
// as itself.
type MarketplaceType string

// The marketplace kinds the API documentation shows.
const (
	MarketplaceGoogleMerchant     MarketplaceType = "Marketplace::GoogleMerchant"
	MarketplaceModelYandexMarket  MarketplaceType = "Marketplace::ModelYandexMarket"
	MarketplaceLiquidYandexMarket MarketplaceType = "Marketplace::LiquidYandexMarket"
)

// IntFlag is a yes/no the API takes as 1 or 0 in requests (adult,
// use_variants).
type IntFlag bool

// MarshalJSON writes 1 or 0.
func (f IntFlag) MarshalJSON() ([]byte, error) {
	if f {
		return []byte("1"), nil
	}
	return []byte("0"), nil
}

// UnmarshalJSON accepts 1/0, true/false and their strings.
func (f *IntFlag) UnmarshalJSON(b []byte) error {
	var v Bool
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	*f = IntFlag(v)
	return nil
}

// Marketplace is a product feed for a marketplace (an XML file at URL).
// The fields of the other kinds are nil.
type Marketplace struct {
	ID                 int64           `json:"id"`
	Type               MarketplaceType `json:"type"`
	Name               string          `json:"name"`
	URL                string          `json:"url"` // Where the feed is published.
	DescriptionType    *int64          `json:"description_type"`
	LocalDeliveryCost  *Decimal        `json:"local_delivery_cost"`
	DeliveryPriceKind  *string         `json:"delivery_price_kind"`
	SalesNotes         *string         `json:"sales_notes"`
	UTMLabel           *string         `json:"utm_label"`
	VendorID           *int64          `json:"vendor_id"` // The property holding the vendor.
	PageEncoding       *string         `json:"page_encoding"`
	ShopCompany        *string         `json:"shop_company"`
	ShopName           *string         `json:"shop_name"`
	OfferLiquid        *string         `json:"offer_liquid"`
	Adult              *bool           `json:"adult"`
	Delivery           *bool           `json:"delivery"`
	DeliveryNewStyle   *bool           `json:"delivery_new_style"`
	Pickup             *bool           `json:"pickup"`
	Store              *bool           `json:"store"`
	UseSKUAsVendorCode *bool           `json:"use_sku_as_vendor_code"`
	UseStockCurrency   *bool           `json:"use_stock_currency"`
	UseVariants        *bool           `json:"use_variants"`
	Supplementaries    *bool           `json:"supplementaries"`
	CreatedAt          Time            `json:"created_at"`
	UpdatedAt          Time            `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a marketplace, keeping undeclared fields in Extra.
func (m *Marketplace) UnmarshalJSON(b []byte) error {
	type plain Marketplace
	return decodeExtra(b, (*plain)(m), &m.Extra)
}

func checkName(name string) error {
	if strings.TrimSpace(name) == "" {
		return invalidf("name", "is required")
	}
	return nil
}

func checkDescriptionType(t *int64) error {
	if t != nil && *t != 1 && *t != 2 {
		return invalidf("description_type", "must be one of 1, 2")
	}
	return nil
}

func checkEncoding(e *string) error {
	if e != nil && *e != "windows-1251" && *e != "utf-8" {
		return invalidf("page_encoding", "must be one of windows-1251, utf-8")
	}
	return nil
}

// GoogleMerchantCreate is the body of Marketplaces.CreateGoogleMerchant.
type GoogleMerchantCreate struct {
	Name              string   `json:"name"`                       // Required.
	DescriptionType   *int64   `json:"description_type,omitempty"` // 1 short, 2 full.
	LocalDeliveryCost *Decimal `json:"local_delivery_cost,omitempty"`
	Adult             *IntFlag `json:"adult,omitempty"`
	UTMLabel          *string  `json:"utm_label,omitempty"`
}

// MarshalJSON adds type Marketplace::GoogleMerchant.
func (m GoogleMerchantCreate) MarshalJSON() ([]byte, error) {
	type plain GoogleMerchantCreate
	return marshalTyped(plain(m), MarketplaceGoogleMerchant)
}

func (m *GoogleMerchantCreate) validate() error {
	if err := checkName(m.Name); err != nil {
		return err
	}
	return checkDescriptionType(m.DescriptionType)
}

// GoogleMerchantUpdate is the body of Marketplaces.UpdateGoogleMerchant.
type GoogleMerchantUpdate struct {
	Name              *string  `json:"name,omitempty"`
	DescriptionType   *int64   `json:"description_type,omitempty"`
	LocalDeliveryCost *Decimal `json:"local_delivery_cost,omitempty"`
	Adult             *IntFlag `json:"adult,omitempty"`
	UTMLabel          *string  `json:"utm_label,omitempty"`
}

func (m *GoogleMerchantUpdate) validate() error {
	if m.Name == nil && m.DescriptionType == nil && m.LocalDeliveryCost == nil && m.Adult == nil && m.UTMLabel == nil {
		return errNothingToUpdate
	}
	if m.Name != nil {
		if err := checkName(*m.Name); err != nil {
			return err
		}
	}
	return checkDescriptionType(m.DescriptionType)
}

// ModelYandexMarketCreate is the body of Marketplaces.CreateModelYandexMarket.
type ModelYandexMarketCreate struct {
	Name               string   `json:"name"`      // Required.
	VendorID           int64    `json:"vendor_id"` // Required: the property holding the vendor.
	ShopName           *string  `json:"shop_name,omitempty"`
	ShopCompany        *string  `json:"shop_company,omitempty"`
	DescriptionType    *int64   `json:"description_type,omitempty"`
	UseSKUAsVendorCode *bool    `json:"use_sku_as_vendor_code,omitempty"`
	Pickup             *bool    `json:"pickup,omitempty"`
	Store              *bool    `json:"store,omitempty"`
	DeliveryStyle      *int64   `json:"delivery_style,omitempty"` // 0 old, 1 new.
	LocalDeliveryCost  *Decimal `json:"local_delivery_cost,omitempty"`
	Adult              *IntFlag `json:"adult,omitempty"`
	UTMLabel           *string  `json:"utm_label,omitempty"`
	// PageEncoding is windows-1251 or utf-8 (required).
	PageEncoding string `json:"page_encoding"`
	// ImageStyle is thumb, compact, medium, large or original; sent as
	// given (the API documentation's own example spells "oroginal").
	ImageStyle    string  `json:"image_style,omitempty"`
	ModelType     string  `json:"model_type,omitempty"` // name or sku.
	CollectionIDs []int64 `json:"collection_ids,omitempty"`
}

// MarshalJSON adds type Marketplace::ModelYandexMarket.
func (m ModelYandexMarketCreate) MarshalJSON() ([]byte, error) {
	type plain ModelYandexMarketCreate
	return marshalTyped(plain(m), MarketplaceModelYandexMarket)
}

func (m *ModelYandexMarketCreate) validate() error {
	if err := checkName(m.Name); err != nil {
		return err
	}
	if m.VendorID < 1 {
		return invalidf("vendor_id", "must be a positive id")
	}
	if m.PageEncoding == "" {
		return invalidf("page_encoding", "is required")
	}
	if err := checkEncoding(&m.PageEncoding); err != nil {
		return err
	}
	if m.ModelType != "" && m.ModelType != "name" && m.ModelType != "sku" {
		return invalidf("model_type", "must be one of name, sku")
	}
	return checkDescriptionType(m.DescriptionType)
}

// ModelYandexMarketUpdate is the body of Marketplaces.UpdateModelYandexMarket.
type ModelYandexMarketUpdate struct {
	Name               *string  `json:"name,omitempty"`
	VendorID           *int64   `json:"vendor_id,omitempty"`
	ShopName           *string  `json:"shop_name,omitempty"`
	ShopCompany        *string  `json:"shop_company,omitempty"`
	DescriptionType    *int64   `json:"description_type,omitempty"`
	UseSKUAsVendorCode *bool    `json:"use_sku_as_vendor_code,omitempty"`
	Pickup             *bool    `json:"pickup,omitempty"`
	Store              *bool    `json:"store,omitempty"`
	LocalDeliveryCost  *Decimal `json:"local_delivery_cost,omitempty"`
	Adult              *IntFlag `json:"adult,omitempty"`
	PageEncoding       *string  `json:"page_encoding,omitempty"`
	ImageStyle         *string  `json:"image_style,omitempty"`
	CollectionIDs      []int64  `json:"collection_ids,omitempty"`
}

func (m *ModelYandexMarketUpdate) validate() error {
	if m.Name == nil && m.VendorID == nil && m.ShopName == nil && m.ShopCompany == nil && m.DescriptionType == nil &&
		m.UseSKUAsVendorCode == nil && m.Pickup == nil && m.Store == nil && m.LocalDeliveryCost == nil && m.Adult == nil &&
		m.PageEncoding == nil && m.ImageStyle == nil && m.CollectionIDs == nil {
		return errNothingToUpdate
	}
	if m.Name != nil {
		if err := checkName(*m.Name); err != nil {
			return err
		}
	}
	if m.VendorID != nil && *m.VendorID < 1 {
		return invalidf("vendor_id", "must be a positive id")
	}
	if err := checkEncoding(m.PageEncoding); err != nil {
		return err
	}
	return checkDescriptionType(m.DescriptionType)
}

// LiquidYandexMarketCreate is the body of Marketplaces.CreateLiquidYandexMarket:
// a feed whose offers a Liquid template renders.
type LiquidYandexMarketCreate struct {
	Name         string   `json:"name"` // Required.
	ShopName     *string  `json:"shop_name,omitempty"`
	UseVariants  *IntFlag `json:"use_variants,omitempty"` // One offer per variant.
	ShopCompany  *string  `json:"shop_company,omitempty"`
	PageEncoding string   `json:"page_encoding"` // Required: windows-1251 or utf-8.
	OfferLiquid  string   `json:"offer_liquid"`  // Required: the offer's template.
	// CollectionIDs limits the feed to these collections.
	CollectionIDs []int64 `json:"collection_ids,omitempty"`
}

// MarshalJSON adds type Marketplace::LiquidYandexMarket.
func (m LiquidYandexMarketCreate) MarshalJSON() ([]byte, error) {
	type plain LiquidYandexMarketCreate
	return marshalTyped(plain(m), MarketplaceLiquidYandexMarket)
}

func (m *LiquidYandexMarketCreate) validate() error {
	if err := checkName(m.Name); err != nil {
		return err
	}
	if m.PageEncoding == "" {
		return invalidf("page_encoding", "is required")
	}
	if err := checkEncoding(&m.PageEncoding); err != nil {
		return err
	}
	if strings.TrimSpace(m.OfferLiquid) == "" {
		return invalidf("offer_liquid", "is required")
	}
	return nil
}

// LiquidYandexMarketUpdate is the body of Marketplaces.UpdateLiquidYandexMarket.
type LiquidYandexMarketUpdate struct {
	Name          *string  `json:"name,omitempty"`
	ShopName      *string  `json:"shop_name,omitempty"`
	UseVariants   *IntFlag `json:"use_variants,omitempty"`
	ShopCompany   *string  `json:"shop_company,omitempty"`
	PageEncoding  *string  `json:"page_encoding,omitempty"`
	OfferLiquid   *string  `json:"offer_liquid,omitempty"`
	CollectionIDs []int64  `json:"collection_ids,omitempty"`
}

func (m *LiquidYandexMarketUpdate) validate() error {
	if m.Name == nil && m.ShopName == nil && m.UseVariants == nil && m.ShopCompany == nil && m.PageEncoding == nil &&
		m.OfferLiquid == nil && m.CollectionIDs == nil {
		return errNothingToUpdate
	}
	if m.Name != nil {
		if err := checkName(*m.Name); err != nil {
			return err
		}
	}
	return checkEncoding(m.PageEncoding)
}

// MarketplacesAPI is the interface MarketplacesService satisfies, for mocks.
type MarketplacesAPI interface {
	List(ctx context.Context) ([]Marketplace, error)
	Get(ctx context.Context, id int64) (*Marketplace, error)
	CreateGoogleMerchant(ctx context.Context, m *GoogleMerchantCreate) (*Marketplace, error)
	CreateModelYandexMarket(ctx context.Context, m *ModelYandexMarketCreate) (*Marketplace, error)
	CreateLiquidYandexMarket(ctx context.Context, m *LiquidYandexMarketCreate) (*Marketplace, error)
	UpdateGoogleMerchant(ctx context.Context, id int64, m *GoogleMerchantUpdate) (*Marketplace, error)
	UpdateModelYandexMarket(ctx context.Context, id int64, m *ModelYandexMarketUpdate) (*Marketplace, error)
	UpdateLiquidYandexMarket(ctx context.Context, id int64, m *LiquidYandexMarketUpdate) (*Marketplace, error)
	Delete(ctx context.Context, id int64) error
}

var _ MarketplacesAPI = (*MarketplacesService)(nil)

// MarketplacesService manages marketplace feeds: /admin/marketplaces. Each
// kind has its own create and update methods and request types.
type MarketplacesService service

const marketplacePath = "/marketplaces/{marketplace_id}.json"

// List fetches every marketplace feed: GET /admin/marketplaces.json.
func (s *MarketplacesService) List(ctx context.Context) ([]Marketplace, error) {
	return listAll[Marketplace](ctx, (*service)(s), "/marketplaces.json", nil)
}

// Get fetches a marketplace feed: GET /admin/marketplaces/{id}.json.
func (s *MarketplacesService) Get(ctx context.Context, id int64) (*Marketplace, error) {
	return getByID[Marketplace](ctx, (*service)(s), marketplacePath, id)
}

// CreateGoogleMerchant adds a Google Merchant feed: POST /admin/marketplaces.json.
func (s *MarketplacesService) CreateGoogleMerchant(ctx context.Context, m *GoogleMerchantCreate) (*Marketplace, error) {
	return send[Marketplace](ctx, (*service)(s), http.MethodPost, "/marketplaces.json", "marketplace", m)
}

// CreateModelYandexMarket adds a Yandex Market vendor.model feed: POST
// /admin/marketplaces.json.
func (s *MarketplacesService) CreateModelYandexMarket(ctx context.Context, m *ModelYandexMarketCreate) (*Marketplace, error) {
	return send[Marketplace](ctx, (*service)(s), http.MethodPost, "/marketplaces.json", "marketplace", m)
}

// CreateLiquidYandexMarket adds a Yandex Market feed rendered by a Liquid
// template: POST /admin/marketplaces.json.
func (s *MarketplacesService) CreateLiquidYandexMarket(ctx context.Context, m *LiquidYandexMarketCreate) (*Marketplace, error) {
	return send[Marketplace](ctx, (*service)(s), http.MethodPost, "/marketplaces.json", "marketplace", m)
}

// UpdateGoogleMerchant changes a Google Merchant feed: PUT /admin/marketplaces/{id}.json.
func (s *MarketplacesService) UpdateGoogleMerchant(ctx context.Context, id int64, m *GoogleMerchantUpdate) (*Marketplace, error) {
	return sendByID[Marketplace](ctx, (*service)(s), http.MethodPut, marketplacePath, id, "marketplace", m)
}

// UpdateModelYandexMarket changes a Yandex Market vendor.model feed: PUT
// /admin/marketplaces/{id}.json.
func (s *MarketplacesService) UpdateModelYandexMarket(ctx context.Context, id int64, m *ModelYandexMarketUpdate) (*Marketplace, error) {
	return sendByID[Marketplace](ctx, (*service)(s), http.MethodPut, marketplacePath, id, "marketplace", m)
}

// UpdateLiquidYandexMarket changes a Liquid Yandex Market feed: PUT
// /admin/marketplaces/{id}.json.
func (s *MarketplacesService) UpdateLiquidYandexMarket(ctx context.Context, id int64, m *LiquidYandexMarketUpdate) (*Marketplace, error) {
	return sendByID[Marketplace](ctx, (*service)(s), http.MethodPut, marketplacePath, id, "marketplace", m)
}

// Delete removes a marketplace feed: DELETE /admin/marketplaces/{id}.json.
func (s *MarketplacesService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(s), marketplacePath, id)
}
