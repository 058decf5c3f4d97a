package transport

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// checkRetry decides after each attempt whether to try again. It also feeds
// the limiter from the server's usage report and writes the attempt's log line.
func (c *Client) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	st := stateOf(ctx)
	// The retry loop asks again after the body is read; that second call
	// only matters (and is only logged) when the read failed.
	again := st.checked
	st.checked = true
	if !again && resp != nil && c.usage != nil && c.limiter != nil {
		if used, limit, ok := c.usage(resp.Header); ok {
			c.limiter.Observe(used, limit)
		}
	}
	retry, wait := c.shouldRetry(ctx, st, resp, err)
	if !again || err != nil {
		c.logAttempt(ctx, st, resp, err, retry, wait)
	}
	if resp == nil {
		st.last = nil // the latest attempt got no answer: an older one is stale
	} else if retry && err == nil {
		// Keep the answer being retried: if the deadline or the limiter
		// ends the retries, the caller still learns what the server said.
		body, _ := readBody(resp, st.method, -ErrorBodyLimit)
		st.last = &lastAnswer{status: resp.StatusCode, header: resp.Header, body: body, throttled: c.isThrottled(resp)}
	}
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	return retry, nil
}

// shouldRetry applies the policy and the wait budget. wait is the longest the
// next backoff may take, used to keep the total within the budget.
func (c *Client) shouldRetry(ctx context.Context, st *callState, resp *http.Response, err error) (bool, time.Duration) {
	if ctx.Err() != nil {
		return false, 0
	}
	if st.attempt > c.rc.RetryMax {
		return false, 0
	}
	var ok bool
	if err != nil {
		ok = retryableError(err) && (st.idempotent || neverSent(err))
	} else {
		switch {
		case c.isThrottled(resp):
			ok = true // the server refused before acting, so any method is safe
		case resp.StatusCode == http.StatusBadGateway, resp.StatusCode == http.StatusServiceUnavailable, resp.StatusCode == http.StatusGatewayTimeout:
			ok = st.idempotent
		}
	}
	if !ok {
		return false, 0
	}
	wait := maxBackoff(c.rc.RetryWaitMin, c.rc.RetryWaitMax, st.attempt-1)
	if d, has := retryAfter(resp); has {
		wait = d
	} else if c.throttleWait > 0 && c.isThrottled(resp) {
		wait = c.throttleWait
	}
	if wait < 0 || wait > c.budget-time.Since(st.start) {
		return false, 0 // past the budget (wait is clamped, so this cannot overflow)
	}
	if dl, has := ctx.Deadline(); has && time.Until(dl) < wait {
		return false, 0 // the wait would outlive the caller's deadline
	}
	return true, wait
}

// retryableError reports a network failure that a new attempt may fix: a
// dropped or refused connection, a timeout below the caller's deadline, a
// temporary DNS failure. Anything else is permanent: "no such host", a TLS
// certificate error, and an error from a RoundTripper that is not a network
// at all (httpmock's "no responder found"), so a test without a responder
// fails at once instead of backing off.
func retryableError(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, errTooLarge) {
		return false
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // *url.Error is a net.Error whatever it wraps
	}
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var recErr tls.RecordHeaderError
	if errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) || errors.As(err, &recErr) {
		return false
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return !dns.IsNotFound
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	msg := err.Error()
	for _, s := range transientTexts {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// transientTexts are net/http's unexported connection errors.
var transientTexts = []string{
	"server closed idle connection",
	"transport connection broken",
	"connection reset",
	"broken pipe",
	"http2: client connection lost",
	"http2: server sent GOAWAY",
}

// neverSent reports whether the connection was never made, so the server
// cannot have seen the request.
func neverSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns)
}

// maxBackoff is the upper bound of the n-th (0-based) exponential wait.
func maxBackoff(min, max time.Duration, n int) time.Duration {
	if n > 30 {
		return max
	}
	d := min << n
	if d > max || d <= 0 {
		return max
	}
	return d
}

// backoff honours Retry-After, else waits a random time between half and all
// of the exponential bound ("equal jitter"), so clients spread out.
func (c *Client) backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	if d, ok := retryAfter(resp); ok {
		return d
	}
	if c.throttleWait > 0 && c.isThrottled(resp) {
		return c.throttleWait
	}
	bound := maxBackoff(min, max, attemptNum)
	half := bound / 2
	return half + rand.N(half+1)
}

// retryAfter reads Retry-After (seconds or an HTTP date) from a 429 or 503.
func retryAfter(resp *http.Response) (time.Duration, bool) {
	if resp == nil {
		return 0, false
	}
	if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
		return 0, false
	}
	return parseRetryAfter(resp.Header.Get("Retry-After"))
}

// MaxRetryAfter caps a Retry-After: a larger or infinite value (1e10, 1e300,
// "Inf") reads as this, which is past any retry budget, so the call stops
// retrying and returns the answer instead of overflowing into a negative
// wait.
const MaxRetryAfter = 365 * 24 * time.Hour

// parseRetryAfter reads seconds (a number, possibly fractional) or an HTTP
// date. NaN and text that is neither are ignored; a negative value or a date
// in the past is 0; anything beyond MaxRetryAfter is MaxRetryAfter.
func parseRetryAfter(v string) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil || errors.Is(err, strconv.ErrRange) {
		switch {
		case math.IsNaN(secs):
			return 0, false
		case secs <= 0:
			return 0, true
		case secs >= MaxRetryAfter.Seconds():
			return MaxRetryAfter, true
		}
		return time.Duration(secs * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := time.Until(t)
		if d < 0 {
			d = 0
		}
		return min(d, MaxRetryAfter), true
	}
	return 0, false
}

// logAttempt writes one debug line per attempt, and an info line before a
// retry. Only the path is logged: a query may carry credentials.
func (c *Client) logAttempt(ctx context.Context, st *callState, resp *http.Response, err error, retry bool, wait time.Duration) {
	if c.logger == nil {
		return
	}
	level := slog.LevelDebug
	if retry {
		level = slog.LevelInfo
	}
	if !c.logger.Enabled(ctx, level) {
		return
	}
	status := 0
	if resp != nil {
		status = resp.StatusCode
	}
	attrs := []slog.Attr{
		slog.String("platform", c.platform),
		slog.String("method", st.method),
		slog.String("path", scrub(st.path, st.redact)),
		slog.Int("status", status),
		slog.Int("attempt", st.attempt),
		slog.Duration("duration", time.Since(st.attemptStart)),
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", scrub(unwrapURLError(err).Error(), c.secretsOf(st))))
	}
	msg := "http request"
	if retry {
		msg = "http request will be retried"
		attrs = append(attrs, slog.Duration("max_wait", wait))
	}
	c.logger.LogAttrs(ctx, level, msg, attrs...)
}
