package insales

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// extrasFuzzTargets makes a new value of every model, list and request
// type of the smaller catalogue resources.
var extrasFuzzTargets = map[string]func() any{
	"OptionName":                      func() any { return new(OptionName) },
	"OptionValue":                     func() any { return new(OptionValue) },
	"Property":                        func() any { return new(Property) },
	"Characteristic":                  func() any { return new(Characteristic) },
	"ProductField":                    func() any { return new(ProductField) },
	"VariantField":                    func() any { return new(VariantField) },
	"ProductFieldValue":               func() any { return new(ProductFieldValue) },
	"VariantFieldValue":               func() any { return new(VariantFieldValue) },
	"Similar":                         func() any { return new(Similar) },
	"Supplementary":                   func() any { return new(Supplementary) },
	"PriceKind":                       func() any { return new(PriceKind) },
	"StockCurrency":                   func() any { return new(StockCurrency) },
	"Status":                          func() any { return new(Status) },
	"list/OptionValue":                func() any { return new(List[OptionValue]) },
	"list/Property":                   func() any { return new(List[Property]) },
	"list/ProductField":               func() any { return new(List[ProductField]) },
	"list/StockCurrency":              func() any { return new(List[StockCurrency]) },
	"OptionNameCreate":                func() any { return new(OptionNameCreate) },
	"OptionNameUpdate":                func() any { return new(OptionNameUpdate) },
	"OptionValueCreate":               func() any { return new(OptionValueCreate) },
	"PropertyUpdate":                  func() any { return new(PropertyUpdate) },
	"CharacteristicUpdate":            func() any { return new(CharacteristicUpdate) },
	"ProductFieldUpdate":              func() any { return new(ProductFieldUpdate) },
	"VariantFieldCreate":              func() any { return new(VariantFieldCreate) },
	"ProductFieldValueCreateByHandle": func() any { return new(ProductFieldValueCreateByHandle) },
	"ProductFieldValueUpdate":         func() any { return new(ProductFieldValueUpdate) },
	"VariantFieldValueCreate":         func() any { return new(VariantFieldValueCreate) },
	"VariantFieldValueUpdate":         func() any { return new(VariantFieldValueUpdate) },
	"PriceKindCreate":                 func() any { return new(PriceKindCreate) },
	"OptionValueUpdate":               func() any { return new(OptionValueUpdate) },
	"PropertyCreate":                  func() any { return new(PropertyCreate) },
	"CharacteristicCreate":            func() any { return new(CharacteristicCreate) },
	"ProductFieldCreate":              func() any { return new(ProductFieldCreate) },
	"VariantFieldUpdate":              func() any { return new(VariantFieldUpdate) },
	"ProductFieldValueCreate":         func() any { return new(ProductFieldValueCreate) },
	"VariantFieldValueCreateByHandle": func() any { return new(VariantFieldValueCreateByHandle) },
	"SimilarsCreate":                  func() any { return new(SimilarsCreate) },
	"SupplementariesCreate":           func() any { return new(SupplementariesCreate) },
	"PriceKindUpdate":                 func() any { return new(PriceKindUpdate) },
	"StockCurrencyCreate":             func() any { return new(StockCurrencyCreate) },
	"StockCurrencyUpdate":             func() any { return new(StockCurrencyUpdate) },
}

// FuzzDecodeExtras feeds arbitrary bytes to json.Unmarshal and the client's
// tolerant decoding for every type: nothing may panic, whatever decodes
// must validate without panicking and encode again, and what it encodes
// must decode.
func FuzzDecodeExtras(f *testing.F) {
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
		`{"id":"5000000000","price_index":"2","show_in_lists":"true","cb_rate":"0.21","exchange_rate_manual":""}`,
		`{"application_id":null,"is_hidden":"1","position":"3","type":7}`,
		`{"id":-1,"value":12345,"similar_ids":{"0":2,"1":"3"}}`,
		`{"cb_rate":1e400,"exchange_rate_percent":"-0.5"}`,
		`null`, `[]`, `""`, `{}`, `[{}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for name, mk := range extrasFuzzTargets {
			for _, dec := range []struct {
				name string
				fn   func([]byte, any) error
			}{{"json", json.Unmarshal}, {"flex", flex.Unmarshal}} {
				v := mk()
				if dec.fn(data, v) != nil {
					continue
				}
				if val, ok := v.(validator); ok {
					_ = val.validate() // must not panic
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

// TestExtrasDecodeTolerantly: numbers as strings, big ids, nulls, {"0":..}
// lists and undeclared fields, as real servers send them.
func TestExtrasDecodeTolerantly(t *testing.T) {
	var k PriceKind
	require.NoError(t, flex.Unmarshal([]byte(`{"id":"5000000000","price_index":"2","show_in_lists":"1","title":null,"variant_price_method_name":"price3","currency":"RUR"}`), &k))
	assert.Equal(t, int64(5000000000), k.ID)
	assert.Equal(t, int64(2), k.PriceIndex)
	assert.True(t, k.ShowInLists)
	assert.Empty(t, k.Title)
	assert.Equal(t, `"RUR"`, string(k.Extra["currency"]))

	var c StockCurrency
	require.NoError(t, flex.Unmarshal([]byte(`{"id":1,"cb_rate":"30.5","exchange_rate_manual":null,"exchange_rate_percent":0,"is_default":"true"}`), &c))
	assert.Equal(t, "30.5", c.CBRate.String())
	assert.Nil(t, c.ExchangeRateManual)
	assert.True(t, c.IsDefault)

	var fs List[ProductField]
	require.NoError(t, flex.Unmarshal([]byte(`{"0":{"id":"1","handle":"a","type":"ProductField::Checkbox","is_hidden":null,"application_id":"7"}}`), &fs))
	require.Len(t, fs, 1)
	assert.Equal(t, ProductFieldType("ProductField::Checkbox"), fs[0].Type, "an unknown kind decodes as itself")
	require.NotNil(t, fs[0].ApplicationID)
	assert.Equal(t, int64(7), *fs[0].ApplicationID)
	assert.Nil(t, fs[0].IsHidden)

	var v VariantFieldValue
	require.NoError(t, flex.Unmarshal([]byte(`{"id":3,"variant_field_id":"2","value":4.5}`), &v))
	assert.Equal(t, String("4.5"), v.Value)
}

func TestFieldInputReadsWhatItWrites(t *testing.T) {
	for _, in := range []string{`{"product_field_id":2,"value":"test value"}`, `{"product_field_id":2,"value":12345}`, `{"product_field_id":2,"value":" x\u00e9\""}`} {
		var c ProductFieldValueCreate
		require.NoError(t, json.Unmarshal([]byte(in), &c), in)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		assert.JSONEq(t, in, string(b))
	}
	var c ProductFieldValueCreate
	require.NoError(t, json.Unmarshal([]byte(`{"product_field_id":2,"value":null}`), &c))
	assert.Nil(t, c.Value, "null: no value")
	assert.Error(t, json.Unmarshal([]byte(`{"value":1.5}`), &c), "only texts and integers")
	assert.Error(t, json.Unmarshal([]byte(`{"value":{"a":1}}`), &c))
}

func TestFieldInputPrintsAsSent(t *testing.T) {
	assert.Equal(t, `"red"`, fmt.Sprint(TextValue("red")))
	assert.Equal(t, `12345`, fmt.Sprintf("%v", NumberValue(12345)))
	assert.Equal(t, `{2 "x"}`, fmt.Sprintf("%v", ProductFieldValueCreate{ProductFieldID: 2, Value: Ptr(TextValue("x"))}))
	assert.Equal(t, "", FieldInput{}.String())
}
