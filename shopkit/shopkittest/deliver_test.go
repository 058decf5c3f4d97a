package shopkittest_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// receiver is a webhook endpoint built on shopkit.WebhookHandler: it
// records what verified and decoded.
type receiver struct {
	mu     sync.Mutex
	events []*shopkit.Event
	srv    *httptest.Server
}

func newReceiver(t *testing.T, secret string) *receiver {
	rc := &receiver{}
	rc.srv = httptest.NewServer(shopkit.WebhookHandler(func(_ context.Context, e *shopkit.Event) error {
		rc.mu.Lock()
		defer rc.mu.Unlock()
		rc.events = append(rc.events, e)
		return nil
	}, shopkit.WithWebhookSecret(secret)))
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *receiver) types() []shopkit.EventType {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	var out []shopkit.EventType
	for _, e := range rc.events {
		out = append(out, e.Type)
	}
	return out
}

// TestDeliveriesOnChanges: changes made through the API are delivered to
// the webhooks registered for them, signed so that shopkit verifies them.
func TestDeliveriesOnChanges(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	rc := newReceiver(t, shopkittest.ClientSecret)
	for _, e := range []shopkit.EventType{shopkit.EventOrderUpdated, shopkit.EventOrderPaid, shopkit.EventOrderChangeStatus,
		shopkit.EventOrderDelivered, shopkit.EventProductCreated, shopkit.EventProductDeleted} {
		_, err := c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: rc.srv.URL + "/hooks", Event: e})
		require.NoError(t, err)
	}

	require.NoError(t, srv.Load("orders", []byte(`[{"id": 5, "paid": false, "status": 2, "status_alias": "processing", "total": 9.5}]`)))
	_, err := c.Orders.Update(ctx, 5, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.Ptr(shopkit.OrderDelivered)})
	require.NoError(t, err)
	assert.Equal(t, []shopkit.EventType{shopkit.EventOrderUpdated, shopkit.EventOrderPaid, shopkit.EventOrderChangeStatus, shopkit.EventOrderDelivered}, rc.types())
	rc.mu.Lock()
	e := rc.events[0]
	rc.mu.Unlock()
	require.NotNil(t, e.Order)
	assert.Equal(t, int64(5), e.Order.ID)
	assert.True(t, e.Order.Paid, "the order as changed")
	assert.Equal(t, "api", e.Origin)

	p, err := c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(shopkit.MustDecimal("9.90")), CategoryIDs: []int64{shopkittest.SeedCategoryID}})
	require.NoError(t, err)
	require.NoError(t, c.Products.Delete(ctx, p.ID))
	types := rc.types()
	assert.Equal(t, []shopkit.EventType{shopkit.EventProductCreated, shopkit.EventProductDeleted}, types[len(types)-2:])

	for _, d := range srv.Deliveries() {
		if d.URL == rc.srv.URL+"/hooks" {
			assert.NoError(t, d.Err)
			assert.Equal(t, http.StatusOK, d.StatusCode)
			assert.NotEmpty(t, d.Header.Get("X-Webhook-Signature"))
		}
	}

	srv.SetAutoDeliver(false)
	_, err = c.Orders.Update(ctx, 5, &shopkit.OrderUpdate{Note: shopkit.Ptr("x")})
	require.NoError(t, err)
	assert.Len(t, rc.types(), len(types), "auto delivery off")
}

// TestDeliver: Deliver signs with the client secret; a receiver that
// expects another secret refuses the delivery; unknown events and
// non-loopback targets are errors, with nothing sent off the machine.
func TestDeliver(t *testing.T) {
	srv := shopkittest.NewServer(shopkittest.WithClientSecret("s3cret-of-this-app"))
	defer srv.Close()
	ctx := context.Background()
	good := newReceiver(t, "s3cret-of-this-app")
	bad := newReceiver(t, shopkittest.ClientSecret)
	c := srv.Client()
	for _, u := range []string{good.srv.URL, bad.srv.URL} {
		_, err := c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: u, Event: shopkit.EventClientCreated})
		require.NoError(t, err)
	}
	n, err := srv.Deliver(ctx, shopkit.EventClientCreated, map[string]any{"name": "Ana", "email": "ana@example.com", "hash": "h1"})
	assert.Equal(t, 1, n)
	require.Error(t, err, "the receiver with the wrong secret answered 401")
	assert.Contains(t, err.Error(), "401")
	good.mu.Lock()
	require.Len(t, good.events, 1)
	ev := good.events[0]
	good.mu.Unlock()
	assert.Equal(t, "ana@example.com", ev.Client.Email)
	assert.Equal(t, "h1", ev.Client.Hash)
	assert.Equal(t, "backoffice", ev.Origin)
	assert.Empty(t, bad.types())

	_, err = srv.Deliver(ctx, "stock_low", []byte(`{}`))
	assert.ErrorIs(t, err, shopkit.ErrUnknownEvent)

	// The seed's webhook points at www.example.com: never contacted.
	n, err = srv.Deliver(ctx, shopkit.EventOrderCreated, json.RawMessage(`{"id": 1}`))
	assert.Equal(t, 0, n)
	assert.ErrorContains(t, err, "loopback")
}

// TestSurface: the common fake surface (BaseURL, Empty, read-back).
func TestSurface(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	assert.Equal(t, srv.URL, srv.BaseURL())
	p, ok := srv.Product(shopkittest.SeedProductID)
	require.True(t, ok)
	assert.Equal(t, "Rustic Spice Bowl Set", p.Title)
	o, ok := srv.Order(shopkittest.SeedOrderID)
	require.True(t, ok)
	assert.Equal(t, "157.03", o.Total.String())
	_, ok = srv.Category(shopkittest.SeedCategoryID)
	assert.True(t, ok)
	require.Len(t, srv.Webhooks(), 1)
	assert.Equal(t, shopkit.EventOrderCreated, srv.Webhooks()[0].Event)

	c := srv.Client()
	_, err := c.Orders.Update(context.Background(), shopkittest.SeedOrderID, &shopkit.OrderUpdate{Note: shopkit.Ptr("gift")})
	require.NoError(t, err)
	o, _ = srv.Order(shopkittest.SeedOrderID)
	assert.Equal(t, "gift", o.Note, "read back what the client changed")
	r, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "PUT", r.Method)
	var _ shopkittest.Request = r

	srv.Empty()
	for _, res := range []string{"products", "categories", "brands", "orders", "coupons", "webhooks", "media"} {
		assert.Zero(t, srv.Len(res), res)
	}
	_, err = c.Products.Get(context.Background(), shopkittest.SeedProductID)
	assert.ErrorIs(t, err, shopkit.ErrNotFound)
}

// TestDeliveriesOnClientChanges: client create, update and delete through
// the API deliver client_created, client_updated and client_deleted, and
// an issued invoice order_invoiced (Shopkit's 2025 events).
func TestDeliveriesOnClientChanges(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	rc := newReceiver(t, shopkittest.ClientSecret)
	for _, e := range []shopkit.EventType{shopkit.EventClientCreated, shopkit.EventClientUpdated, shopkit.EventClientDeleted, shopkit.EventOrderInvoiced} {
		_, err := c.Webhooks.Create(ctx, &shopkit.WebhookCreate{URL: rc.srv.URL + "/hooks", Event: e})
		require.NoError(t, err)
	}
	made, err := c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "Ána", Email: "ana@example.pt"})
	require.NoError(t, err)
	assert.Equal(t, "Á", made.Initials, "a rune, not a byte")
	_, err = c.Clients.Update(ctx, made.ID, &shopkit.ClientUpdate{Company: shopkit.Ptr("Lda")})
	require.NoError(t, err)
	require.NoError(t, c.Clients.DeleteByHash(ctx, made.Hash))
	_, err = c.Orders.IssueInvoice(ctx, shopkittest.SeedOrderID)
	require.NoError(t, err)
	assert.Equal(t, []shopkit.EventType{shopkit.EventClientCreated, shopkit.EventClientUpdated, shopkit.EventClientDeleted, shopkit.EventOrderInvoiced}, rc.types())
	rc.mu.Lock()
	e := rc.events[0]
	rc.mu.Unlock()
	require.NotNil(t, e.Client)
	assert.Equal(t, "ana@example.pt", e.Client.Email)
}
