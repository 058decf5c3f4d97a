package shopkit_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// The package documentation's calls, run against the fake with a client
// built by NewClient and its options.
func Example() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	ctx := context.Background()

	c, err := shopkit.NewClient(shopkittest.APIKey,
		shopkit.WithBaseURL(srv.URL), // a fake or a proxy; the default is DefaultBaseURL
		shopkit.WithRetry(2),
		shopkit.WithTimeout(10*time.Second),
		shopkit.WithUserAgent("example/1.0"),
	)
	if err != nil {
		panic(err)
	}
	page, err := c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []shopkit.OrderStatus{shopkit.OrderSent}, ListOptions: shopkit.ListOptions{Limit: 50}})
	if err != nil {
		panic(err)
	}
	for _, o := range page.Items {
		fmt.Println(o.ID, o.CreatedAt.Format("2006-01-02T15:04:05-07:00"), o.Total, o.Currency)
	}
	o, err := c.Orders.Update(ctx, shopkittest.SeedOrderID, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.Ptr(shopkit.OrderDelivered)})
	if err != nil {
		panic(err)
	}
	fmt.Println(o.StatusAlias)
	_, err = c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []shopkit.OrderStatus{"shipped"}})
	fmt.Println(err)
	_, err = shopkit.NewClient("")
	fmt.Println(err)
	// Output:
	// 1337 2017-05-17T10:45:05+01:00 157.03 EUR
	// delivered
	// invalid status_alias[0]: must be one of all, pending, processing, sent, canceled, waiting_confirmation, waiting_payment, waiting_stock, delivered, returned, pickup_available, waiting_shipment, got "shipped"
	// invalid apiKey: is required
}

// A page of products, its Total (the X-Total-Count header), and one
// product fetched by id.
func ExampleProductsService_List() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	page, err := c.Products.List(ctx, &shopkit.ProductListOptions{ListOptions: shopkit.ListOptions{Page: 1, Limit: 1}})
	if err != nil {
		panic(err)
	}
	fmt.Printf("page %d: %d of %d products\n", page.Number, len(page.Items), page.Total)

	p, err := c.Products.Get(ctx, shopkittest.SeedProductID)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.ID, p.Title, p.Price, p.StatusAlias, len(p.OptionGroups), "option groups")
	// Output:
	// page 1: 1 of 2 products
	// 212322 Rustic Spice Bowl Set 40.73 active 2 option groups
}

// All follows every page, holding one in memory at a time; break stops it.
func ExampleProductsService_All() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	n := 0
	for p, err := range c.Products.All(ctx, &shopkit.ProductListOptions{ListOptions: shopkit.ListOptions{Limit: 1}}) {
		if err != nil {
			panic(err)
		}
		n++
		fmt.Println(p.ID, p.Price)
	}
	fmt.Println(n, "products,", srv.Count(), "requests")
	// Output:
	// 212322 40.73
	// 212314 17.45
	// 2 products, 2 requests
}

// Input the API documentation says the server refuses is rejected before
// sending, with a *FieldError naming the field.
func ExampleProductsService_Create() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	_, err := c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", CategoryIDs: []int64{44355}})
	var fe *shopkit.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("%s: %s (ErrInvalidInput: %v)\n", fe.Field, fe.Problem, errors.Is(err, shopkit.ErrInvalidInput))
	}

	p, err := c.Products.Create(ctx, &shopkit.ProductCreate{Title: "Mug", Price: shopkit.Ptr(shopkit.MustDecimal("9.90")), CategoryIDs: []int64{44355}})
	if err != nil {
		panic(err)
	}
	p, err = c.Products.Update(ctx, p.ID, &shopkit.ProductUpdate{Price: shopkit.Ptr(shopkit.MustDecimal("8.50"))})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Title, p.Price)
	// Output:
	// price: is required unless price_on_request is true (ErrInvalidInput: true)
	// Mug 8.50
}

// An error answer of the API is an *APIError; errors.Is matches it
// against the sentinels by status code.
func ExampleAPIError() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()

	_, err := c.Products.Get(context.Background(), 999)
	fmt.Println(errors.Is(err, shopkit.ErrNotFound))
	var apiErr *shopkit.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.Message)
	}
	// Output:
	// true
	// 404 Not found.
}

// A webhook receiver: Shopkit signs each delivery with the app's
// client_secret (X-Webhook-Signature) and names the event in
// X-Shopkit-Event; WebhookHandler verifies and decodes it before calling fn.
func ExampleWebhookHandler() {
	h := shopkit.WebhookHandler(func(ctx context.Context, e *shopkit.Event) error {
		fmt.Println(e.Type, e.Origin, e.Order.ID, e.Order.Total, e.Order.Currency)
		return nil
	}, shopkit.WithWebhookSecret("the-app-client-secret"))

	body := []byte(`{"id": 1337, "total": 157.03, "currency": "EUR", "status_alias": "processing"}`)
	mac := hmac.New(sha256.New, []byte("the-app-client-secret"))
	mac.Write(body)
	r := httptest.NewRequest(http.MethodPost, "/hooks/shopkit", bytes.NewReader(body))
	r.Header.Set("X-Shopkit-Event", "order_paid")
	r.Header.Set("X-Webhook-Resource-Origin", "backoffice")
	r.Header.Set("X-Webhook-Signature", hex.EncodeToString(mac.Sum(nil)))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	fmt.Println(w.Code)

	r = httptest.NewRequest(http.MethodPost, "/hooks/shopkit", bytes.NewReader(body))
	r.Header.Set("X-Shopkit-Event", "order_paid")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r) // unsigned: refused
	fmt.Println(w.Code)
	// Output:
	// order_paid backoffice 1337 157.03 EUR
	// 200
	// 401
}
