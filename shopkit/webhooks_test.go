package shopkit_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

const clientSecret = "app-client-secret-0123456789"

// sign is Shopkit's signature: hex HMAC-SHA256 of the raw body keyed with
// the app's client_secret, computed here independently of the package.
func sign(body []byte, secret string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// delivery builds a request as Shopkit sends one.
func delivery(body []byte, event shopkit.EventType, signature string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/hooks/shopkit", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("User-Agent", "Shopkit-Webhook")
	r.Header.Set("X-Shopkit-Event", string(event))
	r.Header.Set("X-Webhook-Resource-Origin", "backoffice")
	if signature != "" {
		r.Header.Set("X-Webhook-Signature", signature)
	}
	return r
}

func TestParseWebhookVerifiesTheSignature(t *testing.T) {
	order := fixture(t, "orders.list")
	secret := shopkit.WithWebhookSecret(clientSecret)

	t.Run("signed order delivery", func(t *testing.T) {
		ev, err := shopkit.ParseWebhook(delivery(order, shopkit.EventOrderPaid, sign(order, clientSecret)), secret)
		require.NoError(t, err)
		assert.Equal(t, shopkit.EventOrderPaid, ev.Type, "the event comes from X-Shopkit-Event")
		assert.Equal(t, "backoffice", ev.Origin)
		require.NotNil(t, ev.Order)
		checkOrder(t, ev.Order)
		assert.Nil(t, ev.Client)
		assert.Equal(t, order, ev.Body, "the raw body as received")
	})
	t.Run("upper-case hex is the same signature", func(t *testing.T) {
		_, err := shopkit.ParseWebhook(delivery(order, shopkit.EventOrderPaid, strings.ToUpper(sign(order, clientSecret))), secret)
		require.NoError(t, err)
	})
	refused := map[string]*http.Request{
		"unsigned":            delivery(order, shopkit.EventOrderPaid, ""),
		"another secret":      delivery(order, shopkit.EventOrderPaid, sign(order, "another-secret")),
		"a body changed":      delivery(append([]byte(" "), order...), shopkit.EventOrderPaid, sign(order, clientSecret)),
		"not hex":             delivery(order, shopkit.EventOrderPaid, "zz"+sign(order, clientSecret)[2:]),
		"a truncated digest":  delivery(order, shopkit.EventOrderPaid, sign(order, clientSecret)[:32]),
		"the secret as a sig": delivery(order, shopkit.EventOrderPaid, clientSecret),
	}
	for name, r := range refused {
		t.Run(name, func(t *testing.T) {
			ev, err := shopkit.ParseWebhook(r, secret)
			assert.Nil(t, ev)
			require.ErrorIs(t, err, shopkit.ErrWebhookSignature)
			assert.NotContains(t, err.Error(), clientSecret)
		})
	}
	t.Run("no secret given: refused by default", func(t *testing.T) {
		_, err := shopkit.ParseWebhook(delivery(order, shopkit.EventOrderPaid, sign(order, clientSecret)))
		require.ErrorIs(t, err, shopkit.ErrWebhookSignature)
		assert.Contains(t, err.Error(), "WithWebhookSecret")
	})
	t.Run("verification switched off explicitly", func(t *testing.T) {
		ev, err := shopkit.ParseWebhook(delivery(order, shopkit.EventOrderSent, ""), shopkit.WithoutWebhookVerification())
		require.NoError(t, err)
		assert.Equal(t, int64(1337), ev.Order.ID)
	})
	t.Run("bounded body", func(t *testing.T) {
		_, err := shopkit.ParseWebhook(delivery(order, shopkit.EventOrderPaid, sign(order, clientSecret)), secret, shopkit.WithWebhookMaxBytes(100))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "larger than 100 bytes")
	})
	t.Run("event from the URL when the header is missing", func(t *testing.T) {
		r := delivery(order, "", sign(order, clientSecret))
		r.URL.RawQuery = "event=order_sent"
		ev, err := shopkit.ParseWebhook(r, secret)
		require.NoError(t, err)
		assert.Equal(t, shopkit.EventOrderSent, ev.Type)
	})
}

func TestDecodeWebhook(t *testing.T) {
	t.Run("enveloped body with its own event", func(t *testing.T) {
		body := []byte(`{"event": "client_created", "data": {"name": "Ana", "email": "ana@example.com", "is_registered": true,
			"hash": "a1b2", "billing": {"city": "Lisboa", "country_code": "PRT", "country_code_alpha_2": "PT"}}}`)
		ev, err := shopkit.DecodeWebhook("", body)
		require.NoError(t, err)
		assert.Equal(t, shopkit.EventClientCreated, ev.Type)
		require.NotNil(t, ev.Client)
		assert.Equal(t, "ana@example.com", ev.Client.Email)
		assert.True(t, ev.Client.IsRegistered)
		assert.Equal(t, "Lisboa", ev.Client.Billing.City)
		assert.JSONEq(t, `"a1b2"`, string(ev.Client.Extra["hash"]), "client.hash kept")
		assert.JSONEq(t, `"PT"`, string(ev.Client.Billing.Extra["country_code_alpha_2"]))
	})
	t.Run("newsletter event", func(t *testing.T) {
		ev, err := shopkit.DecodeWebhook(shopkit.EventNewsletterSubscribed, []byte(`{"email": "x@example.com", "lang": "pt"}`))
		require.NoError(t, err)
		require.NotNil(t, ev.Subscriber)
		assert.Equal(t, "x@example.com", ev.Subscriber.Email)
		assert.JSONEq(t, `"pt"`, string(ev.Subscriber.Extra["lang"]))
	})
	t.Run("product event", func(t *testing.T) {
		ev, err := shopkit.DecodeWebhook(shopkit.EventProductUpdatedStock, fixture(t, "products.list"))
		require.NoError(t, err)
		require.NotNil(t, ev.Product)
		assert.Same(t, ev.Product, ev.Payload())
		assert.Equal(t, int64(212322), ev.Product.ID)
	})
	t.Run("unknown event: ErrUnknownEvent, the body kept", func(t *testing.T) {
		ev, err := shopkit.DecodeWebhook("stock_low", []byte(`{"id": 1}`))
		require.ErrorIs(t, err, shopkit.ErrUnknownEvent)
		require.NotNil(t, ev)
		assert.Equal(t, shopkit.EventType("stock_low"), ev.Type)
		assert.Nil(t, ev.Order)
		assert.Nil(t, ev.Payload())
		assert.JSONEq(t, `{"id": 1}`, string(ev.Body))
		_, err = shopkit.DecodeWebhook("", []byte(`{"id": 1}`))
		assert.ErrorIs(t, err, shopkit.ErrUnknownEvent, "no event anywhere")
	})
	t.Run("refusals", func(t *testing.T) {
		_, err := shopkit.DecodeWebhook(shopkit.EventOrderPaid, []byte(`not json`))
		var fe *shopkit.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "body", fe.Field)
		_, err = shopkit.DecodeWebhook(shopkit.EventOrderPaid, []byte(`{"total": {"x": 1}}`))
		assert.Error(t, err, "a payload that does not fit the model")
		_, err = shopkit.ParseWebhook(nil)
		assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
	})
}

func TestWebhookHandler(t *testing.T) {
	order := fixture(t, "orders.list")
	var got []*shopkit.Event
	h := shopkit.WebhookHandler(func(_ context.Context, e *shopkit.Event) error {
		got = append(got, e)
		if e.Order != nil && e.Order.ID == 1 {
			return errors.New("database down")
		}
		return nil
	}, shopkit.WithWebhookSecret(clientSecret))
	serve := func(r *http.Request) int {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	assert.Equal(t, 200, serve(delivery(order, shopkit.EventOrderPaid, sign(order, clientSecret))))
	require.Len(t, got, 1)
	assert.Equal(t, int64(1337), got[0].Order.ID)
	assert.Equal(t, 401, serve(delivery(order, shopkit.EventOrderPaid, "")), "unsigned")
	assert.Equal(t, 401, serve(delivery(order, shopkit.EventOrderPaid, sign(order, "x"))), "wrongly signed")
	one := []byte(`{"id": 1}`)
	assert.Equal(t, 500, serve(delivery(one, shopkit.EventOrderPaid, sign(one, clientSecret))), "fn failed: Shopkit retries")
	assert.Equal(t, 200, serve(delivery(one, "stock_low", sign(one, clientSecret))), "an unknown event reaches fn")
	require.Len(t, got, 3)
	assert.Equal(t, shopkit.EventType("stock_low"), got[2].Type)
	assert.Equal(t, one, got[2].Body)
	assert.Nil(t, got[2].Payload())
	assert.Equal(t, 401, serve(delivery(one, "stock_low", "")), "but only when signed")
	assert.Equal(t, 400, serve(delivery([]byte(`[1]`), shopkit.EventOrderPaid, sign([]byte(`[1]`), clientSecret))), "not an object")
	assert.Equal(t, 405, serve(httptest.NewRequest(http.MethodGet, "/hooks", nil)))
	big := bytes.Repeat([]byte(" "), 200)
	big = append(big, one...)
	small := shopkit.WebhookHandler(nil, shopkit.WithWebhookSecret(clientSecret), shopkit.WithWebhookMaxBytes(100))
	w := httptest.NewRecorder()
	small.ServeHTTP(w, delivery(big, shopkit.EventOrderPaid, sign(big, clientSecret)))
	assert.Equal(t, 413, w.Code)
	assert.Len(t, got, 3, "refused deliveries never reach fn")
}
