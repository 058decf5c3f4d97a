package transport

import ecomkit "github.com/ecomkit/ecomkit-go"

// The public types live in the root package ecomkit; the engine refers to
// them by these aliases.
type (
	APIError     = ecomkit.APIError
	FieldError   = ecomkit.FieldError
	RequestError = ecomkit.RequestError
	DecodeError  = ecomkit.DecodeError
	Page[T any]  = ecomkit.Page[T]
	PageRequest  = ecomkit.PageRequest
	Request      = ecomkit.Request
	Response     = ecomkit.Response
	Multipart    = ecomkit.Multipart
	FormField    = ecomkit.FormField
	FilePart     = ecomkit.FilePart
	Option       = ecomkit.Option
	RateLimiter  = ecomkit.RateLimiter
	Limiter      = ecomkit.Limiter
)

// Sentinel errors, as in ecomkit.
var (
	ErrBadRequest      = ecomkit.ErrBadRequest
	ErrUnauthorized    = ecomkit.ErrUnauthorized
	ErrForbidden       = ecomkit.ErrForbidden
	ErrNotFound        = ecomkit.ErrNotFound
	ErrConflict        = ecomkit.ErrConflict
	ErrTooLarge        = ecomkit.ErrTooLarge
	ErrValidation      = ecomkit.ErrValidation
	ErrRateLimited     = ecomkit.ErrRateLimited
	ErrServer          = ecomkit.ErrServer
	ErrInvalidInput    = ecomkit.ErrInvalidInput
	ErrInvalidResponse = ecomkit.ErrInvalidResponse
	ErrPagingLoop      = ecomkit.ErrPagingLoop
)

// Options, as in ecomkit.
var (
	WithBaseURL         = ecomkit.WithBaseURL
	WithHTTPClient      = ecomkit.WithHTTPClient
	WithRetry           = ecomkit.WithRetry
	WithRetryWait       = ecomkit.WithRetryWait
	WithRetryBudget     = ecomkit.WithRetryBudget
	WithRateLimit       = ecomkit.WithRateLimit
	WithoutRateLimit    = ecomkit.WithoutRateLimit
	WithRateLimiter     = ecomkit.WithRateLimiter
	WithLogger          = ecomkit.WithLogger
	WithUserAgent       = ecomkit.WithUserAgent
	WithTimeout         = ecomkit.WithTimeout
	WithMaxResponseSize = ecomkit.WithMaxResponseSize
	WithMaxPages        = ecomkit.WithMaxPages
	WithValue           = ecomkit.WithValue
	NewRateLimiter      = ecomkit.NewRateLimiter
)

// Defaults, as in ecomkit.
const (
	DefaultMaxRetries   = ecomkit.DefaultMaxRetries
	DefaultRetryWaitMin = ecomkit.DefaultRetryWaitMin
	DefaultRetryWaitMax = ecomkit.DefaultRetryWaitMax
	DefaultRetryBudget  = ecomkit.DefaultRetryBudget
	DefaultTimeout      = ecomkit.DefaultTimeout
	DefaultMaxPages     = ecomkit.DefaultMaxPages
	Version             = ecomkit.Version
	DefaultUserAgent    = ecomkit.UserAgent
)
