package storefront

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/routes"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Client talks to one storefront API. It is safe for concurrent use: its
// customer session is guarded, and AsCustomer gives cheap per-customer views
// that share its connections, limiter and route table. Make one with
// NewClient: a zero Client{} has no base URL, and its methods (and its
// services') return an error matching ErrInvalidInput instead of sending.
// No fmt verb prints the session.
type Client struct {
	svc *service

	// Forms submits the public forms (contact, influencers, careers, partners).
	Forms *FormsService
	// Search searches the catalogue and resolves storefront URLs.
	Search *SearchService
	// Customers signs customers up and in and manages their profile.
	Customers *CustomersService
	// ShippingAddresses manages the logged-in customer's addresses.
	ShippingAddresses *ShippingAddressesService
	// Subscriptions manages newsletter subscriptions.
	Subscriptions *SubscriptionsService
	// AffiliateWithdrawals requests affiliate payouts.
	AffiliateWithdrawals *AffiliateWithdrawalsService
	// Checkouts runs the checkout flow.
	Checkouts *CheckoutsService
	// Orders reads orders and runs order actions.
	Orders *OrdersService
	// Products lists, filters and searches products.
	Products *ProductsService
	// ProductReviews posts reviews.
	ProductReviews *ProductReviewsService
	// ProductQuestions posts questions.
	ProductQuestions *ProductQuestionsService
	// Cart manages the shopper's cart.
	Cart *CartService
	// Discounts looks up discounts.
	Discounts *DiscountsService
	// Settings reads store settings and option lists.
	Settings *SettingsService
	// Collections lists collections.
	Collections *CollectionsService
	// Categories lists categories.
	Categories *CategoriesService
	// BlogCategories lists blog categories.
	BlogCategories *BlogCategoriesService
	// BlogPosts lists blog posts.
	BlogPosts *BlogPostsService
	// Reports reads the store reports.
	Reports *ReportsService
	// CRM creates and updates CRM leads.
	CRM *CRMService
}

// service is what every XxxService is: the shared transport and route
// table, and the session of the client or customer view it belongs to.
type service struct {
	t       *transport.Client
	routes  *routes.Table
	session session
	mode    TokenMode
}

// NewClient returns a client for the storefront API at baseURL (for
// example "https://api.shop.example/v1"). The API documentation names no
// host, so there is no default. It validates its input and never touches
// the network. Options are the core ones (WithRetry, WithLogger, ...) and
// WithRoutes, LoadRoutes, WithCustomerToken and WithTokenMode.
func NewClient(baseURL string, opts ...Option) (*Client, error) {
	baseURL = strings.TrimRight(strings.TrimSpace(baseURL), "/")
	if baseURL == "" {
		return nil, transport.Invalid("baseURL", "is required (the API documentation names no host)")
	}
	if u, err := url.Parse(baseURL); err == nil && strings.EqualFold(u.Scheme, "http") && !loopback(u.Hostname()) {
		// The session and passwords would cross the network in clear.
		return nil, transport.Invalid("baseURL", "%q must use https (plain http is accepted only for a loopback fake)", u.Scheme+"://"+u.Host)
	}
	all := append([]Option{transport.WithBaseURL(baseURL)}, opts...)
	t, err := transport.New(transport.Settings{
		Platform: "storefront",
		BaseURL:  baseURL,
		Auth:     sessionAuth{},
		Header:   http.Header{"Accept": {"application/json"}},
	}, all...)
	if err != nil {
		return nil, err
	}
	table := defaultRoutes
	if v, ok := t.Value(routesKey{}).(*routes.Table); ok {
		table = v
	}
	mode := TokenBearer
	if m, ok := t.Value(modeKey{}).(TokenMode); ok {
		mode = m
	}
	s := &service{t: t, routes: table, mode: mode}
	if tok, ok := t.Value(tokenKey{}).(Secret); ok {
		s.session.set(tok)
	}
	return newClient(s), nil
}

func loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func newClient(s *service) *Client {
	return &Client{
		svc:                  s,
		Forms:                (*FormsService)(s),
		Search:               (*SearchService)(s),
		Customers:            (*CustomersService)(s),
		ShippingAddresses:    (*ShippingAddressesService)(s),
		Subscriptions:        (*SubscriptionsService)(s),
		AffiliateWithdrawals: (*AffiliateWithdrawalsService)(s),
		Checkouts:            (*CheckoutsService)(s),
		Orders:               (*OrdersService)(s),
		Products:             (*ProductsService)(s),
		ProductReviews:       (*ProductReviewsService)(s),
		ProductQuestions:     (*ProductQuestionsService)(s),
		Cart:                 (*CartService)(s),
		Discounts:            (*DiscountsService)(s),
		Settings:             (*SettingsService)(s),
		Collections:          (*CollectionsService)(s),
		Categories:           (*CategoriesService)(s),
		BlogCategories:       (*BlogCategoriesService)(s),
		BlogPosts:            (*BlogPostsService)(s),
		Reports:              (*ReportsService)(s),
		CRM:                  (*CRMService)(s),
	}
}

// AsCustomer returns a view of c with its own session, holding authKey
// (empty for a guest view that may log in later). The view shares c's
// connections, limiter, retries and route table; building one costs two
// small allocations, so a server serving many shoppers makes one per
// request instead of a client per request. Logging in or out on the view
// changes the view's session only.
func (c *Client) AsCustomer(authKey Secret) *Client {
	if c == nil || c.svc == nil {
		return &Client{}
	}
	s := &service{t: c.svc.t, routes: c.svc.routes, mode: c.svc.mode}
	s.session.set(authKey)
	return newClient(s)
}

// Session returns the customer session the client holds (the auth_key of
// the last login), or "" for a guest. It is a Secret: no fmt verb or log
// handler prints it.
func (c *Client) Session() Secret {
	if c == nil || c.svc == nil {
		return ""
	}
	return c.svc.session.get()
}

// SetSession replaces the session (a key saved from an earlier login);
// "" makes the client a guest. It never sends anything.
func (c *Client) SetSession(authKey Secret) {
	if c != nil && c.svc != nil {
		c.svc.session.set(authKey)
	}
}

// BaseURL returns the base URL requests go to ("" for a zero Client).
func (c *Client) BaseURL() string {
	if c == nil || c.svc == nil {
		return ""
	}
	return c.svc.t.BaseURL()
}

// RateLimiter returns the client's limiter, nil when it does not limit
// itself (the default: the API documents no quota).
func (c *Client) RateLimiter() Limiter {
	if c == nil || c.svc == nil {
		return nil
	}
	return c.svc.t.Limiter()
}

// Routes returns the route table the client uses (the defaults with the
// WithRoutes and LoadRoutes overrides applied), as "METHOD /path" by
// endpoint name.
func (c *Client) Routes() map[string]string {
	if c == nil || c.svc == nil {
		return nil
	}
	return routeStrings(c.svc.routes)
}

// Do sends a request the package does not wrap yet, with the client's
// session (as the typed customer endpoints send it), retries, rate limiting
// and error decoding, and decodes a 2xx JSON body into out (nil skips).
// req.Path is relative to the base URL.
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if c == nil || c.svc == nil {
		return nil, errNoClient
	}
	if ctx == nil {
		return nil, transport.Invalid("ctx", "must not be nil")
	}
	if req == nil {
		return nil, transport.Invalid("req", "must not be nil")
	}
	s := c.svc
	tok := s.session.get()
	if tok != "" {
		ctx = context.WithValue(ctx, callTokenKey{}, callToken{tok: string(tok), mode: s.mode})
	}
	resp, err := s.t.Do(ctx, req, out)
	return resp, scrubErr(err, string(tok))
}

// String describes the client by its base URL, never its session.
func (c Client) String() string {
	if c.svc == nil {
		return "storefront.Client{}"
	}
	return "storefront.Client{base: " + c.svc.t.BaseURL() + "}"
}

// Format prints String for every verb, so no verb reaches the session.
func (c Client) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, c.String()) }

var errNoClient = transport.Invalid("client", "is not initialised: build it with storefront.NewClient")

// ---- options ----

type routesKey struct{}
type tokenKey struct{}
type modeKey struct{}

// DefaultRoutes returns the built-in route table as "METHOD /path" by
// endpoint name ("customers.login": "POST /customers/login"); the package's
// routes.json holds the same. All but four paths are inferred.
func DefaultRoutes() map[string]string { return routeStrings(defaultRoutes) }

func routeStrings(t *routes.Table) map[string]string {
	out := make(map[string]string)
	for k, r := range t.Map() {
		out[k] = r.String()
	}
	return out
}

// WithRoutes replaces the method and path of some endpoints, for when the
// API answers 404 on a route this package had to infer: a fix needs no
// new release. Keys are endpoint names as in DefaultRoutes; a value is a
// path ("/customers/sign-in", the method stays) or "METHOD /path". The path
// keeps the default's {placeholders} (any order):
//
//	storefront.WithRoutes(map[string]string{
//		"customers.login": "POST /auth/login",
//		"orders.get":      "/customer/orders/{id}",
//	})
//
// An unknown name, a bad method or a path that does not fit is a
// *FieldError from NewClient naming routes[name]. Several WithRoutes and
// LoadRoutes apply in order.
func WithRoutes(overrides map[string]string) Option {
	return transport.WithValue(routesKey{}, func(old any) (any, error) {
		return tableOf(old).With(overrides)
	})
}

// LoadRoutes applies the overrides in the JSON file at path: an object of
// endpoint name to "METHOD /path", "/path" or {"method","path"}, checked as
// WithRoutes checks them (a copy of routes.json edited is such a file).
// NewClient reads the file; an unreadable or invalid one is a *FieldError.
func LoadRoutes(path string) Option {
	return transport.WithValue(routesKey{}, func(old any) (any, error) {
		return tableOf(old).WithFile(path)
	})
}

func tableOf(old any) *routes.Table {
	if t, ok := old.(*routes.Table); ok {
		return t
	}
	return defaultRoutes
}

// WithCustomerToken starts the client with a customer session: an auth_key
// saved from an earlier login. It is sent on the endpoints that need or
// accept a customer, as WithTokenMode says.
func WithCustomerToken(authKey Secret) Option {
	return transport.WithValue(tokenKey{}, func(any) (any, error) {
		if strings.ContainsFunc(string(authKey), func(r rune) bool { return r <= ' ' || r == 0x7f }) {
			return nil, transport.Invalid("auth_key", "must not contain spaces or control characters")
		}
		return authKey, nil
	})
}

// TokenMode says how the customer session travels.
type TokenMode int

const (
	// TokenBearer sends "Authorization: Bearer <auth_key>" (the default;
	// Yii2's HttpBearerAuth).
	TokenBearer TokenMode = iota
	// TokenQuery sends "?access-token=<auth_key>" (Yii2's QueryParamAuth).
	// Error messages and log lines show the parameter as REDACTED, but
	// proxies and the server's access log see it: prefer TokenBearer.
	TokenQuery
)

// WithTokenMode chooses how the customer session travels; the API
// documentation does not say, so both Yii2 conventions are offered.
func WithTokenMode(m TokenMode) Option {
	return transport.WithValue(modeKey{}, func(any) (any, error) {
		if m != TokenBearer && m != TokenQuery {
			return nil, transport.Invalid("token mode", "must be TokenBearer or TokenQuery")
		}
		return m, nil
	})
}

// ---- session ----

// session is the customer's auth_key, guarded for concurrent use.
type session struct {
	mu  sync.RWMutex
	tok Secret
}

func (s *session) get() Secret {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.tok
}

func (s *session) set(t Secret) {
	s.mu.Lock()
	s.tok = t
	s.mu.Unlock()
}

func (s *session) clear() { s.set("") }

// callToken is the session of one call, carried in its context to
// sessionAuth: the transport is shared by every customer view.
type callToken struct {
	tok  string
	mode TokenMode
}
type callTokenKey struct{}

// sessionAuth applies the call's customer session, if any.
type sessionAuth struct{}

func (sessionAuth) Apply(r *http.Request) {
	ct, ok := r.Context().Value(callTokenKey{}).(callToken)
	if !ok || ct.tok == "" {
		return
	}
	if ct.mode == TokenQuery {
		pair := "access-token=" + url.QueryEscape(ct.tok)
		if r.URL.RawQuery == "" {
			r.URL.RawQuery = pair
		} else {
			r.URL.RawQuery += "&" + pair
		}
		return
	}
	r.Header["Authorization"] = []string{"Bearer " + ct.tok}
}
func (sessionAuth) Secrets() []string { return nil }
func (sessionAuth) String() string    { return "customer session (per call)" }

// scrubErr removes the session from every text of err: the transport
// scrubs the secrets it knows, and the session changes per call.
func scrubErr(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	var live []string
	for _, s := range secrets {
		if len(s) >= 4 {
			live = append(live, s, url.QueryEscape(s))
		}
	}
	if len(live) == 0 {
		return err
	}
	rep := func(s string) string {
		for _, sec := range live {
			s = strings.ReplaceAll(s, sec, "REDACTED")
		}
		return s
	}
	repb := func(b []byte) []byte {
		if b == nil {
			return nil
		}
		return []byte(rep(string(b)))
	}
	var ae *APIError
	if errors.As(err, &ae) {
		ae.Message, ae.Code, ae.URL, ae.Body = rep(ae.Message), rep(ae.Code), rep(ae.URL), repb(ae.Body)
		for k, v := range ae.Header {
			for i := range v {
				v[i] = rep(v[i])
			}
			ae.Header[k] = v
		}
		for _, v := range ae.Fields {
			for i := range v {
				v[i] = rep(v[i])
			}
		}
		return err
	}
	var de *DecodeError
	if errors.As(err, &de) {
		de.URL, de.Body = rep(de.URL), repb(de.Body)
		if de.Err != nil && rep(de.Err.Error()) != de.Err.Error() {
			de.Err = errors.New(rep(de.Err.Error()))
		}
		return err
	}
	var re *RequestError
	if errors.As(err, &re) {
		re.URL = rep(re.URL)
		if re.Err != nil && rep(re.Err.Error()) != re.Err.Error() {
			re.Err = &scrubbed{msg: rep(re.Err.Error()), err: re.Err}
		}
		return err
	}
	if rep(err.Error()) != err.Error() {
		return &scrubbed{msg: rep(err.Error()), err: err}
	}
	return err
}

// scrubbed hides a secret in an error's text while errors.Is still sees
// its cause (no Unwrap: printing the chain must not reach the raw text).
type scrubbed struct {
	msg string
	err error
}

func (e *scrubbed) Error() string        { return e.msg }
func (e *scrubbed) Is(target error) bool { return errors.Is(e.err, target) }

// ---- calls ----

type authKind int

const (
	authPublic   authKind = iota // never sends the session
	authOptional                 // sends it when there is one
	authCustomer                 // needs it: refused before sending without one
)

// endpoint is what a method tells call about its endpoint.
type endpoint struct {
	name      string
	auth      authKind
	multipart bool
	query     bool // parameters travel in the query, not the body
}

// pathArg is one placeholder value, or the error of checking it.
type pathArg struct {
	v      string
	err    error
	secret bool // a guest token: scrubbed from errors like the session
}

func pathID(id int64, field string) pathArg {
	return pathArg{v: strconv.FormatInt(id, 10), err: check.ID(field, id)}
}

// validator is a parameter struct that checks itself.
type validator interface{ validate() error }

// MaxUploadBytes is the largest multipart body the client builds (all files
// together); a larger one is refused before sending, as the whole body is
// held in memory so that a retry can resend it.
const MaxUploadBytes = 32 << 20

// call sends one endpoint's request and decodes the answer into out.
func (s *service) call(ctx context.Context, ep endpoint, args []pathArg, params any, required bool, out any, allowEmpty bool) error {
	if s == nil || s.t == nil {
		return errNoClient
	}
	if ctx == nil {
		return transport.Invalid("ctx", "must not be nil")
	}
	v, isV := params.(validator)
	if isV && isNilParams(v) {
		if required {
			return transport.Invalid("params", "must not be nil")
		}
		params, isV = nil, false
	}
	if isV {
		if err := v.validate(); err != nil {
			return err
		}
	}
	strs := make([]string, len(args))
	var hide []string
	for i, a := range args {
		if a.err != nil {
			return a.err
		}
		strs[i] = a.v
		if a.secret {
			hide = append(hide, a.v, url.PathEscape(a.v))
		}
	}
	method, path, err := s.routes.Build(ep.name, strs...)
	if err != nil {
		return err
	}
	// Guest tokens in the path stay out of the transport's log lines too.
	req := &Request{Method: method, Path: path, AllowEmpty: allowEmpty, Redact: hide}
	if params != nil {
		if ep.query {
			req.Query = params
		} else if ep.multipart {
			mp, err := buildMultipart(params)
			if err != nil {
				return err
			}
			req.Multipart = mp
		} else {
			enc, err := transport.EncodeQuery(params)
			if err != nil {
				return err
			}
			req.Body, req.ContentType = []byte(enc), "application/x-www-form-urlencoded"
		}
	} else if !ep.query && method != http.MethodGet && method != http.MethodDelete && method != http.MethodHead {
		req.Body, req.ContentType = []byte{}, "application/x-www-form-urlencoded"
	}
	var tok Secret
	if ep.auth != authPublic {
		tok = s.session.get()
		if tok == "" && ep.auth == authCustomer {
			return transport.Invalid("auth_key", "is required: log in first, or use WithCustomerToken or AsCustomer (%s needs the customer session)", ep.name)
		}
		if tok != "" {
			ctx = context.WithValue(ctx, callTokenKey{}, callToken{tok: string(tok), mode: s.mode})
		}
	}
	resp, err := s.t.Do(ctx, req, out)
	if err == nil && out != nil && resp != nil {
		err = yiiErrorIn(resp, req, s.t.BaseURL())
	}
	if err != nil {
		// A login answer the package could not read still holds the new
		// auth_key in the error's body: scrub it with the session's.
		return scrubErr(err, append(append(authKeysIn(err), hide...), string(tok))...)
	}
	return nil
}

// yiiErrorIn returns an *APIError for a 2xx body that is Yii2's error
// object ({name, message, code, status}, as sent with
// suppress_response_code): it must not pass for a resource.
func yiiErrorIn(resp *Response, req *Request, base string) error {
	b := bytes.TrimSpace(resp.Body)
	if len(b) == 0 || b[0] != '{' || !bytes.Contains(b, []byte(`"status"`)) {
		return nil
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil {
		return nil
	}
	for k := range top {
		switch k {
		case "name", "message", "code", "status", "type", "previous":
		default:
			return nil
		}
	}
	var e struct {
		Name    string `json:"name"`
		Message string `json:"message"`
		Status  int    `json:"status"`
	}
	if json.Unmarshal(b, &e) != nil || e.Status < 400 || e.Status > 599 || e.Message == "" {
		return nil
	}
	u, _ := url.Parse(base + req.Path)
	return &APIError{Platform: "storefront", StatusCode: e.Status, Method: req.Method, URL: transport.RedactURL(u), Message: e.Message, Code: e.Name, Body: resp.Body}
}

var authKeyRE = regexp.MustCompile(`"auth_key"\s*:\s*"((?:[^"\\]|\\.)*)"`)

// authKeysIn returns the auth_key values in the body of a *DecodeError or
// *APIError.
func authKeysIn(err error) []string {
	var body []byte
	var de *DecodeError
	var ae *APIError
	switch {
	case errors.As(err, &de):
		body = de.Body
	case errors.As(err, &ae):
		body = ae.Body
	}
	var out []string
	for _, m := range authKeyRE.FindAllSubmatch(body, -1) {
		out = append(out, string(m[1]))
	}
	return out
}

func isNilParams(v validator) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

type filePart struct {
	field string
	file  *File
}

// filesOf returns the File fields of a parameter struct, named by their
// form tag ("cv", "files[]"), in field order.
func filesOf(params any) []filePart {
	rv := reflect.Indirect(reflect.ValueOf(params))
	if rv.Kind() != reflect.Struct {
		return nil
	}
	var out []filePart
	for i := 0; i < rv.NumField(); i++ {
		name := rv.Type().Field(i).Tag.Get("form")
		if name == "" {
			continue
		}
		switch f := rv.Field(i).Interface().(type) {
		case *File:
			if f != nil {
				out = append(out, filePart{name, f})
			}
		case []File:
			for j := range f {
				out = append(out, filePart{name, &f[j]})
			}
		}
	}
	return out
}

func callNone(s *service, ctx context.Context, ep endpoint, args []pathArg, params any, required bool) error {
	return s.call(ctx, ep, args, params, required, nil, true)
}

func callObject[T any](s *service, ctx context.Context, ep endpoint, args []pathArg, params any, required bool) (*T, error) {
	out := new(T)
	if err := s.call(ctx, ep, args, params, required, out, false); err != nil {
		return nil, err
	}
	return out, nil
}

func callObjectOrEmpty[T any](s *service, ctx context.Context, ep endpoint, args []pathArg, params any, required bool) (*T, error) {
	out := new(T)
	if err := s.call(ctx, ep, args, params, required, out, true); err != nil {
		return nil, err
	}
	return out, nil
}

func callList[T any](s *service, ctx context.Context, ep endpoint, args []pathArg, params any, required bool) ([]T, error) {
	var out []T
	if err := s.call(ctx, ep, args, params, required, &out, false); err != nil {
		return nil, err
	}
	if out == nil {
		out = []T{}
	}
	return out, nil
}

// envelope is the Yii2 collection envelope.
type envelope[T any] struct {
	Items List[T]   `json:"items"`
	Links PageLinks `json:"_links"`
	Meta  *PageMeta `json:"_meta"`
}

func callPage[T any](s *service, ctx context.Context, ep endpoint, args []pathArg, params any, required bool) (*Page[T], error) {
	var env envelope[T]
	if err := s.call(ctx, ep, args, params, required, &env, false); err != nil {
		return nil, err
	}
	p := &Page[T]{Items: env.Items, Total: -1}
	if p.Items == nil {
		p.Items = []T{}
	}
	if m := env.Meta; m != nil {
		p.Number, p.Size, p.Total, p.Pages = int(m.CurrentPage), int(m.PerPage), int(m.TotalCount), int(m.PageCount)
	}
	if p.Number < 1 {
		p.Number = 1
	}
	p.SetNextByNumber(1)
	return p, nil
}

// iterate walks pages from first (0: the first page) with size.
func iterate[T any](ctx context.Context, first, size int, list func(ctx context.Context, page, size int) (*Page[T], error)) iter.Seq2[T, error] {
	if first < 1 {
		first = 1
	}
	return transport.Iterate(ctx, PageRequest{Number: first, Size: size}, func(ctx context.Context, pr PageRequest) (*Page[T], error) {
		return list(ctx, pr.Number, pr.Size)
	})
}

// buildMultipart turns params into a multipart body: every url-tagged field
// as a form field (in name order), every File as a file part, refusing a
// body above MaxUploadBytes before anything is sent.
func buildMultipart(params any) (*transport.Multipart, error) {
	enc, err := transport.EncodeQuery(params)
	if err != nil {
		return nil, err
	}
	vals, _ := url.ParseQuery(enc)
	mp := &transport.Multipart{}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range vals[k] {
			mp.Fields = append(mp.Fields, transport.FormField{Name: k, Value: v})
		}
	}
	var total int64
	for _, f := range filesOf(params) {
		if f.file == nil || f.file.Content == nil {
			return nil, transport.Invalid(f.field, "must have Content")
		}
		b, err := io.ReadAll(io.LimitReader(f.file.Content, MaxUploadBytes-total+1))
		if err != nil {
			return nil, transport.Invalid(f.field, "cannot be read: %v", err)
		}
		total += int64(len(b))
		if total > MaxUploadBytes {
			return nil, transport.Invalid(f.field, "must be at most %d bytes in all (MaxUploadBytes)", MaxUploadBytes)
		}
		name := f.file.Filename
		if name == "" {
			name = "file"
		}
		mp.Files = append(mp.Files, transport.FilePart{Field: f.field, Filename: name, ContentType: f.file.ContentType, Content: bytes.NewReader(b)})
	}
	return mp, nil
}

// ---- shared types ----

// File is one file of a multipart form. Content is read once, into memory,
// when the request is built (so a retry can resend it); all files of one
// request together must fit in MaxUploadBytes.
type File struct {
	// Filename is the file's name as sent ("cv.pdf"); "file" when empty.
	Filename string
	// ContentType defaults to application/octet-stream.
	ContentType string
	// Content is the file's bytes.
	Content io.Reader
}

// Object is an answer the API documentation shows only as {}: every member
// as the raw JSON received.
type Object map[string]json.RawMessage

// ContactScenario is the contact form's scenario.
type ContactScenario int

// The documented scenarios.
const (
	ScenarioDefault   ContactScenario = 1
	ScenarioEcommerce ContactScenario = 2
)

// RecaptchaToken is the reCAPTCHA response token the contact form needs.
type RecaptchaToken string

// CartUUID identifies a guest's cart; keep it between requests.
type CartUUID string

// CheckoutToken identifies a checkout in progress.
type CheckoutToken string

// PasswordResetToken is the token of a password-reset link.
type PasswordResetToken string

// CustomerUUID is a customer's uuid from e-mail and order links
// (autologin, order lookups without login).
type CustomerUUID string

// SubscriptionUUID identifies a newsletter subscription.
type SubscriptionUUID string

// Credential is a password or third-party token sent in a form: it reaches
// the wire as is, but no fmt verb or slog handler prints it.
type Credential string

// String returns "REDACTED" (or "" when empty).
func (c Credential) String() string {
	if c == "" {
		return ""
	}
	return "REDACTED"
}

// Format prints String for every verb.
func (c Credential) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, c.String()) }

// GoString keeps %#v from printing the value.
func (c Credential) GoString() string { return strconv.Quote(c.String()) }

// LogValue keeps slog handlers from printing the value.
func (c Credential) LogValue() slog.Value { return slog.StringValue(c.String()) }

// MarshalJSON writes "REDACTED": a Credential is sent in forms only.
func (c Credential) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(c.String())), nil }

// EncodeValues writes the raw value for the form encoder.
func (c Credential) EncodeValues(key string, v *url.Values) error {
	if c != "" {
		v.Set(key, string(c))
	}
	return nil
}

// FormMap is a set of key-value parameters sent as name[key]=value
// (utms[country]=USA).
type FormMap map[string]string

// EncodeValues writes name[key]=value pairs, keys sorted.
func (m FormMap) EncodeValues(key string, v *url.Values) error {
	for k, val := range m {
		v.Add(key+"["+k+"]", val)
	}
	return nil
}

// OptionFilters filters by option: {"Color": {"Red","Blue"}} is sent as
// filter_by[Color][]=Red&filter_by[Color][]=Blue.
type OptionFilters map[string][]string

// EncodeValues writes name[option][]=value pairs.
func (m OptionFilters) EncodeValues(key string, v *url.Values) error {
	for k, vals := range m {
		for _, val := range vals {
			v.Add(key+"["+k+"][]", val)
		}
	}
	return nil
}

// Filters are the dynamic option filters of collection and category
// listings: {"color": {"red"}} is sent as color[]=red.
type Filters map[string][]string

// EncodeValues writes option[]=value pairs at the top level.
func (m Filters) EncodeValues(_ string, v *url.Values) error {
	for k, vals := range m {
		for _, val := range vals {
			v.Add(k+"[]", val)
		}
	}
	return nil
}

// CheckoutToken returns the checkout's token: Token, or a checkout_token
// member when the API names it so.
func (c *Checkout) CheckoutToken() CheckoutToken {
	if c == nil {
		return ""
	}
	if c.Token != "" {
		return CheckoutToken(c.Token)
	}
	var s string
	if raw, ok := c.Extra["checkout_token"]; ok && json.Unmarshal(raw, &s) == nil {
		return CheckoutToken(s)
	}
	return ""
}
