package sitebuilder

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewClient(t *testing.T) {
	for _, site := range []string{"example.com", "https://example.com", "https://Example.com/", " shop.example.co.uk "} {
		c, err := NewClient(site, "key")
		require.NoError(t, err, site)
		assert.Contains(t, []string{"https://example.com/api/site", "https://shop.example.co.uk/api/site"}, c.BaseURL())
	}
	c, err := NewClient("example.com", "key", WithBaseURL("http://127.0.0.1:8080/api/site/"))
	require.NoError(t, err)
	assert.Equal(t, "http://127.0.0.1:8080/api/site", c.BaseURL())

	for _, tc := range []struct{ site, key, field string }{
		{"example.com", "", "apiKey"},
		{"example.com", "   ", "apiKey"},
		{"", "key", "siteURL"},
		{"http://example.com", "key", "siteURL"},
		{"ftp://example.com", "key", "siteURL"},
		{"https://example.com/shop", "key", "siteURL"},
		{"https://user:pw@example.com", "key", "siteURL"},
		{"exa mple.com", "key", "siteURL"},
		{"example", "key", "siteURL"},
		{"-example.com", "key", "siteURL"},
		{"example.com/api", "key", "siteURL"},
		{"http://user:pw@example.com", "key", "siteURL"},
		{"https://user:pw@exa mple.com", "key", "siteURL"},
		{"user:pw@example.com", "key", "siteURL"},
		{"example.com:99999", "key", "siteURL"},
		{"https://example.com:0", "key", "siteURL"},
	} {
		_, err := NewClient(tc.site, tc.key)
		var fe *FieldError
		require.ErrorAs(t, err, &fe, tc.site)
		assert.Equal(t, tc.field, fe.Field, tc.site)
		assert.ErrorIs(t, err, ErrInvalidInput)
		assert.NotContains(t, err.Error(), "pw")
	}
	_, err = NewClient("example.com", "key", WithRetry(-1))
	assert.ErrorIs(t, err, ErrInvalidInput)
}

// TestInputRefusedBeforeSending checks that what the docs say the server
// refuses never leaves the client.
func TestInputRefusedBeforeSending(t *testing.T) {
	ctx := context.Background()
	// The body serves as an item and as an empty page at once.
	c, got := mockClient(t, http.StatusOK, []byte(`{"id": 1, "totalCount": 0, "items": []}`))
	cases := []struct {
		field string
		call  func() error
	}{
		{"limit", func() error {
			_, err := c.Contacts.List(ctx, &ContactListOptions{ListOptions: ListOptions{Limit: 51}})
			return err
		}},
		{"limit", func() error {
			_, err := c.Orders.List(ctx, &OrderListOptions{ListOptions: ListOptions{Limit: -1}})
			return err
		}},
		{"skip", func() error {
			_, err := c.Products.List(ctx, &ProductListOptions{ListOptions: ListOptions{Skip: -5}})
			return err
		}},
		{"limit", func() error {
			for _, err := range c.Bookings.All(ctx, &BookingListOptions{ListOptions: ListOptions{Limit: 100}}) {
				return err
			}
			return nil
		}},
		{"email", func() error { _, err := c.Contacts.Create(ctx, &ContactCreate{Name: "x"}); return err }},
		{"email", func() error { _, err := c.Contacts.Update(ctx, 1, &ContactUpdate{Name: Ptr("x")}); return err }},
		{"email", func() error { _, err := c.Contacts.GetByEmail(ctx, " "); return err }},
		{"id", func() error { _, err := c.Contacts.Get(ctx, 0); return err }},
		{"id", func() error { _, err := c.Orders.Update(ctx, -3, &OrderUpdate{}); return err }},
		{"body", func() error { _, err := c.Contacts.Create(ctx, nil); return err }},
		{"body", func() error { _, err := c.Orders.Update(ctx, 1, nil); return err }},
		{"name", func() error { _, err := c.Members.Create(ctx, &MemberCreate{Email: "a@b.c"}); return err }},
		{"email", func() error { _, err := c.Members.Update(ctx, 1, &MemberUpdate{Name: Ptr("a")}); return err }},
		{"email", func() error { _, err := c.Members.StartSession(ctx, &MemberSessionCreate{Path: "/x"}); return err }},
		{"name", func() error { _, err := c.MemberGroups.Create(ctx, &MemberGroupCreate{}); return err }},
		{"name", func() error { _, err := c.MemberGroups.Update(ctx, 1, &MemberGroupUpdate{Link: Ptr("x")}); return err }},
		{"type", func() error { _, err := c.Products.Create(ctx, &ProductCreate{Title: "x"}); return err }},
		{"type", func() error {
			_, err := c.Products.Create(ctx, &ProductCreate{Type: "car", Title: "x"})
			return err
		}},
		{"title", func() error {
			_, err := c.Products.Update(ctx, 1, &ProductUpdate{Type: Ptr(ProductDigital)})
			return err
		}},
		{"status", func() error {
			_, err := c.Orders.Update(ctx, 1, &OrderUpdate{Status: Ptr(OrderStatus("lost"))})
			return err
		}},
		{"name", func() error { _, err := c.SubscriberLists.Create(ctx, &SubscriberListCreate{}); return err }},
		{"name", func() error {
			_, err := c.SubscriberLists.Update(ctx, 1, &SubscriberListUpdate{Name: Ptr(" ")})
			return err
		}},
		// An update that sets nothing is refused: "body: nothing to update".
		{"body", func() error { _, err := c.SubscriberLists.Update(ctx, 1, &SubscriberListUpdate{}); return err }},
		{"body", func() error { _, err := c.Orders.Update(ctx, 1, &OrderUpdate{}); return err }},
		{"body", func() error {
			_, err := c.Orders.Update(ctx, 1, &OrderUpdate{NotifyCustomer: Ptr(true)})
			return err
		}},
		{"body", func() error { _, err := c.Contacts.Update(ctx, 1, &ContactUpdate{}); return err }},
		{"body", func() error { _, err := c.Members.Update(ctx, 1, &MemberUpdate{}); return err }},
		{"body", func() error { _, err := c.Products.Update(ctx, 1, &ProductUpdate{}); return err }},
		{"body", func() error { _, err := c.MemberGroups.Update(ctx, 1, &MemberGroupUpdate{}); return err }},
		{"url", func() error {
			_, err := c.Products.UpsertByURL(ctx, &ProductCreate{Type: ProductDigital, Title: "E-book"})
			return err
		}},
		{"target", func() error {
			_, err := c.Webhooks.Create(ctx, &WebhookCreate{Events: []EventType{EventOrderCreated}})
			return err
		}},
		{"target", func() error {
			_, err := c.Webhooks.Create(ctx, &WebhookCreate{Target: "/relative", Events: []EventType{EventOrderCreated}})
			return err
		}},
		{"events", func() error {
			_, err := c.Webhooks.Create(ctx, &WebhookCreate{Target: "https://h.example/in"})
			return err
		}},
		{"events", func() error {
			_, err := c.Webhooks.Create(ctx, &WebhookCreate{Target: "https://h.example/in", Events: []EventType{"order_deleted"}})
			return err
		}},
		{"events", func() error {
			target, _ := WebhookTarget("https://h.example/in", EventOrderCreated)
			_, err := c.Webhooks.Create(ctx, &WebhookCreate{Target: target, Events: []EventType{EventOrderCreated, EventOrderUpdated}})
			return err
		}},
		// Every other method with nil, zero or malformed arguments.
		{"body", func() error { _, err := c.Members.Create(ctx, nil); return err }},
		{"body", func() error { _, err := c.Members.Update(ctx, 1, nil); return err }},
		{"body", func() error { _, err := c.Members.StartSession(ctx, nil); return err }},
		{"body", func() error {
			_, err := c.Products.UpsertByURL(ctx, nil)
			return err
		}},
		{"body", func() error { _, err := c.Products.Update(ctx, 1, nil); return err }},
		{"body", func() error { _, err := c.Contacts.Update(ctx, 1, nil); return err }},
		{"body", func() error { _, err := c.MemberGroups.Create(ctx, nil); return err }},
		{"body", func() error { _, err := c.MemberGroups.Update(ctx, 1, nil); return err }},
		{"body", func() error { _, err := c.SubscriberLists.Create(ctx, nil); return err }},
		{"body", func() error { _, err := c.SubscriberLists.Update(ctx, 1, nil); return err }},
		{"body", func() error { _, err := c.Webhooks.Create(ctx, nil); return err }},
		{"id", func() error { _, err := c.Contacts.Update(ctx, 0, &ContactUpdate{Email: Ptr("a@b.c")}); return err }},
		{"id", func() error { _, err := c.Members.Get(ctx, -1); return err }},
		{"id", func() error {
			_, err := c.Members.Update(ctx, 0, &MemberUpdate{Name: Ptr("a"), Email: Ptr("a@b.c")})
			return err
		}},
		{"id", func() error { _, err := c.Products.Get(ctx, 0); return err }},
		{"id", func() error {
			_, err := c.Products.Update(ctx, -111, &ProductUpdate{Type: Ptr(ProductPhysical), Title: Ptr("x")})
			return err
		}},
		{"id", func() error { _, err := c.Orders.Get(ctx, 0); return err }},
		{"id", func() error { _, err := c.MemberGroups.Update(ctx, 0, &MemberGroupUpdate{Name: Ptr("x")}); return err }},
		{"id", func() error {
			_, err := c.SubscriberLists.Update(ctx, -1, &SubscriberListUpdate{Name: Ptr("x")})
			return err
		}},
		{"email", func() error { _, err := c.Members.GetByEmail(ctx, ""); return err }},
		{"email", func() error { _, err := c.Contacts.GetByEmail(ctx, "john at doe.com"); return err }},
		{"email", func() error { _, err := c.Contacts.Create(ctx, &ContactCreate{Email: "john"}); return err }},
		{"email", func() error {
			_, err := c.Contacts.Update(ctx, 1, &ContactUpdate{Email: Ptr("John <john@doe.com>")})
			return err
		}},
		{"email", func() error { _, err := c.Members.Create(ctx, &MemberCreate{Name: "a", Email: "@doe.com"}); return err }},
		{"email", func() error { _, err := c.Members.StartSession(ctx, &MemberSessionCreate{Email: "john@"}); return err }},
		{"customerEmail", func() error { _, err := c.Orders.Update(ctx, 1, &OrderUpdate{CustomerEmail: Ptr("nope")}); return err }},
		{"limit", func() error {
			_, err := c.Members.List(ctx, &MemberListOptions{ListOptions: ListOptions{Limit: 51}})
			return err
		}},
		{"limit", func() error {
			_, err := c.FormSubmissions.List(ctx, &FormSubmissionListOptions{ListOptions: ListOptions{Limit: -1}})
			return err
		}},
		{"skip", func() error {
			for _, err := range c.Contacts.All(ctx, &ContactListOptions{ListOptions: ListOptions{Skip: -1}}) {
				return err
			}
			return nil
		}},
		{"groupId", func() error { _, err := c.Members.List(ctx, &MemberListOptions{GroupID: -12}); return err }},
		{"category_id", func() error { _, err := c.Products.List(ctx, &ProductListOptions{CategoryID: -1}); return err }},
		{"parent", func() error { _, err := c.Products.ListCategories(ctx, &CategoryListOptions{ParentID: -1}); return err }},
		{"eventId", func() error { _, err := c.Bookings.List(ctx, &BookingListOptions{EventID: -1}); return err }},
		{"created_at_max", func() error {
			_, err := c.Orders.List(ctx, &OrderListOptions{CreatedFrom: time.Unix(1573251649, 0), CreatedTo: time.Unix(1573251648, 0)})
			return err
		}},
		{"created_at_min", func() error {
			_, err := c.Contacts.List(ctx, &ContactListOptions{CreatedFrom: time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC)})
			return err
		}},
		{"to", func() error {
			for _, err := range c.FormSubmissions.All(ctx, &FormSubmissionListOptions{CreatedFrom: time.Unix(100, 0), CreatedTo: time.Unix(99, 0)}) {
				return err
			}
			return nil
		}},
		{"from", func() error {
			_, err := c.Bookings.List(ctx, &BookingListOptions{StartFrom: time.Unix(-1, 0)})
			return err
		}},
		{"ctx", func() error {
			_, err := c.Orders.List(nil, nil) // a nil context is what is tested
			return err
		}},
		{"ctx", func() error {
			for _, err := range c.Orders.All(nil, nil) { // a nil context is what is tested
				return err
			}
			return nil
		}},
	}
	for _, tc := range cases {
		err := tc.call()
		var fe *FieldError
		require.ErrorAs(t, err, &fe, tc.field)
		assert.Equal(t, tc.field, fe.Field, err.Error())
		assert.ErrorIs(t, err, ErrValidation)
	}
	assert.Zero(t, got.n, "no request was sent")

	// Nil options are valid: the API's defaults, nothing in the query.
	for _, call := range []func() error{
		func() error { _, err := c.Contacts.List(ctx, nil); return err },
		func() error { _, err := c.Members.List(ctx, nil); return err },
		func() error { _, err := c.Products.List(ctx, nil); return err },
		func() error { _, err := c.Orders.List(ctx, nil); return err },
		func() error { _, err := c.FormSubmissions.List(ctx, nil); return err },
		func() error { _, err := c.Bookings.List(ctx, nil); return err },
		func() error {
			_, err := c.Products.Create(ctx, &ProductCreate{Type: ProductDigital, Title: "E-book"})
			return err
		},
		func() error {
			_, err := c.Orders.Update(ctx, 1, &OrderUpdate{Paid: Ptr(false)}) // false is a value to send
			return err
		},
	} {
		before := got.n
		require.NoError(t, call())
		assert.Equal(t, before+1, got.n)
		assert.Empty(t, got.req.URL.RawQuery)
	}
}

func TestAPIKeyChecked(t *testing.T) {
	for _, key := range []string{"abc\ndef", "abc def", "abc\x00def"} {
		_, err := NewClient("example.com", key)
		var fe *FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "apiKey", fe.Field)
		assert.NotContains(t, err.Error(), "abc", "the key is not echoed")
	}
	// Surrounding whitespace (a key read from a file) is trimmed.
	mt := httpmock.NewMockTransport()
	var auth string
	mt.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		auth = r.Header.Get("Authorization")
		resp := httpmock.NewStringResponse(http.StatusOK, `{"id": 1}`)
		resp.Request = r
		return resp, nil
	})
	c, err := NewClient("example.com", " "+testKey+"\n", WithHTTPClient(&http.Client{Transport: mt}), WithRetry(0))
	require.NoError(t, err)
	_, err = c.Orders.Get(context.Background(), 1)
	require.NoError(t, err)
	assert.Equal(t, "Bearer "+testKey, auth)
}

func TestServerLimitAboveMaxNotCarried(t *testing.T) {
	c, _ := mockClient(t, http.StatusOK, []byte(`{"totalCount": 300, "limit": 100, "skip": 0, "items": [{"id": 1}]}`))
	p, err := c.Orders.List(context.Background(), nil)
	require.NoError(t, err)
	require.NotNil(t, p.Next)
	assert.Equal(t, DefaultLimit, p.Next.Size)
	assert.Equal(t, 1, p.Next.Offset)
}

func TestErrorBody(t *testing.T) {
	c, _ := mockClient(t, http.StatusBadRequest, []byte(`{"success": false, "message": "Error message..."}`))
	_, err := c.Contacts.Get(context.Background(), 5)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusBadRequest, apiErr.StatusCode)
	assert.Equal(t, "Error message...", apiErr.Message)
	assert.Equal(t, "sitebuilder", apiErr.Platform)
	assert.ErrorIs(t, err, ErrBadRequest)
	assert.Contains(t, err.Error(), "Error message...")
	assert.NotContains(t, err.Error(), testKey)

	c, _ = mockClient(t, http.StatusNotFound, []byte(`{"success": false, "message": "Contact not found"}`))
	_, err = c.Contacts.GetByEmail(context.Background(), "x@y.z")
	assert.ErrorIs(t, err, ErrNotFound)
}

func TestTolerantDecoding(t *testing.T) {
	var o Order
	require.NoError(t, json.Unmarshal([]byte(`{
		"id": 9, "total": "49.90", "subTotal": 45.5, "status": "SHIPPED",
		"discountCode": null, "discountType": null, "taxes": null,
		"items": {"0": {"id": 1, "name": "A"}, "1": {"id": 2, "name": "B"}},
		"tags": [], "created": "1573397217", "notes": [{"time": 1686043751, "value": "n"}],
		"giftMessage": "Happy birthday", "shippingAddress": null
	}`), &o))
	assert.Equal(t, "49.90", o.Total.String())
	assert.Equal(t, "45.5", o.SubTotal.String())
	assert.Equal(t, OrderStatusShipped, o.Status) // upper case accepted
	assert.Nil(t, o.DiscountCode)
	assert.Nil(t, o.DiscountType)
	assert.Empty(t, o.Taxes)
	require.Len(t, o.Items, 2)
	assert.Equal(t, "B", o.Items[1].Name)
	assert.Equal(t, int64(1573397217), o.Created.Unix())
	assert.Nil(t, o.ShippingAddress)
	assert.JSONEq(t, `"Happy birthday"`, string(o.Extra["giftMessage"]))

	var p Product
	require.NoError(t, json.Unmarshal([]byte(`{"id": 1, "variants": [{"price": "19.99", "salePrice": null}], "images": null, "seo": {"title": "t"}}`), &p))
	assert.Equal(t, "19.99", p.Variants[0].Price.String())
	assert.True(t, p.Variants[0].SalePrice.IsZero())
	assert.Nil(t, p.Images)
	assert.Contains(t, p.Extra, "seo")

	var ct Contact
	require.NoError(t, json.Unmarshal([]byte(`{"id": 3, "tags": null, "properties": {"0": {"name": "a", "value": "b"}}, "createdOn": null}`), &ct))
	assert.Nil(t, ct.Tags)
	assert.Equal(t, List[ContactProperty]{{Name: "a", Value: "b"}}, ct.Properties)
	assert.True(t, ct.CreatedOn.IsZero())
	assert.Nil(t, ct.Extra)

	var s OrderStatus
	assert.Error(t, json.Unmarshal([]byte(`{}`), &s))
}

func TestOrderStatusEncoding(t *testing.T) {
	b, err := json.Marshal(OrderUpdate{Status: Ptr(OrderStatusCanceled)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"status": "CANCELED"}`, string(b))
	b, err = json.Marshal(OrderUpdate{Status: Ptr(OrderStatus("Completed"))})
	require.NoError(t, err)
	assert.JSONEq(t, `{"status": "COMPLETED"}`, string(b))
	assert.True(t, OrderStatus("ARCHIVED").Valid())
	assert.False(t, OrderStatus("lost").Valid())
	assert.Equal(t, "pending", OrderStatus("PENDING").String())
	b, err = json.Marshal(OrderUpdate{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(b), "nothing is sent that was not set")
}

func TestTimestampsEncodeAsUnixSeconds(t *testing.T) {
	var l SubscriberList
	require.NoError(t, json.Unmarshal(fixture(t, "subscriber_lists.create.response.json"), &l))
	b, err := json.Marshal(l)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, float64(1613384738), m["created"])
}

func TestStartSessionKeepsAccessURL(t *testing.T) {
	c, _ := mockClient(t, http.StatusOK, []byte(`{"token": "a.b.c", "accessUrl": "https://example.com/api/site/members/session/a.b.c?x=1", "createdAt": 1, "expiresAt": 901}`))
	s, err := c.Members.StartSession(context.Background(), &MemberSessionCreate{Email: "a@b.c"})
	require.NoError(t, err)
	assert.Equal(t, "https://example.com/api/site/members/session/a.b.c?x=1", string(s.AccessURL))
}

func TestBareArraysAndEmptyPages(t *testing.T) {
	ctx := context.Background()
	c, _ := mockClient(t, http.StatusOK, []byte(`[]`))
	hooks, err := c.Webhooks.List(ctx)
	require.NoError(t, err)
	assert.Equal(t, []Webhook{}, hooks)
	cats, err := c.Products.ListCategories(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, []Category{}, cats)

	c, got := mockClient(t, http.StatusOK, []byte(`{"items": []}`))
	p, err := c.Orders.List(ctx, nil)
	require.NoError(t, err)
	assert.Empty(t, p.Items)
	assert.Equal(t, -1, p.Total) // no totalCount: unknown
	assert.Equal(t, DefaultLimit, p.Size)
	assert.Nil(t, p.Next)
	assert.Empty(t, got.req.URL.RawQuery)

	c, _ = mockClient(t, http.StatusOK, []byte(`{"totalCount": 1, "limit": 25, "skip": 0, "items": {}}`))
	_, err = c.Orders.List(ctx, nil)
	require.NoError(t, err)

	c, _ = mockClient(t, http.StatusOK, []byte(`{"items": "oops"}`))
	_, err = c.Orders.List(ctx, nil)
	assert.True(t, errors.Is(err, ErrInvalidResponse))
}

// Printing or logging a model never shows the credentials it holds.
func TestModelsPrintSecretsRedacted(t *testing.T) {
	w := Webhook{ID: "rh_1", Secret: "whsec-0123456789"}
	m := MemberCreate{Name: "Ann", Email: "ann@example.org", Password: "pw-0123456789"}
	for _, text := range []string{fmt.Sprintf("%+v", w), fmt.Sprintf("%#v", m), fmt.Sprint(&m)} {
		assert.NotContains(t, text, "whsec-0123456789")
		assert.NotContains(t, text, "pw-0123456789")
	}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"password":"pw-0123456789"`, "the API still receives the password")
}
