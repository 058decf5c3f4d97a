package mycashflowtest

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRoutesCoverEveryEndpointMostLiteralFirst(t *testing.T) {
	srv := NewServer(Empty())
	defer srv.Close()
	require.Len(t, srv.routes, 49)
	route := func(method, path string) string {
		for _, rt := range srv.routes {
			if _, ok := match(rt.segs, strings.Split(strings.Trim(path, "/"), "/")); ok && rt.method == method {
				return rt.name
			}
		}
		return ""
	}
	assert.Equal(t, "categories.get_by_external_id", route("GET", "/api/v1/categories/external_id=subcategories"))
	assert.Equal(t, "categories.list_subcategories", route("GET", "/api/v1/categories/4/subcategories"))
	assert.Equal(t, "customers.get_by_email", route("GET", "/api/v1/customers/email=a@b.fi"))
	assert.Equal(t, "customers.get", route("GET", "/api/v1/customers/email"), "a bare field is no lookup")
	assert.Equal(t, "customers.get", route("GET", "/api/v1/customers/12"))
	assert.Equal(t, "customer_groups.remove_customer", route("DELETE", "/api/v1/customer-groups/3/customers/9"))
	assert.Equal(t, "", route("GET", "/api/v1/customers/12/orders"))
}

func TestBadPathOverridePanics(t *testing.T) {
	assert.PanicsWithValue(t, `mycashflowtest: invalid paths[customers.get]: "/customer/{id}" must have the placeholders {customerID}, each once (got {id})`, func() {
		NewServer(WithPaths(map[string]string{"customers.get": "/customer/{id}"}))
	})
}

func TestUnknownRouteAnswersTheErrorShape(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	req, _ := http.NewRequest(http.MethodGet, srv.BaseURL()+"/products", nil)
	req.SetBasicAuth(User, APIKey)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
}

func TestLoadAndReadBack(t *testing.T) {
	srv := NewServer(Empty())
	defer srv.Close()
	require.NoError(t, srv.Load("customers", []byte(`[{"id":3000000000,"first_name":"Aino","email":"aino@example.fi","created_at":"2024-01-02T10:00:00+02:00"}]`)))
	require.NoError(t, srv.Load("customer_groups", []byte(`[{"id":7,"name":"VIP"}]`)))
	require.NoError(t, srv.Load("campaign_prices", []byte(`[{"campaign_id":1,"product_id":2,"price":"9.90"}]`)))
	assert.ErrorContains(t, srv.Load("customers", []byte(`[{"id":1},null]`)), "element 1 is not a JSON object")
	assert.ErrorContains(t, srv.Load("orders", []byte(`[]`)), `unknown resource "orders"`)
	assert.Equal(t, 1, srv.Len("customers"), "a refused load adds nothing")
	assert.Equal(t, 1, srv.Len("campaign_prices"))
	assert.Contains(t, srv.Resources(), "gift_cards")

	cu, ok := srv.Customer(3000000000)
	require.True(t, ok, "ids past 2^31 survive")
	assert.Equal(t, "Aino", cu.FirstName)
	_, ok = srv.Customer(1)
	assert.False(t, ok)

	c := srv.Client()
	ctx := context.Background()
	_, err := c.CustomerGroups.AddCustomer(ctx, 7, 3000000000)
	require.NoError(t, err)
	assert.Equal(t, []int64{3000000000}, srv.GroupMembers(7))
	g, ok := srv.CustomerGroup(7)
	require.True(t, ok)
	assert.Equal(t, "VIP", g.Name)

	last, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "/api/v1/customer-groups/7/customers", last.Path)
	assert.JSONEq(t, `{"customer_id":3000000000}`, string(last.Body))
	var reqs []Request = srv.Requests()
	assert.Len(t, reqs, 1)
}

func TestSetFaultsAndCount(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	c := srv.Client()
	srv.SetFaults(Faults{FailFirst: 1, FailStatus: http.StatusServiceUnavailable})
	_, err := c.Customers.Get(context.Background(), 1)
	require.NoError(t, err)
	assert.Equal(t, 2, srv.Count(), "one 503, then the answer")
	gc, ok := srv.GiftCard("DTGZRVGGYPS2YMNC")
	require.True(t, ok, "the documented gift card is preloaded")
	assert.Equal(t, "DTGZRVGGYPS2YMNC", gc.Code)
}
