package shopkit_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

func TestNewClient(t *testing.T) {
	c, err := shopkit.NewClient(testKey)
	require.NoError(t, err)
	assert.Equal(t, "https://api.shopk.it/v1", c.BaseURL())
	require.NotNil(t, c.RateLimiter())
	n, per := c.RateLimiter().(*shopkit.RateLimiter).Quota()
	assert.Equal(t, 3600, n)
	assert.Equal(t, "1h0m0s", per.String())
	for _, s := range []any{c.Store, c.Products, c.ProductOptionGroups, c.ProductOptions, c.Categories, c.Brands, c.Orders, c.Shipping, c.Coupons, c.Webhooks, c.Media} {
		assert.NotNil(t, s)
	}

	for _, key := range []string{"", " abc", "abc def", "abc\r\nX-Evil: 1", "abc\x00", "abc\x7f", "clé"} {
		_, err := shopkit.NewClient(key)
		var fe *shopkit.FieldError
		require.ErrorAs(t, err, &fe, "key %q", key)
		assert.Equal(t, "apiKey", fe.Field)
		assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
	}
	_, err = shopkit.NewClient(testKey, shopkit.WithBaseURL("ftp://example.com"))
	var fe *shopkit.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "base URL", fe.Field)
}

func TestAPIErrorsReachSentinels(t *testing.T) {
	cases := []struct {
		status   int
		body     string
		sentinel error
		message  string
	}{
		{400, `{"message": "Bad request."}`, shopkit.ErrBadRequest, "Bad request."},
		{401, `{"message": "Unauthorized"}`, shopkit.ErrUnauthorized, "Unauthorized"},
		{404, `{"message": "Not found."}`, shopkit.ErrNotFound, "Not found."},
		{409, `{"message": "Already exists."}`, shopkit.ErrConflict, "Already exists."},
		{413, `{"message": "Content Too Large"}`, shopkit.ErrTooLarge, "Content Too Large"},
	}
	for _, tc := range cases {
		t.Run(tc.message, func(t *testing.T) {
			c, w := newWire(t, tc.status, []byte(tc.body))
			_, err := c.Orders.UpdateBulk(context.Background(), []shopkit.OrderBulkUpdate{{ID: 1337, OrderUpdate: shopkit.OrderUpdate{Paid: shopkit.Ptr(true)}}})
			require.ErrorIs(t, err, tc.sentinel)
			var ae *shopkit.APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.status, ae.StatusCode)
			assert.Equal(t, tc.message, ae.Message)
			assert.Equal(t, "shopkit", ae.Platform)
			assert.NotContains(t, err.Error(), testKey)
			assert.Len(t, w.requests(), 1, "client errors are not retried")
		})
	}
	t.Run("400 is also a validation error", func(t *testing.T) {
		c, _ := newWire(t, 400, []byte(`{"message": "Bad request."}`))
		_, err := c.Categories.Create(context.Background(), &shopkit.CategoryCreate{Title: "x"})
		assert.ErrorIs(t, err, shopkit.ErrValidation)
	})
	t.Run("an empty lookup result is a 404", func(t *testing.T) {
		c, _ := newWire(t, 200, []byte(`[]`))
		_, err := c.Coupons.GetByCode(context.Background(), "nope")
		assert.ErrorIs(t, err, shopkit.ErrNotFound)
	})
	t.Run("an undecodable answer is ErrInvalidResponse", func(t *testing.T) {
		c, _ := newWire(t, 200, []byte(`{"id": "not a number"`))
		_, err := c.Store.Get(context.Background())
		assert.ErrorIs(t, err, shopkit.ErrInvalidResponse)
	})
}

// TestValidation checks that input the docs say the server refuses is
// rejected before sending, with a FieldError naming the field.
func TestValidation(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		field string
		call  func(c *shopkit.Client) error
	}{
		{"limit", func(c *shopkit.Client) error {
			_, err := c.Products.List(ctx, &shopkit.ProductListOptions{ListOptions: shopkit.ListOptions{Limit: 51}})
			return err
		}},
		{"limit", func(c *shopkit.Client) error {
			_, err := c.Orders.List(ctx, &shopkit.OrderListOptions{ListOptions: shopkit.ListOptions{Limit: -1}})
			return err
		}},
		{"limit", func(c *shopkit.Client) error {
			for _, err := range c.Media.All(ctx, &shopkit.MediaListOptions{ListOptions: shopkit.ListOptions{Limit: 100}}) {
				return err
			}
			return nil
		}},
		{"page", func(c *shopkit.Client) error {
			_, err := c.Brands.List(ctx, &shopkit.BrandListOptions{ListOptions: shopkit.ListOptions{Page: -2}})
			return err
		}},
		{"title", func(c *shopkit.Client) error {
			_, err := c.Products.Create(ctx, &shopkit.ProductCreate{Price: shopkit.Ptr(dec("1")), CategoryIDs: []int64{1}})
			return err
		}},
		{"price", func(c *shopkit.Client) error {
			_, err := c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", CategoryIDs: []int64{1}})
			return err
		}},
		{"categories", func(c *shopkit.Client) error {
			_, err := c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(dec("9.90"))})
			return err
		}},
		{"status", func(c *shopkit.Client) error {
			_, err := c.Products.Update(ctx, 1, &shopkit.ProductUpdate{ProductFields: shopkit.ProductFields{Status: shopkit.Ptr(shopkit.ProductStatus(0))}})
			return err
		}},
		{"id", func(c *shopkit.Client) error { return c.Products.Delete(ctx, 0) }},
		{"id", func(c *shopkit.Client) error { _, err := c.Products.Get(ctx, -5); return err }},
		{"handle", func(c *shopkit.Client) error { _, err := c.Categories.GetByHandle(ctx, ""); return err }},
		{"id_option_group", func(c *shopkit.Client) error { return c.ProductOptionGroups.Delete(ctx, 1, 0) }},
		{"options", func(c *shopkit.Client) error {
			_, err := c.ProductOptionGroups.Create(ctx, 1, &shopkit.OptionGroupInput{Title: "Size"})
			return err
		}},
		{"title", func(c *shopkit.Client) error { _, err := c.Brands.Create(ctx, &shopkit.BrandCreate{}); return err }},
		{"body", func(c *shopkit.Client) error { _, err := c.Brands.Create(ctx, nil); return err }},
		{"body", func(c *shopkit.Client) error { _, err := c.Categories.Create(ctx, nil); return err }},
		{"body", func(c *shopkit.Client) error { _, err := c.Orders.UpdateBulk(ctx, nil); return err }},
		{"body", func(c *shopkit.Client) error {
			_, err := c.Orders.UpdateBulk(ctx, make([]shopkit.OrderBulkUpdate, 51))
			return err
		}},
		{"[1].id", func(c *shopkit.Client) error {
			_, err := c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{{ID: 1, OrderUpdate: shopkit.OrderUpdate{Note: shopkit.Ptr("x")}}, {OrderUpdate: shopkit.OrderUpdate{Paid: shopkit.Ptr(true)}}})
			return err
		}},
		{"status", func(c *shopkit.Client) error {
			_, err := c.Orders.Update(ctx, 1, &shopkit.OrderUpdate{Status: shopkit.Ptr(12)})
			return err
		}},
		{"status_alias", func(c *shopkit.Client) error {
			_, err := c.Orders.Update(ctx, 1, &shopkit.OrderUpdate{StatusAlias: shopkit.Ptr(shopkit.OrderStatus("shipped"))})
			return err
		}},
		{"[0].tracking_carrier", func(c *shopkit.Client) error {
			_, err := c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{{ID: 1, OrderUpdate: shopkit.OrderUpdate{TrackingCarrier: shopkit.Ptr(shopkit.TrackingCarrier("dhl"))}}})
			return err
		}},
		{"country_code", func(c *shopkit.Client) error { _, err := c.Shipping.List(ctx, "", nil); return err }},
		{"country_code", func(c *shopkit.Client) error {
			_, err := c.Shipping.List(ctx, "PT", nil)
			return err
		}},
		{"code", func(c *shopkit.Client) error {
			_, err := c.Coupons.Create(ctx, &shopkit.CouponCreate{Value: dec("5"), Type: "money", AppliesTo: "all_orders"})
			return err
		}},
		{"value", func(c *shopkit.Client) error {
			_, err := c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "X", Type: "money", AppliesTo: "all_orders"})
			return err
		}},
		{"type", func(c *shopkit.Client) error {
			_, err := c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "X", Value: dec("5"), Type: "free", AppliesTo: "all_orders"})
			return err
		}},
		{"orders_over", func(c *shopkit.Client) error {
			_, err := c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "X", Value: dec("5"), Type: "money", AppliesTo: "orders_over"})
			return err
		}},
		{"product", func(c *shopkit.Client) error {
			_, err := c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "X", Value: dec("5"), Type: "money", AppliesTo: "product"})
			return err
		}},
		{"url", func(c *shopkit.Client) error {
			_, err := c.Webhooks.Create(ctx, &shopkit.WebhookCreate{Event: shopkit.EventOrderPaid})
			return err
		}},
		{"event", func(c *shopkit.Client) error {
			_, err := c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "https://example.com/h"})
			return err
		}},
		{"url", func(c *shopkit.Client) error { return c.Media.Create(ctx, &shopkit.MediaCreate{}) }},
		{"url", func(c *shopkit.Client) error { return c.Media.UploadURL(ctx, "not a url") }},
		{"file", func(c *shopkit.Client) error {
			return c.Media.Create(ctx, &shopkit.MediaCreate{URL: "https://x/y.jpg", File: []byte("x")})
		}},
		{"checksum", func(c *shopkit.Client) error { return c.Media.DeleteByChecksum(ctx, "../../store") }},
		{"checksum", func(c *shopkit.Client) error { _, err := c.Media.GetByChecksum(ctx, "abc"); return err }},
	}
	for _, tc := range cases {
		t.Run(tc.field, func(t *testing.T) { assertRefused(t, tc.field, tc.call) })
	}
}

func TestCouponCategoryIDOrHandle(t *testing.T) {
	c, w := newWire(t, 201, fixture(t, "coupons.create"))
	_, err := c.Coupons.Create(context.Background(), &shopkit.CouponCreate{Code: "A", Value: dec("2.5"), Type: shopkit.CouponMoney,
		AppliesTo: shopkit.CouponCategory, Category: "1337", DateTo: shopkit.Ptr(shopkit.Date{Time: ts("2025-12-31T00:00:00Z")})})
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"A","limit":0,"value":2.5,"type":"money","applies_to":"category","category":1337,"date_to":"2025-12-31"}`, string(w.last(t).Body))

	_, err = c.Coupons.Create(context.Background(), &shopkit.CouponCreate{Code: "B", Value: dec("10"), Type: shopkit.CouponPercent,
		AppliesTo: shopkit.CouponProduct, Product: "rustic-spice-bowl-set"})
	require.NoError(t, err)
	assert.Contains(t, string(w.last(t).Body), `"product":"rustic-spice-bowl-set"`)

	// A handle made of digits with a leading zero is not a JSON number.
	_, err = c.Coupons.Create(context.Background(), &shopkit.CouponCreate{Code: "C", Value: dec("10"), Type: shopkit.CouponPercent,
		AppliesTo: shopkit.CouponProduct, Product: "007"})
	require.NoError(t, err)
	assert.Contains(t, string(w.last(t).Body), `"product":"007"`)
}

// TestIDOrHandleDecodesWhatItEncodes: a CouponCreate saved as JSON decodes
// again, the id sent as a number included.
func TestIDOrHandleDecodesWhatItEncodes(t *testing.T) {
	in := shopkit.CouponCreate{Code: "A", Value: dec("2.5"), Category: "1337", Product: "007"}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var out shopkit.CouponCreate
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	var v shopkit.IDOrHandle
	require.NoError(t, json.Unmarshal([]byte(`42`), &v))
	assert.Equal(t, shopkit.IDOrHandle("42"), v)
	for _, bad := range []string{`-1`, `1.5`, `true`, `{}`} {
		assert.Error(t, json.Unmarshal([]byte(bad), &v), bad)
	}
}

func TestSecretsStayOut(t *testing.T) {
	c, _ := newWire(t, 401, []byte(`{"message": "Invalid key `+testKey+`"}`))
	_, err := c.Store.Get(context.Background())
	require.ErrorIs(t, err, shopkit.ErrUnauthorized)
	assert.NotContains(t, err.Error(), testKey)
	var ae *shopkit.APIError
	require.True(t, errors.As(err, &ae))
	assert.False(t, strings.Contains(ae.Message, testKey))
}

func TestKeyNeverLogged(t *testing.T) {
	var logs strings.Builder
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	_, w := newWire(t, 503, []byte(`{"message": "down"}`))
	c2, err := shopkit.NewClient(testKey, shopkit.WithBaseURL(w.srv.URL), shopkit.WithLogger(logger), shopkit.WithoutRateLimit(),
		shopkit.WithRetry(1), shopkit.WithRetryWait(time.Millisecond, time.Millisecond))
	require.NoError(t, err)
	_, err = c2.Store.Get(context.Background())
	require.ErrorIs(t, err, shopkit.ErrServer)
	assert.Len(t, w.requests(), 2, "a GET answered 503 is retried")
	assert.Contains(t, logs.String(), "path=/store")
	assert.NotContains(t, logs.String(), testKey)
	assert.NotContains(t, err.Error(), testKey)
}
