package insales

// Characteristic is one value of a property ("Nike" of "Vendor"); products
// list theirs in Product.Characteristics.
type Characteristic struct {
	ID int64 `json:"id"`
	// PropertyID is the property the value belongs to.
	PropertyID int64  `json:"property_id"`
	Position   int64  `json:"position"`
	Title      string `json:"title"`
	Permalink  string `json:"permalink"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a characteristic, keeping undeclared fields in Extra.
func (c *Characteristic) UnmarshalJSON(b []byte) error {
	type plain Characteristic
	return decodeExtra(b, (*plain)(c), &c.Extra)
}
