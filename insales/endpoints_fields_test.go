package insales_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestProductFieldsEndpoints(t *testing.T) {
	app := insales.Ptr(int64(1))
	field2 := &insales.ProductField{ID: 2, ApplicationID: app, Handle: "handle2", Position: 2, Type: insales.ProductFieldTextArea, Title: "title2"}
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "product_fields.list", 200)
		got, err := c.ProductFields.List(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/product_fields.json", "")
		assert.Equal(t, []insales.ProductField{
			{ID: 1, Handle: "handle", Position: 1, Type: insales.ProductFieldTextField, Title: "title"},
			{ID: 4, Handle: "yml_import", Position: 1, Type: insales.ProductFieldYmlImport, Title: "import field"},
			*field2,
		}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "product_fields.get", 200)
		got, err := c.ProductFields.Get(ctx, 2)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/product_fields/2.json", "")
		assert.Equal(t, field2, got)
	})
	t.Run("get_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_fields.get_by_handle", 200)
		got, err := c.ProductFields.GetByHandle(ctx, "handle2")
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/product_fields/handle2.json", "")
		assert.Equal(t, field2, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "product_fields.create", 201)
		got, err := c.ProductFields.Create(ctx, &insales.ProductFieldCreate{Title: "Size", Handle: "size", Type: insales.ProductFieldTextArea})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/product_fields.json", "product_fields.create.request.json")
		assert.Equal(t, &insales.ProductField{ID: 6, ApplicationID: app, Handle: "size", Position: 3, Type: insales.ProductFieldTextArea, Title: "Size"}, got)
		assert.Nil(t, got.IsHidden, "null is_hidden stays unset")
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "product_fields.update", 200)
		got, err := c.ProductFields.Update(ctx, 2, &insales.ProductFieldUpdate{Title: insales.Ptr("Volume"), Handle: insales.Ptr("volume"), Position: insales.Ptr(int64(2))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/product_fields/2.json", "product_fields.update.request.json")
		assert.Equal(t, &insales.ProductField{ID: 2, ApplicationID: app, Handle: "volume", Position: 2, Type: insales.ProductFieldTextArea, Title: "Volume"}, got)
	})
	t.Run("update_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_fields.update_by_handle", 200)
		got, err := c.ProductFields.UpdateByHandle(ctx, "handle2", &insales.ProductFieldUpdate{Title: insales.Ptr("Volume"), Position: insales.Ptr(int64(2))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/product_fields/handle2.json", "product_fields.update_by_handle.request.json")
		assert.Equal(t, &insales.ProductField{ID: 2, ApplicationID: app, Handle: "handle2", Position: 2, Type: insales.ProductFieldTextArea, Title: "Volume"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "product_fields.delete", 200)
		require.NoError(t, c.ProductFields.Delete(ctx, 2))
		expectWire(t, rec, "DELETE", "/admin/product_fields/2.json", "")
	})
	t.Run("delete_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_fields.delete_by_handle", 200)
		require.NoError(t, c.ProductFields.DeleteByHandle(ctx, "handle2"))
		expectWire(t, rec, "DELETE", "/admin/product_fields/handle2.json", "")
	})
}

func TestVariantFieldsEndpoints(t *testing.T) {
	app := insales.Ptr(int64(1))
	field2 := &insales.VariantField{ID: 2, ApplicationID: app, Handle: "handle2", Position: 2, Type: insales.VariantFieldTextArea, Title: "title2"}
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.list", 200)
		got, err := c.VariantFields.List(ctx)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/variant_fields.json", "")
		assert.Equal(t, []insales.VariantField{
			{ID: 1, Handle: "handle", Position: 1, Type: insales.VariantFieldTextField, Title: "title"},
			*field2,
		}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.get", 200)
		got, err := c.VariantFields.Get(ctx, 2)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/variant_fields/2.json", "")
		assert.Equal(t, field2, got)
	})
	t.Run("get_by_handle", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.get_by_handle", 200)
		got, err := c.VariantFields.GetByHandle(ctx, "handle2")
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/variant_fields/handle2.json", "")
		assert.Equal(t, field2, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.create", 201)
		got, err := c.VariantFields.Create(ctx, &insales.VariantFieldCreate{Title: "Size", Handle: "size", Type: insales.VariantFieldTextArea})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/variant_fields.json", "variant_fields.create.request.json")
		assert.Equal(t, &insales.VariantField{ID: 5, ApplicationID: app, Handle: "size", Position: 3, Type: insales.VariantFieldTextArea, Title: "Size"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.update", 200)
		got, err := c.VariantFields.Update(ctx, 2, &insales.VariantFieldUpdate{Title: insales.Ptr("Volume"), Handle: insales.Ptr("volume"), Position: insales.Ptr(int64(2))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/variant_fields/2.json", "variant_fields.update.request.json")
		assert.Equal(t, &insales.VariantField{ID: 2, ApplicationID: app, Handle: "volume", Position: 2, Type: insales.VariantFieldTextArea, Title: "Volume"}, got)
	})
	t.Run("update_by_handle", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.update_by_handle", 200)
		got, err := c.VariantFields.UpdateByHandle(ctx, "handle2", &insales.VariantFieldUpdate{Title: insales.Ptr("Volume"), Position: insales.Ptr(int64(2))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/variant_fields/handle2.json", "variant_fields.update_by_handle.request.json")
		assert.Equal(t, &insales.VariantField{ID: 2, ApplicationID: app, Handle: "handle2", Position: 2, Type: insales.VariantFieldTextArea, Title: "Volume"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.delete", 200)
		require.NoError(t, c.VariantFields.Delete(ctx, 2))
		expectWire(t, rec, "DELETE", "/admin/variant_fields/2.json", "")
	})
	t.Run("delete_by_handle", func(t *testing.T) {
		c, rec := answer(t, "variant_fields.delete_by_handle", 200)
		require.NoError(t, c.VariantFields.DeleteByHandle(ctx, "handle2"))
		expectWire(t, rec, "DELETE", "/admin/variant_fields/handle2.json", "")
	})
}

func TestProductFieldValuesEndpoints(t *testing.T) {
	first := &insales.ProductFieldValue{ID: 1, ProductFieldID: 1, Value: "some product field value"}
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.list", 200)
		got, err := c.ProductFieldValues.List(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/products/1/product_field_values.json", "")
		assert.Equal(t, []insales.ProductFieldValue{*first}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.get", 200)
		got, err := c.ProductFieldValues.Get(ctx, 1, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/products/1/product_field_values/1.json", "")
		assert.Equal(t, first, got)
	})
	t.Run("get_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.get_by_handle", 200)
		got, err := c.ProductFieldValues.GetByHandle(ctx, 1, "handle")
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/products/1/product_field_values/handle.json", "")
		assert.Equal(t, first, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.create", 201)
		got, err := c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: 2, Value: insales.Ptr(insales.TextValue("test value"))})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/products/1/product_field_values.json", "product_field_values.create.request.json")
		assert.Equal(t, &insales.ProductFieldValue{ID: 3, ProductFieldID: 2, Value: "test value"}, got)
	})
	t.Run("create_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.create_by_handle", 201)
		got, err := c.ProductFieldValues.CreateByHandle(ctx, 1, &insales.ProductFieldValueCreateByHandle{ProductFieldHandle: "handle2", Value: insales.Ptr(insales.TextValue("test value"))})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/products/1/product_field_values.json", "product_field_values.create_by_handle.request.json")
		assert.Equal(t, &insales.ProductFieldValue{ID: 5, ProductFieldID: 2, Value: "test value"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.update", 200)
		got, err := c.ProductFieldValues.Update(ctx, 1, 1, &insales.ProductFieldValueUpdate{Value: insales.Ptr(insales.TextValue("new value"))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/products/1/product_field_values/1.json", "product_field_values.update.request.json")
		assert.Equal(t, &insales.ProductFieldValue{ID: 1, ProductFieldID: 1, Value: "new value"}, got)
	})
	t.Run("update_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.update_by_handle", 200)
		got, err := c.ProductFieldValues.UpdateByHandle(ctx, 1, "handle", &insales.ProductFieldValueUpdate{Value: insales.Ptr(insales.TextValue("new value"))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/products/1/product_field_values/handle.json", "product_field_values.update_by_handle.request.json")
		assert.Equal(t, &insales.ProductFieldValue{ID: 1, ProductFieldID: 1, Value: "new value"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.delete", 200)
		require.NoError(t, c.ProductFieldValues.Delete(ctx, 1, 1))
		expectWire(t, rec, "DELETE", "/admin/products/1/product_field_values/1.json", "")
	})
	t.Run("delete_by_handle", func(t *testing.T) {
		c, rec := answer(t, "product_field_values.delete_by_handle", 200)
		require.NoError(t, c.ProductFieldValues.DeleteByHandle(ctx, 1, "handle"))
		expectWire(t, rec, "DELETE", "/admin/products/1/product_field_values/handle.json", "")
	})
}

func TestVariantFieldValuesEndpoints(t *testing.T) {
	first := &insales.VariantFieldValue{ID: 1, VariantFieldID: 1, Value: "some variant field value"}
	t.Run("list", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.list", 200)
		got, err := c.VariantFieldValues.List(ctx, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/variants/1/variant_field_values.json", "")
		assert.Equal(t, []insales.VariantFieldValue{*first}, got)
	})
	t.Run("get", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.get", 200)
		got, err := c.VariantFieldValues.Get(ctx, 1, 1)
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/variants/1/variant_field_values/1.json", "")
		assert.Equal(t, first, got)
	})
	t.Run("get_by_handle", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.get_by_handle", 200)
		got, err := c.VariantFieldValues.GetByHandle(ctx, 1, "handle")
		require.NoError(t, err)
		expectWire(t, rec, "GET", "/admin/variants/1/variant_field_values/handle.json", "")
		assert.Equal(t, first, got)
	})
	t.Run("create", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.create", 201)
		got, err := c.VariantFieldValues.Create(ctx, 1, &insales.VariantFieldValueCreate{VariantFieldID: 2, Value: insales.Ptr(insales.TextValue("test value"))})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/variants/1/variant_field_values.json", "variant_field_values.create.request.json")
		assert.Equal(t, &insales.VariantFieldValue{ID: 3, VariantFieldID: 2, Value: "test value"}, got)
	})
	t.Run("create_by_handle", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.create_by_handle", 201)
		got, err := c.VariantFieldValues.CreateByHandle(ctx, 1, &insales.VariantFieldValueCreateByHandle{VariantFieldHandle: "handle2", Value: insales.Ptr(insales.TextValue("test value"))})
		require.NoError(t, err)
		expectWire(t, rec, "POST", "/admin/variants/1/variant_field_values.json", "variant_field_values.create_by_handle.request.json")
		assert.Equal(t, &insales.VariantFieldValue{ID: 5, VariantFieldID: 2, Value: "test value"}, got)
	})
	t.Run("update", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.update", 200)
		got, err := c.VariantFieldValues.Update(ctx, 1, 1, &insales.VariantFieldValueUpdate{Value: insales.Ptr(insales.TextValue("new value"))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/variants/1/variant_field_values/1.json", "variant_field_values.update.request.json")
		assert.Equal(t, &insales.VariantFieldValue{ID: 1, VariantFieldID: 1, Value: "new value"}, got)
	})
	t.Run("update_by_handle", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.update_by_handle", 200)
		got, err := c.VariantFieldValues.UpdateByHandle(ctx, 1, "handle", &insales.VariantFieldValueUpdate{Value: insales.Ptr(insales.TextValue("new value"))})
		require.NoError(t, err)
		expectWire(t, rec, "PUT", "/admin/variants/1/variant_field_values/handle.json", "variant_field_values.update_by_handle.request.json")
		assert.Equal(t, &insales.VariantFieldValue{ID: 1, VariantFieldID: 1, Value: "new value"}, got)
	})
	t.Run("delete", func(t *testing.T) {
		c, rec := answer(t, "variant_field_values.delete", 200)
		require.NoError(t, c.VariantFieldValues.Delete(ctx, 1, 1))
		expectWire(t, rec, "DELETE", "/admin/variants/1/variant_field_values/1.json", "")
	})
	t.Run("delete_by_handle", func(t *testing.T) {
		// The API documentation prints this route with "1" where the handle
		// goes; the handle is sent, as in the other *ByHandle routes.
		c, rec := answer(t, "variant_field_values.delete_by_handle", 200)
		require.NoError(t, c.VariantFieldValues.DeleteByHandle(ctx, 1, "handle"))
		expectWire(t, rec, "DELETE", "/admin/variants/1/variant_field_values/handle.json", "")
	})
}

func TestFieldValuesEchoNumbersAsText(t *testing.T) {
	c, rec := serve(t, 201, []byte(`{"id": 9, "product_field_id": 2, "value": 12345, "shown": true}`))
	got, err := c.ProductFieldValues.Create(ctx, 1, &insales.ProductFieldValueCreate{ProductFieldID: 2, Value: insales.Ptr(insales.NumberValue(12345))})
	require.NoError(t, err)
	assert.JSONEq(t, `{"product_field_value": {"product_field_id": 2, "value": 12345}}`, string(rec.last(t).Body))
	assert.Equal(t, insales.String("12345"), got.Value)
	assert.Equal(t, `true`, string(got.Extra["shown"]), "an undeclared field is kept")
}
