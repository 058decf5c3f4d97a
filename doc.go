// Package ecomkit holds what every platform package of ecomkit-go shares:
// client options, errors, pages, the rate limiter, exact decimals, tolerant
// timestamps and the other JSON types, raw requests, and webhook options.
//
// Users seldom import it directly: each platform package (insales, shopkit,
// mycashflow, sitebuilder, storefront) re-exports these names with type
// aliases, so shopkit.Decimal and insales.Decimal are one type, and an
// option, error check or page loop written for one platform works for all.
//
//	c, err := shopkit.NewClient(apiKey, shopkit.WithRetry(3), shopkit.WithLogger(logger))
//	p, err := c.Products.Get(ctx, 42)
//	if errors.Is(err, shopkit.ErrNotFound) { ... }
//	var apiErr *shopkit.APIError // == *ecomkit.APIError
//
// # What every client guarantees
//
// Redirects: a client never follows one. A 3xx answer is an *APIError whose
// Message names the target (redacted), so no credential (a Basic or Bearer
// Authorization, an X-API-KEY header, a key in the query) ever reaches a
// host other than the base URL's, nor travels over http when the base is
// https, and a POST body is never re-sent elsewhere. A moved API is a new
// base URL: pass it with WithBaseURL. A raw call's Request.Path must be a
// path on the base URL; "//host", "http://host" and the like are refused.
//
// Bounded reads: a success body is read up to WithMaxResponseSize (32 MiB
// by default, counted after gzip inflation); past it the call fails with a
// *DecodeError. An error body is kept in APIError.Body up to 64 KiB. An
// announced Content-Length never makes a client allocate more than 256 KiB
// before the bytes arrive.
//
// A 2xx that is not the resource: where a call expects one resource (a
// struct), a 2xx body shaped as an error ({"error": ...}, {"success":
// false, ...}, {"errors": ...}) is an *APIError with the 2xx status, and a
// body that is empty, null, [], "", false, a number or {} (or such a value
// in the envelope field the API wraps resources in) is a *DecodeError:
// never a zero value with a nil error.
//
// Retries: connection failures, 429, 502, 503 and 504 (a POST only when it
// certainly did not reach the server, or was refused for the quota), within
// WithRetry's count and WithRetryBudget's total wait; a Retry-After beyond
// the budget (including huge or infinite ones) ends the retries. An error
// that is not a network failure ("no such host", a TLS certificate error,
// httpmock's "no responder found") is not retried. When the deadline or the
// limiter ends a retry, the error wraps both the server's last *APIError
// and context.DeadlineExceeded. Failed calls never close the idle
// connections of the shared pool.
//
// Paging: All ends with an error matching ErrPagingLoop when a server does
// not advance: a page asked for twice, a page repeating the previous page's
// items, or more pages than WithMaxPages (100,000 by default). A context
// that ends between pages yields a *RequestError wrapping its error.
//
// Secrets: credentials never reach an error message, a log line, another
// host or any fmt verb of a client, a service or an Auth; Secret values in
// models print as REDACTED (see Secret for the two paths fmt and
// encoding/json leave open).
//
// # Testing code that uses a client
//
// A client built with default options sends through http.DefaultTransport,
// looked up at each request, so httpmock.Activate intercepts it even when
// the client was built first; a client built WithHTTPClient(hc) sends
// through hc.Transport, so httpmock.ActivateNonDefault(hc) intercepts it. A
// request without a responder fails at once (it is not retried). Turn the
// client-side rate limit off in tests (WithoutRateLimit) so a test making
// many calls never waits for the quota, and use WithRetryWait(time.Millisecond,
// time.Millisecond) when a test exercises retries.
//
// The engine that implements them (requests, retries, rate limiting, error
// decoding, tolerant decoding) is internal to the module.
package ecomkit
