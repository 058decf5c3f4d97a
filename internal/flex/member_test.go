package flex_test

import (
	"encoding/json"
	"testing"

	"github.com/ecomkit/ecomkit-go/internal/flex"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnmarshalMember(t *testing.T) {
	var ls []line
	found, err := flex.UnmarshalMember([]byte(`{"meta":{"x":[1,{"y":2}]},"data":{"0":{"sku":"a","qty":"2"}},"n":1}`), "data", &ls)
	require.NoError(t, err)
	assert.True(t, found)
	assert.Equal(t, []line{{SKU: "a", Qty: 2}}, ls, "read tolerantly")

	found, err = flex.UnmarshalMember([]byte(`{"meta":1}`), "data", &ls)
	require.NoError(t, err)
	assert.False(t, found)
	assert.Nil(t, ls)

	_, err = flex.UnmarshalMember([]byte(`[1]`), "data", &ls)
	assert.ErrorIs(t, err, flex.ErrNotObject)
	_, err = flex.UnmarshalMember([]byte(`{"data":[],"x":`), "data", &ls)
	var se *json.SyntaxError
	assert.ErrorAs(t, err, &se, "the whole body is validated")
	_, err = flex.UnmarshalMember([]byte(`{"data":[{"qty":"x"}]}`), "data", &ls)
	var fe *flex.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "data[0].qty", fe.Path())
}
