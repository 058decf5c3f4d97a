package main

import (
	"context"
	"fmt"
	"io"

	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

func init() { register("MyCashflow", runMyCashflow) }

// runMyCashflow reads a few things from a MyCashflow store: the fake one,
// or the real one named by MYCASHFLOW_STORE, MYCASHFLOW_USER and
// MYCASHFLOW_API_KEY (read-only calls).
func runMyCashflow(ctx context.Context, w io.Writer) error {
	c, fake, done, err := mycashflowClient()
	if err != nil {
		return err
	}
	defer done()

	customers, err := c.Customers.List(ctx, &mycashflow.CustomerListOptions{ListOptions: mycashflow.ListOptions{Limit: 1}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "store %s: %s\n", where(fake, c.BaseURL()), plural(customers.Total, "customer", "customers"))
	for _, cu := range customers.Items {
		fmt.Fprintf(w, "first customer: #%d %s %s (%s), since %s\n", cu.ID, cu.FirstName, cu.LastName, cu.City, cu.CreatedAt.Format("2006-01-02"))
	}
	groups := 0
	for g, err := range c.CustomerGroups.All(ctx, nil) {
		if err != nil {
			return err
		}
		if groups < 3 {
			fmt.Fprintf(w, "customer group #%d: %s\n", g.ID, g.Name)
		}
		groups++
	}
	fmt.Fprintln(w, plural(groups, "customer group", "customer groups"))
	cats, err := c.Categories.List(ctx, &mycashflow.CategoryListOptions{Expand: []mycashflow.CategoryExpand{mycashflow.CategoryTranslations}})
	if err != nil {
		return err
	}
	for _, cat := range cats.Items[:min(1, len(cats.Items))] {
		fmt.Fprintf(w, "category #%d %q in %s\n", cat.ID, cat.Name, plural(len(cat.Translations), "language", "languages"))
	}
	return nil
}

// mycashflowClient returns a real client when the environment names a
// store, else one of a fake store and the function that stops it.
func mycashflowClient() (c *mycashflow.Client, fake bool, done func(), err error) {
	v, real, err := credentials("MYCASHFLOW_STORE", "MYCASHFLOW_USER", "MYCASHFLOW_API_KEY")
	if err != nil {
		return nil, false, nil, err
	}
	if real {
		c, err := mycashflow.NewClient(v[0], v[1], v[2])
		return c, false, func() {}, err
	}
	srv := mycashflowtest.NewServer()
	return srv.Client(), true, srv.Close, nil
}
