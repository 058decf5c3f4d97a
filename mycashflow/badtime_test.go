package mycashflow_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnreadableTimestampKeepsTheResource: a timestamp that cannot be read
// (the vendor's own docs show hour 25) leaves the time zero with its raw
// text, and the resource, or the page, still decodes.
func TestUnreadableTimestampKeepsTheResource(t *testing.T) {
	ctx := context.Background()
	const bad = "2014-11-25T25:00:20+00:00"
	c, _ := mockClient(t, 200, []byte(`{"data":{"id":7,"created_at":"`+bad+`","updated_at":"2013-06-19T20:41:47+03:00","first_name":"Aino",
		"customer_groups":[{"id":3,"created_at":"not a time","name":"Resellers"}]}}`))
	cu, err := c.Customers.Get(ctx, 7)
	require.NoError(t, err)
	assert.Equal(t, int64(7), cu.ID)
	assert.Equal(t, "Aino", cu.FirstName)
	assert.True(t, cu.CreatedAt.IsZero())
	assert.False(t, cu.CreatedAt.Valid())
	assert.Equal(t, bad, cu.CreatedAt.Raw())
	assert.True(t, cu.UpdatedAt.Valid())
	assertTime(t, exampleTime, cu.UpdatedAt)
	require.Len(t, cu.CustomerGroups, 1)
	assert.False(t, cu.CustomerGroups[0].CreatedAt.Valid(), "nested too")
	assert.Equal(t, "Resellers", cu.CustomerGroups[0].Name)

	c, _ = mockClient(t, 200, []byte(`{"data":[{"id":1,"created_at":"`+bad+`"},{"id":2,"created_at":"2013-06-19T20:41:47+03:00"}],`+meta(1, 50, 1, 2)+`}`))
	p, err := c.Customers.List(ctx, nil)
	require.NoError(t, err, "one bad timestamp does not fail the page")
	require.Len(t, p.Items, 2)
	assert.Equal(t, bad, p.Items[0].CreatedAt.Raw())
	assert.True(t, p.Items[1].CreatedAt.Valid())
}
