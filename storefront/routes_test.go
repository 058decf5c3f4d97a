package storefront

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// routes.json documents the default table; regenerate it with
// UPDATE_ROUTES=1 go test -run TestRoutesJSONInStep.
func TestRoutesJSONInStep(t *testing.T) {
	want, err := json.MarshalIndent(DefaultRoutes(), "", "  ")
	require.NoError(t, err)
	want = append(want, '\n')
	if os.Getenv("UPDATE_ROUTES") != "" {
		require.NoError(t, os.WriteFile("routes.json", want, 0o644))
	}
	got, err := os.ReadFile("routes.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "routes.json is out of step with the route table")
	assert.Len(t, DefaultRoutes(), 86)
}

func TestRouteOverrideReachesTheWireFromGo(t *testing.T) {
	srv, rec := recorder(t, 200, `{"auth_key":"k-123456","id":5}`)
	c, err := NewClient(srv.URL, WithRoutes(map[string]string{"customers.login": "PUT /auth/sign-in"}))
	require.NoError(t, err)
	_, err = c.Customers.Login(context.Background(), &LoginParams{Email: "a@example.com", Password: "pw"})
	require.NoError(t, err)
	assert.Equal(t, "PUT", rec.method)
	assert.Equal(t, "/auth/sign-in", rec.path)
	assert.Equal(t, "PUT /auth/sign-in", c.Routes()["customers.login"])
	assert.Equal(t, "POST /customers/login", DefaultRoutes()["customers.login"])
}

func TestRouteOverrideReachesTheWireFromFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "routes.json")
	require.NoError(t, os.WriteFile(f, []byte(`{"orders.get": "/customer/orders/{id}/view"}`), 0o600))
	srv, rec := recorder(t, 200, `{"id":42}`)
	c, err := NewClient(srv.URL, LoadRoutes(f), WithCustomerToken("tok-1234"))
	require.NoError(t, err)
	o, err := c.Orders.Get(context.Background(), 42)
	require.NoError(t, err)
	assert.Equal(t, int64(42), o.ID)
	assert.Equal(t, "GET", rec.method)
	assert.Equal(t, "/customer/orders/42/view", rec.path)
}

func TestRouteOverrideErrors(t *testing.T) {
	for name, opt := range map[string]Option{
		"unknown":     WithRoutes(map[string]string{"orders.fetch": "/o/{id}"}),
		"placeholder": WithRoutes(map[string]string{"orders.get": "/o/{order}"}),
		"missing":     WithRoutes(map[string]string{"orders.get": "/o"}),
		"method":      WithRoutes(map[string]string{"orders.get": "FETCH /o/{id}"}),
		"file":        LoadRoutes(filepath.Join(t.TempDir(), "nope.json")),
	} {
		_, err := NewClient("http://127.0.0.1:1", opt)
		var fe *FieldError
		require.True(t, errors.As(err, &fe), "%s: %v", name, err)
		assert.ErrorIs(t, err, ErrInvalidInput, name)
	}
	_, err := NewClient("http://127.0.0.1:1", WithRoutes(map[string]string{"orders.get": "/o/{order}"}))
	assert.ErrorContains(t, err, "routes[orders.get]")
	assert.ErrorContains(t, err, "{id}")
}
