package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

func init() { register("Shopkit", runShopkit) }

// runShopkit reads a few things from a Shopkit store: the fake unless
// SHOPKIT_API_KEY is set (then read-only calls on the real store).
func runShopkit(ctx context.Context, w io.Writer) error {
	c, fake, done, err := shopkitClient()
	if err != nil {
		return err
	}
	defer done()

	st, err := c.Store.Get(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "store %s: %s (%s), currency %s\n", where(fake, c.BaseURL()), st.Name, st.Domain, st.Currency)

	products, err := c.Products.List(ctx, &shopkit.ProductListOptions{ListOptions: shopkit.ListOptions{Limit: 1}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "products: %s", shopkitTotal(products.Total, len(products.Items)))
	if len(products.Items) > 0 {
		p := products.Items[0]
		fmt.Fprintf(w, " (first: %s, %s %s)", p.Title, p.Price, st.Currency) // Price is an exact Decimal
	}
	fmt.Fprintln(w)

	orders, err := c.Orders.List(ctx, &shopkit.OrderListOptions{ListOptions: shopkit.ListOptions{Limit: 2}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "orders: %s\n", shopkitTotal(orders.Total, len(orders.Items)))
	for _, o := range orders.Items {
		fmt.Fprintf(w, "  order %d %s, %s, paid %t, total %s %s\n", o.ID, o.CreatedAt.Format("2006-01-02"), o.StatusAlias, o.Paid, o.Total, o.Currency)
	}

	hooks, err := c.Webhooks.List(ctx, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "webhooks: %d\n", len(hooks))
	return nil
}

// shopkitClient returns a client for the real store when SHOPKIT_API_KEY is
// set, else for an embedded fake (done stops it).
func shopkitClient() (c *shopkit.Client, fake bool, done func(), err error) {
	v, real, err := credentials("SHOPKIT_API_KEY")
	if err != nil {
		return nil, false, nil, err
	}
	if real {
		c, err := shopkit.NewClient(v[0])
		return c, false, func() {}, err
	}
	srv := shopkittest.NewServer()
	return srv.Client(), true, srv.Close, nil
}

// shopkitTotal prints the X-Total-Count total, or what was seen when the
// server sent none.
func shopkitTotal(total, seen int) string {
	if total < 0 {
		return fmt.Sprintf("%d+", seen)
	}
	return fmt.Sprint(total)
}
