package insales_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// Answers that are not what the documentation shows are errors, never a
// silent success or a zero value passed off as the resource.
func TestContentHostileAnswers(t *testing.T) {
	t.Run("status error with 200", func(t *testing.T) {
		c, _ := serve(t, 200, []byte(`{"status": "error", "errors": {"title": ["не может быть пустым"]}}`))
		err := c.Pages.Update(ctx, 1, &insales.PageUpdate{Title: insales.Ptr("x")})
		var ae *insales.APIError
		require.ErrorAs(t, err, &ae)
		assert.Equal(t, []string{"не может быть пустым"}, ae.Fields["title"])
	})
	t.Run("object where status ok is documented", func(t *testing.T) {
		c, _ := serve(t, 200, []byte(`{"id": 2, "title": "Volume"}`))
		err := c.CollectionFields.Update(ctx, 2, &insales.CollectionFieldUpdate{Title: insales.Ptr("Volume")})
		var ae *insales.APIError
		require.ErrorAs(t, err, &ae, "not {\"status\": \"ok\"}")
	})
	t.Run("html 404", func(t *testing.T) {
		c, _ := serve(t, 404, []byte("<!DOCTYPE html><html><body>Not Found</body></html>"))
		_, err := c.Webhooks.Get(ctx, 9)
		require.ErrorIs(t, err, insales.ErrNotFound)
		assert.NotContains(t, err.Error(), "<html>")
	})
	t.Run("422 bare field map", func(t *testing.T) {
		c, _ := serve(t, 422, []byte(`{"address": ["уже существует"]}`))
		_, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: "https://a.example/h", Topic: insales.TopicOrdersCreate})
		var ae *insales.APIError
		require.ErrorAs(t, err, &ae)
		assert.Equal(t, []string{"уже существует"}, ae.Fields["address"])
	})
	t.Run("decline of a paid charge", func(t *testing.T) {
		c, _ := serve(t, 422, []byte(`{"base": ["Only bill with status 'pending' can be declined"]}`))
		_, err := c.ApplicationCharges.Decline(ctx, 4)
		var ae *insales.APIError
		require.ErrorAs(t, err, &ae)
		assert.Contains(t, ae.Message, "pending")
	})
	t.Run("not json where an object is documented", func(t *testing.T) {
		c, _ := serve(t, 200, []byte(`[1, 2]`))
		_, err := c.RecurringApplicationCharge.Get(ctx)
		require.Error(t, err)
		var de *insales.DecodeError
		assert.True(t, errors.As(err, &de), "got %T %v", err, err)
	})
	t.Run("list as {\"0\": ...}", func(t *testing.T) {
		c, _ := serve(t, 200, []byte(`{"0": {"id": "3", "domain": "a.ru", "main": "true"}}`))
		ds, err := c.Domains.List(ctx)
		require.NoError(t, err)
		require.Len(t, ds, 1)
		assert.Equal(t, int64(3), ds[0].ID)
		assert.True(t, ds[0].Main)
	})
}
