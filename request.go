package ecomkit

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

// Request describes one API call, for endpoints the SDK does not wrap yet:
// pass it to a platform client's Do and it travels with the same auth,
// retries, rate limiting and error decoding as the typed methods.
type Request struct {
	// Method is the HTTP method.
	Method string
	// Path is appended to the base URL ("/product/search"); escape
	// parameters with url.PathEscape. It may carry its own "?query". It
	// must start with "/" (or "?"): a path that would reach another host
	// or scheme ("//host/x", "http://host/x") is refused with a
	// *FieldError, so a raw call never carries credentials elsewhere.
	Path string
	// Query is a struct encoded with go-querystring, url.Values, or nil.
	Query any
	// Body is encoded as JSON unless it is []byte (sent as is); nil sends none.
	Body any
	// BodyKey wraps Body as {"<BodyKey>": Body}.
	BodyKey string
	// Form sends an application/x-www-form-urlencoded body instead.
	Form url.Values
	// Multipart sends a multipart/form-data body instead.
	Multipart *Multipart
	// ContentType overrides the body's content type.
	ContentType string
	// Header holds extra headers for this call.
	Header http.Header
	// Unwrap decodes the response's top-level field of that name into out
	// (an envelope such as "data"); the whole envelope stays in Response.Body.
	// When out points to a struct, that field must hold a non-empty object:
	// null, [] or {} there is a *DecodeError.
	Unwrap string
	// AllowEmpty accepts an empty 2xx body, leaving out untouched.
	AllowEmpty bool
	// Redact lists values of this call that must not appear in its errors
	// or log lines, beside the client's own credentials: a token carried in
	// the path or the query (a guest checkout's, a password reset's).
	// Values shorter than 4 bytes are not searched for.
	Redact []string
}

// Response is what came back from a successful call.
type Response struct {
	// StatusCode is the HTTP status of the final attempt.
	StatusCode int
	// Header is the response header (X-Total-Count, rate-limit reports, ...).
	Header http.Header
	// Body is the raw response body.
	Body []byte
	// Attempts is how many times the request was sent.
	Attempts int
}

// CaptureResponse returns a context that records the final response of the
// call it is passed to into dst: status, headers (request ids, rate-limit
// usage), raw body and attempts, on success and on an API error alike (then
// the header and body are the error's scrubbed copies). A call that got no
// answer leaves dst untouched. Use a fresh context per call:
//
//	var meta ecomkit.Response
//	p, err := c.Products.Get(ecomkit.CaptureResponse(ctx, &meta), 42)
//	fmt.Println(meta.StatusCode, meta.Header.Get("X-Request-Id"))
func CaptureResponse(ctx context.Context, dst *Response) context.Context {
	return context.WithValue(ctx, captureKey{}, dst)
}

// CapturedResponse returns the destination CaptureResponse put in ctx, or
// nil. The transport uses it; callers read their own variable instead.
func CapturedResponse(ctx context.Context) *Response {
	r, _ := ctx.Value(captureKey{}).(*Response)
	return r
}

type captureKey struct{}

// Multipart is a multipart/form-data body. It is built in memory, so it can
// be sent again on a retry.
type Multipart struct {
	// Fields are plain form fields, sent in order.
	Fields []FormField
	// Files are file parts.
	Files []FilePart
}

// FormField is one plain multipart field.
type FormField struct{ Name, Value string }

// FilePart is one file in a multipart body.
type FilePart struct {
	// Field is the form field name ("file").
	Field string
	// Filename is the file's name as sent.
	Filename string
	// ContentType defaults to application/octet-stream.
	ContentType string
	// Content is read once, when the request is built.
	Content io.Reader
}
