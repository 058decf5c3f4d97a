package insales

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"net/http"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// The documented quota: 500 requests per 5 minutes per application and shop.
const (
	DefaultRateLimit  = 500
	DefaultRatePeriod = 5 * time.Minute
)

// Waiting out the quota: a refused call carries Retry-After (up to the rest
// of the 5-minute window), or nothing, after which the official client waits
// ThrottleWait. The defaults let one call wait that long; WithRetryBudget and
// WithTimeout choose otherwise.
const (
	ThrottleWait       = 150 * time.Second
	DefaultRetryBudget = DefaultRatePeriod + 30*time.Second
	DefaultTimeout     = DefaultRetryBudget + time.Minute
)

// throttled recognises the quota's refusal: 503 (the vendor's documentation)
// with Retry-After or a usage report at or over the limit. 429 is always one.
// A 503 without either is an ordinary server error.
func throttled(resp *http.Response) bool {
	if resp.StatusCode != http.StatusServiceUnavailable {
		return false
	}
	if resp.Header.Get("Retry-After") != "" {
		return true
	}
	used, limit, ok := transport.UsageHeader(UsageLimitHeader)(resp.Header)
	return ok && used >= limit
}

// UsageLimitHeader is the header in which every answer reports the calls
// used of the quota, "used/limit" (e.g. "2/500").
const UsageLimitHeader = "API-Usage-Limit"

// Client talks to one shop's admin API. Build it with NewClient; a zero
// Client is not usable and its methods return an error. It is safe for
// concurrent use.
type Client struct {
	t *transport.Client

	// Products manages the product catalogue: /admin/products.
	Products *ProductsService
	// Variants manages products' variants: /admin/products/{id}/variants.
	Variants *VariantsService
	// Images manages products' images: /admin/products/{id}/images.
	Images *ImagesService
	// Categories manages the back-office category tree: /admin/categories.
	Categories *CategoriesService
	// Collections manages storefront collections: /admin/collections.
	Collections *CollectionsService
	// Collects manages which products are in which collections: /admin/collects.
	Collects *CollectsService

	// Store content, settings, applications and webhooks.

	// Account reads and changes the shop's account: /admin/account.
	Account *AccountService
	// Blogs manages blogs: /admin/blogs.
	Blogs *BlogsService
	// Articles manages blog posts: /admin/blogs/{blog_id}/articles.
	Articles *ArticlesService
	// Pages manages static storefront pages: /admin/pages.
	Pages *PagesService
	// Files manages uploaded files: /admin/files.
	Files *FilesService
	// JSTags manages the application's storefront scripts: /admin/js_tags.
	JSTags *JSTagsService
	// Domains manages the storefront's domains: /admin/domains.
	Domains *DomainsService
	// Redirects manages storefront redirects: /admin/redirects.
	Redirects *RedirectsService
	// Reviews manages product reviews: /admin/reviews.
	Reviews *ReviewsService
	// Webhooks manages the application's webhooks: /admin/webhooks.
	Webhooks *WebhooksService
	// ApplicationCharges manages one-time charges: /admin/application_charges.
	ApplicationCharges *ApplicationChargesService
	// ApplicationWidgets manages back-office widgets: /admin/application_widgets.
	ApplicationWidgets *ApplicationWidgetsService
	// RecurringApplicationCharge manages the monthly fee: /admin/recurring_application_charge.
	RecurringApplicationCharge *RecurringApplicationChargeService
	// InvitedAccounts reads the shops a partner invited: /admin/invited_accounts.
	InvitedAccounts *InvitedAccountsService
	// CollectionFields manages additional collection fields: /admin/collection_fields.
	CollectionFields *CollectionFieldsService
	// CollectionFieldValues manages collections' field values:
	// /admin/collections/{collection_id}/collection_field_values.
	CollectionFieldValues *CollectionFieldValuesService
	// CollectionFilters manages collections' SEO filter pages: /admin/collection_filters.
	CollectionFilters *CollectionFiltersService
	// Warehouses reads the shop's warehouses: /admin/warehouses (documented
	// outside the API documentation's examples).
	Warehouses *WarehousesService

	// OptionNames manages product options ("Colour"): /admin/option_names.
	OptionNames *OptionNamesService
	// OptionValues manages the options' values: /admin/option_names/{id}/option_values.
	OptionValues *OptionValuesService
	// Properties manages product properties ("Vendor"): /admin/properties.
	Properties *PropertiesService
	// Characteristics manages the properties' values: /admin/properties/{id}/characteristics.
	Characteristics *CharacteristicsService
	// ProductFields manages additional product fields: /admin/product_fields.
	ProductFields *ProductFieldsService
	// ProductFieldValues manages products' field values: /admin/products/{id}/product_field_values.
	ProductFieldValues *ProductFieldValuesService
	// VariantFields manages additional variant fields: /admin/variant_fields.
	VariantFields *VariantFieldsService
	// VariantFieldValues manages variants' field values: /admin/variants/{id}/variant_field_values.
	VariantFieldValues *VariantFieldValuesService
	// Similars links similar products: /admin/products/{id}/similars.
	Similars *SimilarsService
	// Supplementaries links supplementary products: /admin/products/{id}/supplementaries.
	Supplementaries *SupplementariesService
	// PriceKinds manages the variants' extra price columns: /admin/price_kinds.
	PriceKinds *PriceKindsService
	// StockCurrencies manages the stock currencies: /admin/stock_currencies.
	StockCurrencies *StockCurrenciesService

	// Orders manages orders: /admin/orders.
	Orders *OrdersService
	// Clients manages buyers: /admin/clients.
	Clients *ClientsService
	// ClientGroups manages client groups: /admin/client_groups.
	ClientGroups *ClientGroupsService
	// CustomStatuses manages custom order statuses: /admin/custom_statuses.
	CustomStatuses *CustomStatusesService
	// DeliveryVariants manages delivery variants: /admin/delivery_variants.
	DeliveryVariants *DeliveryVariantsService
	// PaymentGateways manages payment gateways: /admin/payment_gateways.
	PaymentGateways *PaymentGatewaysService
	// DiscountCodes manages coupons: /admin/discount_codes.
	DiscountCodes *DiscountCodesService
	// BonusSystemTransactions manages clients' bonus points: /admin/clients/{id}/bonus_system_transactions.
	BonusSystemTransactions *BonusSystemTransactionsService
	// OrderFields manages additional fields of orders and clients: /admin/fields.
	OrderFields *OrderFieldsService
	// Marketplaces manages marketplace feeds: /admin/marketplaces.
	Marketplaces *MarketplacesService
}

// shopRE is a shop's subdomain: letters, digits and inner hyphens.
var shopRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// NewClient returns a client for the shop whose admin lives at
// https://{shop}.myinsales.ru/admin, authenticated with HTTP Basic: apiKey
// is the application's identifier (or a private key's name) and password
// its password (for an installed application, AppPassword(token, secret)).
// Both are kept out of errors, log lines and formatted values.
// shop is the subdomain ("myshop"); "myshop.myinsales.ru" is accepted too. A
// shop on its own domain is reached with WithBaseURL("https://shop.example/admin").
// Calls are paced by a QuotaLimiter at 500 per 5 minutes (WithRateLimiter,
// WithRateLimit or WithoutRateLimit choose otherwise).
// It refuses an empty or malformed shop name and empty credentials with a
// *FieldError, and never touches the network.
func NewClient(shop, apiKey, password string, opts ...Option) (*Client, error) {
	host, err := shopHost(shop)
	if err != nil {
		return nil, err
	}
	if err := credential("api key", apiKey); err != nil {
		return nil, err
	}
	if err := credential("password", password); err != nil {
		return nil, err
	}
	quota, err := NewQuotaLimiter(DefaultRateLimit, DefaultRatePeriod)
	if err != nil {
		return nil, err
	}
	t, err := transport.New(transport.Settings{
		Platform:     "insales",
		BaseURL:      "https://" + host + "/admin",
		Auth:         transport.BasicAuthKey(apiKey, password),
		Header:       http.Header{"Accept": {"application/json"}},
		Usage:        transport.UsageHeader(UsageLimitHeader),
		Throttled:    throttled,
		ThrottleWait: ThrottleWait,
		RequireHTTPS: true,
	}, append([]Option{WithRateLimiter(quota), WithRetryBudget(DefaultRetryBudget), WithTimeout(DefaultTimeout)}, opts...)...)
	if err != nil {
		return nil, err
	}
	return newClient(t), nil
}

func newClient(t *transport.Client) *Client {
	s := &service{t: t}
	c := &Client{
		t:           t,
		Products:    (*ProductsService)(s),
		Variants:    (*VariantsService)(s),
		Images:      (*ImagesService)(s),
		Categories:  (*CategoriesService)(s),
		Collections: (*CollectionsService)(s),
		Collects:    (*CollectsService)(s),
	}
	c.wireContent(s)
	c.wireCatalogue(s)
	c.wireOrders(s)
	return c
}

// shopHost turns "myshop" or "myshop.myinsales.ru" into the admin host.
func shopHost(shop string) (string, error) {
	s := strings.ToLower(strings.TrimSpace(shop))
	s = strings.TrimSuffix(s, ".myinsales.ru")
	if s == "" {
		return "", transport.Invalid("shop", "is required")
	}
	if !shopRE.MatchString(s) {
		return "", transport.Invalid("shop", "%q is not a shop name (the subdomain of myinsales.ru; use WithBaseURL for a custom domain)", shopForError(shop))
	}
	return s + ".myinsales.ru", nil
}

// shopForError keeps an error short and free of anything that looks like a
// credential pasted into the wrong argument.
func shopForError(s string) string {
	if strings.ContainsAny(s, "@:") {
		return "(a value with credentials)"
	}
	if len(s) > 64 {
		return s[:64] + "..."
	}
	return s
}

// credential refuses an empty value or one that cannot travel in a header.
// The value itself is never echoed.
func credential(field, v string) error {
	if v == "" {
		return transport.Invalid(field, "is required")
	}
	if strings.ContainsFunc(v, func(r rune) bool { return unicode.IsControl(r) }) {
		return transport.Invalid(field, "contains control characters")
	}
	if field == "api key" && strings.Contains(v, ":") {
		return transport.Invalid(field, "must not contain ':' (HTTP Basic user names cannot)")
	}
	return nil
}

// AppPassword returns an installed application's API password: the
// lower-case hex MD5 of token + secret, where token is the one InSales sends
// when the shop installs the application and secret is the application's
// secret key.
func AppPassword(token, secret string) string {
	sum := md5.Sum([]byte(token + secret))
	return hex.EncodeToString(sum[:])
}

// BaseURL returns the base URL requests go to ("https://myshop.myinsales.ru/admin").
func (c *Client) BaseURL() string {
	if c == nil || c.t == nil {
		return ""
	}
	return c.t.BaseURL()
}

// RateLimiter returns the client's limiter (nil when limiting is off), to
// share with another client of the same shop through WithRateLimiter.
func (c *Client) RateLimiter() Limiter {
	if c == nil || c.t == nil {
		return nil
	}
	return c.t.Limiter()
}

// Do sends req with the client's auth, retries, limiter and error decoding,
// and decodes a 2xx JSON answer into out (nil to skip). req.Path is relative
// to the base URL and ends in ".json" ("/products/count.json"). Writes carry
// Content-Type: application/json even without a body, as the API requires.
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if c == nil || c.t == nil {
		return nil, errNoClient
	}
	return (&service{t: c.t}).do(ctx, req, out)
}
