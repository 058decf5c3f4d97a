// Package insalestest is an in-memory fake of the InSales admin API for
// tests, examples and demos, in the manner of net/http/httptest:
//
//	srv := insalestest.NewServer()
//	defer srv.Close()
//	c := srv.Client()
//	p, err := c.Products.Get(ctx, 1)
//
// It answers the endpoints of package insales as the API behaves: HTTP
// Basic checked, "API-Usage-Limit: used/limit" on every answer and the quota
// enforced (500 calls per 5-minute window from the window's first call; past
// it 503 with Retry-After), bare arrays paged with page and per_page (values
// below 10 raised to 10), updated_since and from_id exactly as the vendor's
// sync guide describes, 422 errors in the API's shapes, an HTML page for
// 404, and a product DELETE that archives. It starts with the API
// documentation's example objects. The quota's window and the clock are
// options, so tests of pacing need no sleeps.
package insalestest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// The credentials the fake accepts; Client uses them.
const (
	APIKey   = "insalestest-app"
	Password = "insalestest-password"
	// Shop is the shop name Client passes to NewClient.
	Shop = "insalestest"
)

// Faults describes failures to inject (latency, 429s, 5xx bursts, dropped
// connections, truncated bodies); see SetFaults.
type Faults = ecomkittest.Faults

// Request is one request as the fake received it.
type Request = ecomkittest.Request

type object = fakeapi.Object

//go:embed seed.json
var seedJSON []byte

// Option configures NewServer.
type Option func(*Server)

// WithQuota sets the quota: limit calls per window (default 500 per 5
// minutes, the real one), the window starting at its first call.
func WithQuota(limit int, window time.Duration) Option {
	return func(s *Server) {
		if limit > 0 && window > 0 {
			s.limit, s.window = limit, window
		}
	}
}

// WithoutQuota turns the quota off; API-Usage-Limit is still reported.
func WithoutQuota() Option { return func(s *Server) { s.limit = 0 } }

// WithClock makes the fake read time from now: quota windows and the
// updated_at/created_at of objects written through the API.
func WithClock(now func() time.Time) Option {
	return func(s *Server) {
		if now != nil {
			s.now = now
		}
	}
}

// WithFaults injects faults from the first request on.
func WithFaults(f Faults) Option { return func(s *Server) { s.faults = f } }

// Server is a running fake of one shop's admin API. Close it when done.
type Server struct {
	*fakeapi.Server
	startEmpty bool
	// URL is the server's root, "http://127.0.0.1:port".
	URL   string
	front *httptest.Server

	now    func() time.Time
	limit  int
	window time.Duration
	faults Faults

	qmu         sync.Mutex
	windowStart time.Time
	used        int
	refused     int
	maxUsed     int

	res   map[string]*resource
	times sync.Map // timestamp text -> time.Time
	// version counts writes; list indexes built at another version are stale.
	version atomic.Int64
	hooks   deliveries // webhook deliveries (webhooks.go)
}

// Empty starts the fake with no data instead of the API documentation's
// examples (Server.Empty does the same later).
func Empty() Option { return func(s *Server) { s.startEmpty = true } }

// NewServer starts a fake preloaded with the API documentation's examples.
func NewServer(opts ...Option) *Server {
	s := &Server{
		now:    time.Now,
		limit:  insales.DefaultRateLimit,
		window: insales.DefaultRatePeriod,
		res:    map[string]*resource{},
	}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	s.Server = fakeapi.New(fakeapi.Config{
		Auth:         fakeapi.CheckBasic(APIKey, Password),
		Unauthorized: func(w http.ResponseWriter) { writeHTMLStatus(w, http.StatusUnauthorized) },
		NotFound:     func(w http.ResponseWriter) { writeHTMLStatus(w, http.StatusNotFound) },
		Faults:       s.faults,
	})
	// The quota comes before everything, faults included: a front server
	// counts each call, then hands it to the kit's handler.
	inner := s.Server.Config.Handler
	s.front = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.admit(w) {
			return
		}
		if r.Method != http.MethodGet {
			// Writes invalidate the list indexes, after the write too so
			// that no read caches a half-done one.
			s.version.Add(1)
			defer s.version.Add(1)
		}
		inner.ServeHTTP(w, r)
	}))
	s.URL = s.front.URL
	s.setup()
	s.setupOrders()
	if err := s.loadSeed(); err != nil {
		panic("insalestest: bad seed: " + err.Error())
	}
	if s.startEmpty {
		s.Empty()
	}
	return s
}

// Close shuts the server down.
func (s *Server) Close() {
	s.front.Close()
	s.Server.Close()
}

// BaseURL is the admin API's base URL on this server (URL + "/admin").
func (s *Server) BaseURL() string { return s.URL + "/admin" }

// Client returns a client of this server with valid credentials, rate
// limiting off and millisecond retry waits; opts are applied after those.
func (s *Server) Client(opts ...insales.Option) *insales.Client {
	base := []insales.Option{
		insales.WithBaseURL(s.BaseURL()),
		insales.WithoutRateLimit(),
		insales.WithRetryWait(time.Millisecond, 5*time.Millisecond),
	}
	c, err := insales.NewClient(Shop, APIKey, Password, append(base, opts...)...)
	if err != nil {
		panic("insalestest: " + err.Error())
	}
	return c
}

// admit counts the call against the quota window and writes
// API-Usage-Limit; past the quota it answers 503 with Retry-After and
// reports false.
func (s *Server) admit(w http.ResponseWriter) bool {
	s.qmu.Lock()
	defer s.qmu.Unlock()
	now := s.now()
	// Date from the fake's own clock, as a real server's matches its
	// updated_at stamps (Changes reads it).
	w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	if s.windowStart.IsZero() || !now.Before(s.windowStart.Add(s.window)) {
		s.windowStart, s.used = now, 0
	}
	limit := s.limit
	if limit <= 0 {
		limit = insales.DefaultRateLimit
		s.used++
		w.Header().Set(insales.UsageLimitHeader, fmt.Sprintf("%d/%d", min(s.used, limit), limit))
		return true
	}
	if s.used >= limit {
		s.refused++
		wait := s.windowStart.Add(s.window).Sub(now)
		w.Header().Set(insales.UsageLimitHeader, fmt.Sprintf("%d/%d", s.used, limit))
		w.Header().Set("Retry-After", retryAfter(wait))
		writeHTMLStatus(w, http.StatusServiceUnavailable)
		return false
	}
	s.used++
	s.maxUsed = max(s.maxUsed, s.used)
	w.Header().Set(insales.UsageLimitHeader, fmt.Sprintf("%d/%d", s.used, limit))
	return true
}

// retryAfter writes whole seconds, rounded up; a window shortened below a
// second for tests gives a fraction.
func retryAfter(d time.Duration) string {
	if d <= 0 {
		return "0"
	}
	if d < time.Second {
		return strconv.FormatFloat(d.Seconds(), 'f', -1, 64)
	}
	return strconv.Itoa(int(math.Ceil(d.Seconds())))
}

// Refused returns how many calls the quota refused with 503.
func (s *Server) Refused() int {
	s.qmu.Lock()
	defer s.qmu.Unlock()
	return s.refused
}

// PeakUsage returns the most calls any quota window has admitted.
func (s *Server) PeakUsage() int {
	s.qmu.Lock()
	defer s.qmu.Unlock()
	return s.maxUsed
}

// ResetQuota starts a new quota window at the next call.
func (s *Server) ResetQuota() {
	s.qmu.Lock()
	defer s.qmu.Unlock()
	s.windowStart, s.used = time.Time{}, 0
}

// SetFaults replaces the injected faults and restarts their count.
func (s *Server) SetFaults(f Faults) { s.Server.SetFaults(f) }

// Requests returns the requests received so far (the last 1000).
func (s *Server) Requests() []Request { return s.Server.Requests() }

// LastRequest returns the latest request received; ok is false before the
// first.
func (s *Server) LastRequest() (r Request, ok bool) { return s.Server.LastRequest() }

// Count returns how many requests arrived since the faults were last set.
func (s *Server) Count() int { return s.Server.Count() }

// Load adds the objects of a JSON array to a resource ("products",
// "variants", "images", "categories", "collections", "collects"), replacing
// objects with the same id. Products may carry their variants and images
// nested, as the API answers them. The smaller resources load the same way
// ("option_names", "option_values", "properties", "characteristics",
// "product_fields", "variant_fields", "price_kinds", "stock_currencies");
// links load as {"product_id", "similar_id"} into "similars" and
// {"product_id", "supplementary_id"} into "supplementaries"; field values
// live in their product's or variant's product_field_values or
// variant_field_values.
func (s *Server) Load(resource string, jsonArray []byte) error {
	defer s.version.Add(1)
	r, ok := s.res[resource]
	if !ok {
		return fmt.Errorf("insalestest: unknown resource %q", resource)
	}
	var objs []object
	dec := json.NewDecoder(bytes.NewReader(jsonArray))
	dec.UseNumber()
	if err := dec.Decode(&objs); err != nil {
		return fmt.Errorf("insalestest: loading %s: %w", resource, err)
	}
	for i, o := range objs {
		if o == nil {
			return fmt.Errorf("insalestest: loading %s: element %d is not an object", resource, i)
		}
		if r.load != nil {
			r.load(s, o)
			continue
		}
		r.store.Insert(o)
	}
	return nil
}

// Empty removes every object of every resource.
func (s *Server) Empty() {
	defer s.version.Add(1)
	for _, r := range s.res {
		for _, o := range r.store.List(nil) {
			r.store.Delete(r.store.IDOf(o))
		}
	}
}

// Len returns how many objects a resource holds (archived products included).
func (s *Server) Len(resource string) int {
	if r, ok := s.res[resource]; ok {
		return r.store.Len()
	}
	return 0
}

// Object returns a resource's object with id as the API would answer it
// (products with their variants and images), or false.
func (s *Server) Object(resource string, id int64) (map[string]any, bool) {
	r, ok := s.res[resource]
	if !ok {
		return nil, false
	}
	o, ok := r.store.Get(strconv.FormatInt(id, 10))
	if !ok {
		return nil, false
	}
	return s.render(r, o), true
}

// Touch sets updated_at of a resource's object to the fake's clock, as an
// edit in the back office would, and reports whether the object exists.
func (s *Server) Touch(resource string, id int64) bool {
	defer s.version.Add(1)
	r, ok := s.res[resource]
	if !ok {
		return false
	}
	_, ok = r.store.Update(strconv.FormatInt(id, 10), object{"updated_at": s.timestamp()})
	return ok
}

func (s *Server) timestamp() string { return s.now().Format(time.RFC3339) }

func (s *Server) loadSeed() error {
	var seed map[string]json.RawMessage
	if err := json.Unmarshal(seedJSON, &seed); err != nil {
		return err
	}
	for _, name := range []string{"categories", "collections", "products", "variants", "images", "collects"} {
		if raw, ok := seed[name]; ok {
			if err := s.Load(name, raw); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeHTMLStatus answers an HTML page, as the real server does for 401,
// 404 and 503 even to Accept: application/json.
func writeHTMLStatus(w http.ResponseWriter, status int) {
	body := fmt.Sprintf("<!DOCTYPE html>\n<html><head><title>%d %s</title></head><body><h1>%s</h1></body></html>\n",
		status, http.StatusText(status), http.StatusText(status))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

// writeErrors answers 422 with a bare field map, {"title": ["..."]}.
func writeErrors(w http.ResponseWriter, fields map[string][]string) {
	fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, fields)
}

// checkContentType answers 422 to a write without Content-Type:
// application/json, as the API does even for an empty POST.
func checkContentType(w http.ResponseWriter, r *http.Request) bool {
	if !strings.HasPrefix(strings.ToLower(r.Header.Get("Content-Type")), "application/json") {
		fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, map[string]string{"message": "incorrect Content-Type, should be application/json"})
		return false
	}
	return true
}
