package mycashflow_test

import (
	"context"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

// firstErr returns the first error an iterator yields (nil if none).
func firstErr[T any](seq iter.Seq2[T, error]) error {
	for _, err := range seq {
		if err != nil {
			return err
		}
	}
	return nil
}

// TestEveryMethodRefusesBadInput calls every method with nil, zero and
// invalid arguments: each answers a *FieldError naming the field, never
// panics, and sends nothing.
func TestEveryMethodRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	past := &mcf.Date{Time: time.Date(2021, 10, 20, 0, 0, 0, 0, time.UTC)}
	badPage := mcf.ListOptions{Page: -1}
	badSize := mcf.ListOptions{Limit: -5}
	badSort := mcf.ListOptions{Sort: "name-asc"}
	t1 := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	t0 := t1.AddDate(0, 0, -1)
	vis := func(s string) *mcf.Time { return &mcf.Time{Time: mustTime(t, s)} }
	type tc struct {
		name, field string
		call        func(c *mcf.Client) error
	}
	cases := []tc{
		// Banner groups.
		{"banner_groups.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.BannerGroups.List(ctx, &mcf.BannerGroupListOptions{Expand: []mcf.BannerGroupExpand{"visibilities"}}))
		}},
		{"banner_groups.list negative page", "page", func(c *mcf.Client) error {
			return e1(c.BannerGroups.List(ctx, &mcf.BannerGroupListOptions{ListOptions: badPage}))
		}},
		{"banner_groups.all bad sort", "sort", func(c *mcf.Client) error {
			return firstErr(c.BannerGroups.All(ctx, &mcf.BannerGroupListOptions{ListOptions: badSort}))
		}},
		{"banner_groups.create nil", "body", func(c *mcf.Client) error { return e1(c.BannerGroups.Create(ctx, nil)) }},
		{"banner_groups.get zero id", "id", func(c *mcf.Client) error { return e1(c.BannerGroups.Get(ctx, 0)) }},
		{"banner_groups.get bad expand", "expand", func(c *mcf.Client) error { return e1(c.BannerGroups.Get(ctx, 1, "Translations")) }},
		{"banner_groups.update negative id", "id", func(c *mcf.Client) error {
			return e1(c.BannerGroups.Update(ctx, -1, &mcf.BannerGroupUpdate{}))
		}},
		{"banner_groups.update nil", "body", func(c *mcf.Client) error { return e1(c.BannerGroups.Update(ctx, 1, nil)) }},

		// Banners.
		{"banners.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Banners.List(ctx, &mcf.BannerListOptions{Expand: []mcf.BannerExpand{mcf.BannerTranslations, "prices"}}))
		}},
		{"banners.all negative page size", "page_size", func(c *mcf.Client) error {
			return firstErr(c.Banners.All(ctx, &mcf.BannerListOptions{ListOptions: badSize}))
		}},
		{"banners.create nil", "body", func(c *mcf.Client) error { return e1(c.Banners.Create(ctx, nil)) }},
		{"banners.create negative group", "group_id", func(c *mcf.Client) error {
			return e1(c.Banners.Create(ctx, &mcf.BannerCreate{GroupID: -4}))
		}},
		{"banners.create window reversed", "visible_to", func(c *mcf.Client) error {
			return e1(c.Banners.Create(ctx, &mcf.BannerCreate{VisibleFrom: vis("2014-06-19T20:41:47+03:00"), VisibleTo: vis("2013-06-19T20:41:47+03:00")}))
		}},
		{"banners.get zero id", "id", func(c *mcf.Client) error { return e1(c.Banners.Get(ctx, 0)) }},
		{"banners.get bad expand", "expand", func(c *mcf.Client) error { return e1(c.Banners.Get(ctx, 1, "everything")) }},
		{"banners.update nil", "body", func(c *mcf.Client) error { return e1(c.Banners.Update(ctx, 1, nil)) }},
		{"banners.update zero id", "id", func(c *mcf.Client) error { return e1(c.Banners.Update(ctx, 0, &mcf.BannerUpdate{})) }},
		{"banners.update zero group", "group_id", func(c *mcf.Client) error {
			return e1(c.Banners.Update(ctx, 1, &mcf.BannerUpdate{GroupID: mcf.Ptr[int64](0)}))
		}},
		{"banners.get_by_code empty", "code", func(c *mcf.Client) error { return e1(c.Banners.GetByCode(ctx, "")) }},
		{"banners.get_by_code dot-dot", "code", func(c *mcf.Client) error { return e1(c.Banners.GetByCode(ctx, "..")) }},
		{"banners.get_by_code bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Banners.GetByCode(ctx, "x", "customer_groups"))
		}},
		{"banners.update_by_code empty", "code", func(c *mcf.Client) error {
			return e1(c.Banners.UpdateByCode(ctx, " ", &mcf.BannerUpdate{}))
		}},
		{"banners.update_by_code nil", "body", func(c *mcf.Client) error { return e1(c.Banners.UpdateByCode(ctx, "x", nil)) }},

		// Brands.
		{"brands.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Brands.List(ctx, &mcf.BrandListOptions{Expand: []mcf.BrandExpand{"visibilities"}}))
		}},
		{"brands.all bad sort", "sort", func(c *mcf.Client) error {
			return firstErr(c.Brands.All(ctx, &mcf.BrandListOptions{ListOptions: badSort}))
		}},
		{"brands.create nil", "body", func(c *mcf.Client) error { return e1(c.Brands.Create(ctx, nil)) }},
		{"brands.create no name", "name", func(c *mcf.Client) error {
			return e1(c.Brands.Create(ctx, &mcf.BrandCreate{Description: "no name"}))
		}},
		{"brands.get zero id", "id", func(c *mcf.Client) error { return e1(c.Brands.Get(ctx, 0)) }},
		{"brands.get bad expand", "expand", func(c *mcf.Client) error { return e1(c.Brands.Get(ctx, 1, "")) }},
		{"brands.update nil", "body", func(c *mcf.Client) error { return e1(c.Brands.Update(ctx, 1, nil)) }},
		{"brands.update blank name", "name", func(c *mcf.Client) error {
			return e1(c.Brands.Update(ctx, 1, &mcf.BrandUpdate{Name: mcf.Ptr(" ")}))
		}},

		// Campaigns.
		{"campaigns.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Campaigns.List(ctx, &mcf.CampaignListOptions{Expand: []mcf.CampaignExpand{"conditions"}}))
		}},
		{"campaigns.all negative page", "page", func(c *mcf.Client) error {
			return firstErr(c.Campaigns.All(ctx, &mcf.CampaignListOptions{ListOptions: badPage}))
		}},
		{"campaigns.get zero id", "id", func(c *mcf.Client) error { return e1(c.Campaigns.Get(ctx, 0)) }},
		{"campaigns.get bad expand", "expand", func(c *mcf.Client) error { return e1(c.Campaigns.Get(ctx, 1, "price")) }},
		{"campaigns.update nil", "body", func(c *mcf.Client) error { return e1(c.Campaigns.Update(ctx, 1, nil)) }},
		{"campaigns.update zero id", "id", func(c *mcf.Client) error {
			return e1(c.Campaigns.Update(ctx, 0, &mcf.CampaignUpdate{}))
		}},
		{"campaigns.update_prices zero id", "id", func(c *mcf.Client) error {
			return e1(c.Campaigns.UpdatePrices(ctx, 0, []mcf.CampaignPrice{{ProductID: 1}}))
		}},
		{"campaigns.update_prices none", "prices", func(c *mcf.Client) error { return e1(c.Campaigns.UpdatePrices(ctx, 1, nil)) }},
		{"campaigns.update_prices no product", "prices[1].product_id", func(c *mcf.Client) error {
			return e1(c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1}, {Price: mcf.MustDecimal("1")}}))
		}},
		{"campaigns.update_prices negative price", "prices[0].price", func(c *mcf.Client) error {
			return e1(c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1, Price: mcf.MustDecimal("-0.01")}}))
		}},
		{"campaigns.update_prices negative order limit", "prices[0].order_limit", func(c *mcf.Client) error {
			return e1(c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1, OrderLimit: -1}}))
		}},
		{"campaigns.delete_price zero id", "id", func(c *mcf.Client) error {
			return c.Campaigns.DeletePrice(ctx, 0, mcf.CampaignPriceKey{ProductID: 1})
		}},
		{"campaigns.delete_price zero key", "product_id", func(c *mcf.Client) error {
			return c.Campaigns.DeletePrice(ctx, 1, mcf.CampaignPriceKey{})
		}},
		{"campaigns.delete_price negative quantity", "quantity", func(c *mcf.Client) error {
			return c.Campaigns.DeletePrice(ctx, 1, mcf.CampaignPriceKey{ProductID: 1, Quantity: -2})
		}},
		{"campaigns.update_prices negative download", "prices[0].download_id", func(c *mcf.Client) error {
			return e1(c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1, DownloadID: -2}}))
		}},
		{"campaigns.delete_price variation and download", "variation_id", func(c *mcf.Client) error {
			return c.Campaigns.DeletePrice(ctx, 1, mcf.CampaignPriceKey{ProductID: 1, VariationID: 2, DownloadID: 3})
		}},

		// Categories.
		{"categories.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Categories.List(ctx, &mcf.CategoryListOptions{Expand: []mcf.CategoryExpand{"products"}}))
		}},
		{"categories.all negative page size", "page_size", func(c *mcf.Client) error {
			return firstErr(c.Categories.All(ctx, &mcf.CategoryListOptions{ListOptions: badSize}))
		}},
		{"categories.create nil", "body", func(c *mcf.Client) error { return e1(c.Categories.Create(ctx, nil)) }},
		{"categories.create no parent", "parent_id", func(c *mcf.Client) error {
			return e1(c.Categories.Create(ctx, &mcf.CategoryCreate{Name: "Shoes"}))
		}},
		{"categories.create no name", "name", func(c *mcf.Client) error {
			return e1(c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1}))
		}},
		{"categories.create blank name", "name", func(c *mcf.Client) error {
			return e1(c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1, Name: " "}))
		}},
		{"categories.create translations without a name", "name", func(c *mcf.Client) error {
			return e1(c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1, Translations: []mcf.CategoryTranslation{{Language: "fi", Description: "x"}}}))
		}},
		{"categories.create bad template", "default_template", func(c *mcf.Client) error {
			return e1(c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1, Name: "Shoes", DefaultTemplate: "grid"}))
		}},
		{"categories.get zero id", "id", func(c *mcf.Client) error { return e1(c.Categories.Get(ctx, 0)) }},
		{"categories.get bad expand", "expand", func(c *mcf.Client) error { return e1(c.Categories.Get(ctx, 1, "translation")) }},
		{"categories.update nil", "body", func(c *mcf.Client) error { return e1(c.Categories.Update(ctx, 1, nil)) }},
		{"categories.update zero id", "id", func(c *mcf.Client) error {
			return e1(c.Categories.Update(ctx, 0, &mcf.CategoryUpdate{}))
		}},
		{"categories.update bad template", "default_template", func(c *mcf.Client) error {
			return e1(c.Categories.Update(ctx, 1, &mcf.CategoryUpdate{DefaultTemplate: mcf.Ptr(mcf.CategoryTemplate("grid"))}))
		}},
		{"categories.update zero parent", "parent_id", func(c *mcf.Client) error {
			return e1(c.Categories.Update(ctx, 1, &mcf.CategoryUpdate{ParentID: mcf.Ptr[int64](0)}))
		}},
		{"categories.update blank name", "name", func(c *mcf.Client) error {
			return e1(c.Categories.Update(ctx, 1, &mcf.CategoryUpdate{Name: mcf.Ptr("")}))
		}},
		{"categories.get_by_external_id empty", "externalID", func(c *mcf.Client) error {
			return e1(c.Categories.GetByExternalID(ctx, ""))
		}},
		{"categories.get_by_external_id bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Categories.GetByExternalID(ctx, "56", "customer_links"))
		}},
		{"categories.update_by_external_id empty", "externalID", func(c *mcf.Client) error {
			return e1(c.Categories.UpdateByExternalID(ctx, "", &mcf.CategoryUpdate{}))
		}},
		{"categories.update_by_external_id nil", "body", func(c *mcf.Client) error {
			return e1(c.Categories.UpdateByExternalID(ctx, "56", nil))
		}},
		{"categories.list_subcategories zero id", "id", func(c *mcf.Client) error {
			return e1(c.Categories.ListSubcategories(ctx, 0, nil))
		}},
		{"categories.list_subcategories bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Categories.ListSubcategories(ctx, 1, &mcf.CategoryListOptions{Expand: []mcf.CategoryExpand{"x"}}))
		}},
		{"categories.list_visibilities zero id", "id", func(c *mcf.Client) error {
			return e1(c.Categories.ListVisibilities(ctx, 0, nil))
		}},
		{"categories.list_visibilities bad sort", "sort", func(c *mcf.Client) error {
			return e1(c.Categories.ListVisibilities(ctx, 1, &badSort))
		}},
		{"categories.update_visibilities zero id", "id", func(c *mcf.Client) error {
			return e1(c.Categories.UpdateVisibilities(ctx, 0, []mcf.Visibility{{VersionID: 1}}))
		}},
		{"categories.update_visibilities none", "visibilities", func(c *mcf.Client) error {
			return e1(c.Categories.UpdateVisibilities(ctx, 1, nil))
		}},
		{"categories.update_visibilities zero version", "visibilities[0].version_id", func(c *mcf.Client) error {
			return e1(c.Categories.UpdateVisibilities(ctx, 1, []mcf.Visibility{{VersionID: 0}}))
		}},
		{"categories.list_product_links zero id", "id", func(c *mcf.Client) error {
			return e1(c.Categories.ListProductLinks(ctx, -2, nil))
		}},
		{"categories.list_product_links negative page", "page", func(c *mcf.Client) error {
			return e1(c.Categories.ListProductLinks(ctx, 1, &badPage))
		}},

		// Customer groups.
		{"customer_groups.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.List(ctx, &mcf.CustomerGroupListOptions{Expand: []mcf.CustomerGroupExpand{"customers"}}))
		}},
		{"customer_groups.all bad sort", "sort", func(c *mcf.Client) error {
			return firstErr(c.CustomerGroups.All(ctx, &mcf.CustomerGroupListOptions{ListOptions: badSort}))
		}},
		{"customer_groups.create nil", "body", func(c *mcf.Client) error { return e1(c.CustomerGroups.Create(ctx, nil)) }},
		{"customer_groups.create blank name", "name", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.Create(ctx, &mcf.CustomerGroupCreate{Name: "  "}))
		}},
		{"customer_groups.get zero id", "id", func(c *mcf.Client) error { return e1(c.CustomerGroups.Get(ctx, 0)) }},
		{"customer_groups.get bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.Get(ctx, 1, "customer_groups"))
		}},
		{"customer_groups.update nil", "body", func(c *mcf.Client) error { return e1(c.CustomerGroups.Update(ctx, 1, nil)) }},
		{"customer_groups.update blank name", "name", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.Update(ctx, 1, &mcf.CustomerGroupUpdate{Name: mcf.Ptr("")}))
		}},
		{"customer_groups.list_customers zero id", "id", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.ListCustomers(ctx, 0, nil))
		}},
		{"customer_groups.add_customer zero group", "id", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.AddCustomer(ctx, 0, 1))
		}},
		{"customer_groups.add_customer zero customer", "customer_id", func(c *mcf.Client) error {
			return e1(c.CustomerGroups.AddCustomer(ctx, 3, 0))
		}},
		{"customer_groups.remove_customer negative group", "id", func(c *mcf.Client) error {
			return c.CustomerGroups.RemoveCustomer(ctx, -3, 1)
		}},
		{"customer_groups.remove_customer zero customer", "customerID", func(c *mcf.Client) error {
			return c.CustomerGroups.RemoveCustomer(ctx, 3, 0)
		}},

		// Customers.
		{"customers.list bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Customers.List(ctx, &mcf.CustomerListOptions{Expand: []mcf.CustomerExpand{"addresses"}}))
		}},
		{"customers.list negative page", "page", func(c *mcf.Client) error {
			return e1(c.Customers.List(ctx, &mcf.CustomerListOptions{ListOptions: badPage}))
		}},
		{"customers.list created range reversed", "created_at-to", func(c *mcf.Client) error {
			return e1(c.Customers.List(ctx, &mcf.CustomerListOptions{CreatedFrom: t1, CreatedTo: t0}))
		}},
		{"customers.list updated range reversed", "updated_at-to", func(c *mcf.Client) error {
			return e1(c.Customers.List(ctx, &mcf.CustomerListOptions{UpdatedFrom: t1, UpdatedTo: t0}))
		}},
		{"customers.all login range reversed", "last_login_at-to", func(c *mcf.Client) error {
			return firstErr(c.Customers.All(ctx, &mcf.CustomerListOptions{LastLoginFrom: t1, LastLoginTo: t0}))
		}},
		{"customers.list year out of range", "created_at-to", func(c *mcf.Client) error {
			return e1(c.Customers.List(ctx, &mcf.CustomerListOptions{CreatedTo: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}))
		}},
		{"customers.create nil", "body", func(c *mcf.Client) error { return e1(c.Customers.Create(ctx, nil)) }},
		{"customers.create no first name", "first_name", func(c *mcf.Client) error {
			return e1(c.Customers.Create(ctx, &mcf.CustomerCreate{Email: "a@b.fi"}))
		}},
		{"customers.create no email", "email", func(c *mcf.Client) error {
			return e1(c.Customers.Create(ctx, &mcf.CustomerCreate{FirstName: "A", LastName: "B", StreetAddress: "S", PostalCode: "1", City: "C", Country: "FI"}))
		}},
		{"customers.create bad email", "email", func(c *mcf.Client) error {
			return e1(c.Customers.Create(ctx, &mcf.CustomerCreate{FirstName: "A", LastName: "B", StreetAddress: "S", PostalCode: "1", City: "C", Country: "FI", Email: "not-an-address"}))
		}},
		{"customers.get zero id", "id", func(c *mcf.Client) error { return e1(c.Customers.Get(ctx, 0)) }},
		{"customers.get bad expand", "expand", func(c *mcf.Client) error { return e1(c.Customers.Get(ctx, 1, "addresses")) }},
		{"customers.update nil", "body", func(c *mcf.Client) error { return e1(c.Customers.Update(ctx, 1, nil)) }},
		{"customers.update zero id", "id", func(c *mcf.Client) error {
			return e1(c.Customers.Update(ctx, 0, &mcf.CustomerUpdate{}))
		}},
		{"customers.update blank city", "city", func(c *mcf.Client) error {
			return e1(c.Customers.Update(ctx, 1, &mcf.CustomerUpdate{City: mcf.Ptr("")}))
		}},
		{"customers.update bad email", "email", func(c *mcf.Client) error {
			return e1(c.Customers.Update(ctx, 1, &mcf.CustomerUpdate{Email: mcf.Ptr("a@")}))
		}},
		{"customers.list_addresses zero id", "id", func(c *mcf.Client) error {
			return e1(c.Customers.ListAddresses(ctx, 0, nil))
		}},
		{"customers.list_addresses bad sort", "sort", func(c *mcf.Client) error {
			return e1(c.Customers.ListAddresses(ctx, 1, &badSort))
		}},
		{"customers.get_by_email empty", "email", func(c *mcf.Client) error { return e1(c.Customers.GetByEmail(ctx, "")) }},
		{"customers.get_by_email malformed", "email", func(c *mcf.Client) error { return e1(c.Customers.GetByEmail(ctx, "mail.domain.fi")) }},
		{"customers.get_by_email bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Customers.GetByEmail(ctx, "a@b.fi", "translations"))
		}},
		{"customers.get_by_external_id empty", "externalID", func(c *mcf.Client) error {
			return e1(c.Customers.GetByExternalID(ctx, ""))
		}},
		{"customers.get_by_external_id bad expand", "expand", func(c *mcf.Client) error {
			return e1(c.Customers.GetByExternalID(ctx, "ext-1", "groups"))
		}},

		// E-mail subscribers.
		{"email_subscribers.list negative page size", "page_size", func(c *mcf.Client) error {
			return e1(c.EmailSubscribers.List(ctx, &mcf.EmailSubscriberListOptions{ListOptions: badSize}))
		}},
		{"email_subscribers.all range reversed", "updated_at-to", func(c *mcf.Client) error {
			return firstErr(c.EmailSubscribers.All(ctx, &mcf.EmailSubscriberListOptions{UpdatedFrom: t1, UpdatedTo: t0}))
		}},
		{"email_subscribers.create nil", "body", func(c *mcf.Client) error { return e1(c.EmailSubscribers.Create(ctx, nil)) }},
		{"email_subscribers.create no email", "email", func(c *mcf.Client) error {
			return e1(c.EmailSubscribers.Create(ctx, &mcf.EmailSubscriberCreate{}))
		}},
		{"email_subscribers.create bad email", "email", func(c *mcf.Client) error {
			return e1(c.EmailSubscribers.Create(ctx, &mcf.EmailSubscriberCreate{Email: "@example.com"}))
		}},

		// Gift cards.
		{"gift_cards.list bad sort", "sort", func(c *mcf.Client) error { return e1(c.GiftCards.List(ctx, &badSort)) }},
		{"gift_cards.all negative page", "page", func(c *mcf.Client) error { return firstErr(c.GiftCards.All(ctx, &badPage)) }},
		{"gift_cards.create nil", "body", func(c *mcf.Client) error { return e1(c.GiftCards.Create(ctx, nil)) }},
		{"gift_cards.create past expiry", "expires_at", func(c *mcf.Client) error {
			return e1(c.GiftCards.Create(ctx, &mcf.GiftCardCreate{ExpiresAt: past}))
		}},
		{"gift_cards.create negative balance", "balance", func(c *mcf.Client) error {
			return e1(c.GiftCards.Create(ctx, &mcf.GiftCardCreate{Balance: mcf.Ptr(mcf.MustDecimal("-1"))}))
		}},
		{"gift_cards.get empty code", "code", func(c *mcf.Client) error { return e1(c.GiftCards.Get(ctx, "")) }},
		{"gift_cards.update empty code", "code", func(c *mcf.Client) error {
			return e1(c.GiftCards.Update(ctx, "", &mcf.GiftCardUpdate{}))
		}},
		{"gift_cards.update nil", "body", func(c *mcf.Client) error { return e1(c.GiftCards.Update(ctx, "X", nil)) }},
		{"gift_cards.update blank new code", "code", func(c *mcf.Client) error {
			return e1(c.GiftCards.Update(ctx, "X", &mcf.GiftCardUpdate{Code: mcf.Ptr("")}))
		}},
		{"gift_cards.update past expiry", "expires_at", func(c *mcf.Client) error {
			return e1(c.GiftCards.Update(ctx, "X", &mcf.GiftCardUpdate{ExpiresAt: past}))
		}},
		{"gift_cards.update negative balance", "balance", func(c *mcf.Client) error {
			return e1(c.GiftCards.Update(ctx, "X", &mcf.GiftCardUpdate{Balance: mcf.Ptr(mcf.MustDecimal("-1"))}))
		}},
	}

	covered := map[string]bool{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, rec := mockClient(t, 200, []byte(`{"data":{}}`))
			var err error
			require.NotPanics(t, func() { err = tc.call(c) })
			var fe *mcf.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
			assert.ErrorIs(t, err, mcf.ErrValidation)
			assert.ErrorIs(t, err, mcf.ErrInvalidInput)
			assert.NotContains(t, err.Error(), testKey)
			assert.Equal(t, 0, rec.count(), "no request is sent")
		})
		endpoint, _, _ := strings.Cut(tc.name, " ")
		covered[endpoint] = true
	}
	// Every endpoint and every All has at least one bad-input case.
	for name := range mcf.DefaultPaths() {
		assert.True(t, covered[name], "no bad-input case for %s", name)
		if res, ok := strings.CutSuffix(name, ".list"); ok {
			assert.True(t, covered[res+".all"], "no bad-input case for %s.All", res)
		}
	}
}

// TestValidInputStillSent checks the edges the checks must let through.
func TestValidInputStillSent(t *testing.T) {
	ctx := context.Background()
	calls := map[string]func(c *mcf.Client) error{
		"category named only in a translation": func(c *mcf.Client) error {
			return e1(c.Categories.Create(ctx, &mcf.CategoryCreate{ParentID: 1, Translations: []mcf.CategoryTranslation{{Language: "fi", Name: "Kengät"}}}))
		},
		"time range of one instant": func(c *mcf.Client) error {
			at := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
			return e1(c.Customers.List(ctx, &mcf.CustomerListOptions{CreatedFrom: at, CreatedTo: at}))
		},
		"only one bound": func(c *mcf.Client) error {
			return e1(c.EmailSubscribers.List(ctx, &mcf.EmailSubscriberListOptions{UpdatedTo: time.Now()}))
		},
		"every documented expand": func(c *mcf.Client) error {
			return e1(c.CustomerGroups.Get(ctx, 1, mcf.CustomerGroupTranslations, mcf.CustomerGroupCustomerLinks))
		},
		"price zero": func(c *mcf.Client) error {
			return e1(c.Campaigns.UpdatePrices(ctx, 1, []mcf.CampaignPrice{{ProductID: 1, Price: mcf.MustDecimal("0.00")}}))
		},
		"update clearing an optional field": func(c *mcf.Client) error {
			return e1(c.Customers.Update(ctx, 1, &mcf.CustomerUpdate{Company: mcf.Ptr("")}))
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			c, rec := mockClient(t, 200, []byte(`{"data":{}}`))
			_ = call(c)
			assert.Equal(t, 1, rec.count(), "the request is sent")
		})
	}
}

func e1(_ any, err error) error { return err }
