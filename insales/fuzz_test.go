package insales

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// fuzzTargets makes a new value of every model, response and request type
// of the package: what json.Unmarshal and the client's tolerant decoding
// may be handed.
var fuzzTargets = map[string]func() any{
	"Product":             func() any { return new(Product) },
	"Variant":             func() any { return new(Variant) },
	"Image":               func() any { return new(Image) },
	"Category":            func() any { return new(Category) },
	"Collection":          func() any { return new(Collection) },
	"CollectionImage":     func() any { return new(CollectionImage) },
	"Collect":             func() any { return new(Collect) },
	"BundleComponent":     func() any { return new(BundleComponent) },
	"OptionName":          func() any { return new(OptionName) },
	"OptionValue":         func() any { return new(OptionValue) },
	"Property":            func() any { return new(Property) },
	"Characteristic":      func() any { return new(Characteristic) },
	"ProductFieldValue":   func() any { return new(ProductFieldValue) },
	"VariantFieldValue":   func() any { return new(VariantFieldValue) },
	"Status":              func() any { return new(Status) },
	"Checkpoint":          func() any { return new(Checkpoint) },
	"list/Product":        func() any { return new(List[Product]) },
	"list/Variant":        func() any { return new(List[Variant]) },
	"list/Collection":     func() any { return new(List[Collection]) },
	"list/Collect":        func() any { return new(List[Collect]) },
	"ProductCreate":       func() any { return new(ProductCreate) },
	"ProductUpdate":       func() any { return new(ProductUpdate) },
	"ProductBundleCreate": func() any { return new(ProductBundleCreate) },
	"ProductBundleUpdate": func() any { return new(ProductBundleUpdate) },
	"VariantCreate":       func() any { return new(VariantCreate) },
	"VariantUpdate":       func() any { return new(VariantUpdate) },
	"ImageFromURL":        func() any { return new(ImageFromURL) },
	"ImageAttachment":     func() any { return new(ImageAttachment) },
	"ImageUpdate":         func() any { return new(ImageUpdate) },
	"CategoryCreate":      func() any { return new(CategoryCreate) },
	"CategoryUpdate":      func() any { return new(CategoryUpdate) },
	"CollectionCreate":    func() any { return new(CollectionCreate) },
	"CollectionUpdate":    func() any { return new(CollectionUpdate) },
	"CollectCreate":       func() any { return new(CollectCreate) },
}

// FuzzDecode feeds arbitrary bytes to json.Unmarshal and to the client's
// tolerant decoding (flex.Unmarshal) for every type: nothing may panic, and
// whatever decodes must encode again and read back; request types that
// decode must validate without panicking.
func FuzzDecode(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"id":"4294967297","price":"1500.0","quantity":"3.0","weight":"0.35","variants":{"0":{"id":"1","prices":["360.0",12.0]}}}`,
		`{"id":1,"available":null,"vat":"-1","collections_ids":{"0":1,"1":"3"},"updated_at":"2017-08-25 12:59:21 +0300"}`,
		`{"value":12345,"product_field_id":"1","sort_type":"7","recursive":"1","image":[]}`,
		`[{"id":1,"updated_at":null},{"id":"2","created_at":""}]`,
		`{"price":1e400,"updated_at":"9999-12-31T23:59:59Z","Time":"x","ID":"-1"}`,
		`null`, `[]`, `""`, `{}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for name, mk := range fuzzTargets {
			for _, dec := range []struct {
				name string
				fn   func([]byte, any) error
			}{{"json", json.Unmarshal}, {"flex", flex.Unmarshal}} {
				v := mk()
				if dec.fn(data, v) != nil {
					continue
				}
				if val, ok := v.(validator); ok {
					_ = val.validate()
				}
				b, err := json.Marshal(v)
				if err != nil {
					t.Errorf("%s decoded by %s from %q does not encode: %v", name, dec.name, data, err)
					continue
				}
				if err := flex.Unmarshal(b, mk()); err != nil {
					t.Errorf("%s decoded by %s from %q encodes as %s, which does not decode: %v", name, dec.name, data, b, err)
				}
			}
		}
	})
}
