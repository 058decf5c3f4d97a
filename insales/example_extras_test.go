package insales_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// Additional product fields are addressed by id or by handle; a value is
// written as text or as a number and always read back as text.
func ExampleProductFieldValuesService_CreateByHandle() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	field, err := c.ProductFields.GetByHandle(ctx, "handle2")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := c.ProductFieldValues.CreateByHandle(ctx, 1, &insales.ProductFieldValueCreateByHandle{
		ProductFieldHandle: field.Handle,
		Value:              insales.Ptr(insales.NumberValue(42)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(field.Title, field.Type, v.ProductFieldID, v.Value)

	// A handle of digits would be read by the API as an id: refused.
	_, err = c.ProductFields.GetByHandle(ctx, "2")
	var fe *insales.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field)
	// Output:
	// title2 ProductField::TextArea 2 42
	// true product_field_handle
}

// Calls whose answer is {"status": "ok"} return only an error.
func ExampleSimilarsService_Create() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	if err := c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2}}); err != nil {
		fmt.Println(err)
		return
	}
	similars, _ := c.Similars.List(ctx, 1)
	for _, s := range similars {
		fmt.Println(s.ID)
	}
	// Output:
	// 3
	// 2
}

// A stock currency's rates are exact decimals.
func ExampleStockCurrenciesService_Create() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	kzt, err := c.StockCurrencies.Create(context.Background(), &insales.StockCurrencyCreate{
		Code:                insales.CurrencyKZT,
		ExchangeRatePercent: insales.Ptr(insales.MustDecimal("10")),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(kzt.Code, kzt.Name, kzt.CBRate, kzt.ExchangeRatePercent, kzt.ExchangeRateManual == nil)
	// Output:
	// KZT Казахский тенге 0.21 10.0 true
}
