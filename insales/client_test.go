package insales_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestNewClientBuildsTheShopURL(t *testing.T) {
	for _, shop := range []string{"myshop", " MyShop ", "myshop.myinsales.ru"} {
		c, err := insales.NewClient(shop, "app", "pw")
		require.NoError(t, err, shop)
		assert.Equal(t, "https://myshop.myinsales.ru/admin", c.BaseURL())
		n, per := c.RateLimiter().(*insales.QuotaLimiter).Quota()
		assert.Equal(t, 500, n)
		assert.Equal(t, "5m0s", per.String())
	}
}

func TestNewClientRefusesBadInput(t *testing.T) {
	cases := []struct{ shop, key, pw, field string }{
		{"", "a", "b", "shop"},
		{"my shop", "a", "b", "shop"},
		{"evil.com/x", "a", "b", "shop"},
		{"-shop", "a", "b", "shop"},
		{"user:pass@shop", "a", "b", "shop"},
		{"shop", "", "b", "api key"},
		{"shop", "a:b", "b", "api key"},
		{"shop", "a", "", "password"},
		{"shop", "a", "p\nw", "password"},
	}
	for _, tc := range cases {
		_, err := insales.NewClient(tc.shop, tc.key, tc.pw)
		var fe *insales.FieldError
		require.ErrorAs(t, err, &fe, "%q", tc.shop)
		assert.Equal(t, tc.field, fe.Field)
		assert.NotContains(t, err.Error(), "pass@", "no credential echoed")
	}
}

func TestAppPasswordIsMD5OfTokenAndSecret(t *testing.T) {
	// md5("token" + "secret") = md5("tokensecret")
	assert.Equal(t, "1b0ebffcd35423aa7674c8cbb60581e4", insales.AppPassword("token", "secret"))
	assert.Len(t, insales.AppPassword("", ""), 32)
}

func TestZeroClientReturnsErrors(t *testing.T) {
	var c insales.Client
	_, err := c.Do(ctx, &insales.Request{Path: "/account.json"}, nil)
	assert.ErrorIs(t, err, insales.ErrInvalidInput)
	var s *insales.ProductsService
	_, err = s.Get(ctx, 1)
	assert.ErrorIs(t, err, insales.ErrInvalidInput)
	for _, err := range s.All(ctx, nil) {
		assert.ErrorIs(t, err, insales.ErrInvalidInput)
	}
	assert.Empty(t, c.BaseURL())
}

func TestDoSendsContentTypeOnAnEmptyPost(t *testing.T) {
	c, rec := serve(t, 200, []byte(`{"status":"ok"}`))
	var out insales.Status
	_, err := c.Do(ctx, &insales.Request{Method: http.MethodPost, Path: "/application_charges/1/decline.json"}, &out)
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	assert.Empty(t, r.Body)
	assert.Equal(t, "ok", out.Status)
}

func TestErrorShapes(t *testing.T) {
	cases := []struct {
		name    string
		status  int
		body    string
		message string
		fields  map[string][]string
		is      error
	}{
		{"bare field map", 422, `{"category_id": ["Категория удалена или отсутствует."]}`, "validation failed",
			map[string][]string{"category_id": {"Категория удалена или отсутствует."}}, insales.ErrValidation},
		{"bare map two fields", 422, `{"image": ["bad"], "src": ["Недопустимый URL"]}`, "validation failed",
			map[string][]string{"image": {"bad"}, "src": {"Недопустимый URL"}}, insales.ErrValidation},
		{"status error", 422, `{"status": "error", "errors": {"options": ["list of properties changed"]}}`, "validation failed",
			map[string][]string{"options": {"list of properties changed"}}, insales.ErrValidation},
		{"base", 422, `{"base": ["Нельзя удалить последний вариант"]}`, "Нельзя удалить последний вариант",
			map[string][]string{"base": {"Нельзя удалить последний вариант"}}, insales.ErrValidation},
		{"message", 422, `{"message": "incorrect Content-Type, should be application/json"}`, "incorrect Content-Type, should be application/json",
			nil, insales.ErrValidation},
		{"html 404", 404, "<!DOCTYPE html>\n<html><body><h1>The page you were looking for doesn't exist.</h1></body></html>", "Not Found",
			nil, insales.ErrNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := serve(t, tc.status, []byte(tc.body))
			_, err := c.Products.Get(ctx, 9)
			var ae *insales.APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.status, ae.StatusCode)
			assert.Equal(t, tc.message, ae.Message)
			assert.Equal(t, tc.fields, ae.Fields)
			assert.True(t, errors.Is(err, tc.is))
			assert.NotContains(t, err.Error(), "<")
			assert.NotContains(t, err.Error(), "app-password")
			assert.NotContains(t, fmt.Sprintf("%+v", err), "app-password")
		})
	}
}

func TestUsageHeaderCorrectsTheLimiter(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("API-Usage-Limit", "2/800")
		_, _ = w.Write([]byte(`{"count": 1}`))
	}))
	defer srv.Close()
	c, err := insales.NewClient("myshop", "app", "pw", insales.WithBaseURL(srv.URL))
	require.NoError(t, err)
	_, err = c.Products.Count(ctx, nil)
	require.NoError(t, err)
	n, per := c.RateLimiter().(*insales.QuotaLimiter).Quota()
	assert.Equal(t, 800, n, "the server's limit replaces the default")
	assert.Equal(t, insales.DefaultRatePeriod, per)
}

func TestQuotaRefusalIsRateLimitedAndRetriedEvenForPOST(t *testing.T) {
	var calls int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			w.Header().Set("API-Usage-Limit", "500/500")
			w.Header().Set("Retry-After", "0.001")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("<html><body>503 Service Temporarily Unavailable</body></html>"))
			return
		}
		w.Header().Set("API-Usage-Limit", "1/500")
		w.WriteHeader(http.StatusCreated)
		_, _ = w.Write(fixture(t, "products.create.response.json"))
	}))
	defer srv.Close()
	c, err := insales.NewClient("myshop", "app", "pw", insales.WithBaseURL(srv.URL), insales.WithoutRateLimit())
	require.NoError(t, err)
	p, err := c.Products.Create(ctx, &insales.ProductCreate{CategoryID: 1, Title: "x", Variants: []insales.VariantAttributes{{}}})
	require.NoError(t, err, "the server refused before acting, so the POST is sent again")
	assert.Equal(t, int64(9854), p.ID)
	assert.Equal(t, 2, calls)
}

func TestQuotaRefusalWithoutRetryIsErrRateLimited(t *testing.T) {
	for _, h := range []map[string]string{
		{"Retry-After": "120"},
		{"API-Usage-Limit": "500/500"},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			for k, v := range h {
				w.Header().Set(k, v)
			}
			w.WriteHeader(http.StatusServiceUnavailable)
		}))
		c, err := insales.NewClient("myshop", "app", "pw", insales.WithBaseURL(srv.URL), insales.WithRetry(0))
		require.NoError(t, err)
		_, err = c.Products.Get(ctx, 1)
		assert.ErrorIs(t, err, insales.ErrRateLimited, "%v", h)
		srv.Close()
	}
	// A 503 that is no quota refusal is a server error only.
	c, _ := serve(t, http.StatusServiceUnavailable, []byte("<html>maintenance</html>"))
	_, err := c.Products.Get(ctx, 1)
	assert.ErrorIs(t, err, insales.ErrServer)
	assert.False(t, errors.Is(err, insales.ErrRateLimited))
}
