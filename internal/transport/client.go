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
type Client struct {
	platform     string
	base         string
	auth         Auth
	header       http.Header
	ua           []string
	usage        func(http.Header) (int, int, bool)
	throttled    func(*http.Response) bool
	throttleWait time.Duration
	limiter      Limiter
	logger       *slog.Logger
	timeout      time.Duration
	budget       time.Duration
	rc           *retryablehttp.Client
	hc           *http.Client
	secrets      []string
	cfg          *ecomkit.Config
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
		return nil, Invalid("base URL", "%q is not an absolute http(s) URL", RedactURLString(cfg.BaseURL))
	}
	if s.RequireHTTPS && !cfg.BaseURLSet() && u.Scheme != "https" {
		return nil, Invalid("base URL", "%q must use https (WithBaseURL may choose http for a fake or proxy)", RedactURLString(cfg.BaseURL))
	}
	auth := s.Auth
	if auth == nil {
		auth = NoAuth()
	}
	c := &Client{
		platform:     s.Platform,
		base:         cfg.BaseURL,
		auth:         auth,
		header:       s.Header.Clone(),
		ua:           []string{userAgent(cfg.UserAgent)},
		usage:        s.Usage,
		throttled:    s.Throttled,
		throttleWait: s.ThrottleWait,
		limiter:      cfg.Limiter,
		logger:       cfg.Logger,
		timeout:      cfg.Timeout,
		budget:       cfg.RetryBudget,
		hc:           cfg.HTTPClient,
		secrets:      auth.Secrets(),
		cfg:          cfg,
	}
	c.rc = &retryablehttp.Client{
		HTTPClient:     cfg.HTTPClient,
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

// Do sends req and decodes a 2xx JSON body into out (nil to skip). A non-2xx
// answer becomes *APIError; a failed connection *RequestError; a body that
// cannot be decoded *DecodeError.
func (c *Client) Do(ctx context.Context, req *Request, out any) (*Response, error) {
	if ctx == nil {
		return nil, Invalid("context", "must not be nil")
	}
	if req == nil {
		return nil, Invalid("request", "must not be nil")
	}
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
		return nil, c.requestError(rreq.Request, st, err)
	}
	defer resp.Body.Close()
	body, readErr := st.body, st.readErr
	if !st.read { // a final retryable status: its body was not read yet
		body, readErr = readBody(resp, st.method)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, c.apiError(rreq.Request, resp, body)
	}
	r := &Response{StatusCode: resp.StatusCode, Header: resp.Header, Body: body, Attempts: st.attempt}
	if readErr != nil {
		return r, c.decodeError(rreq.Request, resp, body, fmt.Errorf("body cut short: %w", readErr))
	}
	if out == nil {
		return r, nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		if req.AllowEmpty || resp.StatusCode == http.StatusNoContent {
			return r, nil
		}
		return r, c.decodeError(rreq.Request, resp, body, errors.New("empty body"))
	}
	if err := decode(body, req.Unwrap, out); err != nil {
		return r, c.decodeError(rreq.Request, resp, body, err)
	}
	return r, nil
}

// decode reads body into out tolerantly (see flex.Unmarshal), from the
// top-level field key when it is set.
func decode(body []byte, key string, out any) error {
	if key == "" {
		return flex.Unmarshal(body, out)
	}
	var env map[string]json.RawMessage
	if err := json.Unmarshal(body, &env); err != nil {
		return err
	}
	raw, ok := env[key]
	if !ok {
		return fmt.Errorf("no %q field in the response", key)
	}
	return flex.Unmarshal(raw, out)
}

// readBody reads the whole body; a known Content-Length costs one allocation.
func readBody(resp *http.Response, method string) ([]byte, error) {
	if resp.ContentLength == 0 || method == http.MethodHead {
		return nil, nil
	}
	if n := resp.ContentLength; n > 0 && n < 64<<20 {
		buf := make([]byte, n)
		read, err := io.ReadFull(resp.Body, buf)
		return buf[:read], err
	}
	return io.ReadAll(resp.Body)
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
	cctx.st = callState{method: method, idempotent: idempotent(method), start: time.Now()}
	var raw any
	if body != nil {
		raw = body
	}
	rreq, err := retryablehttp.NewRequestWithContext(cctx, method, u, raw)
	if err != nil {
		return nil, Invalid("request", "cannot build %s %s: %v", method, req.Path, err)
	}
	rreq.SetResponseHandler(readResponse)
	cctx.st.path = rreq.URL.Path
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
	c.auth.Apply(h)
	return rreq, nil
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
	idempotent   bool
	start        time.Time
	attempt      int
	attemptStart time.Time
	// The last attempt's body, read inside the retry loop so that a 2xx
	// body cut short counts as a failed attempt.
	read    bool
	body    []byte
	readErr error
	checked bool // the retry policy has seen this attempt
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
	st.body, st.readErr = readBody(resp, st.method)
	st.read = true
	if st.readErr != nil && resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return st.readErr
	}
	return nil
}

// prepareRetry waits for the limiter before every retry.
func (c *Client) prepareRetry(r *http.Request) error {
	return c.wait(r.Context())
}

func (c *Client) requestError(r *http.Request, st *callState, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its text repeats the URL, which may be unredacted
	}
	return &RequestError{Platform: c.platform, Method: r.Method, URL: RedactURL(r.URL), Attempts: st.attempt, Err: scrubError(err, c.secrets)}
}

func (c *Client) apiError(r *http.Request, resp *http.Response, body []byte) error {
	e := &APIError{
		Platform:   c.platform,
		StatusCode: resp.StatusCode,
		Method:     r.Method,
		URL:        RedactURL(r.URL),
		Header:     resp.Header,
		Body:       body,
	}
	if d, ok := retryAfter(resp); ok {
		e.RetryAfter = d
	}
	e.RateLimited = c.isThrottled(resp)
	parseErrorBody(e)
	if e.Message == "" {
		e.Message = http.StatusText(resp.StatusCode)
	}
	e.Message = scrub(e.Message, c.secrets)
	for k, msgs := range e.Fields {
		for i := range msgs {
			msgs[i] = scrub(msgs[i], c.secrets)
		}
		e.Fields[k] = msgs
	}
	return e
}

func (c *Client) decodeError(r *http.Request, resp *http.Response, body []byte, err error) error {
	return &DecodeError{Platform: c.platform, Method: r.Method, URL: RedactURL(r.URL), StatusCode: resp.StatusCode, Err: err, Body: body}
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

// scrubbedError keeps the cause for errors.Is while hiding secrets in its text.
type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

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
