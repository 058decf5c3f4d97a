// Code shared in shape by every platform package: the names below are the
// transport core's and flex's, re-exported so that users need only import sitebuilder.

package sitebuilder

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Option configures a Client; pass options to NewClient.
type Option = transport.Option

// APIError is returned for every non-2xx answer. Use errors.As to read its
// status, message and per-field errors, or errors.Is with the Err* sentinels.
type APIError = transport.APIError

// FieldError reports input refused before sending; it names the field.
type FieldError = transport.FieldError

// RequestError reports a request that got no answer (connection failure,
// cancelled context); errors.Is sees its cause.
type RequestError = transport.RequestError

// DecodeError reports a 2xx answer whose body could not be read or decoded.
type DecodeError = transport.DecodeError

// Page is one page of a list; Next is nil on the last page.
type Page[T any] = transport.Page[T]

// PageRequest identifies a page.
type PageRequest = transport.PageRequest

// RateLimiter paces requests to a quota; share one between clients of the
// same website account with WithRateLimiter.
type RateLimiter = transport.RateLimiter

// Decimal is an exact decimal for money; it accepts numbers and strings.
type Decimal = flex.Decimal

// Time is a timestamp that accepts every format the API uses.
type Time = flex.Time

// UnixTime is a timestamp sent and received as Unix seconds.
type UnixTime = flex.UnixTime

// Date is a calendar date (YYYY-MM-DD).
type Date = flex.Date

// Int is an integer that also accepts a numeric string.
type Int = flex.Int

// Bool is a boolean that also accepts "true", "1", 1 and the like.
type Bool = flex.Bool

// String is a string that also accepts a number or boolean.
type String = flex.String

// List is a slice that also accepts null and objects keyed "0", "1", ...
type List[T any] = flex.List[T]

// Map is a map that also accepts [] (an empty PHP map).
type Map[V any] = flex.Map[V]

// Extra keeps the JSON fields a model does not declare.
type Extra = flex.Extra

// Secret is a credential in a model (a webhook secret, a password): sent
// and received as a plain JSON string, printed by fmt and log/slog as
// "REDACTED". Use string(s) for the value.
type Secret = flex.Secret

// Errors that errors.Is matches against the errors this package returns.
var (
	ErrBadRequest      = transport.ErrBadRequest      // 400
	ErrUnauthorized    = transport.ErrUnauthorized    // 401
	ErrForbidden       = transport.ErrForbidden       // 403
	ErrNotFound        = transport.ErrNotFound        // 404
	ErrConflict        = transport.ErrConflict        // 409
	ErrTooLarge        = transport.ErrTooLarge        // 413
	ErrValidation      = transport.ErrValidation      // 400, 422, or a FieldError
	ErrRateLimited     = transport.ErrRateLimited     // 429
	ErrServer          = transport.ErrServer          // 5xx
	ErrInvalidInput    = transport.ErrInvalidInput    // refused before sending
	ErrInvalidResponse = transport.ErrInvalidResponse // undecodable 2xx body
)

// WithBaseURL points the client at another server (a fake, a proxy).
func WithBaseURL(url string) Option { return transport.WithBaseURL(url) }

// WithHTTPClient sends requests through hc, used as given (httpmock works).
func WithHTTPClient(hc *http.Client) Option { return transport.WithHTTPClient(hc) }

// WithRetry sets how many times a failed call is retried; 0 turns retries off.
// Connection errors, 429, 502, 503 and 504 are retried, a POST only when it
// cannot have reached the server or was refused with 429. Default 3.
func WithRetry(maxRetries int) Option { return transport.WithRetry(maxRetries) }

// WithRetryWait sets the exponential backoff bounds between retries.
func WithRetryWait(min, max time.Duration) Option { return transport.WithRetryWait(min, max) }

// WithRateLimit limits the client to requests per period (off by default, as no quota is documented).
func WithRateLimit(requests int, per time.Duration) Option {
	return transport.WithRateLimit(requests, per)
}

// WithoutRateLimit turns client-side rate limiting off.
func WithoutRateLimit() Option { return transport.WithoutRateLimit() }

// WithRateLimiter shares l between several clients of one account.
func WithRateLimiter(l *RateLimiter) Option { return transport.WithRateLimiter(l) }

// WithLogger logs each attempt (method, path, status, attempt, duration) at
// debug level and retries at info level. Credentials are never logged.
func WithLogger(l *slog.Logger) Option { return transport.WithLogger(l) }

// WithUserAgent sets the User-Agent, e.g. "MyApp/1.0.1".
func WithUserAgent(ua string) Option { return transport.WithUserAgent(ua) }

// WithTimeout bounds one call, retries included (default 60s).
func WithTimeout(d time.Duration) Option { return transport.WithTimeout(d) }

// NewRateLimiter returns a limiter of requests per period to share between
// clients with WithRateLimiter. It panics if requests < 1 or per <= 0.
func NewRateLimiter(requests int, per time.Duration) *RateLimiter {
	return transport.NewRateLimiter(requests, per)
}

// Ptr returns a pointer to v, for optional fields of request structs.
func Ptr[T any](v T) *T { return &v }

// ParseDecimal parses a decimal number such as "9.90".
func ParseDecimal(s string) (Decimal, error) { return flex.ParseDecimal(s) }

// MustDecimal is ParseDecimal for literals; it panics on invalid input.
func MustDecimal(s string) Decimal { return flex.MustDecimal(s) }
