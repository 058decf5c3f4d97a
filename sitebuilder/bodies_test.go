package sitebuilder

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One rule for a 2xx body that is not the resource: an error shape is an
// *APIError, anything else a *DecodeError; never a zero item or an empty
// page with a nil error.
func TestTwoHundredBodiesThatAreNotTheResource(t *testing.T) {
	ctx := context.Background()
	calls := map[string]func(c *Client) (any, error){
		"Contacts.Get":       func(c *Client) (any, error) { return c.Contacts.Get(ctx, 1) },
		"Members.GetByEmail": func(c *Client) (any, error) { return c.Members.GetByEmail(ctx, "a@b.co") },
		"Orders.Update":      func(c *Client) (any, error) { return c.Orders.Update(ctx, 1, &OrderUpdate{Paid: Ptr(true)}) },
		"Products.Create": func(c *Client) (any, error) {
			return c.Products.Create(ctx, &ProductCreate{Type: ProductDigital, Title: "x"})
		},
		"Members.StartSession": func(c *Client) (any, error) {
			return c.Members.StartSession(ctx, &MemberSessionCreate{Email: "a@b.co"})
		},
		"Contacts.List":        func(c *Client) (any, error) { return c.Contacts.List(ctx, nil) },
		"FormSubmissions.List": func(c *Client) (any, error) { return c.FormSubmissions.List(ctx, nil) },
	}
	decodeErrors := []string{`null`, `[]`, `""`, `false`, `{}`, `{"data": null}`, `{"success": true}`}
	apiErrors := map[string]string{
		`{"error": "Product not found"}`:                   "Product not found",
		`{"success": false, "message": "Contact missing"}`: "Contact missing",
	}
	for name, call := range calls {
		for _, body := range decodeErrors {
			c, _ := mockClient(t, http.StatusOK, []byte(body))
			v, err := call(c)
			var de *DecodeError
			require.ErrorAs(t, err, &de, "%s on %s", name, body)
			assert.ErrorIs(t, err, ErrInvalidResponse)
			assert.Equal(t, http.StatusOK, de.StatusCode)
			assert.Equal(t, body, string(de.Body))
			assert.Nil(t, nilIfTypedNil(v), "%s on %s", name, body)
		}
		for body, msg := range apiErrors {
			c, _ := mockClient(t, http.StatusOK, []byte(body))
			_, err := call(c)
			var ae *APIError
			require.ErrorAs(t, err, &ae, "%s on %s", name, body)
			assert.Equal(t, msg, ae.Message)
			assert.Equal(t, "sitebuilder", ae.Platform)
		}
	}

	// A page holding an empty object is not a page of items.
	c, _ := mockClient(t, http.StatusOK, []byte(`{"totalCount": 2, "items": [{"id": 1}, {}]}`))
	_, err := c.Contacts.List(ctx, nil)
	assert.ErrorIs(t, err, ErrInvalidResponse)

	// Bare lists: an array, a keyed object or null; not a scalar, not an
	// error shape.
	for body, want := range map[string]error{`""`: ErrInvalidResponse, `{"data": null}`: ErrInvalidResponse, `[{}]`: ErrInvalidResponse} {
		c, _ := mockClient(t, http.StatusOK, []byte(body))
		_, err := c.Webhooks.List(ctx)
		assert.ErrorIs(t, err, want, body)
		_, err = c.Products.ListCategories(ctx, nil)
		assert.ErrorIs(t, err, want, body)
	}
	c, _ = mockClient(t, http.StatusOK, []byte(`{"success": false, "message": "no"}`))
	_, err = c.Webhooks.List(ctx)
	var ae *APIError
	assert.ErrorAs(t, err, &ae)
	c, _ = mockClient(t, http.StatusOK, []byte(`null`))
	hooks, err := c.Webhooks.List(ctx)
	require.NoError(t, err)
	assert.Empty(t, hooks)
}

// A server that echoes the API key into a 2xx error body does not get it
// into the error.
func TestNotResourceErrorsScrubTheKey(t *testing.T) {
	c, _ := mockClient(t, http.StatusOK, []byte(`{"success": false, "message": "bad key `+testKey+`"}`))
	_, err := c.Contacts.Get(context.Background(), 1)
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.NotContains(t, err.Error(), testKey)
	assert.NotContains(t, string(ae.Body), testKey)
	c, _ = mockClient(t, http.StatusOK, []byte(`{"echo": "`+testKey+`"}`))
	_, err = c.Contacts.Get(context.Background(), 1)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	assert.NotContains(t, string(de.Body), testKey)
}

// nilIfTypedNil turns a typed nil pointer in an interface into nil.
func nilIfTypedNil(v any) any {
	switch p := v.(type) {
	case *Contact:
		if p == nil {
			return nil
		}
	case *Member:
		if p == nil {
			return nil
		}
	case *Order:
		if p == nil {
			return nil
		}
	case *Product:
		if p == nil {
			return nil
		}
	case *MemberSession:
		if p == nil {
			return nil
		}
	case *Page[Contact]:
		if p == nil {
			return nil
		}
	case *Page[FormSubmission]:
		if p == nil {
			return nil
		}
	}
	return v
}

// Envelope counters sent as strings are read as numbers.
func TestEnvelopeCountersAsStrings(t *testing.T) {
	c, _ := mockClient(t, http.StatusOK, []byte(`{"totalCount": "75", "limit": "25", "skip": "25", "items": [{"id": "9"}]}`))
	p, err := c.Contacts.List(context.Background(), &ContactListOptions{ListOptions: ListOptions{Limit: 25, Skip: 25}})
	require.NoError(t, err)
	assert.Equal(t, 75, p.Total)
	assert.Equal(t, 25, p.Size)
	assert.Equal(t, 25, p.Offset)
	assert.Equal(t, 3, p.Pages)
	assert.Equal(t, int64(9), p.Items[0].ID)
	require.NotNil(t, p.Next)
	assert.Equal(t, 26, p.Next.Offset, "after the one item served")
}

// A session answered with its access URL but no token is still a session.
func TestStartSessionWithOnlyAnAccessURL(t *testing.T) {
	c, _ := mockClient(t, http.StatusOK, []byte(`{"accessUrl": "https://example.com/api/site/members/session/abc", "expiresAt": 901}`))
	s, err := c.Members.StartSession(context.Background(), &MemberSessionCreate{Email: "a@b.co"})
	require.NoError(t, err)
	assert.Equal(t, "https://example.com/api/site/members/session/abc", string(s.AccessURL))
}
