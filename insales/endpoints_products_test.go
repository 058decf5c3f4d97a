package insales_test

import (
	"context"
	"encoding/base64"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

var ctx = context.Background()

// checkAuth asserts the Basic credentials and JSON headers of every call.
func checkAuth(t *testing.T, r seen, write bool) {
	t.Helper()
	assert.Equal(t, "Basic "+base64.StdEncoding.EncodeToString([]byte("my-app:app-password")), r.Header.Get("Authorization"))
	assert.Equal(t, "application/json", r.Header.Get("Accept"))
	if write {
		assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	}
}

func TestProductsGetDecodesTheExample(t *testing.T) {
	c, rec := serve(t, 200, fixture(t, "products.get.response.json"))
	p, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "GET", r.Method)
	assert.Equal(t, "/admin/products/1.json", r.Path)
	assert.Empty(t, r.RawQuery)
	checkAuth(t, r, false)

	assert.Equal(t, int64(1), p.ID)
	assert.Equal(t, "Cool t-shirt", p.Title)
	assert.False(t, p.Archived)
	require.NotNil(t, p.Available)
	assert.False(t, *p.Available)
	require.NotNil(t, p.CanonicalURLCollectionID)
	assert.Equal(t, int64(1), *p.CanonicalURLCollectionID)
	assert.Equal(t, int64(1), p.CategoryID)
	assert.Equal(t, time.Date(2017, 8, 25, 12, 59, 21, 0, time.FixedZone("", 3*3600)).Unix(), p.CreatedAt.Unix())
	assert.Nil(t, p.IgnoreDiscounts)
	assert.False(t, p.IsHidden)
	assert.Nil(t, p.SortWeight)
	assert.Equal(t, "pce", p.Unit)
	require.NotNil(t, p.VAT)
	assert.Equal(t, int64(-1), *p.VAT)
	assert.Equal(t, "its a cool t-shirt", p.ShortDescription)
	assert.Equal(t, "футболка", p.Permalink)
	assert.Empty(t, p.HTMLTitle)
	assert.Equal(t, "LVL", p.CurrencyCode)
	assert.Equal(t, insales.List[int64]{1, 3, 8}, p.CollectionsIDs)
	assert.Empty(t, p.Images)
	require.Len(t, p.OptionNames, 1)
	assert.Equal(t, insales.OptionName{ID: 1, Position: 1, Title: "Модификация"}, p.OptionNames[0])
	require.Len(t, p.Properties, 4)
	assert.Equal(t, insales.Property{ID: 6, IsHidden: true, IsNavigational: true, Position: 1, Permalink: "hidden", Title: "hidden"}, p.Properties[0])
	assert.Equal(t, insales.Property{ID: 3, IsNavigational: true, Position: 6, Permalink: "vendor", Title: "Vendor"}, p.Properties[3])
	require.Len(t, p.Characteristics, 4)
	assert.Equal(t, insales.Characteristic{ID: 7, PropertyID: 3, Position: 1, Title: "Nike", Permalink: "nike"}, p.Characteristics[0])
	require.Len(t, p.ProductFieldValues, 1)
	assert.Equal(t, insales.ProductFieldValue{ID: 1, ProductFieldID: 1, Value: "some product field value"}, p.ProductFieldValues[0])
	assert.Empty(t, p.ProductBundleComponents)
	assert.Equal(t, "guys, its a really cool t-shirt", p.Description)
	assert.Nil(t, p.Extra, "every field of the example is declared")

	require.Len(t, p.Variants, 1)
	v := p.Variants[0]
	assert.Equal(t, int64(1), v.ID)
	assert.Equal(t, int64(1), v.ProductID)
	assert.Empty(t, v.Barcode)
	require.NotNil(t, v.CostPrice)
	assert.Equal(t, "3.0", v.CostPrice.String())
	assert.Nil(t, v.ImageID)
	assert.Nil(t, v.OldPrice)
	assert.Equal(t, "10.0", v.Price.String())
	assert.Equal(t, "10.0", v.BasePrice.String())
	assert.Equal(t, "423", v.SKU)
	assert.Nil(t, v.Weight)
	assert.False(t, v.Available)
	assert.Equal(t, "Red", v.Title)
	require.Len(t, v.Prices, 1)
	assert.Equal(t, "12.0", v.Prices[0].String())
	require.NotNil(t, v.Price2)
	assert.Equal(t, "12.0", v.Price2.String())
	assert.Equal(t, []insales.VariantFieldValue{{ID: 1, VariantFieldID: 1, Value: "some variant field value"}}, []insales.VariantFieldValue(v.VariantFieldValues))
	assert.Equal(t, []insales.OptionValue{{ID: 1, OptionNameID: 1, Position: 1, Title: "Red"}}, []insales.OptionValue(v.OptionValues))
	require.NotNil(t, v.Quantity)
	assert.Equal(t, "0", v.Quantity.String())
	assert.Equal(t, 2009, v.UpdatedAt.Year())
	assert.Nil(t, v.Extra)

	assert.Equal(t, insales.Checkpoint{Time: p.UpdatedAt.Time, ID: 1}, p.Checkpoint())
}

func TestProductsListDecodesTheExample(t *testing.T) {
	c, rec := serve(t, 200, fixture(t, "products.list.response.json"))
	since := time.Date(2017, 9, 4, 0, 0, 0, 0, time.FixedZone("", 3*3600))
	page, err := c.Products.List(ctx, &insales.ProductListOptions{Page: 2, Limit: 5, UpdatedFrom: since, FromID: 7,
		CategoryID: 3, Title: "shirt", WithDeleted: true})
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "GET", r.Method)
	assert.Equal(t, "/admin/products.json", r.Path)
	assert.Equal(t, "category_id=3&filter%5Btitle%5D=shirt&from_id=7&page=2&per_page=5&updated_since=2017-09-04+00%3A00%3A00+%2B03%3A00&with_deleted=true", r.RawQuery)
	checkAuth(t, r, false)

	require.Len(t, page.Items, 5)
	assert.Equal(t, 2, page.Number)
	assert.Equal(t, -1, page.Total, "a bare array has no total")
	assert.Equal(t, []int64{1, 2, 3, 4, 5}, ids(page.Items))
	second := page.Items[1]
	assert.Equal(t, "shirt", second.Title)
	require.NotNil(t, second.Available)
	assert.True(t, *second.Available)
	assert.Nil(t, second.CanonicalURLCollectionID)
	assert.Equal(t, "0.3", second.Variants[0].Weight.String())
	assert.Equal(t, "Зеленый / Синий", second.Variants[0].Title)
	assert.Len(t, second.Variants[0].OptionValues, 2)
	assert.Nil(t, page.Items[2].Variants[0].Quantity, "null quantity: stock not tracked")
	assert.False(t, page.HasNext(), "5 items on a page of at least 10: the last page")
}

func ids(ps []insales.Product) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func TestProductsCountSendsFiltersNotPaging(t *testing.T) {
	c, rec := serve(t, 200, fixture(t, "products.count.response.json"))
	n, err := c.Products.Count(ctx, &insales.ProductListOptions{Page: 3, Limit: 50, Deleted: true})
	require.NoError(t, err)
	assert.Equal(t, 5, n)
	r := rec.last(t)
	assert.Equal(t, "GET", r.Method)
	assert.Equal(t, "/admin/products/count.json", r.Path)
	assert.Equal(t, "deleted=true", r.RawQuery)
}

func TestProductsCreateSendsTheExample(t *testing.T) {
	c, rec := serve(t, 201, fixture(t, "products.create.response.json"))
	p, err := c.Products.Create(ctx, &insales.ProductCreate{
		CategoryID: 1,
		Title:      "Van Gogh Ruled Peach Notebook",
		Variants: []insales.VariantAttributes{{SKU: "QP021MVEN-r", Quantity: insales.Ptr(insales.MustDecimal("1")),
			Price: insales.Ptr(insales.MustDecimal("740"))}},
		IgnoreDiscounts: insales.Ptr(true),
		VAT:             insales.Ptr(int64(-1)),
		FieldValues:     []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}},
	})
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "POST", r.Method)
	assert.Equal(t, "/admin/products.json", r.Path)
	checkAuth(t, r, true)
	requireJSONEq(t, fixture(t, "products.create.request.json"), r.Body)

	assert.Equal(t, int64(9854), p.ID)
	require.NotNil(t, p.IgnoreDiscounts)
	assert.True(t, *p.IgnoreDiscounts)
	assert.Nil(t, p.Available, "null right after creation")
	assert.Equal(t, "12345", string(p.ProductFieldValues[0].Value), "a number echoed back reads as text")
	assert.Equal(t, "740.0", p.Variants[0].Price.String())
	assert.Equal(t, "QP021MVEN-r", p.Variants[0].SKU)
}

func TestProductsCreateBundleSendsTheExample(t *testing.T) {
	c, rec := serve(t, 201, fixture(t, "products.create_bundle.response.json"))
	p, err := c.Products.CreateBundle(ctx, &insales.ProductBundleCreate{
		CategoryID: 1,
		Title:      "Van Gogh Ruled Peach Notebook",
		Variants:   []insales.BundleVariant{{Price: insales.MustDecimal("100")}},
		Components: []insales.BundleComponentAttributes{{VariantID: 1, Quantity: insales.MustDecimal("2")}},
	})
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "POST", r.Method)
	assert.Equal(t, "/admin/products.json", r.Path)
	checkAuth(t, r, true)
	requireJSONEq(t, fixture(t, "products.create_bundle.request.json"), r.Body)

	assert.Equal(t, int64(9856), p.ID)
	require.Len(t, p.ProductBundleComponents, 1)
	bc := p.ProductBundleComponents[0]
	assert.Equal(t, int64(1058167308), bc.ID)
	assert.Equal(t, int64(1), bc.VariantID)
	assert.Equal(t, "2.0", bc.Quantity.String())
	assert.False(t, bc.Free)
	assert.Equal(t, int64(10), *p.VAT)
}

func TestProductsUpdateSendsTheExample(t *testing.T) {
	c, rec := serve(t, 200, fixture(t, "products.update.response.json"))
	p, err := c.Products.Update(ctx, 1, &insales.ProductUpdate{
		Title:           insales.Ptr("Van Gogh Notebook"),
		IgnoreDiscounts: insales.Ptr(true),
		VAT:             insales.Ptr(int64(10)),
		FieldValues:     []insales.FieldValueAttributes{{Handle: "handle", Value: insales.NumberValue(12345)}},
	})
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "PUT", r.Method)
	assert.Equal(t, "/admin/products/1.json", r.Path)
	checkAuth(t, r, true)
	requireJSONEq(t, fixture(t, "products.update.request.json"), r.Body)
	assert.Equal(t, "Van Gogh Notebook", p.Title)
	assert.Equal(t, int64(10), *p.VAT)
	assert.Equal(t, 2017, p.UpdatedAt.Year())
}

func TestProductsUpdateBundleSendsTheExample(t *testing.T) {
	c, rec := serve(t, 200, fixture(t, "products.update_bundle.response.json"))
	p, err := c.Products.UpdateBundle(ctx, 4, &insales.ProductBundleUpdate{
		Components: []insales.BundleComponentChange{
			{VariantID: insales.Ptr(int64(3)), Quantity: insales.Ptr(insales.MustDecimal("2")), Free: insales.Ptr(false)},
			{ID: insales.Ptr(int64(1)), Quantity: insales.Ptr(insales.MustDecimal("4"))},
			{ID: insales.Ptr(int64(2)), Destroy: true},
		},
	})
	require.NoError(t, err)
	r := rec.last(t)
	assert.Equal(t, "PUT", r.Method)
	assert.Equal(t, "/admin/products/4.json", r.Path)
	checkAuth(t, r, true)
	requireJSONEq(t, fixture(t, "products.update_bundle.request.json"), r.Body)
	require.Len(t, p.ProductBundleComponents, 3)
	assert.True(t, p.ProductBundleComponents[0].Free)
	assert.Equal(t, int64(1058167310), p.ProductBundleComponents[2].ID)
	assert.Equal(t, "shirt & t-short", p.Title)
}

func TestProductsDeleteSendsContentTypeWithoutBody(t *testing.T) {
	c, rec := serve(t, 200, fixture(t, "products.delete.response.json"))
	require.NoError(t, c.Products.Delete(ctx, 1))
	r := rec.last(t)
	assert.Equal(t, "DELETE", r.Method)
	assert.Equal(t, "/admin/products/1.json", r.Path)
	assert.Empty(t, r.Body)
	checkAuth(t, r, true)
}

func TestProductsDeleteRefusesAnAnswerThatIsNotOK(t *testing.T) {
	c, _ := serve(t, 200, []byte(`{"status":"error","errors":{"base":["locked"]}}`))
	err := c.Products.Delete(ctx, 1)
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, []string{"locked"}, ae.Fields["base"])
}

func TestProductsBadInputIsRefusedBeforeSending(t *testing.T) {
	c, rec := serve(t, 200, []byte(`{}`))
	v := []insales.VariantAttributes{{SKU: "x"}}
	cases := map[string]struct {
		call  func() error
		field string
	}{
		"get id 0":        {func() error { _, err := c.Products.Get(ctx, 0); return err }, "product_id"},
		"delete negative": {func() error { return c.Products.Delete(ctx, -4) }, "product_id"},
		"create nil":      {func() error { _, err := c.Products.Create(ctx, nil); return err }, "body"},
		"create no title": {func() error {
			_, err := c.Products.Create(ctx, &insales.ProductCreate{CategoryID: 1, Variants: v})
			return err
		}, "title"},
		"create no category": {func() error {
			_, err := c.Products.Create(ctx, &insales.ProductCreate{Title: "a", Variants: v})
			return err
		}, "category_id"},
		"create no variants": {func() error {
			_, err := c.Products.Create(ctx, &insales.ProductCreate{CategoryID: 1, Title: "a"})
			return err
		}, "variants_attributes"},
		"create field handle": {func() error {
			_, err := c.Products.Create(ctx, &insales.ProductCreate{CategoryID: 1, Title: "a", Variants: v, FieldValues: []insales.FieldValueAttributes{{Value: insales.TextValue("x")}}})
			return err
		}, "product_field_values_attributes[0].handle"},
		"update empty": {func() error { _, err := c.Products.Update(ctx, 1, &insales.ProductUpdate{}); return err }, "body"},
		"update empty title": {func() error {
			_, err := c.Products.Update(ctx, 1, &insales.ProductUpdate{Title: insales.Ptr("")})
			return err
		}, "title"},
		"bundle no components": {func() error {
			_, err := c.Products.CreateBundle(ctx, &insales.ProductBundleCreate{CategoryID: 1, Title: "b", Variants: []insales.BundleVariant{{}}})
			return err
		}, "product_bundle_components_attributes"},
		"bundle zero quantity": {func() error {
			_, err := c.Products.CreateBundle(ctx, &insales.ProductBundleCreate{CategoryID: 1, Title: "b", Variants: []insales.BundleVariant{{}},
				Components: []insales.BundleComponentAttributes{{VariantID: 1}}})
			return err
		}, "product_bundle_components_attributes[0].quantity"},
		"bundle update destroy without id": {func() error {
			_, err := c.Products.UpdateBundle(ctx, 4, &insales.ProductBundleUpdate{Components: []insales.BundleComponentChange{{Destroy: true}}})
			return err
		}, "product_bundle_components_attributes[0].id"},
		"bundle update empty": {func() error { _, err := c.Products.UpdateBundle(ctx, 4, &insales.ProductBundleUpdate{}); return err }, "body"},
		"list per_page":       {func() error { _, err := c.Products.List(ctx, &insales.ProductListOptions{Limit: 251}); return err }, "per_page"},
		"list page":           {func() error { _, err := c.Products.List(ctx, &insales.ProductListOptions{Page: -1}); return err }, "page"},
		"list from_id alone":  {func() error { _, err := c.Products.List(ctx, &insales.ProductListOptions{FromID: 3}); return err }, "from_id"},
		"list deleted twice": {func() error {
			_, err := c.Products.List(ctx, &insales.ProductListOptions{Deleted: true, WithDeleted: true})
			return err
		}, "deleted"},
		"count per_page": {func() error { _, err := c.Products.Count(ctx, &insales.ProductListOptions{Limit: 1000}); return err }, "per_page"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			err := tc.call()
			var fe *insales.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
			assert.ErrorIs(t, err, insales.ErrInvalidInput)
		})
	}
	assert.Zero(t, rec.count(), "nothing was sent")
	_ = http.MethodGet
}
