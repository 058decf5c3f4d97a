// Command mycashflow-customers lists the customers who registered since a
// given time and adds them to a customer group (created when missing), e.g.
// to give new customers a welcome campaign restricted to that group.
//
// With no credentials in the environment it runs against an in-memory fake
// store (package mycashflowtest) with a few new customers. To use a real
// store set MYCASHFLOW_STORE (the STORE of STORE.mycashflow.fi),
// MYCASHFLOW_USER (the API user's e-mail) and MYCASHFLOW_API_KEY (all
// three; a partial set is refused, naming what is missing):
//
//	go run ./examples/mycashflow-customers -since 168h -group "New customers" -dry-run
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// realMain runs the command with its arguments and environment and
// returns the exit status: 0 on success and for -h, 2 for bad flags, 1
// when the work fails.
func realMain(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("mycashflow-customers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	since := fs.Duration("since", 30*24*time.Hour, "how far back a registration counts as new (a positive duration, e.g. 168h)")
	group := fs.String("group", "New customers", "customer group to add the new customers to")
	dryRun := fs.Bool("dry-run", false, "only list what would be done; change nothing")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage: mycashflow-customers [flags]

Adds the customers who registered within -since to a customer group,
creating the group when it is missing. Without MYCASHFLOW_STORE,
MYCASHFLOW_USER and MYCASHFLOW_API_KEY it runs against an in-memory fake
store.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "mycashflow-customers: unexpected argument %q (see -h)\n", fs.Arg(0))
		return 2
	}
	if *since <= 0 {
		fmt.Fprintf(stderr, "mycashflow-customers: -since must be a positive duration such as 168h, got %s\n", *since)
		return 2
	}
	if strings.TrimSpace(*group) == "" {
		fmt.Fprintln(stderr, "mycashflow-customers: -group must not be empty")
		return 2
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, cleanup, err := client(ctx, getenv)
	if err != nil {
		fmt.Fprintln(stderr, "mycashflow-customers:", err)
		return 1
	}
	defer cleanup()
	if err := run(ctx, stdout, c, time.Now().Add(-*since), *group, *dryRun); err != nil {
		fmt.Fprintln(stderr, "mycashflow-customers:", err)
		return 1
	}
	return 0
}

// The environment variables naming a real store.
var envVars = [...]string{"MYCASHFLOW_STORE", "MYCASHFLOW_USER", "MYCASHFLOW_API_KEY"}

// client returns a client of the real store named by the environment, or
// of a fake store with three new customers when none of the variables is
// set. A partial set is an error naming the missing variables.
func client(ctx context.Context, getenv func(string) string) (*mycashflow.Client, func(), error) {
	var vals [len(envVars)]string
	var missing []string
	for i, name := range envVars {
		vals[i] = strings.TrimSpace(getenv(name))
		if vals[i] == "" {
			missing = append(missing, name)
		}
	}
	switch len(missing) {
	case 0:
		c, err := mycashflow.NewClient(vals[0], vals[1], vals[2])
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", envNameOf(err), err)
		}
		return c, func() {}, nil
	case len(envVars):
		srv := mycashflowtest.NewServer()
		c := srv.Client()
		if err := seedFake(ctx, c); err != nil {
			srv.Close()
			return nil, nil, err
		}
		return c, srv.Close, nil
	default:
		return nil, nil, fmt.Errorf("set %s too, or unset all of %s to use the fake store", strings.Join(missing, " and "), strings.Join(envVars[:], ", "))
	}
}

// envNameOf names the environment variable behind a NewClient error.
func envNameOf(err error) string {
	var fe *mycashflow.FieldError
	if errors.As(err, &fe) {
		switch fe.Field {
		case "store":
			return "MYCASHFLOW_STORE"
		case "apiUser":
			return "MYCASHFLOW_USER"
		case "apiKey":
			return "MYCASHFLOW_API_KEY"
		}
	}
	return "MYCASHFLOW_*"
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
	added, already := 0, 0 // with -dry-run, added counts those that would be
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
		if !dryRun {
			if _, err := c.CustomerGroups.AddCustomer(ctx, g.ID, cu.ID); err != nil {
				return fmt.Errorf("adding customer %d: %w", cu.ID, err)
			}
		}
		added++
	}
	verb := "added"
	if dryRun {
		verb = "would add"
	}
	fmt.Fprintf(w, "%s %s to %q (%s already)\n", verb, plural(added, "customer"), group, plural(already, "member"))
	return nil
}

// plural writes "1 customer", "2 customers".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
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
