// Package mycashflowtest runs an in-memory fake of the MyCashflow API v1
// for tests and examples, in the manner of net/http/httptest:
//
//	srv := mycashflowtest.NewServer()
//	defer srv.Close()
//	c := srv.Client()
//	cu, err := c.Customers.Get(ctx, 1)
//
// It answers every endpoint of package mycashflow at the same paths (the
// defaults, or those given with WithPaths), checks HTTP Basic credentials
// (User and APIKey), pages lists with "meta" and sorts them as the sort
// parameter asks (id-asc, id-desc, or updated_at-asc, which the package
// accepts from public clients: by updated_at, then id), answers
// validation errors with 422 {"errors": {field: [messages]}} and other
// errors with {"error", "description"}, and starts preloaded with the API
// documentation's examples (Empty starts it bare).
//
// Its surface is the one every fake of this module has: BaseURL (for
// mycashflow.WithBaseURL) and Client; WithFaults and SetFaults inject
// latency, 5xx bursts, 429s, dropped connections and truncated bodies;
// Requests and LastRequest return what was received; Load adds data;
// Objects, Customer, CustomerGroup, GroupMembers and GiftCard read it back.
// MyCashflow has no webhooks, so there is no Deliver.
package mycashflowtest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/mycashflow"
)

// Credentials the fake accepts.
const (
	Store  = "fakestore"
	User   = "api@example.com"
	APIKey = "fake-api-key-0123"
)

// Faults describes failures to inject (see SetFaults); it is
// ecomkittest.Faults, the same in every fake.
type Faults = ecomkittest.Faults

// Request is one request as the fake received it (see Requests); it is
// ecomkittest.Request, the same in every fake.
type Request = ecomkittest.Request

// Recorded is the former name of Request.
//
// Deprecated: use Request.
type Recorded = Request

// Option configures NewServer.
type Option func(*config)

type config struct {
	paths     map[string]string
	zeroBased bool
	empty     bool
	faults    Faults
}

// WithPaths serves the given endpoints at other paths, as
// mycashflow.WithPaths does for a client; Client passes the same overrides
// to the clients it makes.
func WithPaths(overrides map[string]string) Option {
	return func(c *config) {
		for k, v := range overrides {
			c.paths[k] = v
		}
	}
}

// WithZeroBasedPages numbers list pages from 0 (the documentation's stated
// default) instead of from 1 (as its examples do).
func WithZeroBasedPages() Option { return func(c *config) { c.zeroBased = true } }

// Empty starts the fake with no data instead of the documentation's examples.
func Empty() Option { return func(c *config) { c.empty = true } }

// WithFaults injects faults from the first request on.
func WithFaults(f Faults) Option { return func(c *config) { c.faults = f } }

// Server is a running fake MyCashflow store. Its methods are safe for
// concurrent use.
type Server struct {
	// URL is the server's root, http://127.0.0.1:port; the API lives under
	// BaseURL.
	URL string

	srv    *fakeapi.Server
	cfg    config
	routes []route

	res map[string]*resource // by resource name

	mu         sync.Mutex // guards the row tables below
	prices     []fakeapi.Object
	visibility []fakeapi.Object
	prodLinks  []fakeapi.Object
}

//go:embed seed.json
var seedJSON []byte

// NewServer starts a fake store; Close it when done. It panics if a path
// given with WithPaths is one mycashflow.WithPaths refuses.
func NewServer(opts ...Option) *Server {
	cfg := config{paths: mycashflow.DefaultPaths()}
	for _, o := range opts {
		o(&cfg)
	}
	s := &Server{cfg: cfg}
	// The overrides follow the client's rules; refuse bad ones at once.
	if _, err := mycashflow.NewClient(Store, User, APIKey, mycashflow.WithPaths(s.overrides())); err != nil {
		panic("mycashflowtest: " + err.Error())
	}
	s.srv = fakeapi.New(fakeapi.Config{
		Auth: fakeapi.CheckBasic(User, APIKey),
		Unauthorized: func(w http.ResponseWriter) {
			writeError(w, http.StatusUnauthorized, "Unauthorized", "The API user's e-mail address or API key is wrong.")
		},
		Faults: cfg.faults,
	})
	s.setup()
	if !cfg.empty {
		s.load()
	}
	s.URL = s.srv.URL
	s.srv.Handle("/", s.dispatch)
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// SetFaults replaces the injected faults and restarts their count; the
// zero Faults turns them off.
func (s *Server) SetFaults(f Faults) { s.srv.SetFaults(f) }

// Requests returns the requests received so far, oldest first (the last
// 1000 at most).
func (s *Server) Requests() []Request { return s.srv.Requests() }

// LastRequest returns the latest request received; ok is false before the
// first.
func (s *Server) LastRequest() (r Request, ok bool) { return s.srv.LastRequest() }

// Count returns how many requests the server has received, retries
// included.
func (s *Server) Count() int { return s.srv.Count() }

// BaseURL is the fake's API base, the counterpart of
// https://STORE.mycashflow.fi/api/v1.
func (s *Server) BaseURL() string { return s.URL + "/api/v1" }

// Client returns a client of the fake with valid credentials, no rate
// limit, millisecond retry waits and the fake's path overrides; opts come
// after those and may replace them. It panics if an option is invalid.
func (s *Server) Client(opts ...mycashflow.Option) *mycashflow.Client {
	base := []mycashflow.Option{
		mycashflow.WithBaseURL(s.BaseURL()),
		mycashflow.WithoutRateLimit(),
		mycashflow.WithRetryWait(time.Millisecond, 5*time.Millisecond),
		mycashflow.WithPaths(s.overrides()),
	}
	c, err := mycashflow.NewClient(Store, User, APIKey, append(base, opts...)...)
	if err != nil {
		panic("mycashflowtest: " + err.Error())
	}
	return c
}

// overrides returns the paths that differ from the defaults.
func (s *Server) overrides() map[string]string {
	out := map[string]string{}
	for k, v := range s.cfg.paths {
		if mycashflow.DefaultPaths()[k] != v {
			out[k] = v
		}
	}
	return out
}

// route is one endpoint: method and path template split in segments.
type route struct {
	name     string
	method   string
	segs     []string
	literals int
	h        handler
}

// params are the path parameters of a request, by placeholder name.
type params map[string]string

type handler func(w http.ResponseWriter, r *http.Request, p params)

// methodOf derives an endpoint's HTTP method from its action name.
func methodOf(name string) string {
	action := name[strings.IndexByte(name, '.')+1:]
	switch {
	case strings.HasPrefix(action, "list"), strings.HasPrefix(action, "get"):
		return http.MethodGet
	case strings.HasPrefix(action, "create"), strings.HasPrefix(action, "add"):
		return http.MethodPost
	case strings.HasPrefix(action, "update"):
		return http.MethodPatch
	default:
		return http.MethodDelete
	}
}

func (s *Server) addRoutes(handlers map[string]handler) {
	for name, tmpl := range s.cfg.paths {
		h, ok := handlers[name]
		if !ok {
			panic("mycashflowtest: no handler for " + name)
		}
		rt := route{name: name, method: methodOf(name), segs: strings.Split(strings.Trim("/api/v1"+tmpl, "/"), "/"), h: h}
		for _, seg := range rt.segs {
			if !strings.HasPrefix(seg, "{") { // "email={email}" counts as literal
				rt.literals++
			}
		}
		s.routes = append(s.routes, rt)
	}
	// The most literal template wins: /customers/email={email} before
	// /customers/{customerID}/secondary_addresses.
	sort.Slice(s.routes, func(i, j int) bool {
		if s.routes[i].literals != s.routes[j].literals {
			return s.routes[i].literals > s.routes[j].literals
		}
		return s.routes[i].name < s.routes[j].name
	})
}

func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	path := r.URL.EscapedPath()
	if len(path) > 1 && strings.HasSuffix(path, "/") {
		writeError(w, http.StatusBadRequest, "Bad Request", "Trailing slashes are not allowed in the request URL.")
		return
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	// Public clients read campaigns from /api/v0 (mycashflow.WithAPIVersions):
	// the fake serves the campaign routes under v0 too.
	v0 := len(segs) > 1 && segs[0] == "api" && segs[1] == "v0"
	if v0 {
		segs[1] = "v1"
	}
	pathFound := false
	for _, rt := range s.routes {
		if v0 && !strings.HasPrefix(rt.name, "campaigns.") {
			continue
		}
		p, ok := match(rt.segs, segs)
		if !ok {
			continue
		}
		pathFound = true
		if rt.method == r.Method {
			rt.h(w, r, p)
			return
		}
	}
	if pathFound {
		writeError(w, http.StatusMethodNotAllowed, "Method Not Allowed", r.Method+" is not supported here.")
		return
	}
	writeError(w, http.StatusNotFound, "Not Found", "No such resource: "+r.URL.Path)
}

func match(tmpl, segs []string) (params, bool) {
	if len(tmpl) != len(segs) {
		return nil, false
	}
	p := params{}
	for i, t := range tmpl {
		if field, name, ok := strings.Cut(t, "={"); ok && strings.HasSuffix(name, "}") {
			// A {field}={value} segment ("email={email}").
			v, found := strings.CutPrefix(segs[i], field+"=")
			if !found {
				return nil, false
			}
			v, err := unescape(v)
			if err != nil || v == "" {
				return nil, false
			}
			p[name[:len(name)-1]] = v
			continue
		}
		if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") {
			v, err := unescape(segs[i])
			if err != nil || v == "" {
				return nil, false
			}
			p[t[1:len(t)-1]] = v
			continue
		}
		if t != segs[i] {
			return nil, false
		}
	}
	return p, true
}

// writeError writes the API's {"error", "description"} body.
func writeError(w http.ResponseWriter, status int, msg, desc string) {
	fakeapi.WriteJSON(w, status, map[string]any{"error": msg, "description": desc})
}

// writeInvalid writes the API's validation error: 422 {"errors": {...}}.
func writeInvalid(w http.ResponseWriter, fields map[string][]string) {
	fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, map[string]any{"errors": fields})
}

func writeData(w http.ResponseWriter, status int, v any) {
	fakeapi.WriteJSON(w, status, map[string]any{"data": v})
}

func now() string { return time.Now().Format("2006-01-02T15:04:05-07:00") }

func (s *Server) load() {
	var seed map[string]json.RawMessage
	if err := json.Unmarshal(seedJSON, &seed); err != nil {
		panic(fmt.Sprintf("mycashflowtest: seed: %v", err))
	}
	for _, name := range slices.Sorted(maps.Keys(seed)) {
		if err := s.Load(name, seed[name]); err != nil {
			panic(err)
		}
	}
}

// Resources lists the names Load, Len and Objects accept.
func (s *Server) Resources() []string {
	names := slices.Collect(maps.Keys(s.res))
	names = append(names, "campaign_prices", "category_visibilities", "category_product_links")
	slices.Sort(names)
	return names
}

// table returns the row table of a sub-resource name, or nil.
func (s *Server) table(name string) *[]fakeapi.Object {
	switch name {
	case "campaign_prices":
		return &s.prices
	case "category_visibilities":
		return &s.visibility
	case "category_product_links":
		return &s.prodLinks
	}
	return nil
}

// Load adds the objects of a JSON array to a resource (see Resources:
// "customers", "customer_groups", "customer_group_links", "gift_cards",
// ...), in the API's JSON shape; an object with the key of a stored one
// (its id, or a gift card's code) replaces it. Use it to give a test data
// the documentation's examples lack. Nothing is loaded when an element is
// not a JSON object.
func (s *Server) Load(resource string, jsonArray []byte) error {
	var rows []fakeapi.Object
	dec := json.NewDecoder(bytes.NewReader(jsonArray))
	dec.UseNumber()
	if err := dec.Decode(&rows); err != nil {
		return fmt.Errorf("mycashflowtest: loading %s: %w", resource, err)
	}
	for i, o := range rows {
		if o == nil {
			return fmt.Errorf("mycashflowtest: loading %s: element %d is not a JSON object", resource, i)
		}
	}
	if res, ok := s.res[resource]; ok {
		return res.coll.Load(jsonArray)
	}
	t := s.table(resource)
	if t == nil {
		return fmt.Errorf("mycashflowtest: unknown resource %q (see Resources)", resource)
	}
	s.mu.Lock()
	*t = append(*t, rows...)
	s.mu.Unlock()
	return nil
}

// Len returns how many objects a resource holds (0 for an unknown name).
func (s *Server) Len(resource string) int { return len(s.Objects(resource)) }

// Objects returns copies of a resource's objects in the API's JSON shape
// (numbers as json.Number), by id or key; nil for an unknown name.
func (s *Server) Objects(resource string) []map[string]any {
	var rows []fakeapi.Object
	if res, ok := s.res[resource]; ok {
		rows = res.coll.List(nil)
	} else if t := s.table(resource); t != nil {
		s.mu.Lock()
		for _, o := range *t {
			rows = append(rows, fakeapi.Clone(o))
		}
		s.mu.Unlock()
	} else {
		return nil
	}
	out := make([]map[string]any, len(rows))
	for i, o := range rows {
		out[i] = o
	}
	return out
}

// Customer returns the stored customer with that id, as the API would
// answer it (without expansions).
func (s *Server) Customer(id int64) (mycashflow.Customer, bool) {
	var cu mycashflow.Customer
	o, ok := s.res["customers"].coll.Get(strconv.FormatInt(id, 10))
	return cu, ok && decodeInto(o, &cu)
}

// CustomerGroup returns the stored customer group with that id.
func (s *Server) CustomerGroup(id int64) (mycashflow.CustomerGroup, bool) {
	var g mycashflow.CustomerGroup
	o, ok := s.res["customer_groups"].coll.Get(strconv.FormatInt(id, 10))
	return g, ok && decodeInto(o, &g)
}

// GroupMembers returns the ids of the customers in a customer group, in
// the order they were added.
func (s *Server) GroupMembers(groupID int64) []int64 {
	want := strconv.FormatInt(groupID, 10)
	var ids []int64
	for _, l := range s.res["customer_group_links"].coll.List(func(l object) bool {
		return fakeapi.Text(l["customer_group_id"]) == want
	}) {
		if id, err := strconv.ParseInt(fakeapi.Text(l["customer_id"]), 10, 64); err == nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// GiftCard returns the stored gift card with that code.
func (s *Server) GiftCard(code string) (mycashflow.GiftCard, bool) {
	var g mycashflow.GiftCard
	o, ok := s.res["gift_cards"].coll.Get(code)
	return g, ok && decodeInto(o, &g)
}

// decodeInto decodes a stored object into a model of package mycashflow.
func decodeInto(o fakeapi.Object, v any) bool {
	b, err := json.Marshal(o)
	return err == nil && json.Unmarshal(b, v) == nil
}
