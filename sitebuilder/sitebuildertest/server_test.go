package sitebuildertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

func TestSeedIsLoaded(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	for name, n := range map[string]int{
		"contacts": srv.contacts.Len(), "members": srv.members.Len(), "groups": srv.groups.Len(),
		"products": srv.products.Len(), "categories": srv.categories.Len(), "orders": srv.orders.Len(),
		"forms": srv.forms.Len(), "bookings": srv.bookings.Len(), "lists": srv.lists.Len(), "webhooks": srv.webhooks.Len(),
	} {
		assert.Equal(t, 1, n, name)
	}
	orders := srv.Orders()
	require.Len(t, orders, 1)
	assert.Equal(t, sitebuilder.OrderStatusCompleted, orders[0].Status)
	assert.Equal(t, "john@doe.com", srv.Contacts()[0].Email)
}

func TestDeliverReportsFailures(t *testing.T) {
	ctx := context.Background()
	srv := NewServer()
	defer srv.Close()

	// Only the seed's webhook, which has no target: nothing to deliver.
	n, err := srv.Deliver(ctx, sitebuilder.EventOrderCreated, map[string]any{"id": 1})
	require.NoError(t, err)
	assert.Zero(t, n)

	var gotUA, gotCT string
	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotCT = r.UserAgent(), r.Header.Get("Content-Type")
	}))
	defer ok.Close()
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	c := srv.Client()
	for _, target := range []string{ok.URL, down.URL} {
		_, err := c.Webhooks.Create(ctx, &sitebuilder.WebhookCreate{Target: target, Events: []sitebuilder.EventType{sitebuilder.EventBookingCreated}})
		require.NoError(t, err)
	}
	n, err = srv.Deliver(ctx, sitebuilder.EventBookingCreated, map[string]any{"id": 2})
	assert.Equal(t, 1, n)
	require.Error(t, err)
	ds := srv.Deliveries()
	require.Len(t, ds, 2)
	assert.Equal(t, http.StatusOK, ds[0].Status)
	assert.NoError(t, ds[0].Err)
	assert.Equal(t, 0, ds[1].Status)
	assert.Error(t, ds[1].Err)
	assert.JSONEq(t, `{"id": 2}`, string(ds[0].Payload))
	assert.Equal(t, "application/json", gotCT)
	assert.NotEmpty(t, gotUA)
}

func TestHelpersRefuseBadInput(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	ctx := context.Background()
	_, err := srv.AddOrder(ctx, nil)
	assert.Error(t, err)
	_, err = srv.AddBooking(ctx, nil)
	assert.Error(t, err)
	assert.Error(t, srv.SubmitForm(ctx, "Contact", "", nil))
	assert.Error(t, srv.SubmitForm(ctx, "Contact", "not-an-email", nil))
	_, err = srv.Deliver(ctx, "order_deleted", map[string]any{"id": 1})
	assert.ErrorIs(t, err, sitebuilder.ErrUnknownEvent)
	assert.Len(t, srv.Orders(), 1, "nothing was added")
	assert.Len(t, srv.Contacts(), 1, "nothing was added")
	assert.Equal(t, 1, srv.bookings.Len())
	assert.Equal(t, 1, srv.forms.Len())
	assert.Empty(t, srv.Deliveries())
}
