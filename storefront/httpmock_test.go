package storefront

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A client built with defaults goes through http.DefaultTransport, so
// httpmock.Activate intercepts it.
func TestHTTPMockActivateIntercepts(t *testing.T) {
	httpmock.Activate()
	defer httpmock.DeactivateAndReset()
	httpmock.RegisterResponder("GET", "https://api.shop.example/v1/products/7",
		func(r *http.Request) (*http.Response, error) {
			assert.Empty(t, r.Header.Get("Authorization"), "a public endpoint never carries the session")
			return httpmock.NewStringResponse(200, `{"id":7,"title":"Mocked"}`), nil
		})
	httpmock.RegisterResponder("GET", "https://api.shop.example/v1/customers/profile",
		func(r *http.Request) (*http.Response, error) {
			assert.Equal(t, "Bearer "+secretKey, r.Header.Get("Authorization"))
			return httpmock.NewStringResponse(200, `{"id":3,"email":"a@example.com"}`), nil
		})
	var logs bytes.Buffer
	c, err := NewClient("https://api.shop.example/v1", WithCustomerToken(secretKey),
		WithLogger(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	require.NoError(t, err)
	p, err := c.Products.Get(context.Background(), 7)
	require.NoError(t, err)
	assert.Equal(t, "Mocked", p.Title)
	me, err := c.Customers.GetProfile(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "a@example.com", me.Email)
	assert.Equal(t, 2, httpmock.GetTotalCallCount())
	assert.NotEmpty(t, logs.String())
	assert.NotContains(t, logs.String(), secretKey, "the Bearer session is never logged")
}
