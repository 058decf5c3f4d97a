package shopkit

import (
	"context"
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
}

// ShippingOptions are the parameters of GET /shipping.
type ShippingOptions struct {
	// CountryCode is the destination, ISO 3166-1 alpha-3 ("PRT"); required.
	CountryCode string
	// Weight is the order weight in grams; 0 is not sent.
	Weight int
	// Value is the order value; nil is not sent. The seed types it as an
	// integer; a decimal is sent as written.
	Value *Decimal
}

func (o *ShippingOptions) query() (url.Values, error) {
	if o == nil || o.CountryCode == "" {
		return nil, transport.Invalid("country_code", "is required")
	}
	cc := strings.TrimSpace(o.CountryCode)
	if len(cc) != 3 || strings.IndexFunc(cc, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
		return nil, transport.Invalid("country_code", "must be a three-letter ISO 3166-1 alpha-3 code, got %q", o.CountryCode)
	}
	if o.Weight < 0 {
		return nil, transport.Invalid("weight", "must not be negative")
	}
	if o.Value != nil && o.Value.Rat().Sign() < 0 {
		return nil, transport.Invalid("value", "must not be negative, got %s", o.Value)
	}
	q := url.Values{"country_code": {strings.ToLower(cc)}}
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
	List(ctx context.Context, opts *ShippingOptions) ([]ShippingMethod, error)
}

var _ ShippingAPI = (*ShippingService)(nil)

// ShippingService handles GET /shipping.
type ShippingService struct{ s *service }

// List fetches the shipping methods for a destination country, optionally
// priced for an order weight and value: GET /shipping{?country_code,weight,value}.
// The answer is a bare array, without paging. The country code is sent in
// lower case, as in the seed's example.
func (sh *ShippingService) List(ctx context.Context, opts *ShippingOptions) ([]ShippingMethod, error) {
	q, err := opts.query()
	if err != nil {
		return nil, err
	}
	return sendList[ShippingMethod](ctx, sh.s, http.MethodGet, "/shipping", q, nil)
}
