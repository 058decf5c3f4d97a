package shopkit_test

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestNestedModelsKeepUnknownFields (issue 8 item 16): a field a newer API
// adds at any nesting level survives in that level's Extra.
func TestNestedModelsKeepUnknownFields(t *testing.T) {
	var o shopkit.Order
	require.NoError(t, json.Unmarshal([]byte(`{"id": 1,
		"client": {"name": "Ana", "hash": "c0ffee", "delivery": {"city": "Porto", "country_code_alpha_2": "PT"}, "billing": {"city": "Lisboa", "vat": "x"}},
		"payment": {"type": "mb", "gateway": "eupago", "data": {"entity": 1, "iban": "PT50"}},
		"products": [{"id": 7, "price": 1.5, "price_with_tax": 1.85, "image": {"thumb": "t", "alt": "mug"}}],
		"tags": [{"id": 3, "color": "red"}],
		"coupon": {"code": "X", "min_qty": 2},
		"shipping": {"value": 3, "carrier": "ctt"}}`), &o))
	assert.JSONEq(t, `"c0ffee"`, string(o.Client.Extra["hash"]))
	assert.JSONEq(t, `"PT"`, string(o.Client.Delivery.Extra["country_code_alpha_2"]))
	assert.JSONEq(t, `"x"`, string(o.Client.Billing.Extra["vat"]))
	assert.JSONEq(t, `"eupago"`, string(o.Payment.Extra["gateway"]))
	assert.JSONEq(t, `"PT50"`, string(o.Payment.Data.Extra["iban"]))
	require.Len(t, o.Products, 1)
	assert.JSONEq(t, `1.85`, string(o.Products[0].Extra["price_with_tax"]))
	assert.JSONEq(t, `"mug"`, string(o.Products[0].Image.Extra["alt"]))
	assert.JSONEq(t, `"red"`, string(o.Tags[0].Extra["color"]))
	assert.JSONEq(t, `2`, string(o.Coupon.Extra["min_qty"]))
	assert.JSONEq(t, `"ctt"`, string(o.Shipping.Extra["carrier"]))
	assert.Nil(t, o.Shipping.Raw, "the documented object")

	var p shopkit.Product
	require.NoError(t, json.Unmarshal([]byte(`{"id": 2,
		"categories": [{"id": 1, "slug": "a"}], "stock": {"stock_enabled": true, "warehouse": "w1"},
		"rating": {"total_reviews": 1, "stars": [1]}, "wishlist": {"add_url": "u", "count": 4},
		"images": [{"full": "f", "alt": "i"}],
		"option_groups": [{"id": 9, "title": "Size", "options": [{"id": 10, "title": "S", "hex": "#fff"}]}],
		"options": [{"id": 11, "ean": "123"}]}`), &p))
	assert.JSONEq(t, `"a"`, string(p.Categories[0].Extra["slug"]))
	assert.JSONEq(t, `"w1"`, string(p.Stock.Extra["warehouse"]))
	assert.JSONEq(t, `[1]`, string(p.Rating.Extra["stars"]))
	assert.JSONEq(t, `4`, string(p.Wishlist.Extra["count"]))
	assert.JSONEq(t, `"i"`, string(p.Images[0].Extra["alt"]))
	assert.JSONEq(t, `"#fff"`, string(p.OptionGroups[0].Options[0].Extra["hex"]))
	assert.JSONEq(t, `"123"`, string(p.Options[0].Extra["ean"]))

	var c shopkit.Category
	require.NoError(t, json.Unmarshal([]byte(`{"id": 1, "children": [{"id": 2, "icon": "x", "children": [{"id": 3, "icon": "y"}]}]}`), &c))
	assert.JSONEq(t, `"x"`, string(c.Children[0].Extra["icon"]))
	assert.JSONEq(t, `"y"`, string(c.Children[0].Children[0].Extra["icon"]))

	var st shopkit.Store
	require.NoError(t, json.Unmarshal([]byte(`{"payments": {"mbway": {"active": true, "fee": 1}},
		"locations": [{"id": "1", "lat": 2}], "navigation": {"primary": [{"menu_text": "Home", "icon": "h"}], "footer": []},
		"assets": {"logo": "l", "cdn": "c"}, "settings": {"cart": {"guest_checkout": true}, "wholesale": {"min_order": 50}, "beta": true}}`), &st))
	assert.JSONEq(t, `true`, string(st.Settings.Cart.Extra["guest_checkout"]))
	assert.JSONEq(t, `50`, string(st.Settings.Wholesale.Extra["min_order"]))
	assert.JSONEq(t, `1`, string(st.Payments["mbway"].Extra["fee"]))
	assert.JSONEq(t, `2`, string(st.Locations[0].Extra["lat"]))
	assert.JSONEq(t, `"h"`, string(st.Navigation.Primary[0].Extra["icon"]))
	assert.JSONEq(t, `[]`, string(st.Navigation.Extra["footer"]))
	assert.JSONEq(t, `"c"`, string(st.Assets.Extra["cdn"]))
	assert.JSONEq(t, `true`, string(st.Settings.Extra["beta"]))

	var m shopkit.ShippingMethod
	require.NoError(t, json.Unmarshal([]byte(`{"title": "CTT", "eta": "2d"}`), &m))
	assert.JSONEq(t, `"2d"`, string(m.Extra["eta"]))
	var r shopkit.OrderBulkResult
	require.NoError(t, json.Unmarshal([]byte(`{"id": 1, "code": 200, "errors": []}`), &r))
	assert.JSONEq(t, `[]`, string(r.Extra["errors"]))
}

// TestOrderShippingAsNumber (issue 8 item 14): older payloads send
// "shipping": 7.25; the order decodes, the cost lands in Value and the
// value as received in Raw. Other shapes keep Raw and fail nothing.
func TestOrderShippingAsNumber(t *testing.T) {
	cases := map[string]struct {
		value string
		raw   string
	}{
		`7.25`:               {"7.25", `7.25`},
		`"7.25"`:             {"7.25", `"7.25"`},
		`"free"`:             {"0", `"free"`},
		`[1, 2]`:             {"0", `[1, 2]`},
		`{"value": {"x":1}}`: {"0", `{"value": {"x":1}}`},
	}
	for in, want := range cases {
		var o shopkit.Order
		require.NoError(t, json.Unmarshal([]byte(`{"id": 1337, "total": 10, "shipping": `+in+`}`), &o), in)
		assert.Equal(t, int64(1337), o.ID, in)
		assert.Equal(t, "10", o.Total.String(), in)
		assert.Equal(t, want.value, o.Shipping.Value.String(), in)
		assert.JSONEq(t, want.raw, string(o.Shipping.Raw), in)
	}
	var o shopkit.Order
	require.NoError(t, json.Unmarshal([]byte(`{"id": 1, "shipping": null}`), &o))
	assert.Nil(t, o.Shipping.Raw)

	c, _ := newWire(t, 200, []byte(`[{"id": 1337, "shipping": 7.25}]`))
	got, err := c.Orders.Get(context.Background(), 1337)
	require.NoError(t, err, "the order is not lost")
	assert.Equal(t, "7.25", got.Shipping.Value.String())
}

// TestOrderUpdateSendsNoID (issue 8 item 17): PUT /order/{id} carries the
// id in its path only; the bulk update carries each order's id.
func TestOrderUpdateSendsNoID(t *testing.T) {
	c, w := newWire(t, 200, fixture(t, "orders.update"))
	_, err := c.Orders.Update(context.Background(), 1337, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true)})
	require.NoError(t, err)
	r := w.last(t)
	assert.Equal(t, "/v1/order/1337", r.Path)
	assert.JSONEq(t, `{"paid": true}`, string(r.Body))

	c, w = newWire(t, 200, []byte(`[{"code": 200, "message": "OK", "id": 5}]`))
	_, err = c.Orders.UpdateBulk(context.Background(), []shopkit.OrderBulkUpdate{{ID: 5, OrderUpdate: shopkit.OrderUpdate{Note: shopkit.Ptr("n")}}})
	require.NoError(t, err)
	assert.JSONEq(t, `[{"id": 5, "note": "n"}]`, string(w.last(t).Body))
}

// TestOrderDateRanges: each pair of date bounds sends its date_type and
// days; the API's other filters are unchanged.
func TestOrderDateRanges(t *testing.T) {
	c, w := newWire(t, 200, []byte(`[]`))
	for _, tc := range []struct {
		opts  shopkit.OrderListOptions
		query string
	}{
		{shopkit.OrderListOptions{CreatedFrom: ts("2024-03-01T10:00:00Z")}, "date_from=2024-03-01&date_type=created_at"},
		{shopkit.OrderListOptions{UpdatedTo: ts("2024-03-02T23:30:00Z")}, "date_to=2024-03-02&date_type=update_at"},
		{shopkit.OrderListOptions{SentFrom: ts("2024-03-01T00:00:00Z"), SentTo: ts("2024-03-01T00:00:00Z")}, "date_from=2024-03-01&date_to=2024-03-01&date_type=sent_at"},
		{shopkit.OrderListOptions{PaidFrom: time.Date(2024, 3, 1, 23, 0, 0, 0, time.FixedZone("", -3600))}, "date_from=2024-03-01&date_type=paid_at"},
	} {
		_, err := c.Orders.List(context.Background(), &tc.opts)
		require.NoError(t, err)
		assert.Equal(t, tc.query, w.last(t).RawQuery)
	}
}

// TestCategoryNestingIsLinear (issue 8 item 7): nested subcategories decode
// at every depth, with or without values that need the tolerant decoding,
// and the bytes allocated per input byte stay flat from depth 200 to 2000
// (a measure that does not depend on timing; the decoder rebuilt
// each level's subtree for the tolerant pass, so its allocations grew with
// the depth). BenchmarkCategoryNesting shows the CPU time per byte.
func TestCategoryNestingIsLinear(t *testing.T) {
	for _, tolerant := range []bool{false, true} {
		var per [2]float64
		for i, depth := range []int{200, 2000} {
			body := nestedCategory(depth, tolerant)
			var c shopkit.Category
			var ms0, ms1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms0)
			err := json.Unmarshal(body, &c)
			runtime.ReadMemStats(&ms1)
			require.NoError(t, err, "depth %d", depth)
			per[i] = float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(len(body))
			n, deepest := 0, &c.Children
			for len(*deepest) > 0 {
				n++
				require.Equal(t, int64(5), (*deepest)[0].NumProducts.Int64(), "read at depth %d", n)
				deepest = &(*deepest)[0].Children
			}
			assert.Equal(t, depth, n, "every level decoded")
		}
		assert.Less(t, per[1], 2*per[0], "tolerant=%t: bytes allocated per input byte at depth 2000 vs 200: %.0f vs %.0f", tolerant, per[1], per[0])
	}
}

// nestedCategory is a category whose subcategories nest depth levels; with
// tolerant set, each level sends num_products as a string.
func nestedCategory(depth int, tolerant bool) []byte {
	num := `5`
	if tolerant {
		num = `"5"`
	}
	var b strings.Builder
	b.WriteString(`{"id": 1, "title": "root", "children": `)
	for i := range depth {
		fmt.Fprintf(&b, `[{"id": %d, "title": "c%d", "parent": %d, "num_products": %s, "image": [], "children": `, i+2, i, i+1, num)
	}
	b.WriteString(`null`)
	for range depth {
		b.WriteString(`}]`)
	}
	b.WriteString(`}`)
	return []byte(b.String())
}

// BenchmarkCategoryNesting shows the time per byte of nested categories
// staying flat from about 1 KB to 1 MB (issue 8 item 7):
//
//	go test ./shopkit -run '^$' -bench CategoryNesting -benchmem
func BenchmarkCategoryNesting(b *testing.B) {
	for _, depth := range []int{10, 100, 1000, 4000} {
		for _, tolerant := range []bool{false, true} {
			body := nestedCategory(depth, tolerant)
			b.Run(fmt.Sprintf("depth=%d/bytes=%d/tolerant=%t", depth, len(body), tolerant), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				defer reportCPU(b, cpuTime())
				for b.Loop() {
					var c shopkit.Category
					if err := json.Unmarshal(body, &c); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestBadTimestampKeepsTheResource (issue 8 item 15): a timestamp that
// cannot be read (hour 25 appears in the vendor's own docs) leaves that
// Time zero and reports it, and the order, its page and its lookup still
// decode.
func TestBadTimestampKeepsTheResource(t *testing.T) {
	body := `[{"id": 1337, "total": 157.03, "created_at": "2014-11-25T25:00:20+00:00", "paid_at": "2017-05-17T10:45:05+01:00",
		"tags": [{"id": 1, "created_at": "yesterday"}]}]`
	c, _ := newWire(t, 200, []byte(body))
	p, err := c.Orders.List(context.Background(), nil)
	require.NoError(t, err, "one bad timestamp does not fail a page of a sync")
	require.Len(t, p.Items, 1)
	o := p.Items[0]
	assert.Equal(t, "157.03", o.Total.String())
	assert.False(t, o.CreatedAt.Valid())
	assert.True(t, o.CreatedAt.IsZero())
	assert.Equal(t, "2014-11-25T25:00:20+00:00", o.CreatedAt.Raw())
	assert.True(t, o.PaidAt.Valid())
	assert.Equal(t, 2017, o.PaidAt.Year())
	assert.Equal(t, "yesterday", o.Tags[0].CreatedAt.Raw(), "nested models too")

	got, err := c.Orders.Get(context.Background(), 1337)
	require.NoError(t, err)
	assert.False(t, got.CreatedAt.Valid())
}
