package insales_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func TestDecodeWebhookProductsAreABatch(t *testing.T) {
	body := []byte(`[{"id": 1, "title": "A", "variants": [{"id": 5, "price": "10.50"}]}, {"id": "2", "title": "B", "surprise": true}]`)
	e, err := insales.DecodeWebhook(insales.TopicProductsUpdate, body)
	require.NoError(t, err)
	require.Len(t, e.Products, 2)
	assert.Equal(t, int64(1), e.Products[0].ID)
	assert.Equal(t, "10.50", e.Products[0].Variants[0].Price.String())
	assert.Equal(t, int64(2), e.Products[1].ID, "an id sent as a string")
	assert.Contains(t, e.Products[1].Extra, "surprise")
	assert.Equal(t, body, e.Body)

	one, err := insales.DecodeWebhook(insales.TopicProductsCreate, []byte(`{"id": 7}`))
	require.NoError(t, err)
	require.Len(t, one.Products, 1, "a lone object is a batch of one")
	assert.Equal(t, int64(7), one.Products[0].ID)
}

func TestDecodeWebhookOrdersAndClients(t *testing.T) {
	e, err := insales.DecodeWebhook(insales.TopicOrdersCreate, []byte(`{"id": "123", "number": 1001, "total_price": "99.90"}`))
	require.NoError(t, err)
	assert.Equal(t, int64(123), e.ID)
	require.NotNil(t, e.Order)
	assert.Equal(t, int64(123), e.Order.ID)
	assert.Equal(t, "99.90", e.Order.TotalPrice.String())
	assert.JSONEq(t, `"99.90"`, string(e.Object["total_price"]))
	var typed struct {
		Number     int64           `json:"number"`
		TotalPrice insales.Decimal `json:"total_price"`
	}
	require.NoError(t, e.Decode(&typed))
	assert.Equal(t, int64(1001), typed.Number)
	assert.Equal(t, "99.90", typed.TotalPrice.String())

	_, err = insales.DecodeWebhook(insales.TopicClientsUpdate, []byte(`[1]`))
	require.Error(t, err, "a client delivery is one object")
}

func TestDecodeWebhookUnknownTopicKeepsTheBody(t *testing.T) {
	for _, topic := range []insales.EventType{"", "carts/update"} {
		e, err := insales.DecodeWebhook(topic, []byte(`{"id": 1}`))
		require.ErrorIs(t, err, insales.ErrUnknownEvent)
		require.NotNil(t, e)
		assert.Equal(t, `{"id": 1}`, string(e.Body))
	}
}

func TestParseWebhookRefusesASecret(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/hook?topic=orders/create", strings.NewReader(`{"id":1}`))
	_, err := insales.ParseWebhook(req, insales.WithWebhookSecret("s3cr3t-value"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "does not sign")
	assert.NotContains(t, err.Error(), "s3cr3t-value")

	rec := httptest.NewRecorder()
	insales.WebhookHandler(nil, insales.WithWebhookSecret("s3cr3t-value")).ServeHTTP(rec,
		httptest.NewRequest(http.MethodPost, "/hook?topic=orders/create", strings.NewReader(`{"id":1}`)))
	assert.Equal(t, http.StatusInternalServerError, rec.Code)
	assert.NotContains(t, rec.Body.String(), "s3cr3t-value")
}

func TestWebhookHandlerAnswers(t *testing.T) {
	var got []*insales.Event
	h := insales.WebhookHandler(func(_ context.Context, e *insales.Event) error {
		if e.ID == 13 {
			return errors.New("boom")
		}
		got = append(got, e)
		return nil
	}, insales.WithWebhookMaxBytes(64))
	do := func(method, target, body string) int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, target, strings.NewReader(body)))
		return rec.Code
	}
	assert.Equal(t, http.StatusOK, do("POST", "/h?topic=orders%2Fupdate", `{"id": 5}`))
	assert.Equal(t, http.StatusInternalServerError, do("POST", "/h?topic=orders%2Fupdate", `{"id": 13}`))
	assert.Equal(t, http.StatusBadRequest, do("POST", "/h", `{"id": 5}`), "no topic")
	assert.Equal(t, http.StatusBadRequest, do("POST", "/h?topic=orders%2Fupdate", `not json`))
	assert.Equal(t, http.StatusRequestEntityTooLarge, do("POST", "/h?topic=orders%2Fupdate", `{"id": 5, "pad": "`+strings.Repeat("x", 80)+`"}`))
	assert.Equal(t, http.StatusMethodNotAllowed, do("GET", "/h?topic=orders%2Fupdate", ``))
	require.Len(t, got, 1)
	assert.Equal(t, insales.TopicOrdersUpdate, got[0].Type)
	assert.Equal(t, int64(5), got[0].ID)
}

func TestWebhookAddress(t *testing.T) {
	a, err := insales.WebhookAddress("https://app.example/hooks/x7f?shop=1", insales.TopicProductsCreate)
	require.NoError(t, err)
	assert.Equal(t, "https://app.example/hooks/x7f?shop=1&topic=products%2Fcreate", a)
	_, err = insales.WebhookAddress("https://app.example/", "carts/create")
	require.Error(t, err)
	_, err = insales.WebhookAddress("/relative", insales.TopicOrdersCreate)
	require.Error(t, err)
}

// receiver collects deliveries the way an application would.
type receiver struct {
	mu     sync.Mutex
	events []*insales.Event
}

func (r *receiver) handle(_ context.Context, e *insales.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, e)
	return nil
}

func (r *receiver) all() []*insales.Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*insales.Event(nil), r.events...)
}

// The fake delivers product topics as batches when its data changes, to
// webhooks registered through the API, and Deliver sends any payload.
func TestFakeDeliversWebhooks(t *testing.T) {
	srv := insalestest.NewServer(insalestest.WithoutQuota())
	defer srv.Close()
	c := srv.Client()
	rcv := &receiver{}
	app := httptest.NewServer(insales.WebhookHandler(rcv.handle))
	defer app.Close()

	for _, topic := range []insales.EventType{insales.TopicProductsCreate, insales.TopicProductsUpdate, insales.TopicOrdersCreate} {
		addr, err := insales.WebhookAddress(app.URL+"/hooks", topic)
		require.NoError(t, err)
		w, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: addr, Topic: topic})
		require.NoError(t, err)
		assert.Equal(t, insales.WebhookJSON, w.Format, "json by default")
	}
	p, err := c.Products.Create(ctx, &insales.ProductCreate{Title: "Hooked", CategoryID: 1,
		Variants: []insales.VariantAttributes{{}}})
	require.NoError(t, err)
	_, err = c.Products.Update(ctx, p.ID, &insales.ProductUpdate{Title: insales.Ptr("Hooked again")})
	require.NoError(t, err)
	n, err := srv.Deliver(ctx, insales.TopicOrdersCreate, map[string]any{"id": 77, "number": 1077})
	require.NoError(t, err)
	assert.Equal(t, 1, n)

	evs := rcv.all()
	require.Len(t, evs, 3)
	assert.Equal(t, insales.TopicProductsCreate, evs[0].Type)
	require.Len(t, evs[0].Products, 1)
	assert.Equal(t, p.ID, evs[0].Products[0].ID)
	assert.Equal(t, insales.TopicProductsUpdate, evs[1].Type)
	assert.Equal(t, "Hooked again", evs[1].Products[0].Title)
	assert.Equal(t, insales.TopicOrdersCreate, evs[2].Type)
	assert.Equal(t, int64(77), evs[2].ID)
	for _, d := range srv.Deliveries() {
		assert.Equal(t, http.StatusOK, d.Status)
	}

	// The same address and topic twice is refused, as the API does.
	addr, _ := insales.WebhookAddress(app.URL+"/hooks", insales.TopicOrdersCreate)
	_, err = c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: addr, Topic: insales.TopicOrdersCreate})
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 422, ae.StatusCode)
}

// A lost delivery is made good by the change feed: the product changed
// while the receiver was down is read by Changes from the last checkpoint.
func TestReconcileLostWebhookWithChanges(t *testing.T) {
	srv := insalestest.NewServer(insalestest.WithoutQuota(), insalestest.WithClock(tickingClock()))
	defer srv.Close()
	c := srv.Client()
	var last insales.Checkpoint
	for p, err := range c.Products.Changes(ctx, last, nil) {
		require.NoError(t, err)
		last = p.Checkpoint()
	}
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusBadGateway) }))
	defer down.Close()
	addr, _ := insales.WebhookAddress(down.URL, insales.TopicProductsUpdate)
	_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: addr, Topic: insales.TopicProductsUpdate})
	require.NoError(t, err)
	srv.Touch("products", 1) // changed in the back office; the clock moves on
	_, err = c.Products.Update(ctx, 1, &insales.ProductUpdate{Title: insales.Ptr("Changed while down")})
	require.NoError(t, err)
	d := srv.Deliveries()
	require.Len(t, d, 1)
	assert.Equal(t, http.StatusBadGateway, d[0].Status, "the delivery was lost")

	var seen []int64
	for p, err := range c.Products.Changes(ctx, last, nil) {
		require.NoError(t, err)
		seen = append(seen, p.ID)
		if p.ID == 1 {
			assert.Equal(t, "Changed while down", p.Title)
		}
	}
	assert.Contains(t, seen, int64(1))
}

func TestDeliveryBodyIsJSON(t *testing.T) {
	srv := insalestest.NewServer(insalestest.WithoutQuota())
	defer srv.Close()
	var body []byte
	var ctype string
	app := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ = io.ReadAll(r.Body)
		ctype = r.Header.Get("Content-Type")
	}))
	defer app.Close()
	_, err := srv.Client().Webhooks.Create(ctx, &insales.WebhookCreate{Address: app.URL + "/c", Topic: insales.TopicClientsCreate})
	require.NoError(t, err)
	n, err := srv.Deliver(ctx, insales.TopicClientsCreate, map[string]any{"id": 9})
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.Equal(t, "application/json", ctype)
	assert.True(t, bytes.Equal([]byte(`{"id":9}`), body))
	_, err = srv.Deliver(ctx, "carts/create", nil)
	require.Error(t, err)
}
