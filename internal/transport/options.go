package transport

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults of the retry policy: a few attempts, bounded well under a minute.
const (
	DefaultMaxRetries   = 3
	DefaultRetryWaitMin = 500 * time.Millisecond
	DefaultRetryWaitMax = 8 * time.Second
	// DefaultRetryBudget bounds the total time spent waiting between attempts
	// of one call; a Retry-After beyond what is left ends the retries.
	DefaultRetryBudget = 30 * time.Second
	// DefaultTimeout bounds one call, all attempts and waits included.
	DefaultTimeout = 60 * time.Second
)

// Option configures a client. Every platform package re-exports Option and
// the With* constructors.
type Option func(*config) error

type config struct {
	baseURL      string
	baseURLSet   bool // chosen with WithBaseURL
	httpClient   *http.Client
	maxRetries   int
	retryWaitMin time.Duration
	retryWaitMax time.Duration
	retryBudget  time.Duration
	limiter      *RateLimiter
	limiterSet   bool
	logger       *slog.Logger
	userAgent    string
	timeout      time.Duration
	values       map[any]any
}

// WithBaseURL points the client at another server: a fake, a proxy, a
// staging host. The URL must be absolute (http or https).
func WithBaseURL(raw string) Option {
	return func(c *config) error {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Invalid("base URL", "%q is not an absolute http(s) URL", raw)
		}
		c.baseURL, c.baseURLSet = strings.TrimRight(raw, "/"), true
		return nil
	}
}

// WithHTTPClient sends requests through hc (custom transports, proxies,
// httpmock.ActivateNonDefault). The client is used as given, not copied, so
// changing its Transport later takes effect.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) error {
		if hc == nil {
			return Invalid("HTTP client", "must not be nil")
		}
		c.httpClient = hc
		return nil
	}
}

// WithRetry sets how many times a failed call is retried (0 turns retries
// off). Retried: connection errors, 429, 502, 503 and 504; a POST or PATCH
// only when the server answered 429 or the connection was never made.
func WithRetry(maxRetries int) Option {
	return func(c *config) error {
		if maxRetries < 0 || maxRetries > 20 {
			return Invalid("retries", "%d is outside 0..20", maxRetries)
		}
		c.maxRetries = maxRetries
		return nil
	}
}

// WithRetryWait sets the backoff bounds: the first retry waits about min,
// each next one twice as long (with jitter), never more than max. A
// Retry-After from the server takes precedence.
func WithRetryWait(min, max time.Duration) Option {
	return func(c *config) error {
		if min <= 0 || max < min {
			return Invalid("retry wait", "need 0 < min <= max, got %s and %s", min, max)
		}
		c.retryWaitMin, c.retryWaitMax = min, max
		return nil
	}
}

// WithRetryBudget bounds the total waiting between the attempts of one call.
func WithRetryBudget(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return Invalid("retry budget", "must not be negative")
		}
		c.retryBudget = d
		return nil
	}
}

// WithRateLimit limits the client to requests per period (say 3600 per
// hour), smoothing bursts so that no window of that length sees more.
func WithRateLimit(requests int, per time.Duration) Option {
	return func(c *config) error {
		l, err := newRateLimiter(requests, per)
		if err != nil {
			return err
		}
		c.limiter, c.limiterSet = l, true
		return nil
	}
}

// WithoutRateLimit turns client-side rate limiting off.
func WithoutRateLimit() Option {
	return func(c *config) error {
		c.limiter, c.limiterSet = nil, true
		return nil
	}
}

// WithRateLimiter shares one limiter between several clients of the same
// shop, so together they stay within its quota.
func WithRateLimiter(l *RateLimiter) Option {
	return func(c *config) error {
		if l == nil {
			return Invalid("rate limiter", "must not be nil (use WithoutRateLimit)")
		}
		c.limiter, c.limiterSet = l, true
		return nil
	}
}

// WithLogger logs every attempt at debug level (method, path, status,
// attempt, duration) and retries at info level. Logging is off by default.
// Credentials never appear in log lines.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		c.logger = l
		return nil
	}
}

// WithUserAgent sets the User-Agent header, e.g. "MyApp/1.0.1".
func WithUserAgent(ua string) Option {
	return func(c *config) error {
		if strings.TrimSpace(ua) == "" || strings.ContainsAny(ua, "\r\n") {
			return Invalid("user agent", "must be a non-empty single line")
		}
		c.userAgent = ua
		return nil
	}
}

// WithTimeout bounds one call, all attempts and waits included (default
// 60s; 0 leaves only the context's deadline).
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return Invalid("timeout", "must not be negative")
		}
		c.timeout = d
		return nil
	}
}

// WithValue is how a platform package adds an option of its own (such as
// MyCashflow's path overrides) without a second option type: update gets the
// value recorded so far under key (nil at first) and returns the new one, or
// an error that NewClient returns. The platform reads the final value with
// (*Client).Value. Use an unexported key type, as with context values.
func WithValue(key any, update func(old any) (any, error)) Option {
	return func(c *config) error {
		v, err := update(c.values[key])
		if err != nil {
			return err
		}
		if c.values == nil {
			c.values = map[any]any{}
		}
		c.values[key] = v
		return nil
	}
}

func applyOptions(s *Settings, opts []Option) (*config, error) {
	c := &config{
		baseURL:      strings.TrimRight(s.BaseURL, "/"),
		maxRetries:   DefaultMaxRetries,
		retryWaitMin: DefaultRetryWaitMin,
		retryWaitMax: DefaultRetryWaitMax,
		retryBudget:  DefaultRetryBudget,
		userAgent:    DefaultUserAgent,
		timeout:      DefaultTimeout,
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
	if !c.limiterSet && s.RateLimit > 0 {
		l, err := newRateLimiter(s.RateLimit, s.RatePeriod)
		if err != nil {
			return nil, err
		}
		c.limiter = l
	}
	if c.httpClient == nil {
		c.httpClient = defaultHTTPClient()
	}
	return c, nil
}
