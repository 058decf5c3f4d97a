package ecomkit_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// This file is a downstream integration's view of the SDK: code written
// once against the shared names works for every platform.

// sharedOptions is one option list, handed to every platform's client.
func sharedOptions() []ecomkit.Option {
	return []ecomkit.Option{ecomkit.WithRetry(1), ecomkit.WithTimeout(10 * time.Second), ecomkit.WithUserAgent("Downstream/1.0")}
}

// total sums a page's items the same way for any platform.
func total[T any](p *ecomkit.Page[T]) int { return len(p.Items) }

// webhookAPI compiles only if a package offers the one webhook API.
func webhookAPI[E any, T ~string](
	_ func(*http.Request, ...ecomkit.WebhookOption) (*E, error),
	_ func(T, []byte) (*E, error),
	_ func(func(context.Context, *E) error, ...ecomkit.WebhookOption) http.Handler,
) {
}

func TestOneSDKAcrossPlatforms(t *testing.T) {
	ctx := context.Background()
	sk, sb, mc, in := shopkittest.NewServer(), sitebuildertest.NewServer(), mycashflowtest.NewServer(), insalestest.NewServer()
	defer sk.Close()
	defer sb.Close()
	defer mc.Close()
	defer in.Close()
	opts := sharedOptions()
	skc, sbc, mcc, inc := sk.Client(opts...), sb.Client(opts...), mc.Client(opts...), in.Client(opts...)

	// One id type: int64 everywhere.
	var ids []int64
	p, err := skc.Products.Get(ctx, shopkittest.SeedProductID)
	require.NoError(t, err)
	ids = append(ids, p.ID)
	contacts, err := sbc.Contacts.List(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 1}})
	require.NoError(t, err)
	require.NotEmpty(t, contacts.Items)
	ids = append(ids, contacts.Items[0].ID)
	customers, err := mcc.Customers.List(ctx, &mycashflow.CustomerListOptions{ListOptions: mycashflow.ListOptions{Limit: 1}})
	require.NoError(t, err)
	require.NotEmpty(t, customers.Items)
	ids = append(ids, customers.Items[0].ID)
	products, err := inc.Products.List(ctx, &insales.ProductListOptions{Limit: 10})
	require.NoError(t, err)
	ids = append(ids, products.Items[0].ID)
	for _, id := range ids {
		assert.Positive(t, id)
	}

	// One page type: the same helper reads every platform's pages.
	orders, err := skc.Orders.List(ctx, &shopkit.OrderListOptions{ListOptions: shopkit.ListOptions{Limit: 1}})
	require.NoError(t, err)
	assert.Equal(t, 1, total(orders))
	assert.Equal(t, 1, total(contacts))
	assert.Equal(t, 1, total(customers))
	assert.Positive(t, total(products))

	// One error family: a miss is ErrNotFound on every platform, and an
	// *APIError from any package is the same type.
	_, err1 := skc.Products.Get(ctx, 999999)
	_, err2 := sbc.Contacts.Get(ctx, 999999)
	_, err3 := mcc.Customers.Get(ctx, 999999)
	_, err4 := inc.Products.Get(ctx, 999999)
	for i, err := range []error{err1, err2, err3, err4} {
		assert.ErrorIs(t, err, ecomkit.ErrNotFound, "platform %d", i)
		var apiErr *ecomkit.APIError
		assert.True(t, errors.As(err, &apiErr), "platform %d", i)
	}

	// One webhook API where a platform has webhooks.
	webhookAPI(shopkit.ParseWebhook, shopkit.DecodeWebhook, shopkit.WebhookHandler)
	webhookAPI(sitebuilder.ParseWebhook, sitebuilder.DecodeWebhook, sitebuilder.WebhookHandler)

	// The same option list configured every client: the User-Agent shows it.
	assert.Contains(t, lastUA(sk.Requests()), "Downstream/1.0 ecomkit-go/")
	assert.Contains(t, lastUA(sb.Requests()), "Downstream/1.0 ecomkit-go/")
	assert.Contains(t, lastUA(mc.Requests()), "Downstream/1.0 ecomkit-go/")
	assert.Contains(t, lastUA(in.Requests()), "Downstream/1.0 ecomkit-go/")
}

// Clients built with default options are intercepted by httpmock.Activate,
// on every platform, as downstream tests expect.
func TestHTTPMockActivateInterceptsDefaultClients(t *testing.T) {
	httpmock.Activate()
	defer httpmock.DeactivateAndReset()
	httpmock.RegisterResponder(http.MethodGet, "https://api.shopk.it/v1/product?id=42",
		httpmock.NewStringResponder(200, `{"id": 42, "title": "Mug"}`))
	httpmock.RegisterResponder(http.MethodGet, "https://example.com/api/site/contacts/7",
		httpmock.NewStringResponder(200, `{"id": 7, "email": "a@example.com"}`))
	httpmock.RegisterResponder(http.MethodGet, "https://myshop.myinsales.ru/admin/products/5.json",
		httpmock.NewStringResponder(200, `{"id": 5, "title": "Tee"}`))

	skc, err := shopkit.NewClient("key")
	require.NoError(t, err)
	sbc, err := sitebuilder.NewClient("example.com", "key")
	require.NoError(t, err)
	inc, err := insales.NewClient("myshop", "app", "password")
	require.NoError(t, err)

	p, err := skc.Products.Get(context.Background(), 42)
	require.NoError(t, err)
	assert.Equal(t, "Mug", p.Title)
	c, err := sbc.Contacts.Get(context.Background(), 7)
	require.NoError(t, err)
	assert.Equal(t, "a@example.com", c.Email)
	ip, err := inc.Products.Get(context.Background(), 5)
	require.NoError(t, err)
	assert.Equal(t, "Tee", ip.Title)
	assert.Equal(t, 3, httpmock.GetTotalCallCount(), "nothing went to the network")

	// A call with no responder fails at once: it is not a network error,
	// so it is not retried.
	_, err = skc.Products.Get(context.Background(), 1)
	var re *ecomkit.RequestError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 1, re.Attempts, "not retried")
	assert.Contains(t, err.Error(), "no responder")
}

// lastUA is the User-Agent of the last request a fake recorded.
func lastUA(rs []ecomkittest.Request) string {
	if len(rs) == 0 {
		return ""
	}
	return rs[len(rs)-1].Header.Get("User-Agent")
}

// Every fake offers the same basic surface: Empty as an option, recorded
// requests, the last request and a count.
func TestFakesShareOneSurface(t *testing.T) {
	ctx := context.Background()
	sk := shopkittest.NewServer(shopkittest.Empty())
	defer sk.Close()
	in := insalestest.NewServer(insalestest.Empty())
	defer in.Close()
	mc := mycashflowtest.NewServer(mycashflowtest.Empty())
	defer mc.Close()
	sb := sitebuildertest.NewServer(sitebuildertest.Empty())
	defer sb.Close()

	_, err := sk.Client().Products.Get(ctx, shopkittest.SeedProductID)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "shopkit: empty")
	_, err = in.Client().Products.Get(ctx, 1)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "insales: empty")
	_, err = mc.Client().Customers.Get(ctx, 1)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "mycashflow: empty")
	_, err = sb.Client().Contacts.Get(ctx, 1)
	assert.ErrorIs(t, err, ecomkit.ErrNotFound, "sitebuilder: empty")

	type surface interface {
		Requests() []ecomkittest.Request
		LastRequest() (ecomkittest.Request, bool)
		Count() int
		BaseURL() string
		SetFaults(ecomkittest.Faults)
		Close()
	}
	for _, s := range []surface{sk, in, mc, sb} {
		last, ok := s.LastRequest()
		assert.True(t, ok)
		assert.Equal(t, http.MethodGet, last.Method)
		assert.Len(t, s.Requests(), 1)
		assert.Equal(t, 1, s.Count())
		assert.NotEmpty(t, s.BaseURL())
	}
}
