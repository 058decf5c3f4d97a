package flex_test

import (
	"encoding/json"
	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type line struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type order struct {
	ID        int64             `json:"id"`
	Number    string            `json:"number"`
	Paid      bool              `json:"paid"`
	Weight    float64           `json:"weight"`
	Total     ecomkit.Decimal   `json:"total"`
	Lines     []line            `json:"lines"`
	Tags      []string          `json:"tags"`
	Attrs     map[string]string `json:"attrs"`
	Shipping  *line             `json:"shipping"`
	Billing   line              `json:"billing"`
	CreatedAt time.Time         `json:"created_at"`
	Count     *int              `json:"count"`
}

func TestUnmarshalCoercesLosslessMismatches(t *testing.T) {
	in := `{
		"id": "42", "number": 1001, "paid": "1", "weight": "0.35", "total": "157.03",
		"lines": {"1": {"sku": 2, "qty": "3"}, "0": {"sku": "A", "qty": 1.0}},
		"tags": "sale", "attrs": [], "shipping": [], "billing": "",
		"created_at": "2021-05-07 01:05:51", "count": ""
	}`
	var o order
	require.NoError(t, flex.Unmarshal([]byte(in), &o))
	assert.Equal(t, int64(42), o.ID)
	assert.Equal(t, "1001", o.Number)
	assert.True(t, o.Paid)
	assert.Equal(t, 0.35, o.Weight)
	assert.Equal(t, "157.03", o.Total.String())
	assert.Equal(t, []line{{SKU: "A", Qty: 1}, {SKU: "2", Qty: 3}}, o.Lines, "a list keyed \"0\", \"1\" in key order")
	assert.Equal(t, []string{"sale"}, o.Tags, "a lone value where a list was documented")
	assert.Equal(t, map[string]string{}, o.Attrs, "[] is PHP's empty map")
	assert.Nil(t, o.Shipping, "[] for an absent object")
	assert.Equal(t, line{}, o.Billing)
	assert.Equal(t, time.Date(2021, 5, 7, 1, 5, 51, 0, time.UTC), o.CreatedAt)
	assert.Nil(t, o.Count)
}

func TestUnmarshalFastPathAndLossyFailures(t *testing.T) {
	var o order
	require.NoError(t, flex.Unmarshal([]byte(`{"id": 1, "lines": [{"sku": "A", "qty": 2}]}`), &o))
	assert.Equal(t, []line{{SKU: "A", Qty: 2}}, o.Lines)

	for _, bad := range []string{`{"id": "4.5"}`, `{"id": "abc"}`, `{"paid": "maybe"}`, `{"lines": [{"qty": "x"}]}`} {
		var o order
		err := flex.Unmarshal([]byte(bad), &o)
		var ute *json.UnmarshalTypeError
		assert.ErrorAs(t, err, &ute, "%s cannot be read without losing data", bad)
	}
	var o2 order
	assert.Error(t, flex.Unmarshal([]byte(`{"id": 1`), &o2), "broken JSON is not repaired")

	// A second, tolerant pass starts from a clean value: no half-filled mix.
	o3 := order{Attrs: map[string]string{"stale": "x"}}
	require.NoError(t, flex.Unmarshal([]byte(`{"id": "7", "attrs": {"a": "b"}}`), &o3))
	assert.Equal(t, map[string]string{"a": "b"}, o3.Attrs)
}

func TestUnmarshalTopLevelListsAndModelsWithExtra(t *testing.T) {
	var ls []line
	require.NoError(t, flex.Unmarshal([]byte(`{"0": {"sku": "A", "qty": "1"}}`), &ls))
	assert.Equal(t, []line{{SKU: "A", Qty: 1}}, ls)

	var p product
	require.NoError(t, json.Unmarshal([]byte(`{"id": "9", "title": 12, "price": "1.5", "seo": {"x": 1}}`), &p))
	assert.Equal(t, ecomkit.Int(9), p.ID)
	assert.Equal(t, "12", p.Title, "a model with ecomkit.Extra is tolerant too")
	assert.Equal(t, ecomkit.Extra{"seo": json.RawMessage(`{"x": 1}`)}, p.Extra, "kept as it arrived")
}

func TestListAndMapElementsDecodeTolerantly(t *testing.T) {
	var l ecomkit.List[line]
	require.NoError(t, json.Unmarshal([]byte(`[{"sku": 1, "qty": "2"}]`), &l))
	assert.Equal(t, ecomkit.List[line]{{SKU: "1", Qty: 2}}, l)
	require.NoError(t, json.Unmarshal([]byte(`{"0": {"qty": "3"}}`), &l))
	assert.Equal(t, ecomkit.List[line]{{Qty: 3}}, l)
	var m ecomkit.Map[line]
	require.NoError(t, json.Unmarshal([]byte(`{"a": {"qty": "4"}}`), &m))
	assert.Equal(t, ecomkit.Map[line]{"a": {Qty: 4}}, m)
	type holder struct {
		Items ecomkit.List[line] `json:"items"`
	}
	var h holder
	require.NoError(t, flex.Unmarshal([]byte(`{"items":[{"qty":"1"}]}`), &h))
	assert.Equal(t, 1, h.Items[0].Qty)
}

type product struct {
	ID    ecomkit.Int     `json:"id"`
	Title string          `json:"title"`
	Price ecomkit.Decimal `json:"price"`
	base
	Extra ecomkit.Extra `json:"-"`
}

type base struct {
	CreatedAt ecomkit.Time `json:"created_at"`
}

func (p *product) UnmarshalJSON(b []byte) error {
	type plain product
	return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
}
