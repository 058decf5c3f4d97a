package sitebuilder_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// fakeNow is the fakes' clock: no test reads the system time.
var fakeNow = time.Unix(1700000000, 0)

func newFake(t *testing.T) (*sitebuildertest.Server, *sitebuilder.Client) {
	t.Helper()
	srv := sitebuildertest.NewServer(sitebuildertest.WithClock(func() time.Time { return fakeNow }))
	t.Cleanup(srv.Close)
	return srv, srv.Client()
}

func TestFakeContactsCycle(t *testing.T) {
	ctx := context.Background()
	_, c := newFake(t)

	created, err := c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Name: "Ann Lee", Email: "ann@example.org", Tags: []string{"vip"}, Subscribed: sitebuilder.Ptr(true)})
	require.NoError(t, err)
	assert.NotZero(t, created.ID)
	assert.Equal(t, "Ann Lee", created.Name)
	assert.Equal(t, sitebuilder.List[string]{"vip"}, created.Tags)
	assert.True(t, created.Subscribed)
	assert.Equal(t, fakeNow.Unix(), created.CreatedOn.Unix())

	got, err := c.Contacts.Get(ctx, created.ID)
	require.NoError(t, err)
	assert.Equal(t, created.Email, got.Email)

	found, err := c.Contacts.GetByEmail(ctx, "ann@example.org")
	require.NoError(t, err)
	assert.Equal(t, created.ID, found.ID)

	// Create with the same email updates (upsert); only supplied fields change.
	again, err := c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Email: "ann@example.org", City: "Oslo"})
	require.NoError(t, err)
	assert.Equal(t, created.ID, again.ID)
	assert.Equal(t, "Ann Lee", again.Name)
	assert.Equal(t, "Oslo", again.City)

	updated, err := c.Contacts.Update(ctx, created.ID, &sitebuilder.ContactUpdate{Email: sitebuilder.Ptr("ann@example.org"), Phone: sitebuilder.Ptr("+4712345678")})
	require.NoError(t, err)
	assert.Equal(t, "+4712345678", updated.Phone)
	assert.Equal(t, "Oslo", updated.City)

	_, err = c.Contacts.Get(ctx, 999999)
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)
	var apiErr *sitebuilder.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "Resource not found", apiErr.Message)

	_, err = c.Contacts.GetByEmail(ctx, "nobody@example.org")
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)
}

func TestFakePagingThroughAll(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	for i := range 7 {
		_, err := c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Email: strings.Repeat("x", i+1) + "@example.org"})
		require.NoError(t, err)
	}
	first, err := c.Contacts.List(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 3}})
	require.NoError(t, err)
	assert.Equal(t, 8, first.Total) // the seed's contact and 7 more
	assert.Equal(t, 3, first.Pages)
	assert.Len(t, first.Items, 3)
	require.NotNil(t, first.Next)
	assert.Equal(t, sitebuilder.PageRequest{Offset: 3, Size: 3}, *first.Next)

	before := len(srv.Requests())
	var emails []string
	for ct, err := range c.Contacts.All(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 3}}) {
		require.NoError(t, err)
		emails = append(emails, ct.Email)
	}
	assert.Len(t, emails, 8)
	assert.Equal(t, "john@doe.com", emails[0])
	assert.Equal(t, "xxxxxxx@example.org", emails[7])
	reqs := srv.Requests()[before:]
	require.Len(t, reqs, 3)
	for i, skip := range []string{"", "3", "6"} {
		assert.Equal(t, skip, reqs[i].Query.Get("skip"))
		assert.Equal(t, "3", reqs[i].Query.Get("limit"))
	}

	// Breaking early stops fetching.
	before = len(srv.Requests())
	n := 0
	for _, err := range c.Contacts.All(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 2}}) {
		require.NoError(t, err)
		if n++; n == 3 {
			break
		}
	}
	assert.Len(t, srv.Requests()[before:], 2)
}

func TestFakeFilters(t *testing.T) {
	ctx := context.Background()
	_, c := newFake(t)

	old := time.Unix(1573240303, 0)
	page, err := c.Contacts.List(ctx, &sitebuilder.ContactListOptions{CreatedFrom: old.Add(time.Second)})
	require.NoError(t, err)
	assert.Equal(t, 0, page.Total)

	orders, err := c.Orders.List(ctx, &sitebuilder.OrderListOptions{CreatedTo: time.Unix(1573397217, 0)})
	require.NoError(t, err)
	require.Equal(t, 1, orders.Total)
	assert.Equal(t, int64(1234), orders.Items[0].ID)

	members, err := c.Members.List(ctx, &sitebuilder.MemberListOptions{GroupID: 98})
	require.NoError(t, err)
	assert.Equal(t, 1, members.Total)
	members, err = c.Members.List(ctx, &sitebuilder.MemberListOptions{GroupID: 7})
	require.NoError(t, err)
	assert.Equal(t, 0, members.Total)

	bookings, err := c.Bookings.List(ctx, &sitebuilder.BookingListOptions{EventID: 98146, StartFrom: time.Unix(1587936600, 0)})
	require.NoError(t, err)
	require.Len(t, bookings.Items, 1)
	assert.Equal(t, "Jane Doe", bookings.Items[0].Name)

	forms, err := c.FormSubmissions.List(ctx, &sitebuilder.FormSubmissionListOptions{CreatedTo: time.Unix(1573120478, 0)})
	require.NoError(t, err)
	assert.Equal(t, 0, forms.Total)
	var all []sitebuilder.FormSubmission
	for f, err := range c.FormSubmissions.All(ctx, nil) {
		require.NoError(t, err)
		all = append(all, f)
	}
	require.Len(t, all, 1)
	assert.Equal(t, "Contact form", all[0].Name)
	assert.Nil(t, all[0].Extra) // the fake's own key is not sent
}

func TestFakeProductsAndCategories(t *testing.T) {
	ctx := context.Background()
	_, c := newFake(t)

	p, err := c.Products.Create(ctx, &sitebuilder.ProductCreate{
		Type: sitebuilder.ProductPhysical, Title: "Glass Door",
		Categories: []sitebuilder.Category{{ID: 2, Name: "Glass doors", URL: "glass-doors", ParentID: 1}},
		Variants:   []sitebuilder.ProductVariant{{Options: sitebuilder.List[string]{"Glass"}, Price: sitebuilder.MustDecimal("249.90"), SKU: "D-002"}},
	})
	require.NoError(t, err)
	assert.Equal(t, "glass-door", p.URL)
	assert.Equal(t, "249.90", p.Variants[0].Price.String())

	cats, err := c.Products.ListCategories(ctx, &sitebuilder.CategoryListOptions{ParentID: 1})
	require.NoError(t, err)
	require.Len(t, cats, 1)
	assert.Equal(t, "Glass doors", cats[0].Name)

	// Category 1 includes its subcategory 2.
	page, err := c.Products.List(ctx, &sitebuilder.ProductListOptions{CategoryID: 1})
	require.NoError(t, err)
	assert.Equal(t, 2, page.Total)
	page, err = c.Products.List(ctx, &sitebuilder.ProductListOptions{Title: "glass"})
	require.NoError(t, err)
	require.Equal(t, 1, page.Total)
	assert.Equal(t, p.ID, page.Items[0].ID)

	up, err := c.Products.Update(ctx, p.ID, &sitebuilder.ProductUpdate{Type: sitebuilder.Ptr(sitebuilder.ProductPhysical), Title: sitebuilder.Ptr("Glass Door XL"), Hidden: sitebuilder.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, "Glass Door XL", up.Title)
	assert.True(t, up.Hidden)
	assert.Len(t, up.Variants, 1) // not given, kept

	// Upsert by URL updates the existing product.
	same, err := c.Products.UpsertByURL(ctx, &sitebuilder.ProductCreate{Type: sitebuilder.ProductDigital, Title: "Door plans", URL: "glass-door"})
	require.NoError(t, err)
	assert.Equal(t, p.ID, same.ID)
	assert.Equal(t, sitebuilder.ProductDigital, same.Type)

	got, err := c.Products.Get(ctx, p.ID)
	require.NoError(t, err)
	assert.Equal(t, "Door plans", got.Title)
}

func TestFakeMembersGroupsListsAndSSO(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)

	g, err := c.MemberGroups.Create(ctx, &sitebuilder.MemberGroupCreate{Name: "Gold"})
	require.NoError(t, err)
	g, err = c.MemberGroups.Update(ctx, g.ID, &sitebuilder.MemberGroupUpdate{Name: sitebuilder.Ptr("Platinum")})
	require.NoError(t, err)
	assert.Equal(t, "Platinum", g.Name)

	m, err := c.Members.Create(ctx, &sitebuilder.MemberCreate{Name: "Bo", Email: "bo@example.org", Password: "s3cret-pass", GroupIDs: []int64{g.ID}, Approved: sitebuilder.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, sitebuilder.List[int64]{g.ID}, m.GroupIDs)
	assert.NotZero(t, m.ContactID)
	assert.Nil(t, m.Extra, "the password is never returned")

	contact, err := c.Contacts.Get(ctx, m.ContactID)
	require.NoError(t, err)
	assert.Equal(t, m.ID, contact.MemberID)

	_, err = c.Members.Create(ctx, &sitebuilder.MemberCreate{Name: "Bo", Email: "bo@example.org"})
	assert.ErrorIs(t, err, sitebuilder.ErrBadRequest)

	m, err = c.Members.Update(ctx, m.ID, &sitebuilder.MemberUpdate{Name: sitebuilder.Ptr("Bo Ek"), Email: sitebuilder.Ptr("bo@example.org"), ShippingAddress: &sitebuilder.Address{City: "Lund"}})
	require.NoError(t, err)
	assert.Equal(t, "Bo Ek", m.Name)
	assert.Equal(t, "Lund", m.ShippingAddress.City)

	byEmail, err := c.Members.GetByEmail(ctx, "bo@example.org")
	require.NoError(t, err)
	assert.Equal(t, m.ID, byEmail.ID)

	sess, err := c.Members.StartSession(ctx, &sitebuilder.MemberSessionCreate{Email: "bo@example.org", Path: "/members-only"})
	require.NoError(t, err)
	assert.Equal(t, sitebuildertest.SessionTTL, sess.ExpiresAt.Sub(sess.CreatedAt.Time))
	require.True(t, strings.HasPrefix(string(sess.AccessURL), srv.BaseURL()+"/members/session/"))
	// The access URL signs the member in and lands on the path.
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noFollow.Get(string(sess.AccessURL))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusFound, resp.StatusCode)
	assert.Equal(t, "/members-only", resp.Header.Get("Location"))

	_, err = c.Members.StartSession(ctx, &sitebuilder.MemberSessionCreate{Email: "stranger@example.org"})
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)

	l, err := c.SubscriberLists.Create(ctx, &sitebuilder.SubscriberListCreate{Name: "News"})
	require.NoError(t, err)
	assert.Equal(t, fakeNow.Unix(), l.Created.Unix())
	l, err = c.SubscriberLists.Update(ctx, l.ID, &sitebuilder.SubscriberListUpdate{Name: sitebuilder.Ptr("Weekly news")})
	require.NoError(t, err)
	assert.Equal(t, "Weekly news", l.Name)
	_, err = c.SubscriberLists.Update(ctx, 42, &sitebuilder.SubscriberListUpdate{Name: sitebuilder.Ptr("x")})
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)
}

func TestFakeOrdersStatus(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	o, err := c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{
		Status:         sitebuilder.Ptr(sitebuilder.OrderStatusShipped),
		Fulfillment:    &sitebuilder.Fulfillment{Courier: "UPS", TrackingNo: "1Z999"},
		NotifyCustomer: sitebuilder.Ptr(true),
	})
	require.NoError(t, err)
	assert.Equal(t, sitebuilder.OrderStatusShipped, o.Status)
	last, _ := srv.LastRequest()
	assert.Contains(t, string(last.Body), `"status":"SHIPPED"`)
	assert.Equal(t, "John Doe", o.CustomerName, "fields not sent are kept")
	assert.Equal(t, sitebuilder.OrderStatusShipped, srv.Orders()[0].Status)
}

func TestFakeAuthAndUserAgent(t *testing.T) {
	ctx := context.Background()
	srv, _ := newFake(t)
	bad, err := sitebuilder.NewClient("example.com", "wrong-key-123456", sitebuilder.WithBaseURL(srv.BaseURL()), sitebuilder.WithRetry(0))
	require.NoError(t, err)
	_, err = bad.Orders.Get(ctx, 1234)
	require.ErrorIs(t, err, sitebuilder.ErrUnauthorized)
	var apiErr *sitebuilder.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "Invalid API key", apiErr.Message)
	assert.NotContains(t, err.Error(), "wrong-key-123456")

	req, _ := http.NewRequest(http.MethodGet, srv.BaseURL()+"/orders", nil)
	req.Header.Set("Authorization", "Bearer "+sitebuildertest.APIKey)
	req.Header.Set("User-Agent", "")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)

	// Every request of the client carries the User-Agent.
	c := srv.Client(sitebuilder.WithUserAgent("MyApp/1.0.1"))
	_, err = c.Orders.Get(ctx, 1234)
	require.NoError(t, err)
	last, _ := srv.LastRequest()
	assert.Equal(t, "MyApp/1.0.1 ecomkit-go/"+sitebuilder.Version, last.Header.Get("User-Agent"))
	assert.Equal(t, "Bearer "+sitebuildertest.APIKey, last.Header.Get("Authorization"))
}

func TestFakeFaults(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)

	srv.SetFaults(sitebuildertest.Faults{FailFirst: 2, FailStatus: http.StatusServiceUnavailable})
	o, err := c.Orders.Get(ctx, 1234)
	require.NoError(t, err)
	assert.Equal(t, int64(1234), o.ID)
	assert.Equal(t, 3, srv.Count())

	// A POST answered 500 may have been applied: it is not sent again.
	srv.SetFaults(sitebuildertest.Faults{FailFirst: 1, FailStatus: http.StatusInternalServerError})
	_, err = c.SubscriberLists.Create(ctx, &sitebuilder.SubscriberListCreate{Name: "Once"})
	assert.ErrorIs(t, err, sitebuilder.ErrServer)
	assert.Equal(t, 1, srv.Count())

	srv.SetFaults(sitebuildertest.Faults{TruncateEvery: 1})
	_, err = c.Webhooks.List(ctx)
	assert.ErrorIs(t, err, sitebuilder.ErrInvalidResponse)
	srv.SetFaults(sitebuildertest.Faults{})
}

// receiver collects the events a WebhookHandler decodes.
type receiver struct {
	mu     sync.Mutex
	events []*sitebuilder.Event
}

func (r *receiver) handle(_ context.Context, e *sitebuilder.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, e)
	return nil
}

func (r *receiver) take() []*sitebuilder.Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.events
	r.events = nil
	return out
}

func TestFakeWebhookDeliveries(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	rec := &receiver{}
	hooks := httptest.NewServer(sitebuilder.WebhookHandler(rec.handle))
	defer hooks.Close()

	for _, ev := range sitebuilder.EventTypes() {
		target, err := sitebuilder.WebhookTarget(hooks.URL+"/hooks", ev)
		require.NoError(t, err)
		w, err := c.Webhooks.Create(ctx, &sitebuilder.WebhookCreate{Target: target, Secret: "s3cr3t", Events: []sitebuilder.EventType{ev}})
		require.NoError(t, err)
		assert.Equal(t, target, w.Target)
		assert.Equal(t, "s3cr3t", string(w.Secret))
	}
	list, err := c.Webhooks.List(ctx)
	require.NoError(t, err)
	assert.Len(t, list, 8) // the seed's and ours

	_, err = c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{Status: sitebuilder.Ptr(sitebuilder.OrderStatusCompleted), Paid: sitebuilder.Ptr(true)})
	require.NoError(t, err)
	got := rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.EventOrderUpdated, got[0].Type)
	require.NotNil(t, got[0].Order)
	assert.Equal(t, int64(1234), got[0].Order.ID)
	assert.Equal(t, sitebuilder.OrderStatusCompleted, got[0].Order.Status)
	assert.Same(t, got[0].Order, got[0].Payload())

	p, err := c.Products.Create(ctx, &sitebuilder.ProductCreate{Type: sitebuilder.ProductService, Title: "Fitting"})
	require.NoError(t, err)
	got = rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.EventProductCreated, got[0].Type)
	assert.Equal(t, p.ID, got[0].Product.ID)
	_, err = c.Products.Update(ctx, p.ID, &sitebuilder.ProductUpdate{Type: sitebuilder.Ptr(sitebuilder.ProductService), Title: sitebuilder.Ptr("Fitting+")})
	require.NoError(t, err)
	got = rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.EventProductUpdated, got[0].Type)
	assert.Equal(t, "Fitting+", got[0].Product.Title)

	_, err = c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Email: "new@example.org"})
	require.NoError(t, err)
	got = rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.EventContactUpdated, got[0].Type)
	assert.Equal(t, "new@example.org", got[0].Contact.Email)

	order, err := srv.AddOrder(ctx, &sitebuilder.Order{CustomerName: "Cy", Total: sitebuilder.MustDecimal("12.50")})
	require.NoError(t, err)
	assert.Equal(t, sitebuilder.OrderStatusPending, order.Status)
	got = rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.EventOrderCreated, got[0].Type)
	assert.Equal(t, "12.50", got[0].Order.Total.String())
	assert.Equal(t, order.ID, got[0].Order.ID)

	_, err = srv.AddBooking(ctx, &sitebuilder.Booking{EventID: 5, Name: "Di", Email: "di@example.org"})
	require.NoError(t, err)
	got = rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.EventBookingCreated, got[0].Type)
	assert.Equal(t, "Di", got[0].Booking.Name)

	require.NoError(t, srv.SubmitForm(ctx, "Quote", "eve@example.org", []sitebuilder.NameValue{{Name: "message", Value: "Hi"}}))
	got = rec.take()
	require.Len(t, got, 2) // the new contact, then the form
	assert.Equal(t, sitebuilder.EventContactUpdated, got[0].Type)
	assert.Equal(t, sitebuilder.EventFormSubmitted, got[1].Type)
	f := got[1].Form
	assert.Equal(t, "Quote", f.FormName)
	assert.Equal(t, sitebuilder.List[sitebuilder.FieldValue]{{Field: "message", Value: "Hi"}}, f.FormValues)
	assert.Equal(t, "eve@example.org", f.Contact.Email)
	require.NotNil(t, f.Website)

	// Deliver on request; failures are reported and recorded.
	n, err := srv.Deliver(ctx, sitebuilder.EventOrderUpdated, []byte(`{"id": 7, "status": "archived"}`))
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	got = rec.take()
	require.Len(t, got, 1)
	assert.Equal(t, sitebuilder.OrderStatusArchived, got[0].Order.Status)

	_, err = srv.Deliver(ctx, sitebuilder.EventOrderUpdated, []byte(`not json`))
	require.Error(t, err)
	ds := srv.Deliveries()
	assert.Equal(t, http.StatusBadRequest, ds[len(ds)-1].Status)

	srv.SetAutoDeliver(false)
	_, err = c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{Status: sitebuilder.Ptr(sitebuilder.OrderStatusArchived)})
	require.NoError(t, err)
	assert.Empty(t, rec.take())
}

func TestFakeRefusesWhatTheAPIRefuses(t *testing.T) {
	srv, _ := newFake(t)
	for _, tc := range []struct{ method, path, body string }{
		{"GET", "/contacts?limit=51", ""},
		{"GET", "/orders?skip=-1", ""},
		{"POST", "/contacts", `{"name":"x"}`},
		{"POST", "/products", `{"type":"car","title":"x"}`},
		{"PUT", "/orders/1234", `{"status":"LOST"}`},
		{"POST", "/webhooks", `{"target":"https://x.example","events":["order_deleted"]}`},
		{"POST", "/webhooks", `{"target":"not a url","events":["order_created"]}`},
	} {
		req, _ := http.NewRequest(tc.method, srv.BaseURL()+tc.path, strings.NewReader(tc.body))
		req.Header.Set("Authorization", "Bearer "+sitebuildertest.APIKey)
		req.Header.Set("User-Agent", "test")
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode, tc.method+" "+tc.path)
	}
}

func TestFakeContextDeadline(t *testing.T) {
	srv, c := newFake(t)
	srv.SetFaults(sitebuildertest.Faults{Latency: time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := c.Orders.Get(ctx, 1234)
	require.Error(t, err)
	assert.True(t, errors.Is(err, context.DeadlineExceeded))
}

func TestKeyNeverLogged(t *testing.T) {
	srv, _ := newFake(t)
	var logs strings.Builder
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := srv.Client(sitebuilder.WithLogger(logger))
	srv.SetFaults(sitebuildertest.Faults{FailFirst: 1})
	_, err := c.Orders.Get(context.Background(), 1234)
	require.NoError(t, err)
	_, err = c.Orders.Get(context.Background(), 999)
	require.Error(t, err)
	assert.NotEmpty(t, logs.String())
	assert.NotContains(t, logs.String(), sitebuildertest.APIKey)
	assert.NotContains(t, err.Error(), sitebuildertest.APIKey)
}
