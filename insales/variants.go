package insales

import (
	"context"
	"net/http"
	"strconv"
)

// Variant is a product variant: one combination of option values with its
// own price, stock and SKU. Prices and weights come as decimal strings.
type Variant struct {
	ID        int64  `json:"id"`
	ProductID int64  `json:"product_id"`
	Title     string `json:"title"`
	SKU       string `json:"sku"`
	Barcode   string `json:"barcode"`
	// Price is the price in the shop's currency; BasePrice the price before
	// conversion from the stock currency.
	Price     Decimal `json:"price"`
	BasePrice Decimal `json:"base_price"`
	// OldPrice is the crossed-out price, nil when none.
	OldPrice *Decimal `json:"old_price"`
	// CostPrice is the purchase price, nil when unknown.
	CostPrice *Decimal `json:"cost_price"`
	// Prices are the extra price columns (price kinds), in order.
	Prices List[Decimal] `json:"prices"`
	// Price2 is the price of the first extra price kind, nil when unset.
	Price2 *Decimal `json:"price2"`
	// Weight is in kilograms, nil when unset.
	Weight *Decimal `json:"weight"`
	// Quantity is the stock; nil when stock is not tracked. Real answers may
	// send it as "3.0".
	Quantity  *Decimal `json:"quantity"`
	Available bool     `json:"available"`
	// ImageID is the variant's image, nil when none.
	ImageID            *int64                  `json:"image_id"`
	VariantFieldValues List[VariantFieldValue] `json:"variant_field_values"`
	OptionValues       List[OptionValue]       `json:"option_values"`
	CreatedAt          Time                    `json:"created_at"`
	UpdatedAt          Time                    `json:"updated_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a variant, keeping undeclared fields in Extra.
func (v *Variant) UnmarshalJSON(b []byte) error {
	type plain Variant
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// VariantOption sets the variant's value of one product option.
type VariantOption struct {
	// OptionNameID is the product's option (required).
	OptionNameID int64 `json:"option_name_id"`
	// Value is the option value's title, e.g. "Black" (required).
	Value string `json:"value"`
}

// VariantCreate is the body of Variants.Create. Price and Quantity are
// required; Options must name exactly the product's options, or the API
// answers 422 "list of properties changed".
type VariantCreate struct {
	// Price is in the product's stock currency; the API answers it
	// converted to the shop's currency.
	Price    Decimal `json:"price"`
	Quantity Decimal `json:"quantity"`
	// Options are the variant's option values.
	Options   []VariantOption `json:"options,omitempty"`
	SKU       *string         `json:"sku,omitempty"`
	Barcode   *string         `json:"barcode,omitempty"`
	OldPrice  *Decimal        `json:"old_price,omitempty"`
	CostPrice *Decimal        `json:"cost_price,omitempty"`
	Weight    *Decimal        `json:"weight,omitempty"`
	// FieldValues set additional variant fields by handle.
	FieldValues []FieldValueAttributes `json:"variant_field_values_attributes,omitempty"`
}

func (v *VariantCreate) validate() error {
	if v.Price.Rat().Sign() < 0 {
		return invalidf("price", "must not be negative")
	}
	if v.Quantity.Rat().Sign() < 0 {
		return invalidf("quantity", "must not be negative")
	}
	for i, o := range v.Options {
		f := "options[" + strconv.Itoa(i) + "]"
		if err := checkID(f+".option_name_id", o.OptionNameID); err != nil {
			return err
		}
		if o.Value == "" {
			return invalidf(f+".value", "is required")
		}
	}
	return checkFieldValues("variant_field_values_attributes", v.FieldValues)
}

// VariantUpdate is the body of Variants.Update; nil fields are left as they
// are, and an update that sets nothing is refused.
type VariantUpdate struct {
	Price     *Decimal `json:"price,omitempty"`
	Quantity  *Decimal `json:"quantity,omitempty"`
	SKU       *string  `json:"sku,omitempty"`
	Barcode   *string  `json:"barcode,omitempty"`
	OldPrice  *Decimal `json:"old_price,omitempty"`
	CostPrice *Decimal `json:"cost_price,omitempty"`
	Weight    *Decimal `json:"weight,omitempty"`
	// ExternalID is your system's id for the variant. The API accepts it
	// only here (not when the product is created) and does not answer it;
	// from the vendor's product guide, not the API documentation.
	ExternalID *string `json:"external_id,omitempty"`
	// FieldValues set additional variant fields by handle.
	FieldValues []FieldValueAttributes `json:"variant_field_values_attributes,omitempty"`
}

func (v *VariantUpdate) validate() error {
	if v.Price == nil && v.Quantity == nil && v.SKU == nil && v.Barcode == nil && v.OldPrice == nil &&
		v.CostPrice == nil && v.Weight == nil && v.ExternalID == nil && len(v.FieldValues) == 0 {
		return errNothingToUpdate
	}
	if v.Price != nil && v.Price.Rat().Sign() < 0 {
		return invalidf("price", "must not be negative")
	}
	if v.Quantity != nil && v.Quantity.Rat().Sign() < 0 {
		return invalidf("quantity", "must not be negative")
	}
	return checkFieldValues("variant_field_values_attributes", v.FieldValues)
}

// VariantsAPI is the interface VariantsService satisfies, for mocks.
type VariantsAPI interface {
	List(ctx context.Context, productID int64) ([]Variant, error)
	Get(ctx context.Context, productID, id int64) (*Variant, error)
	Create(ctx context.Context, productID int64, v *VariantCreate) (*Variant, error)
	Update(ctx context.Context, productID, id int64, v *VariantUpdate) (*Variant, error)
	Delete(ctx context.Context, productID, id int64) error
}

var _ VariantsAPI = (*VariantsService)(nil)

// VariantsService manages a product's variants:
// /admin/products/{product_id}/variants.
type VariantsService service

// List fetches all of a product's variants: GET
// /admin/products/{product_id}/variants.json (the API does not page it).
func (s *VariantsService) List(ctx context.Context, productID int64) ([]Variant, error) {
	p, err := path("/products/{product_id}/variants.json", productID)
	if err != nil {
		return nil, err
	}
	return listAll[Variant](ctx, (*service)(s), p, nil)
}

// Get fetches a variant: GET /admin/products/{product_id}/variants/{id}.json.
func (s *VariantsService) Get(ctx context.Context, productID, id int64) (*Variant, error) {
	p, err := path("/products/{product_id}/variants/{variant_id}.json", productID, id)
	if err != nil {
		return nil, err
	}
	return getOne[Variant](ctx, (*service)(s), p)
}

// Create adds a variant to a product: POST
// /admin/products/{product_id}/variants.json. A refusal comes as
// {"status": "error", "errors": {...}}, read into APIError.Fields.
func (s *VariantsService) Create(ctx context.Context, productID int64, v *VariantCreate) (*Variant, error) {
	p, err := path("/products/{product_id}/variants.json", productID)
	if err != nil {
		return nil, err
	}
	return send[Variant](ctx, (*service)(s), http.MethodPost, p, "variant", v)
}

// Update changes a variant: PUT /admin/products/{product_id}/variants/{id}.json.
func (s *VariantsService) Update(ctx context.Context, productID, id int64, v *VariantUpdate) (*Variant, error) {
	p, err := path("/products/{product_id}/variants/{variant_id}.json", productID, id)
	if err != nil {
		return nil, err
	}
	return send[Variant](ctx, (*service)(s), http.MethodPut, p, "variant", v)
}

// Delete removes a variant: DELETE
// /admin/products/{product_id}/variants/{id}.json. The API refuses to remove
// a product's last variant (422, APIError.Fields["base"]).
func (s *VariantsService) Delete(ctx context.Context, productID, id int64) error {
	p, err := path("/products/{product_id}/variants/{variant_id}.json", productID, id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}
