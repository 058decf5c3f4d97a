package shopkit

import (
	"context"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// ShippingMethod is a shipping method available for a destination.
type ShippingMethod struct {
	Title          string  `json:"title"`
	Description    string  `json:"description"`
	Price          Decimal `json:"price"`
	PriceFormatted string  `json:"price_formatted"` // localized, e.g. "6,76 €"

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (s *ShippingMethod) UnmarshalJSON(b []byte) error {
	type plain ShippingMethod
	return flex.DecodeWithExtra(b, (*plain)(s), &s.Extra)
}

// ShippingOptions are the optional parameters of GET /shipping; nil sends
// none. The destination country is List's own argument.
type ShippingOptions struct {
	// Weight is the order weight in grams; 0 is not sent.
	Weight int
	// Value is the order value; nil is not sent. The API documentation types it
	// as an integer; a decimal is sent as written.
	Value *Decimal
}

func shippingQuery(countryCode string, o *ShippingOptions) (url.Values, error) {
	cc := strings.TrimSpace(countryCode)
	if cc == "" {
		return nil, transport.Invalid("country_code", "is required")
	}
	if len(cc) != 3 || strings.IndexFunc(cc, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
		return nil, transport.Invalid("country_code", "must be a three-letter ISO 3166-1 alpha-3 code, got %q", countryCode)
	}
	q := url.Values{"country_code": {strings.ToLower(cc)}}
	if o == nil {
		return q, nil
	}
	if o.Weight < 0 {
		return nil, transport.Invalid("weight", "must not be negative")
	}
	if o.Value != nil && o.Value.Rat().Sign() < 0 {
		return nil, transport.Invalid("value", "must not be negative, got %s", o.Value)
	}
	if o.Weight > 0 {
		q.Set("weight", strconv.Itoa(o.Weight))
	}
	if o.Value != nil {
		q.Set("value", o.Value.String())
	}
	return q, nil
}

// ShippingAPI is the interface ShippingService implements.
type ShippingAPI interface {
	List(ctx context.Context, countryCode string, opts *ShippingOptions) ([]ShippingMethod, error)
}

var _ ShippingAPI = (*ShippingService)(nil)

// ShippingService handles GET /shipping.
type ShippingService service

// List fetches the shipping methods for a destination country (ISO 3166-1
// alpha-3, "PRT"; required), optionally priced for an order weight and
// value: GET /shipping{?country_code,weight,value}. The answer is a bare
// array, without paging. The country code is sent in lower case, as in the
// API documentation's example.
func (sh *ShippingService) List(ctx context.Context, countryCode string, opts *ShippingOptions) ([]ShippingMethod, error) {
	q, err := shippingQuery(countryCode, opts)
	if err != nil {
		return nil, err
	}
	return sendList[ShippingMethod](ctx, (*service)(sh), http.MethodGet, "/shipping", q, nil)
}
