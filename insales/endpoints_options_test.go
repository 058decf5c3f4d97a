package insales_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// The endpoints of the catalogue's smaller resources: for each, the request
// on the wire against the API documentation's example and the example
// answer decoded field by field.

// expectWire asserts the last request's method, path, empty query, auth and
// headers, and its body: the documentation's request example when
// reqFixture is set, else nothing.
func expectWire(t *testing.T, rec *recorder, method, path, reqFixture string) {
	t.Helper()
	r := rec.last(t)
	assert.Equal(t, method, r.Method)
	assert.Equal(t, path, r.Path)
	assert.Empty(t, r.RawQuery)
	checkAuth(t, r, method != "GET")
	if reqFixture != "" {
		requireJSONEq(t, fixture(t, reqFixture), r.Body)
	} else {
		assert.Empty(t, r.Body)
	}
}

// answer starts a server answering the fixture of endpoint id with status.
func answer(t *testing.T, id string, status int) (*insales.Client, *recorder) {
	t.Helper()
	return serve(t, status, fixture(t, id+".response.json"))
}

func TestOptionNamesEndpoints(t *testing.T) {
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "option_names.list", 200)
		got, err := c.OptionNames.List(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/option_names.json", "")
		assert.Equal(t, []insales.OptionName{{ID: 1, Position: 1, Title: "Модификация"}, {ID: 3, Position: 2, Title: "Цвет"}}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "option_names.get", 200)
		got, err := c.OptionNames.Get(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/option_names/1.json", "")
		assert.Equal(t, &insales.OptionName{ID: 1, Position: 1, Title: "Модификация"}, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "option_names.create", 201)
		got, err := c.OptionNames.Create(ctx, &insales.OptionNameCreate{Title: "Colour"})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/option_names.json", "option_names.create.request.json")
		assert.Equal(t, &insales.OptionName{ID: 27, Position: 3, Title: "Colour"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "option_names.update", 200)
		got, err := c.OptionNames.Update(ctx, 1, &insales.OptionNameUpdate{Title: insales.Ptr("Type"), Position: insales.Ptr(int64(2))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/option_names/1.json", "option_names.update.request.json")
		assert.Equal(t, &insales.OptionName{ID: 1, Position: 2, Title: "Type"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "option_names.delete", 200)
		require.NoError(t, c.OptionNames.Delete(ctx, 1))
		expectWire(t, rec, "DELETE", "/admin/option_names/1.json", "")
	})
}

func TestOptionValuesEndpoints(t *testing.T) {
	t.Run("list_all", func(t *testing.T) {
		c, rec := answer(t, "option_values.list_all", 200)
		got, err := c.OptionValues.ListAll(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/option_values.json", "")
		assert.Equal(t, []insales.OptionValue{
			{ID: 1, OptionNameID: 1, Position: 1, Title: "Red"},
			{ID: 4, OptionNameID: 3, Position: 1, Title: "Синий"},
			{ID: 2, OptionNameID: 1, Position: 2, Title: "Зеленый"},
			{ID: 3, OptionNameID: 1, Position: 3, Title: "Базовая"},
		}, got)
	})
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "option_values.list", 200)
		got, err := c.OptionValues.List(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/option_names/1/option_values.json", "")
		assert.Equal(t, []insales.OptionValue{
			{ID: 1, OptionNameID: 1, Position: 1, Title: "Red"},
			{ID: 2, OptionNameID: 1, Position: 2, Title: "Зеленый"},
			{ID: 3, OptionNameID: 1, Position: 3, Title: "Базовая"},
		}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "option_values.get", 200)
		got, err := c.OptionValues.Get(ctx, 1, 2)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/option_names/1/option_values/2.json", "")
		assert.Equal(t, &insales.OptionValue{ID: 2, OptionNameID: 1, Position: 2, Title: "Зеленый"}, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "option_values.create", 201)
		got, err := c.OptionValues.Create(ctx, 1, &insales.OptionValueCreate{Title: "Blue"})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/option_names/1/option_values.json", "option_values.create.request.json")
		assert.Equal(t, &insales.OptionValue{ID: 182, OptionNameID: 1, Position: 4, Title: "Blue"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "option_values.update", 200)
		got, err := c.OptionValues.Update(ctx, 1, 2, &insales.OptionValueUpdate{Position: insales.Ptr(int64(3))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/option_names/1/option_values/2.json", "option_values.update.request.json")
		assert.Equal(t, &insales.OptionValue{ID: 2, OptionNameID: 1, Position: 3, Title: "Зеленый"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "option_values.delete", 200)
		require.NoError(t, c.OptionValues.Delete(ctx, 1, 2))
		expectWire(t, rec, "DELETE", "/admin/option_names/1/option_values/2.json", "")
	})
}

func TestPropertiesEndpoints(t *testing.T) {
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "properties.list", 200)
		got, err := c.Properties.List(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/properties.json", "")
		require.Len(t, got, 10)
		assert.Equal(t, insales.Property{ID: -1, IsNavigational: true, Position: 1, Permalink: "kategoriya-yandeks-marketa", Title: "Категория Яндекс Маркета"}, got[0], "the pseudo property keeps its id -1")
		assert.Equal(t, insales.Property{ID: 6, IsHidden: true, IsNavigational: true, Position: 1, Permalink: "hidden", Title: "hidden"}, got[1])
		assert.Equal(t, insales.Property{ID: 8, Position: 3, Permalink: "not_navigational", Title: "not_navigational"}, got[3])
		assert.Equal(t, insales.Property{ID: 5, IsNavigational: true, Position: 4, Permalink: "параметр", Title: "параметр"}, got[5])
		assert.Equal(t, insales.Property{ID: 1, IsNavigational: true, Position: 8, Permalink: "producer", Title: "Producer"}, got[9])
		var ids []int64
		for _, p := range got {
			ids = append(ids, p.ID)
			assert.Nil(t, p.Extra)
		}
		assert.Equal(t, []int64{-1, 6, 7, 8, 9, 5, 4, 3, 2, 1}, ids)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "properties.get", 200)
		got, err := c.Properties.Get(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/properties/1.json", "")
		assert.Equal(t, &insales.Property{ID: 1, IsNavigational: true, Position: 8, Permalink: "producer", Title: "Producer"}, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "properties.create", 201)
		got, err := c.Properties.Create(ctx, &insales.PropertyCreate{Title: "Country", Permalink: insales.Ptr("country"),
			Backoffice: insales.Ptr(true), IsNavigational: insales.Ptr(true)})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/properties.json", "properties.create.request.json")
		assert.Equal(t, &insales.Property{ID: 19, Backoffice: true, IsNavigational: true, Position: 9, Permalink: "country", Title: "Country"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "properties.update", 200)
		got, err := c.Properties.Update(ctx, 1, &insales.PropertyUpdate{Title: insales.Ptr("Brand country")})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/properties/1.json", "properties.update.request.json")
		assert.Equal(t, &insales.Property{ID: 1, IsNavigational: true, Position: 8, Permalink: "producer", Title: "Brand country"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "properties.delete", 200)
		require.NoError(t, c.Properties.Delete(ctx, 1))
		expectWire(t, rec, "DELETE", "/admin/properties/1.json", "")
	})
}

func TestCharacteristicsEndpoints(t *testing.T) {
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "characteristics.list", 200)
		got, err := c.Characteristics.List(ctx, 3)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/properties/3/characteristics.json", "")
		assert.Equal(t, []insales.Characteristic{
			{ID: 7, PropertyID: 3, Position: 1, Title: "Nike", Permalink: "nike"},
			{ID: 8, PropertyID: 3, Position: 2, Title: "Puma", Permalink: "puma"},
		}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "characteristics.get", 200)
		got, err := c.Characteristics.Get(ctx, 3, 7)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/properties/3/characteristics/7.json", "")
		assert.Equal(t, &insales.Characteristic{ID: 7, PropertyID: 3, Position: 1, Title: "Nike", Permalink: "nike"}, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "characteristics.create", 201)
		got, err := c.Characteristics.Create(ctx, 3, &insales.CharacteristicCreate{Title: "Reebok"})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/properties/3/characteristics.json", "characteristics.create.request.json")
		assert.Equal(t, &insales.Characteristic{ID: 898582785, PropertyID: 3, Position: 3, Title: "Reebok", Permalink: "reebok"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "characteristics.update", 200)
		got, err := c.Characteristics.Update(ctx, 3, 7, &insales.CharacteristicUpdate{Title: insales.Ptr("Adidas")})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/properties/3/characteristics/7.json", "characteristics.update.request.json")
		assert.Equal(t, &insales.Characteristic{ID: 7, PropertyID: 3, Position: 1, Title: "Adidas", Permalink: "nike"}, got, "the permalink is kept")
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "characteristics.delete", 200)
		require.NoError(t, c.Characteristics.Delete(ctx, 3, 7))
		expectWire(t, rec, "DELETE", "/admin/properties/3/characteristics/7.json", "")
	})
}
