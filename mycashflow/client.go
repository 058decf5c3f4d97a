package mycashflow

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/go-querystring/query"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/routes"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// BaseURLFormat is the API base for a store name; the API answers only on
// the store's default *.mycashflow.fi domain, never on a custom domain.
const BaseURLFormat = "https://%s.mycashflow.fi/api/v1"

// Client talks to one MyCashflow store. It is safe for concurrent use.
// Make one with NewClient: a zero Client{} has no credentials and no base
// URL, and its methods (and its services') return an error matching
// ErrInvalidInput instead of sending anything. No fmt verb prints its
// credentials.
type Client struct {
	tc     *transport.Client
	routes *routes.Table
	// versioned holds the endpoints WithAPIVersions sends to another API
	// version, each with a transport on that version's base URL.
	versioned map[string]*transport.Client

	// BannerGroups manages banner groups.
	BannerGroups *BannerGroupsService
	// Banners manages banners.
	Banners *BannersService
	// Brands manages product brands.
	Brands *BrandsService
	// Campaigns manages campaigns and their product discount prices.
	Campaigns *CampaignsService
	// Categories manages product categories, their visibilities and product links.
	Categories *CategoriesService
	// CustomerGroups manages customer groups and their members.
	CustomerGroups *CustomerGroupsService
	// Customers reads and writes customer accounts.
	Customers *CustomersService
	// EmailSubscribers manages the e-mail newsletter subscribers.
	EmailSubscribers *EmailSubscribersService
	// GiftCards manages gift cards, identified by their code.
	GiftCards *GiftCardsService
}

// storeName is a DNS label: the store's subdomain of mycashflow.fi.
var storeName = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`)

// NewClient returns a client for the store named store (the STORE of
// https://STORE.mycashflow.fi), authenticating with HTTP Basic as the API
// user apiUser (its e-mail address) with its API key. It validates its input
// and never touches the network. No rate limit is documented, so the client
// does not limit itself unless WithRateLimit says so.
//
// Options are the usual core ones (WithRetry, WithBaseURL, WithLogger, ...)
// and WithPaths, which replaces endpoint paths; they mix freely in opts.
func NewClient(store, apiUser, apiKey string, opts ...Option) (*Client, error) {
	if store == "" {
		return nil, transport.Invalid("store", "is required")
	}
	if !storeName.MatchString(store) {
		return nil, transport.Invalid("store", "must be a store name (letters, digits and inner hyphens, as in STORE.mycashflow.fi), got %q", store)
	}
	if strings.TrimSpace(apiUser) == "" {
		return nil, transport.Invalid("apiUser", "is required (the API user's e-mail address)")
	}
	if strings.ContainsAny(apiUser, ":\r\n") {
		return nil, transport.Invalid("apiUser", "must not contain ':' or line breaks")
	}
	if strings.TrimSpace(apiKey) == "" {
		return nil, transport.Invalid("apiKey", "is required")
	}
	tc, err := transport.New(transport.Settings{
		Platform:     "mycashflow",
		BaseURL:      fmt.Sprintf(BaseURLFormat, strings.ToLower(store)),
		Auth:         transport.BasicAuth(apiUser, apiKey),
		Header:       http.Header{"Accept": {"application/json"}},
		RequireHTTPS: true,
	}, opts...)
	if err != nil {
		return nil, err
	}
	c := &Client{tc: tc, routes: routesOf(tc)}
	if c.versioned, err = versionedTransports(tc, transport.Settings{
		Platform:     "mycashflow",
		Auth:         transport.BasicAuth(apiUser, apiKey),
		Header:       http.Header{"Accept": {"application/json"}},
		RequireHTTPS: true,
	}, opts); err != nil {
		return nil, err
	}
	c.BannerGroups = &BannerGroupsService{c}
	c.Banners = &BannersService{c}
	c.Brands = &BrandsService{c}
	c.Campaigns = &CampaignsService{c}
	c.Categories = &CategoriesService{c}
	c.CustomerGroups = &CustomerGroupsService{c}
	c.Customers = &CustomersService{c}
	c.EmailSubscribers = &EmailSubscribersService{c}
	c.GiftCards = &GiftCardsService{c}
	return c, nil
}

// BaseURL returns the base URL requests are sent to ("" for a Client not
// made by NewClient).
func (c *Client) BaseURL() string {
	if c.usable() != nil {
		return ""
	}
	return c.tc.BaseURL()
}

// RateLimiter returns the client's limiter, or nil when it does not limit
// itself (the default: no quota is documented).
func (c *Client) RateLimiter() Limiter {
	if c.usable() != nil {
		return nil
	}
	return c.tc.Limiter()
}

// Do sends a request the package does not wrap yet, with the client's
// credentials, retries, rate limiting and error decoding, and decodes a 2xx
// JSON body into out (nil to skip; set req.Unwrap to "data" to read inside
// the API's envelope). req.Path is relative to the base URL:
//
//	var orders []map[string]any
//	_, err := c.Do(ctx, &mycashflow.Request{Method: "GET", Path: "/orders", Unwrap: "data"}, &orders)
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if err := c.usable(); err != nil {
		return nil, err
	}
	return c.tc.Do(ctx, req, out)
}

// String describes the client by its base URL only, never its credentials.
func (c Client) String() string {
	if c.tc == nil {
		return "mycashflow.Client{}"
	}
	return "mycashflow.Client{base: " + c.tc.BaseURL() + "}"
}

// Format prints String for every verb (%v, %+v, %#v, %s, %q, %x, ...), so
// that no verb reaches the credentials.
func (c Client) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, c.String()) }

// usable refuses a nil or zero Client (or a service not made by NewClient).
func (c *Client) usable() error {
	if c == nil || c.tc == nil {
		return transport.Invalid("client", "is not initialised: build it with mycashflow.NewClient")
	}
	return nil
}

// Sort orders a list.
type Sort string

// The documented sort orders of every list; the API's default is SortIDAsc.
const (
	SortIDAsc  Sort = "id-asc"
	SortIDDesc Sort = "id-desc"
	// SortUpdatedAtAsc is not in the API documentation: public clients
	// read orders with it (the Fivetran connector's v0 orders sync).
	SortUpdatedAtAsc Sort = "updated_at-asc"
)

// ListOptions are the paging and sorting parameters every list takes.
type ListOptions struct {
	// Page is the page to fetch; 0 leaves the API's default (the first
	// page). The documentation says pages count from 0 while its examples
	// count from 1; All works with either.
	Page int `url:"page,omitempty"`
	// Limit is the number of items per page, sent as page_size (API default
	// 50; no maximum is documented, and public clients ask for up to 10000,
	// so none is enforced).
	Limit int `url:"page_size,omitempty"`
	// Sort orders the list (API default id-asc).
	Sort Sort `url:"sort,omitempty"`
}

func (o *ListOptions) validate() error {
	switch {
	case o.Page < 0:
		return transport.Invalid("page", "must not be negative, got %d", o.Page)
	case o.Limit < 0:
		return transport.Invalid("page_size", "must not be negative, got %d", o.Limit)
	case o.Sort != "" && o.Sort != SortIDAsc && o.Sort != SortIDDesc && o.Sort != SortUpdatedAtAsc:
		return transport.Invalid("sort", "must be one of id-asc, id-desc, updated_at-asc, got %q", string(o.Sort))
	}
	return nil
}

// checkRange refuses a time filter pair (name-from, name-to) that the query
// cannot carry (a year outside 1..9999) or whose start is after its end
// (the API would answer with an empty list; the end is named).
func checkRange(name string, from, to time.Time) error {
	for _, b := range [...]struct {
		field string
		t     time.Time
	}{{name + "-from", from}, {name + "-to", to}} {
		if !b.t.IsZero() && (b.t.Year() < 1 || b.t.Year() > 9999) {
			return transport.Invalid(b.field, "must be between years 1 and 9999, got %d", b.t.Year())
		}
	}
	return check.Ordered(name+"-from", from, name+"-to", to)
}

// listMeta is the "meta" object of a paginated list.
type listMeta struct {
	Page      Int `json:"page"`
	PageSize  Int `json:"page_size"`
	PageCount Int `json:"page_count"`
	ItemCount Int `json:"item_count"`
	// Next is present only when another page exists (public clients stop
	// when it is absent; the API documentation does not list it).
	Next *String `json:"next"`
}

// expandable is an expand type that knows its documented values.
type expandable[E any] interface {
	~string
	documented() []E
}

// checkExpand refuses an expand value the API does not document for the
// resource (it would answer 400).
func checkExpand[E expandable[E]](e []E) error {
	var zero E
	allowed := zero.documented()
	for i, v := range e {
		if !slices.Contains(allowed, v) && !nested(allowed, string(v)) {
			names := make([]string, len(allowed))
			for j, a := range allowed {
				names[j] = string(a)
			}
			return transport.Invalid("expand", "must be one of %s, got %q (value %d)", strings.Join(names, ", "), string(v), i)
		}
	}
	return nil
}

// nested reports whether v is a dotted nested expand value
// ("variations.stock_item", as public clients send) under a documented
// one: the nested names are snake_case; which exist the documentation
// does not say, so the server judges them.
func nested[E ~string](allowed []E, v string) bool {
	head, rest, ok := strings.Cut(v, ".")
	if !ok || !slices.Contains(allowed, E(head)) {
		return false
	}
	for _, part := range strings.Split(rest, ".") {
		if part == "" || strings.Trim(part, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			return false
		}
	}
	return true
}

// checkList validates a list's paging options and expand values.
func checkList[E expandable[E]](lo *ListOptions, e []E) error {
	if err := lo.validate(); err != nil {
		return err
	}
	return checkExpand(e)
}

// get fetches one object of endpoint, with the expand values asked for.
func get[T any, E expandable[E]](ctx context.Context, c *Client, endpoint string, expand []E, arg any) (*T, error) {
	if err := c.usable(); err != nil {
		return nil, err
	}
	if err := checkExpand(expand); err != nil {
		return nil, err
	}
	p, err := c.path(endpoint, arg)
	if err != nil {
		return nil, err
	}
	if len(expand) > 0 {
		// The documented values need no escaping (checkExpand refused any
		// other): build the query by hand, not by reflection.
		var b strings.Builder
		b.WriteString(p)
		for i, e := range expand {
			if i == 0 {
				b.WriteString("?expand=")
			} else {
				b.WriteString("%2C")
			}
			b.WriteString(string(e))
		}
		p = b.String()
	}
	return fetchItem[T](ctx, c, c.via(endpoint), http.MethodGet, p, nil)
}

// path fills the endpoint's path template (from the client's table).
// A string value is escaped as one path segment, and a "+" in it as %2B
// too: in a {field}={value} segment an e-mail's "+" must not read as a
// space.
func (c *Client) path(endpoint string, args ...any) (string, error) {
	segs := make([]string, len(args))
	for i, a := range args {
		segs[i] = fmt.Sprint(a)
	}
	_, p, err := c.routes.Build(endpoint, segs...)
	if err != nil {
		return "", err
	}
	for _, a := range args {
		if s, ok := a.(string); ok && strings.Contains(s, "+") {
			esc := url.PathEscape(s)
			p = strings.Replace(p, esc, strings.ReplaceAll(esc, "+", "%2B"), 1)
		}
	}
	return p, nil
}

// call sends one request for endpoint and decodes the "data" object of
// the answer into a new T.
func call[T any](ctx context.Context, c *Client, method, endpoint string, body any, args ...any) (*T, error) {
	if err := c.usable(); err != nil {
		return nil, err
	}
	p, err := c.path(endpoint, args...)
	if err != nil {
		return nil, err
	}
	return fetchItem[T](ctx, c, c.via(endpoint), method, p, body)
}

// callRows is call for an answer whose "data" is an array of rows.
func callRows[T any](ctx context.Context, c *Client, method, endpoint string, body any, args ...any) (*T, error) {
	if err := c.usable(); err != nil {
		return nil, err
	}
	p, err := c.path(endpoint, args...)
	if err != nil {
		return nil, err
	}
	return fetchRows[T](ctx, c, c.via(endpoint), method, p, body)
}

// send sends a request whose answer carries nothing to decode (204).
func send(ctx context.Context, c *Client, method, endpoint string, body any, args ...any) error {
	if err := c.usable(); err != nil {
		return err
	}
	p, err := c.path(endpoint, args...)
	if err != nil {
		return err
	}
	_, err = c.via(endpoint).Do(ctx, &transport.Request{Method: method, Path: p, Body: body}, nil)
	return err
}

// listQuery validates and encodes a list's options (a struct embedding
// ListOptions, or nil).
func listQuery[O any](opts *O) (url.Values, error) {
	if opts == nil {
		return url.Values{}, nil
	}
	if v, ok := any(opts).(interface{ validate() error }); ok {
		if err := v.validate(); err != nil {
			return nil, err
		}
	}
	q, err := query.Values(opts)
	if err != nil {
		return nil, transport.Invalid("query", "%v", err)
	}
	return q, nil
}

// pager fetches the pages of one list. base is the number of the API's
// first page: 1 (as the examples count) until a page numbered 0 is seen.
type pager[T any] struct {
	c        *Client
	endpoint string
	args     []any
	base     int
	// sawNext records that the API sends meta.next: from then on its
	// absence ends the list, as public clients read it.
	sawNext bool
}

func (p *pager[T]) fetch(ctx context.Context, q url.Values) (*Page[T], error) {
	path, err := p.c.path(p.endpoint, p.args...)
	if err != nil {
		return nil, err
	}
	var env listBody[T]
	resp, err := p.c.via(p.endpoint).Do(ctx, &transport.Request{Path: path, Query: q}, &env)
	if err != nil {
		return nil, err
	}
	if env.Data == nil {
		return nil, p.c.notData(http.MethodGet, path, resp, `no "data" list in the response`)
	}
	size, _ := strconv.Atoi(q.Get("page_size"))
	page := &Page[T]{Items: values(*env.Data), Size: size, Total: -1}
	m := env.Meta
	if m == nil {
		// A list without meta (the sub-resource lists) is one page, unless
		// the caller pages it explicitly and gets a full page.
		if n, _ := strconv.Atoi(q.Get("page")); n > 0 && size > 0 && len(page.Items) >= size {
			page.Number = n
			page.Next = &PageRequest{Number: n + 1, Size: size}
		}
		return page, nil
	}
	page.Number, page.Size = int(m.Page), int(m.PageSize)
	page.Pages, page.Total = int(m.PageCount), int(m.ItemCount)
	if page.Number == 0 {
		p.base = 0
	}
	page.SetNextByNumber(p.base)
	switch {
	case m.Next != nil && *m.Next != "":
		p.sawNext = true
		if page.Next == nil && len(page.Items) > 0 {
			page.Next = &PageRequest{Number: page.Number + 1, Size: page.Size}
		}
	case p.sawNext:
		page.Next = nil
	}
	if p.base == 1 && page.Number == page.Pages-1 && page.Size > 0 && len(page.Items) < page.Size {
		// Page page_count-1 is the last of a 0-based API, the one before
		// last of a 1-based one, which is full: a caller starting past page
		// 0 of a 0-based API never sees 0, so a short page settles it.
		page.Next = nil
	}
	return page, nil
}

// list fetches the one page the options ask for.
func list[T, O any](ctx context.Context, c *Client, endpoint string, opts *O, args ...any) (*Page[T], error) {
	if err := c.usable(); err != nil {
		return nil, err
	}
	q, err := listQuery(opts)
	if err != nil {
		return nil, err
	}
	p := &pager[T]{c: c, endpoint: endpoint, args: args, base: 1}
	return p.fetch(ctx, q)
}

// all iterates every item of every page from the one the options ask for.
// The first request sends the caller's page (none: the API's first page);
// the next ones follow meta.page+1 until page_count pages are seen, counted
// from the API's first page number (0 or 1, whichever it reports). A server
// that does not advance (a page_count that keeps growing over repeated
// items, a page asked for twice) or more pages than the client's ceiling
// (ecomkit.WithMaxPages) ends the iteration with an error matching ErrPagingLoop.
func all[T, O any](ctx context.Context, c *Client, endpoint string, opts *O, args ...any) iter.Seq2[T, error] {
	q, err := listQuery(opts)
	if err == nil {
		err = c.usable()
	}
	if err != nil {
		return func(yield func(T, error) bool) {
			var zero T
			yield(zero, err)
		}
	}
	return func(yield func(T, error) bool) {
		// A pager per iteration: the sequence may be ranged over again, or
		// by several goroutines at once, each learning the first page anew.
		p := &pager[T]{c: c, endpoint: endpoint, args: args, base: 1}
		pages := transport.Iterate(ctx, PageRequest{}, func(ctx context.Context, pr PageRequest) (*Page[T], error) {
			pq := q // the first request: the caller's page, if any
			if pr.Number > 0 || pr.Size > 0 {
				pq = cloneValues(q)
				pq.Set("page", strconv.Itoa(pr.Number))
			}
			return p.fetch(ctx, pq)
		}, transport.MaxPages(c.tc.MaxPages()))
		pages(yield)
	}
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v))
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func invalidBody() error { return transport.Invalid("body", "must not be nil") }

// checkUpdate refuses a nil update body and one that sets nothing (it
// would send {}).
func checkUpdate[T any](in *T) error {
	if in == nil {
		return invalidBody()
	}
	if b, err := json.Marshal(in); err == nil && string(b) == "{}" {
		return transport.Invalid("body", "nothing to update")
	}
	return nil
}

// Visibility says whether an item is visible in one store version.
type Visibility struct {
	// VersionID is the store version (>= 1).
	VersionID int64 `json:"version_id"`
	// IsVisible says whether the item shows in that version.
	IsVisible bool `json:"is_visible"`
	// Extra keeps fields this package does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a Visibility, keeping unknown fields in Extra.
func (v *Visibility) UnmarshalJSON(data []byte) error {
	type plain Visibility
	return flex.DecodeWithExtra(data, (*plain)(v), &v.Extra)
}

func itoa(i int) string { return strconv.Itoa(i) }

// checkSegment refuses a path parameter given as text that is empty or
// that would change the path ("." or "..").
func checkSegment(field, v string) error {
	if err := check.Required(field, v); err != nil {
		return err
	}
	if t := strings.TrimSpace(v); t == "." || t == ".." {
		return transport.Invalid(field, "must not be %q", t)
	}
	return nil
}
