package mycashflow_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// TestNoVerbPrintsTheKey formats the client and every service with every
// verb: none prints the API key or the user's credentials.
func TestNoVerbPrintsTheKey(t *testing.T) {
	c, _ := mockClient(t, 200, []byte(`{"data":{}}`))
	values := map[string]any{
		"*Client": c, "Client": *c,
		"BannerGroups": c.BannerGroups, "Banners": c.Banners, "Brands": c.Brands,
		"Campaigns": c.Campaigns, "Categories": c.Categories, "CustomerGroups": c.CustomerGroups,
		"Customers": c.Customers, "EmailSubscribers": c.EmailSubscribers, "GiftCards": c.GiftCards,
		"*Customers value": *c.Customers,
	}
	for name, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%t", "%d"} {
			out := fmt.Sprintf(verb, v)
			assert.NotContains(t, out, testKey, "%s with %s: %s", name, verb, out)
			assert.NotContains(t, out, "s3cret", "%s with %s", name, verb)
		}
	}
	assert.Equal(t, "mycashflow.Client{base: "+testBase+"}", fmt.Sprint(c))
	assert.Equal(t, `"mycashflow.Client{base: `+testBase+`}"`, fmt.Sprintf("%q", c))
	assert.Equal(t, "mycashflow.CustomersService", fmt.Sprintf("%+v", c.Customers))
	assert.Equal(t, "mycashflow.Client{}", fmt.Sprint(mcf.Client{}))
	require.NotPanics(t, func() {
		assert.Equal(t, "<nil> <nil>", fmt.Sprintf("%v %q", (*mcf.Client)(nil), (*mcf.CustomersService)(nil)))
	})
}

// TestZeroClientAndNilServicesReturnErrors: a Client not made by NewClient
// and a nil service answer an error, never panic.
func TestZeroClientAndNilServicesReturnErrors(t *testing.T) {
	ctx := context.Background()
	var zero mcf.Client
	var nilSvc *mcf.CustomersService
	var nilClient *mcf.Client
	calls := map[string]func() error{
		"zero Do": func() error {
			_, err := zero.Do(ctx, &mcf.Request{Method: http.MethodGet, Path: "/customers"}, nil)
			return err
		},
		"nil Do": func() error {
			_, err := nilClient.Do(ctx, &mcf.Request{Method: http.MethodGet, Path: "/customers"}, nil)
			return err
		},
		"nil service Get":  func() error { return e1(nilSvc.Get(ctx, 1)) },
		"nil service List": func() error { return e1(nilSvc.List(ctx, nil)) },
		"nil service All":  func() error { return firstErr(nilSvc.All(ctx, nil)) },
		"zero service Get": func() error { return e1((&mcf.CustomersService{}).Get(ctx, 1)) },
		"zero service Update": func() error {
			return e1((&mcf.CustomersService{}).Update(ctx, 1, &mcf.CustomerUpdate{City: mcf.Ptr("Oulu")}))
		},
		"zero service Create": func() error {
			return e1((&mcf.CustomerGroupsService{}).Create(ctx, &mcf.CustomerGroupCreate{Name: "VIP"}))
		},
		"zero service RemoveCustomer": func() error { return (&mcf.CustomerGroupsService{}).RemoveCustomer(ctx, 1, 2) },
		"zero service GetByEmail":     func() error { return e1((&mcf.CustomersService{}).GetByEmail(ctx, "a@b.fi")) },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = call() })
			require.ErrorIs(t, err, mcf.ErrInvalidInput)
			assert.Contains(t, err.Error(), "NewClient")
		})
	}
	require.NotPanics(t, func() {
		assert.Equal(t, "", zero.BaseURL())
		assert.Nil(t, zero.RateLimiter())
		assert.Equal(t, "", nilClient.BaseURL())
	})
}

// TestClientDoAndRateLimiter: Do sends an unwrapped endpoint with the
// client's credentials; RateLimiter is nil by default and the shared one
// when given.
func TestClientDoAndRateLimiter(t *testing.T) {
	c, rec := mockClient(t, 200, []byte(`{"data":[{"id":5,"status":"new"}],"meta":{"page":1}}`))
	var orders []struct {
		ID     int64  `json:"id"`
		Status string `json:"status"`
	}
	resp, err := c.Do(context.Background(), &mcf.Request{Method: http.MethodGet, Path: "/orders", Query: url.Values{"page": {"2"}}, Unwrap: "data"}, &orders)
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
	require.Len(t, orders, 1)
	assert.Equal(t, int64(5), orders[0].ID)
	r, _ := rec.last(t)
	assert.Equal(t, "/api/v1/orders", r.URL.Path)
	assert.Equal(t, "page=2", r.URL.RawQuery)
	assertHeaders(t, r)

	assert.True(t, c.RateLimiter() == nil, "no quota is documented: no limiter by default (an untyped nil)")
	assert.Equal(t, testBase, c.BaseURL())
	l, err := mcf.NewRateLimiter(10, time.Second)
	require.NoError(t, err)
	c2, _ := mockClient(t, 200, nil, mcf.WithRateLimiter(l))
	assert.Same(t, l, c2.RateLimiter())
}

// TestLookupMissIsNotFound: GetByEmail and GetByExternalID of an unknown
// customer answer ErrNotFound, never a nil customer with a nil error.
func TestLookupMissIsNotFound(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	cu, err := c.Customers.GetByEmail(ctx, "nobody@example.fi")
	assert.Nil(t, cu)
	require.ErrorIs(t, err, mcf.ErrNotFound)
	var ae *mcf.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)

	cu, err = c.Customers.GetByExternalID(ctx, "no-such-id")
	assert.Nil(t, cu)
	require.ErrorIs(t, err, mcf.ErrNotFound)

	cu, err = c.Customers.GetByEmail(ctx, "mail@domain.fi")
	require.NoError(t, err)
	assert.Equal(t, "mail@domain.fi", cu.Email, "the documented customer is found")
}

// TestServiceInterfacesListEveryMethod: each XxxAPI interface has every
// exported method of its service (bar String and Format), so a mock of
// the interface can stand in for the service anywhere.
func TestServiceInterfacesListEveryMethod(t *testing.T) {
	pairs := map[reflect.Type]reflect.Type{
		reflect.TypeFor[*mcf.BannerGroupsService]():     reflect.TypeFor[mcf.BannerGroupsAPI](),
		reflect.TypeFor[*mcf.BannersService]():          reflect.TypeFor[mcf.BannersAPI](),
		reflect.TypeFor[*mcf.BrandsService]():           reflect.TypeFor[mcf.BrandsAPI](),
		reflect.TypeFor[*mcf.CampaignsService]():        reflect.TypeFor[mcf.CampaignsAPI](),
		reflect.TypeFor[*mcf.CategoriesService]():       reflect.TypeFor[mcf.CategoriesAPI](),
		reflect.TypeFor[*mcf.CustomerGroupsService]():   reflect.TypeFor[mcf.CustomerGroupsAPI](),
		reflect.TypeFor[*mcf.CustomersService]():        reflect.TypeFor[mcf.CustomersAPI](),
		reflect.TypeFor[*mcf.EmailSubscribersService](): reflect.TypeFor[mcf.EmailSubscribersAPI](),
		reflect.TypeFor[*mcf.GiftCardsService]():        reflect.TypeFor[mcf.GiftCardsAPI](),
	}
	// Every service field of Client is covered.
	ct := reflect.TypeFor[mcf.Client]()
	for i := range ct.NumField() {
		if f := ct.Field(i); f.IsExported() {
			_, ok := pairs[f.Type]
			assert.True(t, ok, "no interface checked for Client.%s", f.Name)
		}
	}
	for svc, api := range pairs {
		for i := range svc.NumMethod() {
			m := svc.Method(i)
			if m.Name == "String" || m.Name == "Format" {
				continue
			}
			_, ok := api.MethodByName(m.Name)
			assert.True(t, ok, "%s lacks %s", api.Name(), m.Name)
		}
	}
}

// TestNilContextIsAnError: a nil context is refused with a FieldError,
// never a panic, by calls and iterators alike.
func TestNilContextIsAnError(t *testing.T) {
	c, rec := mockClient(t, 200, fixture(t, "customers.get.response"))
	var nilCtx context.Context
	calls := map[string]func() error{
		"Get":    func() error { return e1(c.Customers.Get(nilCtx, 1)) },
		"List":   func() error { return e1(c.Customers.List(nilCtx, nil)) },
		"All":    func() error { return firstErr(c.Customers.All(nilCtx, nil)) },
		"Create": func() error { return e1(c.CustomerGroups.Create(nilCtx, &mcf.CustomerGroupCreate{Name: "VIP"})) },
		"Do": func() error {
			_, err := c.Do(nilCtx, &mcf.Request{Method: http.MethodGet, Path: "/x"}, nil)
			return err
		},
		"Removal": func() error { return c.CustomerGroups.RemoveCustomer(nilCtx, 1, 2) },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = call() })
			var fe *mcf.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "context", fe.Field)
		})
	}
	assert.Equal(t, 0, rec.count())
}
