package insales_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// Real answers differ from the documentation's examples: numbers as
// strings, ids beyond 2^31, nulls, lists as {"0": ...}, fields nobody
// documented. Nothing is lost.
func TestProductDecodesRealServerShapes(t *testing.T) {
	body := `[{"id": "4294967297", "title": "Mug", "category_id": "12", "archived": "false", "vat": "-1",
		"available": null, "sort_weight": "3", "collections_ids": {"0": 5, "1": "6"},
		"updated_at": "2024-03-01T10:00:00.123+03:00", "dimensions": "10x10x12", "sales_channel": {"id": 2},
		"variants": {"0": {"id": 5000000001, "price": "1500.0", "quantity": "3.0", "weight": "0.35",
			"prices": ["360.0", 12.5], "price2": "", "cost_price": null, "external_id": "ext-1",
			"option_values": [{"id": "1", "option_name_id": 1, "position": "2", "title": "Red", "image_id": 9}]}}}]`
	c, _ := serve(t, 200, []byte(body))
	page, err := c.Products.List(ctx, nil)
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	p := page.Items[0]
	assert.Equal(t, int64(4294967297), p.ID)
	assert.Equal(t, int64(12), p.CategoryID)
	assert.Equal(t, int64(-1), *p.VAT)
	assert.Nil(t, p.Available)
	assert.Equal(t, int64(3), *p.SortWeight)
	assert.Equal(t, []int64{5, 6}, []int64(p.CollectionsIDs))
	assert.Equal(t, 123000000, p.UpdatedAt.Nanosecond())
	assert.JSONEq(t, `"10x10x12"`, string(p.Extra["dimensions"]), "an undocumented field is kept")
	assert.JSONEq(t, `{"id": 2}`, string(p.Extra["sales_channel"]))
	require.Len(t, p.Variants, 1)
	v := p.Variants[0]
	assert.Equal(t, int64(5000000001), v.ID)
	assert.Equal(t, "1500.0", v.Price.String())
	assert.Equal(t, "3.0", v.Quantity.String())
	assert.Equal(t, "0.35", v.Weight.String())
	assert.Equal(t, []string{"360.0", "12.5"}, []string{v.Prices[0].String(), v.Prices[1].String()})
	assert.Nil(t, v.CostPrice)
	assert.JSONEq(t, `"ext-1"`, string(v.Extra["external_id"]))
	assert.Equal(t, int64(2), v.OptionValues[0].Position)
	assert.JSONEq(t, `9`, string(v.OptionValues[0].Extra["image_id"]), "Extra at every level")

	// What is decoded encodes back with the exact decimals.
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"price":1500.0`)
	var again insales.Variant
	require.NoError(t, json.Unmarshal(b, &again))
	assert.Equal(t, v.Price, again.Price)
}
