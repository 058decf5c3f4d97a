package shopkit

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// DefaultBaseURL is the Shopkit API v1 root.
const DefaultBaseURL = "https://api.shopk.it/v1"

// APIKeyHeader is the header that carries the API key. The API also accepts
// the key as a query parameter; this package never sends it that way, so the
// key cannot leak through a logged URL.
const APIKeyHeader = "X-API-KEY"

// Client is a Shopkit API client. It is safe for concurrent use. Build it
// with NewClient: a zero Client{} has no credentials and every call on it
// (or on one of its nil services) returns an error matching ErrInvalidInput.
// No fmt verb prints its API key: it formats as shopkit.Client{base: URL}.
type Client struct {
	t *transport.Client

	Store               *StoreService               // GET /store
	Products            *ProductsService            // /product
	ProductOptionGroups *ProductOptionGroupsService // /product/{id}/option_group
	ProductOptions      *ProductOptionsService      // /product/{id}/option (variants)
	Categories          *CategoriesService          // /category
	Brands              *BrandsService              // /brand
	Orders              *OrdersService              // /order
	Shipping            *ShippingService            // GET /shipping
	Coupons             *CouponsService             // /coupon
	Webhooks            *WebhooksService            // /webhook
	Media               *MediaService               // /media
	Clients             *ClientsService             // /client (Shopkit's 2025 public docs)
	Shipments           *ShipmentsService           // /shipment (Shopkit's 2025 public docs)
	Stats               *StatsService               // GET /stats (Shopkit's 2025 public docs)
}

// NewClient returns a client for the store that apiKey belongs to. The key
// must be non-empty and a single token of printable ASCII (no spaces,
// line breaks or control characters: it goes into a header). Defaults:
// base https://api.shopk.it/v1 (HTTPS only unless WithBaseURL says
// otherwise), 3600 requests per hour (the documented quota), 3 retries,
// a 60s timeout. NewClient never touches the network.
func NewClient(apiKey string, opts ...Option) (*Client, error) {
	if apiKey == "" {
		return nil, transport.Invalid("apiKey", "is required")
	}
	if strings.IndexFunc(apiKey, func(r rune) bool { return r <= ' ' || r >= 0x7f }) >= 0 {
		return nil, transport.Invalid("apiKey", "must be a single token of printable ASCII, without spaces or line breaks")
	}
	t, err := transport.New(transport.Settings{
		Platform:     "shopkit",
		BaseURL:      DefaultBaseURL,
		Auth:         transport.HeaderKeyAuth(APIKeyHeader, apiKey),
		Header:       http.Header{"Accept": {"application/json"}},
		RateLimit:    3600,
		RatePeriod:   time.Hour,
		RequireHTTPS: true,
	}, opts...)
	if err != nil {
		return nil, err
	}
	s := &service{t: t}
	return &Client{
		t:                   t,
		Store:               (*StoreService)(s),
		Products:            (*ProductsService)(s),
		ProductOptionGroups: (*ProductOptionGroupsService)(s),
		ProductOptions:      (*ProductOptionsService)(s),
		Categories:          (*CategoriesService)(s),
		Brands:              (*BrandsService)(s),
		Orders:              (*OrdersService)(s),
		Shipping:            (*ShippingService)(s),
		Coupons:             (*CouponsService)(s),
		Webhooks:            (*WebhooksService)(s),
		Media:               (*MediaService)(s),
		Clients:             (*ClientsService)(s),
		Shipments:           (*ShipmentsService)(s),
		Stats:               (*StatsService)(s),
	}, nil
}

// errNoClient is returned by calls on a Client that NewClient did not build.
var errNoClient = transport.Invalid("client", "is not initialised: build it with shopkit.NewClient")

// BaseURL returns the base URL requests go to ("" for a zero Client).
func (c *Client) BaseURL() string {
	if c == nil || c.t == nil {
		return ""
	}
	return c.t.BaseURL()
}

// RateLimiter returns the client's limiter (nil when limiting is off), to
// share with another client of the same store through WithRateLimiter.
func (c *Client) RateLimiter() Limiter {
	if c == nil || c.t == nil {
		return nil
	}
	return c.t.Limiter()
}

// Do sends a request the SDK does not wrap yet (a newer endpoint) with the
// client's key, retries, rate limiter and error decoding, and decodes a 2xx
// JSON body into out (nil to skip). req.Path is relative to the base URL
// ("/product/search"). A non-2xx answer is an *APIError.
//
//	var hits []shopkit.Product
//	_, err := c.Do(ctx, &shopkit.Request{Path: "/product/search", Query: url.Values{"query": {"mug"}}}, &hits)
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if c == nil || c.t == nil {
		return nil, errNoClient
	}
	return c.t.Do(ctx, req, out)
}

// String describes the client without its credentials.
func (c Client) String() string { return "shopkit.Client{base: " + c.BaseURL() + "}" }

// GoString is String: %#v must not print the key either.
func (c Client) GoString() string { return c.String() }

// Format prints String for every verb, so no verb (%v %+v %#v %s %q %x %d
// ...) reaches the key, whether given a Client or a *Client.
func (c Client) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, c.String()) }

// describe names a service of client s for fmt.
func describe(name string, s *service) string {
	if s == nil || s.t == nil {
		return "shopkit." + name + "(nil)"
	}
	return "shopkit." + name + "{base: " + s.t.BaseURL() + "}"
}

// Format prints the service without the client's credentials.
func (x *StoreService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("StoreService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *ProductsService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("ProductsService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *ProductOptionGroupsService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("ProductOptionGroupsService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *ProductOptionsService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("ProductOptionsService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *CategoriesService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("CategoriesService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *BrandsService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("BrandsService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *OrdersService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("OrdersService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *ShippingService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("ShippingService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *CouponsService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("CouponsService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *WebhooksService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("WebhooksService", (*service)(x)))
}

// Format prints the service without the client's credentials.
func (x *MediaService) Format(f fmt.State, v rune) {
	transport.FormatText(f, v, describe("MediaService", (*service)(x)))
}
