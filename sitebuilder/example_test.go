package sitebuilder_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// A client for a real website takes its domain and API key; options tune
// it. Bad input is refused before any request, as a *FieldError.
func ExampleNewClient() {
	c, err := sitebuilder.NewClient("https://example.com", "my-api-key",
		sitebuilder.WithUserAgent("MyApp/1.0.1"),
		sitebuilder.WithTimeout(20*time.Second),
		sitebuilder.WithRetry(3))
	if err != nil {
		panic(err)
	}
	fmt.Println(c.BaseURL())

	_, err = sitebuilder.NewClient("http://example.com", "my-api-key")
	var fe *sitebuilder.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.Is(err, sitebuilder.ErrInvalidInput))
	// Output:
	// https://example.com/api/site
	// true siteURL true
}

// List returns one page with the server's total count; Get fetches one
// contact, and an unknown id is an *APIError matching ErrNotFound.
func ExampleContactsService_List() {
	srv := sitebuildertest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	page, err := c.Contacts.List(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 10}})
	if err != nil {
		panic(err)
	}
	fmt.Println("total:", page.Total)
	ct, err := c.Contacts.Get(ctx, page.Items[0].ID)
	if err != nil {
		panic(err)
	}
	fmt.Println(ct.Name, ct.Email, ct.CreatedOn.UTC().Format(time.DateOnly), ct.Tags)

	_, err = c.Contacts.Get(ctx, 999)
	var apiErr *sitebuilder.APIError
	if errors.As(err, &apiErr) && errors.Is(err, sitebuilder.ErrNotFound) {
		fmt.Println(apiErr.StatusCode, apiErr.Message)
	}
	// Output:
	// total: 1
	// John Doe john@doe.com 2019-11-08 [tag1 tag2]
	// 404 Resource not found
}

// Create checks its input before sending it; All walks every page.
func ExampleContactsService_All() {
	srv := sitebuildertest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	_, err := c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Name: "No Email"})
	var fe *sitebuilder.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.Is(err, sitebuilder.ErrInvalidInput))

	for _, name := range []string{"ann", "bob"} {
		if _, err := c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Name: name, Email: name + "@example.com"}); err != nil {
			panic(err)
		}
	}
	// Two per page: All makes two requests for the three contacts.
	for ct, err := range c.Contacts.All(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 2}}) {
		if err != nil {
			panic(err)
		}
		fmt.Println(ct.Email)
	}
	// Output:
	// true email true
	// john@doe.com
	// ann@example.com
	// bob@example.com
}

// StartSession signs a member in: redirect their browser to AccessURL
// before the session expires.
func ExampleMembersService_StartSession() {
	srv := sitebuildertest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	s, err := c.Members.StartSession(ctx, &sitebuilder.MemberSessionCreate{Email: "john@doe.com", Path: "/members-only"})
	if err != nil {
		panic(err)
	}
	redirect := string(s.AccessURL) // a Secret: fmt and slog print it REDACTED
	fmt.Println(strings.HasPrefix(redirect, srv.BaseURL()+"/members/session/"), s.Expired(time.Now()))
	fmt.Println(s.AccessURL)
	fmt.Println("valid for", s.ExpiresAt.Sub(s.CreatedAt.Time))

	_, err = c.Members.StartSession(ctx, &sitebuilder.MemberSessionCreate{Email: "nobody@example.com"})
	fmt.Println(errors.Is(err, sitebuilder.ErrNotFound))
	// Output:
	// true false
	// REDACTED
	// valid for 15m0s
	// true
}

// WebhookHandler receives deliveries at a target made by WebhookTarget,
// which names the event the website does not send.
func ExampleWebhookHandler() {
	srv := sitebuildertest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	receiver := httptest.NewServer(sitebuilder.WebhookHandler(func(ctx context.Context, e *sitebuilder.Event) error {
		v := e.Form.FormValues[0]
		fmt.Println(e.Type, e.Form.FormName, e.Form.Contact.Email, v.Field+":", v.Value)
		return nil
	}))
	defer receiver.Close()
	target, err := sitebuilder.WebhookTarget(receiver.URL+"/hooks", sitebuilder.EventFormSubmitted)
	if err != nil {
		panic(err)
	}
	if _, err := c.Webhooks.Create(ctx, &sitebuilder.WebhookCreate{Target: target, Events: []sitebuilder.EventType{sitebuilder.EventFormSubmitted}}); err != nil {
		panic(err)
	}
	// A visitor sends the contact form; the fake delivers the event.
	err = srv.SubmitForm(ctx, "Contact Form", "ann@example.com", []sitebuilder.NameValue{{Name: "Message", Value: "Hi"}})
	fmt.Println(err)
	// Output:
	// form_submitted Contact Form ann@example.com Message: Hi
	// <nil>
}

// ParseWebhook decodes a delivery inside your own handler. The event comes
// from the "event" parameter WebhookTarget put on the target URL; a
// missing or unknown one matches ErrUnknownEvent and keeps the raw body.
func ExampleParseWebhook() {
	r := httptest.NewRequest("POST", "/hooks?event=order_updated",
		strings.NewReader(`{"id": 1234, "status": "shipped", "total": "49.90"}`))
	e, err := sitebuilder.ParseWebhook(r)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Type, e.Order.ID, e.Order.Status, e.Order.Total)

	r = httptest.NewRequest("POST", "/hooks", strings.NewReader(`{"id": 1}`))
	e, err = sitebuilder.ParseWebhook(r)
	fmt.Println(errors.Is(err, sitebuilder.ErrUnknownEvent), string(e.Body))

	// Deliveries are not signed in any published way: a secret is refused.
	_, err = sitebuilder.ParseWebhook(r, sitebuilder.WithWebhookSecret("s3cret"))
	fmt.Println(errors.Is(err, sitebuilder.ErrInvalidInput))
	// Output:
	// order_updated 1234 shipped 49.90
	// true {"id": 1}
	// true
}

// An empty update is refused before anything is sent; set only what
// changes, with Ptr for the pointer fields.
func ExampleOrdersService_Update() {
	srv := sitebuildertest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	_, err := c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{})
	fmt.Println(err)
	o, err := c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{
		Status:      sitebuilder.Ptr(sitebuilder.OrderStatusShipped),
		Fulfillment: &sitebuilder.Fulfillment{Courier: "UPS", TrackingNo: "1Z999AA10123456784"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(o.ID, o.Status)
	// Output:
	// invalid body: nothing to update
	// 1234 shipped
}
