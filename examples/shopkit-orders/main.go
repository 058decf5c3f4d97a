// Command shopkit-orders exports a Shopkit store's orders to CSV, one row
// per order line, with money as exact decimals (never floating point).
//
//	go run ./examples/shopkit-orders                     # the embedded fake store
//	SHOPKIT_API_KEY=... go run ./examples/shopkit-orders -from 2024-01-01 -status sent,delivered > orders.csv
//
// With SHOPKIT_API_KEY unset it runs against shopkittest, the in-memory fake
// preloaded with the API documentation's example order. With it set it
// reads the real store (read-only: GET /order only).
package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, os.Stderr, os.Args[1:], os.Getenv("SHOPKIT_API_KEY")); err != nil {
		if errors.Is(err, errUsage) {
			os.Exit(2) // the flag package has printed the problem and the usage
		}
		fmt.Fprintln(os.Stderr, "shopkit-orders:", err)
		os.Exit(1)
	}
}

// errUsage reports bad flags; the usage has been printed to stderr.
var errUsage = errors.New("bad usage")

// run parses args, picks the store (the fake when apiKey is empty) and
// writes the CSV to w. -h prints the usage to stderr and exports nothing.
func run(ctx context.Context, w, stderr io.Writer, args []string, apiKey string) error {
	fs := flag.NewFlagSet("shopkit-orders", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: shopkit-orders [flags] > orders.csv\n\n"+
			"Exports a Shopkit store's orders to CSV, one row per order line. With SHOPKIT_API_KEY\n"+
			"unset it reads the embedded fake store.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	from := fs.String("from", "", "only orders created on or after this day (YYYY-MM-DD)")
	status := fs.String("status", "", "comma-separated status aliases (pending, sent, delivered, ...)")
	paidOnly := fs.Bool("paid", false, "only paid orders")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}

	opts := &shopkit.OrderListOptions{ListOptions: shopkit.ListOptions{Limit: 50}}
	if *from != "" {
		day, err := time.Parse(time.DateOnly, *from)
		if err != nil {
			return fmt.Errorf("-from: %q is not a YYYY-MM-DD date", *from)
		}
		opts.CreatedFrom = day
	}
	if *status != "" {
		for _, a := range strings.Split(*status, ",") {
			opts.StatusAlias = append(opts.StatusAlias, shopkit.OrderStatus(strings.TrimSpace(a)))
		}
	}
	if *paidOnly {
		opts.Paid = shopkit.Ptr(true)
	}

	c, done, err := client(apiKey)
	if err != nil {
		return err
	}
	defer done()
	return export(ctx, w, c.Orders, opts)
}

// client returns a client for the real store, or for a fake started here
// (done stops it).
func client(apiKey string) (*shopkit.Client, func(), error) {
	if apiKey != "" {
		c, err := shopkit.NewClient(apiKey, shopkit.WithUserAgent("ecomkit-shopkit-orders/1.0"))
		return c, func() {}, err
	}
	srv := shopkittest.NewServer()
	return srv.Client(), srv.Close, nil
}

var header = []string{"order_id", "created_at", "status", "paid", "currency", "client_email",
	"product_id", "title", "option", "reference", "quantity", "unit_price", "discount", "line_subtotal", "order_total"}

// export writes one CSV row per order line of every order matching opts,
// following every page.
func export(ctx context.Context, w io.Writer, orders shopkit.OrdersAPI, opts *shopkit.OrderListOptions) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for o, err := range orders.All(ctx, opts) {
		if err != nil {
			return fmt.Errorf("listing orders: %w", err)
		}
		for _, l := range o.Products {
			option := ""
			if l.Option != nil {
				option = *l.Option
			}
			row := []string{
				strconv.FormatInt(o.ID, 10), o.CreatedAt.Format(time.RFC3339), string(o.StatusAlias),
				strconv.FormatBool(o.Paid), o.Currency, o.Client.Email,
				strconv.FormatInt(l.ID, 10), l.Title, option, l.Reference, strconv.FormatInt(l.Quantity.Int64(), 10),
				l.Price.String(), l.Discount.String(), l.Subtotal.String(), o.Total.String(),
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return errors.Join(errors.New("writing CSV"), err)
	}
	return nil
}
