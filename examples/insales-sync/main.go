// Command insales-sync copies a shop's products and orders incrementally to
// local JSON Lines files, one object per line, and can be stopped at any
// moment (Ctrl-C, a crash, a lost connection) and run again: it resumes
// where it stopped, losing and repeating nothing.
//
//	go run ./examples/insales-sync                          # the in-memory fake, edited while it runs
//	INSALES_SHOP=myshop INSALES_API_KEY=... INSALES_PASSWORD=... go run ./examples/insales-sync -dir ./backup
//
// Each resource has <dir>/<resource>.jsonl and an entry in
// <dir>/checkpoint.json: the updated_at and id of the last object written
// and the file's length at that point. A run first cuts the file back to
// that length (dropping lines a crash left without a checkpoint), then
// reads the change feed (updated_since + from_id, ordered by updated_at then
// id) from the checkpoint on. An object edited during the run comes again
// later in the feed with its new updated_at and is written again as a new
// line, so the last line of an id is its newest state; an interrupted run
// repeats no line, since the file is cut back to its checkpoint.
//
// Progress goes to stderr every second: records, records per second and
// the API-Usage-Limit headroom of the last answer; a summary ends the run.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cfg := config{shop: os.Getenv("INSALES_SHOP"), apiKey: os.Getenv("INSALES_API_KEY"), password: os.Getenv("INSALES_PASSWORD"), now: time.Now}
	if err := run(ctx, os.Stderr, os.Args[1:], cfg); err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(os.Stderr, "insales-sync: interrupted; run again to resume from the checkpoint")
			os.Exit(130)
		}
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "insales-sync:", err)
		}
		os.Exit(1)
	}
}

// config is what run takes besides flags: credentials (empty: the fake),
// the clock, and test hooks.
type config struct {
	shop, apiKey, password string
	now                    func() time.Time
	// crashAfter makes the run fail after writing that many records and
	// before checkpointing them, as a crash would (0: never).
	crashAfter int
	// server, when set, is the fake to sync from (a test's own).
	server *insalestest.Server
}

var errCrash = errors.New("simulated crash")

// usage remembers the API-Usage-Limit header of the last answer.
type usage struct {
	base http.RoundTripper
	last atomic.Value // string
	n    atomic.Int64
}

func (u *usage) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := u.base.RoundTrip(r)
	u.n.Add(1)
	if resp != nil {
		if h := resp.Header.Get(insales.UsageLimitHeader); h != "" {
			u.last.Store(h)
		}
	}
	return resp, err
}

func (u *usage) headroom() string {
	h, _ := u.last.Load().(string)
	var used, limit int
	if _, err := fmt.Sscanf(h, "%d/%d", &used, &limit); err != nil {
		return "API-Usage-Limit unknown"
	}
	return fmt.Sprintf("API-Usage-Limit %s (%d left)", h, limit-used)
}

func run(ctx context.Context, stderr io.Writer, args []string, cfg config) error {
	fs := flag.NewFlagSet("insales-sync", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "insales-sync-data", "directory of the .jsonl files and checkpoint.json")
	only := fs.String("resources", "products,orders", "comma-separated: products, orders")
	perPage := fs.Int("per-page", insales.MaxPerPage, "page size (10..250)")
	fakeN := fs.Int("fake-records", 1000, "fake: products and orders to generate (each)")
	fakeEdits := fs.Int("fake-edits", 50, "fake: records edited while the sync runs")
	fakeWindow := fs.Duration("fake-window", insales.DefaultRatePeriod, "fake: the quota window of 500 calls (the real one is 5m)")
	settle := fs.Duration("settle", time.Minute, "leave objects changed this recently to the next run (allows for clock skew; 0 against the fake)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	settleSet := false
	fs.Visit(func(f *flag.Flag) { settleSet = settleSet || f.Name == "settle" })
	if cfg.now == nil {
		cfg.now = time.Now
	}
	meter := &usage{base: http.DefaultTransport}
	hc := &http.Client{Transport: meter}
	quota, err := insales.NewQuotaLimiter(insales.DefaultRateLimit, insales.DefaultRatePeriod)
	if err != nil {
		return err
	}
	var c *insales.Client
	var editor func(ctx context.Context)
	if cfg.shop == "" && cfg.server == nil {
		if cfg.apiKey != "" || cfg.password != "" {
			return errors.New("INSALES_SHOP is required with INSALES_API_KEY/INSALES_PASSWORD")
		}
		srv := insalestest.NewServer(insalestest.WithQuota(insales.DefaultRateLimit, *fakeWindow), insalestest.WithClock(cfg.now))
		defer srv.Close()
		if err := fill(srv, *fakeN, cfg.now()); err != nil {
			return err
		}
		cfg.server = srv
		fmt.Fprintf(stderr, "syncing the in-memory fake shop (%d products, %d orders, %d edits during the run)\n", *fakeN, *fakeN, *fakeEdits)
	}
	if cfg.server != nil {
		if quota, err = insales.NewQuotaLimiter(insales.DefaultRateLimit, *fakeWindow); err != nil {
			return err
		}
		c = cfg.server.Client(insales.WithHTTPClient(hc), insales.WithRateLimiter(quota))
		editor = editFake(cfg.server, *fakeEdits, *fakeN)
		if !settleSet {
			*settle = 0 // the fake shares our clock
		}
	} else {
		if c, err = insales.NewClient(cfg.shop, cfg.apiKey, cfg.password, insales.WithHTTPClient(hc)); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	cps, err := loadCheckpoints(filepath.Join(*dir, "checkpoint.json"))
	if err != nil {
		return err
	}
	if editor != nil {
		ectx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { defer wg.Done(); editor(ectx) }()
		defer wg.Wait()
		defer cancel()
	}
	start := cfg.now()
	// The cutoff: updated_at has whole seconds, so objects of the current
	// second may still gain siblings with lower ids that from_id would then
	// skip. Only objects changed before the cutoff are taken; an edit made
	// during the run gets a later updated_at and is read by the next run.
	cutoff := start.Add(-*settle).Truncate(time.Second)
	total := 0
	for _, res := range strings.Split(*only, ",") {
		res = strings.TrimSpace(res)
		s := &syncer{dir: *dir, res: res, cps: cps, now: cfg.now, out: stderr, meter: meter, crashAfter: cfg.crashAfter, cutoff: cutoff}
		var n int
		switch res {
		case "products":
			n, err = syncFeed(ctx, s, c.Products.Changes(ctx, s.from(), &insales.ProductListOptions{Limit: *perPage}))
		case "orders":
			n, err = syncFeed(ctx, s, c.Orders.Changes(ctx, s.from(), &insales.OrderListOptions{Limit: *perPage}))
		default:
			return fmt.Errorf("-resources: unknown %q (products, orders)", res)
		}
		total += n
		if err != nil {
			return err
		}
	}
	el := cfg.now().Sub(start)
	fmt.Fprintf(stderr, "done: %d records in %s (%.0f records/s), %d calls, %s\n", total, el.Round(time.Millisecond), rate(total, el), meter.n.Load(), meter.headroom())
	if cfg.server != nil {
		n, waited := quota.Waits()
		fmt.Fprintf(stderr, "quota: %d calls refused by the server, peak %d calls in a window, %d waits (%s) for the window\n",
			cfg.server.Refused(), cfg.server.PeakUsage(), n, waited.Round(time.Millisecond))
	}
	return nil
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// entry is one resource's checkpoint: the feed position and the file length.
type entry struct {
	Time   time.Time `json:"updated_at"`
	ID     int64     `json:"id"`
	Offset int64     `json:"offset"`
}

type checkpoints struct {
	path string
	mu   sync.Mutex
	m    map[string]entry
}

func loadCheckpoints(path string) (*checkpoints, error) {
	c := &checkpoints{path: path, m: map[string]entry{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &c.m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// save writes every checkpoint atomically (temporary file, fsync, rename).
func (c *checkpoints) save(res string, e entry) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[res] = e
	b, err := json.MarshalIndent(c.m, "", "  ")
	if err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, c.path)
}

type syncer struct {
	dir, res   string
	cps        *checkpoints
	now        func() time.Time
	out        io.Writer
	meter      *usage
	crashAfter int
	cutoff     time.Time
}

func (s *syncer) from() insales.Checkpoint {
	s.cps.mu.Lock()
	defer s.cps.mu.Unlock()
	e := s.cps.m[s.res]
	return insales.Checkpoint{Time: e.Time, ID: e.ID}
}

// record is what a synced model gives the syncer.
type record interface{ Checkpoint() insales.Checkpoint }

// syncFeed appends every object of feed to <res>.jsonl, checkpointing
// after each batch: lines are flushed and fsynced before the checkpoint
// that covers them is written.
func syncFeed[T record](ctx context.Context, s *syncer, feed func(func(T, error) bool)) (int, error) {
	path := filepath.Join(s.dir, s.res+".jsonl")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	s.cps.mu.Lock()
	cp := s.cps.m[s.res]
	s.cps.mu.Unlock()
	// Cut what a crash left after the last checkpoint: those records come
	// again from the feed.
	if err := f.Truncate(cp.Offset); err != nil {
		return 0, err
	}
	if _, err := f.Seek(cp.Offset, io.SeekStart); err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	offset, n, pending := cp.Offset, 0, 0
	start, lastReport := s.now(), s.now()
	commit := func() error {
		if pending == 0 {
			return nil
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if err := f.Sync(); err != nil {
			return err
		}
		pending = 0
		return s.cps.save(s.res, cp)
	}
	for item, err := range feed {
		if err != nil {
			if cerr := commit(); cerr != nil {
				return n, errors.Join(err, cerr)
			}
			return n, err
		}
		k := item.Checkpoint()
		if !k.Time.Before(s.cutoff) {
			fmt.Fprintf(s.out, "%s: stopping at the cutoff %s; later changes are left for the next run\n", s.res, s.cutoff.Format(time.RFC3339))
			break
		}
		line, err := json.Marshal(item)
		if err != nil {
			return n, err
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return n, err
		}
		offset += int64(len(line))
		n++
		pending++
		cp = entry{Time: k.Time, ID: k.ID, Offset: offset}
		if s.crashAfter > 0 && n == s.crashAfter {
			_ = w.Flush() // the lines reach the file, the checkpoint does not
			return n, errCrash
		}
		if pending >= insales.MaxPerPage {
			if err := commit(); err != nil {
				return n, err
			}
		}
		if now := s.now(); now.Sub(lastReport) >= time.Second {
			lastReport = now
			fmt.Fprintf(s.out, "%s: %d records, %.0f records/s, %s\n", s.res, n, rate(n, now.Sub(start)), s.meter.headroom())
		}
		if ctx.Err() != nil {
			break
		}
	}
	if err := commit(); err != nil {
		return n, err
	}
	el := s.now().Sub(start)
	fmt.Fprintf(s.out, "%s: %d records in %s (%.0f records/s), %s\n", s.res, n, el.Round(time.Millisecond), rate(n, el), s.meter.headroom())
	return n, ctx.Err()
}

// fill loads n generated products and orders into the fake.
func fill(srv *insalestest.Server, n int, now time.Time) error {
	if n <= 0 {
		return nil
	}
	products := make([]map[string]any, n)
	orders := make([]map[string]any, n)
	for i := range n {
		at := now.Add(-time.Duration(n-i) * time.Minute).Format(time.RFC3339)
		id := 1000 + i
		products[i] = map[string]any{"id": id, "title": fmt.Sprintf("Product %d", id), "created_at": at, "updated_at": at,
			"category_id": 1, "archived": false, "available": true,
			"variants": []any{map[string]any{"id": 100000 + i, "price": fmt.Sprintf("%d.50", 100+i%900), "quantity": "5", "sku": fmt.Sprint("SKU-", id)}}}
		orders[i] = map[string]any{"id": id, "number": 10000 + i, "created_at": at, "updated_at": at, "fulfillment_status": "new",
			"financial_status": "pending", "total_price": fmt.Sprintf("%d.90", 500+i%1000), "items_price": fmt.Sprintf("%d.90", 400+i%1000),
			"delivery_price": "100.0", "currency_code": "RUR", "order_lines": []any{}, "discounts": []any{}}
	}
	for res, objs := range map[string]any{"products": products, "orders": orders} {
		b, err := json.Marshal(objs)
		if err != nil {
			return err
		}
		if err := srv.Load(res, b); err != nil {
			return err
		}
	}
	return nil
}

// editFake edits up to n random records of the fake while the sync runs,
// as a shop's staff would: each edit moves the record to the feed's end.
func editFake(srv *insalestest.Server, n, records int) func(ctx context.Context) {
	return func(ctx context.Context) {
		if records <= 0 {
			return
		}
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for i := 0; i < n; i++ {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			res := []string{"products", "orders"}[i%2]
			srv.Touch(res, int64(1000+rand.IntN(records)))
		}
	}
}
