package transport

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	ecomkit "github.com/ecomkit/ecomkit-go"
)

// applyOptions fills a Config with the platform's defaults and the caller's
// options, in order.
func applyOptions(s *Settings, opts []Option) (*ecomkit.Config, error) {
	c := &ecomkit.Config{
		BaseURL:         strings.TrimRight(s.BaseURL, "/"),
		MaxRetries:      DefaultMaxRetries,
		RetryWaitMin:    DefaultRetryWaitMin,
		RetryWaitMax:    DefaultRetryWaitMax,
		RetryBudget:     DefaultRetryBudget,
		Timeout:         DefaultTimeout,
		MaxResponseSize: ecomkit.DefaultMaxResponseSize,
		MaxPages:        ecomkit.DefaultMaxPages,
	}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(c); err != nil {
			var fe *FieldError
			if errors.As(err, &fe) {
				return nil, err
			}
			return nil, fmt.Errorf("option: %w", err)
		}
	}
	if c.Limiter == nil && !c.NoRateLimit && s.RateLimit > 0 {
		l, err := ecomkit.NewRateLimiter(s.RateLimit, s.RatePeriod)
		if err != nil {
			return nil, err
		}
		c.Limiter = l
	}
	if c.NoRateLimit {
		c.Limiter = nil
	}
	return c, nil
}

// userAgent is the caller's product token, if any, then the SDK's.
func userAgent(product string) string {
	if product == "" {
		return DefaultUserAgent
	}
	return product + " " + DefaultUserAgent
}

var _ = http.MethodGet
