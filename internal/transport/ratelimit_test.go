package transport

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUsageHeaderParsing(t *testing.T) {
	parse := UsageHeader("API-Usage-Limit")
	for v, want := range map[string][3]int{
		"2/500":     {2, 500, 1},
		" 16 / 500": {16, 500, 1},
		"":          {0, 0, 0},
		"abc":       {0, 0, 0},
		"1/0":       {0, 0, 0},
		"x/500":     {0, 0, 0},
	} {
		h := http.Header{}
		if v != "" {
			h.Set("API-Usage-Limit", v)
		}
		used, limit, ok := parse(h)
		assert.Equal(t, want, [3]int{used, limit, b2i(ok)}, v)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// recordingLimiter counts waits and keeps every usage report.
type recordingLimiter struct {
	mu       sync.Mutex
	waits    int
	observed [][2]int
}

func (l *recordingLimiter) Wait(context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.waits++
	return nil
}

func (l *recordingLimiter) Observe(used, limit int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.observed = append(l.observed, [2]int{used, limit})
}

// The client feeds every response's usage header to its limiter, shared by
// two clients, before the next request; what the limiter does with it is
// tested against a frozen clock in the ecomkit package
// (TestLimiterObserveCutsTokensToServerRemaining), so nothing here depends
// on how much real time passes.
func TestClientObservesUsageHeader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("API-Usage-Limit", "499/500")
		if r.URL.Path == "/busy" {
			w.WriteHeader(503)
			return
		}
		w.WriteHeader(200)
		_, _ = w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	shared := &recordingLimiter{}
	c1, err := New(Settings{BaseURL: srv.URL, Usage: UsageHeader("API-Usage-Limit")}, WithRateLimiter(shared))
	require.NoError(t, err)
	c2, err := New(Settings{BaseURL: srv.URL, Usage: UsageHeader("API-Usage-Limit")}, WithRateLimiter(shared), WithRetryWait(time.Microsecond, time.Microsecond), WithRetry(1))
	require.NoError(t, err)
	assert.Same(t, c1.Limiter(), c2.Limiter())

	_, err = c1.Do(context.Background(), &Request{Path: "/"}, nil)
	require.NoError(t, err)
	_, err = c2.Do(context.Background(), &Request{Path: "/"}, nil)
	require.NoError(t, err)
	assert.Equal(t, [][2]int{{499, 500}, {499, 500}}, shared.observed)
	assert.Equal(t, 2, shared.waits)

	_, err = c2.Do(context.Background(), &Request{Path: "/busy"}, nil)
	assert.ErrorIs(t, err, ErrServer)
	assert.Len(t, shared.observed, 4, "every attempt's report is observed, the retried one too")
	assert.Equal(t, 4, shared.waits, "the retry waited for the limiter as well")
}

func TestDefaultQuotaFromSettingsAndOptions(t *testing.T) {
	c, err := New(Settings{BaseURL: "https://x.test", RateLimit: 3600, RatePeriod: time.Hour})
	require.NoError(t, err)
	n, per := c.Limiter().(*RateLimiter).Quota()
	assert.Equal(t, 3600, n)
	assert.Equal(t, time.Hour, per)

	c, err = New(Settings{BaseURL: "https://x.test", RateLimit: 3600, RatePeriod: time.Hour}, WithoutRateLimit())
	require.NoError(t, err)
	assert.Nil(t, c.Limiter())

	c, err = New(Settings{BaseURL: "https://x.test"})
	require.NoError(t, err)
	assert.Nil(t, c.Limiter(), "no documented quota: no limiter until asked")

	c, err = New(Settings{BaseURL: "https://x.test"}, WithRateLimit(10, time.Second))
	require.NoError(t, err)
	n, _ = c.Limiter().(*RateLimiter).Quota()
	assert.Equal(t, 10, n)
}

func TestClientWaitsForLimiterAndStopsOnDeadline(t *testing.T) {
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits++; w.WriteHeader(204) }))
	defer srv.Close()
	c, err := New(Settings{BaseURL: srv.URL}, WithRateLimit(1, time.Hour))
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &Request{Path: "/"}, nil)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err = c.Do(ctx, &Request{Path: "/"}, nil)
	var re *RequestError
	require.ErrorAs(t, err, &re)
	assert.ErrorIs(t, err, context.DeadlineExceeded, "the limiter's early refusal reads as the deadline")
	assert.Equal(t, 1, hits, "the second request never left the client")
	_, err = c.Do(context.Background(), nil, nil)
	assert.ErrorIs(t, err, ErrInvalidInput)
}

func TestBackoffBounds(t *testing.T) {
	min, max := 100*time.Millisecond, time.Second
	assert.Equal(t, 100*time.Millisecond, maxBackoff(min, max, 0))
	assert.Equal(t, 400*time.Millisecond, maxBackoff(min, max, 2))
	assert.Equal(t, time.Second, maxBackoff(min, max, 10))
	assert.Equal(t, time.Second, maxBackoff(min, max, 100))
	for i := 0; i < 200; i++ {
		d := (&Client{}).backoff(min, max, 3, nil)
		assert.GreaterOrEqual(t, d, 400*time.Millisecond)
		assert.LessOrEqual(t, d, 800*time.Millisecond)
	}
	resp := &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"2"}}}
	assert.Equal(t, 2*time.Second, (&Client{}).backoff(min, max, 0, resp))
	resp.Header.Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
	d, ok := retryAfter(resp)
	assert.True(t, ok)
	assert.InDelta(t, time.Hour.Seconds(), d.Seconds(), 5)
	resp.Header.Set("Retry-After", "soon")
	_, ok = retryAfter(resp)
	assert.False(t, ok)
	_, ok = retryAfter(&http.Response{StatusCode: 500, Header: http.Header{"Retry-After": {"1"}}})
	assert.False(t, ok, "Retry-After counts only on 429 and 503")
}
