package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func init() { register("InSales", runInSales) }

// runInSales reads the product catalogue of an InSales shop: the fake one,
// or the real one named by INSALES_SHOP, INSALES_API_KEY and
// INSALES_PASSWORD (read-only calls).
func runInSales(ctx context.Context, w io.Writer) error {
	c, done, err := insalesClient()
	if err != nil {
		return err
	}
	defer done()

	n, err := c.Products.Count(ctx, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "shop %s: %d products\n", c.BaseURL(), n)
	page, err := c.Products.List(ctx, &insales.ProductListOptions{Limit: 10})
	if err != nil {
		return err
	}
	for _, p := range page.Items[:min(3, len(page.Items))] {
		price := "-"
		if len(p.Variants) > 0 {
			price = p.Variants[0].Price.String() // an exact decimal
		}
		fmt.Fprintf(w, "product #%d %q, %d variants, from %s %s\n", p.ID, p.Title, len(p.Variants), price, p.CurrencyCode)
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
	fmt.Fprintf(w, "synced %d products; resume from %s #%d\n", read, last.Time.Format("2006-01-02 15:04:05"), last.ID)
	cats, err := c.Categories.List(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d categories\n", len(cats))
	return nil
}

// insalesClient returns a real client when the environment names a shop,
// else one of a fake shop and the function that stops it.
func insalesClient() (*insales.Client, func(), error) {
	shop, key, pw := os.Getenv("INSALES_SHOP"), os.Getenv("INSALES_API_KEY"), os.Getenv("INSALES_PASSWORD")
	if shop != "" || key != "" || pw != "" {
		c, err := insales.NewClient(shop, key, pw)
		return c, func() {}, err
	}
	srv := insalestest.NewServer()
	return srv.Client(), srv.Close, nil
}
