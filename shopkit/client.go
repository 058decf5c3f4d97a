package shopkit

import (
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

// Client is a Shopkit API client. It is safe for concurrent use.
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
}

// NewClient returns a client for the store that apiKey belongs to. The key
// must be non-empty and a single token of printable ASCII (no spaces,
// line breaks or control characters: it goes into a header). Defaults:
// base https://api.shopk.it/v1 (HTTPS only unless WithBaseURL says
// otherwise), 3600 requests per hour (the documented quota), 3 retries,
// a 60s timeout. NewClient never touches the network.
func NewClient(apiKey string, opts ...Option) (*Client, error) {
	if apiKey == "" {
		return nil, transport.Invalid("api key", "is empty")
	}
	if strings.IndexFunc(apiKey, func(r rune) bool { return r <= ' ' || r >= 0x7f }) >= 0 {
		return nil, transport.Invalid("api key", "must be a single token of printable ASCII, without spaces or line breaks")
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
		Store:               &StoreService{s},
		Products:            &ProductsService{s},
		ProductOptionGroups: &ProductOptionGroupsService{s},
		ProductOptions:      &ProductOptionsService{s},
		Categories:          &CategoriesService{s},
		Brands:              &BrandsService{s},
		Orders:              &OrdersService{s},
		Shipping:            &ShippingService{s},
		Coupons:             &CouponsService{s},
		Webhooks:            &WebhooksService{s},
		Media:               &MediaService{s},
	}, nil
}

// BaseURL returns the base URL requests go to.
func (c *Client) BaseURL() string { return c.t.BaseURL() }

// RateLimiter returns the client's limiter (nil when limiting is off), to
// share with another client of the same store through WithRateLimiter.
func (c *Client) RateLimiter() Limiter { return c.t.Limiter() }
