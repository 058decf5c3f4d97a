package shopkit_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestNoVerbPrintsTheKey (issue 8 item 3): every fmt verb of a *Client, a
// Client and each service prints the base URL, never the key.
func TestNoVerbPrintsTheKey(t *testing.T) {
	const planted = "PLANTEDkey0123456789abcdef"
	c, err := shopkit.NewClient(planted)
	require.NoError(t, err)
	values := map[string]any{"*Client": c, "Client": *c, "Store": c.Store, "Products": c.Products,
		"ProductOptionGroups": c.ProductOptionGroups, "ProductOptions": c.ProductOptions, "Categories": c.Categories,
		"Brands": c.Brands, "Orders": c.Orders, "Shipping": c.Shipping, "Coupons": c.Coupons, "Webhooks": c.Webhooks,
		"Media": c.Media, "[]any{c}": []any{c}, "struct{C *Client}": struct{ C *shopkit.Client }{c}}
	hexKey := fmt.Sprintf("%x", planted)
	for name, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%t", "%d"} {
			out := fmt.Sprintf(verb, v)
			assert.NotContains(t, out, planted, "%s %s", name, verb)
			assert.NotContains(t, strings.ToLower(out), hexKey, "%s %s", name, verb)
		}
	}
	assert.Equal(t, "shopkit.Client{base: https://api.shopk.it/v1}", fmt.Sprint(c))
	assert.Equal(t, "shopkit.ProductsService{base: https://api.shopk.it/v1}", fmt.Sprintf("%+v", c.Products))
}

// TestZeroClient: a Client not built by NewClient, or a nil service,
// returns an error naming NewClient instead of panicking.
func TestZeroClient(t *testing.T) {
	ctx := context.Background()
	var c shopkit.Client
	require.NotPanics(t, func() {
		assert.Equal(t, "", c.BaseURL())
		assert.Nil(t, c.RateLimiter())
		_, err := c.Do(ctx, &shopkit.Request{Path: "/store"}, nil)
		assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
		assert.ErrorContains(t, err, "NewClient")
		_, err = c.Products.Get(ctx, 1)
		assert.ErrorContains(t, err, "NewClient")
		_, err = c.Orders.List(ctx, nil)
		assert.ErrorContains(t, err, "NewClient")
		for _, err := range c.Orders.All(ctx, nil) {
			assert.ErrorContains(t, err, "NewClient")
		}
		_, err = c.Store.Get(ctx)
		assert.ErrorContains(t, err, "NewClient")
		_, err = c.Shipping.List(ctx, "PRT", nil)
		assert.ErrorContains(t, err, "NewClient")
		assert.ErrorContains(t, c.Webhooks.Delete(ctx, 1), "NewClient")
		_, err = c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "X", Value: dec("1"), Type: "money", AppliesTo: "all_orders"})
		assert.ErrorContains(t, err, "NewClient")
		assert.Equal(t, "shopkit.Client{base: }", fmt.Sprint(c))
		assert.Equal(t, "shopkit.MediaService(nil)", fmt.Sprint(c.Media))
	})
}

// TestDo: a raw call goes through the client's key and error decoding.
func TestDo(t *testing.T) {
	c, w := newWire(t, 200, []byte(`[{"id": 1, "title": "Mug"}]`), "X-Total-Count", "1")
	var hits []shopkit.Product
	resp, err := c.Do(context.Background(), &shopkit.Request{Path: "/product/search", Query: url.Values{"query": {"mug"}}}, &hits)
	require.NoError(t, err)
	require.Len(t, hits, 1)
	assert.Equal(t, "Mug", hits[0].Title)
	assert.Equal(t, "1", resp.Header.Get("X-Total-Count"))
	r := w.last(t)
	assert.Equal(t, "GET", r.Method)
	assert.Equal(t, "/v1/product/search", r.Path)
	assert.Equal(t, "query=mug", r.RawQuery)
	assert.Equal(t, testKey, r.Header.Get(shopkit.APIKeyHeader))

	c, _ = newWire(t, 404, []byte(`{"message": "Not found."}`))
	_, err = c.Do(context.Background(), &shopkit.Request{Path: "/stats/resume"}, nil)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)
}
