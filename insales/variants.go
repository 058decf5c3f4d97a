package insales

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
