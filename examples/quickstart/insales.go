package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func init() { register("InSales", runInSales) }

// runInSales reads the product catalogue of an InSales shop: the fake one,
// or the real one named by INSALES_SHOP, INSALES_API_KEY and
// INSALES_PASSWORD (read-only calls).
func runInSales(ctx context.Context, w io.Writer) error {
	c, fake, done, err := insalesClient()
	if err != nil {
		return err
	}
	defer done()

	n, err := c.Products.Count(ctx, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "shop %s: %s\n", where(fake, c.BaseURL()), plural(n, "product", "products"))
	page, err := c.Products.List(ctx, &insales.ProductListOptions{Limit: 10})
	if err != nil {
		return err
	}
	for _, p := range page.Items[:min(3, len(page.Items))] {
		price := "-"
		if len(p.Variants) > 0 {
			price = p.Variants[0].Price.String() // an exact decimal
		}
		fmt.Fprintf(w, "product #%d %q, %s, from %s %s\n", p.ID, p.Title, plural(len(p.Variants), "variant", "variants"), price, p.CurrencyCode)
	}
	// Syncing: Changes follows updated_since/from_id; store the last
	// checkpoint to resume next time.
	var last insales.Checkpoint
	read := 0
	for p, err := range c.Products.Changes(ctx, insales.Checkpoint{}, nil) {
		if err != nil {
			return err
		}
		last = p.Checkpoint()
		read++
	}
	fmt.Fprintf(w, "synced %s; resume from %s #%d\n", plural(read, "product", "products"), last.Time.Format("2006-01-02 15:04:05"), last.ID)
	cats, err := c.Categories.List(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, plural(len(cats), "category", "categories"))
	return nil
}

// insalesClient returns a real client when the environment names a shop,
// else one of a fake shop and the function that stops it.
func insalesClient() (c *insales.Client, fake bool, done func(), err error) {
	v, real, err := credentials("INSALES_SHOP", "INSALES_API_KEY", "INSALES_PASSWORD")
	if err != nil {
		return nil, false, nil, err
	}
	if real {
		c, err := insales.NewClient(v[0], v[1], v[2])
		return c, false, func() {}, err
	}
	srv := insalestest.NewServer()
	return srv.Client(), true, srv.Close, nil
}
