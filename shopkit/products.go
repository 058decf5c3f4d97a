package shopkit

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// ProductStatus is a product's status number (Product.Status, the status
// filter and ProductFields.Status). A number this package does not list
// decodes as itself.
type ProductStatus int

// Product status values.
const (
	ProductStatusActive     ProductStatus = 1
	ProductStatusHidden     ProductStatus = 2
	ProductStatusOutOfStock ProductStatus = 3
	ProductStatusSoon       ProductStatus = 4
)

// Product is a catalogue product as GET, POST and PUT /product return it.
type Product struct {
	ID                      int64                 `json:"id"`
	Title                   string                `json:"title"`
	Reference               *string               `json:"reference"` // SKU; "" or null
	Barcode                 *string               `json:"barcode"`
	Price                   Decimal               `json:"price"`
	PriceFormatted          string                `json:"price_formatted"` // localized, e.g. "40,73 €"
	PricePromo              *Decimal              `json:"price_promo"`
	PricePromoFormatted     *string               `json:"price_promo_formatted"`
	PriceWholesale          *Decimal              `json:"price_wholesale"`
	PriceWholesaleFormatted *string               `json:"price_wholesale_formatted"`
	PromoShowPercentage     bool                  `json:"promo_show_percentage"`
	PricePromoPercentage    *Decimal              `json:"price_promo_percentage"`
	PriceOnRequest          bool                  `json:"price_on_request"`
	PriceWithoutTax         Decimal               `json:"price_without_tax"`
	CreatedAt               Time                  `json:"created_at"`
	Status                  ProductStatus         `json:"status"`       // ProductStatus* constant
	StatusAlias             string                `json:"status_alias"` // active, hidden, out_of_stock, soon
	Position                int                   `json:"position"`
	Shipping                Decimal               `json:"shipping"`
	ShippingAlone           bool                  `json:"shipping_alone"`
	Featured                bool                  `json:"featured"`
	New                     bool                  `json:"new"`
	IsPromotion             bool                  `json:"is_promotion"`
	Description             *string               `json:"description"` // HTML
	Excerpt                 string                `json:"excerpt"`
	VideoURL                *string               `json:"video_url"`
	File                    *string               `json:"file"`
	Tax                     Decimal               `json:"tax"` // deprecated in favour of Taxable
	Taxable                 bool                  `json:"taxable"`
	ReducedRate             *string               `json:"reduced_rate"`
	MetaDescription         *string               `json:"meta_description"`
	MetaTags                *string               `json:"meta_tags"`
	Handle                  string                `json:"handle"`
	PageTitle               string                `json:"page_title"`
	Weight                  Int                   `json:"weight"` // grams
	Sales                   Int                   `json:"sales"`
	VariantsSameValues      bool                  `json:"variants_same_values"`
	UpdatedAt               Time                  `json:"updated_at"`
	Wholesale               bool                  `json:"wholesale"`
	WholesaleExclusive      bool                  `json:"wholesale_exclusive"`
	DescriptionShort        string                `json:"description_short"`
	Promo                   bool                  `json:"promo"`
	URL                     string                `json:"url"`
	AddCartURL              string                `json:"add_cart_url"`
	Wishlist                Wishlist              `json:"wishlist"`
	Permalink               string                `json:"permalink"`
	VideoEmbedURL           StringOrFalse         `json:"video_embed_url"` // false when there is no video
	Image                   Image                 `json:"image"`
	Images                  List[Image]           `json:"images"`
	Categories              List[ProductCategory] `json:"categories"`
	// Brand is null in every example; the request takes a brand id, so the
	// response may hold an id or a brand object: kept raw.
	Brand json.RawMessage `json:"brand"`
	// Tags is [] in every example (the request sends strings, orders carry
	// tag objects): kept raw.
	Tags         List[json.RawMessage] `json:"tags"`
	Options      List[ProductOption]   `json:"options"`
	OptionGroups List[OptionGroup]     `json:"option_groups"`
	Stock        ProductStock          `json:"stock"`
	Rating       ProductRating         `json:"rating"`
	// CustomFields and Tabs are null in every example; their shape is undocumented.
	CustomFields json.RawMessage `json:"custom_fields"`
	Tabs         json.RawMessage `json:"tabs"`

	// OriginCountry (ISO 3166 alpha-3) and HarmonizedCode (customs HS
	// code): Shopkit's 2025 public docs; older answers lack them.
	OriginCountry  *string `json:"origin_country"`
	HarmonizedCode *string `json:"harmonized_code"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (p *Product) UnmarshalJSON(b []byte) error {
	type plain Product
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}

// ProductCategory is the short category embedded in Product.Categories.
type ProductCategory struct {
	ID          int64  `json:"id"`
	ParentID    int64  `json:"parent"` // 0 for a top-level category
	Active      bool   `json:"active"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Handle      string `json:"handle"`
	URL         string `json:"url"`
	Image       Image  `json:"image"` // [] in the API when there is none

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (p *ProductCategory) UnmarshalJSON(b []byte) error {
	type plain ProductCategory
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}

// ProductStock is a product's stock settings; only StockEnabled is sent
// when stock is off.
type ProductStock struct {
	StockEnabled    bool `json:"stock_enabled"`
	StockQty        Int  `json:"stock_qty"`
	StockBackorder  bool `json:"stock_backorder"`
	StockShow       bool `json:"stock_show"`
	StockSoldSingle bool `json:"stock_sold_single"`
	StockNotify     Int  `json:"stock_notify"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (p *ProductStock) UnmarshalJSON(b []byte) error {
	type plain ProductStock
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}

// ProductRating summarises a product's reviews.
type ProductRating struct {
	TotalReviews  Int     `json:"total_reviews"`
	AverageRating Decimal `json:"average_rating"`
	MaxRating     Int     `json:"max_rating"`
	MinRating     Int     `json:"min_rating"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (p *ProductRating) UnmarshalJSON(b []byte) error {
	type plain ProductRating
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}

// ProductFields are the optional product attributes of POST and PUT
// /product. Nil pointers and empty slices are not sent; the server keeps
// (on update) or defaults (on create) what is not sent.
type ProductFields struct {
	// BrandID is the id of the product's brand (see BrandsService); positive.
	BrandID *int64 `json:"brand,omitempty"`
	// Handle is the URL slug ("rustic-spice-bowl-set").
	Handle *string `json:"handle,omitempty"`
	// Reference is the SKU.
	Reference *string `json:"reference,omitempty"`
	// Barcode is an EAN, ISBN, UPC, GTIN or similar code.
	Barcode *string `json:"barcode,omitempty"`
	// PricePromo is the promotion price, in the store currency; it must be
	// lower than the price (checked when both are sent together).
	PricePromo *Decimal `json:"price_promo,omitempty"`
	// PromoShowPercentage shows the promotion as a percentage off.
	PromoShowPercentage *bool `json:"promo_show_percentage,omitempty"`
	// PriceOnRequest hides the price ("price on request"); when true on
	// create, ProductCreate.Price may be left out.
	PriceOnRequest *bool `json:"price_on_request,omitempty"`
	// Wholesale turns the wholesale (B2B) price on.
	Wholesale *bool `json:"wholesale,omitempty"`
	// PriceWholesale is the wholesale price; needs Wholesale on.
	PriceWholesale *Decimal `json:"price_wholesale,omitempty"`
	// WholesaleExclusive sells the product to wholesale clients only.
	WholesaleExclusive *bool `json:"wholesale_exclusive,omitempty"`
	// Status is 1 (active), 2 (hidden), 3 (out of stock) or 4 (soon); see
	// the ProductStatus* constants. Other values are refused.
	Status *ProductStatus `json:"status,omitempty"`
	// Shipping is the product's own shipping cost, in the store currency.
	Shipping *Decimal `json:"shipping,omitempty"`
	// ShippingAlone ships the product on its own.
	ShippingAlone *bool `json:"shipping_alone,omitempty"`
	// Featured marks the product as featured.
	Featured *bool `json:"featured,omitempty"`
	// New marks the product as new.
	New *bool `json:"new,omitempty"`
	// IsPromotion marks the product as in promotion.
	IsPromotion *bool `json:"is_promotion,omitempty"`
	// Description is the long description, HTML.
	Description *string `json:"description,omitempty"`
	// Excerpt is the short description.
	Excerpt *string `json:"excerpt,omitempty"`
	// VideoURL is a YouTube or Vimeo URL.
	VideoURL *string `json:"video_url,omitempty"`
	// File is the URL of a file attached to the product.
	File *string `json:"file,omitempty"`
	// Tax is a tax rate; deprecated by the API in favour of Taxable.
	Tax *Decimal `json:"tax,omitempty"`
	// Taxable says whether the product is taxed.
	Taxable *bool `json:"taxable,omitempty"`
	// ReducedRate names a reduced VAT rate (choices undocumented).
	ReducedRate *string `json:"reduced_rate,omitempty"`
	// MetaDescription is the page's meta description.
	MetaDescription *string `json:"meta_description,omitempty"`
	// MetaTags are the page's meta tags.
	MetaTags *string `json:"meta_tags,omitempty"`
	// PageTitle is the product page's title.
	PageTitle *string `json:"page_title,omitempty"`
	// Weight is in grams; not negative.
	Weight *int `json:"weight,omitempty"`
	// Images are image URLs the server fetches, at most 10.
	Images []string `json:"images,omitempty"`
	// Tags are tag names.
	Tags []string `json:"tags,omitempty"`
	// StockEnabled turns stock keeping on; the Stock* fields below need it.
	StockEnabled *bool `json:"stock_enabled,omitempty"`
	// StockQty is the number of units in stock.
	StockQty *int `json:"stock_qty,omitempty"`
	// StockBackorder accepts orders with no units in stock.
	StockBackorder *bool `json:"stock_backorder,omitempty"`
	// StockShow shows the units in stock in the store.
	StockShow *bool `json:"stock_show,omitempty"`
	// StockSoldSingle sells at most one unit per order.
	StockSoldSingle *bool `json:"stock_sold_single,omitempty"`
	// StockNotify is the minimum stock, in units, below which the store is notified.
	StockNotify *int `json:"stock_notify,omitempty"`
	// OriginCountry is the country of origin, ISO 3166 alpha-3 ("PRT").
	// Documented outside the API documentation's examples: Shopkit's 2025 public docs.
	OriginCountry *string `json:"origin_country,omitempty"`
	// HarmonizedCode is the customs HS code. Documented outside the API
	// documentation's examples: Shopkit's 2025 public docs.
	HarmonizedCode *string `json:"harmonized_code,omitempty"`
}

func (f *ProductFields) validate() error {
	if f.OriginCountry != nil && len(*f.OriginCountry) != 3 {
		return transport.Invalid("origin_country", "must be an ISO 3166 alpha-3 code, got %q", *f.OriginCountry)
	}
	if f.Status != nil && (*f.Status < ProductStatusActive || *f.Status > ProductStatusSoon) {
		return transport.Invalid("status", "must be between 1 and 4 (ProductStatus* constants), got %d", *f.Status)
	}
	if len(f.Images) > 10 {
		return transport.Invalid("images", "must be at most 10 images, got %d", len(f.Images))
	}
	if f.BrandID != nil && *f.BrandID <= 0 {
		return transport.Invalid("brand", "must be a positive id, got %d", *f.BrandID)
	}
	if f.Weight != nil && *f.Weight < 0 {
		return transport.Invalid("weight", "must not be negative, got %d", *f.Weight)
	}
	return nil
}

// checkPrices refuses a negative price and, when both are given, a
// promotion price that is not lower than the price (the docs' rule).
func checkPrices(price, promo *Decimal) error {
	if price != nil && price.Rat().Sign() < 0 {
		return transport.Invalid("price", "must not be negative, got %s", price)
	}
	if promo != nil && promo.Rat().Sign() < 0 {
		return transport.Invalid("price_promo", "must not be negative, got %s", promo)
	}
	if price != nil && promo != nil && promo.Cmp(*price) >= 0 {
		return transport.Invalid("price_promo", "must be lower than price (%s), got %s", price, promo)
	}
	return nil
}

// ProductCreate is the body of POST /product. Title and Categories are
// required; Price is required unless PriceOnRequest is true.
type ProductCreate struct {
	// Title is the product name; required.
	Title string `json:"title"`
	// Price is the price in the store currency, not negative; required
	// unless ProductFields.PriceOnRequest is true.
	Price *Decimal `json:"price,omitempty"`
	// CategoryIDs are the ids of the product's categories; at least one.
	CategoryIDs []int64 `json:"categories"`
	ProductFields
}

func (p *ProductCreate) validate() error {
	if p == nil {
		return transport.Invalid("body", "must not be nil")
	}
	if p.Title == "" {
		return transport.Invalid("title", "is required")
	}
	if p.Price == nil && (p.PriceOnRequest == nil || !*p.PriceOnRequest) {
		return transport.Invalid("price", "is required unless price_on_request is true")
	}
	if len(p.CategoryIDs) == 0 {
		return transport.Invalid("categories", "is required")
	}
	if err := check.IDs("categories", p.CategoryIDs); err != nil {
		return err
	}
	if err := checkPrices(p.Price, p.PricePromo); err != nil {
		return err
	}
	return p.ProductFields.validate()
}

// ProductUpdate is the body of PUT /product/{id}: a partial update, only
// the fields set are sent.
type ProductUpdate struct {
	// Title is the new name; nil keeps it, "" is refused.
	Title *string `json:"title,omitempty"`
	// Price is the new price in the store currency; nil keeps it.
	Price *Decimal `json:"price,omitempty"`
	// CategoryIDs replace the product's category ids; nil or empty keeps them.
	CategoryIDs []int64 `json:"categories,omitempty"`
	ProductFields
}

func (u *ProductUpdate) validate() error {
	if u.Title != nil && *u.Title == "" {
		return transport.Invalid("title", "must not be empty; leave it nil to keep the title")
	}
	if err := check.IDs("categories", u.CategoryIDs); err != nil {
		return err
	}
	if err := checkPrices(u.Price, u.PricePromo); err != nil {
		return err
	}
	return u.ProductFields.validate()
}

// ProductListOptions filter GET /product. Zero values are not sent.
type ProductListOptions struct {
	// IDs selects products by id (sent comma-separated); positive ids.
	IDs []int64 `url:"ids,comma,omitempty"`
	// CategoryID selects the products of one category.
	CategoryID int64 `url:"category,omitempty"`
	// Status selects by status, each 0..4 (ProductStatus* constants; the
	// API documentation lists 0 without saying what it means).
	Status []ProductStatus `url:"status,comma,omitempty"`
	// StatusAlias selects by status alias: all, active, hidden,
	// out_of_stock or soon.
	StatusAlias []string `url:"status_alias,comma,omitempty"`
	// Reference selects by SKU.
	Reference string `url:"reference,omitempty"`
	// Featured selects featured (true) or non-featured (false) products;
	// nil does not filter.
	Featured *bool `url:"featured,omitempty"`
	// New selects new (true) or not-new (false) products; nil does not filter.
	New *bool `url:"new,omitempty"`
	// Query is a search text.
	Query string `url:"q,omitempty"`
	ListOptions
}

// productStatusAliases are the documented status_alias filter values.
var productStatusAliases = []string{"all", "active", "hidden", "out_of_stock", "soon"}

// check refuses filter values outside the documented choices.
func (o *ProductListOptions) check() error {
	if err := check.IDs("ids", o.IDs); err != nil {
		return err
	}
	if o.CategoryID < 0 {
		return transport.Invalid("category", "must be a positive id, got %d", o.CategoryID)
	}
	for i, st := range o.Status {
		if st < 0 || st > ProductStatusSoon {
			return transport.Invalid(fmt.Sprintf("status[%d]", i), "must be between 0 and 4, got %d", st)
		}
	}
	return checkChoices("status_alias", o.StatusAlias, productStatusAliases...)
}

// ProductsAPI is the interface ProductsService implements, for mocking.
type ProductsAPI interface {
	Search(ctx context.Context, query string, opts *ProductSearchOptions) (*Page[Product], error)
	List(ctx context.Context, opts *ProductListOptions) (*Page[Product], error)
	All(ctx context.Context, opts *ProductListOptions) iter.Seq2[Product, error]
	Get(ctx context.Context, id int64) (*Product, error)
	GetByHandle(ctx context.Context, handle string) (*Product, error)
	Create(ctx context.Context, p *ProductCreate) (*Product, error)
	Update(ctx context.Context, id int64, p *ProductUpdate) (*Product, error)
	Delete(ctx context.Context, id int64) error
}

var _ ProductsAPI = (*ProductsService)(nil)

// ProductsService handles the /product endpoints.
type ProductsService service

// List fetches one page of products: GET /product{?ids,category,status,...,page,limit}.
// The page's Total is the X-Total-Count header.
func (p *ProductsService) List(ctx context.Context, opts *ProductListOptions) (*Page[Product], error) {
	return list[Product](ctx, (*service)(p), "/product", opts, opts)
}

// All iterates over every product matching opts, page after page
// (GET /product).
func (p *ProductsService) All(ctx context.Context, opts *ProductListOptions) iter.Seq2[Product, error] {
	return all(ctx, opts, p.List)
}

// Get fetches a product by id: GET /product?id={id}. The API documentation documents the
// id as a query parameter of the list route (its curl example uses
// /product/{id}); an object or a one-element list are both accepted.
func (p *ProductsService) Get(ctx context.Context, id int64) (*Product, error) {
	return getByID[Product](ctx, (*service)(p), "/product", id)
}

// GetByHandle fetches a product by its handle (URL slug):
// GET /product?handle={handle}.
func (p *ProductsService) GetByHandle(ctx context.Context, handle string) (*Product, error) {
	return getByHandle[Product](ctx, (*service)(p), "/product", handle)
}

// Create creates a product: POST /product.
func (p *ProductsService) Create(ctx context.Context, in *ProductCreate) (*Product, error) {
	if err := in.validate(); err != nil {
		return nil, err
	}
	return send[Product](ctx, (*service)(p), http.MethodPost, "/product", nil, in)
}

// Update changes the fields set in u: PUT /product/{id}.
func (p *ProductsService) Update(ctx context.Context, id int64, u *ProductUpdate) (*Product, error) {
	if u != nil {
		if err := u.validate(); err != nil {
			return nil, err
		}
	}
	return update[Product](ctx, (*service)(p), "/product/{id}", id, u)
}

// Delete deletes a product: DELETE /product/{id}.
func (p *ProductsService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(p), "/product/{id}", id)
}
