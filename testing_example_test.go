package ecomkit_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/jarcoal/httpmock"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// Testing your code against a platform's fake server: an in-memory API
// preloaded with the API documentation's examples, with the platform's
// auth, paging, error shapes and injectable faults.
func Example_testingWithTheFake() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client() // a client wired to the fake: no rate limit, fast retries

	p, err := c.Products.Get(context.Background(), shopkittest.SeedProductID)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(p.Title, p.Price)
	fmt.Println(len(srv.Requests()), "request recorded")
	// Output:
	// Rustic Spice Bowl Set 40.73
	// 1 request recorded
}

// Testing with httpmock: a client built with default options goes through
// http.DefaultTransport, so httpmock.Activate intercepts it, as it does
// go-github's. Turn retries off so that a missing responder fails at once,
// and switch the rate limiter off for tests that make many calls.
func Example_testingWithHTTPMock() {
	httpmock.Activate()
	defer httpmock.DeactivateAndReset()
	httpmock.RegisterResponder(http.MethodGet, "https://api.shopk.it/v1/product?id=42",
		httpmock.NewStringResponder(200, `{"id": 42, "title": "Mug", "price": "9.90"}`))
	httpmock.RegisterResponder(http.MethodGet, "https://api.shopk.it/v1/product?id=7",
		httpmock.NewStringResponder(404, `{"message": "Product not found."}`))

	c, err := shopkit.NewClient("test-key", shopkit.WithRetry(0), shopkit.WithoutRateLimit())
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	p, err := c.Products.Get(context.Background(), 42)
	fmt.Println(p.Title, p.Price, err)
	_, err = c.Products.Get(context.Background(), 7)
	fmt.Println(errors.Is(err, shopkit.ErrNotFound))
	// Output:
	// Mug 9.90 <nil>
	// true
}

// priceOf is code under test: it takes the service's interface, not the
// concrete client, so a test can hand it a mock.
func priceOf(ctx context.Context, products shopkit.ProductsAPI, id int64) (string, error) {
	p, err := products.Get(ctx, id)
	if err != nil {
		return "", err
	}
	return p.Price.String(), nil
}

// mockProducts implements shopkit.ProductsAPI for a test: embed the
// interface and override what the code under test calls.
type mockProducts struct {
	shopkit.ProductsAPI
}

func (mockProducts) Get(_ context.Context, id int64) (*shopkit.Product, error) {
	if id != 42 {
		return nil, shopkit.ErrNotFound
	}
	return &shopkit.Product{ID: 42, Price: shopkit.MustDecimal("9.90")}, nil
}

// Testing with a mock of a service interface: every service has one
// (ProductsAPI, OrdersAPI, ...), so code that takes the interface can be
// tested without any HTTP at all.
func Example_testingWithMocks() {
	price, err := priceOf(context.Background(), mockProducts{}, 42)
	fmt.Println(price, err)
	_, err = priceOf(context.Background(), mockProducts{}, 1)
	fmt.Println(errors.Is(err, shopkit.ErrNotFound))
	// Output:
	// 9.90 <nil>
	// true
}
