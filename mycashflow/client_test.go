package mycashflow_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

func TestNewClientValidatesInput(t *testing.T) {
	cases := []struct {
		store, user, key, field string
	}{
		{"", testUser, testKey, "store"},
		{"my store", testUser, testKey, "store"},
		{"shop.evil.com", testUser, testKey, "store"},
		{"-shop", testUser, testKey, "store"},
		{"shop-", testUser, testKey, "store"},
		{"shop/x", testUser, testKey, "store"},
		{strings.Repeat("a", 64), testUser, testKey, "store"},
		{"shop", "", testKey, "apiUser"},
		{"shop", "a:b@c.fi", testKey, "apiUser"},
		{"shop", testUser, " ", "apiKey"},
	}
	for _, tc := range cases {
		t.Run(tc.field+"/"+tc.store+tc.user, func(t *testing.T) {
			c, err := mcf.NewClient(tc.store, tc.user, tc.key)
			assert.Nil(t, c)
			var fe *mcf.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
			assert.ErrorIs(t, err, mcf.ErrInvalidInput)
			assert.NotContains(t, err.Error(), testKey)
		})
	}
}

func TestNewClientDefaults(t *testing.T) {
	c, err := mcf.NewClient("My-Store1", testUser, testKey)
	require.NoError(t, err)
	assert.Equal(t, "https://my-store1.mycashflow.fi/api/v1", c.BaseURL())
	assert.Equal(t, mcf.DefaultPaths(), c.Paths())
	for name, p := range c.Paths() {
		assert.True(t, strings.HasPrefix(p, "/"), name)
		assert.False(t, strings.HasSuffix(p, "/"), "%s: the API refuses a trailing slash", name)
	}
}

func TestWithPathsValidation(t *testing.T) {
	cases := map[string]struct {
		paths map[string]string
		field string
	}{
		"unknown endpoint":       {map[string]string{"customers.delete": "/customers/{customerID}"}, "paths[customers.delete]"},
		"renamed placeholder":    {map[string]string{"customers.get": "/customers/{id}"}, "paths[customers.get]"},
		"missing placeholder":    {map[string]string{"customer_groups.remove_customer": "/customer-groups/{customerGroupID}/customers"}, "paths[customer_groups.remove_customer]"},
		"extra placeholder":      {map[string]string{"banners.list": "/banners/{x}"}, "paths[banners.list]"},
		"swapped placeholders":   {map[string]string{"customer_groups.remove_customer": "/c/{customerID}/g/{customerGroupID}"}, "paths[customer_groups.remove_customer]"},
		"trailing slash":         {map[string]string{"brands.list": "/brands/"}, "paths[brands.list]"},
		"relative":               {map[string]string{"brands.list": "brands"}, "paths[brands.list]"},
		"query":                  {map[string]string{"customers.get_by_email": "/customers?email={email}"}, "paths[customers.get_by_email]"},
		"dot dot":                {map[string]string{"brands.list": "/../v0/brands"}, "paths[brands.list]"},
		"unbalanced brace":       {map[string]string{"brands.get": "/brands/{brandID}}"}, "paths[brands.get]"},
		"empty segment":          {map[string]string{"brands.list": "//brands"}, "paths[brands.list]"},
		"the bad one is named":   {map[string]string{"brands.list": "/brand", "gift_cards.get": "/gift-cards/{code}"}, "paths[gift_cards.get]"},
		"empty path is refused":  {map[string]string{"brands.list": ""}, "paths[brands.list]"},
		"a method is not a path": {map[string]string{"brands.list": "POST /brands"}, "paths[brands.list]"},
		"leading blank":          {map[string]string{"brands.list": " /brands"}, "paths[brands.list]"},
		"trailing blank":         {map[string]string{"brands.list": "/brands "}, "paths[brands.list]"},
		"dot segment":            {map[string]string{"brands.list": "/./brands"}, "paths[brands.list]"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			c, err := mcf.NewClient(testStore, testUser, testKey, mcf.WithRetry(1), mcf.WithPaths(tc.paths))
			assert.Nil(t, c)
			var fe *mcf.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
		})
	}
}

func TestWithPathsMixesWithCoreOptions(t *testing.T) {
	c, rec := mockClient(t, 200, fixture(t, "customers.get.response"),
		mcf.WithPaths(map[string]string{"customers.get": "/customer/{customerID}"}),
		mcf.WithRetry(0),
		mcf.WithPaths(map[string]string{"customers.get_by_email": "/customers/by-email/{email}"}),
		mcf.WithUserAgent("SyncTool/2.0"))
	assert.Equal(t, "/customer/{customerID}", c.Paths()["customers.get"])
	assert.Equal(t, "/customers/by-email/{email}", c.Paths()["customers.get_by_email"])
	assert.Equal(t, mcf.DefaultPaths()["customers.list"], c.Paths()["customers.list"])

	_, err := c.Customers.Get(context.Background(), 7)
	require.NoError(t, err)
	r, _ := rec.last(t)
	assert.Equal(t, "/api/v1/customer/7", r.URL.Path, "the overridden path reaches the wire")
	assert.Equal(t, "SyncTool/2.0 ecomkit-go/"+mcf.Version, r.Header.Get("User-Agent"))

	_, err = c.Customers.GetByEmail(context.Background(), "a+b@x.fi")
	require.NoError(t, err)
	r, _ = rec.last(t)
	assert.Equal(t, "/api/v1/customers/by-email/a+b@x.fi", r.URL.Path)

	// The defaults are untouched for other clients.
	assert.Equal(t, "/customers/{customerID}", mcf.DefaultPaths()["customers.get"])
}

func TestPathParametersAreEscaped(t *testing.T) {
	c, rec := mockClient(t, 200, fixture(t, "banners.get.response"))
	_, err := c.Banners.GetByCode(context.Background(), "summer/../sale")
	require.NoError(t, err)
	r, _ := rec.last(t)
	assert.Equal(t, "/api/v1/banners/code=summer%2F..%2Fsale", r.URL.EscapedPath())

	_, err = c.Banners.GetByCode(context.Background(), "..")
	var fe *mcf.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "code", fe.Field)
	assert.Equal(t, 1, rec.count())
}

func TestErrorsReachSentinels(t *testing.T) {
	cases := []struct {
		status  int
		body    string
		is      []error
		message string
		fields  map[string][]string
	}{
		{400, `{"error":"Bad Request","description":"Malformed JSON"}`, []error{mcf.ErrBadRequest, mcf.ErrValidation}, "Bad Request: Malformed JSON", nil},
		{401, `{"error":"Unauthorized","description":"Invalid credentials"}`, []error{mcf.ErrUnauthorized}, "Unauthorized: Invalid credentials", nil},
		{404, `{"error":"Not Found","description":"No such customer"}`, []error{mcf.ErrNotFound}, "Not Found: No such customer", nil},
		{409, `{"error":"Conflict","description":"Code in use"}`, []error{mcf.ErrConflict}, "Conflict: Code in use", nil},
		{422, `{"errors":{"name":["This field is required."],"email":["Invalid email address.","Too long."]}}`, []error{mcf.ErrValidation}, "",
			map[string][]string{"name": {"This field is required."}, "email": {"Invalid email address.", "Too long."}}},
		{500, `{"error":"Internal Server Error","description":"oops"}`, []error{mcf.ErrServer}, "Internal Server Error: oops", nil},
		{503, `{"error":"Service Unavailable","description":"maintenance"}`, []error{mcf.ErrServer}, "Service Unavailable: maintenance", nil},
	}
	for _, tc := range cases {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			c, _ := mockClient(t, tc.status, []byte(tc.body), mcf.WithRetry(0))
			_, err := c.Brands.Update(context.Background(), 1, &mcf.BrandUpdate{Name: mcf.Ptr("x")})
			for _, s := range tc.is {
				assert.ErrorIs(t, err, s)
			}
			var ae *mcf.APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.status, ae.StatusCode)
			if tc.message != "" {
				assert.Equal(t, tc.message, ae.Message)
			}
			if tc.fields != nil {
				assert.Equal(t, tc.fields, ae.Fields)
			}
			assert.NotContains(t, err.Error(), testKey)
		})
	}
}

func TestSecretsStayOutOfLogsAndErrors(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	basic := base64.StdEncoding.EncodeToString([]byte(testUser + ":" + testKey))
	for _, status := range []int{200, 401, 503} {
		c, rec := mockClient(t, status, fixture(t, "customers.get.response"), mcf.WithLogger(logger), mcf.WithRetry(1))
		_, err := c.Customers.Get(context.Background(), 1)
		require.Positive(t, rec.count())
		if err != nil {
			assert.NotContains(t, err.Error(), testKey)
			assert.NotContains(t, err.Error(), basic)
			assert.NotContains(t, fmt.Sprintf("%+v", err), testKey)
		}
	}
	require.NotEmpty(t, logs.String(), "debug lines were written")
	assert.NotContains(t, logs.String(), testKey)
	assert.NotContains(t, logs.String(), basic)
}

func TestRetriesGetNotPost(t *testing.T) {
	c, rec := mockClient(t, 503, []byte(`{"error":"Service Unavailable","description":"later"}`), mcf.WithRetry(2))
	_, err := c.Customers.Get(context.Background(), 1)
	assert.ErrorIs(t, err, mcf.ErrServer)
	assert.Equal(t, 3, rec.count(), "a GET is retried")

	c, rec = mockClient(t, 500, []byte(`{"error":"Internal Server Error","description":"x"}`), mcf.WithRetry(3))
	_, err = c.Customers.Create(context.Background(), &mcf.CustomerCreate{FirstName: "A", LastName: "B", StreetAddress: "S", PostalCode: "1", City: "C", Country: "FI", Email: "a@b.fi"})
	assert.ErrorIs(t, err, mcf.ErrServer)
	assert.Equal(t, 1, rec.count(), "a POST answered 500 is sent once")
}

func TestUpdateSendsOnlySetFields(t *testing.T) {
	c, rec := mockClient(t, 200, fixture(t, "customers.update.response"))
	_, err := c.Customers.Update(context.Background(), 1, &mcf.CustomerUpdate{
		LoginAllowed: mcf.Ptr(false), Company: mcf.Ptr(""), Phone: mcf.Ptr("0401234567"),
	})
	require.NoError(t, err)
	r, body := rec.last(t)
	assert.Equal(t, http.MethodPatch, r.Method)
	assert.Equal(t, `{"login_allowed":false,"company":"","phone":"0401234567"}`, string(body))

	c, rec = mockClient(t, 200, fixture(t, "gift_cards.update.response"))
	_, err = c.GiftCards.Update(context.Background(), "CODE1", &mcf.GiftCardUpdate{Balance: mcf.Ptr(mcf.MustDecimal("12.50"))})
	require.NoError(t, err)
	_, body = rec.last(t)
	assert.Equal(t, `{"balance":12.50}`, string(body), "money keeps its exact text")

	c, rec = mockClient(t, 200, fixture(t, "campaigns.update.response"))
	_, err = c.Campaigns.Update(context.Background(), 1, &mcf.CampaignUpdate{Published: mcf.Ptr(false)})
	require.NoError(t, err)
	_, body = rec.last(t)
	assert.Equal(t, `{"published":false}`, string(body))

}

// TestEmptyUpdateRefused: an update that sets nothing would send {}; every
// Update refuses it before sending, as it refuses nil.
func TestEmptyUpdateRefused(t *testing.T) {
	ctx := context.Background()
	calls := map[string]func(c *mcf.Client) error{
		"banner_groups": func(c *mcf.Client) error { return e1(c.BannerGroups.Update(ctx, 1, &mcf.BannerGroupUpdate{})) },
		"banners":       func(c *mcf.Client) error { return e1(c.Banners.Update(ctx, 1, &mcf.BannerUpdate{})) },
		"banners by code": func(c *mcf.Client) error {
			return e1(c.Banners.UpdateByCode(ctx, "x", &mcf.BannerUpdate{Translations: []mcf.BannerTranslation{}}))
		},
		"brands":    func(c *mcf.Client) error { return e1(c.Brands.Update(ctx, 1, &mcf.BrandUpdate{})) },
		"campaigns": func(c *mcf.Client) error { return e1(c.Campaigns.Update(ctx, 1, &mcf.CampaignUpdate{})) },
		"categories": func(c *mcf.Client) error {
			return e1(c.Categories.Update(ctx, 1, &mcf.CategoryUpdate{}))
		},
		"categories by external id": func(c *mcf.Client) error {
			return e1(c.Categories.UpdateByExternalID(ctx, "56", &mcf.CategoryUpdate{}))
		},
		"customer_groups": func(c *mcf.Client) error {
			return e1(c.CustomerGroups.Update(ctx, 1, &mcf.CustomerGroupUpdate{}))
		},
		"customers":  func(c *mcf.Client) error { return e1(c.Customers.Update(ctx, 1, &mcf.CustomerUpdate{})) },
		"gift_cards": func(c *mcf.Client) error { return e1(c.GiftCards.Update(ctx, "CODE1", &mcf.GiftCardUpdate{})) },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			c, rec := mockClient(t, 200, []byte(`{"data":{"id":1}}`))
			err := call(c)
			var fe *mcf.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "body", fe.Field)
			assert.Equal(t, "nothing to update", fe.Problem)
			assert.Equal(t, 0, rec.count(), "nothing is sent")
		})
	}
}

func TestTolerantDecoding(t *testing.T) {
	body := `{"data": {"id": 7, "created_at": "2013-06-19 20:41:47", "updated_at": null,
		"parent_id": 1, "external_id": "56", "name": "Shoes", "default_template": "product-list",
		"translations": null, "seo_slug": "shoes", "custom": {"a": 1}}}`
	c, _ := mockClient(t, 200, []byte(body))
	cat, err := c.Categories.Get(context.Background(), 7)
	require.NoError(t, err)
	assert.Equal(t, int64(7), cat.ID)
	assert.Equal(t, time.Date(2013, 6, 19, 20, 41, 47, 0, time.UTC), cat.CreatedAt.Time)
	assert.True(t, cat.UpdatedAt.IsZero())
	assert.Equal(t, int64(56), cat.ExternalID, "a numeric string")
	assert.Nil(t, cat.Translations)
	assert.JSONEq(t, `"shoes"`, string(cat.Extra["seo_slug"]), "unknown fields are kept")
	assert.JSONEq(t, `{"a":1}`, string(cat.Extra["custom"]))

	// Money as a string, group ids as an object keyed "0", "1".
	c, _ = mockClient(t, 200, []byte(`{"data":{"code":"X","balance":"12.30","expires_at":"2030-01-02"}}`))
	g, err := c.GiftCards.Get(context.Background(), "X")
	require.NoError(t, err)
	assert.Equal(t, "12.30", g.Balance.String())
	assert.Equal(t, "2030-01-02", g.ExpiresAt.String())

	c, _ = mockClient(t, 200, []byte(`{"data":{"id":1,"conditions":{"time":{"from":"2020-01-01T00:00:00+02:00","to":null},"customers":{"group_ids":{"0":4,"1":9}}}}}`))
	cp, err := c.Campaigns.Get(context.Background(), 1)
	require.NoError(t, err)
	assert.Equal(t, mcf.List[int64]{4, 9}, cp.Conditions.Customers.GroupIDs)
	require.NotNil(t, cp.Conditions.Time.From)
	assert.Nil(t, cp.Conditions.Time.To)

	// Prices answered flat instead of nested.
	c, _ = mockClient(t, 200, []byte(`{"data":[{"product_id":4,"price":"39.99"}]}`))
	rows, err := c.Campaigns.UpdatePrices(context.Background(), 1, []mcf.CampaignPrice{{ProductID: 4, Price: mcf.MustDecimal("39.99")}})
	require.NoError(t, err)
	assert.Equal(t, []mcf.CampaignPrice{{ProductID: 4, Price: mcf.MustDecimal("39.99")}}, rows)

	// A body without "data" is an invalid response, not a silent zero value.
	c, _ = mockClient(t, 200, []byte(`{"id":1}`))
	_, err = c.Brands.Get(context.Background(), 1)
	assert.ErrorIs(t, err, mcf.ErrInvalidResponse)
}

// TestCreateSendsPositionZero: an optional position is a pointer, so 0 is
// sent when asked for and nothing when left nil.
func TestCreateSendsPositionZero(t *testing.T) {
	c, rec := mockClient(t, 201, fixture(t, "banners.create.response"))
	_, err := c.Banners.Create(context.Background(), &mcf.BannerCreate{Code: "top", Sort: mcf.Ptr(0)})
	require.NoError(t, err)
	_, body := rec.last(t)
	assert.JSONEq(t, `{"code":"top","sort":0}`, string(body))

	c, rec = mockClient(t, 201, fixture(t, "categories.create.response"))
	_, err = c.Categories.Create(context.Background(), &mcf.CategoryCreate{ParentID: 1, Name: "Shoes", ParentSort: mcf.Ptr(0)})
	require.NoError(t, err)
	_, body = rec.last(t)
	assert.JSONEq(t, `{"parent_id":1,"name":"Shoes","parent_sort":0}`, string(body))

	_, err = c.Categories.Create(context.Background(), &mcf.CategoryCreate{ParentID: 1, Name: "Shoes"})
	require.NoError(t, err)
	_, body = rec.last(t)
	assert.JSONEq(t, `{"parent_id":1,"name":"Shoes"}`, string(body))
}
