package insales

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"strconv"
	"time"
)

// Product is a catalogue product with its variants, option names,
// properties, characteristics, additional field values and, for a bundle,
// its components.
type Product struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	// CategoryID is the product's category in the back office.
	CategoryID int64 `json:"category_id"`
	// CollectionsIDs are the storefront collections holding the product.
	CollectionsIDs List[int64] `json:"collections_ids"`
	// CanonicalURLCollectionID is the collection of the canonical URL, nil when none.
	CanonicalURLCollectionID *int64 `json:"canonical_url_collection_id"`
	// Archived is true for a deleted product (see ProductsService.Delete).
	Archived bool `json:"archived"`
	// Available is nil right after creation.
	Available *bool `json:"available"`
	IsHidden  bool  `json:"is_hidden"`
	// IgnoreDiscounts is nil when never set.
	IgnoreDiscounts *bool `json:"ignore_discounts"`
	// SortWeight orders products; nil when unset.
	SortWeight *int64 `json:"sort_weight"`
	// Unit is the unit of measure ("pce").
	Unit string `json:"unit"`
	// VAT is the VAT percent; -1 means not subject to VAT.
	VAT              *int64 `json:"vat"`
	ShortDescription string `json:"short_description"`
	Description      string `json:"description"`
	Permalink        string `json:"permalink"`
	HTMLTitle        string `json:"html_title"`
	MetaKeywords     string `json:"meta_keywords"`
	MetaDescription  string `json:"meta_description"`
	// CurrencyCode is the stock currency of the prices ("RUR", "LVL").
	CurrencyCode            string                  `json:"currency_code"`
	Images                  List[Image]             `json:"images"`
	OptionNames             List[OptionName]        `json:"option_names"`
	Properties              List[Property]          `json:"properties"`
	Characteristics         List[Characteristic]    `json:"characteristics"`
	ProductFieldValues      List[ProductFieldValue] `json:"product_field_values"`
	Variants                List[Variant]           `json:"variants"`
	ProductBundleComponents List[BundleComponent]   `json:"product_bundle_components"`
	CreatedAt               Time                    `json:"created_at"`
	UpdatedAt               Time                    `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a product, keeping undeclared fields in Extra.
func (p *Product) UnmarshalJSON(b []byte) error {
	type plain Product
	return decodeExtra(b, (*plain)(p), &p.Extra)
}

// Checkpoint is the product's place in the change feed (updated_at, id);
// store the last one read to resume ProductsService.Changes.
func (p Product) Checkpoint() Checkpoint { return Checkpoint{Time: p.UpdatedAt.Time, ID: p.ID} }

// BundleComponent is one variant inside a bundle product.
type BundleComponent struct {
	ID        int64 `json:"id"`
	VariantID int64 `json:"variant_id"`
	// Quantity comes as a decimal string ("2.0").
	Quantity Decimal `json:"quantity"`
	// Free components cost nothing in the bundle.
	Free bool `json:"free"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a component, keeping undeclared fields in Extra.
func (c *BundleComponent) UnmarshalJSON(b []byte) error {
	type plain BundleComponent
	return decodeExtra(b, (*plain)(c), &c.Extra)
}

// ProductListOptions filter and page Products.List, All, Count and Changes.
type ProductListOptions struct {
	// Page is the page number, from 1 (0 leaves the server's default, 1).
	Page int `url:"page,omitempty"`
	// Limit is the page size, up to 250; the server raises values below 10 to 10.
	Limit int `url:"per_page,omitempty"`
	// UpdatedFrom lists only products updated at or after it, ordered by
	// updated_at then id (zero: not sent). Prefer Changes for syncing.
	UpdatedFrom time.Time `url:"updated_since,omitempty" layout:"2006-01-02 15:04:05 -07:00"`
	// FromID skips the products updated exactly at UpdatedFrom with an id up
	// to FromID; it needs UpdatedFrom.
	FromID int64 `url:"from_id,omitempty"`
	// CategoryID lists only the products of a category.
	CategoryID int64 `url:"category_id,omitempty"`
	// Title lists only products whose title matches (filter[title]).
	Title string `url:"filter[title],omitempty"`
	// Deleted lists only archived (deleted) products.
	Deleted bool `url:"deleted,omitempty"`
	// WithDeleted lists archived products too; they have Archived set.
	WithDeleted bool `url:"with_deleted,omitempty"`
}

func (o *ProductListOptions) validate() error {
	if err := checkPaging(o.Page, o.Limit); err != nil {
		return err
	}
	if err := checkSince(o.UpdatedFrom, o.FromID); err != nil {
		return err
	}
	if o.CategoryID < 0 {
		return invalidf("category_id", "must be a positive id")
	}
	if o.Deleted && o.WithDeleted {
		return invalidf("deleted", "must not be combined with with_deleted (deleted lists only archived products, with_deleted both)")
	}
	return nil
}

// VariantAttributes describes a variant created with its product
// (variants_attributes). The API refuses external_id here; set it later
// with Variants.Update.
type VariantAttributes struct {
	SKU       string   `json:"sku,omitempty"`
	Quantity  *Decimal `json:"quantity,omitempty"`
	Price     *Decimal `json:"price,omitempty"`
	OldPrice  *Decimal `json:"old_price,omitempty"`
	CostPrice *Decimal `json:"cost_price,omitempty"`
	Weight    *Decimal `json:"weight,omitempty"`
	Barcode   string   `json:"barcode,omitempty"`
}

// ProductCreate is the body of Products.Create: a product with its
// variants. CategoryID, Title and at least one variant are required.
type ProductCreate struct {
	// CategoryID is the back-office category (required).
	CategoryID int64 `json:"category_id"`
	// Title is the product's name (required).
	Title            string  `json:"title"`
	Description      *string `json:"description,omitempty"`
	ShortDescription *string `json:"short_description,omitempty"`
	SortWeight       *int64  `json:"sort_weight,omitempty"`
	// IgnoreDiscounts makes the product ignore discounts (sent as 1 or 0).
	IgnoreDiscounts *bool `json:"ignore_discounts,omitempty"`
	// Dimensions is "length x width x height".
	Dimensions *string `json:"dimensions,omitempty"`
	// VAT is the VAT percent, -1 for none; the account's default when nil.
	// An account set to "No VAT" cannot change it through the API.
	VAT *int64 `json:"vat,omitempty"`
	// Variants are the product's variants (at least one).
	Variants []VariantAttributes `json:"variants_attributes"`
	// FieldValues set additional product fields by handle.
	FieldValues []FieldValueAttributes `json:"product_field_values_attributes,omitempty"`
}

func (p *ProductCreate) validate() error {
	if err := checkID("category_id", p.CategoryID); err != nil {
		return err
	}
	if p.Title == "" {
		return invalidf("title", "is required")
	}
	if len(p.Variants) == 0 {
		return invalidf("variants_attributes", "is required")
	}
	return checkFieldValues("product_field_values_attributes", p.FieldValues)
}

// MarshalJSON writes ignore_discounts as 1 or 0, as the API documents it.
func (p ProductCreate) MarshalJSON() ([]byte, error) {
	type plain ProductCreate
	return json.Marshal(struct {
		plain
		IgnoreDiscounts *int `json:"ignore_discounts,omitempty"`
	}{plain(p), flag01(p.IgnoreDiscounts)})
}

// BundleComponentAttributes is a component of a new bundle.
type BundleComponentAttributes struct {
	// VariantID is the component variant (required).
	VariantID int64 `json:"variant_id"`
	// Quantity is how many of it the bundle holds (required, positive).
	Quantity Decimal `json:"quantity"`
	// Free makes the component cost nothing.
	Free bool `json:"free"`
}

// BundleVariant is the bundle's own variant: its price.
type BundleVariant struct {
	// Price is the bundle's price.
	Price Decimal `json:"price"`
}

// ProductBundleCreate is the body of Products.CreateBundle: a bundle product
// made of existing variants (product[bundle]=true). VAT cannot be set: the
// order lines of a bundle are its components, with their own VAT.
type ProductBundleCreate struct {
	// CategoryID is the back-office category (required).
	CategoryID int64 `json:"category_id"`
	// Title is the bundle's name (required).
	Title            string  `json:"title"`
	Description      *string `json:"description,omitempty"`
	ShortDescription *string `json:"short_description,omitempty"`
	SortWeight       *int64  `json:"sort_weight,omitempty"`
	// Variants holds the bundle's variant with its price (required).
	Variants []BundleVariant `json:"variants_attributes"`
	// Components are the bundled variants (at least one).
	Components []BundleComponentAttributes `json:"product_bundle_components_attributes"`
}

func (p *ProductBundleCreate) validate() error {
	if err := checkID("category_id", p.CategoryID); err != nil {
		return err
	}
	if p.Title == "" {
		return invalidf("title", "is required")
	}
	if len(p.Variants) == 0 {
		return invalidf("variants_attributes", "is required")
	}
	if len(p.Components) == 0 {
		return invalidf("product_bundle_components_attributes", "is required")
	}
	for i, c := range p.Components {
		f := "product_bundle_components_attributes[" + strconv.Itoa(i) + "]"
		if err := checkID(f+".variant_id", c.VariantID); err != nil {
			return err
		}
		if c.Quantity.Rat().Sign() <= 0 {
			return invalidf(f+".quantity", "must be positive")
		}
	}
	return nil
}

// MarshalJSON adds bundle: true, which makes the product a bundle.
func (p ProductBundleCreate) MarshalJSON() ([]byte, error) {
	type plain ProductBundleCreate
	return json.Marshal(struct {
		CategoryID int64  `json:"category_id"`
		Title      string `json:"title"`
		Bundle     bool   `json:"bundle"`
		plain
	}{p.CategoryID, p.Title, true, plain(p)})
}

// ProductUpdate is the body of Products.Update; nil fields are left as they
// are, and an update that sets nothing is refused.
type ProductUpdate struct {
	Title            *string `json:"title,omitempty"`
	CategoryID       *int64  `json:"category_id,omitempty"`
	Description      *string `json:"description,omitempty"`
	ShortDescription *string `json:"short_description,omitempty"`
	SortWeight       *int64  `json:"sort_weight,omitempty"`
	// IgnoreDiscounts is sent as 1 or 0.
	IgnoreDiscounts *bool   `json:"ignore_discounts,omitempty"`
	Dimensions      *string `json:"dimensions,omitempty"`
	// VAT is the VAT percent, -1 for none.
	VAT *int64 `json:"vat,omitempty"`
	// FieldValues set additional product fields by handle.
	FieldValues []FieldValueAttributes `json:"product_field_values_attributes,omitempty"`
}

func (p *ProductUpdate) validate() error {
	if p.Title == nil && p.CategoryID == nil && p.Description == nil && p.ShortDescription == nil &&
		p.SortWeight == nil && p.IgnoreDiscounts == nil && p.Dimensions == nil && p.VAT == nil && len(p.FieldValues) == 0 {
		return errNothingToUpdate
	}
	if p.Title != nil && *p.Title == "" {
		return invalidf("title", "is required")
	}
	if p.CategoryID != nil {
		if err := checkID("category_id", *p.CategoryID); err != nil {
			return err
		}
	}
	return checkFieldValues("product_field_values_attributes", p.FieldValues)
}

// MarshalJSON writes ignore_discounts as 1 or 0, as the API documents it.
func (p ProductUpdate) MarshalJSON() ([]byte, error) {
	type plain ProductUpdate
	return json.Marshal(struct {
		plain
		IgnoreDiscounts *int `json:"ignore_discounts,omitempty"`
	}{plain(p), flag01(p.IgnoreDiscounts)})
}

// BundleComponentChange creates, changes or removes one bundle component in
// Products.UpdateBundle: without ID it creates one (VariantID required);
// with ID it updates that one; with ID and Destroy it removes it.
type BundleComponentChange struct {
	ID        *int64   `json:"id,omitempty"`
	VariantID *int64   `json:"variant_id,omitempty"`
	Quantity  *Decimal `json:"quantity,omitempty"`
	Free      *bool    `json:"free,omitempty"`
	// Destroy removes the component with ID (_destroy).
	Destroy bool `json:"_destroy,omitempty"`
}

// ProductBundleUpdate is the body of Products.UpdateBundle; nil fields are
// left as they are, and an update that sets nothing is refused.
type ProductBundleUpdate struct {
	Title *string `json:"title,omitempty"`
	// IgnoreDiscounts is sent as 1 or 0.
	IgnoreDiscounts *bool   `json:"ignore_discounts,omitempty"`
	Dimensions      *string `json:"dimensions,omitempty"`
	// Components to create, change or remove.
	Components []BundleComponentChange `json:"product_bundle_components_attributes,omitempty"`
}

func (p *ProductBundleUpdate) validate() error {
	if p.Title == nil && p.IgnoreDiscounts == nil && p.Dimensions == nil && len(p.Components) == 0 {
		return errNothingToUpdate
	}
	if p.Title != nil && *p.Title == "" {
		return invalidf("title", "is required")
	}
	for i, c := range p.Components {
		f := "product_bundle_components_attributes[" + strconv.Itoa(i) + "]"
		switch {
		case c.ID != nil:
			if err := checkID(f+".id", *c.ID); err != nil {
				return err
			}
		case c.Destroy:
			return invalidf(f+".id", "is required")
		case c.VariantID == nil:
			return invalidf(f+".variant_id", "is required")
		}
		if c.VariantID != nil {
			if err := checkID(f+".variant_id", *c.VariantID); err != nil {
				return err
			}
		}
		if c.Quantity != nil && c.Quantity.Rat().Sign() <= 0 {
			return invalidf(f+".quantity", "must be positive")
		}
	}
	return nil
}

// MarshalJSON writes ignore_discounts as 1 or 0, as the API documents it.
func (p ProductBundleUpdate) MarshalJSON() ([]byte, error) {
	type plain ProductBundleUpdate
	return json.Marshal(struct {
		plain
		IgnoreDiscounts *int `json:"ignore_discounts,omitempty"`
	}{plain(p), flag01(p.IgnoreDiscounts)})
}

func flag01(b *bool) *int {
	if b == nil {
		return nil
	}
	n := 0
	if *b {
		n = 1
	}
	return &n
}

// ProductsAPI is the interface ProductsService satisfies, for mocks.
type ProductsAPI interface {
	List(ctx context.Context, opts *ProductListOptions) (*Page[Product], error)
	All(ctx context.Context, opts *ProductListOptions) iter.Seq2[Product, error]
	Changes(ctx context.Context, from Checkpoint, opts *ProductListOptions) iter.Seq2[Product, error]
	Count(ctx context.Context, opts *ProductListOptions) (int, error)
	Get(ctx context.Context, id int64) (*Product, error)
	Create(ctx context.Context, p *ProductCreate) (*Product, error)
	CreateBundle(ctx context.Context, p *ProductBundleCreate) (*Product, error)
	Update(ctx context.Context, id int64, p *ProductUpdate) (*Product, error)
	UpdateBundle(ctx context.Context, id int64, p *ProductBundleUpdate) (*Product, error)
	Delete(ctx context.Context, id int64) error
	Recover(ctx context.Context, id int64) error
	ByIDs(ctx context.Context, ids []int64) ([]Product, error)
	VariantsGroupUpdate(ctx context.Context, variants []VariantGroupItem) error
}

var _ ProductsAPI = (*ProductsService)(nil)

// ProductsService manages products: /admin/products.
type ProductsService service

// List fetches one page of products: GET /admin/products.json. The answer
// is a bare array, so Page.Total is -1 (use Count); Page.Next is set while
// pages come full.
func (s *ProductsService) List(ctx context.Context, opts *ProductListOptions) (*Page[Product], error) {
	return listPage[Product](ctx, (*service)(s), "/products.json", opts)
}

// All yields every product from opts.Page on, following pages (250 a page
// unless opts.Limit says otherwise). Products edited while it pages may be
// missed or seen twice; to sync, use Changes.
func (s *ProductsService) All(ctx context.Context, opts *ProductListOptions) iter.Seq2[Product, error] {
	return iterate[Product](ctx, (*service)(s), "/products.json", opts)
}

// Changes yields every product updated at or after from, ordered by
// updated_at then id, through GET /admin/products.json with updated_since
// and from_id as the vendor's sync guide prescribes. Save p.Checkpoint() of
// the last product you processed and pass it back to resume; nothing is
// skipped, and a product edited during the sync comes again with its new
// updated_at. opts supply filters and the page size (250 by default); their
// Page, UpdatedFrom and FromID are ignored.
//
// updated_at has whole seconds, so the walk ends before the products changed
// in the server's current second (by the answer's Date header, or the
// client's clock when the answer has none: see OrdersService.Changes); the
// next walk from the last checkpoint reads them.
func (s *ProductsService) Changes(ctx context.Context, from Checkpoint, opts *ProductListOptions) iter.Seq2[Product, error] {
	var o *ProductListOptions
	limit := 0
	if opts != nil {
		c := *opts
		c.Page, c.UpdatedFrom, c.FromID = 0, time.Time{}, 0
		o, limit = &c, c.Limit
	}
	return changes[Product](ctx, (*service)(s), "/products.json", from, limit, o)
}

// Count returns how many products match opts' filters: GET
// /admin/products/count.json.
func (s *ProductsService) Count(ctx context.Context, opts *ProductListOptions) (int, error) {
	return count(ctx, (*service)(s), "/products/count.json", opts)
}

// Get fetches a product: GET /admin/products/{id}.json.
func (s *ProductsService) Get(ctx context.Context, id int64) (*Product, error) {
	p, err := path("/products/{product_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Product](ctx, (*service)(s), p)
}

// Create creates a product with its variants: POST /admin/products.json.
func (s *ProductsService) Create(ctx context.Context, p *ProductCreate) (*Product, error) {
	return send[Product](ctx, (*service)(s), http.MethodPost, "/products.json", "product", p)
}

// CreateBundle creates a bundle product made of existing variants: POST
// /admin/products.json with product[bundle]=true.
func (s *ProductsService) CreateBundle(ctx context.Context, p *ProductBundleCreate) (*Product, error) {
	return send[Product](ctx, (*service)(s), http.MethodPost, "/products.json", "product", p)
}

// Update changes a product: PUT /admin/products/{id}.json.
func (s *ProductsService) Update(ctx context.Context, id int64, p *ProductUpdate) (*Product, error) {
	pth, err := path("/products/{product_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Product](ctx, (*service)(s), http.MethodPut, pth, "product", p)
}

// UpdateBundle changes a bundle product and creates, changes or removes its
// components: PUT /admin/products/{id}.json.
func (s *ProductsService) UpdateBundle(ctx context.Context, id int64, p *ProductBundleUpdate) (*Product, error) {
	pth, err := path("/products/{product_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Product](ctx, (*service)(s), http.MethodPut, pth, "product", p)
}

// Delete deletes a product: DELETE /admin/products/{id}.json. The API moves
// the product to the archive (list it with Deleted or WithDeleted; the
// admin can restore it) and answers {"status": "ok"} even for an id that
// does not exist, so a nil error does not prove the product existed.
func (s *ProductsService) Delete(ctx context.Context, id int64) error {
	p, err := path("/products/{product_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
