package insales_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestSimilarsEndpoints(t *testing.T) {
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "similars.list", 200)
		got, err := c.Similars.List(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/products/1/similars.json", "")
		assert.Equal(t, []insales.Similar{{ID: 3}}, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "similars.create", 200)
		require.NoError(t, c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2}}))
		expectWire(t, rec, "POST", "/admin/products/1/similars.json", "similars.create.request.json")
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "similars.delete", 200)
		require.NoError(t, c.Similars.Delete(ctx, 1, 1))
		expectWire(t, rec, "DELETE", "/admin/products/1/similars/1.json", "")
	})
}

func TestSupplementariesEndpoints(t *testing.T) {
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "supplementaries.list", 200)
		got, err := c.Supplementaries.List(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/products/1/supplementaries.json", "")
		assert.Equal(t, []insales.Supplementary{{ID: 3}}, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "supplementaries.create", 200)
		require.NoError(t, c.Supplementaries.Create(ctx, 1, &insales.SupplementariesCreate{SupplementaryIDs: []int64{2, 3}}))
		expectWire(t, rec, "POST", "/admin/products/1/supplementaries.json", "supplementaries.create.request.json")
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "supplementaries.delete", 200)
		require.NoError(t, c.Supplementaries.Delete(ctx, 1, 1))
		expectWire(t, rec, "DELETE", "/admin/products/1/supplementaries/1.json", "")
	})
}

func TestPriceKindsEndpoints(t *testing.T) {
	first := insales.PriceKind{ID: 1, PriceIndex: 1, ShowInLists: true, Title: "от 100", VariantPriceMethodName: "price2"}
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "price_kinds.list", 200)
		got, err := c.PriceKinds.List(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/price_kinds.json", "")
		assert.Equal(t, []insales.PriceKind{first}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "price_kinds.get", 200)
		got, err := c.PriceKinds.Get(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/price_kinds/1.json", "")
		assert.Equal(t, &first, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "price_kinds.create", 201)
		got, err := c.PriceKinds.Create(ctx, &insales.PriceKindCreate{Title: "large quantity price"})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/price_kinds.json", "price_kinds.create.request.json")
		assert.Equal(t, &insales.PriceKind{ID: 179, PriceIndex: 2, ShowInLists: true, Title: "large quantity price", VariantPriceMethodName: "price3"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "price_kinds.update", 200)
		got, err := c.PriceKinds.Update(ctx, 1, &insales.PriceKindUpdate{Title: insales.Ptr("price for 10+ quantity")})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/price_kinds/1.json", "price_kinds.update.request.json")
		assert.Equal(t, &insales.PriceKind{ID: 1, PriceIndex: 1, ShowInLists: true, Title: "price for 10+ quantity", VariantPriceMethodName: "price2"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "price_kinds.delete", 200)
		require.NoError(t, c.PriceKinds.Delete(ctx, 1))
		expectWire(t, rec, "DELETE", "/admin/price_kinds/1.json", "")
	})
}

func TestStockCurrenciesEndpoints(t *testing.T) {
	lvl := insales.StockCurrency{ID: 1, Code: insales.CurrencyLVL, Name: "Латвийский лат", Unit: "Ls", IsDefault: true,
		ExchangeRateManual: insales.Ptr(insales.MustDecimal("30.0")), ExchangeRatePercent: insales.MustDecimal("0.0"), CBRate: insales.MustDecimal("30.0")}
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "stock_currencies.list", 200)
		got, err := c.StockCurrencies.List(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/stock_currencies.json", "")
		assert.Equal(t, []insales.StockCurrency{lvl}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "stock_currencies.get", 200)
		got, err := c.StockCurrencies.Get(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/stock_currencies/1.json", "")
		assert.Equal(t, &lvl, got)
		assert.Equal(t, "30.0", got.ExchangeRateManual.String(), "a rate sent as text keeps its digits")
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "stock_currencies.create", 201)
		got, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyKZT, ExchangeRatePercent: insales.Ptr(insales.MustDecimal("10"))})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/stock_currencies.json", "stock_currencies.create.request.json")
		assert.Equal(t, &insales.StockCurrency{ID: 19, Code: insales.CurrencyKZT, Name: "Казахский тенге", Unit: "тг.", ExchangeRateUseCB: true,
			ExchangeRatePercent: insales.MustDecimal("10.0"), CBRate: insales.MustDecimal("0.21")}, got)
		assert.Nil(t, got.ExchangeRateManual, "null: no manual rate")
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "stock_currencies.update", 200)
		got, err := c.StockCurrencies.Update(ctx, 1, &insales.StockCurrencyUpdate{Code: insales.Ptr(insales.CurrencyUAH), IsDefault: insales.Ptr(true),
			ExchangeRateUseCB: insales.Ptr(false), ExchangeRateManual: insales.Ptr(insales.MustDecimal("40")), ExchangeRatePercent: insales.Ptr(insales.MustDecimal("0"))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/stock_currencies/1.json", "stock_currencies.update.request.json")
		assert.Equal(t, &insales.StockCurrency{ID: 1, Code: insales.CurrencyUAH, Name: "Украинская гривна", Unit: "грн.", IsDefault: true,
			ExchangeRateManual: insales.Ptr(insales.MustDecimal("40.0")), ExchangeRatePercent: insales.MustDecimal("0.0"), CBRate: insales.MustDecimal("5.0")}, got)
	})
}

// TestStatusOKCallsRefuseOtherAnswers: the calls that return only an error
// report an answer that is not {"status": "ok"} and the HTML 404.
func TestStatusOKCallsRefuseOtherAnswers(t *testing.T) {
	calls := map[string]func(c *insales.Client) error{
		"option_names.delete":                   func(c *insales.Client) error { return c.OptionNames.Delete(ctx, 1) },
		"option_values.delete":                  func(c *insales.Client) error { return c.OptionValues.Delete(ctx, 1, 2) },
		"properties.delete":                     func(c *insales.Client) error { return c.Properties.Delete(ctx, 1) },
		"characteristics.delete":                func(c *insales.Client) error { return c.Characteristics.Delete(ctx, 3, 7) },
		"product_fields.delete":                 func(c *insales.Client) error { return c.ProductFields.Delete(ctx, 2) },
		"product_fields.delete_by_handle":       func(c *insales.Client) error { return c.ProductFields.DeleteByHandle(ctx, "handle2") },
		"variant_fields.delete":                 func(c *insales.Client) error { return c.VariantFields.Delete(ctx, 2) },
		"variant_fields.delete_by_handle":       func(c *insales.Client) error { return c.VariantFields.DeleteByHandle(ctx, "handle2") },
		"product_field_values.delete":           func(c *insales.Client) error { return c.ProductFieldValues.Delete(ctx, 1, 1) },
		"product_field_values.delete_by_handle": func(c *insales.Client) error { return c.ProductFieldValues.DeleteByHandle(ctx, 1, "handle") },
		"variant_field_values.delete":           func(c *insales.Client) error { return c.VariantFieldValues.Delete(ctx, 1, 1) },
		"variant_field_values.delete_by_handle": func(c *insales.Client) error { return c.VariantFieldValues.DeleteByHandle(ctx, 1, "handle") },
		"similars.create": func(c *insales.Client) error {
			return c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2}})
		},
		"similars.delete": func(c *insales.Client) error { return c.Similars.Delete(ctx, 1, 3) },
		"supplementaries.create": func(c *insales.Client) error {
			return c.Supplementaries.Create(ctx, 1, &insales.SupplementariesCreate{SupplementaryIDs: []int64{2}})
		},
		"supplementaries.delete": func(c *insales.Client) error { return c.Supplementaries.Delete(ctx, 1, 3) },
		"price_kinds.delete":     func(c *insales.Client) error { return c.PriceKinds.Delete(ctx, 1) },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			c, _ := serve(t, 200, []byte(`{"status":"error","errors":{"base":["is in use"]}}`))
			var ae *insales.APIError
			require.ErrorAs(t, call(c), &ae)
			assert.Equal(t, []string{"is in use"}, ae.Fields["base"])

			c, _ = serve(t, 404, []byte("<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>"))
			err := call(c)
			require.ErrorIs(t, err, insales.ErrNotFound)
			assert.NotContains(t, err.Error(), "<html")
		})
	}
}

func TestSmallResourcesValidationErrorsAreRead(t *testing.T) {
	c, _ := serve(t, 422, []byte(`{"handle": ["уже существует"], "title": ["не может быть пустым"]}`))
	_, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Size", Handle: "size", Type: insales.ProductFieldTextField})
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.ErrorIs(t, err, insales.ErrValidation)
	assert.Equal(t, []string{"уже существует"}, ae.Fields["handle"])
	assert.Equal(t, []string{"не может быть пустым"}, ae.Fields["title"])

	// A field named "code" is a field, not an error code.
	c, _ = serve(t, 422, []byte(`{"code": ["уже существует"]}`))
	_, err = c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyKZT})
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, []string{"уже существует"}, ae.Fields["code"])
}

func TestSmallResourcesBadInputIsRefusedBeforeSending(t *testing.T) {
	c, rec := serve(t, 200, []byte(`{}`))
	text := insales.Ptr(insales.TextValue("x"))
	cases := map[string]struct {
		call  func() error
		field string
	}{
		"option name id":        {func() error { _, err := c.OptionNames.Get(ctx, 0); return err }, "option_name_id"},
		"option name nil":       {func() error { _, err := c.OptionNames.Create(ctx, nil); return err }, "body"},
		"option name title":     {func() error { _, err := c.OptionNames.Create(ctx, &insales.OptionNameCreate{Title: " "}); return err }, "title"},
		"option name empty upd": {func() error { _, err := c.OptionNames.Update(ctx, 1, &insales.OptionNameUpdate{}); return err }, "body"},
		"option name blank upd": {func() error {
			_, err := c.OptionNames.Update(ctx, 1, &insales.OptionNameUpdate{Title: insales.Ptr("")})
			return err
		}, "title"},
		"option value parent":    {func() error { _, err := c.OptionValues.List(ctx, -1); return err }, "option_name_id"},
		"option value id":        {func() error { return c.OptionValues.Delete(ctx, 1, 0) }, "option_value_id"},
		"option value title":     {func() error { _, err := c.OptionValues.Create(ctx, 1, &insales.OptionValueCreate{}); return err }, "title"},
		"option value empty upd": {func() error { _, err := c.OptionValues.Update(ctx, 1, 2, &insales.OptionValueUpdate{}); return err }, "body"},
		"property id":            {func() error { _, err := c.Properties.Get(ctx, -1); return err }, "property_id"},
		"property title":         {func() error { _, err := c.Properties.Create(ctx, &insales.PropertyCreate{}); return err }, "title"},
		"property permalink": {func() error {
			_, err := c.Properties.Create(ctx, &insales.PropertyCreate{Title: "a", Permalink: insales.Ptr("")})
			return err
		}, "permalink"},
		"property empty upd":     {func() error { _, err := c.Properties.Update(ctx, 1, &insales.PropertyUpdate{}); return err }, "body"},
		"characteristic parent":  {func() error { _, err := c.Characteristics.Get(ctx, 0, 7); return err }, "property_id"},
		"characteristic id":      {func() error { _, err := c.Characteristics.Get(ctx, 3, 0); return err }, "characteristic_id"},
		"characteristic title":   {func() error { _, err := c.Characteristics.Create(ctx, 3, &insales.CharacteristicCreate{}); return err }, "title"},
		"characteristic nil upd": {func() error { _, err := c.Characteristics.Update(ctx, 3, 7, nil); return err }, "body"},
		"product field type": {func() error {
			_, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "a", Handle: "a", Type: insales.ProductFieldYmlImport})
			return err
		}, "type"},
		"product field handle": {func() error {
			_, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "a", Type: insales.ProductFieldTextArea})
			return err
		}, "handle"},
		"product field digits handle": {func() error { _, err := c.ProductFields.GetByHandle(ctx, "12"); return err }, "product_field_handle"},
		"product field slash handle":  {func() error { return c.ProductFields.DeleteByHandle(ctx, "a/b") }, "product_field_handle"},
		"product field empty handle": {func() error {
			_, err := c.ProductFields.UpdateByHandle(ctx, "", &insales.ProductFieldUpdate{Title: insales.Ptr("a")})
			return err
		}, "product_field_handle"},
		"product field rename digits": {func() error {
			_, err := c.ProductFields.Update(ctx, 2, &insales.ProductFieldUpdate{Handle: insales.Ptr("42")})
			return err
		}, "handle"},
		"product field empty upd": {func() error { _, err := c.ProductFields.Update(ctx, 2, &insales.ProductFieldUpdate{}); return err }, "body"},
		"variant field type": {func() error {
			_, err := c.VariantFields.Create(ctx, &insales.VariantFieldCreate{Title: "a", Handle: "a", Type: "ProductField::TextArea"})
			return err
		}, "type"},
		"variant field handle": {func() error { return c.VariantFields.DeleteByHandle(ctx, "..") }, "variant_field_handle"},
		"pfv field id": {func() error {
			_, err := c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{Value: text})
			return err
		}, "product_field_id"},
		"pfv product id": {func() error {
			_, err := c.ProductFieldValues.Create(ctx, 0, &insales.ProductFieldValueCreate{ProductFieldID: 2})
			return err
		}, "product_id"},
		"pfv unset value": {func() error {
			_, err := c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: 2, Value: &insales.FieldInput{}})
			return err
		}, "value"},
		"pfv handle": {func() error {
			_, err := c.ProductFieldValues.CreateByHandle(ctx, 1, &insales.ProductFieldValueCreateByHandle{Value: text})
			return err
		}, "product_field_handle"},
		"pfv empty upd": {func() error {
			_, err := c.ProductFieldValues.Update(ctx, 1, 1, &insales.ProductFieldValueUpdate{})
			return err
		}, "body"},
		"pfv get handle": {func() error { _, err := c.ProductFieldValues.GetByHandle(ctx, 1, "007"); return err }, "product_field_handle"},
		"vfv variant id": {func() error { _, err := c.VariantFieldValues.List(ctx, 0); return err }, "variant_id"},
		"vfv handle": {func() error {
			_, err := c.VariantFieldValues.UpdateByHandle(ctx, 1, "", &insales.VariantFieldValueUpdate{Value: text})
			return err
		}, "variant_field_handle"},
		"vfv field id": {func() error {
			_, err := c.VariantFieldValues.Create(ctx, 1, &insales.VariantFieldValueCreate{VariantFieldID: -2})
			return err
		}, "variant_field_id"},
		"similars none":      {func() error { return c.Similars.Create(ctx, 1, &insales.SimilarsCreate{}) }, "similar_ids"},
		"similars bad id":    {func() error { return c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2, 0}}) }, "similar_ids[1]"},
		"similars nil":       {func() error { return c.Similars.Create(ctx, 1, nil) }, "body"},
		"similar id":         {func() error { return c.Similars.Delete(ctx, 1, 0) }, "similar_id"},
		"supplementaries id": {func() error { return c.Supplementaries.Delete(ctx, 0, 3) }, "product_id"},
		"supplementaries bad": {func() error {
			return c.Supplementaries.Create(ctx, 1, &insales.SupplementariesCreate{SupplementaryIDs: []int64{-3}})
		}, "supplementary_ids[0]"},
		"price kind title": {func() error { _, err := c.PriceKinds.Create(ctx, &insales.PriceKindCreate{}); return err }, "title"},
		"price kind upd no title": {func() error {
			_, err := c.PriceKinds.Update(ctx, 1, &insales.PriceKindUpdate{ShowInLists: insales.Ptr(false)})
			return err
		}, "title"},
		"price kind empty upd": {func() error { _, err := c.PriceKinds.Update(ctx, 1, &insales.PriceKindUpdate{}); return err }, "body"},
		"currency code":        {func() error { _, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{}); return err }, "code"},
		"currency unknown": {func() error {
			_, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: "XYZ"})
			return err
		}, "code"},
		"currency rate": {func() error {
			_, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyUSD, ExchangeRateManual: insales.Ptr(insales.MustDecimal("0"))})
			return err
		}, "exchange_rate_manual"},
		"currency empty upd": {func() error { _, err := c.StockCurrencies.Update(ctx, 1, &insales.StockCurrencyUpdate{}); return err }, "body"},
		"currency upd code": {func() error {
			_, err := c.StockCurrencies.Update(ctx, 1, &insales.StockCurrencyUpdate{Code: insales.Ptr(insales.CurrencyCode("rub"))})
			return err
		}, "code"},
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
}

func TestUnknownCurrencyListsTheDocumentedCodes(t *testing.T) {
	c, _ := serve(t, 200, []byte(`{}`))
	_, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: "RUB"})
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "RUR") && strings.Contains(err.Error(), "MXN"), err.Error())
}

func TestZeroClientCatalogueServicesReturnErrors(t *testing.T) {
	var c insales.Client
	_, err := c.OptionNames.List(ctx)
	assert.Error(t, err)
	assert.Error(t, c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2}}))
	_, err = c.StockCurrencies.Get(ctx, 1)
	assert.Error(t, err)
}
