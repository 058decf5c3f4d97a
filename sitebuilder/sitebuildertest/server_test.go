package sitebuildertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"
	"time"

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

func TestCommonFakeSurface(t *testing.T) {
	ctx := context.Background()
	srv := NewServer(Empty(), WithFaults(Faults{FailFirst: 1}))
	defer srv.Close()
	for _, name := range srv.Resources() {
		assert.Zero(t, srv.Len(name), name)
	}
	assert.Len(t, srv.Resources(), 10)

	// The first request meets the injected 503, the retry gets through.
	c := srv.Client()
	page, err := c.Contacts.List(ctx, nil)
	require.NoError(t, err)
	assert.Empty(t, page.Items)
	assert.Equal(t, 0, page.Total)
	reqs := srv.Requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, "/api/site/contacts", reqs[1].Path)
	assert.Equal(t, "Bearer "+APIKey, reqs[1].Header.Get("Authorization"))

	require.NoError(t, srv.Load("contacts", []byte(`[{"id": 7, "email": "ann@example.org", "createdOn": 1573251649}, {"email": "bo@example.org"}]`)))
	contacts := srv.Contacts()
	require.Len(t, contacts, 2)
	assert.Equal(t, int64(7), contacts[0].ID)
	assert.Equal(t, int64(8), contacts[1].ID, "the next id")
	got, err := c.Contacts.GetByEmail(ctx, "ann@example.org")
	require.NoError(t, err)
	assert.Equal(t, int64(7), got.ID)
	last, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "ann@example.org", last.Query.Get("email"))

	_, err = c.Members.Create(ctx, &sitebuilder.MemberCreate{Name: "Bo", Email: "bo@example.org"})
	require.NoError(t, err)
	require.Len(t, srv.Members(), 1)
	assert.Equal(t, "Bo", srv.Members()[0].Name)

	assert.ErrorContains(t, srv.Load("coupons", []byte(`[]`)), "unknown resource")
	assert.Error(t, srv.Load("orders", []byte(`{"id": 1}`)))
	assert.Error(t, srv.Load("orders", []byte(`[null]`)))
	assert.Empty(t, srv.Orders())

	// SetFaults replaces the faults: none now.
	srv.SetFaults(Faults{})
	_, err = c.Contacts.Get(ctx, 7)
	require.NoError(t, err)
}

func TestReadBackAccessorsSeeTheSeed(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	assert.Len(t, srv.Members(), 1)
	assert.Len(t, srv.MemberGroups(), 1)
	assert.Len(t, srv.Products(), 1)
	assert.Len(t, srv.Categories(), 1)
	assert.Len(t, srv.FormSubmissions(), 1)
	assert.Len(t, srv.Bookings(), 1)
	assert.Len(t, srv.SubscriberLists(), 1)
	assert.Len(t, srv.Webhooks(), 1)
	assert.Equal(t, "Interior Door", srv.Products()[0].Title)
}

// A session expires on the fake's clock: no test needs to wait 15 minutes.
func TestClockDrivesSessions(t *testing.T) {
	ctx := context.Background()
	now := time.Unix(1700000000, 0)
	srv := NewServer(WithClock(func() time.Time { return now }))
	defer srv.Close()
	c := srv.Client()
	sess, err := c.Members.StartSession(ctx, &sitebuilder.MemberSessionCreate{Email: "john@doe.com"})
	require.NoError(t, err)
	assert.Equal(t, now.Unix(), sess.CreatedAt.Unix())
	assert.Equal(t, now.Add(SessionTTL).Unix(), sess.ExpiresAt.Unix())

	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	open := func() int {
		resp, err := noFollow.Get(string(sess.AccessURL))
		require.NoError(t, err)
		resp.Body.Close()
		return resp.StatusCode
	}
	assert.Equal(t, http.StatusFound, open())
	now = now.Add(SessionTTL + time.Second)
	assert.NotEqual(t, http.StatusFound, open(), "expired on the fake clock")

	l, err := c.SubscriberLists.Create(ctx, &sitebuilder.SubscriberListCreate{Name: "News"})
	require.NoError(t, err)
	assert.Equal(t, now.Unix(), l.Created.Unix())
}

// Every Server method is the fake's own, so go doc shows it: nothing is
// promoted from an embedded internal type.
func TestServerEmbedsNothing(t *testing.T) {
	typ := reflect.TypeOf(Server{})
	for i := 0; i < typ.NumField(); i++ {
		assert.False(t, typ.Field(i).Anonymous, typ.Field(i).Name)
	}
	for _, m := range []string{"Close", "BaseURL", "Client", "SetFaults", "Requests", "LastRequest", "Load", "Deliver", "Orders", "Contacts"} {
		_, ok := reflect.TypeOf(&Server{}).MethodByName(m)
		assert.True(t, ok, m)
	}
}
