package sitebuilder_test

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// wireClient answers every request with status and body and records the
// method and path sent.
func wireClient(t *testing.T, status int, body string) (*sitebuilder.Client, *[]string) {
	t.Helper()
	mt := httpmock.NewMockTransport()
	var seen []string
	mt.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		if r.Body != nil {
			_, _ = io.ReadAll(r.Body)
		}
		seen = append(seen, r.Method+" "+r.URL.EscapedPath())
		resp := httpmock.NewStringResponse(status, body)
		resp.Header.Set("Content-Type", "application/json")
		resp.Request = r
		return resp, nil
	})
	c, err := sitebuilder.NewClient("example.com", "sk-test-0123456789", sitebuilder.WithHTTPClient(&http.Client{Transport: mt}), sitebuilder.WithRetry(0))
	require.NoError(t, err)
	return c, &seen
}

// TestPublicDocsOperationsOnTheWire: each operation public references
// document sends its method and path; {"success": false} on a 2xx is an
// error; bad ids never leave.
func TestPublicDocsOperationsOnTheWire(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		want string
		call func(c *sitebuilder.Client) error
	}{
		{"DELETE /api/site/contacts/123", func(c *sitebuilder.Client) error { return c.Contacts.Delete(ctx, 123) }},
		{"DELETE /api/site/members/123", func(c *sitebuilder.Client) error { return c.Members.Delete(ctx, 123) }},
		{"DELETE /api/site/member-groups/1", func(c *sitebuilder.Client) error { return c.MemberGroups.Delete(ctx, 1) }},
		{"DELETE /api/site/products/111", func(c *sitebuilder.Client) error { return c.Products.Delete(ctx, 111) }},
		{"DELETE /api/site/subscriber-lists/87647751", func(c *sitebuilder.Client) error { return c.SubscriberLists.Delete(ctx, 87647751) }},
		{"DELETE /api/site/webhooks/rh_24488493954", func(c *sitebuilder.Client) error { return c.Webhooks.Delete(ctx, "rh_24488493954") }},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			c, seen := wireClient(t, 200, `{"success": true}`)
			require.NoError(t, tc.call(c))
			assert.Equal(t, []string{tc.want}, *seen)

			c, _ = wireClient(t, 200, `{"success": false, "message": "Cannot delete"}`)
			err := tc.call(c)
			var apiErr *sitebuilder.APIError
			require.ErrorAs(t, err, &apiErr, "success: false is not a success")
			assert.Equal(t, "Cannot delete", apiErr.Message)

			c, _ = wireClient(t, 204, ``)
			assert.NoError(t, tc.call(c), "an empty 2xx is success")

			c, _ = wireClient(t, 404, `{"success": false, "message": "Resource not found"}`)
			assert.ErrorIs(t, tc.call(c), sitebuilder.ErrNotFound)
		})
	}

	c, seen := wireClient(t, 200, `{}`)
	assert.ErrorIs(t, c.Contacts.Delete(ctx, 0), sitebuilder.ErrInvalidInput)
	assert.ErrorIs(t, c.Webhooks.Delete(ctx, " "), sitebuilder.ErrInvalidInput)
	assert.Empty(t, *seen, "bad input is not sent")

	c, seen = wireClient(t, 200, `[{"id": 1, "name": "VIP", "link": ""}]`)
	groups, err := c.MemberGroups.List(ctx)
	require.NoError(t, err)
	require.Len(t, groups, 1)
	assert.Equal(t, int64(1), groups[0].ID)
	assert.Equal(t, "VIP", groups[0].Name)
	assert.Equal(t, []string{"GET /api/site/member-groups"}, *seen)

	for _, body := range []string{
		`[{"id": 87647751, "name": "Newsletter", "created": 1573251649, "subscribers": 3}]`,
		`{"totalCount": 1, "limit": 30, "skip": 0, "items": [{"id": 87647751, "name": "Newsletter", "created": 1573251649, "subscribers": 3}]}`,
	} {
		c, seen = wireClient(t, 200, body)
		lists, err := c.SubscriberLists.List(ctx)
		require.NoError(t, err, body)
		require.Len(t, lists, 1)
		assert.Equal(t, "Newsletter", lists[0].Name)
		assert.Equal(t, int64(1573251649), lists[0].Created.Unix())
		assert.Equal(t, []string{"GET /api/site/subscriber-lists"}, *seen)
	}
	c, _ = wireClient(t, 200, `{"success": false, "message": "nope"}`)
	_, err = c.SubscriberLists.List(ctx)
	assert.Error(t, err, "an error shape is no list")

	c, seen = wireClient(t, 200, `{"id": 87647751, "name": "Newsletter"}`)
	l, err := c.SubscriberLists.Get(ctx, 87647751)
	require.NoError(t, err)
	assert.Equal(t, "Newsletter", l.Name)
	assert.Equal(t, []string{"GET /api/site/subscriber-lists/87647751"}, *seen)
}

// TestPublicDocsThroughTheFake: the fake serves the deletes and reads, and
// a search-by-email miss is ErrNotFound, never (nil, nil).
func TestPublicDocsThroughTheFake(t *testing.T) {
	srv := sitebuildertest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	groups, err := c.MemberGroups.List(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, groups)
	g, err := c.MemberGroups.Get(ctx, groups[0].ID)
	require.NoError(t, err)
	assert.Equal(t, groups[0].Name, g.Name)
	require.NoError(t, c.MemberGroups.Delete(ctx, g.ID))
	_, err = c.MemberGroups.Get(ctx, g.ID)
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)

	lists, err := c.SubscriberLists.List(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, lists)
	require.NoError(t, c.SubscriberLists.Delete(ctx, lists[0].ID))
	_, err = c.SubscriberLists.Get(ctx, lists[0].ID)
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)

	contact, err := c.Contacts.Get(ctx, 123)
	require.NoError(t, err)
	require.NoError(t, c.Contacts.Delete(ctx, 123))
	got, err := c.Contacts.GetByEmail(ctx, contact.Email)
	assert.Nil(t, got)
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound, "a search-by-email miss")
	assert.ErrorIs(t, c.Contacts.Delete(ctx, 123), sitebuilder.ErrNotFound)

	member, err := c.Members.Get(ctx, 123)
	require.NoError(t, err)
	require.NoError(t, c.Members.Delete(ctx, 123))
	gotM, err := c.Members.GetByEmail(ctx, member.Email)
	assert.Nil(t, gotM)
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)

	require.NoError(t, c.Products.Delete(ctx, 111))
	_, err = c.Products.Get(ctx, 111)
	assert.ErrorIs(t, err, sitebuilder.ErrNotFound)

	require.NoError(t, c.Webhooks.Delete(ctx, "rh_24488493954"))
	hooks, err := c.Webhooks.List(ctx)
	require.NoError(t, err)
	for _, h := range hooks {
		assert.NotEqual(t, "rh_24488493954", h.ID)
	}
}
