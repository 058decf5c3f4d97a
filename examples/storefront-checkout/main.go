// Command storefront-checkout walks a shopper through the storefront API:
// a guest adds products to a cart, signs up on the checkout page (the
// guest cart follows the new customer), checks out and pays, then lists
// the order history.
//
// With no STOREFRONT_BASE_URL in the environment it runs offline against
// the in-memory fake (package storefronttest). With it set, it talks to
// that storefront and stops before paying unless -payment-token is given
// (a token from the store's payment provider):
//
//	go run ./examples/storefront-checkout -email shopper@example.com
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// realMain runs the command and returns its exit status: 0 on success and
// for -h, 2 for bad flags, 1 when the work fails.
func realMain(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("storefront-checkout", flag.ContinueOnError)
	fs.SetOutput(stderr)
	email := fs.String("email", "shopper@example.com", "the new customer's e-mail address")
	product := fs.Int64("product", 1, "the product (variant) id to buy")
	qty := fs.Int64("quantity", 2, "how many to buy")
	payToken := fs.String("payment-token", "", "payment provider token (needed against a real storefront)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *qty < 1 || *product < 1 {
		fmt.Fprintln(stderr, "storefront-checkout: -product and -quantity must be positive")
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	var c *storefront.Client
	fake := getenv("STOREFRONT_BASE_URL") == ""
	if fake {
		srv := storefronttest.NewServer()
		defer srv.Close()
		c = srv.Client()
		*payToken = "tok_fake_visa"
	} else {
		var err error
		c, err = storefront.NewClient(getenv("STOREFRONT_BASE_URL"), storefront.WithUserAgent("ecomkit-storefront-checkout/1.0"))
		if err != nil {
			fmt.Fprintln(stderr, "storefront-checkout:", err)
			return 1
		}
	}
	if err := run(ctx, stdout, c, *email, *product, *qty, *payToken); err != nil {
		fmt.Fprintln(stderr, "storefront-checkout:", err)
		return 1
	}
	return 0
}

// run is the shopper's journey.
func run(ctx context.Context, w io.Writer, c *storefront.Client, email string, product, qty int64, payToken string) error {
	// 1. A guest's cart lives under a uuid the shop front keeps (a cookie).
	cart := storefront.CartUUID("cart-" + strconv.FormatInt(time.Now().UnixNano(), 36))
	item, err := c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: product, Quantity: int(qty), CartUUID: cart})
	if err != nil {
		return fmt.Errorf("add to cart: %w", err)
	}
	fmt.Fprintf(w, "guest cart: %d x %s (%s cents)\n", item.Quantity, item.Title, item.LinePrice)

	// 2. The checkout starts as a guest; signing up with its token binds
	// the customer and merges the guest cart (skip_cart_merge unset).
	co, err := c.Checkouts.Create(ctx, &storefront.CheckoutCreate{CartUUID: cart})
	if err != nil {
		return fmt.Errorf("create checkout: %w", err)
	}
	token := co.CheckoutToken()
	me, err := c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: email, Email: email, Password: "example-password-1", Subscribe: false, CheckoutToken: token})
	if err != nil {
		return fmt.Errorf("sign up: %w", err)
	}
	fmt.Fprintf(w, "signed up customer %d <%s>; session held by the client\n", me.ID, me.Email)

	addr := &storefront.Address{FirstName: "Ada", LastName: "Lovelace", Phone: "+1 555 0100", AddressOne: "1 Main St", City: "Springfield", Zip: "12345", Country: "US"}
	if _, err := c.Checkouts.SetCustomerInfo(ctx, token, &storefront.CheckoutCustomerInfo{Email: email, ShippingAddress: addr, BillingAddress: addr}); err != nil {
		return fmt.Errorf("customer info: %w", err)
	}
	if _, err := c.Checkouts.SetShippingOption(ctx, token, &storefront.ShippingOptionParams{ShippingOptionID: 1}); err != nil {
		return fmt.Errorf("shipping option: %w", err)
	}
	mine, err := c.Cart.Get(ctx, nil)
	if err != nil {
		return fmt.Errorf("cart: %w", err)
	}
	total, err := strconv.ParseInt(mine.TotalPrice.String(), 10, 64)
	if err != nil {
		return fmt.Errorf("cart total %q: %w", mine.TotalPrice, err)
	}
	if payToken == "" {
		fmt.Fprintf(w, "checkout ready, total %d cents; pass -payment-token to pay\n", total)
		return nil
	}
	if err := c.Checkouts.Pay(ctx, token, &storefront.PayParams{PaymentToken: storefront.Credential(payToken), Amount: total, PaymentType: "card"}); err != nil {
		return fmt.Errorf("pay: %w", err)
	}
	fmt.Fprintf(w, "paid %d cents\n", total)

	// 3. Order history, every page.
	n := 0
	for o, err := range c.Orders.All(ctx, nil) {
		if err != nil {
			return fmt.Errorf("orders: %w", err)
		}
		n++
		fmt.Fprintf(w, "order %d\n", o.ID)
	}
	fmt.Fprintf(w, "%d order(s) in the history\n", n)
	return nil
}
