package mycashflow_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// TestByKeyRoutesOnTheWire: the six by-key routes send a {field}={value}
// segment (the public C# client's form), the value escaped as one segment,
// an e-mail's "+" as %2B.
func TestByKeyRoutesOnTheWire(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name, want string
		call       func(c *mcf.Client) error
	}{
		{"customers.get_by_email", "/api/v1/customers/email=aino%2Btest@example.fi", func(c *mcf.Client) error {
			_, err := c.Customers.GetByEmail(ctx, "aino+test@example.fi")
			return err
		}},
		{"customers.get_by_external_id", "/api/v1/customers/external_id=ext%2F1", func(c *mcf.Client) error {
			_, err := c.Customers.GetByExternalID(ctx, "ext/1")
			return err
		}},
		{"categories.get_by_external_id", "/api/v1/categories/external_id=56", func(c *mcf.Client) error {
			_, err := c.Categories.GetByExternalID(ctx, "56")
			return err
		}},
		{"banners.get_by_code", "/api/v1/banners/code=new%20discounts", func(c *mcf.Client) error {
			_, err := c.Banners.GetByCode(ctx, "new discounts")
			return err
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, rec := mockClient(t, 404, []byte(`{"error":"Not Found","description":"No such item."}`), mcf.WithRetry(0))
			err := tc.call(c)
			assert.ErrorIs(t, err, mcf.ErrNotFound, "a miss is ErrNotFound, never nil, nil")
			r, _ := rec.last(t)
			assert.Equal(t, tc.want, r.URL.EscapedPath())
			assertHeaders(t, r) // Accept: application/json included
		})
	}
	assert.Equal(t, "/customers/email={email}", mcf.DefaultPaths()["customers.get_by_email"])
	assert.Equal(t, "/banners/code={bannerCode}", mcf.DefaultPaths()["banners.update_by_code"])
	assert.Equal(t, "/categories/external_id={externalID}", mcf.DefaultPaths()["categories.update_by_external_id"])
}

// TestByKeyThroughTheFake: the fake serves the {field}={value} routes, so
// an e-mail with + and @ finds its customer.
func TestByKeyThroughTheFake(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	got, err := c.Customers.GetByEmail(context.Background(), "mail@domain.fi")
	require.NoError(t, err)
	assert.Equal(t, "mail@domain.fi", got.Email)
	_, err = c.Customers.GetByEmail(context.Background(), "nobody+x@domain.fi")
	assert.ErrorIs(t, err, mcf.ErrNotFound)
	reqs := srv.Requests()
	require.NotEmpty(t, reqs)
	assert.Equal(t, "/api/v1/customers/email=nobody+x@domain.fi", reqs[len(reqs)-1].Path, "+ decoded back, not read as a space")
}

// TestAPIVersionPerEndpoint: WithAPIVersions moves an endpoint to /api/v0
// (public clients read campaigns there); the others stay on v1.
func TestAPIVersionPerEndpoint(t *testing.T) {
	c, rec := mockClient(t, 200, fixture(t, "campaigns.list.response"), mcf.WithAPIVersions(map[string]string{"campaigns.list": "v0"}))
	assert.Equal(t, map[string]string{"campaigns.list": "v0"}, c.APIVersions())
	_, err := c.Campaigns.List(context.Background(), &mcf.CampaignListOptions{ListOptions: mcf.ListOptions{Limit: 1000}, Expand: []mcf.CampaignExpand{mcf.CampaignPrices, mcf.CampaignVisibilities}})
	require.NoError(t, err)
	r, _ := rec.last(t)
	assert.Equal(t, "/api/v0/campaigns", r.URL.Path)
	assert.Equal(t, "expand=prices%2Cvisibilities&page_size=1000", r.URL.RawQuery)
	assertHeaders(t, r)

	_, _ = c.Customers.List(context.Background(), nil)
	r, _ = rec.last(t)
	assert.Equal(t, "/api/v1/customers", r.URL.Path, "other endpoints stay on v1")

	_, err = mcf.NewClient(testStore, testUser, testKey, mcf.WithAPIVersions(map[string]string{"orders.list": "v0"}))
	assertField(t, err, "versions[orders.list]")
	_, err = mcf.NewClient(testStore, testUser, testKey, mcf.WithAPIVersions(map[string]string{"campaigns.list": "0"}))
	assertField(t, err, "versions[campaigns.list]")
	_, err = mcf.NewClient(testStore, testUser, testKey, mcf.WithBaseURL("https://x.example/api"), mcf.WithAPIVersions(map[string]string{"campaigns.list": "v0"}))
	assertField(t, err, "versions[campaigns.list]")
}

// TestAPIVersionThroughTheFake: the fake answers the campaigns under v0.
func TestAPIVersionThroughTheFake(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client(mcf.WithAPIVersions(map[string]string{"campaigns.list": "v0"}))
	p, err := c.Campaigns.List(context.Background(), nil)
	require.NoError(t, err)
	assert.NotEmpty(t, p.Items)
	reqs := srv.Requests()
	assert.Equal(t, "/api/v0/campaigns", reqs[len(reqs)-1].Path)
}

func assertField(t *testing.T, err error, field string) {
	t.Helper()
	var fe *mcf.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, field, fe.Field)
}

// TestPagingAsPublicClientsSeeIt: page_size 10000 and sort updated_at-asc
// are sent; dotted expand values pass; meta.next drives paging once the API
// sends it.
func TestPagingAsPublicClientsSeeIt(t *testing.T) {
	c, rec := mockClient(t, 200, fixture(t, "campaigns.list.response"))
	_, err := c.Campaigns.List(context.Background(), &mcf.CampaignListOptions{
		ListOptions: mcf.ListOptions{Page: 1, Limit: 10000, Sort: mcf.SortUpdatedAtAsc},
		Expand:      []mcf.CampaignExpand{"prices.product"},
	})
	require.NoError(t, err)
	r, _ := rec.last(t)
	assert.Equal(t, "expand=prices.product&page=1&page_size=10000&sort=updated_at-asc", r.URL.RawQuery)

	_, err = c.Campaigns.List(context.Background(), &mcf.CampaignListOptions{Expand: []mcf.CampaignExpand{"prices..x"}})
	assertField(t, err, "expand")
	_, err = c.Campaigns.List(context.Background(), &mcf.CampaignListOptions{Expand: []mcf.CampaignExpand{"unknown.x"}})
	assertField(t, err, "expand")

	// meta.next present on page 1 and absent on page 2: two pages, though
	// page_count claims three.
	meta := func(page int, next bool) string {
		n := ""
		if next {
			n = fmt.Sprintf(`,"next":"https://store.mycashflow.fi/api/v1/gift-cards?page=%d"`, page+1)
		}
		return fmt.Sprintf(`"meta":{"page":%d,"page_size":2,"page_count":3,"item_count":6%s}`, page, n)
	}
	mt := httpmock.NewMockTransport()
	var asked []string
	mt.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		p := r.URL.Query().Get("page")
		asked = append(asked, p)
		switch p {
		case "":
			return httpmock.NewStringResponse(200, `{"data":[{"code":"A"},{"code":"B"}],`+meta(1, true)+`}`), nil
		case "2":
			return httpmock.NewStringResponse(200, `{"data":[{"code":"C"},{"code":"D"}],`+meta(2, false)+`}`), nil
		}
		return httpmock.NewStringResponse(404, `{"error":"Not Found","description":"no such page"}`), nil
	})
	gc, err := mcf.NewClient(testStore, testUser, testKey, mcf.WithHTTPClient(&http.Client{Transport: mt}), mcf.WithRetry(0))
	require.NoError(t, err)
	var codes []string
	for g, err := range gc.GiftCards.All(context.Background(), nil) {
		require.NoError(t, err)
		codes = append(codes, g.Code)
	}
	assert.Equal(t, []string{"A", "B", "C", "D"}, codes)
	assert.Equal(t, []string{"", "2"}, asked, "stops when meta.next is absent")
}

// TestFakeSendsMetaNext: the fake's lists carry meta.next while another
// page exists, and All walks them to the end.
func TestFakeSendsMetaNext(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	var first struct {
		Meta struct {
			PageCount int     `json:"page_count"`
			ItemCount int     `json:"item_count"`
			Next      *string `json:"next"`
		} `json:"meta"`
	}
	_, err := c.Do(ctx, &mcf.Request{Path: "/customer-groups", Query: url.Values{"page_size": {"1"}}}, &first)
	require.NoError(t, err)
	require.Greater(t, first.Meta.ItemCount, 1, "the seed has several groups")
	require.NotNil(t, first.Meta.Next)
	assert.Contains(t, *first.Meta.Next, "page=2")

	var last struct {
		Meta struct {
			Next *string `json:"next"`
		} `json:"meta"`
	}
	_, err = c.Do(ctx, &mcf.Request{Path: "/customer-groups", Query: url.Values{"page_size": {"1"}, "page": {fmt.Sprint(first.Meta.PageCount)}}}, &last)
	require.NoError(t, err)
	assert.Nil(t, last.Meta.Next, "no next on the last page")

	n := 0
	for _, err := range c.CustomerGroups.All(ctx, &mcf.CustomerGroupListOptions{ListOptions: mcf.ListOptions{Limit: 1}}) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, first.Meta.ItemCount, n)
}
