package insalestest_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// example decodes the API documentation's example of endpoint id.
func example[T any](t *testing.T, id string) T {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + id + ".response.json")
	require.NoError(t, err)
	var v T
	require.NoError(t, json.Unmarshal(b, &v))
	return v
}

func fakeClient(t *testing.T) (*insalestest.Server, *insales.Client) {
	t.Helper()
	srv := insalestest.NewServer()
	t.Cleanup(srv.Close)
	return srv, srv.Client(insales.WithRetry(0))
}

func requireStatus(t *testing.T, err error, status int) *insales.APIError {
	t.Helper()
	var ae *insales.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, status, ae.StatusCode)
	return ae
}

// TestExtrasSeedIsTheDocumentationExamples: every list and get of the
// smaller resources answers the API documentation's example at start.
func TestExtrasSeedIsTheDocumentationExamples(t *testing.T) {
	_, c := fakeClient(t)
	check := func(name string, want, got any, err error) {
		t.Helper()
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	on, err := c.OptionNames.List(ctx)
	check("option_names.list", example[[]insales.OptionName](t, "option_names.list"), on, err)
	one, err := c.OptionNames.Get(ctx, 1)
	check("option_names.get", example[insales.OptionName](t, "option_names.get"), *one, err)
	ovs, err := c.OptionValues.ListAll(ctx)
	check("option_values.list_all", example[[]insales.OptionValue](t, "option_values.list_all"), ovs, err)
	ovs, err = c.OptionValues.List(ctx, 1)
	check("option_values.list", example[[]insales.OptionValue](t, "option_values.list"), ovs, err)
	ov, err := c.OptionValues.Get(ctx, 1, 2)
	check("option_values.get", example[insales.OptionValue](t, "option_values.get"), *ov, err)
	ps, err := c.Properties.List(ctx)
	check("properties.list", example[[]insales.Property](t, "properties.list"), ps, err)
	p, err := c.Properties.Get(ctx, 1)
	check("properties.get", example[insales.Property](t, "properties.get"), *p, err)
	chs, err := c.Characteristics.List(ctx, 3)
	check("characteristics.list", example[[]insales.Characteristic](t, "characteristics.list"), chs, err)
	ch, err := c.Characteristics.Get(ctx, 3, 7)
	check("characteristics.get", example[insales.Characteristic](t, "characteristics.get"), *ch, err)
	pfs, err := c.ProductFields.List(ctx)
	check("product_fields.list", example[[]insales.ProductField](t, "product_fields.list"), pfs, err)
	pf, err := c.ProductFields.Get(ctx, 2)
	check("product_fields.get", example[insales.ProductField](t, "product_fields.get"), *pf, err)
	pf, err = c.ProductFields.GetByHandle(ctx, "handle2")
	check("product_fields.get_by_handle", example[insales.ProductField](t, "product_fields.get_by_handle"), *pf, err)
	vfs, err := c.VariantFields.List(ctx)
	check("variant_fields.list", example[[]insales.VariantField](t, "variant_fields.list"), vfs, err)
	vf, err := c.VariantFields.GetByHandle(ctx, "handle2")
	check("variant_fields.get_by_handle", example[insales.VariantField](t, "variant_fields.get_by_handle"), *vf, err)
	pfvs, err := c.ProductFieldValues.List(ctx, 1)
	check("product_field_values.list", example[[]insales.ProductFieldValue](t, "product_field_values.list"), pfvs, err)
	pfv, err := c.ProductFieldValues.Get(ctx, 1, 1)
	check("product_field_values.get", example[insales.ProductFieldValue](t, "product_field_values.get"), *pfv, err)
	pfv, err = c.ProductFieldValues.GetByHandle(ctx, 1, "handle")
	check("product_field_values.get_by_handle", example[insales.ProductFieldValue](t, "product_field_values.get_by_handle"), *pfv, err)
	vfvs, err := c.VariantFieldValues.List(ctx, 1)
	check("variant_field_values.list", example[[]insales.VariantFieldValue](t, "variant_field_values.list"), vfvs, err)
	vfv, err := c.VariantFieldValues.GetByHandle(ctx, 1, "handle")
	check("variant_field_values.get_by_handle", example[insales.VariantFieldValue](t, "variant_field_values.get_by_handle"), *vfv, err)
	sims, err := c.Similars.List(ctx, 1)
	check("similars.list", example[[]insales.Similar](t, "similars.list"), sims, err)
	sups, err := c.Supplementaries.List(ctx, 1)
	check("supplementaries.list", example[[]insales.Supplementary](t, "supplementaries.list"), sups, err)
	pks, err := c.PriceKinds.List(ctx)
	check("price_kinds.list", example[[]insales.PriceKind](t, "price_kinds.list"), pks, err)
	pk, err := c.PriceKinds.Get(ctx, 1)
	check("price_kinds.get", example[insales.PriceKind](t, "price_kinds.get"), *pk, err)
	scs, err := c.StockCurrencies.List(ctx)
	check("stock_currencies.list", example[[]insales.StockCurrency](t, "stock_currencies.list"), scs, err)
	sc, err := c.StockCurrencies.Get(ctx, 1)
	check("stock_currencies.get", example[insales.StockCurrency](t, "stock_currencies.get"), *sc, err)
}

func TestOptionsThroughTheFake(t *testing.T) {
	_, c := fakeClient(t)
	colour, err := c.OptionNames.Create(ctx, &insales.OptionNameCreate{Title: "Colour"})
	require.NoError(t, err)
	assert.Equal(t, insales.OptionName{ID: colour.ID, Position: 3, Title: "Colour"}, *colour, "appended, as in the documentation's example")
	got, err := c.OptionNames.Update(ctx, colour.ID, &insales.OptionNameUpdate{Title: insales.Ptr("Type"), Position: insales.Ptr(int64(2))})
	require.NoError(t, err)
	assert.Equal(t, insales.OptionName{ID: colour.ID, Position: 2, Title: "Type"}, *got)

	blue, err := c.OptionValues.Create(ctx, colour.ID, &insales.OptionValueCreate{Title: "Blue"})
	require.NoError(t, err)
	assert.Equal(t, insales.OptionValue{ID: blue.ID, OptionNameID: colour.ID, Position: 1, Title: "Blue"}, *blue)
	red, err := c.OptionValues.Create(ctx, 1, &insales.OptionValueCreate{Title: "Black"})
	require.NoError(t, err)
	assert.Equal(t, int64(4), red.Position, "after the option's three values")
	moved, err := c.OptionValues.Update(ctx, colour.ID, blue.ID, &insales.OptionValueUpdate{Position: insales.Ptr(int64(5))})
	require.NoError(t, err)
	assert.Equal(t, int64(5), moved.Position)
	_, err = c.OptionValues.Get(ctx, 1, blue.ID)
	requireStatus(t, err, 404)
	assert.ErrorIs(t, err, insales.ErrNotFound, "a value under another option is not found")
	all, err := c.OptionValues.ListAll(ctx)
	require.NoError(t, err)
	assert.Len(t, all, 6)

	require.NoError(t, c.OptionValues.Delete(ctx, 1, red.ID))
	require.NoError(t, c.OptionNames.Delete(ctx, colour.ID))
	all, err = c.OptionValues.ListAll(ctx)
	require.NoError(t, err)
	assert.Len(t, all, 4, "an option's values go with it")
	_, err = c.OptionNames.Get(ctx, colour.ID)
	assert.ErrorIs(t, err, insales.ErrNotFound)
	_, err = c.OptionValues.List(ctx, colour.ID)
	assert.ErrorIs(t, err, insales.ErrNotFound)
}

func TestPropertiesThroughTheFake(t *testing.T) {
	_, c := fakeClient(t)
	country, err := c.Properties.Create(ctx, &insales.PropertyCreate{Title: "Country", Permalink: insales.Ptr("country"),
		Backoffice: insales.Ptr(true), IsNavigational: insales.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, insales.Property{ID: country.ID, Backoffice: true, IsNavigational: true, Position: 9, Permalink: "country", Title: "Country"}, *country,
		"the documentation's example")
	renamed, err := c.Properties.Update(ctx, country.ID, &insales.PropertyUpdate{Title: insales.Ptr("Brand country")})
	require.NoError(t, err)
	assert.Equal(t, "Brand country", renamed.Title)
	assert.Equal(t, "country", renamed.Permalink, "the permalink stays")

	reebok, err := c.Characteristics.Create(ctx, 3, &insales.CharacteristicCreate{Title: "Reebok"})
	require.NoError(t, err)
	assert.Equal(t, insales.Characteristic{ID: reebok.ID, PropertyID: 3, Position: 3, Title: "Reebok", Permalink: "reebok"}, *reebok)
	adidas, err := c.Characteristics.Update(ctx, 3, 7, &insales.CharacteristicUpdate{Title: insales.Ptr("Adidas")})
	require.NoError(t, err)
	assert.Equal(t, insales.Characteristic{ID: 7, PropertyID: 3, Position: 1, Title: "Adidas", Permalink: "nike"}, *adidas)
	_, err = c.Characteristics.Create(ctx, 3, &insales.CharacteristicCreate{Title: "Puma", Permalink: insales.Ptr("puma2")})
	require.NoError(t, err)
	_, err = c.Characteristics.Get(ctx, 4, 7)
	assert.ErrorIs(t, err, insales.ErrNotFound, "7 belongs to property 3")

	require.NoError(t, c.Characteristics.Delete(ctx, 3, reebok.ID))
	require.NoError(t, c.Properties.Delete(ctx, 3))
	_, err = c.Characteristics.List(ctx, 3)
	assert.ErrorIs(t, err, insales.ErrNotFound)
	_, err = c.Characteristics.Get(ctx, 3, 7)
	assert.ErrorIs(t, err, insales.ErrNotFound)
	ps, err := c.Properties.List(ctx)
	require.NoError(t, err)
	assert.Len(t, ps, 10, "ten in the example, one added, one deleted")
}

func TestFieldsThroughTheFake(t *testing.T) {
	_, c := fakeClient(t)
	size, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Size", Handle: "size", Type: insales.ProductFieldTextArea})
	require.NoError(t, err)
	assert.Equal(t, insales.ProductField{ID: size.ID, ApplicationID: insales.Ptr(int64(1)), Handle: "size", Position: 3,
		Type: insales.ProductFieldTextArea, Title: "Size"}, *size)
	_, err = c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Again", Handle: "size", Type: insales.ProductFieldTextField})
	ae := requireStatus(t, err, 422)
	assert.Equal(t, []string{"уже существует"}, ae.Fields["handle"])

	vol, err := c.ProductFields.UpdateByHandle(ctx, "handle2", &insales.ProductFieldUpdate{Title: insales.Ptr("Volume"), Position: insales.Ptr(int64(2))})
	require.NoError(t, err)
	assert.Equal(t, insales.ProductField{ID: 2, ApplicationID: insales.Ptr(int64(1)), Handle: "handle2", Position: 2,
		Type: insales.ProductFieldTextArea, Title: "Volume"}, *vol)
	vol, err = c.ProductFields.Update(ctx, 2, &insales.ProductFieldUpdate{Handle: insales.Ptr("volume"), IsHidden: insales.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, "volume", vol.Handle)
	require.NotNil(t, vol.IsHidden)
	assert.True(t, *vol.IsHidden)
	_, err = c.ProductFields.GetByHandle(ctx, "handle2")
	assert.ErrorIs(t, err, insales.ErrNotFound, "the old handle is gone")
	got, err := c.ProductFields.GetByHandle(ctx, "volume")
	require.NoError(t, err)
	assert.Equal(t, int64(2), got.ID)

	require.NoError(t, c.ProductFields.DeleteByHandle(ctx, "volume"))
	require.NoError(t, c.ProductFields.Delete(ctx, 1))
	_, err = c.ProductFields.Get(ctx, 1)
	assert.ErrorIs(t, err, insales.ErrNotFound)
	p, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	assert.Empty(t, p.ProductFieldValues, "a deleted field's values go with it")

	vsize, err := c.VariantFields.Create(ctx, &insales.VariantFieldCreate{Title: "Size", Handle: "size", Type: insales.VariantFieldTextArea})
	require.NoError(t, err)
	assert.Equal(t, insales.VariantFieldTextArea, vsize.Type)
	_, err = c.VariantFields.UpdateByHandle(ctx, "size", &insales.VariantFieldUpdate{Title: insales.Ptr("Volume")})
	require.NoError(t, err)
	vf, err := c.VariantFields.Get(ctx, vsize.ID)
	require.NoError(t, err)
	assert.Equal(t, "Volume", vf.Title)
	_, err = c.VariantFields.Update(ctx, vsize.ID, &insales.VariantFieldUpdate{Position: insales.Ptr(int64(7))})
	require.NoError(t, err)
	require.NoError(t, c.VariantFields.Delete(ctx, vsize.ID))
	require.NoError(t, c.VariantFields.DeleteByHandle(ctx, "handle2"))
	vfs, err := c.VariantFields.List(ctx)
	require.NoError(t, err)
	assert.Len(t, vfs, 1)
}

func TestFieldValuesThroughTheFake(t *testing.T) {
	_, c := fakeClient(t)
	v, err := c.ProductFieldValues.CreateByHandle(ctx, 1, &insales.ProductFieldValueCreateByHandle{ProductFieldHandle: "handle2",
		Value: insales.Ptr(insales.TextValue("test value"))})
	require.NoError(t, err)
	assert.Equal(t, insales.ProductFieldValue{ID: v.ID, ProductFieldID: 2, Value: "test value"}, *v)
	p, err := c.Products.Get(ctx, 1)
	require.NoError(t, err)
	assert.Equal(t, []insales.ProductFieldValue{{ID: 1, ProductFieldID: 1, Value: "some product field value"}, *v}, []insales.ProductFieldValue(p.ProductFieldValues),
		"the product shows the new value")
	_, err = c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: 2, Value: insales.Ptr(insales.TextValue("x"))})
	requireStatus(t, err, 422)
	_, err = c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: 99})
	requireStatus(t, err, 422)
	n, err := c.ProductFieldValues.Create(ctx, 2, &insales.ProductFieldValueCreate{ProductFieldID: 2, Value: insales.Ptr(insales.NumberValue(12345))})
	require.NoError(t, err)
	assert.Equal(t, insales.String("12345"), n.Value, "a number is echoed back")

	up, err := c.ProductFieldValues.UpdateByHandle(ctx, 1, "handle2", &insales.ProductFieldValueUpdate{Value: insales.Ptr(insales.TextValue("new value"))})
	require.NoError(t, err)
	assert.Equal(t, insales.ProductFieldValue{ID: v.ID, ProductFieldID: 2, Value: "new value"}, *up)
	up, err = c.ProductFieldValues.Update(ctx, 1, 1, &insales.ProductFieldValueUpdate{Value: insales.Ptr(insales.TextValue("first"))})
	require.NoError(t, err)
	assert.Equal(t, insales.String("first"), up.Value)
	require.NoError(t, c.ProductFieldValues.DeleteByHandle(ctx, 1, "handle2"))
	require.NoError(t, c.ProductFieldValues.Delete(ctx, 1, 1))
	_, err = c.ProductFieldValues.Get(ctx, 1, 1)
	assert.ErrorIs(t, err, insales.ErrNotFound)
	list, err := c.ProductFieldValues.List(ctx, 1)
	require.NoError(t, err)
	assert.Empty(t, list)
	_, err = c.ProductFieldValues.List(ctx, 999)
	assert.ErrorIs(t, err, insales.ErrNotFound)

	vv, err := c.VariantFieldValues.CreateByHandle(ctx, 1, &insales.VariantFieldValueCreateByHandle{VariantFieldHandle: "handle2",
		Value: insales.Ptr(insales.TextValue("test value"))})
	require.NoError(t, err)
	assert.Equal(t, insales.VariantFieldValue{ID: vv.ID, VariantFieldID: 2, Value: "test value"}, *vv)
	_, err = c.VariantFieldValues.Create(ctx, 2, &insales.VariantFieldValueCreate{VariantFieldID: 2, Value: insales.Ptr(insales.TextValue("on 2"))})
	require.NoError(t, err)
	_, err = c.VariantFieldValues.UpdateByHandle(ctx, 1, "handle2", &insales.VariantFieldValueUpdate{Value: insales.Ptr(insales.TextValue("new value"))})
	require.NoError(t, err)
	got, err := c.VariantFieldValues.Get(ctx, 1, vv.ID)
	require.NoError(t, err)
	assert.Equal(t, insales.String("new value"), got.Value)
	_, err = c.VariantFieldValues.Update(ctx, 1, 1, &insales.VariantFieldValueUpdate{Value: insales.Ptr(insales.TextValue("x"))})
	require.NoError(t, err)
	require.NoError(t, c.VariantFieldValues.DeleteByHandle(ctx, 1, "handle2"))
	require.NoError(t, c.VariantFieldValues.Delete(ctx, 1, 1))
	vs, err := c.VariantFieldValues.List(ctx, 1)
	require.NoError(t, err)
	assert.Empty(t, vs)
	err = c.VariantFieldValues.DeleteByHandle(ctx, 1, "handle")
	assert.ErrorIs(t, err, insales.ErrNotFound)
}

func TestLinksThroughTheFake(t *testing.T) {
	_, c := fakeClient(t)
	require.NoError(t, c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{2, 3}}))
	sims, err := c.Similars.List(ctx, 1)
	require.NoError(t, err)
	assert.Equal(t, []insales.Similar{{ID: 3}, {ID: 2}}, sims, "3 was linked already")
	require.NoError(t, c.Similars.Delete(ctx, 1, 3))
	sims, err = c.Similars.List(ctx, 1)
	require.NoError(t, err)
	assert.Equal(t, []insales.Similar{{ID: 2}}, sims)
	assert.ErrorIs(t, c.Similars.Delete(ctx, 1, 3), insales.ErrNotFound)
	requireStatus(t, c.Similars.Create(ctx, 1, &insales.SimilarsCreate{SimilarIDs: []int64{999}}), 422)

	require.NoError(t, c.Supplementaries.Create(ctx, 2, &insales.SupplementariesCreate{SupplementaryIDs: []int64{1, 3}}))
	sups, err := c.Supplementaries.List(ctx, 2)
	require.NoError(t, err)
	assert.Equal(t, []insales.Supplementary{{ID: 1}, {ID: 3}}, sups)
	require.NoError(t, c.Supplementaries.Delete(ctx, 2, 1))
	sups, err = c.Supplementaries.List(ctx, 2)
	require.NoError(t, err)
	assert.Equal(t, []insales.Supplementary{{ID: 3}}, sups)
	_, err = c.Supplementaries.List(ctx, 999)
	assert.ErrorIs(t, err, insales.ErrNotFound)
}

func TestPricesAndCurrenciesThroughTheFake(t *testing.T) {
	_, c := fakeClient(t)
	pk, err := c.PriceKinds.Create(ctx, &insales.PriceKindCreate{Title: "large quantity price"})
	require.NoError(t, err)
	assert.Equal(t, insales.PriceKind{ID: pk.ID, PriceIndex: 2, ShowInLists: true, Title: "large quantity price", VariantPriceMethodName: "price3"}, *pk,
		"the documentation's example")
	pk, err = c.PriceKinds.Update(ctx, 1, &insales.PriceKindUpdate{Title: insales.Ptr("price for 10+ quantity"), ShowInLists: insales.Ptr(false)})
	require.NoError(t, err)
	assert.Equal(t, insales.PriceKind{ID: 1, PriceIndex: 1, Title: "price for 10+ quantity", VariantPriceMethodName: "price2"}, *pk)
	// The fake refuses what the client refuses: an update without a title.
	var st insales.Status
	_, err = c.Do(ctx, &insales.Request{Method: "PUT", Path: "/price_kinds/1.json", Body: map[string]any{"price_kind": map[string]any{"show_in_lists": true}}}, &st)
	requireStatus(t, err, 422)
	require.NoError(t, c.PriceKinds.Delete(ctx, 1))
	pks, err := c.PriceKinds.List(ctx)
	require.NoError(t, err)
	assert.Len(t, pks, 1)

	kzt, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyKZT, ExchangeRatePercent: insales.Ptr(insales.MustDecimal("10"))})
	require.NoError(t, err)
	want := example[insales.StockCurrency](t, "stock_currencies.create")
	want.ID = kzt.ID
	assert.Equal(t, want, *kzt, "the documentation's example")
	uah, err := c.StockCurrencies.Update(ctx, 1, &insales.StockCurrencyUpdate{Code: insales.Ptr(insales.CurrencyUAH), IsDefault: insales.Ptr(true),
		ExchangeRateUseCB: insales.Ptr(false), ExchangeRateManual: insales.Ptr(insales.MustDecimal("40")), ExchangeRatePercent: insales.Ptr(insales.MustDecimal("0"))})
	require.NoError(t, err)
	assert.Equal(t, example[insales.StockCurrency](t, "stock_currencies.update"), *uah, "the documentation's example")
	_, err = c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyKZT})
	ae := requireStatus(t, err, 422)
	assert.Equal(t, []string{"уже существует"}, ae.Fields["code"], string(ae.Body))
	for _, code := range []insales.CurrencyCode{insales.CurrencyUSD, insales.CurrencyEUR, insales.CurrencyRUR} {
		_, err := c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: code, IsDefault: insales.Ptr(code == insales.CurrencyRUR)})
		require.NoError(t, err)
	}
	_, err = c.StockCurrencies.Create(ctx, &insales.StockCurrencyCreate{Code: insales.CurrencyGBP})
	ae = requireStatus(t, err, 422)
	assert.NotEmpty(t, ae.Fields["base"], "an account holds at most five")
	all, err := c.StockCurrencies.List(ctx)
	require.NoError(t, err)
	require.Len(t, all, insales.MaxStockCurrencies)
	defaults := 0
	for _, sc := range all {
		if sc.IsDefault {
			defaults++
			assert.Equal(t, insales.CurrencyRUR, sc.Code)
		}
	}
	assert.Equal(t, 1, defaults, "one default currency")
}

func TestExtrasCanBeEmptiedAndLoaded(t *testing.T) {
	srv, c := fakeClient(t)
	srv.Empty()
	on, err := c.OptionNames.List(ctx)
	require.NoError(t, err)
	assert.Empty(t, on)
	require.NoError(t, srv.Load("option_names", []byte(`[{"id": 5000000000, "position": 1, "title": "Size"}]`)))
	got, err := c.OptionNames.Get(ctx, 5000000000)
	require.NoError(t, err)
	assert.Equal(t, "Size", got.Title)
	assert.Equal(t, 1, srv.Len("option_names"))
	o, ok := srv.Object("option_names", 5000000000)
	require.True(t, ok)
	assert.Equal(t, "Size", o["title"])
}

// TestConcurrentFieldValueWritesAreAllKept: values live inside their
// product, so concurrent writes must not overwrite each other.
func TestConcurrentFieldValueWritesAreAllKept(t *testing.T) {
	_, c := fakeClient(t)
	const n = 64
	ids := make([]int64, n)
	for i := range ids {
		f, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "f", Handle: "f" + strconv.Itoa(i), Type: insales.ProductFieldTextField})
		require.NoError(t, err)
		ids[i] = f.ID
	}
	errs := make(chan error, n)
	for _, id := range ids {
		go func() {
			_, err := c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: id, Value: insales.Ptr(insales.NumberValue(id))})
			errs <- err
		}()
	}
	for range ids {
		require.NoError(t, <-errs)
	}
	vs, err := c.ProductFieldValues.List(ctx, 1)
	require.NoError(t, err)
	assert.Len(t, vs, n+1, "the example's value and one per field")
}

func TestHandlesTravelEscaped(t *testing.T) {
	srv, c := fakeClient(t)
	for _, h := range []string{"размер 1/2", "размер x?", "размер #1"} {
		_, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Размер", Handle: h, Type: insales.ProductFieldTextField})
		var fe *insales.FieldError
		require.ErrorAs(t, err, &fe, "%q cannot travel in a handle route", h)
		assert.Equal(t, "handle", fe.Field)
	}
	before := len(srv.Requests())
	assert.Zero(t, before, "refused before sending")
	f, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Размер", Handle: "размер 1", Type: insales.ProductFieldTextField})
	require.NoError(t, err)
	got, err := c.ProductFields.GetByHandle(ctx, "размер 1")
	require.NoError(t, err)
	assert.Equal(t, f.ID, got.ID)
	reqs := srv.Requests()
	assert.Equal(t, "/admin/product_fields/размер 1.json", reqs[len(reqs)-1].Path, "the fake reads the escaped handle back")
	v, err := c.ProductFieldValues.CreateByHandle(ctx, 2, &insales.ProductFieldValueCreateByHandle{ProductFieldHandle: "размер 1", Value: insales.Ptr(insales.TextValue("XL"))})
	require.NoError(t, err)
	back, err := c.ProductFieldValues.GetByHandle(ctx, 2, "размер 1")
	require.NoError(t, err)
	assert.Equal(t, v, back)
}
