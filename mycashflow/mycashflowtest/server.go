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
// (User and APIKey), pages lists with "meta", answers validation errors
// with 422 {"errors": {field: [messages]}} and other errors with
// {"error", "description"}, and starts preloaded with the documentation's
// examples. SetFaults injects latency, 5xx bursts, 429s, dropped
// connections and truncated bodies.
package mycashflowtest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/mycashflow"
)

// Credentials the fake accepts.
const (
	Store  = "fakestore"
	User   = "api@example.com"
	APIKey = "fake-api-key-0123"
)

// Faults describes failures to inject (see SetFaults).
type Faults = fakeapi.Faults

// Recorded is one request as the fake received it.
type Recorded = fakeapi.Recorded

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
	*fakeapi.Server
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
	s.Server = fakeapi.New(fakeapi.Config{
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
	s.Handle("/", s.dispatch)
	return s
}

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
			if !strings.HasPrefix(seg, "{") {
				rt.literals++
			}
		}
		s.routes = append(s.routes, rt)
	}
	// The most literal template wins: /customers/email/{email} before
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
	pathFound := false
	for _, rt := range s.routes {
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
	for name, raw := range seed {
		if res, ok := s.res[name]; ok {
			if err := res.coll.Load(raw); err != nil {
				panic(fmt.Sprintf("mycashflowtest: seed %s: %v", name, err))
			}
			continue
		}
		var rows []fakeapi.Object
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.UseNumber()
		if err := dec.Decode(&rows); err != nil {
			panic(fmt.Sprintf("mycashflowtest: seed %s: %v", name, err))
		}
		switch name {
		case "campaign_prices":
			s.prices = rows
		case "category_visibilities":
			s.visibility = rows
		case "category_product_links":
			s.prodLinks = rows
		default:
			panic("mycashflowtest: seed has unknown table " + name)
		}
	}
}
