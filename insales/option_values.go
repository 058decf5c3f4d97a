package insales

// OptionValue is one value of an option ("Red" of "Colour"); variants list
// theirs in Variant.OptionValues.
type OptionValue struct {
	ID int64 `json:"id"`
	// OptionNameID is the option the value belongs to.
	OptionNameID int64  `json:"option_name_id"`
	Position     int64  `json:"position"`
	Title        string `json:"title"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an option value, keeping undeclared fields in Extra.
func (o *OptionValue) UnmarshalJSON(b []byte) error {
	type plain OptionValue
	return decodeExtra(b, (*plain)(o), &o.Extra)
}
