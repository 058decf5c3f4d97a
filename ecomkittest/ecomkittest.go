// Package ecomkittest holds the types every platform's fake server shares
// (shopkittest, mycashflowtest, sitebuildertest, insalestest, ...): the
// faults to inject and the requests a fake recorded. Each fake re-exports
// them, so a test written against one fake reads the same against another.
package ecomkittest

import (
	"net/http"
	"net/url"
	"time"
)

// Faults describes failures to inject. Counting starts at 1 with the first
// request after the fake's SetFaults (or after it starts).
type Faults struct {
	// Latency delays every answer (ended early when the client gives up).
	Latency time.Duration
	// RateLimitEvery answers every Nth request 429 with Retry-After.
	RateLimitEvery int
	// RetryAfter is the Retry-After sent with those 429s (default 1s; it is
	// sent in whole seconds, with sub-second values as a fraction).
	RetryAfter time.Duration
	// FailFirst answers the first N requests with FailStatus (a 5xx burst).
	FailFirst int
	// FailStatus is the status of the burst (default 503).
	FailStatus int
	// DropEvery closes the connection without an answer on every Nth request.
	DropEvery int
	// TruncateEvery cuts every Nth response body in half while announcing
	// its full Content-Length.
	TruncateEvery int
}

// Request is one request as a fake server received it.
type Request struct {
	Method string
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
}
