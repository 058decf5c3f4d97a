package mycashflowtest

import (
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
	assert.Equal(t, "categories.get_by_external_id", route("GET", "/api/v1/categories/external/subcategories"))
	assert.Equal(t, "categories.list_subcategories", route("GET", "/api/v1/categories/4/subcategories"))
	assert.Equal(t, "customers.get_by_email", route("GET", "/api/v1/customers/email/a@b.fi"))
	assert.Equal(t, "customers.get", route("GET", "/api/v1/customers/12"))
	assert.Equal(t, "customer_groups.remove_customer", route("DELETE", "/api/v1/customer-groups/3/customers/9"))
	assert.Equal(t, "", route("GET", "/api/v1/customers/12/orders"))
}

func TestBadPathOverridePanics(t *testing.T) {
	assert.PanicsWithValue(t, `mycashflowtest: invalid paths[customers.get]: "/customer/{id}" must have the placeholders [{customerID}] in that order`, func() {
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
