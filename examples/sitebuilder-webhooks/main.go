// Command sitebuilder-webhooks receives website builder webhook deliveries
// and prints them, and registers its receiver with the website.
//
// With no variables set it runs against the in-memory fake
// (sitebuildertest): it starts the receiver on 127.0.0.1, registers it for
// order_updated and contact_updated, changes an order and a contact
// through the API, prints the deliveries that result and exits.
//
//	go run ./examples/sitebuilder-webhooks
//
// Against a real website set SITEBUILDER_SITE (its domain),
// SITEBUILDER_API_KEY and SITEBUILDER_WEBHOOK_URL, the public URL that
// reaches this program (e.g. through a tunnel), and optionally
// SITEBUILDER_LISTEN (default ":8080"). It registers one webhook per event
// (deliveries do not name their event, so each event gets a target of its
// own), skipping those already registered, then prints deliveries until
// interrupted. The API cannot delete webhooks: remove them in the
// website's settings when done. Deliveries carry no signature this program
// could check (none is published), so give SITEBUILDER_WEBHOOK_URL a path
// nobody can guess. Setting only some of the variables is an error naming
// the missing ones.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

func main() {
	if err := parseArgs(os.Args[1:], os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		os.Exit(2) // the usage and the problem are printed
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "sitebuilder-webhooks:", err)
		os.Exit(1)
	}
}

// parseArgs accepts no flags or arguments (the program is configured by
// its variables), but answers -h with the usage instead of starting a
// receiver, and refuses anything else rather than ignore it.
func parseArgs(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("sitebuilder-webhooks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitebuilder-webhooks\n\n"+
			"Receives website builder webhook deliveries and prints them. With none of\n"+
			"SITEBUILDER_SITE, SITEBUILDER_API_KEY and SITEBUILDER_WEBHOOK_URL set it runs\n"+
			"against an in-memory fake website and exits; with all three it registers\n"+
			"its receiver (listening on SITEBUILDER_LISTEN, default :8080) and prints\n"+
			"deliveries until interrupted. It takes no flags.\n")
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// run is the program: against the fake unless the variables name a site.
func run(ctx context.Context, w io.Writer, getenv func(string) string) error {
	site, key, public := getenv("SITEBUILDER_SITE"), getenv("SITEBUILDER_API_KEY"), getenv("SITEBUILDER_WEBHOOK_URL")
	if site == "" && key == "" && public == "" {
		return runFake(ctx, w)
	}
	// Some set but not all: name what is missing rather than fall back to
	// the fake, which would hide the mistake.
	var missing []string
	for name, v := range map[string]string{"SITEBUILDER_SITE": site, "SITEBUILDER_API_KEY": key, "SITEBUILDER_WEBHOOK_URL": public} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("set %s too (SITEBUILDER_SITE, SITEBUILDER_API_KEY and SITEBUILDER_WEBHOOK_URL go together; none runs against the fake)", strings.Join(missing, " and "))
	}
	c, err := sitebuilder.NewClient(site, key, sitebuilder.WithUserAgent("ecomkit-sitebuilder-webhooks/1.0"))
	if err != nil {
		return err
	}
	listen := getenv("SITEBUILDER_LISTEN")
	if listen == "" {
		listen = ":8080"
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	p := &printer{w: w}
	srv := &http.Server{Handler: sitebuilder.WebhookHandler(p.print), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	if err := register(ctx, w, c, public, sitebuilder.EventTypes()); err != nil {
		return err
	}
	fmt.Fprintf(w, "listening on %s; waiting for deliveries (Ctrl-C to stop)\n", ln.Addr())
	<-ctx.Done()
	return nil
}

// runFake shows a whole round trip against the in-memory fake.
func runFake(ctx context.Context, w io.Writer) error {
	fake := sitebuildertest.NewServer()
	defer fake.Close()
	c := fake.Client()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	p := &printer{w: w}
	srv := &http.Server{Handler: sitebuilder.WebhookHandler(p.print), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	receiver := "http://" + ln.Addr().String() + "/webhooks"
	fmt.Fprintf(w, "receiver listening on %s\n", receiver)

	if err := register(ctx, w, c, receiver, []sitebuilder.EventType{sitebuilder.EventOrderUpdated, sitebuilder.EventContactUpdated}); err != nil {
		return err
	}
	// The fake delivers before it answers, so the deliveries are printed
	// by the time these calls return.
	if _, err := c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{
		Status:      sitebuilder.Ptr(sitebuilder.OrderStatusShipped),
		Fulfillment: &sitebuilder.Fulfillment{Courier: "UPS", TrackingNo: "1Z999AA10123456784"},
	}); err != nil {
		return err
	}
	if _, err := c.Contacts.Create(ctx, &sitebuilder.ContactCreate{Name: "Ann Lee", Email: "ann@example.org"}); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d deliveries received\n", p.count())
	return nil
}

// register creates one webhook per event, each with its own target, unless
// a webhook with that target exists already.
func register(ctx context.Context, w io.Writer, c *sitebuilder.Client, receiver string, events []sitebuilder.EventType) error {
	existing, err := c.Webhooks.List(ctx)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, h := range existing {
		have[h.Target] = true
	}
	for _, ev := range events {
		target, err := sitebuilder.WebhookTarget(receiver, ev)
		if err != nil {
			return err
		}
		if have[target] {
			fmt.Fprintf(w, "already registered: %s\n", ev)
			continue
		}
		h, err := c.Webhooks.Create(ctx, &sitebuilder.WebhookCreate{Target: target, Events: []sitebuilder.EventType{ev}})
		if err != nil {
			return fmt.Errorf("registering %s: %w", ev, err)
		}
		fmt.Fprintf(w, "registered webhook %s for %s\n", h.ID, ev)
	}
	return nil
}

// printer prints each delivery on one line.
type printer struct {
	mu sync.Mutex
	w  io.Writer
	n  int
}

func (p *printer) print(_ context.Context, e *sitebuilder.Event) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	fmt.Fprintf(p.w, "delivery: %s: %s\n", e.Type, describe(e))
	return nil
}

func (p *printer) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

func describe(e *sitebuilder.Event) string {
	switch {
	case e.Order != nil:
		o := e.Order
		return fmt.Sprintf("order %d (invoice %d) by %s, %s, total %s", o.ID, o.InvoiceNo, o.CustomerName, o.Status, o.Total)
	case e.Product != nil:
		return fmt.Sprintf("product %d %q (%s)", e.Product.ID, e.Product.Title, e.Product.Type)
	case e.Contact != nil:
		return fmt.Sprintf("contact %d %s <%s>", e.Contact.ID, e.Contact.Name, e.Contact.Email)
	case e.Booking != nil:
		b := e.Booking
		return fmt.Sprintf("booking %d for %s at %s", b.ID, b.Name, b.Start.Format(time.RFC3339))
	case e.Form != nil:
		vals := make([]string, 0, len(e.Form.FormValues))
		for _, v := range e.Form.FormValues {
			vals = append(vals, v.Field+"="+v.Value)
		}
		return fmt.Sprintf("form %q: %s", e.Form.FormName, strings.Join(vals, ", "))
	}
	return string(e.Body)
}
