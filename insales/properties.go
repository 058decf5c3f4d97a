package insales

// Property is a product property (a characteristic's name, such as
// "Vendor"); products list theirs in Product.Properties.
type Property struct {
	// ID identifies the property; properties.list shows -1 for a pseudo
	// property.
	ID int64 `json:"id"`
	// Backoffice marks a property shown only in the back office.
	Backoffice bool `json:"backoffice"`
	IsHidden   bool `json:"is_hidden"`
	// IsNavigational makes the property a storefront filter.
	IsNavigational bool   `json:"is_navigational"`
	Position       int64  `json:"position"`
	Permalink      string `json:"permalink"`
	Title          string `json:"title"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a property, keeping undeclared fields in Extra.
func (p *Property) UnmarshalJSON(b []byte) error {
	type plain Property
	return decodeExtra(b, (*plain)(p), &p.Extra)
}
