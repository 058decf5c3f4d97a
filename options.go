package ecomkit

import (
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults of every client. A platform package may choose another rate limit
// (its documented quota); the rest is the same everywhere.
const (
	// DefaultMaxRetries is how many times a failed call is retried.
	DefaultMaxRetries = 3
	// DefaultRetryWaitMin and DefaultRetryWaitMax bound the backoff between
	// attempts (equal jitter, doubling from min to max).
	DefaultRetryWaitMin = 500 * time.Millisecond
	DefaultRetryWaitMax = 8 * time.Second
	// DefaultRetryBudget bounds the total time spent waiting between the
	// attempts of one call; a Retry-After beyond what is left ends the retries.
	DefaultRetryBudget = 30 * time.Second
	// DefaultTimeout bounds one call, all attempts and waits included.
	DefaultTimeout = 60 * time.Second
	// DefaultMaxResponseSize bounds a successful response body (32 MiB).
	// An error body is kept in APIError.Body up to 64 KiB, the rest dropped.
	DefaultMaxResponseSize = 32 << 20
	// DefaultMaxPages bounds the pages one All iteration fetches (100,000):
	// past it the iteration ends with an error matching ErrPagingLoop, so a
	// server that never reports the last page cannot keep a loop running.
	DefaultMaxPages = 100_000
)

// Config is what the options of a client set. NewClient fills it with the
// platform's defaults, applies the options in order, and validates the
// result; a Config is never shared between clients. Write an Option of your
// own only to combine the ones below.
type Config struct {
	// BaseURL replaces the platform's default base URL (a fake, a proxy).
	BaseURL string
	// HTTPClient sends the requests; nil means http.DefaultTransport, looked
	// up at each request, so httpmock.Activate intercepts it.
	HTTPClient *http.Client
	// MaxRetries is how many times a failed call is retried; 0 turns
	// retries off.
	MaxRetries int
	// RetryWaitMin and RetryWaitMax bound the backoff between attempts.
	RetryWaitMin, RetryWaitMax time.Duration
	// RetryBudget bounds the total waiting between the attempts of one call.
	RetryBudget time.Duration
	// Limiter paces requests; nil means the platform's default quota unless
	// NoRateLimit is set.
	Limiter Limiter
	// NoRateLimit turns client-side rate limiting off.
	NoRateLimit bool
	// Logger receives a debug line per attempt and an info line per retry;
	// nil logs nothing.
	Logger *slog.Logger
	// UserAgent is the caller's product token ("MyApp/1.0"), sent before the
	// SDK's own ("MyApp/1.0 ecomkit-go/0.2.0"); "" sends the SDK's alone.
	UserAgent string
	// Timeout bounds one call, attempts and waits included; 0 leaves only
	// the context's deadline.
	Timeout time.Duration
	// MaxResponseSize bounds a successful response body in bytes; a larger
	// body fails with a *DecodeError instead of being held in memory.
	MaxResponseSize int64
	// MaxPages bounds the pages one All iteration fetches.
	MaxPages int

	baseURLSet bool
	values     map[any]any
}

// BaseURLSet reports whether WithBaseURL chose the base URL.
func (c *Config) BaseURLSet() bool { return c.baseURLSet }

// Value returns what WithValue recorded under key, or nil.
func (c *Config) Value(key any) any { return c.values[key] }

// Option configures a client; pass options to a platform's NewClient. Every
// platform package re-exports the same options.
type Option func(*Config) error

// WithBaseURL points the client at another server: a fake, a proxy, a
// staging host. The URL must be absolute (http or https) and carry no query,
// fragment or user info (credentials travel through the client's auth, never
// in the URL).
func WithBaseURL(raw string) Option {
	return func(c *Config) error {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &FieldError{Field: "base URL", Problem: "is not an absolute http(s) URL"}
		}
		if u.User != nil {
			return &FieldError{Field: "base URL", Problem: "must not carry user info (pass credentials to NewClient)"}
		}
		if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
			return &FieldError{Field: "base URL", Problem: "must not carry a query or fragment"}
		}
		c.BaseURL, c.baseURLSet = strings.TrimRight(raw, "/"), true
		return nil
	}
}

// WithHTTPClient sends requests through hc's Transport (custom transports,
// proxies, httpmock.ActivateNonDefault). The Transport is looked up at each
// request, so changing it later takes effect; hc's Jar and Timeout are used
// as they are when the client is built. hc's CheckRedirect is not: the SDK
// never follows a redirect (a 3xx answer is an *APIError), so credentials
// never reach another host. Calls that fail never close hc's idle
// connections, which other clients may be using.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *Config) error {
		if hc == nil {
			return &FieldError{Field: "HTTP client", Problem: "must not be nil"}
		}
		c.HTTPClient = hc
		return nil
	}
}

// WithRetry sets how many times a failed call is retried (0 turns retries
// off, at most 20). Retried: connection errors, 429, 502, 503 and 504; a POST
// or PATCH only when the server refused it before acting (429, or the
// platform's throttling answer) or the connection was never made.
func WithRetry(maxRetries int) Option {
	return func(c *Config) error {
		if maxRetries < 0 || maxRetries > 20 {
			return &FieldError{Field: "retries", Problem: "must be between 0 and 20"}
		}
		c.MaxRetries = maxRetries
		return nil
	}
}

// WithRetryWait sets the backoff bounds: the first retry waits about min,
// each next one twice as long (with jitter), never more than max. A
// Retry-After from the server takes precedence.
func WithRetryWait(min, max time.Duration) Option {
	return func(c *Config) error {
		if min <= 0 || max < min {
			return &FieldError{Field: "retry wait", Problem: "need 0 < min <= max, got " + min.String() + " and " + max.String()}
		}
		c.RetryWaitMin, c.RetryWaitMax = min, max
		return nil
	}
}

// WithRetryBudget bounds the total waiting between the attempts of one call
// (default 30s). A Retry-After that does not fit in what is left ends the
// retries and returns the server's answer.
func WithRetryBudget(d time.Duration) Option {
	return func(c *Config) error {
		if d < 0 {
			return &FieldError{Field: "retry budget", Problem: "must not be negative"}
		}
		c.RetryBudget = d
		return nil
	}
}

// WithRateLimit limits the client to requests per period (say 3600 per
// hour), smoothing bursts so that no window of that length sees more.
func WithRateLimit(requests int, per time.Duration) Option {
	return func(c *Config) error {
		l, err := NewRateLimiter(requests, per)
		if err != nil {
			return err
		}
		c.Limiter, c.NoRateLimit = l, false
		return nil
	}
}

// WithoutRateLimit turns client-side rate limiting off.
func WithoutRateLimit() Option {
	return func(c *Config) error {
		c.Limiter, c.NoRateLimit = nil, true
		return nil
	}
}

// WithRateLimiter shares one limiter between several clients of the same
// shop, so together they stay within its quota. Any Limiter works: the
// in-process *RateLimiter or one shared by several processes.
func WithRateLimiter(l Limiter) Option {
	return func(c *Config) error {
		if l == nil {
			return &FieldError{Field: "rate limiter", Problem: "must not be nil (use WithoutRateLimit)"}
		}
		if rl, ok := l.(*RateLimiter); ok && (rl == nil || rl.lim == nil) {
			return &FieldError{Field: "rate limiter", Problem: "must not be nil (use WithoutRateLimit) or a zero RateLimiter (use NewRateLimiter)"}
		}
		c.Limiter, c.NoRateLimit = l, false
		return nil
	}
}

// WithLogger logs every attempt at debug level (method, path, status,
// attempt, duration) and every retry at info level; pass a logger whose
// handler is enabled for slog.LevelDebug to see each call. Logging is off by
// default. Credentials and query strings never appear in log lines.
func WithLogger(l *slog.Logger) Option {
	return func(c *Config) error {
		c.Logger = l
		return nil
	}
}

// WithUserAgent names the caller's product ("MyApp/1.0.1"); it is sent
// before the SDK's own token: "MyApp/1.0.1 ecomkit-go/0.2.0".
func WithUserAgent(product string) Option {
	return func(c *Config) error {
		if strings.TrimSpace(product) == "" || strings.ContainsAny(product, "\r\n") {
			return &FieldError{Field: "user agent", Problem: "must be a non-empty single line"}
		}
		c.UserAgent = strings.TrimSpace(product)
		return nil
	}
}

// WithTimeout bounds one call, all attempts and waits included (default
// 60s; 0 leaves only the context's deadline).
func WithTimeout(d time.Duration) Option {
	return func(c *Config) error {
		if d < 0 {
			return &FieldError{Field: "timeout", Problem: "must not be negative"}
		}
		c.Timeout = d
		return nil
	}
}

// WithMaxResponseSize bounds how many bytes of a successful response body
// are read (default 32 MiB), counted after gzip inflation. A larger body
// fails with a *DecodeError (errors.Is ErrInvalidResponse) rather than
// exhausting memory; an announced Content-Length never makes the client
// allocate more than 256 KiB before the bytes arrive. Error bodies are kept
// in APIError.Body up to 64 KiB whatever this says.
func WithMaxResponseSize(n int64) Option {
	return func(c *Config) error {
		if n < 1 {
			return &FieldError{Field: "max response size", Problem: "must be at least 1 byte"}
		}
		c.MaxResponseSize = n
		return nil
	}
}

// WithMaxPages bounds the pages one All iteration fetches (default
// DefaultMaxPages, 100,000). Past it, the iteration ends with an error
// matching ErrPagingLoop. Raise it for lists longer than pages times the
// page size.
func WithMaxPages(n int) Option {
	return func(c *Config) error {
		if n < 1 {
			return &FieldError{Field: "max pages", Problem: "must be at least 1"}
		}
		c.MaxPages = n
		return nil
	}
}

// WithValue is how a platform package adds an option of its own (such as
// MyCashflow's path overrides) without a second option type: update gets the
// value recorded so far under key (nil at first) and returns the new one, or
// an error that NewClient returns. The platform reads the final value with
// (*Config).Value. Use an unexported key type, as with context values.
func WithValue(key any, update func(old any) (any, error)) Option {
	return func(c *Config) error {
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
