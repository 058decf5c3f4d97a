package sitebuilder

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Client talks to one website's API. Its services are safe for concurrent use.
// Create one with NewClient: a zero Client{} has no services and its methods
// return an error matching ErrInvalidInput. No fmt verb prints its API key.
type Client struct {
	t *transport.Client

	// Contacts manages the website's CRM contacts.
	Contacts *ContactsService
	// Members manages registered members and single sign-on sessions.
	Members *MembersService
	// MemberGroups manages the groups that restrict member access.
	MemberGroups *MemberGroupsService
	// Products manages store products and lists categories.
	Products *ProductsService
	// Orders reads and updates store orders.
	Orders *OrdersService
	// FormSubmissions lists messages sent through the website's forms.
	FormSubmissions *FormSubmissionsService
	// Bookings lists booked sessions.
	Bookings *BookingsService
	// SubscriberLists manages email-marketing lists.
	SubscriberLists *SubscriberListsService
	// Webhooks lists and registers webhooks.
	Webhooks *WebhooksService
}

// APIPath is the path of the API under the website's domain.
const APIPath = "/api/site"

// domainRE accepts a host name (letters, digits, hyphens, dots) with an
// optional port.
var domainRE = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$`)

// NewClient returns a client for the website at siteURL, its domain
// ("example.com") or https URL ("https://example.com"), authenticated with
// the API key as a Bearer token (surrounding whitespace is trimmed). Requests go to https://{domain}/api/site
// unless WithBaseURL points elsewhere. It refuses an empty key, a malformed
// domain and a plain http URL (a *FieldError naming the field), and never
// touches the network.
func NewClient(siteURL, apiKey string, opts ...Option) (*Client, error) {
	apiKey = strings.TrimSpace(apiKey)
	if apiKey == "" {
		return nil, transport.Invalid("apiKey", "is required")
	}
	if strings.ContainsFunc(apiKey, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		// It could never be sent as a header; say so now rather than
		// failing (and retrying) on every call. The key is not echoed.
		return nil, transport.Invalid("apiKey", "must not contain whitespace or control characters")
	}
	domain, err := siteDomain(siteURL)
	if err != nil {
		return nil, err
	}
	t, err := transport.New(transport.Settings{
		Platform:     "sitebuilder",
		BaseURL:      "https://" + domain + APIPath,
		Auth:         transport.BearerAuth(apiKey),
		Header:       http.Header{"Accept": {"application/json"}},
		RequireHTTPS: true,
	}, opts...)
	if err != nil {
		return nil, err
	}
	s := &service{t: t, key: Secret(apiKey)}
	return &Client{
		t:               t,
		Contacts:        (*ContactsService)(s),
		Members:         (*MembersService)(s),
		MemberGroups:    (*MemberGroupsService)(s),
		Products:        (*ProductsService)(s),
		Orders:          (*OrdersService)(s),
		FormSubmissions: (*FormSubmissionsService)(s),
		Bookings:        (*BookingsService)(s),
		SubscriberLists: (*SubscriberListsService)(s),
		Webhooks:        (*WebhooksService)(s),
	}, nil
}

// errNoClient is returned by a zero Client and a nil or zero service.
var errNoClient = transport.Invalid("client", "is not initialised: build it with sitebuilder.NewClient")

// BaseURL returns the base URL requests go to ("" for a zero Client).
func (c *Client) BaseURL() string {
	if c == nil || c.t == nil {
		return ""
	}
	return c.t.BaseURL()
}

// RateLimiter returns the limiter that paces the client's requests, nil
// when rate limiting is off (the default: the API documents no quota).
func (c *Client) RateLimiter() Limiter {
	if c == nil || c.t == nil {
		return nil
	}
	return c.t.Limiter()
}

// Do sends a raw request for an endpoint this package does not wrap yet,
// with the same auth, retries, rate limiting and error decoding as the
// typed methods, and decodes a 2xx JSON body into out (nil skips decoding).
// req.Path is relative to BaseURL ("/members/123/notes").
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if c == nil || c.t == nil {
		return nil, errNoClient
	}
	if ctx == nil {
		return nil, transport.Invalid("ctx", "must not be nil")
	}
	if req == nil {
		return nil, transport.Invalid("req", "must not be nil")
	}
	return c.t.Do(ctx, req, out)
}

// String describes the client by its base URL, never its API key.
func (c Client) String() string { return "sitebuilder.Client{base: " + c.BaseURL() + "}" }

// Format prints the client as String does, for every verb (%v, %+v, %#v,
// %s, %q, %x...), so no verb reaches the credentials inside.
func (c Client) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, c.String()) }

// siteDomain reads the domain from "example.com" or "https://example.com/".
func siteDomain(site string) (string, error) {
	s := strings.TrimSpace(site)
	if s == "" {
		return "", transport.Invalid("siteURL", "is required")
	}
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil {
			return "", transport.Invalid("siteURL", "%q is not a URL", siteForError(site))
		}
		if !strings.EqualFold(u.Scheme, "https") {
			return "", transport.Invalid("siteURL", "%q is not https; the API is served over HTTPS only (use WithBaseURL for a fake or proxy)", redactedURL(s))
		}
		if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
			return "", transport.Invalid("siteURL", "%q must be the site's domain or https://domain only", redactedURL(s))
		}
		s = u.Host
	}
	s = strings.TrimSuffix(s, "/")
	if !domainRE.MatchString(s) || (!strings.Contains(s, ".") && !strings.HasPrefix(strings.ToLower(s), "localhost")) {
		return "", transport.Invalid("siteURL", "%q is not a domain name", siteForError(site))
	}
	if _, port, ok := strings.Cut(s, ":"); ok {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return "", transport.Invalid("siteURL", "port must be between 1 and 65535, got %s", port)
		}
	}
	return strings.ToLower(s), nil
}

// siteForError is site as an error may show it: without user info, query
// or fragment, which may hold credentials.
func siteForError(site string) string {
	s := strings.TrimSpace(site)
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i] + "?(query hidden)"
	}
	if strings.Contains(s, "@") {
		return "(a URL with credentials)"
	}
	return s
}

// service is what every resource service is: the transport it sends
// through. Each XxxService is defined as a service, so a nil *XxxService
// converts to a nil *service without being dereferenced.
type service struct {
	t *transport.Client
	// key is the API key, kept only to scrub it from what a server echoes
	// into errors this package builds (see notResource).
	key Secret
}

// client returns the transport, or errNoClient for a nil or zero service.
func (s *service) client() (*transport.Client, error) {
	if s == nil || s.t == nil {
		return nil, errNoClient
	}
	return s.t, nil
}

// String describes the service by its base URL, never its credentials.
func (s *service) String(name string) string {
	base := ""
	if s != nil && s.t != nil {
		base = s.t.BaseURL()
	}
	return "sitebuilder." + name + "{base: " + base + "}"
}

// do sends one request and decodes the answer into a new T.
func do[T any](ctx context.Context, s *service, method, path string, query, body any) (*T, error) {
	t, err := s.client()
	if err != nil {
		return nil, err
	}
	if ctx == nil {
		return nil, transport.Invalid("ctx", "must not be nil")
	}
	out, resp, err := transport.Decode[T](ctx, t, &transport.Request{Method: method, Path: path, Query: query, Body: body})
	if err != nil {
		return nil, err
	}
	// A 2xx body that is not the resource ({}, null, an error shape) must
	// not pass for a zero item: checked on the decoded value, so the happy
	// path parses the body once.
	if v, ok := any(out).(identified); ok && !v.identified() {
		return nil, s.notResource(method, path, resp, "not a single object with its id")
	}
	return out, nil
}

// identified is a model that can tell whether a decoded value is one: its
// id (or what stands for it) is set.
type identified interface{ identified() bool }

// notResource is the error for a 2xx body that is not what the endpoint
// answers: an *APIError when it has the API's error shape
// ({"success": false, "message"} or {"error"}), else a *DecodeError. The
// API key is scrubbed from what the server echoed.
func (s *service) notResource(method, path string, resp *Response, problem string) error {
	var body []byte
	status := 0
	if resp != nil {
		body, status = resp.Body, resp.StatusCode
	}
	if k := string(s.key); k != "" {
		body = bytes.ReplaceAll(body, []byte(k), []byte("REDACTED"))
	}
	url := s.t.BaseURL() + path
	var shape struct {
		Success *bool           `json:"success"`
		Message String          `json:"message"`
		Error   json.RawMessage `json:"error"`
	}
	_ = json.Unmarshal(body, &shape)
	errField := strings.TrimSpace(string(shape.Error))
	if (shape.Success != nil && !*shape.Success) || (errField != "" && errField != "null" && errField != `""` && errField != "false") {
		msg := string(shape.Message)
		if msg == "" {
			var text string
			if json.Unmarshal(shape.Error, &text) == nil {
				msg = text
			} else {
				msg = errField
			}
		}
		return &APIError{Platform: "sitebuilder", StatusCode: status, Method: method, URL: url, Message: msg, Body: body}
	}
	return &DecodeError{Platform: "sitebuilder", Method: method, URL: url, StatusCode: status, Err: errors.New(problem), Body: body}
}

// idPath builds tmpl with one id, refusing ids below 1.
func idPath(tmpl string, id int64) (string, error) {
	if err := check.ID("id", id); err != nil {
		return "", err
	}
	return transport.Path(tmpl, id)
}

// getByID fetches the object at tmpl with id.
func getByID[T any](ctx context.Context, s *service, tmpl string, id int64) (*T, error) {
	p, err := idPath(tmpl, id)
	if err != nil {
		return nil, err
	}
	return do[T](ctx, s, http.MethodGet, p, nil, nil)
}

// putByID updates the object at tmpl with id after checking body.
func putByID[T any](ctx context.Context, s *service, tmpl string, id int64, body validator) (*T, error) {
	p, err := idPath(tmpl, id)
	if err != nil {
		return nil, err
	}
	if err := checkBody(body); err != nil {
		return nil, err
	}
	return do[T](ctx, s, http.MethodPut, p, nil, body)
}

// post creates an object at path after checking body.
func post[T any](ctx context.Context, s *service, path string, query any, body validator) (*T, error) {
	if err := checkBody(body); err != nil {
		return nil, err
	}
	return do[T](ctx, s, http.MethodPost, path, query, body)
}

// validator is a request body that checks itself before it is sent.
type validator interface{ validate() error }

func checkBody(v validator) error {
	if v == nil || isNilPointer(v) {
		return transport.Invalid("body", "must not be nil")
	}
	return v.validate()
}

func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// DefaultLimit is the page size the API uses when none is asked for;
// MaxLimit is the largest it accepts.
const (
	DefaultLimit = 30
	MaxLimit     = 50
)

// ListOptions are the paging parameters every paginated list takes.
type ListOptions struct {
	// Limit is the page size, 1..50; 0 leaves the API's default (30).
	Limit int `url:"limit,omitempty"`
	// Skip is how many items to skip (the offset), >= 0.
	Skip int `url:"skip,omitempty"`
}

func (o ListOptions) validate() error {
	if o.Limit < 0 || o.Limit > MaxLimit {
		return transport.Invalid("limit", "must be between 1 and %d, got %d", MaxLimit, o.Limit)
	}
	if o.Skip < 0 {
		return transport.Invalid("skip", "must not be negative, got %d", o.Skip)
	}
	return nil
}

// envelope is the paginated answer: {"totalCount","limit","skip","items"}.
// The counters are Int, which reads a number or a numeric string itself: a
// counter sent as a string must not send the whole page through the
// tolerant second decode.
type envelope[T any] struct {
	TotalCount *Int     `json:"totalCount"`
	Limit      *Int     `json:"limit"`
	Skip       *Int     `json:"skip"`
	Items      *List[T] `json:"items"`
}

// listPage fetches one page of path with query (which embeds lo), after
// checking lo and, when it checks itself, query.
func listPage[T any](ctx context.Context, s *service, path string, lo ListOptions, query any) (*Page[T], error) {
	if err := lo.validate(); err != nil {
		return nil, err
	}
	if v, ok := query.(validator); ok {
		if err := v.validate(); err != nil {
			return nil, err
		}
	}
	env, resp, err := doResp[envelope[T]](ctx, s, http.MethodGet, path, query)
	if err != nil {
		return nil, err
	}
	if env.Items == nil && env.TotalCount == nil {
		return nil, s.notResource(http.MethodGet, path, resp, "not a list envelope {totalCount, items}")
	}
	if err := checkItems(s, path, resp, orZero(env.Items)); err != nil {
		return nil, err
	}
	p := &Page[T]{Items: orZero(env.Items), Offset: lo.Skip, Size: lo.Limit, Total: -1}
	if p.Items == nil {
		p.Items = []T{}
	}
	if env.Skip != nil {
		p.Offset = int(*env.Skip)
	}
	// A reported limit outside 1..50 is not carried into the next request,
	// which would be refused.
	if env.Limit != nil && *env.Limit > 0 && *env.Limit <= MaxLimit {
		p.Size = int(*env.Limit)
	}
	if p.Size == 0 {
		p.Size = DefaultLimit
	}
	if env.TotalCount != nil {
		p.Total = int(*env.TotalCount)
		p.Pages = (p.Total + p.Size - 1) / p.Size
	}
	p.SetNextByOffset()
	return p, nil
}

// iterate walks every page from lo on, calling list with each page's
// options. transport.Iterate ends it with ErrPagingLoop when the server
// does not advance (a page repeating the one before: a server that ignores
// skip with a huge totalCount) or past the client's page ceiling
// (WithMaxPages).
func iterate[T any](ctx context.Context, s *service, lo ListOptions, list func(context.Context, ListOptions) (*Page[T], error)) iter.Seq2[T, error] {
	if ctx == nil {
		// transport.Iterate would refuse it too; List names it the same way.
		return func(yield func(T, error) bool) {
			var zero T
			yield(zero, transport.Invalid("ctx", "must not be nil"))
		}
	}
	var opts []transport.IterateOption
	if s != nil && s.t != nil {
		opts = append(opts, transport.MaxPages(s.t.MaxPages()))
	}
	first := transport.PageRequest{Offset: lo.Skip, Size: lo.Limit}
	return transport.Iterate(ctx, first, func(ctx context.Context, pr transport.PageRequest) (*Page[T], error) {
		return list(ctx, ListOptions{Limit: pr.Size, Skip: pr.Offset})
	}, opts...)
}

// orZero returns *p, or the zero value when p is nil.
func orZero[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// doResp is do for a GET whose raw response the caller checks itself.
func doResp[T any](ctx context.Context, s *service, method, path string, query any) (*T, *Response, error) {
	t, err := s.client()
	if err != nil {
		return nil, nil, err
	}
	if ctx == nil {
		return nil, nil, transport.Invalid("ctx", "must not be nil")
	}
	return transport.Decode[T](ctx, t, &transport.Request{Method: method, Path: path, Query: query})
}

// checkItems refuses a list holding an item that is not one (a zero value
// decoded from {}, null or an error shape).
func checkItems[T any](s *service, path string, resp *Response, items []T) error {
	for i := range items {
		if v, ok := any(&items[i]).(identified); ok && !v.identified() {
			return s.notResource(http.MethodGet, path, resp, fmt.Sprintf("item %d is not an object with its id", i))
		}
	}
	return nil
}

// bareList fetches an unpaged list answered as a JSON array (the API's
// webhooks and categories); null is an empty list.
func bareList[T any](ctx context.Context, s *service, path string, query any) ([]T, error) {
	out, resp, err := doResp[List[T]](ctx, s, http.MethodGet, path, query)
	if err != nil {
		return nil, err
	}
	if b := bytes.TrimSpace(resp.Body); len(b) == 0 || (b[0] != '[' && b[0] != '{' && b[0] != 'n') {
		return nil, s.notResource(http.MethodGet, path, resp, "not a JSON array")
	}
	if err := checkItems(s, path, resp, *out); err != nil {
		return nil, err
	}
	if *out == nil {
		return []T{}, nil
	}
	return *out, nil
}
