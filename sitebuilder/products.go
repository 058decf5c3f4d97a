package sitebuilder

import (
	"context"
	"fmt"
	"iter"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// ProductType is the kind of a product.
type ProductType string

// The product types the API documents.
const (
	ProductPhysical   ProductType = "physical"
	ProductDigital    ProductType = "digital"
	ProductService    ProductType = "service"
	ProductMembership ProductType = "membership"
)

func (t ProductType) valid() bool {
	switch t {
	case ProductPhysical, ProductDigital, ProductService, ProductMembership:
		return true
	}
	return false
}

// Product is a store product.
type Product struct {
	ID    int64       `json:"id"`
	Type  ProductType `json:"type"`
	Title string      `json:"title"`
	// Description supports light HTML.
	Description string `json:"description"`
	// URL is the product's handle in the store ("interior-door").
	URL    string `json:"url"`
	Hidden bool   `json:"hidden"`
	// Images are image URLs.
	Images     List[string]         `json:"images"`
	Categories List[Category]       `json:"categories"`
	Options    List[ProductOption]  `json:"options"`
	Variants   List[ProductVariant] `json:"variants"`
	// Subscription is set for subscription products.
	Subscription *Subscription `json:"subscription"`
	// File is the URL of the file sold (digital products only).
	File string `json:"file"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a product, keeping undeclared fields in Extra.
func (p *Product) UnmarshalJSON(b []byte) error {
	type plain Product
	return decodeExtra(b, (*plain)(p), &p.Extra)
}

// Category is a store category.
type Category struct {
	// ID identifies the category.
	ID int64 `json:"id"`
	// Name is the category's display name, e.g. "Doors".
	Name string `json:"name"`
	// URL is the category's handle in the store, e.g. "doors".
	URL string `json:"url"`
	// ParentID is the parent category's id (parentCategory on the wire),
	// 0 for a top-level category.
	ParentID int64 `json:"parentCategory"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a category, keeping undeclared fields in Extra.
func (v *Category) UnmarshalJSON(b []byte) error {
	type plain Category
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// ProductOption is an option customers choose, such as "Material".
type ProductOption struct {
	// Name is the option's name, e.g. "Material".
	Name string `json:"name"`
	// Values are the choices, e.g. "Wood", "Glass".
	Values List[string] `json:"values"`
	// Advanced is the API documentation's "advanced" flag (left
	// unexplained there).
	Advanced bool `json:"advanced"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an option, keeping undeclared fields in Extra.
func (v *ProductOption) UnmarshalJSON(b []byte) error {
	type plain ProductOption
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// ProductVariant is one combination of option values with its price and stock.
type ProductVariant struct {
	// Options are the option values of the variant, in option order.
	Options List[string] `json:"options"`
	// Price is the price charged, in the store's currency.
	Price Decimal `json:"price"`
	// OnSale reports whether SalePrice applies instead of RegularPrice.
	OnSale       bool    `json:"onSale"`
	RegularPrice Decimal `json:"regularPrice"`
	SalePrice    Decimal `json:"salePrice"`
	// Quantity is the stock on hand.
	Quantity int64 `json:"quantity"`
	// SKU is the stock-keeping unit, e.g. "D-001".
	SKU string `json:"sku"`
	// Weight is in the store's weight unit (kg or lb).
	Weight Decimal `json:"weight"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a variant, keeping undeclared fields in Extra.
func (v *ProductVariant) UnmarshalJSON(b []byte) error {
	type plain ProductVariant
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// Subscription describes a subscription product's billing cycle.
type Subscription struct {
	// Cycles is the number of billing cycles.
	Cycles int64 `json:"cycles"`
	// Period is the number of PeriodUnits between charges.
	Period int64 `json:"period"`
	// PeriodUnit is a unit such as PeriodWeekly.
	PeriodUnit PeriodUnit `json:"periodUnit"`
	// Extra keeps fields the API sends that this model does not declare;
	// it is never sent.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a subscription, keeping undeclared fields in Extra.
func (v *Subscription) UnmarshalJSON(b []byte) error {
	type plain Subscription
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// PeriodUnit is the unit of a subscription's billing period.
type PeriodUnit string

// PeriodWeekly is the period unit of the API documentation's example (the
// only one it shows).
const PeriodWeekly PeriodUnit = "WEEKLY"

// ProductCreate is the body of Products.Create and Products.UpsertByURL;
// Type and Title are required.
type ProductCreate struct {
	// Type is required: ProductPhysical, ProductDigital, ProductService or
	// ProductMembership.
	Type ProductType `json:"type"`
	// Title is the product's name (required).
	Title string `json:"title"`
	// Description may hold light HTML.
	Description string `json:"description,omitempty"`
	// URL is the product's handle in the store ("interior-door");
	// UpsertByURL matches existing products on it.
	URL string `json:"url,omitempty"`
	// Hidden, when set, hides or shows the product in the store front.
	Hidden *bool `json:"hidden,omitempty"`
	// Images are absolute image URLs.
	Images []string `json:"images,omitempty"`
	// Categories are the product's categories (ID is enough for existing ones).
	Categories []Category `json:"categories,omitempty"`
	// Options are the choices customers make, such as "Material".
	Options []ProductOption `json:"options,omitempty"`
	// Variants, when given, are set as a whole: one per combination of
	// option values, each with its price and stock.
	Variants []ProductVariant `json:"variants,omitempty"`
	// Subscription makes the product a subscription.
	Subscription *Subscription `json:"subscription,omitempty"`
	// File is the absolute URL of the file sold (digital products only).
	File string `json:"file,omitempty"`
}

func (p *ProductCreate) validate() error {
	if err := check.Required("type", string(p.Type)); err != nil {
		return err
	}
	if !p.Type.valid() {
		return transport.Invalid("type", "must be one of physical, digital, service, membership, got %q", string(p.Type))
	}
	return check.Required("title", p.Title)
}

// ProductUpdate is the body of Products.Update: nil fields are not sent,
// and the API sets only non-empty fields and the variants given. Its
// documentation requires Type and Title even here.
type ProductUpdate struct {
	// Type is required: ProductPhysical, ProductDigital, ProductService or
	// ProductMembership.
	Type *ProductType `json:"type,omitempty"`
	// Title is the product's name (required).
	Title *string `json:"title,omitempty"`
	// Description may hold light HTML.
	Description *string `json:"description,omitempty"`
	// URL is the product's handle in the store ("interior-door").
	URL *string `json:"url,omitempty"`
	// Hidden, when set, hides or shows the product in the store front.
	Hidden *bool `json:"hidden,omitempty"`
	// Images, when not empty, are absolute image URLs.
	Images []string `json:"images,omitempty"`
	// Categories, when not empty, are the product's categories.
	Categories []Category `json:"categories,omitempty"`
	// Options, when not empty, are the choices customers make.
	Options []ProductOption `json:"options,omitempty"`
	// Variants, when given, are set as a whole.
	Variants []ProductVariant `json:"variants,omitempty"`
	// Subscription makes the product a subscription.
	Subscription *Subscription `json:"subscription,omitempty"`
	// File is the absolute URL of the file sold (digital products only).
	File *string `json:"file,omitempty"`
}

func (p *ProductUpdate) validate() error {
	if err := nothingToUpdate(p); err != nil {
		return err
	}
	if p.Type == nil {
		return transport.Invalid("type", "is required")
	}
	if !p.Type.valid() {
		return transport.Invalid("type", "must be one of physical, digital, service, membership, got %q", string(*p.Type))
	}
	if p.Title == nil {
		return transport.Invalid("title", "is required")
	}
	return check.Required("title", *p.Title)
}

// upsertQuery is the query of Products.UpsertByURL.
type upsertQuery struct {
	UpdateExisting bool `url:"update_existing_product_by_url"`
}

// upsert is a ProductCreate that must carry a URL to match on.
type upsert struct{ *ProductCreate }

func (u upsert) validate() error {
	if u.ProductCreate == nil {
		return transport.Invalid("body", "must not be nil")
	}
	if err := u.ProductCreate.validate(); err != nil {
		return err
	}
	return check.Required("url", u.URL)
}

// ProductListOptions filters Products.List.
type ProductListOptions struct {
	// CategoryID lists the products of a category and its subcategories.
	CategoryID int64 `url:"category_id,omitempty"`
	// Title lists the products whose title contains it.
	Title string `url:"title,omitempty"`
	ListOptions
}

func (o *ProductListOptions) validate() error { return optionalID("category_id", o.CategoryID) }

// CategoryListOptions filters Products.ListCategories.
type CategoryListOptions struct {
	// ParentID lists only the direct subcategories of this category
	// (parent on the wire; 0: all categories).
	ParentID int64 `url:"parent,omitempty"`
}

func (o *CategoryListOptions) validate() error {
	if o == nil {
		return nil
	}
	return optionalID("parent", o.ParentID)
}

// ProductsAPI is the products service; ProductsService implements it.
type ProductsAPI interface {
	List(ctx context.Context, opts *ProductListOptions) (*Page[Product], error)
	All(ctx context.Context, opts *ProductListOptions) iter.Seq2[Product, error]
	Create(ctx context.Context, p *ProductCreate) (*Product, error)
	UpsertByURL(ctx context.Context, p *ProductCreate) (*Product, error)
	ListCategories(ctx context.Context, opts *CategoryListOptions) ([]Category, error)
	Get(ctx context.Context, id int64) (*Product, error)
	Update(ctx context.Context, id int64, p *ProductUpdate) (*Product, error)
}

var _ ProductsAPI = (*ProductsService)(nil)

// ProductsService manages store products.
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type ProductsService service

// String describes the service by its base URL, never its credentials.
func (s ProductsService) String() string { return (*service)(&s).String("ProductsService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s ProductsService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List fetches one page of products: GET /products.
func (s *ProductsService) List(ctx context.Context, opts *ProductListOptions) (*Page[Product], error) {
	o := orZero(opts)
	return listPage[Product](ctx, (*service)(s), "/products", o.ListOptions, &o)
}

// All iterates over every product from opts on, page by page (GET /products).
func (s *ProductsService) All(ctx context.Context, opts *ProductListOptions) iter.Seq2[Product, error] {
	o := orZero(opts)
	return iterate(ctx, (*service)(s), o.ListOptions, func(ctx context.Context, lo ListOptions) (*Page[Product], error) {
		o := o
		o.ListOptions = lo
		return s.List(ctx, &o)
	})
}

// Create creates a product: POST /products.
func (s *ProductsService) Create(ctx context.Context, p *ProductCreate) (*Product, error) {
	return post[Product](ctx, (*service)(s), "/products", nil, p)
}

// UpsertByURL updates the product whose URL is p.URL, or creates one when
// none has it: POST /products?update_existing_product_by_url=true. p.URL
// is required.
func (s *ProductsService) UpsertByURL(ctx context.Context, p *ProductCreate) (*Product, error) {
	return post[Product](ctx, (*service)(s), "/products", &upsertQuery{UpdateExisting: true}, upsert{p})
}

// ListCategories lists the store's categories, all at once (the API does
// not page them): GET /products/categories.
func (s *ProductsService) ListCategories(ctx context.Context, opts *CategoryListOptions) ([]Category, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	return bareList[Category](ctx, (*service)(s), "/products/categories", opts)
}

// Get fetches a product: GET /products/{id}.
func (s *ProductsService) Get(ctx context.Context, id int64) (*Product, error) {
	return getByID[Product](ctx, (*service)(s), "/products/{id}", id)
}

// Update sets the non-empty fields and the given variants of p on a
// product: PUT /products/{id}.
func (s *ProductsService) Update(ctx context.Context, id int64, p *ProductUpdate) (*Product, error) {
	return putByID[Product](ctx, (*service)(s), "/products/{id}", id, p)
}

func (p *Product) identified() bool  { return p.ID != 0 }
func (c *Category) identified() bool { return c.ID != 0 }
