package sitebuilder

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestZeroClientAndNilServicesReturnErrors(t *testing.T) {
	ctx := context.Background()
	var zero Client
	_, err := zero.Do(ctx, &Request{Method: http.MethodGet, Path: "/contacts"}, nil)
	assert.ErrorIs(t, err, ErrInvalidInput)
	assert.Contains(t, err.Error(), "NewClient")
	assert.Nil(t, zero.RateLimiter())
	assert.Empty(t, zero.BaseURL())
	var nilClient *Client
	_, err = nilClient.Do(ctx, &Request{}, nil)
	assert.ErrorIs(t, err, ErrInvalidInput)

	calls := map[string]func() error{
		"Contacts.Get":        func() error { _, err := zero.Contacts.Get(ctx, 1); return err },
		"Contacts.GetByEmail": func() error { _, err := zero.Contacts.GetByEmail(ctx, "a@b.co"); return err },
		"Members.StartSession": func() error {
			_, err := zero.Members.StartSession(ctx, &MemberSessionCreate{Email: "a@b.co"})
			return err
		},
		"Orders.List": func() error { _, err := zero.Orders.List(ctx, nil); return err },
		"Orders.All": func() error {
			for _, err := range zero.Orders.All(ctx, nil) {
				return err
			}
			return nil
		},
		"Products.ListCategories": func() error { _, err := zero.Products.ListCategories(ctx, nil); return err },
		"Webhooks.List":           func() error { _, err := zero.Webhooks.List(ctx); return err },
		"zero service": func() error {
			_, err := (&ContactsService{}).Get(ctx, 1)
			return err
		},
	}
	for name, call := range calls {
		assert.NotPanics(t, func() {
			assert.ErrorIs(t, call(), ErrInvalidInput, name)
		}, name)
	}
}

func TestNoVerbPrintsTheKey(t *testing.T) {
	const planted = "planted-key-5f3c9a"
	c, err := NewClient("example.com", planted)
	require.NoError(t, err)
	values := map[string]any{
		"*Client": c, "Client": *c, "Contacts": c.Contacts, "*Members": *c.Members, "Webhooks": c.Webhooks,
		"Orders": c.Orders, "Products": c.Products, "struct": struct{ C *Client }{c},
	}
	for name, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%t", "%d"} {
			out := fmt.Sprintf(verb, v)
			assert.NotContains(t, out, planted, "%s with %s", name, verb)
			assert.NotContains(t, out, fmt.Sprintf("%x", planted), "%s with %s", name, verb)
		}
	}
	assert.Equal(t, "sitebuilder.Client{base: https://example.com/api/site}", fmt.Sprint(c))
	assert.Equal(t, "sitebuilder.OrdersService{base: https://example.com/api/site}", fmt.Sprint(c.Orders))
}

func TestClientDoSendsARawRequest(t *testing.T) {
	ctx := context.Background()
	c, got := mockClient(t, http.StatusOK, fixture(t, "members.get.response.json"))
	var m Member
	resp, err := c.Do(ctx, &Request{Method: http.MethodGet, Path: "/members/111"}, &m)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "/api/site/members/111", got.req.URL.Path)
	assert.Equal(t, "Bearer "+testKey, got.req.Header.Get("Authorization"))
	checkMember(t, &m)

	_, err = c.Do(ctx, nil, nil)
	assert.ErrorIs(t, err, ErrInvalidInput)
	assert.Equal(t, 1, got.n, "nothing sent for a nil request")
}

func TestRateLimiterReported(t *testing.T) {
	c, err := NewClient("example.com", testKey)
	require.NoError(t, err)
	assert.Nil(t, c.RateLimiter(), "off by default: the API documents no quota")
	c, err = NewClient("example.com", testKey, WithRateLimit(10, time.Second))
	require.NoError(t, err)
	assert.NotNil(t, c.RateLimiter())
}

// A site URL refused by NewClient never shows a credential it carried.
func TestSiteURLErrorsHideCredentials(t *testing.T) {
	for _, site := range []string{
		"https://example.com/?token=hunter2",
		"http://example.com/?key=hunter2",
		"https://user:hunter2@example.com",
		"example.com?token=hunter2",
		"user:hunter2@example.com",
		"https://example.com/#hunter2",
		"http://example.com/path#hunter2",
	} {
		_, err := NewClient(site, testKey)
		require.ErrorIs(t, err, ErrInvalidInput, site)
		assert.NotContains(t, err.Error(), "hunter2", site)
	}
}

// Downstream tests use httpmock.Activate with a client built with default
// options: it must be intercepted, and a missing responder must fail at
// once rather than be retried as a network error.
func TestHTTPMockActivateInterceptsDefaultClient(t *testing.T) {
	httpmock.Activate()
	defer httpmock.DeactivateAndReset()
	httpmock.RegisterResponder(http.MethodGet, "https://example.com/api/site/contacts/123",
		httpmock.NewBytesResponder(http.StatusOK, fixture(t, "contacts.get.response.json")))
	c, err := NewClient("example.com", testKey)
	require.NoError(t, err)
	ct, err := c.Contacts.Get(context.Background(), 123)
	require.NoError(t, err)
	checkContact(t, ct)

	_, err = c.Contacts.Get(context.Background(), 124)
	require.Error(t, err)
	var re *RequestError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 1, re.Attempts, "not retried")
}
