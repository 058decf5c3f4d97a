// Package shopkittest runs an in-memory fake Shopkit API for tests,
// examples and demos: every endpoint of package shopkit, CRUD on an
// in-memory store preloaded with the API documentation's example data,
// paging with X-Total-Count, errors in Shopkit's {"message": ...} shape,
// the X-API-KEY check, fault injection, and webhook deliveries signed as
// Shopkit signs them (see Deliver).
//
//	srv := shopkittest.NewServer()
//	defer srv.Close()
//	c := srv.Client()
//
// It does not import "testing", so programs may use it too.
package shopkittest

import (
	"bytes"
	"crypto/md5"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/shopkit"
)

// APIKey is the key the fake accepts; Server.Client uses it.
const APIKey = "0123456789abcdef0123456789abcdef01234567"

// ClientSecret is the app client_secret the fake signs its webhook
// deliveries with unless WithClientSecret gives another: verify them with
// shopkit.WithWebhookSecret(shopkittest.ClientSecret).
const ClientSecret = "shopkittest-client-secret"

// Faults describes failures to inject (latency, 429s, 5xx bursts, dropped
// connections, truncated bodies); see Server.SetFaults.
type Faults = ecomkittest.Faults

// Request is one request as the fake received it.
type Request = ecomkittest.Request

// Seed ids of the preloaded example data.
const (
	SeedProductID  = 212322 // "Rustic Spice Bowl Set", with 2 option groups and 4 options
	SeedCategoryID = 14535  // "Decoração", with a subcategory
	SeedBrandID    = 43     // "Pure You"
	SeedOrderID    = 1337   // a paid, sent order with 2 lines
	SeedCouponID   = 1337   // code "bajevolp"
	SeedCouponCode = "bajevolp"
	SeedWebhookID  = 1337
	SeedMediaID    = 725
	SeedMediaMD5   = "3df623e086a7d6cd606c4b1043bd7150"
)

//go:embed seed/*.json
var seedFS embed.FS

// Server is a running fake Shopkit. Its methods are safe for concurrent use.
type Server struct {
	// URL is the server's root, http://127.0.0.1:port; the API is served
	// there (BaseURL returns it).
	URL string

	srv    *fakeapi.Server
	secret string
	hooks  *http.Client // delivers webhooks

	mu          sync.Mutex // guards product sub-resources, store and deliveries
	store       fakeapi.Object
	shipping    []fakeapi.Object
	deliveries  []Delivery
	autoDeliver atomic.Bool

	products   *fakeapi.Collection
	categories *fakeapi.Collection
	brands     *fakeapi.Collection
	orders     *fakeapi.Collection
	coupons    *fakeapi.Collection
	webhooks   *fakeapi.Collection
	media      *fakeapi.Collection
	clients    *fakeapi.Collection // Shopkit's 2025 public docs
	shipments  *fakeapi.Collection // keyed by tracking_code
	carriers   []fakeapi.Object
	stats      fakeapi.Object
	invoiced   map[string]bool // order ids with an issued invoice

	nextSubID int64 // ids of new option groups, values and options
	now       func() time.Time
}

// Option configures NewServer.
type Option func(*config)

type config struct {
	api    fakeapi.Config
	secret string
	empty  bool
}

// WithFaults injects faults from the first request on.
func WithFaults(f Faults) Option { return func(c *config) { c.api.Faults = f } }

// Empty starts the fake with no data instead of the API documentation's
// examples (Server.Empty does the same later).
func Empty() Option { return func(c *config) { c.empty = true } }

// WithClientSecret signs webhook deliveries with secret instead of
// ClientSecret.
func WithClientSecret(secret string) Option { return func(c *config) { c.secret = secret } }

// NewServer starts a fake preloaded with the API documentation's examples.
// Close it when done.
func NewServer(opts ...Option) *Server {
	cfg := config{
		api: fakeapi.Config{
			Auth: func(r *http.Request) bool {
				return fakeapi.CheckHeader(shopkit.APIKeyHeader, APIKey)(r) || r.URL.Query().Get("X-API-KEY") == APIKey
			},
			Unauthorized: func(w http.ResponseWriter) { message(w, http.StatusUnauthorized, "Unauthorized.") },
			NotFound:     func(w http.ResponseWriter) { message(w, http.StatusNotFound, "Not found.") },
		},
		secret: ClientSecret,
	}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	s := &Server{
		srv:    fakeapi.New(cfg.api),
		secret: cfg.secret,
		hooks: &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // a webhook target is not followed elsewhere
		}},
		products:   fakeapi.NewCollection("id"),
		categories: fakeapi.NewCollection("id"),
		brands:     fakeapi.NewCollection("id"),
		orders:     fakeapi.NewCollection("id"),
		coupons:    fakeapi.NewCollection("id"),
		webhooks:   fakeapi.NewCollection("id"),
		media:      fakeapi.NewCollection("id"),
		clients:    fakeapi.NewCollection("id"),
		shipments:  fakeapi.NewCollection("tracking_code"),
		invoiced:   map[string]bool{},
		nextSubID:  900000,
		now:        time.Now,
	}
	s.URL = s.srv.URL
	s.autoDeliver.Store(true)
	s.load()
	if cfg.empty {
		s.Empty()
	}
	s.routes()
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// BaseURL is what to pass to shopkit.WithBaseURL to reach the fake.
func (s *Server) BaseURL() string { return s.URL }

// SetFaults replaces the injected faults and restarts their count.
func (s *Server) SetFaults(f Faults) { s.srv.SetFaults(f) }

// Requests returns a copy of every request received so far (the last
// 1000), in order.
func (s *Server) Requests() []Request { return s.srv.Requests() }

// LastRequest returns the most recent request, or false if none came.
func (s *Server) LastRequest() (Request, bool) { return s.srv.LastRequest() }

// Count returns how many requests arrived since the faults were last set.
func (s *Server) Count() int { return s.srv.Count() }

// Client returns a shopkit client pointed at the fake with a valid key,
// no rate limiting and millisecond retry waits; opts come last, so they
// may override those.
func (s *Server) Client(opts ...shopkit.Option) *shopkit.Client {
	base := []shopkit.Option{
		shopkit.WithBaseURL(s.URL),
		shopkit.WithoutRateLimit(),
		shopkit.WithRetryWait(time.Millisecond, 5*time.Millisecond),
	}
	c, err := shopkit.NewClient(APIKey, append(base, opts...)...)
	if err != nil {
		panic("shopkittest: " + err.Error()) // only a bad option passed by the caller
	}
	return c
}

// resources are the names Load, Len, Object and Empty take.
var resources = []string{"products", "categories", "brands", "orders", "coupons", "webhooks", "media", "clients", "shipments"}

// Empty removes every object of every resource (the store settings and
// shipping methods stay), for a test that loads its own data.
func (s *Server) Empty() {
	for _, name := range resources {
		c := s.collection(name)
		for _, o := range c.List(nil) {
			c.Delete(c.IDOf(o))
		}
	}
}

// Object returns a resource's object with id as the API answers it, or
// false.
func (s *Server) Object(resource string, id int64) (map[string]any, bool) {
	c := s.collection(resource)
	if c == nil {
		return nil, false
	}
	o, ok := c.Get(strconv.FormatInt(id, 10))
	return o, ok
}

// Product returns the stored product id, decoded, or false.
func (s *Server) Product(id int64) (shopkit.Product, bool) {
	var p shopkit.Product
	return p, s.decode("products", id, &p)
}

// Order returns the stored order id, decoded, or false.
func (s *Server) Order(id int64) (shopkit.Order, bool) {
	var o shopkit.Order
	return o, s.decode("orders", id, &o)
}

// Category returns the stored category id, decoded, or false.
func (s *Server) Category(id int64) (shopkit.Category, bool) {
	var c shopkit.Category
	return c, s.decode("categories", id, &c)
}

// Webhooks returns the registered webhooks, decoded.
func (s *Server) Webhooks() []shopkit.Webhook {
	var out []shopkit.Webhook
	for _, o := range s.webhooks.List(nil) {
		b, _ := json.Marshal(o)
		var w shopkit.Webhook
		if json.Unmarshal(b, &w) == nil {
			out = append(out, w)
		}
	}
	return out
}

func (s *Server) decode(resource string, id int64, v any) bool {
	o, ok := s.Object(resource, id)
	if !ok {
		return false
	}
	b, err := json.Marshal(o)
	return err == nil && json.Unmarshal(b, v) == nil
}

func (s *Server) load() {
	for _, name := range []string{"products", "categories", "brands", "orders", "coupons", "webhooks", "media", "clients", "shipments"} {
		if err := s.Load(name, mustRead(name)); err != nil {
			panic(err)
		}
	}
	var err error
	if s.store, err = fakeapi.ParseObject(mustRead("store")); err != nil {
		panic(err)
	}
	var ship []fakeapi.Object
	if err := json.Unmarshal(mustRead("shipping"), &ship); err != nil {
		panic(err)
	}
	s.shipping = ship
	s.load2025()
}

// collection returns the store of a resource name.
func (s *Server) collection(resource string) *fakeapi.Collection {
	return map[string]*fakeapi.Collection{
		"products": s.products, "categories": s.categories, "brands": s.brands, "orders": s.orders,
		"coupons": s.coupons, "webhooks": s.webhooks, "media": s.media,
		"clients": s.clients, "shipments": s.shipments,
	}[resource]
}

// Load adds the objects of a JSON array to a resource ("products",
// "categories", "brands", "orders", "coupons", "webhooks", "media",
// "clients" or "shipments"), in
// the API's JSON shape; an object with the id of a stored one replaces it.
// Use it to give a test orders or other data the API documentation lacks.
func (s *Server) Load(resource string, jsonArray []byte) error {
	c := s.collection(resource)
	if c == nil {
		return fmt.Errorf("shopkittest: unknown resource %q", resource)
	}
	// fakeapi's Load panics on a null element: refuse anything but objects.
	var items []json.RawMessage
	if err := json.Unmarshal(jsonArray, &items); err != nil {
		return fmt.Errorf("shopkittest: loading %s: %w", resource, err)
	}
	for i, it := range items {
		if b := bytes.TrimSpace(it); len(b) == 0 || b[0] != '{' {
			return fmt.Errorf("shopkittest: loading %s: element %d is not a JSON object", resource, i)
		}
	}
	return c.Load(jsonArray)
}

// Len returns how many objects a resource holds (0 for an unknown name).
func (s *Server) Len(resource string) int {
	if c := s.collection(resource); c != nil {
		return c.Len()
	}
	return 0
}

func mustRead(name string) []byte {
	b, err := seedFS.ReadFile("seed/" + name + ".json")
	if err != nil {
		panic(err)
	}
	return b
}

func (s *Server) routes() {
	h := s.srv.Handle
	h("GET /store", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		st := fakeapi.Clone(s.store)
		s.mu.Unlock()
		fakeapi.WriteJSON(w, http.StatusOK, st)
	})

	products := &resource{s: s, c: s.products, filters: productFilters, build: s.buildProduct, kind: "product"}
	h("GET /product", products.read)
	h("GET /product/{$}", products.read)
	h("GET /product/{id}", products.readPath)
	h("POST /product", products.create)
	h("POST /product/{$}", products.create)
	h("PUT /product/{id}", products.update)
	h("DELETE /product/{id}", products.delete)

	h("GET /product/{id}/option_group", s.listSub("option_groups"))
	h("GET /product/{id}/option_group/{sub}", s.getSub("option_groups"))
	h("POST /product/{id}/option_group", s.createGroup)
	h("PUT /product/{id}/option_group/{sub}", s.updateGroup)
	h("DELETE /product/{id}/option_group/{sub}", s.deleteSub("option_groups"))
	h("GET /product/{id}/option", s.listSub("options"))
	h("GET /product/{id}/option/{sub}", s.getSub("options"))
	h("PUT /product/{id}/option/{sub}", s.updateOption)
	h("DELETE /product/{id}/option/{sub}", s.deleteSub("options"))

	categories := &resource{s: s, c: s.categories, filters: taxonomyFilters, build: s.buildTaxonomy("category")}
	h("GET /category", categories.read)
	h("GET /category/{$}", categories.read)
	h("GET /category/{id}", categories.readPath)
	h("POST /category", categories.create)
	h("POST /category/{$}", categories.create)
	h("PUT /category/{id}", categories.update)
	h("DELETE /category/{id}", categories.delete)

	brands := &resource{s: s, c: s.brands, filters: taxonomyFilters, build: s.buildTaxonomy("brand")}
	h("GET /brand", brands.read)
	h("GET /brand/{$}", brands.read)
	h("GET /brand/{id}", brands.readPath)
	h("POST /brand", brands.create)
	h("POST /brand/{$}", brands.create)
	h("PUT /brand/{id}", brands.update)
	h("DELETE /brand/{id}", brands.delete)

	orders := &resource{s: s, c: s.orders, filters: s.orderFilters, build: s.patchOrder, kind: "order"}
	h("GET /order", orders.read)
	h("GET /order/{$}", orders.read)
	h("GET /order/{id}", orders.readPath)
	h("PUT /order/{id}", orders.update)
	h("PUT /order/bulk", s.bulkOrders)
	h("DELETE /order/{id}", orders.delete)
	h("DELETE /order/{id}/{$}", orders.delete)

	h("GET /shipping", s.listShipping)

	h("GET /coupon", s.getCoupon)
	h("GET /coupon/{$}", s.getCoupon)
	h("GET /coupon/{code}", s.getCoupon)
	h("POST /coupon", s.createCoupon)
	h("POST /coupon/{$}", s.createCoupon)
	h("DELETE /coupon/{id}", (&resource{s: s, c: s.coupons}).delete)

	webhooks := &resource{s: s, c: s.webhooks, filters: webhookFilters}
	h("GET /webhook", webhooks.listAll)
	h("GET /webhook/{$}", webhooks.listAll)
	h("GET /webhook/{id}", webhooks.readPath)
	h("POST /webhook", s.createWebhook)
	h("POST /webhook/{$}", s.createWebhook)
	h("DELETE /webhook/{id}", webhooks.delete)

	media := &resource{s: s, c: s.media, filters: mediaFilters}
	h("GET /media", media.read)
	h("GET /media/{$}", media.read)
	h("GET /media/{id}", media.readPath)
	h("POST /media", s.createMedia)
	h("POST /media/{$}", s.createMedia)
	h("POST /media/images", s.createMedia) // the API documentation's curl example
	h("DELETE /media/{id}", s.deleteMedia)
	s.routes2025(h)
}

// message writes Shopkit's error shape.
func message(w http.ResponseWriter, status int, msg string) {
	fakeapi.WriteJSON(w, status, map[string]any{"message": msg})
}

func badRequest(w http.ResponseWriter) { message(w, http.StatusBadRequest, "Bad request.") }
func notFound(w http.ResponseWriter)   { message(w, http.StatusNotFound, "Not found.") }

func (s *Server) timestamp() string { return s.now().Format(time.RFC3339) }

func (s *Server) subID() json.Number {
	s.nextSubID++
	return json.Number(strconv.FormatInt(s.nextSubID, 10))
}

// md5Hex is the checksum the fake gives uploaded media.
func md5Hex(b []byte) string {
	sum := md5.Sum(b)
	return hex.EncodeToString(sum[:])
}

func decodeBase64(s string) ([]byte, bool) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding} {
		if b, err := enc.DecodeString(strings.TrimSpace(s)); err == nil {
			return b, true
		}
	}
	return nil, false
}
