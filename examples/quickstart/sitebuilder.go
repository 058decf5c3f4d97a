package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

func init() { register("Website builder", runSitebuilder) }

// runSitebuilder reads a few things from a website: the fake unless
// SITEBUILDER_SITE and SITEBUILDER_API_KEY are set (then read-only calls).
func runSitebuilder(ctx context.Context, w io.Writer) error {
	c, fake, done, err := sitebuilderClient()
	if err != nil {
		return err
	}
	defer done()

	contacts, err := c.Contacts.List(ctx, &sitebuilder.ContactListOptions{ListOptions: sitebuilder.ListOptions{Limit: 1}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "site %s: %s", where(fake, c.BaseURL()), plural(contacts.Total, "contact", "contacts"))
	if len(contacts.Items) > 0 {
		fmt.Fprintf(w, " (first: %s <%s>)", contacts.Items[0].Name, contacts.Items[0].Email)
	}
	fmt.Fprintln(w)

	orders, err := c.Orders.List(ctx, &sitebuilder.OrderListOptions{ListOptions: sitebuilder.ListOptions{Limit: 2}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "orders: %d\n", orders.Total)
	for _, o := range orders.Items {
		// The API gives no currency with an order: totals are in the store's.
		fmt.Fprintf(w, "  order %d (invoice %d) %s, %s, total %s (store currency)\n", o.ID, o.InvoiceNo, o.Created.Format("2006-01-02"), o.Status, o.Total)
	}

	products, err := c.Products.List(ctx, nil)
	if err != nil {
		return err
	}
	cats, err := c.Products.ListCategories(ctx, nil)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(cats))
	for _, cat := range cats {
		names = append(names, cat.Name)
	}
	fmt.Fprintf(w, "products: %d; categories: %s\n", products.Total, strings.Join(names, ", "))

	hooks, err := c.Webhooks.List(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "webhooks: %d registered\n", len(hooks))
	return nil
}

// sitebuilderClient returns a client of the real site named by the
// environment, or of a fresh fake (closed by done).
func sitebuilderClient() (c *sitebuilder.Client, fake bool, done func(), err error) {
	v, real, err := credentials("SITEBUILDER_SITE", "SITEBUILDER_API_KEY")
	if err != nil {
		return nil, false, nil, err
	}
	if real {
		c, err := sitebuilder.NewClient(v[0], v[1], sitebuilder.WithUserAgent("ecomkit-quickstart/1.0"))
		return c, false, func() {}, err
	}
	srv := sitebuildertest.NewServer()
	return srv.Client(), true, srv.Close, nil
}
