package sitebuilder

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The seed's webhook payload examples: orders, products, contacts and
// bookings are delivered as the bare resource.
func TestDecodeWebhookSeedPayloads(t *testing.T) {
	cases := []struct {
		event EventType
		file  string
		check func(t *testing.T, e *Event)
	}{
		{EventOrderCreated, "orders.get.response.json", func(t *testing.T, e *Event) { checkOrder(t, e.Order) }},
		{EventOrderUpdated, "orders.get.response.json", func(t *testing.T, e *Event) { checkOrder(t, e.Order) }},
		{EventProductCreated, "products.get.response.json", func(t *testing.T, e *Event) { checkProduct(t, e.Product) }},
		{EventProductUpdated, "products.get.response.json", func(t *testing.T, e *Event) { checkProduct(t, e.Product) }},
		{EventContactUpdated, "contacts.get.response.json", func(t *testing.T, e *Event) { checkContact(t, e.Contact) }},
		{EventBookingCreated, "bookings.list.response.json", nil},
		{EventFormSubmitted, "webhook.form_submitted.json", func(t *testing.T, e *Event) {
			f := e.Form
			assert.Equal(t, &WebsiteRef{ID: 123, Subdomain: "some-subdomain", SystemDomain: "your-system.subdomain.com", Domain: "your-primary-domain.com"}, f.Website)
			checkContact(t, f.Contact)
			assert.Equal(t, "Contact Form", f.FormName)
			assert.Equal(t, List[FieldValue]{{Field: "string", Value: "string"}}, f.FormValues)
			assert.Nil(t, f.Extra)
		}},
	}
	for _, tc := range cases {
		t.Run(string(tc.event), func(t *testing.T) {
			body := fixture(t, tc.file)
			if tc.event == EventBookingCreated {
				// The booking example is the list's item.
				i := strings.Index(string(body), `"items": [`) + len(`"items": [`)
				j := strings.LastIndex(string(body), "]")
				body = []byte(string(body)[i:j])
				tc.check = func(t *testing.T, e *Event) { checkBooking(t, e.Booking) }
			}
			e, err := DecodeWebhook(tc.event, body)
			require.NoError(t, err)
			assert.Equal(t, tc.event, e.Type)
			assert.NotNil(t, e.Payload())
			assert.Equal(t, body, e.Body)
			tc.check(t, e)
		})
	}
	e, err := DecodeWebhook("order_deleted", []byte(`{"id": 1}`))
	assert.ErrorIs(t, err, ErrUnknownEvent)
	require.NotNil(t, e, "an unknown event keeps its body")
	assert.Equal(t, `{"id": 1}`, string(e.Body))
	assert.Nil(t, e.Payload())
	_, err = DecodeWebhook(EventOrderCreated, []byte(`[1`))
	assert.Error(t, err)
	assert.Nil(t, (&Event{}).Payload())
}

func TestWebhookTarget(t *testing.T) {
	u, err := WebhookTarget("https://hooks.example.net/in?site=a", EventOrderUpdated)
	require.NoError(t, err)
	assert.Equal(t, "https://hooks.example.net/in?event=order_updated&site=a", u)
	_, err = WebhookTarget("https://hooks.example.net/in", "order_deleted")
	assert.ErrorIs(t, err, ErrInvalidInput)
	_, err = WebhookTarget("/in", EventOrderUpdated)
	assert.ErrorIs(t, err, ErrInvalidInput)
	assert.Len(t, EventTypes(), 7)
}

func TestParseWebhook(t *testing.T) {
	body := string(fixture(t, "contacts.get.response.json"))
	r := httptest.NewRequest(http.MethodPost, "/hooks?event=contact_updated", strings.NewReader(body))
	e, err := ParseWebhook(r)
	require.NoError(t, err)
	assert.Equal(t, EventContactUpdated, e.Type)
	assert.Equal(t, body, string(e.Body))
	checkContact(t, e.Contact)

	// Verification cannot be switched on, only stated off.
	r = httptest.NewRequest(http.MethodPost, "/hooks?event=contact_updated", strings.NewReader(body))
	e, err = ParseWebhook(r, WithoutWebhookVerification())
	require.NoError(t, err)
	checkContact(t, e.Contact)

	// No event named, or an unknown one: ErrUnknownEvent, the body kept.
	for _, target := range []string{"/hooks", "/hooks?event=order_deleted", "/hooks?event="} {
		r = httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
		e, err = ParseWebhook(r)
		assert.ErrorIs(t, err, ErrUnknownEvent, target)
		require.NotNil(t, e, target)
		assert.Equal(t, body, string(e.Body), target)
	}

	// The body read is bounded: 5 MiB by default, or as configured.
	r = httptest.NewRequest(http.MethodPost, "/hooks?event=order_created", strings.NewReader(strings.Repeat(" ", 5<<20+1)))
	_, err = ParseWebhook(r)
	assert.ErrorContains(t, err, "larger than 5242880 bytes")
	r = httptest.NewRequest(http.MethodPost, "/hooks?event=contact_updated", strings.NewReader(body))
	_, err = ParseWebhook(r, WithWebhookMaxBytes(64))
	assert.ErrorContains(t, err, "larger than 64 bytes")
}

// The API documentation publishes no signing scheme: a secret is refused
// with an explanation, never silently accepted as if it verified anything.
func TestWebhookSecretRefused(t *testing.T) {
	body := string(fixture(t, "contacts.get.response.json"))
	r := httptest.NewRequest(http.MethodPost, "/hooks?event=contact_updated", strings.NewReader(body))
	e, err := ParseWebhook(r, WithWebhookSecret("whsec-123"))
	assert.Nil(t, e)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "secret", fe.Field)
	assert.Contains(t, err.Error(), "no signing scheme")
	assert.NotContains(t, err.Error(), "whsec-123")

	called := false
	h := WebhookHandler(func(context.Context, *Event) error { called = true; return nil }, WithWebhookSecret("whsec-123"))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/hooks?event=contact_updated", strings.NewReader(body)))
	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.Contains(t, w.Body.String(), "no signing scheme")
	assert.False(t, called, "no delivery is handed over as if verified")
}

func TestWebhookHandler(t *testing.T) {
	var got []*Event
	fail := false
	h := WebhookHandler(func(_ context.Context, e *Event) error {
		if fail {
			return errors.New("database down: secret detail")
		}
		got = append(got, e)
		return nil
	})
	serve := func(method, target, body string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(method, target, strings.NewReader(body)))
		return w
	}
	order := string(fixture(t, "orders.get.response.json"))

	w := serve(http.MethodPost, "/in?event=order_created", order)
	assert.Equal(t, http.StatusNoContent, w.Code)
	require.Len(t, got, 1)
	checkOrder(t, got[0].Order)

	assert.Equal(t, http.StatusMethodNotAllowed, serve(http.MethodGet, "/in?event=order_created", "").Code)
	assert.Equal(t, http.StatusBadRequest, serve(http.MethodPost, "/in", order).Code)
	assert.Equal(t, http.StatusBadRequest, serve(http.MethodPost, "/in?event=order_created", "{").Code)
	large := WebhookHandler(nil, WithWebhookMaxBytes(16))
	w = httptest.NewRecorder()
	large.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/in?event=order_created", strings.NewReader(order)))
	assert.Equal(t, http.StatusRequestEntityTooLarge, w.Code)

	fail = true
	w = serve(http.MethodPost, "/in?event=order_created", order)
	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.NotContains(t, w.Body.String(), "secret detail")
	assert.Len(t, got, 1)
}

func TestWebhookHelpersRefuseBadInput(t *testing.T) {
	_, err := ParseWebhook(nil)
	assert.ErrorIs(t, err, ErrInvalidInput)
	r := httptest.NewRequest(http.MethodPost, "/in?event=order_created", nil)
	r.Body = nil
	_, err = ParseWebhook(r)
	assert.ErrorContains(t, err, "no body")

	for _, body := range []string{"", "null", "[]", `"x"`, "  42 "} {
		_, err := DecodeWebhook(EventOrderCreated, []byte(body))
		assert.ErrorContains(t, err, "not a JSON object", body)
	}

	// A nil callback acknowledges what decodes and still refuses the rest.
	h := WebhookHandler(nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/in?event=contact_updated", strings.NewReader(`{"id": 1}`)))
	assert.Equal(t, http.StatusNoContent, w.Code)
	w = httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/in?event=contact_updated", strings.NewReader(`null`)))
	assert.Equal(t, http.StatusBadRequest, w.Code)

	var s *MemberSession
	assert.True(t, s.Expired(time.Now()))
}

func TestWebhookTargetErrorsHideCredentials(t *testing.T) {
	for _, target := range []string{
		"ftp://hook:hunter2@h.example/in",
		"ftp://h.example/in?token=hunter2",
		"/in?event=order_created&key=hunter2",
		"h.example/in#hunter2",
		"::bad?token=hunter2",
	} {
		_, err := WebhookTarget(target, EventOrderCreated)
		require.ErrorIs(t, err, ErrInvalidInput, target)
		assert.NotContains(t, err.Error(), "hunter2", target)
		err = (&WebhookCreate{Target: target, Events: []EventType{EventOrderCreated}}).validate()
		require.ErrorIs(t, err, ErrInvalidInput, target)
		assert.NotContains(t, err.Error(), "hunter2", target)
	}
	_, err := WebhookTarget("ftp://h.example/in?token=hunter2", EventOrderCreated)
	assert.ErrorContains(t, err, "ftp://h.example/in?(query hidden)")
}

func TestDecodeWebhookTolerant(t *testing.T) {
	// Deliveries decode as leniently as API responses of the same resource.
	e, err := DecodeWebhook(EventOrderCreated, []byte(`{"id": "1234", "invoiceNo": "15", "total": "49.90", "memberId": "",
		"created": "1573397217", "items": {"0": {"id": 1, "quantity": 2}}, "shippingAddress": [], "status": "PENDING"}`))
	require.NoError(t, err)
	o := e.Order
	assert.Equal(t, int64(1234), o.ID)
	assert.Equal(t, int64(15), o.InvoiceNo)
	assert.Equal(t, "49.90", o.Total.String())
	assert.Zero(t, o.MemberID)
	assert.Equal(t, int64(1573397217), o.Created.Unix())
	require.Len(t, o.Items, 1)
	assert.Equal(t, int64(2), o.Items[0].Quantity)
	assert.Equal(t, OrderStatusPending, o.Status)

	_, err = DecodeWebhook(EventOrderCreated, []byte(`{"id": "not a number"}`))
	assert.Error(t, err, "lossy conversions still fail")
}
