package shopkit_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// TestFakeProductLifecycle runs a create, get, list, update, delete cycle
// against the fake, paging through All across several pages.
func TestFakeProductLifecycle(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	cat, err := c.Categories.Create(ctx, &shopkit.CategoryCreate{Title: "Mugs", TaxonomyFields: shopkit.TaxonomyFields{Active: shopkit.Ptr(true)}})
	require.NoError(t, err)
	assert.Equal(t, "mugs", cat.Handle)

	var ids []int64
	for i := 0; i < 7; i++ {
		p, err := c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug " + string(rune('A'+i)), Price: shopkit.Ptr(dec("9.90")), CategoryIDs: []int64{cat.ID}})
		require.NoError(t, err)
		assert.Equal(t, "9.90", p.Price.String())
		assert.Equal(t, "9,90 €", p.PriceFormatted)
		assert.Equal(t, "Mugs", p.Categories[0].Title)
		ids = append(ids, p.ID)
	}

	got, err := c.Products.Get(ctx, ids[2])
	require.NoError(t, err)
	assert.Equal(t, "Mug C", got.Title)
	byHandle, err := c.Products.GetByHandle(ctx, "mug-c")
	require.NoError(t, err)
	assert.Equal(t, ids[2], byHandle.ID)

	page, err := c.Products.List(ctx, &shopkit.ProductListOptions{CategoryID: cat.ID, ListOptions: shopkit.ListOptions{Limit: 3}})
	require.NoError(t, err)
	assert.Equal(t, 7, page.Total)
	assert.Equal(t, 3, page.Pages)
	assert.Len(t, page.Items, 3)

	before := len(srv.Requests())
	var seen []int64
	for p, err := range c.Products.All(ctx, &shopkit.ProductListOptions{CategoryID: cat.ID, ListOptions: shopkit.ListOptions{Limit: 3}}) {
		require.NoError(t, err)
		seen = append(seen, p.ID)
	}
	assert.Equal(t, ids, seen)
	assert.Equal(t, 3, len(srv.Requests())-before, "three pages of 3, 3 and 1")

	upd, err := c.Products.Update(ctx, ids[0], &shopkit.ProductUpdate{Price: shopkit.Ptr(dec("12.00")), ProductFields: shopkit.ProductFields{Featured: shopkit.Ptr(true), Status: shopkit.Ptr(shopkit.ProductStatusHidden)}})
	require.NoError(t, err)
	assert.Equal(t, "12.00", upd.Price.String())
	assert.True(t, upd.Featured)
	assert.Equal(t, "hidden", upd.StatusAlias)
	assert.Equal(t, "Mug A", upd.Title, "a partial update keeps the rest")

	featured, err := c.Products.List(ctx, &shopkit.ProductListOptions{Featured: shopkit.Ptr(true)})
	require.NoError(t, err)
	require.Len(t, featured.Items, 1)
	assert.Equal(t, ids[0], featured.Items[0].ID)

	require.NoError(t, c.Products.Delete(ctx, ids[0]))
	_, err = c.Products.Get(ctx, ids[0])
	assert.ErrorIs(t, err, shopkit.ErrNotFound)
	assert.ErrorIs(t, c.Products.Delete(ctx, ids[0]), shopkit.ErrNotFound)
}

func TestFakeSeedAndSubresources(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	st, err := c.Store.Get(ctx)
	require.NoError(t, err)
	checkStore(t, st)
	p, err := c.Products.Get(ctx, shopkittest.SeedProductID)
	require.NoError(t, err)
	checkProductGET(t, p)
	o, err := c.Orders.Get(ctx, shopkittest.SeedOrderID)
	require.NoError(t, err)
	checkOrder(t, o)

	groups, err := c.ProductOptionGroups.Create(ctx, shopkittest.SeedProductID, &shopkit.OptionGroupInput{Title: "Finish", Options: []string{"Matte", "Glossy"}})
	require.NoError(t, err)
	require.Len(t, groups, 3)
	g := groups[2]
	assert.Equal(t, "Finish", g.Title)
	groups, err = c.ProductOptionGroups.Update(ctx, shopkittest.SeedProductID, g.ID, &shopkit.OptionGroupInput{Title: "Finish", Options: []string{"Matte", "Satin"}})
	require.NoError(t, err)
	assert.Equal(t, g.Options[0].ID, groups[2].Options[0].ID, "kept values keep their ids")
	assert.Equal(t, "Satin", groups[2].Options[1].Title)
	one, err := c.ProductOptionGroups.Get(ctx, shopkittest.SeedProductID, g.ID)
	require.NoError(t, err)
	assert.Equal(t, "Finish", one.Title)
	require.NoError(t, c.ProductOptionGroups.Delete(ctx, shopkittest.SeedProductID, g.ID))
	_, err = c.ProductOptionGroups.Get(ctx, shopkittest.SeedProductID, g.ID)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	opt, err := c.ProductOptions.Update(ctx, shopkittest.SeedProductID, 363364, &shopkit.ProductOptionUpdate{Stock: shopkit.Ptr(3), Price: shopkit.Ptr(dec("41.50"))})
	require.NoError(t, err)
	assert.Equal(t, shopkit.Int(3), opt.Stock)
	assert.Equal(t, "41,50 €", opt.PriceFormatted)
	require.NoError(t, c.ProductOptions.Delete(ctx, shopkittest.SeedProductID, 363364))
	opts, err := c.ProductOptions.List(ctx, shopkittest.SeedProductID)
	require.NoError(t, err)
	assert.Len(t, opts, 3)
	_, err = c.ProductOptions.List(ctx, 999)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)
}

func TestFakeOrdersCouponsWebhooksMedia(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	res, err := c.Orders.UpdateBulk(ctx, []shopkit.OrderBulkUpdate{{ID: 1337, OrderUpdate: shopkit.OrderUpdate{StatusAlias: shopkit.Ptr(shopkit.OrderDelivered)}}, {ID: 7331, OrderUpdate: shopkit.OrderUpdate{Paid: shopkit.Ptr(true)}}})
	require.NoError(t, err)
	assert.Equal(t, []shopkit.OrderBulkResult{{Code: 200, Message: "OK", ID: 1337}, {Code: 404, Message: "Not found", ID: 7331}}, res)
	o, err := c.Orders.Update(ctx, 1337, &shopkit.OrderUpdate{TrackingCode: shopkit.Ptr("RR123PT"), Note: shopkit.Ptr("fragile")})
	require.NoError(t, err)
	assert.Equal(t, shopkit.OrderDelivered, o.StatusAlias)
	assert.Equal(t, 8, o.Status)
	assert.Equal(t, "RR123PT", o.TrackingCode)
	assert.False(t, o.TrackingCreatedAt.IsZero())
	delivered, err := c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []shopkit.OrderStatus{shopkit.OrderDelivered}})
	require.NoError(t, err)
	assert.Equal(t, 1, delivered.Total)

	ship, err := c.Shipping.List(ctx, "PRT", nil)
	require.NoError(t, err)
	assert.Len(t, ship, 2)
	_, err = c.Shipping.List(ctx, "ESP", nil)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	cp, err := c.Coupons.GetByCode(ctx, shopkittest.SeedCouponCode)
	require.NoError(t, err)
	checkCoupon(t, cp)
	_, err = c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "bajevolp", Limit: 1, Value: dec("5"), Type: shopkit.CouponMoney, AppliesTo: shopkit.CouponAllOrders})
	require.ErrorIs(t, err, shopkit.ErrConflict)
	var ae *shopkit.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "Already exists.", ae.Message)
	nc, err := c.Coupons.Create(ctx, &shopkit.CouponCreate{Code: "SUMMER", Limit: 0, Value: dec("7.5"), Type: shopkit.CouponMoney, AppliesTo: shopkit.CouponOrdersOver, OrdersOver: shopkit.Ptr(dec("50"))})
	require.NoError(t, err)
	assert.Equal(t, "7.5", nc.Value.String())
	require.NoError(t, c.Coupons.Delete(ctx, nc.ID))
	_, err = c.Coupons.Get(ctx, nc.ID)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	wh, err := c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "https://example.com/h?event=order_paid", Event: shopkit.EventOrderPaid})
	require.NoError(t, err)
	assert.True(t, wh.Active)
	_, err = c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: "https://example.com/h?event=order_paid", Event: shopkit.EventOrderPaid})
	assert.ErrorIs(t, err, shopkit.ErrConflict)
	list, err := c.Webhooks.List(ctx, &shopkit.WebhookListOptions{Event: shopkit.EventOrderPaid})
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, wh.ID, list[0].ID)
	require.NoError(t, c.Webhooks.Delete(ctx, wh.ID))
	_, err = c.Webhooks.Get(ctx, wh.ID)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	content := []byte("\x89PNG\r\n\x1a\n-not-really-an-image")
	require.NoError(t, c.Media.UploadFile(ctx, bytes.NewReader(content)))
	sum := md5.Sum(content)
	m, err := c.Media.GetByChecksum(ctx, hex.EncodeToString(sum[:]))
	require.NoError(t, err, "the upload is found by the md5 of its content")
	assert.Equal(t, "image/png", m.FileType)
	require.NoError(t, c.Media.UploadURL(ctx, "https://example.com/pics/cup.jpg"))
	images, err := c.Media.List(ctx, &shopkit.MediaListOptions{Type: "image", Query: "cup"})
	require.NoError(t, err)
	require.Len(t, images.Items, 1)
	assert.Equal(t, "cup.jpg", images.Items[0].FileName)
	require.NoError(t, c.Media.DeleteByChecksum(ctx, m.Checksum))
	require.NoError(t, c.Media.Delete(ctx, images.Items[0].ID))
	all, err := c.Media.List(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, all.Total, "only the seed's file is left")
}

func TestFakeAuthAndErrors(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	ctx := context.Background()

	bad, err := shopkit.NewClient("wrong-key", shopkit.WithBaseURL(srv.URL), shopkit.WithoutRateLimit())
	require.NoError(t, err)
	_, err = bad.Store.Get(ctx)
	require.ErrorIs(t, err, shopkit.ErrUnauthorized)
	assert.NotContains(t, err.Error(), "wrong-key")

	c := srv.Client()
	_, err = c.Categories.Get(ctx, 999999)
	require.ErrorIs(t, err, shopkit.ErrNotFound)
	var ae *shopkit.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "Not found.", ae.Message)

	// The fake refuses what the real API refuses, for clients that skip checks.
	rec, _ := srv.LastRequest()
	assert.Equal(t, shopkittest.APIKey, rec.Header.Get(shopkit.APIKeyHeader))
	resp, err := http.Get(srv.URL + "/product?limit=51&X-API-KEY=" + shopkittest.APIKey)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)

	big := make([]shopkit.OrderBulkUpdate, 50)
	for i := range big {
		big[i] = shopkit.OrderBulkUpdate{ID: int64(i + 1), OrderUpdate: shopkit.OrderUpdate{Note: shopkit.Ptr("x")}}
	}
	_, err = c.Orders.UpdateBulk(ctx, big)
	require.NoError(t, err, "50 is allowed")
}

func TestFakeFaults(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	t.Run("a GET retried through a 503 burst", func(t *testing.T) {
		srv.SetFaults(shopkittest.Faults{FailFirst: 2})
		st, err := c.Store.Get(ctx)
		require.NoError(t, err)
		assert.Equal(t, "parallax", st.Username)
		assert.Equal(t, 3, srv.Count())
	})
	t.Run("a POST answered 503 is sent once", func(t *testing.T) {
		srv.SetFaults(shopkittest.Faults{FailFirst: 1})
		_, err := c.Brands.Create(ctx, &shopkit.BrandCreate{Title: "Once"})
		require.ErrorIs(t, err, shopkit.ErrServer)
		assert.Equal(t, 1, srv.Count())
	})
	t.Run("a POST refused with 429 is retried", func(t *testing.T) {
		srv.SetFaults(shopkittest.Faults{RateLimitEvery: 2, RetryAfter: 1})
		_, err := c.Store.Get(ctx) // request 1 passes
		require.NoError(t, err)
		_, err = c.Brands.Create(ctx, &shopkit.BrandCreate{Title: "Twice"}) // 2 is refused, 3 passes
		require.NoError(t, err)
		assert.Equal(t, 3, srv.Count())
	})
	t.Run("a truncated body is ErrInvalidResponse", func(t *testing.T) {
		srv.SetFaults(shopkittest.Faults{TruncateEvery: 1})
		_, err := c.Orders.Get(ctx, shopkittest.SeedOrderID)
		var re *shopkit.RequestError
		assert.True(t, errors.Is(err, shopkit.ErrInvalidResponse) || errors.As(err, &re), "got %v", err)
		srv.SetFaults(shopkittest.Faults{})
	})
}
