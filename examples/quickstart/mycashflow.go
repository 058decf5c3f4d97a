package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

func init() { register("MyCashflow", runMyCashflow) }

// runMyCashflow reads a few things from a MyCashflow store: the fake one,
// or the real one named by MYCASHFLOW_STORE, MYCASHFLOW_USER and
// MYCASHFLOW_API_KEY (read-only calls).
func runMyCashflow(ctx context.Context, w io.Writer) error {
	c, done, err := mycashflowClient()
	if err != nil {
		return err
	}
	defer done()

	customers, err := c.Customers.List(ctx, &mycashflow.CustomerListOptions{ListOptions: mycashflow.ListOptions{Limit: 1}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "store %s: %d customers\n", c.BaseURL(), customers.Total)
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
	fmt.Fprintf(w, "%d customer groups\n", groups)
	cats, err := c.Categories.List(ctx, &mycashflow.CategoryListOptions{Expand: []mycashflow.CategoryExpand{mycashflow.CategoryTranslations}})
	if err != nil {
		return err
	}
	for _, cat := range cats.Items[:min(1, len(cats.Items))] {
		fmt.Fprintf(w, "category #%d %q in %d languages\n", cat.ID, cat.Name, len(cat.Translations))
	}
	return nil
}

// mycashflowClient returns a real client when the environment names a
// store, else one of a fake store and the function that stops it.
func mycashflowClient() (*mycashflow.Client, func(), error) {
	store, user, key := os.Getenv("MYCASHFLOW_STORE"), os.Getenv("MYCASHFLOW_USER"), os.Getenv("MYCASHFLOW_API_KEY")
	if store != "" || user != "" || key != "" {
		c, err := mycashflow.NewClient(store, user, key)
		return c, func() {}, err
	}
	srv := mycashflowtest.NewServer()
	return srv.Client(), srv.Close, nil
}
