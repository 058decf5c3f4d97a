package shopkit_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

func TestParseWebhookRequest(t *testing.T) {
	order := fixture(t, "orders.list")

	t.Run("order event named by the receiver", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/hooks/shopkit", bytes.NewReader(order))
		ev, err := shopkit.ParseWebhookRequest(r, shopkit.EventOrderPaid)
		require.NoError(t, err)
		assert.Equal(t, shopkit.EventOrderPaid, ev.Event)
		require.NotNil(t, ev.Order)
		checkOrder(t, ev.Order)
		assert.Nil(t, ev.Client)
		assert.JSONEq(t, string(order), string(ev.Raw))
	})
	t.Run("event from the registered URL's query", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/hooks?event=order_sent", bytes.NewReader(order))
		ev, err := shopkit.ParseWebhookRequest(r, "")
		require.NoError(t, err)
		assert.Equal(t, shopkit.EventOrderSent, ev.Event)
		assert.Equal(t, int64(1337), ev.Order.ID)
	})
	t.Run("enveloped body with its own event", func(t *testing.T) {
		body := []byte(`{"event": "client_created", "data": {"name": "Ana", "email": "ana@example.com", "is_registered": true,
			"billing": {"city": "Lisboa", "country_code": "PRT"}}}`)
		ev, err := shopkit.ParseWebhook("", body)
		require.NoError(t, err)
		assert.Equal(t, shopkit.EventClientCreated, ev.Event)
		require.NotNil(t, ev.Client)
		assert.Equal(t, "ana@example.com", ev.Client.Email)
		assert.True(t, ev.Client.IsRegistered)
		assert.Equal(t, "Lisboa", ev.Client.Billing.City)
	})
	t.Run("newsletter event", func(t *testing.T) {
		ev, err := shopkit.ParseWebhook(shopkit.EventNewsletterSubscribed, []byte(`{"email": "x@example.com", "lang": "pt"}`))
		require.NoError(t, err)
		require.NotNil(t, ev.Subscriber)
		assert.Equal(t, "x@example.com", ev.Subscriber.Email)
		assert.JSONEq(t, `"pt"`, string(ev.Subscriber.Extra["lang"]))
	})
	t.Run("unknown event keeps only the raw body", func(t *testing.T) {
		ev, err := shopkit.ParseWebhook("stock_low", []byte(`{"id": 1}`))
		require.NoError(t, err)
		assert.Nil(t, ev.Order)
		assert.JSONEq(t, `{"id": 1}`, string(ev.Raw))
	})
	t.Run("refusals", func(t *testing.T) {
		_, err := shopkit.ParseWebhook("", []byte(`{"id": 1}`))
		var fe *shopkit.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "event", fe.Field)
		_, err = shopkit.ParseWebhook(shopkit.EventOrderPaid, []byte(`not json`))
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "body", fe.Field)
		_, err = shopkit.ParseWebhook(shopkit.EventOrderPaid, []byte(`{"total": {"x": 1}}`))
		assert.Error(t, err, "a payload that does not fit the model")
		_, err = shopkit.ParseWebhookRequest(nil, "")
		assert.ErrorIs(t, err, shopkit.ErrInvalidInput)
	})
}
