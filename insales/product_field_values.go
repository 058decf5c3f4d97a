package insales

// ProductFieldValue is a product's value of an additional product field.
type ProductFieldValue struct {
	ID int64 `json:"id"`
	// ProductFieldID is the additional field.
	ProductFieldID int64 `json:"product_field_id"`
	// Value is the value as text; the API answers a number when one was
	// written, and String reads both.
	Value String `json:"value"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field value, keeping undeclared fields in Extra.
func (v *ProductFieldValue) UnmarshalJSON(b []byte) error {
	type plain ProductFieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}
