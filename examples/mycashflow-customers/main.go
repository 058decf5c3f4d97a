// Command mycashflow-customers lists the customers who registered since a
// given time and adds them to a customer group (created when missing), e.g.
// to give new customers a welcome campaign restricted to that group.
//
// With no credentials in the environment it runs against an in-memory fake
// store (package mycashflowtest) with a few new customers. To use a real
// store set MYCASHFLOW_STORE (the STORE of STORE.mycashflow.fi),
// MYCASHFLOW_USER (the API user's e-mail) and MYCASHFLOW_API_KEY:
//
//	go run ./examples/mycashflow-customers -since 168h -group "New customers" -dry-run
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

func main() {
	since := flag.Duration("since", 30*24*time.Hour, "how far back a registration counts as new")
	group := flag.String("group", "New customers", "customer group to add the new customers to")
	dryRun := flag.Bool("dry-run", false, "only list what would be done")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, cleanup, err := client(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mycashflow-customers:", err)
		os.Exit(1)
	}
	defer cleanup()
	if err := run(ctx, os.Stdout, c, time.Now().Add(-*since), *group, *dryRun); err != nil {
		fmt.Fprintln(os.Stderr, "mycashflow-customers:", err)
		os.Exit(1)
	}
}

// client returns a client of the real store named by the environment, or
// of a fake store with three new customers.
func client(ctx context.Context) (*mycashflow.Client, func(), error) {
	store, user, key := os.Getenv("MYCASHFLOW_STORE"), os.Getenv("MYCASHFLOW_USER"), os.Getenv("MYCASHFLOW_API_KEY")
	if store != "" || user != "" || key != "" {
		c, err := mycashflow.NewClient(store, user, key)
		return c, func() {}, err
	}
	srv := mycashflowtest.NewServer()
	c := srv.Client()
	if err := seedFake(ctx, c); err != nil {
		srv.Close()
		return nil, nil, err
	}
	return c, srv.Close, nil
}

// seedFake registers a few customers in the fake store.
func seedFake(ctx context.Context, c *mycashflow.Client) error {
	for _, n := range []struct{ first, last, email string }{
		{"Aino", "Virtanen", "aino@example.fi"},
		{"Eero", "Korhonen", "eero@example.fi"},
		{"Helmi", "Nieminen", "helmi@example.fi"},
	} {
		_, err := c.Customers.Create(ctx, &mycashflow.CustomerCreate{FirstName: n.first, LastName: n.last, LoginAllowed: true,
			StreetAddress: "Mannerheimintie 1", PostalCode: "00100", City: "Helsinki", Country: "FI", Email: n.email})
		if err != nil {
			return err
		}
	}
	return nil
}

// run adds every customer registered since that time to the group named
// group, creating the group when the store has none of that name.
func run(ctx context.Context, w io.Writer, c *mycashflow.Client, since time.Time, group string, dryRun bool) error {
	g, err := findGroup(ctx, c, group)
	if err != nil {
		return err
	}
	switch {
	case g == nil && dryRun:
		fmt.Fprintf(w, "would create customer group %q\n", group)
	case g == nil:
		if g, err = c.CustomerGroups.Create(ctx, &mycashflow.CustomerGroupCreate{Name: group}); err != nil {
			return fmt.Errorf("creating group: %w", err)
		}
		fmt.Fprintf(w, "created customer group %q (id %d)\n", g.Name, g.ID)
	default:
		fmt.Fprintf(w, "customer group %q has id %d\n", g.Name, g.ID)
	}

	members := map[int64]bool{}
	if g != nil {
		for _, l := range g.CustomerLinks {
			members[l.CustomerID] = true
		}
	}
	added, already := 0, 0
	opts := &mycashflow.CustomerListOptions{CreatedFrom: since, ListOptions: mycashflow.ListOptions{Limit: 100}}
	for cu, err := range c.Customers.All(ctx, opts) {
		if err != nil {
			return fmt.Errorf("listing customers: %w", err)
		}
		if members[cu.ID] {
			already++
			continue
		}
		fmt.Fprintf(w, "new customer %d: %s %s <%s>, registered %s\n", cu.ID, cu.FirstName, cu.LastName, cu.Email, cu.CreatedAt.Format(time.DateOnly))
		if dryRun {
			continue
		}
		if _, err := c.CustomerGroups.AddCustomer(ctx, g.ID, cu.ID); err != nil {
			return fmt.Errorf("adding customer %d: %w", cu.ID, err)
		}
		added++
	}
	fmt.Fprintf(w, "added %d customers to %q (%d were members already)\n", added, group, already)
	return nil
}

// findGroup returns the group named name with its members, or nil.
func findGroup(ctx context.Context, c *mycashflow.Client, name string) (*mycashflow.CustomerGroup, error) {
	opts := &mycashflow.CustomerGroupListOptions{Expand: []mycashflow.CustomerGroupExpand{mycashflow.CustomerGroupCustomerLinks}}
	for g, err := range c.CustomerGroups.All(ctx, opts) {
		if err != nil {
			return nil, fmt.Errorf("listing customer groups: %w", err)
		}
		if g.Name == name {
			return &g, nil
		}
	}
	return nil, nil
}
