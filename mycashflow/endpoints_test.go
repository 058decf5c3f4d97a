package mycashflow_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

// Field-by-field checks of the documented examples, one per model.

func checkBannerGroup(t *testing.T, g *mcf.BannerGroup) {
	t.Helper()
	assert.Equal(t, int64(1), g.ID)
	assertTime(t, exampleTime, g.CreatedAt)
	assertTime(t, exampleTime, g.UpdatedAt)
	assert.Equal(t, "group-code", g.Code)
	assert.Equal(t, "My banner group", g.Title)
	assert.Equal(t, []mcf.BannerGroupTranslation{{Language: "en", Title: "My banner group"}, {Language: "fi", Title: "Banneriryhmä"}}, g.Translations)
	assert.Empty(t, g.Extra)
}

func checkBanner(t *testing.T, b *mcf.Banner) {
	t.Helper()
	assert.Equal(t, int64(1), b.ID)
	assertTime(t, exampleTime, b.CreatedAt)
	assertTime(t, exampleTime, b.UpdatedAt)
	assert.Equal(t, int64(4), b.GroupID)
	assert.Equal(t, 1, b.Sort)
	assert.Equal(t, "new-discounts", b.Code)
	assert.Equal(t, "New discounts for the summer", b.Title)
	assert.Equal(t, "<p>We have some exciting stuff for you this summer!</p>", b.Content)
	assertTime(t, "2013-06-19T20:41:47+03:00", b.VisibleFrom)
	assertTime(t, "2014-06-19T20:41:47+03:00", b.VisibleTo)
	assert.Equal(t, "discounts.jpg", b.File)
	assert.Equal(t, "/campaigns/43", b.Link)
	assert.Equal(t, []mcf.BannerTranslation{
		{Language: "en", Title: "Fresh discounts just for this week", Content: "<p>We publish new discounts every week.</p>", Link: "/campaign/42"},
		{Language: "fi", Title: "Uusia tarjouksia vain tälle viikolle.", Content: "<p>Julkaisemme uusia tarjouksia joka viikko.</p>", Link: "/campaign/43"},
	}, b.Translations)
	assert.Empty(t, b.Extra)
}

func checkBrand(t *testing.T, b *mcf.Brand) {
	t.Helper()
	assert.Equal(t, int64(1), b.ID)
	assertTime(t, exampleTime, b.CreatedAt)
	assertTime(t, exampleTime, b.UpdatedAt)
	assert.Equal(t, "Bernard's", b.Name)
	assert.Equal(t, "Quality clothes from Bernard's", b.Description)
	assert.Equal(t, "Document title", b.SEOTitle)
	assert.Equal(t, "Page title", b.SEOPageTitle)
	assert.Equal(t, "Meta description", b.SEOMetaDescription)
	assert.Equal(t, brandTranslations, b.Translations)
	assert.Equal(t, []mcf.Visibility{{VersionID: 4, IsVisible: false}, {VersionID: 3, IsVisible: true}}, b.Visibilities)
	assert.Empty(t, b.Extra)
}

func checkCampaign(t *testing.T, c *mcf.Campaign) {
	t.Helper()
	assert.Equal(t, int64(1), c.ID)
	assertTime(t, exampleTime, c.CreatedAt)
	assertTime(t, exampleTime, c.UpdatedAt)
	assert.True(t, c.Published)
	assert.Nil(t, c.Conditions.Time.From)
	require.NotNil(t, c.Conditions.Time.To)
	assertTime(t, "2020-11-30T23:59:59+02:00", *c.Conditions.Time.To)
	assert.Equal(t, "ALE123", c.Conditions.Code)
	assert.Equal(t, mcf.List[int64]{1, 4, 5}, c.Conditions.Customers.GroupIDs)
	assert.Equal(t, mcf.CampaignDiscounts{
		Products:     mcf.CampaignProductDiscount{Enabled: true, QuantityDiscounts: true},
		FreeShipping: mcf.CampaignToggle{Enabled: true},
		DiscountRow:  mcf.CampaignToggle{Enabled: false},
	}, c.Discounts)
	assert.Equal(t, mcf.CampaignPage{
		Description: "<p>All product -25 % for the summer. Act now, don't miss out!</p>",
		Enabled:     true, Image: "image.png", Link: "/category/6", Pinned: false, Template: "campaign/campaign-alternative",
	}, c.Page)
	assert.Equal(t, campaignTranslations, c.Translations)
	assert.Nil(t, c.Prices, "not in the example")
	assert.Nil(t, c.Visibilities, "not in the example")
	assert.Empty(t, c.Extra)
}

func checkCategory(t *testing.T, c *mcf.Category) {
	t.Helper()
	assert.Equal(t, int64(1), c.ID)
	assertTime(t, exampleTime, c.CreatedAt)
	assertTime(t, exampleTime, c.UpdatedAt)
	assert.Equal(t, int64(1), c.ParentID)
	assert.Equal(t, 4, c.ParentSort)
	assert.Equal(t, "Pants", c.Name)
	assert.Equal(t, "<p>Category description content</p>", c.Description)
	assert.Equal(t, mcf.CategoryFront, c.DefaultTemplate)
	assert.Equal(t, int64(56), c.ExternalID)
	assert.Equal(t, []mcf.CategoryTranslation{{Language: "fi", Name: "Kengät", Description: "Hyviä kenkiä"}, {Language: "en", Name: "Shoes", Description: "Nice shoes"}}, c.Translations)
	assert.Empty(t, c.Extra)
}

func checkCustomerGroup(t *testing.T, g *mcf.CustomerGroup) {
	t.Helper()
	assert.Equal(t, int64(1), g.ID)
	assertTime(t, exampleTime, g.CreatedAt)
	assertTime(t, exampleTime, g.UpdatedAt)
	assert.Equal(t, "Jälleenmyyjät", g.Name)
	require.Len(t, g.CustomerLinks, 2)
	l := g.CustomerLinks[1]
	assert.Equal(t, int64(2), l.ID)
	assertTime(t, exampleTime, l.CreatedAt)
	assertTime(t, exampleTime, l.UpdatedAt)
	assert.Equal(t, int64(456), l.CustomerID)
	assert.Equal(t, int64(1), l.CustomerGroupID)
	assert.Equal(t, int64(234), g.CustomerLinks[0].CustomerID)
	assert.Empty(t, g.Extra)
}

func checkCustomer(t *testing.T, c *mcf.Customer) {
	t.Helper()
	assert.Equal(t, int64(1), c.ID)
	assertTime(t, exampleTime, c.CreatedAt)
	assertTime(t, exampleTime, c.UpdatedAt)
	assert.Equal(t, "Example", c.FirstName)
	assert.Equal(t, "Customer", c.LastName)
	assert.True(t, c.LoginAllowed)
	assert.Equal(t, "Example Company Inc.", c.Company)
	assert.Equal(t, "1234567-6", c.VATCode)
	assert.Equal(t, "Example street 2", c.StreetAddress)
	assert.Equal(t, "00100", c.PostalCode)
	assert.Equal(t, "Helsinki", c.City)
	assert.Equal(t, "FI", c.Country)
	assert.Equal(t, "05012312312", c.Phone)
	assert.Equal(t, "mail@domain.fi", c.Email)
	assert.Equal(t, int64(4), c.VersionID)
	assert.Equal(t, "fi", c.Language)
	assert.True(t, c.EmailSubscription)
	assert.Equal(t, &mcf.EInvoiceAddress{EDICode: "003721315706", OperatorCode: "E204503"}, c.EInvoiceAddress)
	assert.False(t, c.SMSSubscription)
	require.Len(t, c.CustomerGroups, 2)
	assert.Equal(t, int64(3), c.CustomerGroups[0].ID)
	assert.Equal(t, "Resellers", c.CustomerGroups[0].Name)
	assertTime(t, exampleTime, c.CustomerGroups[0].CreatedAt)
	assertTime(t, exampleTime, c.CustomerGroups[0].UpdatedAt)
	assertTime(t, exampleTime, c.CustomerGroups[1].CreatedAt)
	assert.Equal(t, int64(5), c.CustomerGroups[1].ID)
	assert.Equal(t, "Gift card recipients", c.CustomerGroups[1].Name)
	assert.Empty(t, c.Extra)
}

func checkSubscriber(t *testing.T, s *mcf.EmailSubscriber) {
	t.Helper()
	assert.Equal(t, int64(1), s.ID)
	assertTime(t, exampleTime, s.CreatedAt)
	assertTime(t, exampleTime, s.UpdatedAt)
	assert.Equal(t, "mail@example.com", s.Email)
	assert.Equal(t, int64(5), s.VersionID)
	assert.Equal(t, "fi", s.Language)
	assert.Equal(t, "fi", s.Country)
	assertTime(t, "2016-02-25T11:31:39+02:00", s.SubscribedAt)
	assertTime(t, "2016-02-25T11:31:39+02:00", s.UnsubscribedAt)
	assert.Empty(t, s.Extra)
}

func checkGiftCard(t *testing.T, g *mcf.GiftCard) {
	t.Helper()
	assertTime(t, exampleTime, g.CreatedAt)
	assertTime(t, exampleTime, g.UpdatedAt)
	assert.Equal(t, "2021-10-20", g.ExpiresAt.String())
	assert.Equal(t, "DTGZRVGGYPS2YMNC", g.Code)
	assert.Equal(t, "Example content", g.Notes)
	assert.Equal(t, "50", g.Balance.String())
	assert.Empty(t, g.Extra)
}

// checkMeta checks the documented example meta: page 1 of 3.
func checkMeta[T any](t *testing.T, p *mcf.Page[T]) {
	t.Helper()
	assert.Equal(t, 1, p.Number)
	assert.Equal(t, 100, p.Size)
	assert.Equal(t, 3, p.Pages)
	assert.Equal(t, 300, p.Total)
	require.NotNil(t, p.Next)
	assert.Equal(t, 2, p.Next.Number)
}

// first checks a page and returns its first item.
func first[T any](t *testing.T, v any, meta bool) *T {
	t.Helper()
	p, ok := v.(*mcf.Page[T])
	require.True(t, ok, "got %T", v)
	require.Len(t, p.Items, 1, "every documented list example has one item")
	if meta {
		checkMeta(t, p)
	} else {
		assert.Equal(t, -1, p.Total, "a list without meta has no total")
		assert.Nil(t, p.Next)
	}
	return &p.Items[0]
}

// Request bodies matching the documented request examples.

func exampleTranslationsOfBanner() []mcf.BannerTranslation {
	return []mcf.BannerTranslation{
		{Language: "en", Title: "Fresh discounts just for this week", Content: "<p>We publish new discounts every week.</p>", Link: "/campaign/42"},
		{Language: "fi", Title: "Uusia tarjouksia vain tälle viikolle.", Content: "<p>Julkaisemme uusia tarjouksia joka viikko.</p>", Link: "/campaign/43"},
	}
}

func bannerUpdate(t *testing.T) *mcf.BannerUpdate {
	return &mcf.BannerUpdate{
		GroupID: mcf.Ptr[int64](4), Sort: mcf.Ptr(1), Code: mcf.Ptr("new-discounts"), Title: mcf.Ptr("New discounts for the summer"),
		Content:     mcf.Ptr("<p>We have some exciting stuff for you this summer!</p>"),
		VisibleFrom: &mcf.Time{Time: mustTime(t, "2013-06-19T20:41:47+03:00")},
		VisibleTo:   &mcf.Time{Time: mustTime(t, "2014-06-19T20:41:47+03:00")},
		File:        mcf.Ptr("discounts.jpg"), Link: mcf.Ptr("/campaigns/43"), Translations: exampleTranslationsOfBanner(),
	}
}

var bannerGroupTranslations = []mcf.BannerGroupTranslation{{Language: "en", Title: "My banner group"}, {Language: "fi", Title: "Banneriryhmä"}}

var brandTranslations = []mcf.BrandTranslation{
	{Language: "en", Description: "<p>We publish new discounts every week.</p>", SEOTitle: "Bernard's products", SEOPageTitle: "Bernard's", SEOMetaDescription: "Finest Bernard's products"},
	{Language: "fi", Description: "<p>Julkaisemme uusia tarjouksia joka viikko.</p>", SEOTitle: "Bernard's-tuotteet", SEOPageTitle: "Bernard's", SEOMetaDescription: "Hienoimmat Bernard's-tuotteet"},
}

var campaignTranslations = []mcf.CampaignTranslation{
	{Language: "fi", Name: "Macbook-ale", Description: "Kaikki Macbookit nyt -50 %", SEOTitle: "Päivin putiikin Macbook-ale", SEOPageTitle: "Kaikki Macbookit nyt -50 %", SEOMetaDescription: "Osta Macbook puoleen hintaan"},
	{Language: "en", Name: "Macbook sale!", Description: "All Macbooks now at -50 %", SEOTitle: "Macbook sale at Päivi's boutique", SEOPageTitle: "All Macbooks now -50 %", SEOMetaDescription: "Get your Macbook at half the price."},
}

var categoryTranslations = []mcf.CategoryTranslation{{Language: "fi", Name: "Kengät", Description: "Hyviä kenkiä"}, {Language: "en", Name: "Shoes", Description: "Nice shoes"}}

func categoryUpdate() *mcf.CategoryUpdate {
	return &mcf.CategoryUpdate{ParentID: mcf.Ptr[int64](1), ParentSort: mcf.Ptr(4), Name: mcf.Ptr("Pants"),
		Description: mcf.Ptr("<p>Category description content</p>"), DefaultTemplate: mcf.Ptr(mcf.CategoryFront),
		ExternalID: mcf.Ptr[int64](56), Translations: categoryTranslations}
}

func customerUpdate() *mcf.CustomerUpdate {
	return &mcf.CustomerUpdate{FirstName: mcf.Ptr("Example"), LastName: mcf.Ptr("Customer"), LoginAllowed: mcf.Ptr(true),
		Company: mcf.Ptr("Example Company Inc."), VATCode: mcf.Ptr("1234567-6"), StreetAddress: mcf.Ptr("Example street 2"),
		PostalCode: mcf.Ptr("00100"), City: mcf.Ptr("Helsinki"), Country: mcf.Ptr("FI"), Phone: mcf.Ptr("05012312312"),
		Email: mcf.Ptr("mail@domain.fi"), Language: mcf.Ptr("fi")}
}

// endpointCase is one catalogue endpoint: the call, what must go on the
// wire, and the check of the decoded example response.
type endpointCase struct {
	name     string // catalogue endpoint id
	method   string
	path     string // after /api/v1
	query    url.Values
	reqBody  []byte // expected JSON body; nil for none
	status   int
	response string // fixture name; "" for an empty 204
	call     func(ctx context.Context, c *mcf.Client) (any, error)
	check    func(t *testing.T, v any)
}

func TestEndpoints(t *testing.T) {
	listQ := url.Values{"page": {"2"}, "page_size": {"50"}, "sort": {"id-desc"}}
	withExpand := func(q url.Values, e string) url.Values {
		out := url.Values{"expand": {e}}
		for k, v := range q {
			out[k] = v
		}
		return out
	}
	lo := mcf.ListOptions{Page: 2, Limit: 50, Sort: mcf.SortIDDesc}
	future := time.Now().AddDate(1, 0, 0)
	futureDay := future.Format(time.DateOnly)
	expiry := &mcf.Date{Time: time.Date(future.Year(), future.Month(), future.Day(), 0, 0, 0, 0, time.UTC)}

	cases := []endpointCase{
		// Banner groups.
		{name: "banner_groups.list", method: "GET", path: "/banner-groups", query: withExpand(listQ, "translations"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.BannerGroups.List(ctx, &mcf.BannerGroupListOptions{ListOptions: lo, Expand: []mcf.BannerGroupExpand{mcf.BannerGroupTranslations}})
			},
			check: func(t *testing.T, v any) { checkBannerGroup(t, first[mcf.BannerGroup](t, v, true)) }},
		{name: "banner_groups.create", method: "POST", path: "/banner-groups", reqBody: fixture(t, "banner_groups.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.BannerGroups.Create(ctx, &mcf.BannerGroupCreate{Code: "group-code", Title: "My banner group", Translations: bannerGroupTranslations})
			},
			check: func(t *testing.T, v any) { checkBannerGroup(t, v.(*mcf.BannerGroup)) }},
		{name: "banner_groups.get", method: "GET", path: "/banner-groups/1", query: url.Values{"expand": {"translations"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.BannerGroups.Get(ctx, 1, mcf.BannerGroupTranslations)
			},
			check: func(t *testing.T, v any) { checkBannerGroup(t, v.(*mcf.BannerGroup)) }},
		{name: "banner_groups.update", method: "PATCH", path: "/banner-groups/1", reqBody: fixture(t, "banner_groups.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.BannerGroups.Update(ctx, 1, &mcf.BannerGroupUpdate{Code: mcf.Ptr("group-code"), Title: mcf.Ptr("My banner group"), Translations: bannerGroupTranslations})
			},
			check: func(t *testing.T, v any) { checkBannerGroup(t, v.(*mcf.BannerGroup)) }},

		// Banners.
		{name: "banners.list", method: "GET", path: "/banners", query: withExpand(listQ, "translations,visibilities"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Banners.List(ctx, &mcf.BannerListOptions{ListOptions: lo, Expand: []mcf.BannerExpand{mcf.BannerTranslations, mcf.BannerVisibilities}})
			},
			check: func(t *testing.T, v any) { checkBanner(t, first[mcf.Banner](t, v, true)) }},
		{name: "banners.create", method: "POST", path: "/banners", reqBody: fixture(t, "banners.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				u := bannerUpdate(t)
				return c.Banners.Create(ctx, &mcf.BannerCreate{GroupID: *u.GroupID, Sort: u.Sort, Code: *u.Code, Title: *u.Title, Content: *u.Content,
					VisibleFrom: u.VisibleFrom, VisibleTo: u.VisibleTo, File: *u.File, Link: *u.Link, Translations: u.Translations})
			},
			check: func(t *testing.T, v any) { checkBanner(t, v.(*mcf.Banner)) }},
		{name: "banners.get", method: "GET", path: "/banners/1", query: url.Values{"expand": {"visibilities"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Banners.Get(ctx, 1, mcf.BannerVisibilities)
			},
			check: func(t *testing.T, v any) { checkBanner(t, v.(*mcf.Banner)) }},
		{name: "banners.update", method: "PATCH", path: "/banners/1", reqBody: fixture(t, "banners.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Banners.Update(ctx, 1, bannerUpdate(t))
			},
			check: func(t *testing.T, v any) { checkBanner(t, v.(*mcf.Banner)) }},
		{name: "banners.get_by_code", method: "GET", path: "/banners/code=new-discounts",
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Banners.GetByCode(ctx, "new-discounts")
			},
			check: func(t *testing.T, v any) { checkBanner(t, v.(*mcf.Banner)) }},
		{name: "banners.update_by_code", method: "PATCH", path: "/banners/code=new-discounts", reqBody: fixture(t, "banners.update_by_code.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Banners.UpdateByCode(ctx, "new-discounts", bannerUpdate(t))
			},
			check: func(t *testing.T, v any) { checkBanner(t, v.(*mcf.Banner)) }},

		// Brands.
		{name: "brands.list", method: "GET", path: "/brands", query: withExpand(listQ, "translations"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Brands.List(ctx, &mcf.BrandListOptions{ListOptions: lo, Expand: []mcf.BrandExpand{mcf.BrandTranslations}})
			},
			check: func(t *testing.T, v any) { checkBrand(t, first[mcf.Brand](t, v, true)) }},
		{name: "brands.create", method: "POST", path: "/brands", reqBody: fixture(t, "brands.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Brands.Create(ctx, &mcf.BrandCreate{Name: "Bernard's", Description: "Quality clothes from Bernard's", SEOTitle: "Document title",
					SEOPageTitle: "Page title", SEOMetaDescription: "Meta description", Translations: brandTranslations})
			},
			check: func(t *testing.T, v any) { checkBrand(t, v.(*mcf.Brand)) }},
		{name: "brands.get", method: "GET", path: "/brands/1",
			call:  func(ctx context.Context, c *mcf.Client) (any, error) { return c.Brands.Get(ctx, 1) },
			check: func(t *testing.T, v any) { checkBrand(t, v.(*mcf.Brand)) }},
		{name: "brands.update", method: "PATCH", path: "/brands/1", reqBody: fixture(t, "brands.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Brands.Update(ctx, 1, &mcf.BrandUpdate{Name: mcf.Ptr("Bernard's"), Description: mcf.Ptr("Quality clothes from Bernard's"),
					SEOTitle: mcf.Ptr("Document title"), SEOPageTitle: mcf.Ptr("Page title"), SEOMetaDescription: mcf.Ptr("Meta description"), Translations: brandTranslations})
			},
			check: func(t *testing.T, v any) { checkBrand(t, v.(*mcf.Brand)) }},

		// Campaigns.
		{name: "campaigns.list", method: "GET", path: "/campaigns", query: withExpand(listQ, "prices,translations,visibilities"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Campaigns.List(ctx, &mcf.CampaignListOptions{ListOptions: lo, Expand: []mcf.CampaignExpand{mcf.CampaignPrices, mcf.CampaignTranslations, mcf.CampaignVisibilities}})
			},
			check: func(t *testing.T, v any) { checkCampaign(t, first[mcf.Campaign](t, v, true)) }},
		{name: "campaigns.get", method: "GET", path: "/campaigns/1", query: url.Values{"expand": {"translations"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Campaigns.Get(ctx, 1, mcf.CampaignTranslations)
			},
			check: func(t *testing.T, v any) { checkCampaign(t, v.(*mcf.Campaign)) }},
		{name: "campaigns.update", method: "PATCH", path: "/campaigns/1", reqBody: fixture(t, "campaigns.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Campaigns.Update(ctx, 1, &mcf.CampaignUpdate{Published: mcf.Ptr(true), Translations: campaignTranslations})
			},
			check: func(t *testing.T, v any) { checkCampaign(t, v.(*mcf.Campaign)) }},
		{name: "campaigns.update_prices", method: "PATCH", path: "/campaigns/1/prices", reqBody: fixture(t, "campaigns.update_prices.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{
					{ProductID: 4, Price: mcf.MustDecimal("39.99")},
					{ProductID: 5, VariationID: 3, Price: mcf.MustDecimal("39.99"), OrderLimit: 3},
					{ProductID: 4, DownloadID: 2, Quantity: 3, Price: mcf.MustDecimal("39.99")},
				})
			},
			check: func(t *testing.T, v any) {
				rows := v.([]mcf.CampaignPrice)
				require.Len(t, rows, 3, "the documented {\"data\": [[...]]} is flattened")
				assert.Equal(t, int64(4), rows[0].ProductID)
				assert.Equal(t, "39.99", rows[0].Price.String())
				assert.Equal(t, mcf.CampaignPrice{ProductID: 5, VariationID: 3, Price: mcf.MustDecimal("39.99"), OrderLimit: 3}, rows[1])
				assert.Equal(t, mcf.CampaignPrice{ProductID: 4, DownloadID: 2, Quantity: 3, Price: mcf.MustDecimal("39.99")}, rows[2])
			}},
		{name: "campaigns.delete_price", method: "DELETE", path: "/campaigns/1/prices", status: 204,
			reqBody: []byte(`{"product_id":5,"variation_id":3,"quantity":2}`),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return nil, c.Campaigns.DeletePrice(ctx, 1, mcf.CampaignPriceKey{ProductID: 5, VariationID: 3, Quantity: 2})
			},
			check: func(t *testing.T, v any) { assert.Nil(t, v) }},

		// Categories.
		{name: "categories.list", method: "GET", path: "/categories", query: withExpand(listQ, "translations"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.List(ctx, &mcf.CategoryListOptions{ListOptions: lo, Expand: []mcf.CategoryExpand{mcf.CategoryTranslations}})
			},
			check: func(t *testing.T, v any) { checkCategory(t, first[mcf.Category](t, v, true)) }},
		{name: "categories.create", method: "POST", path: "/categories", reqBody: fixture(t, "categories.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1, ParentSort: mcf.Ptr(4), Name: "Pants", Description: "<p>Category description content</p>",
					DefaultTemplate: mcf.CategoryFront, ExternalID: 56, Translations: categoryTranslations})
			},
			check: func(t *testing.T, v any) { checkCategory(t, v.(*mcf.Category)) }},
		{name: "categories.get", method: "GET", path: "/categories/1", query: url.Values{"expand": {"translations,visibilities"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.Get(ctx, 1, mcf.CategoryTranslations, mcf.CategoryVisibilities)
			},
			check: func(t *testing.T, v any) { checkCategory(t, v.(*mcf.Category)) }},
		{name: "categories.update", method: "PATCH", path: "/categories/1", reqBody: fixture(t, "categories.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.Update(ctx, 1, categoryUpdate())
			},
			check: func(t *testing.T, v any) { checkCategory(t, v.(*mcf.Category)) }},
		{name: "categories.get_by_external_id", method: "GET", path: "/categories/external_id=56",
			call:  func(ctx context.Context, c *mcf.Client) (any, error) { return c.Categories.GetByExternalID(ctx, "56") },
			check: func(t *testing.T, v any) { checkCategory(t, v.(*mcf.Category)) }},
		{name: "categories.update_by_external_id", method: "PATCH", path: "/categories/external_id=56", reqBody: fixture(t, "categories.update_by_external_id.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.UpdateByExternalID(ctx, "56", categoryUpdate())
			},
			check: func(t *testing.T, v any) { checkCategory(t, v.(*mcf.Category)) }},
		{name: "categories.list_subcategories", method: "GET", path: "/categories/1/subcategories", query: listQ,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.ListSubcategories(ctx, 1, &mcf.CategoryListOptions{ListOptions: lo})
			},
			check: func(t *testing.T, v any) { checkCategory(t, first[mcf.Category](t, v, true)) }},
		{name: "categories.list_visibilities", method: "GET", path: "/categories/1/visibilities", query: url.Values{"sort": {"id-asc"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.ListVisibilities(ctx, 1, &mcf.ListOptions{Sort: mcf.SortIDAsc})
			},
			check: func(t *testing.T, v any) {
				assert.Equal(t, mcf.Visibility{VersionID: 1, IsVisible: false}, *first[mcf.Visibility](t, v, false))
			}},
		{name: "categories.update_visibilities", method: "PATCH", path: "/categories/1/visibilities", reqBody: fixture(t, "categories.update_visibilities.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.UpdateVisibilities(ctx, 1, []mcf.Visibility{{VersionID: 1, IsVisible: false}})
			},
			check: func(t *testing.T, v any) { assert.Equal(t, []mcf.Visibility{{VersionID: 1, IsVisible: false}}, v) }},
		{name: "categories.list_product_links", method: "GET", path: "/categories/1/products",
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Categories.ListProductLinks(ctx, 1, nil)
			},
			check: func(t *testing.T, v any) {
				l := first[mcf.CategoryProductLink](t, v, false)
				assertTime(t, exampleTime, l.CreatedAt)
				assertTime(t, exampleTime, l.UpdatedAt)
				assert.Equal(t, int64(3), l.CategoryID)
				assert.Equal(t, 1, l.CategorySort)
				assert.Equal(t, int64(2), l.ProductID)
				assert.Equal(t, 4, l.ProductSort)
			}},

		// Customer groups.
		{name: "customer_groups.list", method: "GET", path: "/customer-groups", query: withExpand(listQ, "customer_links"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.CustomerGroups.List(ctx, &mcf.CustomerGroupListOptions{ListOptions: lo, Expand: []mcf.CustomerGroupExpand{mcf.CustomerGroupCustomerLinks}})
			},
			check: func(t *testing.T, v any) { checkCustomerGroup(t, first[mcf.CustomerGroup](t, v, true)) }},
		{name: "customer_groups.create", method: "POST", path: "/customer-groups", reqBody: fixture(t, "customer_groups.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.CustomerGroups.Create(ctx, &mcf.CustomerGroupCreate{Name: "Jälleenmyyjät"})
			},
			check: func(t *testing.T, v any) { checkCustomerGroup(t, v.(*mcf.CustomerGroup)) }},
		{name: "customer_groups.get", method: "GET", path: "/customer-groups/1", query: url.Values{"expand": {"customer_links"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.CustomerGroups.Get(ctx, 1, mcf.CustomerGroupCustomerLinks)
			},
			check: func(t *testing.T, v any) { checkCustomerGroup(t, v.(*mcf.CustomerGroup)) }},
		{name: "customer_groups.update", method: "PATCH", path: "/customer-groups/1", reqBody: fixture(t, "customer_groups.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.CustomerGroups.Update(ctx, 1, &mcf.CustomerGroupUpdate{Name: mcf.Ptr("Jälleenmyyjät")})
			},
			check: func(t *testing.T, v any) { checkCustomerGroup(t, v.(*mcf.CustomerGroup)) }},
		{name: "customer_groups.list_customers", method: "GET", path: "/customer-groups/3/customers",
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.CustomerGroups.ListCustomers(ctx, 3, nil)
			},
			check: func(t *testing.T, v any) {
				assert.Equal(t, mcf.CustomerGroupLink{CustomerID: 354, CustomerGroupID: 3}, *first[mcf.CustomerGroupLink](t, v, false))
			}},
		{name: "customer_groups.add_customer", method: "POST", path: "/customer-groups/3/customers", reqBody: fixture(t, "customer_groups.add_customer.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.CustomerGroups.AddCustomer(ctx, 3, 354)
			},
			check: func(t *testing.T, v any) {
				assert.Equal(t, &mcf.CustomerGroupLink{CustomerID: 354, CustomerGroupID: 3}, v)
			}},
		{name: "customer_groups.remove_customer", method: "DELETE", path: "/customer-groups/3/customers/354", status: 204,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return nil, c.CustomerGroups.RemoveCustomer(ctx, 3, 354)
			},
			check: func(t *testing.T, v any) { assert.Nil(t, v) }},

		// Customers.
		{name: "customers.list", method: "GET", path: "/customers",
			query: withExpand(url.Values{"page": {"2"}, "page_size": {"50"}, "sort": {"id-desc"},
				"created_at-from": {"2017-06-14T20:45:52+03:00"}, "created_at-to": {"2017-06-15T00:00:00+00:00"},
				"updated_at-from": {"2017-06-14T20:45:52+03:00"}, "updated_at-to": {"2017-06-15T00:00:00+00:00"},
				"last_login_at-from": {"2017-06-14T20:45:52+03:00"}, "last_login_at-to": {"2017-06-15T00:00:00+00:00"}}, "customer_groups"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				from := mustTime(t, "2017-06-14T20:45:52+03:00")
				to := time.Date(2017, 6, 15, 0, 0, 0, 0, time.UTC)
				return c.Customers.List(ctx, &mcf.CustomerListOptions{ListOptions: lo, Expand: []mcf.CustomerExpand{mcf.CustomerGroupsExpand},
					CreatedFrom: from, CreatedTo: to, UpdatedFrom: from, UpdatedTo: to, LastLoginFrom: from, LastLoginTo: to})
			},
			check: func(t *testing.T, v any) { checkCustomer(t, first[mcf.Customer](t, v, true)) }},
		{name: "customers.create", method: "POST", path: "/customers", reqBody: fixture(t, "customers.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Customers.Create(ctx, &mcf.CustomerCreate{FirstName: "Example", LastName: "Customer", LoginAllowed: true,
					Company: "Example Company Inc.", VATCode: "1234567-6", StreetAddress: "Example street 2", PostalCode: "00100",
					City: "Helsinki", Country: "FI", Phone: "05012312312", Email: "mail@domain.fi", Language: "fi"})
			},
			check: func(t *testing.T, v any) { checkCustomer(t, v.(*mcf.Customer)) }},
		{name: "customers.get", method: "GET", path: "/customers/1", query: url.Values{"expand": {"customer_groups"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Customers.Get(ctx, 1, mcf.CustomerGroupsExpand)
			},
			check: func(t *testing.T, v any) { checkCustomer(t, v.(*mcf.Customer)) }},
		{name: "customers.update", method: "PATCH", path: "/customers/1", reqBody: fixture(t, "customers.update.request"),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Customers.Update(ctx, 1, customerUpdate())
			},
			check: func(t *testing.T, v any) { checkCustomer(t, v.(*mcf.Customer)) }},
		{name: "customers.list_addresses", method: "GET", path: "/customers/1/secondary_addresses",
			call: func(ctx context.Context, c *mcf.Client) (any, error) { return c.Customers.ListAddresses(ctx, 1, nil) },
			check: func(t *testing.T, v any) {
				a := first[mcf.CustomerAddress](t, v, false)
				assert.Equal(t, int64(1), a.ID)
				assertTime(t, exampleTime, a.CreatedAt)
				assertTime(t, exampleTime, a.UpdatedAt)
				assert.Equal(t, int64(2), a.CustomerID)
				assert.False(t, a.Primary)
				assert.Equal(t, "mail@example.com", a.Email)
				assert.Equal(t, "Pulse247 Oy", a.Company)
				assert.Equal(t, "Example", a.FirstName)
				assert.Equal(t, "Customer", a.LastName)
				assert.Equal(t, "Kaivokatu 12", a.StreetAddress)
				assert.Equal(t, "Moussaouistraat", a.StreetName)
				assert.Equal(t, "22", a.StreetNumber)
				assert.Equal(t, "b", a.HouseExtension)
				assert.Equal(t, "00100", a.PostalCode)
				assert.Equal(t, "Helsinki", a.City)
				assert.Equal(t, "fi", a.Country)
				assert.Equal(t, "+3585012312312", a.Phone)
			}},
		{name: "customers.get_by_email", method: "GET", path: "/customers/email=mail@domain.fi",
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Customers.GetByEmail(ctx, "mail@domain.fi")
			},
			check: func(t *testing.T, v any) { checkCustomer(t, v.(*mcf.Customer)) }},
		{name: "customers.get_by_external_id", method: "GET", path: "/customers/external_id=ext-1", query: url.Values{"expand": {"customer_groups"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.Customers.GetByExternalID(ctx, "ext-1", mcf.CustomerGroupsExpand)
			},
			check: func(t *testing.T, v any) { checkCustomer(t, v.(*mcf.Customer)) }},

		// E-mail subscribers.
		{name: "email_subscribers.list", method: "GET", path: "/email-subscribers",
			query: url.Values{"updated_at-from": {"2017-06-14T20:45:52+03:00"}},
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.EmailSubscribers.List(ctx, &mcf.EmailSubscriberListOptions{UpdatedFrom: mustTime(t, "2017-06-14T20:45:52+03:00")})
			},
			check: func(t *testing.T, v any) { checkSubscriber(t, first[mcf.EmailSubscriber](t, v, true)) }},
		{name: "email_subscribers.create", method: "POST", path: "/email-subscribers", reqBody: fixture(t, "email_subscribers.create.request"), status: 201,
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.EmailSubscribers.Create(ctx, &mcf.EmailSubscriberCreate{Email: "mail@example.com"})
			},
			check: func(t *testing.T, v any) { checkSubscriber(t, v.(*mcf.EmailSubscriber)) }},

		// Gift cards.
		{name: "gift_cards.list", method: "GET", path: "/gift-cards", query: listQ,
			call:  func(ctx context.Context, c *mcf.Client) (any, error) { return c.GiftCards.List(ctx, &lo) },
			check: func(t *testing.T, v any) { checkGiftCard(t, first[mcf.GiftCard](t, v, true)) }},
		{name: "gift_cards.create", method: "POST", path: "/gift-cards", status: 201,
			reqBody: withFutureExpiry(t, fixture(t, "gift_cards.create.request"), futureDay),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.GiftCards.Create(ctx, &mcf.GiftCardCreate{ExpiresAt: expiry, Code: "DTGZRVGGYPS2YMNC", Notes: "Example content", Balance: mcf.Ptr(mcf.MustDecimal("50"))})
			},
			check: func(t *testing.T, v any) { checkGiftCard(t, v.(*mcf.GiftCard)) }},
		{name: "gift_cards.get", method: "GET", path: "/gift-cards/DTGZRVGGYPS2YMNC",
			call:  func(ctx context.Context, c *mcf.Client) (any, error) { return c.GiftCards.Get(ctx, "DTGZRVGGYPS2YMNC") },
			check: func(t *testing.T, v any) { checkGiftCard(t, v.(*mcf.GiftCard)) }},
		{name: "gift_cards.update", method: "PATCH", path: "/gift-cards/DTGZRVGGYPS2YMNC",
			reqBody: withFutureExpiry(t, fixture(t, "gift_cards.update.request"), futureDay),
			call: func(ctx context.Context, c *mcf.Client) (any, error) {
				return c.GiftCards.Update(ctx, "DTGZRVGGYPS2YMNC", &mcf.GiftCardUpdate{ExpiresAt: expiry, Code: mcf.Ptr("DTGZRVGGYPS2YMNC"),
					Notes: mcf.Ptr("Example content"), Balance: mcf.Ptr(mcf.MustDecimal("50"))})
			},
			check: func(t *testing.T, v any) { checkGiftCard(t, v.(*mcf.GiftCard)) }},
	}

	seen := map[string]bool{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			seen[tc.name] = true
			status := tc.status
			if status == 0 {
				status = http.StatusOK
			}
			var body []byte
			if status != http.StatusNoContent {
				body = fixture(t, tc.name+".response")
			}
			c, rec := mockClient(t, status, body)
			v, err := tc.call(context.Background(), c)
			require.NoError(t, err)
			r, sent := rec.last(t)
			assert.Equal(t, tc.method, r.Method)
			assert.Equal(t, "teststore.mycashflow.fi", r.URL.Host)
			assert.Equal(t, "https", r.URL.Scheme)
			assert.Equal(t, "/api/v1"+tc.path, r.URL.Path)
			assert.NotRegexp(t, `/$`, r.URL.Path, "the API refuses a trailing slash")
			want := tc.query
			if want == nil {
				want = url.Values{}
			}
			assert.Equal(t, want, r.URL.Query())
			assertHeaders(t, r)
			assertJSONBody(t, tc.reqBody, r, sent)
			assert.Equal(t, 1, rec.count())
			tc.check(t, v)
		})
	}
	assert.Len(t, seen, len(mcf.DefaultPaths()), "every catalogue endpoint has a case")
	for name := range mcf.DefaultPaths() {
		assert.True(t, seen[name], "no test for %s", name)
	}
}
