package storefront_test

import (
	"context"
	"fmt"

	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

// A guest fills a cart, then logs in: the client keeps the session and
// sends it on the customer endpoints.
func Example() {
	srv := storefronttest.NewServer()
	defer srv.Close()
	c := srv.Client() // storefront.NewClient(srv.BaseURL(), ...) with test settings
	ctx := context.Background()

	cart := storefront.CartUUID("guest-cart")
	item, err := c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 2, Quantity: 1, CartUUID: cart})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(item.Title, item.Price, "cents")

	_, err = c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: "ada", Email: "ada@example.com", Password: "s3cret-pass"})
	if err != nil {
		fmt.Println(err)
		return
	}
	me, err := c.Customers.GetProfile(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(me.Email, c.Session()) // the session prints as REDACTED
	// Output:
	// Lace front wig 5900 cents
	// ada@example.com REDACTED
}

// One client serves many shoppers: each request takes a cheap view with
// the shopper's own session.
func ExampleClient_AsCustomer() {
	srv := storefronttest.NewServer()
	defer srv.Close()
	shared := srv.Client()
	ctx := context.Background()

	me, _ := shared.AsCustomer("").Customers.SignUp(ctx, &storefront.SignUpParams{Username: "bo", Email: "bo@example.com", Password: "pw-123456"})
	// Later, in a handler that found the key in the shopper's cookie:
	view := shared.AsCustomer(me.AuthKey)
	p, err := view.Customers.GetProfile(ctx)
	fmt.Println(p.Email, err, shared.Session() == "")
	// Output: bo@example.com <nil> true
}

// A route the API serves elsewhere than inferred is moved without a new
// release, from Go or from a JSON file (LoadRoutes).
func ExampleWithRoutes() {
	c, err := storefront.NewClient("https://api.shop.example/v1", storefront.WithRoutes(map[string]string{
		"customers.login": "POST /auth/login",
		"orders.get":      "/customer/orders/{id}",
	}))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Routes()["customers.login"], "|", c.Routes()["orders.get"])

	_, err = storefront.NewClient("https://api.shop.example/v1", storefront.WithRoutes(map[string]string{
		"orders.get": "/customer/orders/{order}",
	}))
	fmt.Println(err)
	// Output:
	// POST /auth/login | GET /customer/orders/{id}
	// invalid routes[orders.get]: "/customer/orders/{order}" must have the placeholders {id}, each once (got {order})
}
