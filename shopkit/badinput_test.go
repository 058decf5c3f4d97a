package shopkit_test

import (
	"bytes"
	"context"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestBadInputNeverSent calls every public method with nil, zero and
// invalid arguments: each returns a *FieldError naming the field, never
// panics, and sends nothing.
func TestBadInputNeverSent(t *testing.T) {
	ctx := context.Background()
	var nilCtx context.Context // a caller's mistake: refused, not a panic
	day := func(s string) *shopkit.Date { return shopkit.Ptr(shopkit.Date{Time: ts(s + "T00:00:00Z")}) }
	okCoupon := func() *shopkit.CouponCreate {
		return &shopkit.CouponCreate{Code: "X", Value: dec("5"), Type: shopkit.CouponMoney, AppliesTo: shopkit.CouponAllOrders}
	}
	type call = func(c *shopkit.Client) error
	ret := func(_ any, err error) error { return err }
	first := func(seq func(yield func(shopkit.Order, error) bool)) error {
		for _, err := range seq {
			return err
		}
		return nil
	}
	cases := []struct {
		name, field string
		call        call
	}{
		// products
		{"Products.List ids", "ids[1]", func(c *shopkit.Client) error {
			return ret(c.Products.List(ctx, &shopkit.ProductListOptions{IDs: []int64{1, 0}}))
		}},
		{"Products.List category", "category", func(c *shopkit.Client) error {
			return ret(c.Products.List(ctx, &shopkit.ProductListOptions{CategoryID: -1}))
		}},
		{"Products.List status", "status[0]", func(c *shopkit.Client) error {
			return ret(c.Products.List(ctx, &shopkit.ProductListOptions{Status: []shopkit.ProductStatus{5}}))
		}},
		{"Products.List status_alias", "status_alias[0]", func(c *shopkit.Client) error {
			return ret(c.Products.List(ctx, &shopkit.ProductListOptions{StatusAlias: []string{"deleted"}}))
		}},
		{"Products.List limit 0..", "limit", func(c *shopkit.Client) error {
			return ret(c.Products.List(ctx, &shopkit.ProductListOptions{ListOptions: shopkit.ListOptions{Limit: 51}}))
		}},
		{"Products.All status", "status[0]", func(c *shopkit.Client) error {
			for _, err := range c.Products.All(ctx, &shopkit.ProductListOptions{Status: []shopkit.ProductStatus{-1}}) {
				return err
			}
			return nil
		}},
		{"Products.Get 0", "id", func(c *shopkit.Client) error { return ret(c.Products.Get(ctx, 0)) }},
		{"Products.Get negative", "id", func(c *shopkit.Client) error { return ret(c.Products.Get(ctx, -1)) }},
		{"Products.GetByHandle empty", "handle", func(c *shopkit.Client) error { return ret(c.Products.GetByHandle(ctx, "")) }},
		{"Products.Create nil", "body", func(c *shopkit.Client) error { return ret(c.Products.Create(ctx, nil)) }},
		{"Products.Create zero", "title", func(c *shopkit.Client) error { return ret(c.Products.Create(ctx, &shopkit.ProductCreate{})) }},
		{"Products.Create category id", "categories[0]", func(c *shopkit.Client) error {
			return ret(c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(dec("9")), CategoryIDs: []int64{-3}}))
		}},
		{"Products.Create negative price", "price", func(c *shopkit.Client) error {
			return ret(c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(dec("-1")), CategoryIDs: []int64{1}}))
		}},
		{"Products.Create promo not lower", "price_promo", func(c *shopkit.Client) error {
			return ret(c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(dec("9")), CategoryIDs: []int64{1},
				ProductFields: shopkit.ProductFields{PricePromo: shopkit.Ptr(dec("9.00"))}}))
		}},
		{"Products.Create images", "images", func(c *shopkit.Client) error {
			return ret(c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(dec("9")), CategoryIDs: []int64{1},
				ProductFields: shopkit.ProductFields{Images: make([]string, 11)}}))
		}},
		{"Products.Update nil", "body", func(c *shopkit.Client) error { return ret(c.Products.Update(ctx, 1, nil)) }},
		{"Products.Update id", "id", func(c *shopkit.Client) error { return ret(c.Products.Update(ctx, 0, &shopkit.ProductUpdate{})) }},
		{"Products.Update empty title", "title", func(c *shopkit.Client) error {
			return ret(c.Products.Update(ctx, 1, &shopkit.ProductUpdate{Title: shopkit.Ptr("")}))
		}},
		{"Products.Update status", "status", func(c *shopkit.Client) error {
			return ret(c.Products.Update(ctx, 1, &shopkit.ProductUpdate{ProductFields: shopkit.ProductFields{Status: shopkit.Ptr(shopkit.ProductStatus(5))}}))
		}},
		{"Products.Update brand", "brand", func(c *shopkit.Client) error {
			return ret(c.Products.Update(ctx, 1, &shopkit.ProductUpdate{ProductFields: shopkit.ProductFields{BrandID: shopkit.Ptr(int64(0))}}))
		}},
		{"Products.Update weight", "weight", func(c *shopkit.Client) error {
			return ret(c.Products.Update(ctx, 1, &shopkit.ProductUpdate{ProductFields: shopkit.ProductFields{Weight: shopkit.Ptr(-1)}}))
		}},
		{"Products.Delete", "id", func(c *shopkit.Client) error { return c.Products.Delete(ctx, -7) }},

		{"Products.All nil context", "context", func(c *shopkit.Client) error {
			for _, err := range c.Products.All(nilCtx, nil) {
				return err
			}
			return nil
		}},
		{"Orders.All nil context", "context", func(c *shopkit.Client) error { return first(c.Orders.All(nilCtx, nil)) }},
		{"Store.Get nil context", "context", func(c *shopkit.Client) error { return ret(c.Store.Get(nilCtx)) }},

		// option groups and options
		{"ProductOptionGroups.List", "id", func(c *shopkit.Client) error { return ret(c.ProductOptionGroups.List(ctx, 0)) }},
		{"ProductOptionGroups.Get", "id_option_group", func(c *shopkit.Client) error { return ret(c.ProductOptionGroups.Get(ctx, 1, -1)) }},
		{"ProductOptionGroups.Create nil", "body", func(c *shopkit.Client) error {
			return ret(c.ProductOptionGroups.Create(ctx, 1, nil))
		}},
		{"ProductOptionGroups.Create product", "id", func(c *shopkit.Client) error {
			return ret(c.ProductOptionGroups.Create(ctx, 0, &shopkit.OptionGroupInput{Title: "Size", Options: []string{"S"}}))
		}},
		{"ProductOptionGroups.Create empty value", "options[1]", func(c *shopkit.Client) error {
			return ret(c.ProductOptionGroups.Create(ctx, 1, &shopkit.OptionGroupInput{Title: "Size", Options: []string{"S", ""}}))
		}},
		{"ProductOptionGroups.Update zero", "title", func(c *shopkit.Client) error {
			return ret(c.ProductOptionGroups.Update(ctx, 1, 2, &shopkit.OptionGroupInput{}))
		}},
		{"ProductOptionGroups.Update group", "id_option_group", func(c *shopkit.Client) error {
			return ret(c.ProductOptionGroups.Update(ctx, 1, 0, &shopkit.OptionGroupInput{Title: "Size", Options: []string{"S"}}))
		}},
		{"ProductOptionGroups.Delete", "id", func(c *shopkit.Client) error { return c.ProductOptionGroups.Delete(ctx, 0, 1) }},
		{"ProductOptions.List", "id", func(c *shopkit.Client) error { return ret(c.ProductOptions.List(ctx, -1)) }},
		{"ProductOptions.Get", "id_option", func(c *shopkit.Client) error { return ret(c.ProductOptions.Get(ctx, 1, 0)) }},
		{"ProductOptions.Update nil", "body", func(c *shopkit.Client) error { return ret(c.ProductOptions.Update(ctx, 1, 2, nil)) }},
		{"ProductOptions.Update id", "id_option", func(c *shopkit.Client) error {
			return ret(c.ProductOptions.Update(ctx, 1, 0, &shopkit.ProductOptionUpdate{}))
		}},
		{"ProductOptions.Update promo", "price_promo", func(c *shopkit.Client) error {
			return ret(c.ProductOptions.Update(ctx, 1, 2, &shopkit.ProductOptionUpdate{Price: shopkit.Ptr(dec("5")), PricePromo: shopkit.Ptr(dec("6"))}))
		}},
		{"ProductOptions.Update weight", "weight", func(c *shopkit.Client) error {
			return ret(c.ProductOptions.Update(ctx, 1, 2, &shopkit.ProductOptionUpdate{Weight: shopkit.Ptr(-5)}))
		}},
		{"ProductOptions.Delete", "id_option", func(c *shopkit.Client) error { return c.ProductOptions.Delete(ctx, 1, -2) }},

		// categories and brands
		{"Categories.List page", "page", func(c *shopkit.Client) error {
			return ret(c.Categories.List(ctx, &shopkit.CategoryListOptions{ListOptions: shopkit.ListOptions{Page: -1}}))
		}},
		{"Categories.Get", "id", func(c *shopkit.Client) error { return ret(c.Categories.Get(ctx, 0)) }},
		{"Categories.GetByHandle", "handle", func(c *shopkit.Client) error { return ret(c.Categories.GetByHandle(ctx, "")) }},
		{"Categories.Create zero", "title", func(c *shopkit.Client) error { return ret(c.Categories.Create(ctx, &shopkit.CategoryCreate{})) }},
		{"Categories.Update nil", "body", func(c *shopkit.Client) error { return ret(c.Categories.Update(ctx, 1, nil)) }},
		{"Categories.Update id", "id", func(c *shopkit.Client) error { return ret(c.Categories.Update(ctx, 0, &shopkit.CategoryUpdate{})) }},
		{"Categories.Update empty title", "title", func(c *shopkit.Client) error {
			return ret(c.Categories.Update(ctx, 1, &shopkit.CategoryUpdate{Title: shopkit.Ptr("")}))
		}},
		{"Categories.Delete", "id", func(c *shopkit.Client) error { return c.Categories.Delete(ctx, 0) }},
		{"Brands.List limit", "limit", func(c *shopkit.Client) error {
			return ret(c.Brands.List(ctx, &shopkit.BrandListOptions{ListOptions: shopkit.ListOptions{Limit: -1}}))
		}},
		{"Brands.Get", "id", func(c *shopkit.Client) error { return ret(c.Brands.Get(ctx, -1)) }},
		{"Brands.GetByHandle", "handle", func(c *shopkit.Client) error { return ret(c.Brands.GetByHandle(ctx, "")) }},
		{"Brands.Create nil", "body", func(c *shopkit.Client) error { return ret(c.Brands.Create(ctx, nil)) }},
		{"Brands.Update nil", "body", func(c *shopkit.Client) error { return ret(c.Brands.Update(ctx, 1, nil)) }},
		// issue 9 item 9: an update that sets nothing is refused, not sent as PUT {}
		{"Brands.Update empty", "body", func(c *shopkit.Client) error { return ret(c.Brands.Update(ctx, 1, &shopkit.BrandUpdate{})) }},
		{"Categories.Update empty", "body", func(c *shopkit.Client) error {
			return ret(c.Categories.Update(ctx, 1, &shopkit.CategoryUpdate{}))
		}},
		{"Products.Update empty", "body", func(c *shopkit.Client) error { return ret(c.Products.Update(ctx, 1, &shopkit.ProductUpdate{})) }},
		{"Products.Update empty slices", "body", func(c *shopkit.Client) error {
			return ret(c.Products.Update(ctx, 1, &shopkit.ProductUpdate{CategoryIDs: []int64{}, ProductFields: shopkit.ProductFields{Tags: []string{}}}))
		}},
		{"ProductOptions.Update empty", "body", func(c *shopkit.Client) error {
			return ret(c.ProductOptions.Update(ctx, 1, 2, &shopkit.ProductOptionUpdate{}))
		}},
		{"Brands.Update empty title", "title", func(c *shopkit.Client) error {
			return ret(c.Brands.Update(ctx, 1, &shopkit.BrandUpdate{Title: shopkit.Ptr("")}))
		}},
		{"Brands.Delete", "id", func(c *shopkit.Client) error { return c.Brands.Delete(ctx, 0) }},

		// orders
		{"Orders.List ids", "ids[0]", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{IDs: []int64{-1}}))
		}},
		{"Orders.List status", "status[1]", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{Status: []int{3, 12}}))
		}},
		{"Orders.List status_alias", "status_alias[0]", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []shopkit.OrderStatus{"shipped"}}))
		}},
		{"Orders.List empty status_alias", "status_alias[1]", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []shopkit.OrderStatus{"sent", ""}}))
		}},
		{"Orders.List date_filter", "date_filter", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{DateFilter: "last_year"}))
		}},
		{"Orders.List two date ranges", "updated_from", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{CreatedFrom: ts("2024-01-01T00:00:00Z"), UpdatedFrom: ts("2024-01-01T00:00:00Z")}))
		}},
		{"Orders.List reversed dates", "created_to", func(c *shopkit.Client) error {
			return ret(c.Orders.List(ctx, &shopkit.OrderListOptions{CreatedFrom: ts("2024-02-01T00:00:00Z"), CreatedTo: ts("2024-01-31T23:00:00Z")}))
		}},
		{"Orders.All reversed paid dates", "paid_to", func(c *shopkit.Client) error {
			return first(c.Orders.All(ctx, &shopkit.OrderListOptions{PaidFrom: ts("2024-02-01T00:00:00Z"), PaidTo: ts("2024-01-01T00:00:00Z")}))
		}},
		{"Orders.Get", "id", func(c *shopkit.Client) error { return ret(c.Orders.Get(ctx, 0)) }},
		{"Orders.Update nil", "body", func(c *shopkit.Client) error { return ret(c.Orders.Update(ctx, 1, nil)) }},
		{"Orders.Update id", "id", func(c *shopkit.Client) error {
			return ret(c.Orders.Update(ctx, -1, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true)}))
		}},
		{"Orders.Update empty", "body", func(c *shopkit.Client) error { return ret(c.Orders.Update(ctx, 1, &shopkit.OrderUpdate{})) }},
		{"Orders.Update status_alias", "status_alias", func(c *shopkit.Client) error {
			return ret(c.Orders.Update(ctx, 1, &shopkit.OrderUpdate{StatusAlias: shopkit.Ptr(shopkit.OrderAll)}))
		}},
		{"Orders.Update tracking_carrier", "tracking_carrier", func(c *shopkit.Client) error {
			return ret(c.Orders.Update(ctx, 1, &shopkit.OrderUpdate{TrackingCarrier: shopkit.Ptr(shopkit.TrackingCarrier("pigeon"))}))
		}},
		{"Orders.Update status", "status", func(c *shopkit.Client) error {
			return ret(c.Orders.Update(ctx, 1, &shopkit.OrderUpdate{Status: shopkit.Ptr(0)}))
		}},
		{"Orders.UpdateBulk empty", "body", func(c *shopkit.Client) error { return ret(c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{})) }},
		{"Orders.UpdateBulk negative id", "[0].id", func(c *shopkit.Client) error {
			return ret(c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{{ID: -1}}))
		}},
		{"Orders.UpdateBulk status_alias", "[0].status_alias", func(c *shopkit.Client) error {
			return ret(c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{{ID: 1, OrderUpdate: shopkit.OrderUpdate{StatusAlias: shopkit.Ptr(shopkit.OrderAll)}}}))
		}},
		{"Orders.UpdateBulk nothing to update", "[1]", func(c *shopkit.Client) error {
			return ret(c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{{ID: 1, OrderUpdate: shopkit.OrderUpdate{Paid: shopkit.Ptr(true)}}, {ID: 2}}))
		}},
		{"Orders.Delete", "id", func(c *shopkit.Client) error { return c.Orders.Delete(ctx, 0) }},

		// shipping
		{"Shipping.List zero", "country_code", func(c *shopkit.Client) error { return ret(c.Shipping.List(ctx, "", &shopkit.ShippingOptions{})) }},
		{"Shipping.List code", "country_code", func(c *shopkit.Client) error {
			return ret(c.Shipping.List(ctx, "p1t", nil))
		}},
		{"Shipping.List weight", "weight", func(c *shopkit.Client) error {
			return ret(c.Shipping.List(ctx, "prt", &shopkit.ShippingOptions{Weight: -1}))
		}},
		{"Shipping.List value", "value", func(c *shopkit.Client) error {
			return ret(c.Shipping.List(ctx, "prt", &shopkit.ShippingOptions{Value: shopkit.Ptr(dec("-0.01"))}))
		}},

		// coupons
		{"Coupons.Get", "id", func(c *shopkit.Client) error { return ret(c.Coupons.Get(ctx, 0)) }},
		{"Coupons.GetByCode", "code", func(c *shopkit.Client) error { return ret(c.Coupons.GetByCode(ctx, "")) }},
		{"Coupons.Create nil", "body", func(c *shopkit.Client) error { return ret(c.Coupons.Create(ctx, nil)) }},
		{"Coupons.Create zero", "code", func(c *shopkit.Client) error { return ret(c.Coupons.Create(ctx, &shopkit.CouponCreate{})) }},
		{"Coupons.Create limit", "limit", func(c *shopkit.Client) error {
			in := okCoupon()
			in.Limit = -1
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Create negative value", "value", func(c *shopkit.Client) error {
			in := okCoupon()
			in.Value = dec("-5")
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Create applies_to", "applies_to", func(c *shopkit.Client) error {
			in := okCoupon()
			in.AppliesTo = "manufacturer"
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Create category", "category", func(c *shopkit.Client) error {
			in := okCoupon()
			in.AppliesTo = shopkit.CouponCategory
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Create orders_over", "orders_over", func(c *shopkit.Client) error {
			in := okCoupon()
			in.AppliesTo, in.OrdersOver = shopkit.CouponOrdersOver, shopkit.Ptr(dec("-1"))
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Create reversed dates", "date_to", func(c *shopkit.Client) error {
			in := okCoupon()
			in.DateFrom, in.DateTo = day("2025-06-01"), day("2025-05-31")
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Create zero date", "date_to", func(c *shopkit.Client) error {
			in := okCoupon()
			in.DateTo = &shopkit.Date{}
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Coupons.Delete", "id", func(c *shopkit.Client) error { return c.Coupons.Delete(ctx, -1) }},

		// webhooks
		{"Webhooks.List event", "event", func(c *shopkit.Client) error {
			return ret(c.Webhooks.List(ctx, &shopkit.WebhookListOptions{Event: "order_exploded"}))
		}},
		{"Webhooks.Get", "id", func(c *shopkit.Client) error { return ret(c.Webhooks.Get(ctx, 0)) }},
		{"Webhooks.Create nil", "body", func(c *shopkit.Client) error { return ret(c.Webhooks.Create(ctx, nil)) }},
		{"Webhooks.Create relative url", "url", func(c *shopkit.Client) error {
			return ret(c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "/hooks", Event: shopkit.EventOrderPaid}))
		}},
		{"Webhooks.Create url without host", "url", func(c *shopkit.Client) error {
			return ret(c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "https://", Event: shopkit.EventOrderPaid}))
		}},
		{"Webhooks.Create event", "event", func(c *shopkit.Client) error {
			return ret(c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "https://example.com/h", Event: "order_exploded"}))
		}},
		{"Webhooks.Delete", "id", func(c *shopkit.Client) error { return c.Webhooks.Delete(ctx, 0) }},

		// media
		{"Media.List type", "type", func(c *shopkit.Client) error {
			return ret(c.Media.List(ctx, &shopkit.MediaListOptions{Type: "video"}))
		}},
		{"Media.All limit", "limit", func(c *shopkit.Client) error {
			for _, err := range c.Media.All(ctx, &shopkit.MediaListOptions{ListOptions: shopkit.ListOptions{Limit: 51}}) {
				return err
			}
			return nil
		}},
		{"Media.Get", "id", func(c *shopkit.Client) error { return ret(c.Media.Get(ctx, 0)) }},
		{"Media.GetByChecksum", "checksum", func(c *shopkit.Client) error { return ret(c.Media.GetByChecksum(ctx, "")) }},
		{"Media.Create nil", "body", func(c *shopkit.Client) error { return c.Media.Create(ctx, nil) }},
		{"Media.UploadURL empty", "url", func(c *shopkit.Client) error { return c.Media.UploadURL(ctx, "") }},
		{"Media.UploadURL ftp", "url", func(c *shopkit.Client) error { return c.Media.UploadURL(ctx, "ftp://x/y.jpg") }},
		{"Media.UploadFile nil", "file", func(c *shopkit.Client) error { return c.Media.UploadFile(ctx, nil) }},
		{"Media.UploadFile empty", "file", func(c *shopkit.Client) error { return c.Media.UploadFile(ctx, bytes.NewReader(nil)) }},
		{"Media.Delete", "id", func(c *shopkit.Client) error { return c.Media.Delete(ctx, 0) }},
		{"Media.DeleteByChecksum", "checksum", func(c *shopkit.Client) error { return c.Media.DeleteByChecksum(ctx, "") }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assertRefused(t, tc.field, tc.call) })
	}
}

// TestNilOptionsAreDefaults checks that nil option structs mean "no filter":
// the request goes out with no query.
func TestNilOptionsAreDefaults(t *testing.T) {
	ctx := context.Background()
	cases := map[string]func(c *shopkit.Client) error{
		"/v1/product":  func(c *shopkit.Client) error { _, err := c.Products.List(ctx, nil); return err },
		"/v1/category": func(c *shopkit.Client) error { _, err := c.Categories.List(ctx, nil); return err },
		"/v1/brand":    func(c *shopkit.Client) error { _, err := c.Brands.List(ctx, nil); return err },
		"/v1/order":    func(c *shopkit.Client) error { _, err := c.Orders.List(ctx, nil); return err },
		"/v1/media/":   func(c *shopkit.Client) error { _, err := c.Media.List(ctx, nil); return err },
		"/v1/webhook/": func(c *shopkit.Client) error { _, err := c.Webhooks.List(ctx, nil); return err },
	}
	for path, call := range cases {
		t.Run(path, func(t *testing.T) {
			c, w := newWire(t, 200, []byte(`[]`))
			require.NoError(t, call(c))
			r := w.last(t)
			assert.Equal(t, path, r.Path)
			assert.Empty(t, r.RawQuery)
		})
	}
}

// TestParseWebhookBadInput checks the webhook helpers on nil and malformed
// input: errors, no panic.
func TestParseWebhookBadInput(t *testing.T) {
	_, err := shopkit.ParseWebhook(nil, shopkit.WithoutWebhookVerification())
	assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
	r := httptest.NewRequest("POST", "/hooks", nil)
	r.Body = nil
	_, err = shopkit.ParseWebhook(r, shopkit.WithoutWebhookVerification())
	assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
	for _, body := range []string{"", "null", "[]", "{", `"x"`} {
		_, err := shopkit.DecodeWebhook(shopkit.EventOrderPaid, []byte(body))
		assert.ErrorIs(t, err, shopkit.ErrInvalidInput, "body %q", body)
	}
	_, err = shopkit.DecodeWebhook("", []byte(`{"id": 1}`))
	assert.ErrorIs(t, err, shopkit.ErrUnknownEvent)
}
