package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ecomkit/ecomkit-go/storefront"
	"github.com/ecomkit/ecomkit-go/storefront/storefronttest"
)

func init() { register("Storefront", runStorefront) }

// runStorefront browses a storefront as a guest and, on the fake only,
// signs a customer up: read-only against a real storefront
// (STOREFRONT_BASE_URL; add STOREFRONT_AUTH_KEY to read that customer's
// orders).
func runStorefront(ctx context.Context, w io.Writer) error {
	v, real, err := credentials("STOREFRONT_BASE_URL")
	if err != nil {
		return err
	}
	var c *storefront.Client
	if real {
		opts := []storefront.Option{storefront.WithUserAgent("ecomkit-quickstart/1.0")}
		if key, ok, _ := credentials("STOREFRONT_AUTH_KEY"); ok {
			opts = append(opts, storefront.WithCustomerToken(storefront.Secret(key[0])))
		}
		if c, err = storefront.NewClient(v[0], opts...); err != nil {
			return err
		}
	} else {
		srv := storefronttest.NewServer()
		defer srv.Close()
		c = srv.Client()
	}

	products, err := c.Products.Filter(ctx, &storefront.ProductFilterOptions{Limit: 2})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "storefront %s: %s\n", where(!real, c.BaseURL()), plural(products.Total, "product", "products"))
	for _, p := range products.Items {
		fmt.Fprintf(w, "  %s, %s cents\n", p.Title, p.Price)
	}
	if !real {
		me, err := c.Customers.SignUp(ctx, &storefront.SignUpParams{Username: "quickstart", Email: "quickstart@example.com", Password: "quickstart-pass"})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "signed up %s; the client holds the session\n", me.Email)
	}
	if c.Session() == "" {
		return nil
	}
	orders, err := c.Orders.List(ctx, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "orders: %d\n", orders.Total)
	return nil
}
