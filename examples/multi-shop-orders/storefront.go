package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

// storefrontCustomer signs a customer up on the fake storefront and has
// them buy one product, so the customer's order history (what the
// storefront's Store lists) is not empty. It returns the signed-in client.
func storefrontCustomer(ctx context.Context, srv *storefronttest.Server) (*storefront.Client, error) {
	c := srv.Client()
	cart := storefront.CartUUID("multi-shop-orders")
	if _, err := c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 1, Quantity: 2, CartUUID: cart}); err != nil {
		return nil, fmt.Errorf("fake storefront: add to cart: %w", err)
	}
	co, err := c.Checkouts.Create(ctx, &storefront.CheckoutCreate{CartUUID: cart})
	if err != nil {
		return nil, fmt.Errorf("fake storefront: checkout: %w", err)
	}
	token := co.CheckoutToken()
	const email = "buyer@example.com"
	if _, err := c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: email, Email: email, Password: "example-password-1", CheckoutToken: token}); err != nil {
		return nil, fmt.Errorf("fake storefront: sign up: %w", err)
	}
	addr := &storefront.Address{FirstName: "Ada", LastName: "Lovelace", Phone: "+1 555 0100", AddressOne: "1 Main St", City: "Springfield", Zip: "12345", Country: "US"}
	if _, err := c.Checkouts.SetCustomerInfo(ctx, token, &storefront.CheckoutCustomerInfo{Email: email, ShippingAddress: addr, BillingAddress: addr}); err != nil {
		return nil, fmt.Errorf("fake storefront: customer info: %w", err)
	}
	if _, err := c.Checkouts.SetShippingOption(ctx, token, &storefront.ShippingOptionParams{ShippingOptionID: 1}); err != nil {
		return nil, fmt.Errorf("fake storefront: shipping: %w", err)
	}
	mine, err := c.Cart.Get(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("fake storefront: cart: %w", err)
	}
	total, err := strconv.ParseInt(mine.TotalPrice.String(), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("fake storefront: cart total %q: %w", mine.TotalPrice, err)
	}
	if err := c.Checkouts.Pay(ctx, token, &storefront.PayParams{PaymentToken: "tok_fake_visa", Amount: total, PaymentType: "card"}); err != nil {
		return nil, fmt.Errorf("fake storefront: pay: %w", err)
	}
	return c, nil
}
