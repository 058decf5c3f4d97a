package shopkittest_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// do sends a raw request with the fake's key, as the seed's curl examples do.
func do(t *testing.T, srv *shopkittest.Server, method, path, body string) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("X-API-KEY", shopkittest.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b), resp.Header
}

// TestCurlForms checks that the fake also answers the path forms and
// trailing slashes of the seed's curl examples.
func TestCurlForms(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	cases := []struct {
		method, path, body string
		status             int
		contains           string
	}{
		{"GET", "/product/212322", "", 200, `"handle":"rustic-spice-bowl-set"`},
		{"GET", "/product/rustic-spice-bowl-set", "", 200, `"id":212322`},
		{"GET", "/product/?category=44355&limit=5", "", 200, `[{"add_cart_url":"https://parallax.shopk.it/cart/add/rustic-spice-bowl-set"`},
		{"GET", "/category/14535", "", 200, `"title":"Decoração"`},
		{"GET", "/brand/43", "", 200, `"title":"Pure You"`},
		{"GET", "/order/1337", "", 200, `"hash":"a77e38d0b16ba62f32361331774324904278edcf"`},
		{"GET", "/coupon/bajevolp", "", 200, `[{"applies_to":"all_orders"`},
		{"GET", "/coupon", "", 400, `"message":"Bad request."`},
		{"GET", "/media/725", "", 200, `"checksum":"3df623e086a7d6cd606c4b1043bd7150"`},
		{"GET", "/webhook/1337", "", 200, `"event":"order_created"`},
		{"POST", "/coupon", `{"code":"curl", "limit":"5", "value":"10", "type":"percent", "applies_to":"all_orders"}`, 201, `"limit":5`},
		{"POST", "/media/images", `{"url": "https://example.com/a.jpg"}`, 201, ""},
		{"PUT", "/order/bulk", `[` + strings.Repeat(`{"id":1},`, 50) + `{"id":1}]`, 413, `"message":"Content Too Large"`},
		{"DELETE", "/order/1337", "", 204, ""},
		{"DELETE", "/order/1337/", "", 404, `"message":"Not found."`},
		{"GET", "/nothing/here", "", 404, `"message":"Not found."`},
	}
	for _, tc := range cases {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			status, body, _ := do(t, srv, tc.method, tc.path, tc.body)
			assert.Equal(t, tc.status, status, body)
			assert.Contains(t, body, tc.contains)
		})
	}
}

func TestPagingAndAuth(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	status, body, h := do(t, srv, "GET", "/product?limit=1&page=2", "")
	require.Equal(t, 200, status)
	assert.Equal(t, "2", h.Get("X-Total-Count"))
	var items []map[string]any
	require.NoError(t, json.Unmarshal([]byte(body), &items))
	require.Len(t, items, 1)
	assert.EqualValues(t, 212314, items[0]["id"])

	status, _, _ = do(t, srv, "GET", "/product?limit=0", "")
	assert.Equal(t, 400, status)

	resp, err := http.Get(srv.URL + "/store")
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, 401, resp.StatusCode)
	assert.JSONEq(t, `{"message": "Unauthorized."}`, string(b))

	resp, err = http.Get(srv.URL + "/store?X-API-KEY=" + shopkittest.APIKey)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode, "the documented query-parameter form is accepted too")

	rec, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "/store", rec.Path)
}

func TestLoad(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	require.Equal(t, 1, srv.Len("orders"))
	require.NoError(t, srv.Load("orders", []byte(`[{"id": 7331, "status": 1, "status_alias": "pending", "paid": false, "total": 12.5}]`)))
	assert.Equal(t, 2, srv.Len("orders"))
	status, body, h := do(t, srv, "GET", "/order?status_alias=pending", "")
	assert.Equal(t, 200, status)
	assert.Equal(t, "1", h.Get("X-Total-Count"))
	assert.Contains(t, body, `"id":7331`)
	assert.Error(t, srv.Load("invoices", []byte(`[]`)))
	for _, bad := range []string{"", "{}", "[1]", "[null]", `[{"id": 1}, null]`} {
		assert.Error(t, srv.Load("orders", []byte(bad)), bad)
	}
	assert.Equal(t, 2, srv.Len("orders"), "nothing loaded from bad input")
	assert.Equal(t, 0, srv.Len("invoices"))
}

func TestOrderDateFilter(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	now := time.Now().UTC()
	recent := now.Format(time.RFC3339)
	tenDays := now.AddDate(0, 0, -10).Format(time.RFC3339)
	require.NoError(t, srv.Load("orders", []byte(`[{"id": 1, "created_at": "`+recent+`", "paid_at": null},
		{"id": 2, "created_at": "`+tenDays+`", "paid_at": "`+recent+`"}]`)))
	for _, tc := range []struct{ query, total string }{
		{"date_filter=today", "1"},
		{"date_filter=yesterday", "0"},
		{"date_filter=last_week", "1"},
		{"date_filter=last_month", "2"},
		{"date_filter=last_week&date_type=paid_at", "1"},
		{"date_filter=last_year", "0"},
	} {
		status, _, h := do(t, srv, "GET", "/order?"+tc.query, "")
		require.Equal(t, 200, status, tc.query)
		assert.Equal(t, tc.total, h.Get("X-Total-Count"), tc.query)
	}
}

// TestRefusesWhatTheDocsRefuse checks the fake's 400s for bodies and
// parameters outside the documented types.
func TestRefusesWhatTheDocsRefuse(t *testing.T) {
	for _, tc := range []struct{ method, path, body string }{
		{"POST", "/product/212322/option_group", `{"title": "Size", "options": ["S", 1]}`},
		{"PUT", "/product/212322/option_group/62775", `{"title": "Size", "options": ["S", null]}`},
		{"PUT", "/product/212322/option_group/62775", `{"title": 5, "options": ["S"]}`},
		{"PUT", "/product/212322/option/363364", `{"price": "abc"}`},
		{"PUT", "/product/212322/option/363364", `{"stock": 1.5}`},
		{"PUT", "/product/212322/option/363364", `{"price": 10, "price_promo": 10}`},
		{"GET", "/shipping?country_code=prt&weight=heavy", ""},
		{"GET", "/shipping?country_code=prt&value=x", ""},
	} {
		srv := shopkittest.NewServer()
		status, body, _ := do(t, srv, tc.method, tc.path, tc.body)
		assert.Equal(t, 400, status, "%s %s %s", tc.method, tc.path, tc.body)
		assert.JSONEq(t, `{"message": "Bad request."}`, body)
		srv.Close()
	}
	srv := shopkittest.NewServer()
	defer srv.Close()
	status, body, _ := do(t, srv, "PUT", "/product/212322/option/363364", `{"price": "12.50", "price_promo": 9.9}`)
	require.Equal(t, 200, status, body)
	assert.Contains(t, body, `"price":12.50`)
	assert.Contains(t, body, `"price_formatted":"12,50 €"`)
	assert.Contains(t, body, `"price_promo":9.9`)
}
