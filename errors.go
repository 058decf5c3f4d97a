package ecomkit

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// Sentinel errors. errors.Is matches them against an *APIError by status
// code, and ErrInvalidInput (and ErrValidation) against a *FieldError raised
// before a request is sent.
var (
	ErrBadRequest      = errors.New("bad request")                  // 400
	ErrUnauthorized    = errors.New("unauthorized")                 // 401
	ErrForbidden       = errors.New("forbidden")                    // 403
	ErrNotFound        = errors.New("not found")                    // 404
	ErrConflict        = errors.New("conflict")                     // 409
	ErrTooLarge        = errors.New("request too large")            // 413
	ErrValidation      = errors.New("validation failed")            // 400, 422, and *FieldError
	ErrRateLimited     = errors.New("rate limited")                 // 429
	ErrServer          = errors.New("server error")                 // 5xx
	ErrInvalidInput    = errors.New("invalid input")                // *FieldError: refused before sending
	ErrInvalidResponse = errors.New("invalid response from server") // *DecodeError
)

// APIError is the error for every non-2xx response, and for a 2xx whose
// body is an error ({"error": ...}, {"success": false, ...},
// {"errors": ...}), which keeps its 2xx StatusCode. A 3xx is an APIError
// too: clients never follow redirects, so credentials never reach another
// host; the Message names the redirect's target.
type APIError struct {
	// Platform names the API ("shopkit", "mycashflow", ...).
	Platform string
	// StatusCode is the HTTP status code.
	StatusCode int
	// Method and URL identify the request; secrets are removed from URL.
	Method string
	URL    string
	// Message is the platform's error message, or the status text.
	Message string
	// Code is a platform error code or name where the API gives one.
	Code string
	// Fields holds per-field messages (field name -> messages) where the API
	// reports them, as MyCashflow's "errors" object does.
	Fields map[string][]string
	// RateLimited reports a refusal for exceeding the quota: a 429, or the
	// platform's own answer (InSales answers 503 with Retry-After).
	RateLimited bool
	// RetryAfter is the server's Retry-After, when it sent one.
	RetryAfter time.Duration
	// Header is the response header, without the headers that carry or set
	// credentials (Authorization, Cookie, Set-Cookie) and with any
	// credential the server echoed replaced by REDACTED.
	Header http.Header
	// Body is the raw response body, at most its first 64 KiB, with any
	// credential the server echoed replaced by REDACTED.
	Body []byte
}

// Error returns "platform: METHOD URL: status: message (field: msg; ...)".
func (e *APIError) Error() string {
	var b strings.Builder
	if e.Platform != "" {
		b.WriteString(e.Platform)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%s %s: %d %s", e.Method, e.URL, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" && !strings.EqualFold(strings.TrimSuffix(e.Message, "."), http.StatusText(e.StatusCode)) {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if len(e.Fields) > 0 {
		keys := make([]string, 0, len(e.Fields))
		for k := range e.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString(" (")
		for i, k := range keys {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(k)
			b.WriteString(": ")
			b.WriteString(strings.Join(e.Fields[k], ", "))
		}
		b.WriteString(")")
	}
	return b.String()
}

// Is matches the sentinel errors by status code.
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrBadRequest:
		return e.StatusCode == http.StatusBadRequest
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrConflict:
		return e.StatusCode == http.StatusConflict
	case ErrTooLarge:
		return e.StatusCode == http.StatusRequestEntityTooLarge
	case ErrValidation:
		return e.StatusCode == http.StatusBadRequest || e.StatusCode == http.StatusUnprocessableEntity
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests || e.RateLimited
	case ErrServer:
		return e.StatusCode >= 500
	}
	return false
}

// FieldError reports input refused before sending, because the API docs say
// the server would refuse it. errors.Is matches ErrInvalidInput and
// ErrValidation.
type FieldError struct {
	// Field is the name of the offending field or parameter.
	Field string
	// Problem says what is wrong with it.
	Problem string
}

// Error returns "invalid <field>: <problem>".
func (e *FieldError) Error() string { return "invalid " + e.Field + ": " + e.Problem }

// Is matches ErrInvalidInput and ErrValidation.
func (e *FieldError) Is(target error) bool {
	return target == ErrInvalidInput || target == ErrValidation
}

// RequestError is a request that got no HTTP response: a connection that
// failed or dropped, a cancelled context, a limiter that could not wait.
// Unwrap gives the cause, so errors.Is(err, context.DeadlineExceeded) works.
type RequestError struct {
	// Platform names the API.
	Platform string
	// Method and URL identify the request; secrets are removed from URL.
	Method string
	URL    string
	// Attempts is how many times the request was tried.
	Attempts int
	// Err is the cause.
	Err error
}

// Error returns "platform: METHOD URL: cause" ("request not sent: cause"
// when the call ended before a request was built, as an iteration whose
// context ended between pages).
func (e *RequestError) Error() string {
	p := ""
	if e.Platform != "" {
		p = e.Platform + ": "
	}
	if e.Method == "" && e.URL == "" {
		return fmt.Sprintf("%srequest not sent: %v", p, e.Err)
	}
	s := fmt.Sprintf("%s%s %s: %v", p, e.Method, e.URL, e.Err)
	if e.Attempts > 1 {
		s += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return s
}

// Unwrap returns the cause.
func (e *RequestError) Unwrap() error { return e.Err }

// DecodeError is a 2xx response whose body could not be read or decoded:
// cut short, not JSON, or not the documented shape. errors.Is matches
// ErrInvalidResponse.
type DecodeError struct {
	// Platform names the API.
	Platform string
	// Method and URL identify the request; secrets are removed from URL.
	Method string
	URL    string
	// StatusCode is the (successful) HTTP status.
	StatusCode int
	// Err says what was wrong with the body.
	Err error
	// Body is the raw body as received (possibly partial).
	Body []byte
}

// Error returns "platform: METHOD URL: invalid response body: cause".
func (e *DecodeError) Error() string {
	p := ""
	if e.Platform != "" {
		p = e.Platform + ": "
	}
	return fmt.Sprintf("%s%s %s: invalid response body (status %d): %v", p, e.Method, e.URL, e.StatusCode, e.Err)
}

// Unwrap returns the cause.
func (e *DecodeError) Unwrap() error { return e.Err }

// Is matches ErrInvalidResponse.
func (e *DecodeError) Is(target error) bool { return target == ErrInvalidResponse }
