package sitebuilder

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A timestamp that cannot be read does not fail the resource, nor the
// page it is on (issue 8 item 15): the time stays zero, Valid is false and
// Raw keeps what the API sent.
func TestUnreadableTimestampsKeepTheResource(t *testing.T) {
	c, _ := mockClient(t, http.StatusOK, []byte(`{"totalCount": 2, "items": [
		{"id": 1, "created": "2014-11-25T25:00:20+00:00", "notes": [{"time": "soon", "value": "call"}], "total": "9.90"},
		{"id": 2, "created": 1573397217}]}`))
	p, err := c.Orders.List(context.Background(), nil)
	require.NoError(t, err)
	require.Len(t, p.Items, 2)
	bad := p.Items[0]
	assert.Equal(t, "9.90", bad.Total.String(), "the rest of the order is read")
	assert.True(t, bad.Created.IsZero())
	assert.False(t, bad.Created.Valid())
	assert.Equal(t, "2014-11-25T25:00:20+00:00", bad.Created.Raw())
	assert.False(t, bad.Notes[0].Time.Valid())
	assert.Equal(t, "soon", bad.Notes[0].Time.Raw())
	assert.True(t, p.Items[1].Created.Valid())
	assert.Equal(t, int64(1573397217), p.Items[1].Created.Unix())

	// Sent back, the value is what arrived.
	b, err := json.Marshal(bad.Created)
	require.NoError(t, err)
	assert.JSONEq(t, `"2014-11-25T25:00:20+00:00"`, string(b))

	// A delivery with one too.
	e, err := DecodeWebhook(EventContactUpdated, []byte(`{"id": 5, "createdOn": "yesterday", "email": "a@b.co"}`))
	require.NoError(t, err)
	assert.Equal(t, "a@b.co", e.Contact.Email)
	assert.Equal(t, "yesterday", e.Contact.CreatedOn.Raw())
}

// A session whose expiry cannot be read counts as expired; one without an
// expiry lasts the documented 15 minutes from its creation.
func TestSessionExpiry(t *testing.T) {
	var s MemberSession
	require.NoError(t, json.Unmarshal([]byte(`{"token": "t", "createdAt": 1000, "expiresAt": "later"}`), &s))
	assert.True(t, s.Expired(time.Unix(1001, 0)))
	require.NoError(t, json.Unmarshal([]byte(`{"token": "t", "createdAt": 1000}`), &s))
	assert.False(t, s.Expired(time.Unix(1000+899, 0)))
	assert.True(t, s.Expired(time.Unix(1000+900, 0)))
	require.NoError(t, json.Unmarshal([]byte(`{"token": "t", "createdAt": 1000, "expiresAt": 1300}`), &s))
	assert.False(t, s.Expired(time.Unix(1299, 0)))
	assert.True(t, s.Expired(time.Unix(1300, 0)))
}
