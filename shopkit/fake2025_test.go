package shopkit_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// TestFake2025 drives every endpoint of Shopkit's 2025 public docs through
// the fake, end to end.
func TestFake2025(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	// Product search.
	p, err := c.Products.Search(ctx, "spice", &shopkit.ProductSearchOptions{Fields: []string{"title"}})
	require.NoError(t, err)
	require.Len(t, p.Items, 2, "the two seed products titled Rustic Spice Bowl Set")
	for _, it := range p.Items {
		assert.Contains(t, it.Title, "Spice")
	}
	p, err = c.Products.Search(ctx, "spice", &shopkit.ProductSearchOptions{Fields: []string{"barcode"}})
	require.NoError(t, err)
	assert.Empty(t, p.Items)

	// Invoices: once, then 409; bulk reports per order.
	inv, err := c.Orders.IssueInvoice(ctx, shopkittest.SeedOrderID)
	require.NoError(t, err)
	assert.Equal(t, "The invoice was issued successfully", inv.Message)
	_, err = c.Orders.IssueInvoice(ctx, shopkittest.SeedOrderID)
	assert.ErrorIs(t, err, shopkit.ErrConflict)
	_, err = c.Orders.IssueInvoice(ctx, 999)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)
	res, err := c.Orders.IssueInvoiceBulk(ctx, []int64{shopkittest.SeedOrderID, 999})
	require.NoError(t, err)
	require.Len(t, res, 2)
	assert.Equal(t, 409, res[0].Code)
	assert.Equal(t, 404, res[1].Code)
	assert.False(t, res[1].OK())

	// Clients: list, get by id and hash, create, update, delete.
	cl, err := c.Clients.List(ctx, &shopkit.ClientListOptions{Registered: shopkit.Ptr(false)})
	require.NoError(t, err)
	require.Len(t, cl.Items, 1)
	assert.Equal(t, int64(1416357859), cl.Items[0].CreatedAt.Unix())
	got, err := c.Clients.GetByHash(ctx, shopkittest.SeedClientHash)
	require.NoError(t, err)
	assert.Equal(t, int64(shopkittest.SeedClientID), got.ID)
	made, err := c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "Ana", Email: "ana+shop@example.pt", Password: shopkit.Ptr(shopkit.Secret("s3cret!"))})
	require.NoError(t, err)
	assert.True(t, bool(made.IsRegistered))
	assert.NotZero(t, made.CreatedAt.Unix())
	_, err = c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "Ana", Email: "ana+shop@example.pt"})
	assert.ErrorIs(t, err, shopkit.ErrConflict)
	up, err := c.Clients.Update(ctx, made.ID, &shopkit.ClientUpdate{Company: shopkit.Ptr("Ana Lda")})
	require.NoError(t, err)
	require.NotNil(t, up.Company)
	assert.Equal(t, "Ana Lda", *up.Company)
	again, err := c.Clients.Get(ctx, made.ID)
	require.NoError(t, err)
	assert.Equal(t, "Ana Lda", *again.Company)
	require.NoError(t, c.Clients.Delete(ctx, made.ID))
	_, err = c.Clients.Get(ctx, made.ID)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	// Shipments and carriers.
	sh, err := c.Shipments.List(ctx, &shopkit.ShipmentListOptions{TrackingCode: shopkittest.SeedTrackingCode})
	require.NoError(t, err)
	require.Len(t, sh.Items, 1)
	assert.Equal(t, shopkit.Int(1337), sh.Items[0].OrderID)
	sh, err = c.Shipments.List(ctx, &shopkit.ShipmentListOptions{TrackingCode: "nope"})
	require.NoError(t, err)
	assert.Empty(t, sh.Items)
	cs, err := c.Shipments.Carriers(ctx)
	require.NoError(t, err)
	assert.Len(t, cs, 16)

	// Coupon update.
	cp, err := c.Coupons.Update(ctx, shopkittest.SeedCouponID, &shopkit.CouponUpdate{Limit: shopkit.Ptr(10), AppliesTo: shopkit.Ptr(shopkit.CouponTag), Tag: "summer"})
	require.NoError(t, err)
	assert.Equal(t, shopkit.Int(10), cp.Limit)
	assert.Equal(t, shopkit.CouponTag, cp.AppliesTo)
	_, err = c.Coupons.Update(ctx, 4242, &shopkit.CouponUpdate{Limit: shopkit.Ptr(1)})
	assert.ErrorIs(t, err, shopkit.ErrNotFound)

	// Stats.
	st, err := c.Stats.Get(ctx, shopkit.StatsResume, nil)
	require.NoError(t, err)
	assert.Equal(t, shopkit.Int(12), st.Sessions)

	// What reached the wire for the contested routes.
	var seen []string
	for _, r := range srv.Requests() {
		seen = append(seen, r.Method+" "+r.Path)
	}
	assert.Contains(t, seen, "POST /order/1337/invoice")
	assert.Contains(t, seen, "PUT /client/"+strconv.FormatInt(made.ID, 10))
	assert.Contains(t, seen, "PUT /coupon/1337")
	assert.Contains(t, seen, "GET /stats")
}
