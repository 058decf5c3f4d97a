package storefront

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A PHP backend sends numbers as strings, lists as {"0":..}, nulls and
// members nobody documented: all of it is read and kept.
func TestEnvelopeToleratesPHPShapes(t *testing.T) {
	srv, _ := recorder(t, 200, `{"items":{"0":{"id":"5","title":"Wig","price":"4900","taxable":"1","specifications":[],"surprise":{"a":1}},"1":{"id":6,"title":null,"price":null}},
		"_links":{"self":{"href":"/products/filter?page=1"}},"_meta":{"totalCount":"2","pageCount":"1","currentPage":"1","perPage":"16"}}`)
	c, err := NewClient(srv.URL)
	require.NoError(t, err)
	p, err := c.Products.Filter(context.Background(), nil)
	require.NoError(t, err)
	require.Len(t, p.Items, 2)
	assert.Equal(t, int64(5), p.Items[0].ID)
	assert.Equal(t, "4900", p.Items[0].Price.String())
	assert.True(t, p.Items[0].Taxable)
	assert.JSONEq(t, `{"a":1}`, string(p.Items[0].Extra["surprise"]))
	assert.Equal(t, "", p.Items[1].Title)
	assert.Equal(t, 2, p.Total)
	assert.Equal(t, 16, p.Size)
	assert.False(t, p.HasNext())
}

// A server that ignores page answers page 1 forever: All stops with
// ErrPagingLoop instead of looping.
func TestAllStopsWhenTheServerIgnoresPage(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		_, _ = io.WriteString(w, `{"items":[{"id":1}],"_meta":{"totalCount":50,"pageCount":50,"currentPage":1,"perPage":1}}`)
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, WithCustomerToken("tok-1234"))
	require.NoError(t, err)
	var n int
	var last error
	for _, err := range c.Orders.All(context.Background(), nil) {
		if err != nil {
			last = err
			break
		}
		n++
	}
	assert.ErrorIs(t, last, ErrPagingLoop)
	assert.Less(t, calls, 5)
	assert.GreaterOrEqual(t, n, 1)
}

// A 2xx body that is not the resource is an error, never a zero value.
func TestNotTheResource(t *testing.T) {
	for _, body := range []string{`{}`, `null`, `[]`, `"ok"`} {
		srv, _ := recorder(t, 200, body)
		c, err := NewClient(srv.URL)
		require.NoError(t, err)
		p, err := c.Products.Get(context.Background(), 1)
		assert.Error(t, err, body)
		assert.Nil(t, p, body)
	}
	srv, _ := recorder(t, 200, `{"name":"Internal Server Error","message":"boom","code":0,"status":500}`)
	c, err := NewClient(srv.URL)
	require.NoError(t, err)
	_, err = c.Products.Get(context.Background(), 1)
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "boom", ae.Message)
}

func TestYii2ErrorShapes(t *testing.T) {
	srv, _ := recorder(t, 422, `[{"field":"email","message":"Email is not a valid email address."}]`)
	c, err := NewClient(srv.URL, WithRetry(0))
	require.NoError(t, err)
	_, err = c.Customers.SignUp(context.Background(), &SignUpParams{Username: "u", Email: "a@example.com"})
	assert.ErrorIs(t, err, ErrValidation)
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, []string{"Email is not a valid email address."}, ae.Fields["email"])
	srv2, _ := recorder(t, 404, `{"name":"Not Found","message":"Page not found.","code":0,"status":404}`)
	c2, err := NewClient(srv2.URL, WithRetry(0))
	require.NoError(t, err)
	_, err = c2.Collections.Get(context.Background(), "missing")
	assert.ErrorIs(t, err, ErrNotFound)
	assert.Contains(t, fmt.Sprint(err), "Page not found.")
}
