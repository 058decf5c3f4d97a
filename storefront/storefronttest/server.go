// Package storefronttest is an in-memory fake of the storefront API for
// tests, examples and demos, in the manner of net/http/httptest:
//
//	srv := storefronttest.NewServer()
//	defer srv.Close()
//	c := srv.Client()
//	cart := storefront.CartUUID("my-cart")
//	_, err := c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 1, Quantity: 2, CartUUID: cart})
//
// It runs the customer flows end to end: sign-up, login (merging the guest
// cart of a checkout unless skip_cart_merge), logout (need_create_checkout),
// the guest cart by cart_uuid, cart merge, checkout (create, customer info,
// shipping option, pay) placing an order, order history in the Yii2
// envelope ({items, _links, _meta}, page and offset), and password reset
// (the reset token an e-mail would carry is read back with ResetToken).
// Customer endpoints need the session (Bearer or access-token) and answer
// Yii2's 401 {name, message, code, status} without it; bad input is a 422
// [{field, message}]. Every other endpoint answers the API documentation's
// example. Routes come from the same table as the client's: WithRoutes
// moves a route in the fake, and Client moves it in the client.
//
// Its surface is the one every fake of this module has: BaseURL and
// Client, WithFaults and SetFaults, Requests and LastRequest, Load and
// Empty, and read-back
// accessors (Customers, Orders, Cart).
package storefronttest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/storefront"
)

// Faults describes failures to inject; see WithFaults and SetFaults.
type Faults = ecomkittest.Faults

// Request is one request as the fake received it; see Requests.
type Request = ecomkittest.Request

//go:embed examples.json
var examplesJSON []byte

// Option configures NewServer.
type Option func(*config)

type config struct {
	faults Faults
	empty  bool
	routes map[string]string
}

// WithFaults injects faults from the first request on.
func WithFaults(f Faults) Option { return func(c *config) { c.faults = f } }

// Empty starts the fake with no products (customers, carts and orders
// always start empty); add products with Load.
func Empty() Option { return func(c *config) { c.empty = true } }

// WithRoutes moves routes in the fake as storefront.WithRoutes moves them
// in a client; Server.Client applies the same overrides.
func WithRoutes(overrides map[string]string) Option {
	return func(c *config) {
		if c.routes == nil {
			c.routes = map[string]string{}
		}
		for k, v := range overrides {
			c.routes[k] = v
		}
	}
}

// Customer is a registered customer as the fake stores it.
type Customer struct {
	ID        int64
	Email     string
	Username  string
	Password  string
	AuthKey   string
	UUID      string
	Subscribe bool
}

// Order is an order the fake placed from a paid checkout.
type Order struct {
	ID         int64          `json:"id"`
	CustomerID int64          `json:"customer_id"`
	Email      string         `json:"email"`
	Total      int64          `json:"total_price"`
	Items      []cartLine     `json:"line_items"`
	Fulfilment map[string]any `json:"fulfilment"`
	Shipping   int64          `json:"shipping_option_id"`
	Created    int64          `json:"created_at"`
}

type cartLine struct {
	ProductID int64  `json:"product_id"`
	VariantID int64  `json:"variant_id"`
	Title     string `json:"title"`
	Quantity  int64  `json:"quantity"`
	Price     int64  `json:"price"`
}

type cart struct {
	uuid       string
	customerID int64
	lines      []cartLine
}

type checkout struct {
	token      string
	cartUUID   string
	customerID int64
	email      string
	shipping   int64
	paid       bool
}

// Server is a running fake storefront API. Close it when done. Its methods
// are safe for concurrent use.
type Server struct {
	api    *fakeapi.Server
	routes map[string]string // overrides, for Client

	examples map[string]json.RawMessage

	mu        sync.Mutex
	seq       int64
	products  []map[string]any // variants
	customers []*Customer
	carts     map[string]*cart
	checkouts map[string]*checkout
	orders    []*Order
	resets    map[string]string // token -> email
}

// NewServer starts a fake preloaded with the API documentation's products
// (unless Empty is given). It panics on a route override that does not fit
// the table, as storefront.NewClient would refuse it.
func NewServer(opts ...Option) *Server {
	var cfg config
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	s := &Server{routes: cfg.routes, carts: map[string]*cart{}, checkouts: map[string]*checkout{}, resets: map[string]string{}, seq: 1000}
	var ex map[string]string
	if err := json.Unmarshal(examplesJSON, &ex); err != nil {
		panic(err)
	}
	s.examples = map[string]json.RawMessage{}
	for k, v := range ex {
		s.examples[k] = json.RawMessage(v)
	}
	if !cfg.empty {
		for i, title := range []string{"Heat-friendly synthetic wig", "Lace front wig", "Wig cap"} {
			s.products = append(s.products, map[string]any{"id": int64(i + 1), "product_id": int64(i + 1), "title": title, "price": int64(4900 + i*1000), "sku": fmt.Sprintf("SKU-%d", i+1), "allow_to_purchase": true, "out_of_stock": false})
		}
	}
	s.api = fakeapi.New(fakeapi.Config{Faults: cfg.faults, NotFound: func(w http.ResponseWriter) {
		fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(http.StatusNotFound, "Not Found", "Page not found."))
	}})
	// A throwaway client resolves the route table with the overrides.
	c, err := storefront.NewClient("http://127.0.0.1", storefront.WithRoutes(cfg.routes))
	if err != nil {
		panic(err)
	}
	handlers := s.handlers()
	for name, route := range c.Routes() {
		h, ok := handlers[name]
		if !ok {
			h = s.example(name)
			if customerOnly[name] {
				h = s.needsCustomer(h)
			}
		}
		s.api.Handle(route, h)
	}
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.api.Close() }

// BaseURL is the API's base URL, for storefront.NewClient.
func (s *Server) BaseURL() string { return s.api.URL }

// Client returns a client of the fake: no rate limit, fast retries, the
// fake's route overrides; opts come last and win.
func (s *Server) Client(opts ...storefront.Option) *storefront.Client {
	all := []storefront.Option{storefront.WithoutRateLimit(), storefront.WithRetryWait(time.Millisecond, 5*time.Millisecond)}
	if len(s.routes) > 0 {
		all = append(all, storefront.WithRoutes(s.routes))
	}
	c, err := storefront.NewClient(s.BaseURL(), append(all, opts...)...)
	if err != nil {
		panic("storefronttest: " + err.Error())
	}
	return c
}

// WithFaults is SetFaults for a running server; it returns s.
func (s *Server) WithFaults(f Faults) *Server { s.api.SetFaults(f); return s }

// SetFaults replaces the injected faults and restarts their count.
func (s *Server) SetFaults(f Faults) { s.api.SetFaults(f) }

// Requests returns every request received so far (the last 1000).
func (s *Server) Requests() []Request { return s.api.Requests() }

// LastRequest returns the most recent request, or false if none came.
func (s *Server) LastRequest() (Request, bool) { return s.api.LastRequest() }

// Load adds data: resource "products" takes a JSON array of variants
// ({"id", "title", "price", ...}).
func (s *Server) Load(resource string, jsonArray []byte) error {
	if resource != "products" {
		return fmt.Errorf("storefronttest: Load: unknown resource %q (products)", resource)
	}
	var items []map[string]any
	d := json.NewDecoder(strings.NewReader(string(jsonArray)))
	d.UseNumber()
	if err := d.Decode(&items); err != nil {
		return fmt.Errorf("storefronttest: Load: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range items {
		for _, k := range []string{"id", "price"} {
			if n, ok := it[k].(json.Number); ok {
				v, _ := n.Int64()
				it[k] = v
			}
		}
		s.products = append(s.products, it)
	}
	return nil
}

// Customers returns the registered customers.
func (s *Server) Customers() []Customer {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Customer, len(s.customers))
	for i, c := range s.customers {
		out[i] = *c
	}
	return out
}

// Orders returns the placed orders.
func (s *Server) Orders() []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Order, len(s.orders))
	for i, o := range s.orders {
		out[i] = *o
	}
	return out
}

// CartQuantity returns how many of productID the cart cartUUID holds.
func (s *Server) CartQuantity(cartUUID string, productID int64) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.carts[cartUUID]; c != nil {
		for _, l := range c.lines {
			if l.ProductID == productID {
				return l.Quantity
			}
		}
	}
	return 0
}

// ResetToken returns the password-reset token the last forgot-password
// call for email created: what the e-mail would carry.
func (s *Server) ResetToken(email string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, e := range s.resets {
		if strings.EqualFold(e, email) {
			return tok, true
		}
	}
	return "", false
}

// AddOrder stores an order for the customer with email, for paging tests.
func (s *Server) AddOrder(email string, total int64) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var cid int64
	for _, c := range s.customers {
		if strings.EqualFold(c.Email, email) {
			cid = c.ID
		}
	}
	s.seq++
	s.orders = append(s.orders, &Order{ID: s.seq, CustomerID: cid, Email: email, Total: total, Fulfilment: map[string]any{"status": "unfulfilled"}})
	return s.seq
}

func yiiError(status int, name, msg string) map[string]any {
	return map[string]any{"name": name, "message": msg, "code": 0, "status": status}
}

func unauthorized(w http.ResponseWriter) {
	fakeapi.WriteJSON(w, http.StatusUnauthorized, yiiError(401, "Unauthorized", "Your request was made with invalid credentials."))
}

func invalid(w http.ResponseWriter, field, msg string) {
	fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, []map[string]string{{"field": field, "message": msg}})
}

// customerOnly are the endpoints the API documentation marks as needing
// the customer's session.
var customerOnly = map[string]bool{
	"customers.logout": true, "customers.get_profile": true, "customers.update_profile": true,
	"customer_shipping_addresses.create": true, "customer_shipping_addresses.update": true,
	"affiliate_withdrawals.create": true, "orders.list": true, "orders.get": true,
	"orders.upload_verify_payment_files": true, "orders.cancel": true,
	"orders.unidentified_l835": true, "orders.unidentified_l839": true, "cart.merge": true,
}

// needsCustomer answers 401 unless the request carries a live session.
func (s *Server) needsCustomer(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		c := s.customer(r)
		s.mu.Unlock()
		if c == nil {
			unauthorized(w)
			return
		}
		h(w, r)
	}
}

// example answers the API documentation's example for name.
func (s *Server) example(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b := s.examples[name]
		if len(b) == 0 {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		fakeapi.WriteRaw(w, http.StatusOK, b)
	}
}

// customer returns the session's customer, or nil. Call with s.mu held.
func (s *Server) customer(r *http.Request) *Customer {
	key := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if key == "" {
		key = r.URL.Query().Get("access-token")
	}
	if key == "" {
		return nil
	}
	for _, c := range s.customers {
		if c.AuthKey != "" && c.AuthKey == key {
			return c
		}
	}
	return nil
}

func (s *Server) nextToken(prefix string) string {
	s.seq++
	return fmt.Sprintf("%s-%d-%x", prefix, s.seq, time.Now().UnixNano()&0xffffff)
}

func customerJSON(c *Customer, withKey bool) map[string]any {
	m := map[string]any{"id": c.ID, "username": c.Username, "email": c.Email, "subscribed": c.Subscribe, "shipping_info": []any{}}
	if withKey {
		m["auth_key"] = c.AuthKey
	}
	return m
}

func formInt(r *http.Request, name string) (int64, bool) {
	n, err := strconv.ParseInt(r.FormValue(name), 10, 64)
	return n, err == nil
}

func formBool(r *http.Request, name string) bool {
	v := r.FormValue(name)
	return v == "1" || v == "true"
}

// page writes items in the Yii2 envelope, paged by page and the size
// parameter sizeParam.
func page[T any](w http.ResponseWriter, r *http.Request, items []T, sizeParam string, def int) {
	p, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if p < 1 {
		p = 1
	}
	size, _ := strconv.Atoi(r.URL.Query().Get(sizeParam))
	if size < 1 {
		size = def
	}
	total := len(items)
	pages := (total + size - 1) / size
	lo := min((p-1)*size, total)
	hi := min(lo+size, total)
	link := func(n int) map[string]string {
		return map[string]string{"href": fmt.Sprintf("%s?page=%d&%s=%d", r.URL.Path, n, sizeParam, size)}
	}
	links := map[string]any{"self": link(p), "first": link(1), "last": link(max(pages, 1))}
	if p > 1 {
		links["prev"] = link(p - 1)
	}
	if p < pages {
		links["next"] = link(p + 1)
	}
	fakeapi.WriteJSON(w, http.StatusOK, map[string]any{
		"items":  items[lo:hi],
		"_links": links,
		"_meta":  map[string]int{"totalCount": total, "pageCount": pages, "currentPage": p, "perPage": size},
	})
}

func sortedOrders(os []*Order) []*Order {
	out := append([]*Order(nil), os...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
