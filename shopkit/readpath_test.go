package shopkit_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestObjectKeyedListEnvelope (issue 8 item 13): the envelope older API
// versions send, {"0": {...}, "1": {...}, "paging": null}, decodes to its
// items in numeric order, for lists and lookups alike; it used to decode
// to an empty list and Get then reported a 404.
func TestObjectKeyedListEnvelope(t *testing.T) {
	body := `{"1": {"id": 8, "title": "Cup", "handle": "cup"}, "0": {"id": 7, "title": "Mug", "handle": "mug"}, "10": {"id": 9, "title": "Bowl"}, "paging": null}`
	c, w := newWire(t, 200, []byte(body), "X-Total-Count", "3")
	p, err := c.Products.List(context.Background(), nil)
	require.NoError(t, err)
	require.Len(t, p.Items, 3)
	assert.Equal(t, []int64{7, 8, 9}, []int64{p.Items[0].ID, p.Items[1].ID, p.Items[2].ID}, "numeric order, not text order")
	assert.Equal(t, "Cup", p.Items[1].Title)
	assert.Equal(t, 3, p.Total)

	got, err := c.Products.Get(context.Background(), 8)
	require.NoError(t, err)
	assert.Equal(t, "Cup", got.Title)
	assert.Equal(t, "id=8", w.last(t).RawQuery)
	got, err = c.Products.GetByHandle(context.Background(), "mug")
	require.NoError(t, err)
	assert.Equal(t, int64(7), got.ID)

	t.Run("without paging", func(t *testing.T) {
		c, _ := newWire(t, 200, []byte(`{"0": {"id": 1337, "hash": "x"}, "1": {"id": 1338}}`))
		p, err := c.Orders.List(context.Background(), nil)
		require.NoError(t, err)
		require.Len(t, p.Items, 2)
		assert.Equal(t, int64(1338), p.Items[1].ID)
	})
	t.Run("a type without Extra", func(t *testing.T) {
		c, _ := newWire(t, 200, []byte(`{"0": {"title": "CTT", "price": 3.5}, "paging": null}`))
		m, err := c.Shipping.List(context.Background(), "prt", nil)
		require.NoError(t, err)
		require.Len(t, m, 1)
		assert.Equal(t, "3.5", m[0].Price.String())
	})
	t.Run("a bad item fails the page, naming it", func(t *testing.T) {
		c, _ := newWire(t, 200, []byte(`{"0": {"id": 1}, "1": {"id": {"x": 1}}, "paging": null}`))
		_, err := c.Products.List(context.Background(), nil)
		require.ErrorIs(t, err, shopkit.ErrInvalidResponse)
		assert.Contains(t, err.Error(), `item "1"`)
	})
}

// TestNotAnItem (issue 8 item 9): a 2xx body that is not the resource is
// never a zero item with a nil error: the server's error shape is an
// *APIError carrying its message, anything else a *DecodeError.
func TestNotAnItem(t *testing.T) {
	decodeErrs := []string{`null`, `[]`, `""`, `false`, `{}`, `{"paging": null}`, `[{}]`, `42`, ``}
	for _, body := range decodeErrs {
		c, _ := newWire(t, 200, []byte(body))
		p, err := c.Products.Get(context.Background(), 5)
		assert.Nil(t, p, body)
		require.Error(t, err, body)
		if body == `[]` || body == `null` || body == `{"paging": null}` || body == `` {
			// An empty list: the server knows no such item.
			assert.ErrorIs(t, err, shopkit.ErrNotFound, body)
			continue
		}
		var de *shopkit.DecodeError
		assert.ErrorAs(t, err, &de, body)
	}
	for _, body := range []string{`{"message": "Product not found"}`, `{"error": "Product not found"}`, `{"success": false, "error": "Product not found"}`} {
		c, _ := newWire(t, 200, []byte(body))
		p, err := c.Products.Get(context.Background(), 5)
		assert.Nil(t, p)
		var ae *shopkit.APIError
		require.ErrorAs(t, err, &ae, body)
		assert.Equal(t, "Product not found", ae.Message)
		assert.Equal(t, 200, ae.StatusCode)
	}
	for _, body := range []string{`{}`, `{"message": "Bad request."}`, `[]`} {
		c, _ := newWire(t, 201, []byte(body))
		b, err := c.Brands.Create(context.Background(), &shopkit.BrandCreate{Title: "X"})
		assert.Nil(t, b, body)
		require.Error(t, err, body)
	}
	c, _ := newWire(t, 200, []byte(`{"message": "Unauthorized."}`))
	_, err := c.Orders.List(context.Background(), nil)
	var ae *shopkit.APIError
	require.ErrorAs(t, err, &ae, "an error body is not a one-order page")
	assert.Equal(t, "Unauthorized.", ae.Message)
}

// TestSynthetic404Redacted (issue 8 item 4): the 404 built when an answer
// lacks the asked item names the URL without the base URL's user info or
// key-like query parameters.
func TestSynthetic404Redacted(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`[{"id": 1}, {"id": 2}]`))
	}))
	defer srv.Close()
	bases := []string{
		strings.Replace(srv.URL, "http://", "http://admin:hunter2secret@", 1) + "/v1",
		srv.URL + "/v1?X-API-KEY=" + testKey,
		srv.URL + "/v1?token=hunter2secret",
	}
	used := 0
	for _, base := range bases {
		c, err := shopkit.NewClient(testKey, shopkit.WithBaseURL(base), shopkit.WithoutRateLimit(), shopkit.WithRetry(0))
		if err != nil {
			// Refused outright: the refusal must not echo the secret.
			assert.NotContains(t, err.Error(), testKey)
			assert.NotContains(t, err.Error(), "hunter2secret")
			continue
		}
		used++
		_, err = c.Products.Get(context.Background(), 99)
		require.ErrorIs(t, err, shopkit.ErrNotFound, base)
		var ae *shopkit.APIError
		require.ErrorAs(t, err, &ae)
		for _, s := range []string{err.Error(), ae.URL, fmt.Sprintf("%+v", ae)} {
			assert.NotContains(t, s, "hunter2secret")
			assert.NotContains(t, s, testKey)
			assert.Contains(t, s, "/product")
			assert.Contains(t, s, "id=99")
		}
	}
	c, _ := newWire(t, 200, []byte(`[{"id": 1}, {"id": 2}]`))
	_, err := c.Products.Get(context.Background(), 99)
	var ae *shopkit.APIError
	require.ErrorAs(t, err, &ae)
	assert.True(t, strings.HasSuffix(ae.URL, "/v1/product?id=99"), ae.URL)
	t.Logf("%d of %d secret-carrying base URLs accepted", used, len(bases))
}

// TestGetChecksTheDecodedKey: the key of the asked item is checked on the
// decoded item (ids sent as strings, codes in another case).
func TestGetChecksTheDecodedKey(t *testing.T) {
	c, _ := newWire(t, 200, []byte(`[{"id": "12", "code": "A"}, {"id": "1337", "code": "BaJeVoLp"}]`))
	cp, err := c.Coupons.GetByCode(context.Background(), "bajevolp")
	require.NoError(t, err)
	assert.Equal(t, int64(1337), cp.ID)
	cp, err = c.Coupons.Get(context.Background(), 12)
	require.NoError(t, err)
	assert.Equal(t, "A", cp.Code)
	_, err = c.Coupons.Get(context.Background(), 13)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)
}

// TestListErrorShapes: a list endpoint answering Shopkit's error shape
// with a 2xx is an *APIError, for models with ids and without.
func TestListErrorShapes(t *testing.T) {
	c, _ := newWire(t, 200, []byte(`{"message": "Invalid country."}`))
	_, err := c.Shipping.List(context.Background(), "PRT", nil)
	var ae *shopkit.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "Invalid country.", ae.Message)
	_, err = c.Webhooks.List(context.Background(), nil)
	require.ErrorAs(t, err, &ae)
	_, err = c.ProductOptions.List(context.Background(), 1)
	require.ErrorAs(t, err, &ae)

	c, _ = newWire(t, 200, []byte(`{"title": "CTT", "price": 3}`))
	m, err := c.Shipping.List(context.Background(), "PRT", nil)
	require.NoError(t, err, "a lone method object is still a one-item list")
	assert.Equal(t, "CTT", m[0].Title)
}
