package mycashflow_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

// TestNestedModelsKeepUnknownFields: a field the package does not declare
// survives in Extra at every nesting level, not only at the top.
func TestNestedModelsKeepUnknownFields(t *testing.T) {
	const x = `"x_new":{"since":"v2"}`
	cases := []struct {
		name  string
		body  string
		into  any
		extra func(v any) mcf.Extra
	}{
		{"EInvoiceAddress", `{"id":1,"einvoice_address":{"edi_code":"0037",` + x + `}}`, &mcf.Customer{},
			func(v any) mcf.Extra { return v.(*mcf.Customer).EInvoiceAddress.Extra }},
		{"Customer.CustomerGroups", `{"id":1,"customer_groups":[{"id":3,` + x + `}]}`, &mcf.Customer{},
			func(v any) mcf.Extra { return v.(*mcf.Customer).CustomerGroups[0].Extra }},
		{"CustomerAddress", `{"id":1,"customer_id":2,` + x + `}`, &mcf.CustomerAddress{},
			func(v any) mcf.Extra { return v.(*mcf.CustomerAddress).Extra }},
		{"CustomerGroupLink", `{"id":1,"customer_links":[{"id":1,"customer_id":234,` + x + `}]}`, &mcf.CustomerGroup{},
			func(v any) mcf.Extra { return v.(*mcf.CustomerGroup).CustomerLinks[0].Extra }},
		{"BannerTranslation", `{"id":1,"translations":[{"language":"fi",` + x + `}]}`, &mcf.Banner{},
			func(v any) mcf.Extra { return v.(*mcf.Banner).Translations[0].Extra }},
		{"Visibility", `{"id":1,"visibilities":[{"version_id":1,"is_visible":true,` + x + `}]}`, &mcf.Banner{},
			func(v any) mcf.Extra { return v.(*mcf.Banner).Visibilities[0].Extra }},
		{"BannerGroupTranslation", `{"id":1,"translations":[{"language":"fi",` + x + `}]}`, &mcf.BannerGroup{},
			func(v any) mcf.Extra { return v.(*mcf.BannerGroup).Translations[0].Extra }},
		{"BrandTranslation", `{"id":1,"translations":[{"language":"fi",` + x + `}]}`, &mcf.Brand{},
			func(v any) mcf.Extra { return v.(*mcf.Brand).Translations[0].Extra }},
		{"CategoryTranslation", `{"id":1,"translations":[{"language":"fi",` + x + `}]}`, &mcf.Category{},
			func(v any) mcf.Extra { return v.(*mcf.Category).Translations[0].Extra }},
		{"CategoryProductLink", `{"category_id":1,"product_id":2,` + x + `}`, &mcf.CategoryProductLink{},
			func(v any) mcf.Extra { return v.(*mcf.CategoryProductLink).Extra }},
		{"CampaignConditions", `{"id":1,"conditions":{"code":"A",` + x + `}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Conditions.Extra }},
		{"CampaignTimeCondition", `{"id":1,"conditions":{"time":{"from":null,` + x + `}}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Conditions.Time.Extra }},
		{"CampaignCustomerCondition", `{"id":1,"conditions":{"customers":{"group_ids":[1],` + x + `}}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Conditions.Customers.Extra }},
		{"CampaignDiscounts", `{"id":1,"discounts":{` + x + `}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Discounts.Extra }},
		{"CampaignProductDiscount", `{"id":1,"discounts":{"products":{"enabled":true,` + x + `}}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Discounts.Products.Extra }},
		{"CampaignToggle", `{"id":1,"discounts":{"free_shipping":{"enabled":true,` + x + `}}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Discounts.FreeShipping.Extra }},
		{"CampaignPage", `{"id":1,"page":{"enabled":true,` + x + `}}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Page.Extra }},
		{"CampaignTranslation", `{"id":1,"translations":[{"language":"fi",` + x + `}]}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Translations[0].Extra }},
		{"CampaignPrice", `{"id":1,"prices":[{"product_id":1,"price":"9.90",` + x + `}]}`, &mcf.Campaign{},
			func(v any) mcf.Extra { return v.(*mcf.Campaign).Prices[0].Extra }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, json.Unmarshal([]byte(tc.body), tc.into))
			extra := tc.extra(tc.into)
			require.Contains(t, extra, "x_new")
			assert.JSONEq(t, `{"since":"v2"}`, string(extra["x_new"]))
			assert.Len(t, extra, 1, "declared fields are not in Extra")
		})
	}
}

// TestExtraIsNotSent: request bodies that reuse a nested model (the
// translations, visibilities, price rows) never send its Extra.
func TestExtraIsNotSent(t *testing.T) {
	tr := mcf.BannerTranslation{Language: "fi", Title: "Ale", Extra: mcf.Extra{"x_new": json.RawMessage(`1`)}}
	b, err := json.Marshal(tr)
	require.NoError(t, err)
	assert.JSONEq(t, `{"language":"fi","title":"Ale"}`, string(b))
}
