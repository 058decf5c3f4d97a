package transport

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Settings is what a platform package tells the transport about its API.
type Settings struct {
	// Platform names the API in errors and log lines ("shopkit").
	Platform string
	// BaseURL is the default base, e.g. "https://api.shopk.it/v1".
	BaseURL string
	// Auth applies the credentials; nil means none.
	Auth Auth
	// Header holds headers sent with every request (e.g. Accept).
	Header http.Header
	// RateLimit and RatePeriod give the documented quota; 0 means the client
	// does not limit itself until the caller asks it to.
	RateLimit  int
	RatePeriod time.Duration
	// Usage, when set, reads the server's "used of limit" report from each
	// response to correct the limiter (see UsageHeader).
	Usage func(http.Header) (used, limit int, ok bool)
	// Throttled, when set, recognises the platform's own "over the quota"
	// answer (InSales answers 503 with Retry-After): such a response is an
	// ErrRateLimited *APIError and is retried for any method, since the
	// server refused it before acting. 429 is always treated so.
	Throttled func(*http.Response) bool
	// ThrottleWait is the wait after a throttled answer without Retry-After
	// (0 means the ordinary backoff).
	ThrottleWait time.Duration
	// RequireHTTPS refuses a plain-http default base URL; WithBaseURL may
	// still choose http explicitly (fakes, proxies).
	RequireHTTPS bool
}

// Client sends requests for one platform. It is safe for concurrent use.
// Build it with New: a zero Client refuses every call. fmt prints it without
// its credentials, whatever the verb (see Format).
type Client struct {
	platform     string
	base         string
	scheme, host string       // of base: every request must go there
	cred         *credentials // behind a pointer: see credentials
	header       http.Header
	ua           []string
	usage        func(http.Header) (int, int, bool)
	throttled    func(*http.Response) bool
	throttleWait time.Duration
	limiter      Limiter
	logger       *slog.Logger
	timeout      time.Duration
	budget       time.Duration
	maxBody      int64
	maxPages     int
	rc           *retryablehttp.Client
	cfg          *ecomkit.Config
}

// credentials hold what must never be printed. A pointer field is printed
// as an address by fmt even where it prints the Client's fields raw (%p of
// a Client value, which no Formatter can intercept).
type credentials struct {
	auth    Auth
	secrets []string
}

// New builds a client from the platform's settings and the caller's options.
// It validates its input and never touches the network.
func New(s Settings, opts ...Option) (*Client, error) {
	cfg, err := applyOptions(&s, opts)
	if err != nil {
		return nil, err
	}
	if cfg.BaseURL == "" {
		return nil, Invalid("base URL", "is empty")
	}
	u, err := url.Parse(cfg.BaseURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, Invalid("base URL", "is not an absolute http(s) URL")
	}
	// The messages name the host only: the rest may hold a credential.
	if u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return nil, Invalid("base URL", "%q must carry no user info, query or fragment", u.Scheme+"://"+u.Host)
	}
	if s.RequireHTTPS && !cfg.BaseURLSet() && u.Scheme != "https" {
		return nil, Invalid("base URL", "%q must use https (WithBaseURL may choose http for a fake or proxy)", u.Scheme+"://"+u.Host)
	}
	auth := s.Auth
	if auth == nil {
		auth = NoAuth()
	}
	c := &Client{
		platform:     s.Platform,
		base:         cfg.BaseURL,
		scheme:       u.Scheme,
		host:         u.Host,
		cred:         &credentials{auth: auth, secrets: auth.Secrets()},
		header:       s.Header.Clone(),
		ua:           []string{userAgent(cfg.UserAgent)},
		usage:        s.Usage,
		throttled:    s.Throttled,
		throttleWait: s.ThrottleWait,
		limiter:      cfg.Limiter,
		logger:       cfg.Logger,
		timeout:      cfg.Timeout,
		budget:       cfg.RetryBudget,
		maxBody:      cfg.MaxResponseSize,
		maxPages:     cfg.MaxPages,
		cfg:          cfg,
	}
	c.rc = &retryablehttp.Client{
		HTTPClient:     newSender(cfg.HTTPClient),
		RetryWaitMin:   cfg.RetryWaitMin,
		RetryWaitMax:   cfg.RetryWaitMax,
		RetryMax:       cfg.MaxRetries,
		CheckRetry:     c.checkRetry,
		Backoff:        c.backoff,
		ErrorHandler:   retryablehttp.PassthroughErrorHandler,
		RequestLogHook: requestHook,
		PrepareRetry:   c.prepareRetry,
	}
	return c, nil
}

// BaseURL returns the base URL requests are sent to.
func (c *Client) BaseURL() string { return c.base }

// Value returns what options built with WithValue recorded under key, or nil.
func (c *Client) Value(key any) any { return c.cfg.Value(key) }

// Limiter returns the client's rate limiter, or nil when limiting is off.
func (c *Client) Limiter() Limiter { return c.limiter }

// MaxPages returns the ceiling on pages one iteration may fetch (see
// ecomkit.WithMaxPages); pass it to Iterate with the MaxPages option.
func (c *Client) MaxPages() int { return c.maxPages }

// String describes the client without its credentials.
func (c Client) String() string {
	auth := "none"
	if c.cred != nil && c.cred.auth != nil {
		auth = c.cred.auth.String()
	}
	return "transport.Client{platform: " + c.platform + ", base: " + c.base + ", auth: " + auth + "}"
}

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// Format prints String for every verb (%v %+v %#v %s %q %x %d %t ...):
// fmt would otherwise print the unexported fields, credentials included.
func (c Client) Format(f fmt.State, verb rune) { FormatText(f, verb, c.String()) }

// FormatRedacted writes name{client} for any verb, without credentials. A
// platform package's Client and services hold a *Client in an unexported
// field, which fmt prints raw for verbs such as %s, %q, %d or %t; they use
// it as their fmt.Formatter, with a value receiver so that both T and *T
// are covered:
//
//	func (c Client) Format(f fmt.State, verb rune) { transport.FormatRedacted(f, verb, "shopkit.Client", c.t) }
func FormatRedacted(f fmt.State, verb rune, name string, c *Client) {
	inner := "nil"
	if c != nil {
		inner = c.String()
	}
	FormatText(f, verb, name+"{"+inner+"}")
}

// isThrottled reports a refusal for exceeding the quota: 429, or the
// platform's own answer.
func (c *Client) isThrottled(resp *http.Response) bool {
	if resp == nil {
		return false
	}
	return resp.StatusCode == http.StatusTooManyRequests || (c.throttled != nil && c.throttled(resp))
}

// wait blocks for the limiter, if any.
func (c *Client) wait(ctx context.Context) error {
	if c.limiter == nil {
		return nil
	}
	return c.limiter.Wait(ctx)
}

// ErrorBodyLimit bounds the body kept in APIError.Body (64 KiB): an error
// answer is read up to it and the rest discarded, so a huge error page
// cannot exhaust memory.
const ErrorBodyLimit = 64 << 10

// preallocLimit bounds what a Content-Length may make the client allocate
// before any byte arrived; a longer body grows as it is read.
const preallocLimit = 256 << 10

// errTooLarge reports a success body past the client's MaxResponseSize.
var errTooLarge = errors.New("response body too large")

// Do sends req and decodes a 2xx JSON body into out (nil to skip). A non-2xx
// answer becomes *APIError; a failed connection *RequestError; a body that
// cannot be decoded *DecodeError.
//
// req.Path must start with "/" (or "?") and is appended to the base URL: a
// path that would reach another host or scheme ("//evil.test", "http://...")
// is refused with a *FieldError, so credentials never travel elsewhere.
//
// When out points to a struct, an object is expected: a 2xx body shaped as
// an error ({"error": ...}, {"success": false, ...}, {"errors": ...}, unless
// the struct declares that field) is an *APIError, and a body (or Unwrap
// field) that is empty, null, not an object, or {} is a *DecodeError, never
// a zero value. With out nil the error shapes still make an *APIError.
// Other targets (slices, maps, RawMessage) take any JSON.
//
// The answer's status, header, body and attempts are also written to the
// destination of ecomkit.CaptureResponse(ctx), on success and on *APIError.
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if c == nil || c.rc == nil {
		return nil, Invalid("client", "is not initialised (use the platform's NewClient)")
	}
	if ctx == nil {
		return nil, Invalid("context", "must not be nil")
	}
	if req == nil {
		return nil, Invalid("request", "must not be nil")
	}
	capture := ecomkit.CapturedResponse(ctx)
	if dl, ok := ctx.Deadline(); c.timeout > 0 && (!ok || time.Until(dl) > c.timeout) {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	rreq, err := c.newRequest(ctx, req)
	if err != nil {
		return nil, err
	}
	st := stateOf(rreq.Context())
	if err := c.wait(rreq.Context()); err != nil {
		if rreq.Context().Err() == nil {
			// The limiter gives up early when the wait would outlast the
			// deadline; say so in a way errors.Is recognises.
			err = fmt.Errorf("rate limit: %v: %w", err, context.DeadlineExceeded)
		}
		return nil, c.requestError(rreq.Request, st, err)
	}
	resp, err := c.rc.Do(rreq)
	if err != nil && (resp == nil || err != st.readErr) {
		if resp != nil {
			drain(resp.Body)
		}
		return nil, c.failed(rreq.Request, st, err, capture)
	}
	defer resp.Body.Close()
	body, readErr := st.body, st.readErr
	if !st.read { // a final retryable status: its body was not read yet
		body, readErr = readBody(resp, st.method, bodyLimit(resp.StatusCode, c.maxBody))
	}
	r := &Response{StatusCode: resp.StatusCode, Header: resp.Header, Body: body, Attempts: st.attempt}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		e := c.apiError(rreq.Request, resp.StatusCode, resp.Header, body, c.isThrottled(resp))
		setCapture(capture, r, e)
		return nil, e
	}
	if readErr != nil {
		if errors.Is(readErr, errTooLarge) {
			return r, c.decodeError(rreq.Request, resp, body, fmt.Errorf("larger than the limit of %d bytes (WithMaxResponseSize): %w", c.maxBody, readErr))
		}
		return r, c.decodeError(rreq.Request, resp, body, fmt.Errorf("body cut short: %w", readErr))
	}
	trimmed := bytes.TrimSpace(body)
	if out == nil {
		// No resource expected (a delete, an action), but an error shape
		// still says the call failed.
		if len(trimmed) > 0 && trimmed[0] == '{' && mayBeErrorBody(trimmed) && isErrorBody(trimmed, nil) {
			e := c.apiError(rreq.Request, resp.StatusCode, resp.Header, body, false)
			setCapture(capture, r, e)
			return nil, e
		}
		setCapture(capture, r, nil)
		return r, nil
	}
	object := wantsObject(out)
	if len(trimmed) == 0 {
		if req.AllowEmpty || resp.StatusCode == http.StatusNoContent {
			setCapture(capture, r, nil)
			return r, nil
		}
		return r, c.decodeError(rreq.Request, resp, body, errors.New("empty body"))
	}
	if object && trimmed[0] == '{' && mayBeErrorBody(trimmed) && isErrorBody(trimmed, out) {
		e := c.apiError(rreq.Request, resp.StatusCode, resp.Header, body, false)
		setCapture(capture, r, e)
		return nil, e
	}
	if err := decode(body, req.Unwrap, out, object); err != nil {
		return r, c.decodeError(rreq.Request, resp, body, err)
	}
	setCapture(capture, r, nil)
	return r, nil
}

// setCapture fills the CaptureResponse destination, if any. The header and
// body of an *APIError are its scrubbed copies.
func setCapture(dst, r *Response, e *APIError) {
	if dst == nil {
		return
	}
	*dst = *r
	if e != nil {
		dst.Header, dst.Body = e.Header, e.Body
	}
}

// bodyLimit is how much of a body with this status is read: the client's
// maximum for a success, ErrorBodyLimit for an error kept in APIError.Body.
func bodyLimit(status int, max int64) int64 {
	if status >= 200 && status <= 299 {
		return max
	}
	return -ErrorBodyLimit // negative: truncate instead of failing
}

// decode reads body into out tolerantly (see flex.Unmarshal), from the
// top-level field key when it is set. When object is set, the value decoded
// must be a JSON object with at least one member.
func decode(body []byte, key string, out any, object bool) error {
	raw := body
	if key != "" {
		var env map[string]json.RawMessage
		if err := json.Unmarshal(body, &env); err != nil {
			return err
		}
		v, ok := env[key]
		if !ok {
			return fmt.Errorf("no %q field in the response", key)
		}
		raw = v
	}
	if object {
		if err := checkObject(raw); err != nil {
			if key != "" {
				return fmt.Errorf("field %q: %w", key, err)
			}
			return err
		}
	}
	return flex.Unmarshal(raw, out)
}

// readBody reads the body up to limit bytes. A negative limit reads up to
// -limit bytes and drops the rest without error (error bodies); past a
// positive one it returns errTooLarge. Content-Length is trusted only for a
// small first allocation.
func readBody(resp *http.Response, method string, limit int64) ([]byte, error) {
	if resp.ContentLength == 0 || method == http.MethodHead {
		return nil, nil
	}
	truncate := limit < 0
	if truncate {
		limit = -limit
	}
	if limit <= 0 {
		limit = ecomkit.DefaultMaxResponseSize
	}
	n := resp.ContentLength
	if n > limit && !truncate {
		return nil, errTooLarge
	}
	if n > 0 && n <= preallocLimit && n <= limit {
		buf := make([]byte, n)
		read, err := io.ReadFull(resp.Body, buf)
		return buf[:read], err
	}
	size := int64(512)
	if n > 0 {
		size = min(n, preallocLimit, limit)
	}
	buf := make([]byte, 0, size)
	r := io.LimitReader(resp.Body, limit+1)
	for {
		if len(buf) == cap(buf) {
			// Double, up to one byte past the limit: about 2x the limit
			// allocated at worst, where append's 1.25x growth costs 5x.
			next := 2 * int64(cap(buf))
			if next >= limit {
				next = limit + 1
			}
			grown := make([]byte, len(buf), next)
			copy(grown, buf)
			buf = grown
		}
		m, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if int64(len(buf)) > limit {
			if truncate {
				return buf[:limit], nil
			}
			return nil, errTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

func drain(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 1<<20))
	body.Close()
}

// newRequest builds the retryable request with headers, auth and body.
func (c *Client) newRequest(ctx context.Context, req *Request) (*retryablehttp.Request, error) {
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	if err := checkPath(req.Path); err != nil {
		return nil, err
	}
	u := c.base + req.Path
	if req.Query != nil {
		q, err := EncodeQuery(req.Query)
		if err != nil {
			return nil, err
		}
		if q != "" {
			if strings.Contains(req.Path, "?") {
				u += "&" + q
			} else {
				u += "?" + q
			}
		}
	}
	body, ctype, err := encodeBody(req)
	if err != nil {
		return nil, err
	}
	cctx := &callCtx{Context: ctx}
	cctx.st = callState{method: method, idempotent: idempotent(method), start: time.Now(), limit: c.maxBody}
	var raw any
	if body != nil {
		raw = body
	}
	rreq, err := retryablehttp.NewRequestWithContext(cctx, method, u, raw)
	if err != nil {
		// The error text repeats the URL, which may carry a credential.
		return nil, Invalid("path", "is not a valid URL path for %s", method)
	}
	if rreq.URL.Scheme != c.scheme || rreq.URL.Host != c.host || rreq.URL.User != nil {
		return nil, Invalid("path", "must stay on the base URL's host")
	}
	rreq.SetResponseHandler(readResponse)
	cctx.st.path = rreq.URL.Path
	cctx.st.redact = req.Redact
	h := rreq.Header
	for k, v := range c.header {
		h[k] = v
	}
	h["User-Agent"] = c.ua
	if ctype != "" {
		h["Content-Type"] = []string{ctype}
	}
	for k, v := range req.Header {
		h[http.CanonicalHeaderKey(k)] = v
	}
	c.cred.auth.Apply(rreq.Request)
	return rreq, nil
}

// checkPath refuses a raw path that could leave the base URL's host: it must
// be empty or start with "/" or "?", and its path part must not start with
// "//" or hold a scheme.
func checkPath(p string) error {
	if p == "" {
		return nil
	}
	if p[0] != '/' && p[0] != '?' {
		return Invalid("path", "must start with \"/\"")
	}
	path, _, _ := strings.Cut(p, "?")
	if strings.HasPrefix(path, "//") || strings.Contains(path, "://") || strings.ContainsRune(path, '\\') {
		return Invalid("path", "must be a path on the base URL, not another host")
	}
	return nil
}

func encodeBody(req *Request) ([]byte, string, error) {
	switch {
	case req.Multipart != nil:
		return encodeMultipart(req.Multipart)
	case req.Form != nil:
		ct := req.ContentType
		if ct == "" {
			ct = "application/x-www-form-urlencoded"
		}
		return []byte(req.Form.Encode()), ct, nil
	case req.Body == nil:
		return nil, "", nil
	}
	ct := req.ContentType
	if b, ok := req.Body.([]byte); ok {
		if ct == "" {
			ct = "application/json"
		}
		return b, ct, nil
	}
	var v any = req.Body
	if req.BodyKey != "" {
		v = map[string]any{req.BodyKey: req.Body}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, "", Invalid("request body", "cannot encode as JSON: %v", err)
	}
	if ct == "" {
		ct = "application/json"
	}
	return b, ct, nil
}

func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

// callState follows one call across its attempts.
type callState struct {
	method       string
	path         string
	redact       []string // Request.Redact
	idempotent   bool
	start        time.Time
	limit        int64 // the success-body limit
	attempt      int
	attemptStart time.Time
	// The last attempt's body, read inside the retry loop so that a 2xx
	// body cut short counts as a failed attempt.
	read    bool
	body    []byte
	readErr error
	checked bool // the retry policy has seen this attempt
	// The last answer that was retried, kept so that a retry abandoned for
	// the deadline or the limiter still reports it.
	last *lastAnswer
}

// lastAnswer is a retried response: status, header and (bounded) body.
type lastAnswer struct {
	status    int
	header    http.Header
	body      []byte
	throttled bool
}

type stateKey struct{}

// callCtx carries the call state in the request context; one allocation
// holds both.
type callCtx struct {
	context.Context
	st callState
}

func (c *callCtx) Value(key any) any {
	if key == (stateKey{}) {
		return &c.st
	}
	return c.Context.Value(key)
}

func stateOf(ctx context.Context) *callState {
	if st, ok := ctx.Value(stateKey{}).(*callState); ok {
		return st
	}
	return &callState{}
}

func requestHook(_ retryablehttp.Logger, r *http.Request, _ int) {
	st := stateOf(r.Context())
	st.attempt++
	st.attemptStart = time.Now()
	st.read, st.body, st.readErr, st.checked = false, nil, nil, false
}

// readResponse reads the body of an answer the retry policy accepted. A 2xx
// body that breaks off is returned as an error, so the policy can retry an
// idempotent request whose connection dropped mid-body.
func readResponse(resp *http.Response) error {
	if resp.Request == nil {
		return nil // a mocked response without its request: Do reads the body
	}
	st := stateOf(resp.Request.Context())
	st.body, st.readErr = readBody(resp, st.method, bodyLimit(resp.StatusCode, st.limit))
	st.read = true
	if st.readErr != nil && resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return st.readErr
	}
	return nil
}

// prepareRetry waits for the limiter before every retry.
func (c *Client) prepareRetry(r *http.Request) error {
	if err := c.wait(r.Context()); err != nil {
		if r.Context().Err() == nil {
			err = fmt.Errorf("rate limit: %v: %w", err, context.DeadlineExceeded)
		}
		return err
	}
	return nil
}

// failed turns an attempt loop that ended without a usable response into an
// error. When a retry was under way (the last answer was a 503 or 429) and
// the deadline or the limiter ended it, the error is that answer's *APIError
// joined with the cause, so errors.As finds the *APIError and errors.Is
// matches both ErrServer (or ErrRateLimited) and context.DeadlineExceeded.
func (c *Client) failed(r *http.Request, st *callState, err error, capture *Response) error {
	if st.last != nil && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)) {
		e := c.apiError(r, st.last.status, st.last.header, st.last.body, st.last.throttled)
		setCapture(capture, &Response{StatusCode: st.last.status, Attempts: st.attempt}, e)
		return fmt.Errorf("%w (retry abandoned after %d attempts: %w)", e, st.attempt, err)
	}
	return c.requestError(r, st, err)
}

func (c *Client) requestError(r *http.Request, st *callState, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its text repeats the URL, which may be unredacted
	}
	sec := c.secretsOf(st)
	return &RequestError{Platform: c.platform, Method: r.Method, URL: scrub(RedactURL(r.URL), sec), Attempts: st.attempt, Err: scrubError(err, sec)}
}

// droppedHeaders never reach an *APIError: they carry or set credentials.
var droppedHeaders = []string{"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "Set-Cookie2"}

func (c *Client) apiError(r *http.Request, status int, header http.Header, body []byte, throttled bool) *APIError {
	sec := c.secretsOf(stateOf(r.Context()))
	e := &APIError{
		Platform:    c.platform,
		StatusCode:  status,
		Method:      r.Method,
		URL:         scrub(RedactURL(r.URL), sec),
		Header:      scrubHeader(header, sec),
		Body:        scrubBody(body, sec),
		RateLimited: throttled,
	}
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		if d, ok := parseRetryAfter(header.Get("Retry-After")); ok {
			e.RetryAfter = d
		}
	}
	parseErrorBody(e)
	if status >= 300 && status <= 399 {
		msg := "redirect not followed (the client never follows redirects; check the base URL)"
		if loc := header.Get("Location"); loc != "" {
			if lu, err := r.URL.Parse(loc); err == nil {
				msg = "redirect to " + RedactURL(lu) + " not followed (the client never follows redirects; check the base URL)"
			}
		}
		e.Message = msg
	}
	if e.Message == "" {
		e.Message = http.StatusText(status)
	}
	e.Message = scrub(e.Message, sec)
	e.Code = scrub(e.Code, sec)
	for k, msgs := range e.Fields {
		for i := range msgs {
			msgs[i] = scrub(msgs[i], sec)
		}
		if s := scrub(k, sec); s != k {
			delete(e.Fields, k)
			k = s
		}
		e.Fields[k] = msgs
	}
	return e
}

// scrubHeader copies h without the credential headers and with every
// secret replaced in the values that remain.
func scrubHeader(h http.Header, secrets []string) http.Header {
	if h == nil {
		return nil
	}
	out := h.Clone()
	for _, k := range droppedHeaders {
		delete(out, k)
	}
	for k, vs := range out {
		for i, v := range vs {
			vs[i] = scrub(v, secrets)
		}
		out[k] = vs
	}
	return out
}

// scrubBody replaces every secret a server echoed in an error body.
func scrubBody(b []byte, secrets []string) []byte {
	for _, sec := range secrets {
		if len(sec) >= 4 && bytes.Contains(b, []byte(sec)) {
			b = bytes.ReplaceAll(b, []byte(sec), []byte("REDACTED"))
		}
	}
	return b
}

func (c *Client) decodeError(r *http.Request, resp *http.Response, body []byte, err error) error {
	sec := c.secretsOf(stateOf(r.Context()))
	return &DecodeError{Platform: c.platform, Method: r.Method, URL: scrub(RedactURL(r.URL), sec), StatusCode: resp.StatusCode, Err: scrubError(err, sec), Body: body}
}

// scrub replaces every secret in s.
func scrub(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 4 && strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, "REDACTED")
		}
	}
	return s
}

// scrubbedError hides secrets in its text. It matches its cause through Is
// and As, but has no Unwrap: walking the chain with errors.Unwrap and
// printing each link must not reach the unscrubbed text.
type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string        { return e.msg }
func (e *scrubbedError) Is(target error) bool { return errors.Is(e.err, target) }
func (e *scrubbedError) As(target any) bool   { return errors.As(e.err, target) }

func scrubError(err error, secrets []string) error {
	msg := err.Error()
	if s := scrub(msg, secrets); s != msg {
		return &scrubbedError{msg: s, err: err}
	}
	return err
}

// Decode sends req and decodes the 2xx body into a new T.
func Decode[T any](ctx context.Context, c *Client, req *Request) (*T, *Response, error) {
	out := new(T)
	resp, err := c.Do(ctx, req, out)
	if err != nil {
		return nil, resp, err
	}
	return out, resp, nil
}

// secretsOf is what a call's errors and log lines must not show: the
// client's credentials and the values its Request.Redact names.
func (c *Client) secretsOf(st *callState) []string {
	if len(st.redact) == 0 {
		return c.cred.secrets
	}
	return append(slices.Clip(c.cred.secrets), st.redact...)
}
