// Command multi-shop-orders lists the orders of shops on several platforms
// through one interface, commerce.Store: it writes them all to one CSV and
// prints the order count and total per platform and currency. Amounts are
// exact decimals, summed without floating point and never converted between
// currencies.
//
//	go run ./examples/multi-shop-orders                  # every platform's embedded fake
//	go run ./examples/multi-shop-orders -o orders.csv    # the CSV to a file
//
// A platform whose variables are set is read from the real shop instead of
// its fake, read-only (the same variables as the quickstart):
//
//	INSALES_SHOP, INSALES_API_KEY, INSALES_PASSWORD
//	SHOPKIT_API_KEY
//	MYCASHFLOW_STORE, MYCASHFLOW_USER, MYCASHFLOW_API_KEY
//	SITEBUILDER_SITE, SITEBUILDER_API_KEY
//	STOREFRONT_BASE_URL, STOREFRONT_AUTH_KEY (a signed-in customer's orders)
//
// A platform whose API has no orders (MyCashflow) is listed as such, and a
// platform that fails (a wrong key, a shop that is down) is reported while
// the others go on; the exit status is 1 when any failed.
package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv); err != nil {
		if errors.Is(err, errUsage) {
			os.Exit(2) // the flag package has printed the problem and the usage
		}
		fmt.Fprintln(os.Stderr, "multi-shop-orders:", err)
		os.Exit(1)
	}
}

// errUsage reports bad flags; the usage has been printed.
var errUsage = errors.New("bad usage")

// header is the CSV's first row: one row per order follows.
var header = []string{
	"platform", "id", "number", "created_at", "updated_at", "status", "platform_status",
	"payment_status", "platform_payment_status", "currency", "subtotal", "shipping", "discount",
	"tax", "total", "lines", "customer_id", "customer_email", "customer_name",
}

// run writes the CSV to -o (stdout by default) and the totals to stdout, or
// to stderr when the CSV goes to stdout, so `> orders.csv` keeps a clean file.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("multi-shop-orders", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: multi-shop-orders [-o orders.csv]\n\n"+
			"Lists every platform's orders through commerce.Store into one CSV and prints totals\n"+
			"per platform and currency. Platforms without credentials in the environment are read\n"+
			"from their embedded fakes.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	out := fs.String("o", "-", "write the CSV to this file (- for standard output)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}

	csvOut, report := stdout, stdout
	if *out == "-" {
		report = stderr
	} else {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		csvOut = f
	}
	cw := csv.NewWriter(csvOut)
	if err := cw.Write(header); err != nil {
		return err
	}

	totals := newTotals()
	var failed []string
	for _, open := range shops {
		name, err := export(ctx, open, getenv, cw, totals, report)
		if err != nil {
			fmt.Fprintf(report, "%s: %v\n", name, err)
			failed = append(failed, name)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	totals.print(report)
	if len(failed) > 0 {
		return fmt.Errorf("%s failed (see above)", strings.Join(failed, ", "))
	}
	return nil
}

// export writes one shop's orders. The loop is the same for every
// platform: that is the point of commerce.Store.
func export(ctx context.Context, open opener, getenv func(string) string, cw *csv.Writer, totals *totals, report io.Writer) (string, error) {
	s, err := open(ctx, getenv)
	if err != nil {
		return s.name, err
	}
	defer s.close()
	n := 0
	for o, err := range s.store.Orders().All(ctx) {
		if unsupported := (*commerce.UnsupportedError)(nil); errors.As(err, &unsupported) {
			fmt.Fprintf(report, "%s (%s): no orders: %s\n", s.name, s.where, unsupported.Reason)
			return s.name, nil
		}
		if err != nil {
			totals.incomplete[s.store.Platform()] = true
			return s.name, err
		}
		if err := cw.Write(row(&o)); err != nil {
			return s.name, err
		}
		totals.add(&o)
		n++
	}
	fmt.Fprintf(report, "%s (%s): %s\n", s.name, s.where, plural(n, "order", "orders"))
	return s.name, nil
}

// row is one order as CSV fields; an amount the platform does not send is
// an empty cell, never 0. Text from the shops goes through cell.
func row(o *commerce.Order) []string {
	var custID, email, name string
	if c := o.Customer; c != nil {
		if c.ID != 0 {
			custID = strconv.FormatInt(c.ID, 10)
		}
		email, name = c.Email, c.Name
	}
	return []string{
		string(o.Platform), strconv.FormatInt(o.ID, 10), cell(o.Number), stamp(o.CreatedAt), stamp(o.UpdatedAt),
		string(o.Status), cell(o.PlatformStatus), string(o.PaymentStatus), cell(o.PlatformPaymentStatus), cell(o.Currency),
		amount(o.Subtotal), amount(o.ShippingTotal), amount(o.DiscountTotal), amount(o.TaxTotal), amount(o.Total),
		strconv.Itoa(len(o.Lines)), custID, cell(email), cell(name),
	}
}

// cell keeps a spreadsheet from reading a shop's text as a formula: text
// starting with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe (OWASP's advice for CSV export). Amounts and ids are the
// SDK's own and are written as they are.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func amount(d *ecomkit.Decimal) string {
	if d == nil {
		return ""
	}
	return d.String()
}

// stamp writes a time in RFC 3339, or what the platform sent when it was
// not a readable time.
func stamp(t ecomkit.Time) string {
	if !t.Valid() {
		return t.Raw()
	}
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// totals sums order totals per platform and currency.
type totals struct {
	keys []totalKey
	sums map[totalKey]*total
	// incomplete marks the platforms whose listing failed part way: their
	// sums are of the orders read before the failure only.
	incomplete map[commerce.Platform]bool
}

type totalKey struct {
	platform commerce.Platform
	currency string
}

type total struct {
	orders    int
	sum       ecomkit.Decimal
	noTotal   int // orders whose platform sent no total
	sawAmount bool
}

func newTotals() *totals {
	return &totals{sums: map[totalKey]*total{}, incomplete: map[commerce.Platform]bool{}}
}

func (t *totals) add(o *commerce.Order) {
	k := totalKey{o.Platform, o.Currency}
	s := t.sums[k]
	if s == nil {
		s = &total{}
		t.sums[k] = s
		t.keys = append(t.keys, k)
	}
	s.orders++
	if o.Total == nil {
		s.noTotal++
		return
	}
	s.sum, s.sawAmount = s.sum.Add(*o.Total), true
}

func (t *totals) print(w io.Writer) {
	slices.SortFunc(t.keys, func(a, b totalKey) int {
		if c := strings.Compare(string(a.platform), string(b.platform)); c != 0 {
			return c
		}
		return strings.Compare(a.currency, b.currency)
	})
	fmt.Fprintln(w, "totals per platform and currency:")
	for _, k := range t.keys {
		s := t.sums[k]
		cur := k.currency
		if cur == "" {
			cur = "(currency not sent)"
		}
		line := fmt.Sprintf("  %-12s %-20s %s", k.platform, cur, plural(s.orders, "order", "orders"))
		if s.sawAmount {
			line += ", total " + s.sum.String()
		}
		if s.noTotal > 0 {
			line += fmt.Sprintf(" (%d without a total)", s.noTotal)
		}
		if t.incomplete[k.platform] {
			line += " (incomplete: the listing failed, see above)"
		}
		fmt.Fprintln(w, line)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
