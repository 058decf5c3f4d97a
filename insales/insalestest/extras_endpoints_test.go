package insalestest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// TestEveryExtraEndpointIsAnswered calls each of the 70 endpoints of the
// smaller resources once, on a fresh fake, with the documentation's
// example arguments: each must reach its route and succeed.
func TestEveryExtraEndpointIsAnswered(t *testing.T) {
	type call struct {
		method, path string
		do           func(c *insales.Client) error
	}
	e := func(_ any, err error) error { return err }
	v := func(s string) *insales.FieldInput { return insales.Ptr(insales.TextValue(s)) }
	calls := []call{
		{"GET", "/admin/option_names.json", func(c *insales.Client) error { return e(c.OptionNames.List(ctx)) }},
		{"GET", "/admin/option_names/1.json", func(c *insales.Client) error { return e(c.OptionNames.Get(ctx, 1)) }},
		{"POST", "/admin/option_names.json", func(c *insales.Client) error {
			return e(c.OptionNames.Create(ctx, &insales.OptionNameCreate{Title: "Colour"}))
		}},
		{"PUT", "/admin/option_names/1.json", func(c *insales.Client) error {
			return e(c.OptionNames.Update(ctx, 1, &insales.OptionNameUpdate{Title: insales.Ptr("Type"), Position: insales.Ptr(int64(2))}))
		}},
		{"DELETE", "/admin/option_names/1.json", func(c *insales.Client) error { return c.OptionNames.Delete(ctx, 1) }},

		{"GET", "/admin/option_values.json", func(c *insales.Client) error { return e(c.OptionValues.ListAll(ctx)) }},
		{"GET", "/admin/option_names/1/option_values.json", func(c *insales.Client) error { return e(c.OptionValues.List(ctx, 1)) }},
		{"GET", "/admin/option_names/1/option_values/2.json", func(c *insales.Client) error { return e(c.OptionValues.Get(ctx, 1, 2)) }},
		{"POST", "/admin/option_names/1/option_values.json", func(c *insales.Client) error {
			return e(c.OptionValues.Create(ctx, 1, &insales.OptionValueCreate{Title: "Blue"}))
		}},
		{"PUT", "/admin/option_names/1/option_values/2.json", func(c *insales.Client) error {
			return e(c.OptionValues.Update(ctx, 1, 2, &insales.OptionValueUpdate{Position: insales.Ptr(int64(3))}))
		}},
		{"DELETE", "/admin/option_names/1/option_values/2.json", func(c *insales.Client) error { return c.OptionValues.Delete(ctx, 1, 2) }},

		{"GET", "/admin/properties.json", func(c *insales.Client) error { return e(c.Properties.List(ctx)) }},
		{"GET", "/admin/properties/1.json", func(c *insales.Client) error { return e(c.Properties.Get(ctx, 1)) }},
		{"POST", "/admin/properties.json", func(c *insales.Client) error {
			return e(c.Properties.Create(ctx, &insales.PropertyCreate{Title: "Country"}))
		}},
		{"PUT", "/admin/properties/1.json", func(c *insales.Client) error {
			return e(c.Properties.Update(ctx, 1, &insales.PropertyUpdate{Title: insales.Ptr("Brand country")}))
		}},
		{"DELETE", "/admin/properties/1.json", func(c *insales.Client) error { return c.Properties.Delete(ctx, 1) }},

		{"GET", "/admin/properties/3/characteristics.json", func(c *insales.Client) error { return e(c.Characteristics.List(ctx, 3)) }},
		{"GET", "/admin/properties/3/characteristics/7.json", func(c *insales.Client) error { return e(c.Characteristics.Get(ctx, 3, 7)) }},
		{"POST", "/admin/properties/3/characteristics.json", func(c *insales.Client) error {
			return e(c.Characteristics.Create(ctx, 3, &insales.CharacteristicCreate{Title: "Reebok"}))
		}},
		{"PUT", "/admin/properties/3/characteristics/7.json", func(c *insales.Client) error {
			return e(c.Characteristics.Update(ctx, 3, 7, &insales.CharacteristicUpdate{Title: insales.Ptr("Adidas")}))
		}},
		{"DELETE", "/admin/properties/3/characteristics/7.json", func(c *insales.Client) error { return c.Characteristics.Delete(ctx, 3, 7) }},

		{"GET", "/admin/product_fields.json", func(c *insales.Client) error { return e(c.ProductFields.List(ctx)) }},
		{"GET", "/admin/product_fields/2.json", func(c *insales.Client) error { return e(c.ProductFields.Get(ctx, 2)) }},
		{"GET", "/admin/product_fields/handle2.json", func(c *insales.Client) error { return e(c.ProductFields.GetByHandle(ctx, "handle2")) }},
		{"POST", "/admin/product_fields.json", func(c *insales.Client) error {
			return e(c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Size", Handle: "size", Type: insales.ProductFieldTextArea}))
		}},
		{"PUT", "/admin/product_fields/2.json", func(c *insales.Client) error {
			return e(c.ProductFields.Update(ctx, 2, &insales.ProductFieldUpdate{Title: insales.Ptr("Volume"), Handle: insales.Ptr("volume")}))
		}},
		{"PUT", "/admin/product_fields/handle2.json", func(c *insales.Client) error {
			return e(c.ProductFields.UpdateByHandle(ctx, "handle2", &insales.ProductFieldUpdate{Title: insales.Ptr("Volume")}))
		}},
		{"DELETE", "/admin/product_fields/2.json", func(c *insales.Client) error { return c.ProductFields.Delete(ctx, 2) }},
		{"DELETE", "/admin/product_fields/handle2.json", func(c *insales.Client) error { return c.ProductFields.DeleteByHandle(ctx, "handle2") }},

		{"GET", "/admin/variant_fields.json", func(c *insales.Client) error { return e(c.VariantFields.List(ctx)) }},
		{"GET", "/admin/variant_fields/2.json", func(c *insales.Client) error { return e(c.VariantFields.Get(ctx, 2)) }},
		{"GET", "/admin/variant_fields/handle2.json", func(c *insales.Client) error { return e(c.VariantFields.GetByHandle(ctx, "handle2")) }},
		{"POST", "/admin/variant_fields.json", func(c *insales.Client) error {
			return e(c.VariantFields.Create(ctx, &insales.VariantFieldCreate{Title: "Size", Handle: "size", Type: insales.VariantFieldTextArea}))
		}},
		{"PUT", "/admin/variant_fields/2.json", func(c *insales.Client) error {
			return e(c.VariantFields.Update(ctx, 2, &insales.VariantFieldUpdate{Title: insales.Ptr("Volume"), Handle: insales.Ptr("volume")}))
		}},
		{"PUT", "/admin/variant_fields/handle2.json", func(c *insales.Client) error {
			return e(c.VariantFields.UpdateByHandle(ctx, "handle2", &insales.VariantFieldUpdate{Title: insales.Ptr("Volume")}))
		}},
		{"DELETE", "/admin/variant_fields/2.json", func(c *insales.Client) error { return c.VariantFields.Delete(ctx, 2) }},
		{"DELETE", "/admin/variant_fields/handle2.json", func(c *insales.Client) error { return c.VariantFields.DeleteByHandle(ctx, "handle2") }},

		{"GET", "/admin/products/1/product_field_values.json", func(c *insales.Client) error { return e(c.ProductFieldValues.List(ctx, 1)) }},
		{"GET", "/admin/products/1/product_field_values/1.json", func(c *insales.Client) error { return e(c.ProductFieldValues.Get(ctx, 1, 1)) }},
		{"GET", "/admin/products/1/product_field_values/handle.json", func(c *insales.Client) error {
			return e(c.ProductFieldValues.GetByHandle(ctx, 1, "handle"))
		}},
		{"POST", "/admin/products/1/product_field_values.json", func(c *insales.Client) error {
			return e(c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: 2, Value: v("test value")}))
		}},
		{"POST", "/admin/products/1/product_field_values.json", func(c *insales.Client) error {
			return e(c.ProductFieldValues.CreateByHandle(ctx, 1, &insales.ProductFieldValueCreateByHandle{ProductFieldHandle: "handle2", Value: v("test value")}))
		}},
		{"PUT", "/admin/products/1/product_field_values/1.json", func(c *insales.Client) error {
			return e(c.ProductFieldValues.Update(ctx, 1, 1, &insales.ProductFieldValueUpdate{Value: v("new value")}))
		}},
		{"PUT", "/admin/products/1/product_field_values/handle.json", func(c *insales.Client) error {
			return e(c.ProductFieldValues.UpdateByHandle(ctx, 1, "handle", &insales.ProductFieldValueUpdate{Value: v("new value")}))
		}},
		{"DELETE", "/admin/products/1/product_field_values/1.json", func(c *insales.Client) error { return c.ProductFieldValues.Delete(ctx, 1, 1) }},
		{"DELETE", "/admin/products/1/product_field_values/handle.json", func(c *insales.Client) error {
			return c.ProductFieldValues.DeleteByHandle(ctx, 1, "handle")
		}},

		{"GET", "/admin/variants/1/variant_field_values.json", func(c *insales.Client) error { return e(c.VariantFieldValues.List(ctx, 1)) }},
		{"GET", "/admin/variants/1/variant_field_values/1.json", func(c *insales.Client) error { return e(c.VariantFieldValues.Get(ctx, 1, 1)) }},
		{"GET", "/admin/variants/1/variant_field_values/handle.json", func(c *insales.Client) error {
			return e(c.VariantFieldValues.GetByHandle(ctx, 1, "handle"))
		}},
		{"POST", "/admin/variants/1/variant_field_values.json", func(c *insales.Client) error {
			return e(c.VariantFieldValues.Create(ctx, 1, &insales.VariantFieldValueCreate{VariantFieldID: 2, Value: v("test value")}))
		}},
		{"POST", "/admin/variants/1/variant_field_values.json", func(c *insales.Client) error {
			return e(c.VariantFieldValues.CreateByHandle(ctx, 1, &insales.VariantFieldValueCreateByHandle{VariantFieldHandle: "handle2", Value: v("test value")}))
		}},
		{"PUT", "/admin/variants/1/variant_field_values/1.json", func(c *insales.Client) error {
			return e(c.VariantFieldValues.Update(ctx, 1, 1, &insales.VariantFieldValueUpdate{Value: v("new value")}))
		}},
		{"PUT", "/admin/variants/1/variant_field_values/handle.json", func(c *insales.Client) error {
			return e(c.VariantFieldValues.UpdateByHandle(ctx, 1, "handle", &insales.VariantFieldValueUpdate{Value: v("new value")}))
		}},
		{"DELETE", "/admin/variants/1/variant_field_values/1.json", func(c *insales.Client) error { return c.VariantFieldValues.Delete(ctx, 1, 1) }},
		{"DELETE", "/admin/variants/1/variant_field_values/handle.json", func(c *insales.Client) error {
			return c.VariantFieldValues.DeleteByHandle(ctx, 1, "handle")
		}},

		{"GET", "/admin/products/1/similars.json", func(c *insales.Client) error { return e(c.Similars.List(ctx, 1)) }},
		{"POST", "/admin/products/1/similars.json", func(c *insales.Client) error {
			return c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2}})
		}},
		{"DELETE", "/admin/products/1/similars/3.json", func(c *insales.Client) error { return c.Similars.Delete(ctx, 1, 3) }},
		{"GET", "/admin/products/1/supplementaries.json", func(c *insales.Client) error { return e(c.Supplementaries.List(ctx, 1)) }},
		{"POST", "/admin/products/1/supplementaries.json", func(c *insales.Client) error {
			return c.Supplementaries.Create(ctx, 1, &insales.SupplementariesCreate{SupplementaryIDs: []int64{2, 3}})
		}},
		{"DELETE", "/admin/products/1/supplementaries/3.json", func(c *insales.Client) error { return c.Supplementaries.Delete(ctx, 1, 3) }},

		{"GET", "/admin/price_kinds.json", func(c *insales.Client) error { return e(c.PriceKinds.List(ctx)) }},
		{"GET", "/admin/price_kinds/1.json", func(c *insales.Client) error { return e(c.PriceKinds.Get(ctx, 1)) }},
		{"POST", "/admin/price_kinds.json", func(c *insales.Client) error {
			return e(c.PriceKinds.Create(ctx, &insales.PriceKindCreate{Title: "large quantity price"}))
		}},
		{"PUT", "/admin/price_kinds/1.json", func(c *insales.Client) error {
			return e(c.PriceKinds.Update(ctx, 1, &insales.PriceKindUpdate{Title: insales.Ptr("price for 10+ quantity")}))
		}},
		{"DELETE", "/admin/price_kinds/1.json", func(c *insales.Client) error { return c.PriceKinds.Delete(ctx, 1) }},

		{"GET", "/admin/stock_currencies.json", func(c *insales.Client) error { return e(c.StockCurrencies.List(ctx)) }},
		{"GET", "/admin/stock_currencies/1.json", func(c *insales.Client) error { return e(c.StockCurrencies.Get(ctx, 1)) }},
		{"POST", "/admin/stock_currencies.json", func(c *insales.Client) error {
			return e(c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyKZT, ExchangeRatePercent: insales.Ptr(insales.MustDecimal("10"))}))
		}},
		{"PUT", "/admin/stock_currencies/1.json", func(c *insales.Client) error {
			return e(c.StockCurrencies.Update(ctx, 1, &insales.StockCurrencyUpdate{Code: insales.Ptr(insales.CurrencyUAH)}))
		}},
	}
	require.Len(t, calls, 70, "one call per endpoint")
	for _, tc := range calls {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			srv := insalestest.NewServer()
			defer srv.Close()
			require.NoError(t, tc.do(srv.Client(insales.WithRetry(0))))
			reqs := srv.Requests()
			require.Len(t, reqs, 1)
			assert.Equal(t, tc.method, reqs[0].Method)
			assert.Equal(t, tc.path, reqs[0].Path)
		})
	}
}
