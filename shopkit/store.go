package shopkit

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Store is the store's settings and public information (GET /store).
type Store struct {
	Username               string              `json:"username"`
	Name                   string              `json:"name"`
	Logo                   *string             `json:"logo"`
	Description            string              `json:"description"`
	Notice                 string              `json:"notice"`
	Facebook               string              `json:"facebook"`
	Twitter                string              `json:"twitter"`
	Instagram              string              `json:"instagram"`
	Pinterest              *string             `json:"pinterest"`
	ShowEmail              bool                `json:"show_email"`
	EnableShippingMethods  bool                `json:"enable_shipping_methods"`
	Email                  string              `json:"email"`
	Phone                  *string             `json:"phone"`
	Cellphone              string              `json:"cellphone"`
	Address                string              `json:"address"` // multi-line
	BaseColor              string              `json:"basecolor"`
	BaseColorContrast      string              `json:"basecolor_contrast"`
	Favicon                *string             `json:"favicon"`
	Latitude               String              `json:"latitude"` // a number sent as a string
	Longitude              String              `json:"longitude"`
	Currency               string              `json:"currency"` // ISO 4217
	FooterInfo             string              `json:"footer_info"`
	PageTitle              string              `json:"page_title"`
	MetaDescription        string              `json:"meta_description"`
	MetaTags               *string             `json:"meta_tags"`
	SecondaryColor         *string             `json:"secondarycolor"`
	SecondaryColorContrast string              `json:"secondarycolor_contrast"`
	Settings               StoreSettings       `json:"settings"`
	URL                    string              `json:"url"`
	Theme                  string              `json:"theme"`
	ThemeOrigin            string              `json:"theme_origin"`
	Navigation             StoreNavigation     `json:"navigation"`
	Payments               Map[PaymentMethod]  `json:"payments"` // keyed by method alias (credit_card, multibanco, ...)
	Locations              List[StoreLocation] `json:"locations"`
	CategoryDefaultOrder   string              `json:"category_default_order"`
	CategoriesSorting      string              `json:"categories_sorting"`
	BrandsSorting          string              `json:"brands_sorting"`
	ProductsPerPageHome    *Int                `json:"products_per_page_home"`
	ProductsPerPageCatalog *Int                `json:"products_per_page_catalog"`
	CategoriesPerPage      *Int                `json:"categories_per_page"`
	BrandsPerPage          *Int                `json:"brands_per_page"`
	Domain                 string              `json:"domain"`
	IsSSL                  bool                `json:"is_ssl"`
	Assets                 StoreAssets         `json:"assets"`
	ImagesHeader           List[string]        `json:"images_header"`
	// FeaturedBlocks and DarkMode are null in the only example: kept raw.
	FeaturedBlocks json.RawMessage `json:"featured_blocks"`
	DarkMode       json.RawMessage `json:"dark_mode"`
	TaxesIncluded  bool            `json:"taxes_included"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *Store) UnmarshalJSON(b []byte) error {
	type plain Store
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// StoreSettings is Store.Settings.
type StoreSettings struct {
	Cart       StoreCartSettings       `json:"cart"`
	Order      StoreOrderSettings      `json:"order"`
	Category   StoreCategorySettings   `json:"category"`
	Categories StoreCategoriesSettings `json:"categories"`
	Abandoned  StoreAbandonedSettings  `json:"abandoned"`
	Products   StoreProductsSettings   `json:"products"`
	Brands     StoreBrandsSettings     `json:"brands"`
	Wholesale  StoreWholesaleSettings  `json:"wholesale"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *StoreSettings) UnmarshalJSON(b []byte) error {
	type plain StoreSettings
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// StoreCartSettings is StoreSettings.Cart.
type StoreCartSettings struct {
	UsersRegistration  string        `json:"users_registration"` // e.g. "optional"
	FieldCompany       string        `json:"field_company"`
	FieldFiscalID      string        `json:"field_fiscal_id"`
	FieldDeliveryPhone string        `json:"field_delivery_phone"`
	FieldBillingPhone  string        `json:"field_billing_phone"`
	PageTerms          StorePageLink `json:"page_terms"`
	PagePrivacy        StorePageLink `json:"page_privacy"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreCartSettings) UnmarshalJSON(b []byte) error {
	type plain StoreCartSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreOrderSettings is StoreSettings.Order.
type StoreOrderSettings struct {
	StatusCancel json.RawMessage `json:"status_cancel"` // null in the example
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreOrderSettings) UnmarshalJSON(b []byte) error {
	type plain StoreOrderSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreCategorySettings is StoreSettings.Category.
type StoreCategorySettings struct {
	DefaultOrder string `json:"default_order"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreCategorySettings) UnmarshalJSON(b []byte) error {
	type plain StoreCategorySettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreCategoriesSettings is StoreSettings.Categories.
type StoreCategoriesSettings struct {
	Sorting string `json:"sorting"`
	PerPage *Int   `json:"per_page"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreCategoriesSettings) UnmarshalJSON(b []byte) error {
	type plain StoreCategoriesSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreAbandonedSettings is StoreSettings.Abandoned.
type StoreAbandonedSettings struct {
	CartsAutomaticNotifications bool `json:"carts_automatic_notifications"`
	// The next four are null in the example; their types are undocumented.
	CartsClientNotification json.RawMessage `json:"carts_client_notification"`
	CartsNotificationType   json.RawMessage `json:"carts_notification_type"`
	CartsSendAfter          json.RawMessage `json:"carts_send_after"`
	CartsCoupon             json.RawMessage `json:"carts_coupon"`
	CartsEmailSubject       string          `json:"carts_email_subject"` // a template
	CartsEmailLead          string          `json:"carts_email_lead"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreAbandonedSettings) UnmarshalJSON(b []byte) error {
	type plain StoreAbandonedSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreProductsSettings is StoreSettings.Products.
type StoreProductsSettings struct {
	PerPageHome    *Int `json:"per_page_home"`
	PerPageCatalog *Int `json:"per_page_catalog"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreProductsSettings) UnmarshalJSON(b []byte) error {
	type plain StoreProductsSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreBrandsSettings is StoreSettings.Brands.
type StoreBrandsSettings struct {
	PerPage *Int   `json:"per_page"`
	Sorting string `json:"sorting"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreBrandsSettings) UnmarshalJSON(b []byte) error {
	type plain StoreBrandsSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StoreWholesaleSettings is StoreSettings.Wholesale.
type StoreWholesaleSettings struct {
	ShowRegularPrice  bool   `json:"show_regular_price"`
	TaxesIncluded     bool   `json:"taxes_included"`
	ClientSignup      bool   `json:"client_signup"`
	CheckboxLabel     string `json:"checkbox_label"`
	ShowExclusiveOnly bool   `json:"show_exclusive_only"`
	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (x *StoreWholesaleSettings) UnmarshalJSON(b []byte) error {
	type plain StoreWholesaleSettings
	return flex.DecodeWithExtra(b, (*plain)(x), &x.Extra)
}

// StorePageLink refers to a content page of the store.
type StorePageLink struct {
	ID     String `json:"id"` // a numeric string ("10713")
	Title  string `json:"title"`
	URL    string `json:"url"`
	Handle string `json:"handle"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *StorePageLink) UnmarshalJSON(b []byte) error {
	type plain StorePageLink
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// StoreNavigation holds the store's menus.
type StoreNavigation struct {
	Primary   List[NavigationItem] `json:"primary"`
	Secondary List[NavigationItem] `json:"secondary"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *StoreNavigation) UnmarshalJSON(b []byte) error {
	type plain StoreNavigation
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// NavigationItem is one menu entry.
type NavigationItem struct {
	MenuText    string `json:"menu_text"`
	MenuType    string `json:"menu_type"`
	MenuURL     string `json:"menu_url"`
	MenuItem    String `json:"menu_item"` // route or page id ("/", "about", "10713")
	TargetBlank bool   `json:"target_blank"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (n *NavigationItem) UnmarshalJSON(b []byte) error {
	type plain NavigationItem
	return flex.DecodeWithExtra(b, (*plain)(n), &n.Extra)
}

// PaymentMethod is one payment method's configuration (Store.Payments).
type PaymentMethod struct {
	Active      bool    `json:"active"`
	Message     string  `json:"message"`
	Description string  `json:"description"`
	Default     bool    `json:"default"`
	Gateway     string  `json:"gateway"`
	Method      string  `json:"method"`
	Alias       string  `json:"alias"`
	Title       string  `json:"title"`
	Image       string  `json:"image"`
	Logo        string  `json:"logo"`  // card, multibanco, mbway, paypal
	Email       string  `json:"email"` // paypal
	Value       Decimal `json:"value"` // on_delivery fee

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (p *PaymentMethod) UnmarshalJSON(b []byte) error {
	type plain PaymentMethod
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}

// StoreLocation is a store address (pickup point).
type StoreLocation struct {
	ID           String `json:"id"` // a numeric string ("469")
	Title        string `json:"title"`
	Name         string `json:"name"`
	Address      string `json:"address"`
	AddressExtra string `json:"address_extra"`
	City         string `json:"city"`
	ZipCode      string `json:"zip_code"`
	Country      string `json:"country"`
	CountryCode  string `json:"country_code"` // ISO 3166-1 alpha-3
	Phone        string `json:"phone"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *StoreLocation) UnmarshalJSON(b []byte) error {
	type plain StoreLocation
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// StoreAssets are the theme's asset URLs.
type StoreAssets struct {
	URL     string `json:"url"`
	Images  string `json:"images"`
	CSS     string `json:"css"`
	Plugins string `json:"plugins"`
	Scripts string `json:"scripts"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *StoreAssets) UnmarshalJSON(b []byte) error {
	type plain StoreAssets
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// StoreAPI is the interface StoreService implements.
type StoreAPI interface {
	Get(ctx context.Context) (*Store, error)
}

var _ StoreAPI = (*StoreService)(nil)

// StoreService handles GET /store.
type StoreService service

// Get fetches the store's settings and public information: GET /store.
func (st *StoreService) Get(ctx context.Context) (*Store, error) {
	return send[Store](ctx, (*service)(st), http.MethodGet, "/store", nil, nil)
}
