package insales

// OptionName is a product option such as "Colour"; products list theirs in
// Product.OptionNames.
type OptionName struct {
	ID       int64  `json:"id"`
	Position int64  `json:"position"`
	Title    string `json:"title"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes an option name, keeping undeclared fields in Extra.
func (o *OptionName) UnmarshalJSON(b []byte) error {
	type plain OptionName
	return decodeExtra(b, (*plain)(o), &o.Extra)
}
