package shopkit

import (
	"context"
	"fmt"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// OptionGroup is a product option group (Size, Color...) with its values.
type OptionGroup struct {
	ID      int64                  `json:"id"`
	Title   string                 `json:"title"`
	Options List[OptionGroupValue] `json:"options"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (g *OptionGroup) UnmarshalJSON(b []byte) error {
	type plain OptionGroup
	return flex.DecodeWithExtra(b, (*plain)(g), &g.Extra)
}

// OptionGroupValue is one value of an option group ("Small", "White").
type OptionGroupValue struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *OptionGroupValue) UnmarshalJSON(b []byte) error {
	type plain OptionGroupValue
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// OptionGroupInput is the body of POST and PUT /product/{id}/option_group:
// both fields are required. It is one type for both methods, unlike the
// other resources' XxxCreate and XxxUpdate, because the API documents the
// PUT as a replacement of the title and all values, not a partial update.
type OptionGroupInput struct {
	// Title is the group's name ("Size", "Color"); required.
	Title string `json:"title"`
	// Options are the group's values ("Small", "Big"); at least one, none
	// empty. On update they replace the group's values.
	Options []string `json:"options"`
}

func (g *OptionGroupInput) validate() error {
	switch {
	case g == nil:
		return transport.Invalid("body", "must not be nil")
	case g.Title == "":
		return transport.Invalid("title", "is required")
	case len(g.Options) == 0:
		return transport.Invalid("options", "is required (at least one value)")
	}
	for i, v := range g.Options {
		if v == "" {
			return transport.Invalid(fmt.Sprintf("options[%d]", i), "is empty")
		}
	}
	return nil
}

// ProductOptionGroupsAPI is the interface ProductOptionGroupsService implements.
type ProductOptionGroupsAPI interface {
	List(ctx context.Context, productID int64) ([]OptionGroup, error)
	Get(ctx context.Context, productID, groupID int64) (*OptionGroup, error)
	Create(ctx context.Context, productID int64, g *OptionGroupInput) ([]OptionGroup, error)
	Update(ctx context.Context, productID, groupID int64, g *OptionGroupInput) ([]OptionGroup, error)
	Delete(ctx context.Context, productID, groupID int64) error
}

var _ ProductOptionGroupsAPI = (*ProductOptionGroupsService)(nil)

// ProductOptionGroupsService handles /product/{id}/option_group. Creating
// or changing a group regenerates the product's options (variants).
type ProductOptionGroupsService service

// List fetches a product's option groups: GET /product/{id}/option_group
// (the API documentation's route with the optional {id_option_group} left out). The
// answer is a bare array, without paging.
func (o *ProductOptionGroupsService) List(ctx context.Context, productID int64) ([]OptionGroup, error) {
	path, err := idPath("/product/{id}/option_group", productID)
	if err != nil {
		return nil, err
	}
	return sendList[OptionGroup](ctx, (*service)(o), http.MethodGet, path, nil, nil)
}

// Get fetches one option group: GET /product/{id}/option_group/{id_option_group}.
// The API documentation shows only the list form of this route; an object or a
// one-element list are both accepted.
func (o *ProductOptionGroupsService) Get(ctx context.Context, productID, groupID int64) (*OptionGroup, error) {
	path, err := idPath("/product/{id}/option_group/{id_option_group}", productID, groupID)
	if err != nil {
		return nil, err
	}
	return getOne[OptionGroup](ctx, (*service)(o), path, nil, &idQuery{ID: groupID})
}

// Create adds an option group with its values: POST /product/{id}/option_group.
// The API answers with all of the product's option groups.
func (o *ProductOptionGroupsService) Create(ctx context.Context, productID int64, g *OptionGroupInput) ([]OptionGroup, error) {
	if err := g.validate(); err != nil {
		return nil, err
	}
	path, err := idPath("/product/{id}/option_group", productID)
	if err != nil {
		return nil, err
	}
	return sendList[OptionGroup](ctx, (*service)(o), http.MethodPost, path, nil, g)
}

// Update replaces an option group's title and values:
// PUT /product/{id}/option_group/{id_option_group}. The API answers with
// all of the product's option groups.
func (o *ProductOptionGroupsService) Update(ctx context.Context, productID, groupID int64, g *OptionGroupInput) ([]OptionGroup, error) {
	if err := g.validate(); err != nil {
		return nil, err
	}
	path, err := idPath("/product/{id}/option_group/{id_option_group}", productID, groupID)
	if err != nil {
		return nil, err
	}
	return sendList[OptionGroup](ctx, (*service)(o), http.MethodPut, path, nil, g)
}

// Delete removes an option group: DELETE /product/{id}/option_group/{id_option_group}.
func (o *ProductOptionGroupsService) Delete(ctx context.Context, productID, groupID int64) error {
	path, err := idPath("/product/{id}/option_group/{id_option_group}", productID, groupID)
	if err != nil {
		return err
	}
	return (*service)(o).remove(ctx, path, nil)
}

// ProductOption is a product option (variant), one combination of option
// group values, embedded in Product.Options and served by /product/{id}/option.
type ProductOption struct {
	ID                      int64    `json:"id"`
	IDVariant1              *int64   `json:"id_variant_1"` // OptionGroupValue ids
	IDVariant2              *int64   `json:"id_variant_2"`
	IDVariant3              *int64   `json:"id_variant_3"`
	Title                   string   `json:"title"` // e.g. "Small bowl / White"
	Price                   Decimal  `json:"price"`
	PriceFormatted          string   `json:"price_formatted"`
	PricePromo              *Decimal `json:"price_promo"`
	PricePromoFormatted     *string  `json:"price_promo_formatted"`
	PriceWholesale          *Decimal `json:"price_wholesale"`
	PriceWholesaleFormatted *string  `json:"price_wholesale_formatted"`
	PriceWithoutTax         Decimal  `json:"price_without_tax"`
	Promo                   bool     `json:"promo"`
	PricePromoPercentage    *Decimal `json:"price_promo_percentage"`
	PriceOnRequest          bool     `json:"price_on_request"`
	Stock                   Int      `json:"stock"`
	Shipping                Decimal  `json:"shipping"`
	Weight                  Int      `json:"weight"` // grams
	Reference               string   `json:"reference"`
	Barcode                 *string  `json:"barcode"` // null, "" or a code
	Active                  bool     `json:"active"`
	URL                     string   `json:"url"`
	Image                   Image    `json:"image"`
	Wishlist                Wishlist `json:"wishlist"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (o *ProductOption) UnmarshalJSON(b []byte) error {
	type plain ProductOption
	return flex.DecodeWithExtra(b, (*plain)(o), &o.Extra)
}

// ProductOptionUpdate is the body of PUT /product/{id}/option/{id_option};
// only the fields set are sent.
type ProductOptionUpdate struct {
	// Price is the option's price in the store currency, not negative.
	Price *Decimal `json:"price,omitempty"`
	// PricePromo is the promotion price; lower than Price when both are sent.
	PricePromo *Decimal `json:"price_promo,omitempty"`
	// PriceOnRequest hides the price ("price on request").
	PriceOnRequest *bool `json:"price_on_request,omitempty"`
	// PriceWholesale is the wholesale price; needs the product's wholesale on.
	PriceWholesale *Decimal `json:"price_wholesale,omitempty"`
	// Stock is the units in stock; needs the product's stock keeping on.
	Stock *int `json:"stock,omitempty"`
	// Shipping is the option's shipping cost, in the store currency.
	Shipping *Decimal `json:"shipping,omitempty"`
	// Weight is in grams; not negative.
	Weight *int `json:"weight,omitempty"`
	// Reference is the option's SKU.
	Reference *string `json:"reference,omitempty"`
	// Barcode is an EAN, ISBN, UPC, GTIN or similar code.
	Barcode *string `json:"barcode,omitempty"`
	// Image is the URL of the option's image.
	Image *string `json:"image,omitempty"`
	// Active turns the option on or off in the store.
	Active *bool `json:"active,omitempty"`
}

// ProductOptionsAPI is the interface ProductOptionsService implements.
type ProductOptionsAPI interface {
	List(ctx context.Context, productID int64) ([]ProductOption, error)
	Get(ctx context.Context, productID, optionID int64) (*ProductOption, error)
	Update(ctx context.Context, productID, optionID int64, u *ProductOptionUpdate) (*ProductOption, error)
	Delete(ctx context.Context, productID, optionID int64) error
}

var _ ProductOptionsAPI = (*ProductOptionsService)(nil)

// ProductOptionsService handles /product/{id}/option. Options are generated
// from the option groups, so there is no create.
type ProductOptionsService service

// List fetches a product's options: GET /product/{id}/option (the API documentation's
// route with the optional {id_option} left out); a bare array, no paging.
func (o *ProductOptionsService) List(ctx context.Context, productID int64) ([]ProductOption, error) {
	path, err := idPath("/product/{id}/option", productID)
	if err != nil {
		return nil, err
	}
	return sendList[ProductOption](ctx, (*service)(o), http.MethodGet, path, nil, nil)
}

// Get fetches one option: GET /product/{id}/option/{id_option}. The API documentation
// shows only the list form; an object or a one-element list are accepted.
func (o *ProductOptionsService) Get(ctx context.Context, productID, optionID int64) (*ProductOption, error) {
	path, err := idPath("/product/{id}/option/{id_option}", productID, optionID)
	if err != nil {
		return nil, err
	}
	return getOne[ProductOption](ctx, (*service)(o), path, nil, &idQuery{ID: optionID})
}

// Update changes an option's price, stock, SKU, image or active flag:
// PUT /product/{id}/option/{id_option}. The API documentation marks id_option optional;
// an update needs it, so it is required here.
func (o *ProductOptionsService) Update(ctx context.Context, productID, optionID int64, u *ProductOptionUpdate) (*ProductOption, error) {
	if u == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	if err := checkPrices(u.Price, u.PricePromo); err != nil {
		return nil, err
	}
	if u.Weight != nil && *u.Weight < 0 {
		return nil, transport.Invalid("weight", "must not be negative, got %d", *u.Weight)
	}
	if *u == (ProductOptionUpdate{}) {
		if _, err := idPath("/product/{id}/option/{id_option}", productID, optionID); err != nil {
			return nil, err
		}
		return nil, transport.Invalid("body", "nothing to update")
	}
	path, err := idPath("/product/{id}/option/{id_option}", productID, optionID)
	if err != nil {
		return nil, err
	}
	return send[ProductOption](ctx, (*service)(o), http.MethodPut, path, nil, u)
}

// Delete removes an option: DELETE /product/{id}/option/{id_option}.
func (o *ProductOptionsService) Delete(ctx context.Context, productID, optionID int64) error {
	path, err := idPath("/product/{id}/option/{id_option}", productID, optionID)
	if err != nil {
		return err
	}
	return (*service)(o).remove(ctx, path, nil)
}
