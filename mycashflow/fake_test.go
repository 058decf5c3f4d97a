package mycashflow_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

func TestFakeCustomerCycle(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	g, err := c.CustomerGroups.Create(ctx, &mcf.CustomerGroupCreate{Name: "Wholesale"})
	require.NoError(t, err)
	assert.Equal(t, "Wholesale", g.Name)
	assert.False(t, g.CreatedAt.IsZero())

	created, err := c.Customers.Create(ctx, &mcf.CustomerCreate{FirstName: "Maija", LastName: "Meikäläinen", LoginAllowed: true,
		StreetAddress: "Esplanadi 1", PostalCode: "00130", City: "Helsinki", Country: "FI", Email: "maija@example.fi"})
	require.NoError(t, err)
	assert.Equal(t, "maija@example.fi", created.Email)
	require.Greater(t, created.ID, int64(1))

	link, err := c.CustomerGroups.AddCustomer(ctx, g.ID, created.ID)
	require.NoError(t, err)
	assert.Equal(t, created.ID, link.CustomerID)
	assert.Equal(t, g.ID, link.CustomerGroupID)
	_, err = c.CustomerGroups.AddCustomer(ctx, g.ID, created.ID)
	assert.ErrorIs(t, err, mcf.ErrConflict)

	got, err := c.Customers.Get(ctx, created.ID, mcf.CustomerGroupsExpand)
	require.NoError(t, err)
	require.Len(t, got.CustomerGroups, 1)
	assert.Equal(t, "Wholesale", got.CustomerGroups[0].Name)
	byEmail, err := c.Customers.GetByEmail(ctx, "MAIJA@example.fi")
	require.NoError(t, err)
	assert.Equal(t, created.ID, byEmail.ID)
	assert.Nil(t, byEmail.CustomerGroups, "not expanded")

	updated, err := c.Customers.Update(ctx, created.ID, &mcf.CustomerUpdate{City: mcf.Ptr("Espoo")})
	require.NoError(t, err)
	assert.Equal(t, "Espoo", updated.City)
	assert.Equal(t, "Esplanadi 1", updated.StreetAddress, "fields not sent are kept")
	req, _ := srv.LastRequest()
	assert.JSONEq(t, `{"city":"Espoo"}`, string(req.Body))

	members, err := c.CustomerGroups.ListCustomers(ctx, g.ID, nil)
	require.NoError(t, err)
	require.Len(t, members.Items, 1)
	assert.Equal(t, created.ID, members.Items[0].CustomerID)

	require.NoError(t, c.CustomerGroups.RemoveCustomer(ctx, g.ID, created.ID))
	err = c.CustomerGroups.RemoveCustomer(ctx, g.ID, created.ID)
	assert.ErrorIs(t, err, mcf.ErrNotFound)
	members, err = c.CustomerGroups.ListCustomers(ctx, g.ID, nil)
	require.NoError(t, err)
	assert.Empty(t, members.Items)

	var ids []int64
	for cu, err := range c.Customers.All(ctx, &mcf.CustomerListOptions{CreatedFrom: time.Now().Add(-time.Hour)}) {
		require.NoError(t, err)
		ids = append(ids, cu.ID)
	}
	assert.Equal(t, []int64{created.ID}, ids, "only the new customer was created in the last hour")
}

func TestFakeAllPagesOneAndZeroBased(t *testing.T) {
	for _, zero := range []bool{false, true} {
		t.Run(fmt.Sprintf("zero-based=%v", zero), func(t *testing.T) {
			var opts []mycashflowtest.Option
			if zero {
				opts = append(opts, mycashflowtest.WithZeroBasedPages())
			}
			srv := mycashflowtest.NewServer(append(opts, mycashflowtest.Empty())...)
			defer srv.Close()
			c := srv.Client()
			ctx := context.Background()
			for i := 1; i <= 7; i++ {
				_, err := c.Brands.Create(ctx, &mcf.BrandCreate{Name: fmt.Sprintf("Brand %d", i)})
				require.NoError(t, err)
			}
			var names []string
			for b, err := range c.Brands.All(ctx, &mcf.BrandListOptions{ListOptions: mcf.ListOptions{Limit: 3, Sort: mcf.SortIDDesc}}) {
				require.NoError(t, err)
				names = append(names, b.Name)
			}
			assert.Equal(t, []string{"Brand 7", "Brand 6", "Brand 5", "Brand 4", "Brand 3", "Brand 2", "Brand 1"}, names)

			var pages []string
			for _, r := range srv.Requests() {
				if r.Method == http.MethodGet {
					pages = append(pages, r.Query.Get("page"))
				}
			}
			if zero {
				assert.Equal(t, []string{"", "1", "2"}, pages, "first page by default, then meta.page+1")
			} else {
				assert.Equal(t, []string{"", "2", "3"}, pages)
			}

			p, err := c.Brands.List(ctx, &mcf.BrandListOptions{ListOptions: mcf.ListOptions{Limit: 3}})
			require.NoError(t, err)
			assert.Equal(t, 7, p.Total)
			assert.Equal(t, 3, p.Pages)
			assert.Len(t, p.Items, 3)
			require.NotNil(t, p.Next)

			// Stopping early sends no further request.
			before := len(srv.Requests())
			for range c.Brands.All(ctx, &mcf.BrandListOptions{ListOptions: mcf.ListOptions{Limit: 3}}) {
				break
			}
			assert.Equal(t, before+1, len(srv.Requests()))
		})
	}
}

func TestFakeEveryReadEndpointAnswersTheSeed(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	bg, err := c.BannerGroups.Get(ctx, 1, mcf.BannerGroupTranslations)
	require.NoError(t, err)
	checkBannerGroup(t, bg)
	b, err := c.Banners.GetByCode(ctx, "new-discounts", mcf.BannerTranslations)
	require.NoError(t, err)
	checkBanner(t, b)
	br, err := c.Brands.Get(ctx, 1, mcf.BrandTranslations)
	require.NoError(t, err)
	assert.Equal(t, "Bernard's", br.Name)
	cp, err := c.Campaigns.Get(ctx, 1, mcf.CampaignTranslations, mcf.CampaignPrices)
	require.NoError(t, err)
	assert.Len(t, cp.Prices, 3)
	cat, err := c.Categories.GetByExternalID(ctx, "56", mcf.CategoryTranslations)
	require.NoError(t, err)
	checkCategory(t, cat)
	cg, err := c.CustomerGroups.Get(ctx, 1, mcf.CustomerGroupCustomerLinks)
	require.NoError(t, err)
	checkCustomerGroup(t, cg)
	cu, err := c.Customers.Get(ctx, 1, mcf.CustomerGroupsExpand)
	require.NoError(t, err)
	checkCustomer(t, cu)
	gc, err := c.GiftCards.Get(ctx, "DTGZRVGGYPS2YMNC")
	require.NoError(t, err)
	checkGiftCard(t, gc)
	subs, err := c.EmailSubscribers.List(ctx, nil)
	require.NoError(t, err)
	require.Len(t, subs.Items, 1)
	checkSubscriber(t, &subs.Items[0])

	vis, err := c.Categories.ListVisibilities(ctx, 1, nil)
	require.NoError(t, err)
	assert.Equal(t, []mcf.Visibility{{VersionID: 1, IsVisible: false}}, vis.Items)
	assert.Equal(t, -1, vis.Total, "no meta on sub-resource lists")
	links, err := c.Categories.ListProductLinks(ctx, 1, nil)
	require.NoError(t, err)
	require.Len(t, links.Items, 1)
	assert.Equal(t, int64(2), links.Items[0].ProductID)
	addrs, err := c.Customers.ListAddresses(ctx, 1, nil)
	require.NoError(t, err)
	require.Len(t, addrs.Items, 1)
	assert.Equal(t, "Kaivokatu 12", addrs.Items[0].StreetAddress)
}

func TestFakeWritesAndErrors(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	// Validation errors come back in the documented 422 shape (sent raw:
	// the client refuses such a body before sending).
	req, err := http.NewRequest(http.MethodPost, srv.BaseURL()+"/customers",
		strings.NewReader(`{"first_name":"A","last_name":"B","street_address":"S","postal_code":"1","city":"C","country":"FI","email":"not-an-address"}`))
	require.NoError(t, err)
	req.SetBasicAuth(mycashflowtest.User, mycashflowtest.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode)
	assert.JSONEq(t, `{"errors":{"email":["Invalid email address."],"login_allowed":["This field is required."]}}`, string(raw))

	var ae *mcf.APIError
	_, err = c.Banners.Create(ctx, &mcf.BannerCreate{Code: "new-discounts"})
	assert.ErrorIs(t, err, mcf.ErrConflict)
	_, err = c.Brands.Get(ctx, 999)
	assert.ErrorIs(t, err, mcf.ErrNotFound)
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "Not Found: The requested resource was not found.", ae.Message)

	// Gift cards: a generated code, then a change of code.
	gc, err := c.GiftCards.Create(ctx, &mcf.GiftCardCreate{Balance: mcf.Ptr(mcf.MustDecimal("25.00"))})
	require.NoError(t, err)
	assert.Len(t, gc.Code, 16)
	assert.Equal(t, "25.00", gc.Balance.String())
	moved, err := c.GiftCards.Update(ctx, gc.Code, &mcf.GiftCardUpdate{Code: mcf.Ptr("NEWCODE"), Notes: mcf.Ptr("renamed")})
	require.NoError(t, err)
	assert.Equal(t, "NEWCODE", moved.Code)
	_, err = c.GiftCards.Get(ctx, gc.Code)
	assert.ErrorIs(t, err, mcf.ErrNotFound)

	// Campaign prices: update, read back through expand, delete.
	_, err = c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 9, Quantity: 2, Price: mcf.MustDecimal("5.00")}})
	require.NoError(t, err)
	cp, err := c.Campaigns.Get(ctx, 1, mcf.CampaignPrices)
	require.NoError(t, err)
	assert.Len(t, cp.Prices, 4)
	require.NoError(t, c.Campaigns.DeletePrice(ctx, 1, mcf.CampaignPriceKey{ProductID: 9, Quantity: 2}))
	assert.ErrorIs(t, c.Campaigns.DeletePrice(ctx, 1, mcf.CampaignPriceKey{ProductID: 9, Quantity: 2}), mcf.ErrNotFound)
	pub, err := c.Campaigns.Update(ctx, 1, &mcf.CampaignUpdate{Published: mcf.Ptr(false)})
	require.NoError(t, err)
	assert.False(t, pub.Published)

	// Categories: create, subcategories, visibilities, update by external ID.
	sub, err := c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1, Name: "Boots", ExternalID: 77})
	require.NoError(t, err)
	subs, err := c.Categories.ListSubcategories(ctx, 1, nil)
	require.NoError(t, err)
	require.Len(t, subs.Items, 1)
	assert.Equal(t, sub.ID, subs.Items[0].ID)
	vis, err := c.Categories.UpdateVisibilities(ctx, sub.ID, []mcf.Visibility{{VersionID: 2, IsVisible: true}})
	require.NoError(t, err)
	assert.Equal(t, []mcf.Visibility{{VersionID: 2, IsVisible: true}}, vis)
	renamed, err := c.Categories.UpdateByExternalID(ctx, "77", &mcf.CategoryUpdate{Name: mcf.Ptr("Winter boots")})
	require.NoError(t, err)
	assert.Equal(t, "Winter boots", renamed.Name)

	// Banner groups, banners and subscribers.
	bg, err := c.BannerGroups.Create(ctx, &mcf.BannerGroupCreate{Code: "front", Title: "Front page"})
	require.NoError(t, err)
	bg, err = c.BannerGroups.Update(ctx, bg.ID, &mcf.BannerGroupUpdate{Title: mcf.Ptr("Front")})
	require.NoError(t, err)
	assert.Equal(t, "front", bg.Code)
	assert.Equal(t, "Front", bg.Title)
	bn, err := c.Banners.UpdateByCode(ctx, "new-discounts", &mcf.BannerUpdate{Sort: mcf.Ptr(5)})
	require.NoError(t, err)
	assert.Equal(t, 5, bn.Sort)
	s, err := c.EmailSubscribers.Create(ctx, &mcf.EmailSubscriberCreate{Email: "new@example.fi"})
	require.NoError(t, err)
	assert.False(t, s.SubscribedAt.IsZero())
	_, err = c.EmailSubscribers.Create(ctx, &mcf.EmailSubscriberCreate{Email: "new@example.fi"})
	assert.ErrorIs(t, err, mcf.ErrConflict)
}

func TestFakeChecksCredentials(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c, err := mcf.NewClient(mycashflowtest.Store, mycashflowtest.User, "wrong-key-123", mcf.WithBaseURL(srv.BaseURL()), mcf.WithRetry(0))
	require.NoError(t, err)
	_, err = c.Customers.Get(context.Background(), 1)
	assert.ErrorIs(t, err, mcf.ErrUnauthorized)
	assert.NotContains(t, err.Error(), "wrong-key-123")
	req, ok := srv.LastRequest()
	require.True(t, ok)
	assert.Equal(t, "application/json", req.Header.Get("Accept"))
}

func TestFakeServesOverriddenPaths(t *testing.T) {
	override := map[string]string{"customers.get": "/customer/{customerID}", "gift_cards.list": "/giftcards"}
	srv := mycashflowtest.NewServer(mycashflowtest.WithPaths(override))
	defer srv.Close()
	c := srv.Client()
	assert.Equal(t, "/customer/{customerID}", c.Paths()["customers.get"])

	cu, err := c.Customers.Get(context.Background(), 1)
	require.NoError(t, err)
	assert.Equal(t, "mail@domain.fi", cu.Email)
	req, _ := srv.LastRequest()
	assert.Equal(t, "/api/v1/customer/1", req.Path)

	p, err := c.GiftCards.List(context.Background(), nil)
	require.NoError(t, err)
	assert.Len(t, p.Items, 1)
	req, _ = srv.LastRequest()
	assert.Equal(t, "/api/v1/giftcards", req.Path)

	// A client on the default paths misses the moved endpoint (the path
	// still serves PATCH).
	plain, err := mcf.NewClient(mycashflowtest.Store, mycashflowtest.User, mycashflowtest.APIKey, mcf.WithBaseURL(srv.BaseURL()), mcf.WithRetry(0))
	require.NoError(t, err)
	_, err = plain.Customers.Get(context.Background(), 1)
	var ae *mcf.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusMethodNotAllowed, ae.StatusCode)
}

func TestFakeFaults(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	srv.SetFaults(mycashflowtest.Faults{FailFirst: 2, FailStatus: http.StatusServiceUnavailable})
	cu, err := c.Customers.Get(ctx, 1)
	require.NoError(t, err)
	assert.Equal(t, int64(1), cu.ID)
	assert.Equal(t, 3, srv.Count(), "two 503s, then the answer")

	srv.SetFaults(mycashflowtest.Faults{FailFirst: 1, FailStatus: http.StatusInternalServerError})
	_, err = c.EmailSubscribers.Create(ctx, &mcf.EmailSubscriberCreate{Email: "once@example.fi"})
	assert.ErrorIs(t, err, mcf.ErrServer)
	assert.Equal(t, 1, srv.Count(), "a POST answered 500 is not repeated")

	srv.SetFaults(mycashflowtest.Faults{RateLimitEvery: 2, RetryAfter: 5 * time.Millisecond})
	_, err = c.Brands.Get(ctx, 1)
	require.NoError(t, err)
	_, err = c.Brands.Create(ctx, &mcf.BrandCreate{Name: "Retried after 429"})
	require.NoError(t, err)
	assert.Equal(t, 3, srv.Count(), "a POST refused with 429 is sent again")
	n := 0
	for b, err := range c.Brands.All(ctx, nil) {
		require.NoError(t, err)
		if b.Name == "Retried after 429" {
			n++
		}
	}
	assert.Equal(t, 1, n, "and created once")

	srv.SetFaults(mycashflowtest.Faults{DropEvery: 2})
	_, err = c.Brands.Get(ctx, 1)
	require.NoError(t, err)
	b, err := c.Brands.Get(ctx, 1)
	require.NoError(t, err, "a dropped GET is retried")
	assert.Equal(t, "Bernard's", b.Name)
	assert.Equal(t, 3, srv.Count())

	srv.SetFaults(mycashflowtest.Faults{TruncateEvery: 2})
	_, err = c.Customers.Get(ctx, 1)
	require.NoError(t, err)
	cu, err = c.Customers.Get(ctx, 1, mcf.CustomerGroupsExpand)
	require.NoError(t, err, "a GET whose body broke off is retried")
	assert.Len(t, cu.CustomerGroups, 2)
	assert.Equal(t, 3, srv.Count())

	srv.SetFaults(mycashflowtest.Faults{TruncateEvery: 1})
	_, err = c.Customers.Get(ctx, 1)
	assert.ErrorIs(t, err, mcf.ErrInvalidResponse, "every attempt broke off")
	assert.Equal(t, 4, srv.Count(), "one call and its 3 default retries")

	srv.SetFaults(mycashflowtest.Faults{Latency: 200 * time.Millisecond})
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	_, err = c.Brands.Get(short, 1)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestFakeRefusesTrailingSlash(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	resp, err := http.Get(srv.BaseURL() + "/customers/")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "no credentials")

	req, _ := http.NewRequest(http.MethodGet, srv.BaseURL()+"/customers/", nil)
	req.SetBasicAuth(mycashflowtest.User, mycashflowtest.APIKey)
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
}
