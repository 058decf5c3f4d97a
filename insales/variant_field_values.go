package insales

// VariantFieldValue is a variant's value of an additional variant field.
type VariantFieldValue struct {
	ID int64 `json:"id"`
	// VariantFieldID is the additional field.
	VariantFieldID int64 `json:"variant_field_id"`
	// Value is the value as text; the API answers a number when one was
	// written, and String reads both.
	Value String `json:"value"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a field value, keeping undeclared fields in Extra.
func (v *VariantFieldValue) UnmarshalJSON(b []byte) error {
	type plain VariantFieldValue
	return decodeExtra(b, (*plain)(v), &v.Extra)
}
