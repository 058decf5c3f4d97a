package mycashflow_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// Customers whose updated_at order differs from their id order: 12:00 UTC
// is 14:00+02:00, so ids 2 and 4 share an instant (ties go by id); id 9 has
// no updated_at.
const customersByUpdate = `[
	{"id": 1, "email": "a@example.fi", "updated_at": "2024-05-03T09:00:00+03:00"},
	{"id": 2, "email": "b@example.fi", "updated_at": "2024-05-01T14:00:00+02:00"},
	{"id": 3, "email": "c@example.fi", "updated_at": "2024-05-02T08:00:00+03:00"},
	{"id": 4, "email": "d@example.fi", "updated_at": "2024-05-01T12:00:00Z"},
	{"id": 9, "email": "e@example.fi"}]`

// TestFakeSortsByUpdatedAt: sort=updated_at-asc, which the package accepts
// on every list, is answered (not 422) and ordered by updated_at, then id,
// across pages.
func TestFakeSortsByUpdatedAt(t *testing.T) {
	srv := mycashflowtest.NewServer(mycashflowtest.Empty())
	defer srv.Close()
	require.NoError(t, srv.Load("customers", []byte(customersByUpdate)))
	c := srv.Client()
	ctx := context.Background()

	ids := func(opts *mcf.CustomerListOptions) []int64 {
		t.Helper()
		var out []int64
		for cu, err := range c.Customers.All(ctx, opts) {
			require.NoError(t, err)
			out = append(out, cu.ID)
		}
		return out
	}
	byUpdate := &mcf.CustomerListOptions{ListOptions: mcf.ListOptions{Limit: 2, Sort: mcf.SortUpdatedAtAsc}}
	assert.Equal(t, []int64{9, 2, 4, 3, 1}, ids(byUpdate), "no updated_at first, then by updated_at, ties by id")
	var sorts []string
	for _, r := range srv.Requests() {
		sorts = append(sorts, r.Query.Get("sort"))
	}
	assert.Equal(t, []string{"updated_at-asc", "updated_at-asc", "updated_at-asc"}, sorts, "three pages, each sorted")

	page, err := c.Customers.List(ctx, &mcf.CustomerListOptions{ListOptions: mcf.ListOptions{Page: 2, Limit: 2, Sort: mcf.SortUpdatedAtAsc}})
	require.NoError(t, err)
	require.Len(t, page.Items, 2)
	assert.Equal(t, int64(4), page.Items[0].ID)
	assert.Equal(t, int64(3), page.Items[1].ID)

	// The id orders are unchanged.
	assert.Equal(t, []int64{1, 2, 3, 4, 9}, ids(&mcf.CustomerListOptions{ListOptions: mcf.ListOptions{Sort: mcf.SortIDAsc}}))
	assert.Equal(t, []int64{9, 4, 3, 2, 1}, ids(&mcf.CustomerListOptions{ListOptions: mcf.ListOptions{Sort: mcf.SortIDDesc}}))
	assert.Equal(t, []int64{1, 2, 3, 4, 9}, ids(nil))
}

// TestFakeSortsSubListsByUpdatedAt: the lists under a parent order by
// updated_at, then id, too.
func TestFakeSortsSubListsByUpdatedAt(t *testing.T) {
	srv := mycashflowtest.NewServer(mycashflowtest.Empty())
	defer srv.Close()
	require.NoError(t, srv.Load("customers", []byte(`[{"id": 1, "email": "a@example.fi"}]`)))
	require.NoError(t, srv.Load("customer_addresses", []byte(`[
		{"id": 5, "customer_id": 1, "updated_at": "2024-05-02T00:00:00Z"},
		{"id": 6, "customer_id": 1, "updated_at": "2024-05-01T00:00:00Z"},
		{"id": 7, "customer_id": 1, "updated_at": "2024-05-01T00:00:00Z"}]`)))
	c := srv.Client()
	page, err := c.Customers.ListAddresses(context.Background(), 1, &mcf.ListOptions{Sort: mcf.SortUpdatedAtAsc})
	require.NoError(t, err)
	var got []int64
	for _, a := range page.Items {
		got = append(got, a.ID)
	}
	assert.Equal(t, []int64{6, 7, 5}, got)
}

// TestFakeAcceptsUpdatedAtSortOnEveryList: every list method of the package
// sends sort=updated_at-asc to the seeded fake and gets its items, not 422.
func TestFakeAcceptsUpdatedAtSortOnEveryList(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	require.NoError(t, srv.Load("categories", []byte(`[{"id": 2, "parent_id": 1, "name": "Sub", "updated_at": "2024-05-01T00:00:00Z"}]`)))
	c := srv.Client()
	ctx := context.Background()
	lo := mcf.ListOptions{Sort: mcf.SortUpdatedAtAsc}
	count := func(n int, err error) (int, error) { return n, err }
	cases := map[string]func() (int, error){
		"banner_groups": func() (int, error) {
			p, err := c.BannerGroups.List(ctx, &mcf.BannerGroupListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"banners": func() (int, error) {
			p, err := c.Banners.List(ctx, &mcf.BannerListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"brands": func() (int, error) {
			p, err := c.Brands.List(ctx, &mcf.BrandListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"campaigns": func() (int, error) {
			p, err := c.Campaigns.List(ctx, &mcf.CampaignListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"categories": func() (int, error) {
			p, err := c.Categories.List(ctx, &mcf.CategoryListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"subcategories": func() (int, error) {
			p, err := c.Categories.ListSubcategories(ctx, 1, &mcf.CategoryListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"category visibilities": func() (int, error) {
			p, err := c.Categories.ListVisibilities(ctx, 1, &lo)
			return count(lenOf(p), err)
		},
		"category product links": func() (int, error) {
			p, err := c.Categories.ListProductLinks(ctx, 1, &lo)
			return count(lenOf(p), err)
		},
		"customer_groups": func() (int, error) {
			p, err := c.CustomerGroups.List(ctx, &mcf.CustomerGroupListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"customer group members": func() (int, error) {
			p, err := c.CustomerGroups.ListCustomers(ctx, 1, &lo)
			return count(lenOf(p), err)
		},
		"customers": func() (int, error) {
			p, err := c.Customers.List(ctx, &mcf.CustomerListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"customer addresses": func() (int, error) {
			p, err := c.Customers.ListAddresses(ctx, 1, &lo)
			return count(lenOf(p), err)
		},
		"email_subscribers": func() (int, error) {
			p, err := c.EmailSubscribers.List(ctx, &mcf.EmailSubscriberListOptions{ListOptions: lo})
			return count(lenOf(p), err)
		},
		"gift_cards": func() (int, error) {
			p, err := c.GiftCards.List(ctx, &lo)
			return count(lenOf(p), err)
		},
	}
	for name, call := range cases {
		t.Run(name, func(t *testing.T) {
			n, err := call()
			require.NoError(t, err)
			assert.Positive(t, n, "the seeded items")
			r, ok := srv.LastRequest()
			require.True(t, ok)
			assert.Equal(t, "updated_at-asc", r.Query.Get("sort"))
		})
	}
}

func lenOf[T any](p *mcf.Page[T]) int {
	if p == nil {
		return 0
	}
	return len(p.Items)
}
