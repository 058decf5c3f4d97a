package routes

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
)

func table() *Table {
	return New(map[string]Route{
		"orders.get":   {"GET", "/orders/{id}"},
		"orders.items": {"GET", "/orders/{id}/items/{item_id}"},
		"cart.add":     {"POST", "/cart/add"},
	})
}

func TestWithOverridesPathAndMethod(t *testing.T) {
	tt, err := table().With(map[string]string{
		"orders.get":   "/order/{id}",
		"cart.add":     "put /basket/items",
		"orders.items": "/items/{item_id}/of/{id}",
	})
	require.NoError(t, err)
	m, p, err := tt.Build("orders.get", "7")
	require.NoError(t, err)
	assert.Equal(t, "GET /order/7", m+" "+p)
	m, p, err = tt.Build("cart.add")
	require.NoError(t, err)
	assert.Equal(t, "PUT /basket/items", m+" "+p)
	// args follow the default's order even when the override reorders them.
	_, p, err = tt.Build("orders.items", "1", "2")
	require.NoError(t, err)
	assert.Equal(t, "/items/2/of/1", p)
	// the original is untouched
	_, p, _ = table().Build("orders.get", "7")
	assert.Equal(t, "/orders/7", p)
}

func TestWithRefuses(t *testing.T) {
	for value, name := range map[string]string{
		"/x":                 "nope.nope",
		"/orders/{order}":    "orders.get",
		"/orders":            "orders.get",
		"/orders/{id}/{id}":  "orders.get",
		"orders/{id}":        "orders.get",
		"/orders/{id}/":      "orders.get",
		"/orders/{id}?x=1":   "orders.get",
		"/orders/../{id}":    "orders.get",
		"/orders//{id}":      "orders.get",
		"/orders/{id":        "orders.get",
		"FETCH /orders/{id}": "orders.get",
	} {
		_, err := table().With(map[string]string{name: value})
		var fe *ecomkit.FieldError
		require.True(t, errors.As(err, &fe), "%s=%s: %v", name, value, err)
		assert.Equal(t, "routes["+name+"]", fe.Field)
		assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)
	}
}

func TestBuildEscapesAndRefuses(t *testing.T) {
	_, p, err := table().Build("orders.get", "a/b c")
	require.NoError(t, err)
	assert.Equal(t, "/orders/a%2Fb%20c", p)
	for _, v := range []string{"", " ", ".", ".."} {
		_, _, err := table().Build("orders.get", v)
		var fe *ecomkit.FieldError
		require.True(t, errors.As(err, &fe), v)
		assert.Equal(t, "id", fe.Field)
	}
	_, _, err = table().Build("orders.get")
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)
	_, _, err = table().Build("nope")
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)
}

func TestWithFileAndJSON(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "r.json")
	require.NoError(t, os.WriteFile(f, []byte(`{"orders.get":"GET /o/{id}","cart.add":{"method":"PUT","path":"/c"}}`), 0o600))
	tt, err := table().WithFile(f)
	require.NoError(t, err)
	r, _ := tt.Lookup("orders.get")
	assert.Equal(t, "GET /o/{id}", r.String())
	r, _ = tt.Lookup("cart.add")
	assert.Equal(t, "PUT /c", r.String())

	require.NoError(t, os.WriteFile(f, []byte(`{"orders.get":"/o/{oid}"}`), 0o600))
	_, err = table().WithFile(f)
	assert.ErrorContains(t, err, "routes[orders.get]")
	assert.ErrorContains(t, err, f)

	_, err = table().WithFile(filepath.Join(dir, "missing.json"))
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)
	_, err = table().WithJSON([]byte(`[1]`))
	assert.ErrorIs(t, err, ecomkit.ErrInvalidInput)
	_, err = table().WithJSON([]byte(`{"orders.get": 3}`))
	assert.ErrorContains(t, err, "routes[orders.get]")
}

func TestJSONRoundTrip(t *testing.T) {
	tt, err := table().WithJSON(table().JSON())
	require.NoError(t, err)
	assert.Equal(t, table().Map(), tt.Map())
	assert.Equal(t, []string{"id", "item_id"}, table().Params("orders.items"))
}

func TestNewPanicsOnBadDefault(t *testing.T) {
	assert.Panics(t, func() { New(map[string]Route{"x": {"GET", "x"}}) })
}

func TestFieldNamesTheOption(t *testing.T) {
	_, err := table().Field("paths").With(map[string]string{"orders.get": "/o"})
	var fe *ecomkit.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "paths[orders.get]", fe.Field)
	tt, err := table().Field("paths").With(map[string]string{"orders.get": "/o/{id}"})
	require.NoError(t, err)
	_, err = tt.With(map[string]string{"nope": "/x"})
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "paths[nope]", fe.Field, "the name survives With")
}
