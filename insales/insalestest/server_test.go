package insalestest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

var ctx = context.Background()

// clock is a manual clock for the fake.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestSeedIsTheDocumentationExample(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	got, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	b, err := os.ReadFile("../testdata/products.get.response.json")
	require.NoError(t, err)
	var want insales.Product
	require.NoError(t, json.Unmarshal(b, &want))
	assert.Equal(t, want, *got)

	n, err := c.Products.Count(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, 5, n)
}

func TestEveryAnswerReportsUsageAndTheQuotaIsEnforced(t *testing.T) {
	clk := newClock()
	srv := insalestest.NewServer(insalestest.WithQuota(3, time.Minute), insalestest.WithClock(clk.Now))
	defer srv.Close()
	c := srv.Client(insales.WithRetry(0))
	for i := 1; i <= 3; i++ {
		var resp *insales.Response
		resp, err := c.Do(ctx, &insales.Request{Path: "/products/count.json"}, nil)
		require.NoError(t, err)
		assert.Equal(t, []string{[]string{"1/3", "2/3", "3/3"}[i-1]}, resp.Header.Values("API-Usage-Limit"))
	}
	clk.Add(20 * time.Second)
	_, err := c.Products.Count(ctx, nil)
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusServiceUnavailable, ae.StatusCode)
	assert.ErrorIs(t, err, insales.ErrRateLimited)
	assert.Equal(t, "40", ae.Header.Get("Retry-After"), "seconds until the window ends")
	assert.Equal(t, "3/3", ae.Header.Get("API-Usage-Limit"))
	assert.Equal(t, 40*time.Second, ae.RetryAfter)
	assert.NotContains(t, ae.Error(), "<")
	assert.Equal(t, 1, srv.Refused())

	clk.Add(40 * time.Second) // the window is over
	_, err = c.Products.Count(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, 3, srv.PeakUsage())
}

func TestWrongCredentialsAre401(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c, err := insales.NewClient("x", insalestest.APIKey, "wrong", insales.WithBaseURL(srv.BaseURL()), insales.WithRetry(0))
	require.NoError(t, err)
	_, err = c.Products.Get(ctx, 1)
	assert.ErrorIs(t, err, insales.ErrUnauthorized)
	assert.NotContains(t, err.Error(), "wrong")
}

func TestProductLifecycle(t *testing.T) {
	clk := newClock()
	srv := insalestest.NewServer(insalestest.WithClock(clk.Now))
	defer srv.Close()
	c := srv.Client()

	p, err := c.Products.Create(ctx, &insales.ProductCreate{
		CategoryID: 1, Title: "Notebook",
		Variants:    []insales.VariantAttributes{{SKU: "NB-1", Quantity: insales.Ptr(insales.MustDecimal("3")), Price: insales.Ptr(insales.MustDecimal("740"))}},
		FieldValues: []insales.FieldValueAttributes{{Handle: "handle", Value: insales.TextValue("blue")}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Notebook", p.Title)
	assert.Equal(t, clk.Now(), p.CreatedAt.Time.UTC())
	require.Len(t, p.Variants, 1)
	assert.Equal(t, "740.0", p.Variants[0].Price.String(), "money comes back as a decimal string")
	assert.Equal(t, "NB-1", p.Variants[0].SKU)
	assert.Equal(t, "blue", string(p.ProductFieldValues[0].Value))

	clk.Add(time.Minute)
	u, err := c.Products.Update(ctx, p.ID, &insales.ProductUpdate{Title: insales.Ptr("Notebook 2"), IgnoreDiscounts: insales.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, "Notebook 2", u.Title)
	assert.True(t, *u.IgnoreDiscounts)
	assert.True(t, u.UpdatedAt.After(p.UpdatedAt.Time))

	require.NoError(t, c.Products.Delete(ctx, p.ID))
	got, err := c.Products.Get(ctx, p.ID)
	require.NoError(t, err, "a deleted product is archived, not gone")
	assert.True(t, got.Archived)
	n, err := c.Products.Count(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, 5, n, "archived products are not listed")
	n, err = c.Products.Count(ctx, &insales.ProductListOptions{Deleted: true})
	require.NoError(t, err)
	assert.Equal(t, 1, n)

	require.NoError(t, c.Products.Delete(ctx, 987654), "unknown ids answer ok too")
}

func TestBundleLifecycle(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	p, err := c.Products.CreateBundle(ctx, &insales.ProductBundleCreate{CategoryID: 1, Title: "Set",
		Variants:   []insales.BundleVariant{{Price: insales.MustDecimal("100")}},
		Components: []insales.BundleComponentAttributes{{VariantID: 1, Quantity: insales.MustDecimal("2")}, {VariantID: 2, Quantity: insales.MustDecimal("1"), Free: true}}})
	require.NoError(t, err)
	require.Len(t, p.ProductBundleComponents, 2)
	assert.Equal(t, "2.0", p.ProductBundleComponents[0].Quantity.String())
	first, second := p.ProductBundleComponents[0].ID, p.ProductBundleComponents[1].ID
	u, err := c.Products.UpdateBundle(ctx, p.ID, &insales.ProductBundleUpdate{Components: []insales.BundleComponentChange{
		{VariantID: insales.Ptr(int64(3)), Quantity: insales.Ptr(insales.MustDecimal("2"))},
		{ID: &first, Quantity: insales.Ptr(insales.MustDecimal("4"))},
		{ID: &second, Destroy: true},
	}})
	require.NoError(t, err)
	require.Len(t, u.ProductBundleComponents, 2)
	assert.Equal(t, "4.0", u.ProductBundleComponents[0].Quantity.String())
	assert.Equal(t, int64(3), u.ProductBundleComponents[1].VariantID)
}

func TestErrorsInTheAPIsShapes(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client(insales.WithRetry(0))

	_, err := c.Products.Create(ctx, &insales.ProductCreate{CategoryID: 999, Title: "x", Variants: []insales.VariantAttributes{{}}})
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 422, ae.StatusCode)
	assert.Equal(t, []string{"Категория удалена или отсутствует."}, ae.Fields["category_id"])
	assert.JSONEq(t, `{"category_id":["Категория удалена или отсутствует."]}`, string(ae.Body), "a bare field map")

	_, err = c.Products.Get(ctx, 424242)
	require.ErrorAs(t, err, &ae)
	assert.ErrorIs(t, err, insales.ErrNotFound)
	assert.Contains(t, string(ae.Body), "<html>", "the fake answers HTML like the API")
	assert.Equal(t, "Not Found", ae.Message)

	// A write without Content-Type, as a hand-made client might send it.
	req, _ := http.NewRequest(http.MethodPost, srv.BaseURL()+"/products.json", bytes.NewReader(nil))
	req.SetBasicAuth(insalestest.APIKey, insalestest.Password)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, 422, resp.StatusCode)
	assert.JSONEq(t, `{"message":"incorrect Content-Type, should be application/json"}`, string(body))
	assert.NotEmpty(t, resp.Header.Get("API-Usage-Limit"))
}

func TestRequestsAreRecordedAndFaultsInjected(t *testing.T) {
	srv := insalestest.NewServer(insalestest.WithFaults(insalestest.Faults{FailFirst: 1, FailStatus: 502}))
	defer srv.Close()
	c := srv.Client()
	_, err := c.Products.Get(ctx, 1)
	require.NoError(t, err, "a 502 is retried")
	reqs := srv.Requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, "/admin/products/1.json", reqs[1].Path)

	srv.Empty()
	assert.Zero(t, srv.Len("products"))
	require.NoError(t, srv.Load("products", []byte(`[{"id": 77, "title": "Loaded", "category_id": 1, "updated_at": "2020-01-01T00:00:00Z", "variants": [{"id": 5, "price": "1.5"}]}]`)))
	p, err := c.Products.Get(ctx, 77)
	require.NoError(t, err)
	assert.Equal(t, "Loaded", p.Title)
	assert.Equal(t, "1.5", p.Variants[0].Price.String())
	o, ok := srv.Object("products", 77)
	require.True(t, ok)
	assert.Equal(t, "Loaded", o["title"])
	assert.Error(t, srv.Load("nope", []byte(`[]`)))
}
