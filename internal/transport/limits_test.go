package transport_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// endless is a body of n bytes of 'x' that allocates nothing.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), e.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	e.n -= k
	return int(k), nil
}

// lyingTransport answers every request with a body of size bytes while
// announcing announced as its Content-Length (-1: none).
type lyingTransport struct{ size, announced int64 }

func (l lyingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: 200, Header: http.Header{}, Request: r, ContentLength: l.announced,
		Body: io.NopCloser(io.MultiReader(strings.NewReader(`{"id":1,"name":"`), &endless{l.size}))}, nil
}

func TestSuccessBodiesAreBounded(t *testing.T) {
	big := []byte(`{"id":1,"name":"` + strings.Repeat("x", 4<<20) + `"}`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.(http.Flusher).Flush() // no Content-Length
		} else {
			w.Header().Set("Content-Length", fmt.Sprint(len(big)))
		}
		_, _ = w.Write(big)
	}))
	defer srv.Close()
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL}, transport.WithMaxResponseSize(1<<20))
	require.NoError(t, err)
	for _, path := range []string{"/length", "/chunked"} {
		var it item
		resp, err := c.Do(context.Background(), &transport.Request{Path: path}, &it)
		var de *transport.DecodeError
		require.ErrorAs(t, err, &de, path)
		assert.ErrorIs(t, err, transport.ErrInvalidResponse)
		assert.Contains(t, err.Error(), "larger than the limit of 1048576 bytes")
		assert.Equal(t, 1, resp.Attempts, "too large is not retried")
	}
	c, err = transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL}, transport.WithMaxResponseSize(8<<20))
	require.NoError(t, err)
	var it item
	_, err = c.Do(context.Background(), &transport.Request{Path: "/chunked"}, &it)
	require.NoError(t, err, "within the limit")
	assert.Len(t, it.Name, 4<<20)
}

// What the client allocates for a body it refuses: about the limit, not the
// body; and never what a lying Content-Length announces.
func TestBodyAllocationIsBounded(t *testing.T) {
	for _, tc := range []struct {
		name            string
		size, announced int64
		limit           int64
		max             uint64
	}{
		{"100 MiB, no length, 1 MiB limit", 100 << 20, -1, 1 << 20, 2200 << 10},
		{"100 MiB, announced, 1 MiB limit", 100 << 20, 100<<20 + 18, 1 << 20, 1 << 20},
		{"7 bytes announced as 64 MiB", 7, 64 << 20, 32 << 20, 1 << 20},
		{"7 bytes announced as 16 MiB", 7, 16 << 20, 32 << 20, 300 << 10},
	} {
		hc := &http.Client{Transport: lyingTransport{size: tc.size, announced: tc.announced}}
		c, err := transport.New(transport.Settings{Platform: "p", BaseURL: "https://api.example.test"},
			transport.WithHTTPClient(hc), transport.WithMaxResponseSize(tc.limit), transport.WithRetry(0))
		require.NoError(t, err)
		var it item
		n := allocated(func() {
			for i := 0; i < 8; i++ {
				_, err = c.Do(context.Background(), &transport.Request{Path: "/x"}, &it)
				assert.ErrorIs(t, err, transport.ErrInvalidResponse, tc.name)
			}
		})
		assert.Less(t, n/8, tc.max, "%s: %d bytes a call", tc.name, n/8)
		t.Logf("%s: %d KiB allocated a call", tc.name, n/8>>10)
	}
}

// A 100 KiB gzip body that inflates to 64 MiB stops at the limit, counted
// after inflation.
func TestGzipBombIsBoundedAfterInflation(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(`{"id":1,"name":"`))
	zero := make([]byte, 1<<20)
	for i := range zero {
		zero[i] = 'a'
	}
	for i := 0; i < 64; i++ {
		_, _ = zw.Write(zero)
	}
	_, _ = zw.Write([]byte(`"}`))
	require.NoError(t, zw.Close())
	require.Less(t, gz.Len(), 200<<10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "gzip", r.Header.Get("Accept-Encoding"), "Go's transport asked for gzip and inflates it")
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", fmt.Sprint(gz.Len()))
		_, _ = w.Write(gz.Bytes())
	}))
	defer srv.Close()
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL}, transport.WithMaxResponseSize(2<<20))
	require.NoError(t, err)
	var it item
	n := allocated(func() { _, err = c.Do(context.Background(), &transport.Request{Path: "/bomb"}, &it) })
	assert.ErrorIs(t, err, transport.ErrInvalidResponse)
	assert.Contains(t, err.Error(), "larger than the limit")
	assert.Less(t, n, uint64(16<<20), "allocated %d bytes for a 64 MiB inflation over a 2 MiB limit", n)
}

func TestErrorBodiesKeptUpTo64KiB(t *testing.T) {
	huge := `{"message":"too bad","pad":"` + strings.Repeat("y", 1<<20) + `"}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(400)
		_, _ = io.WriteString(w, huge)
	}))
	defer srv.Close()
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL})
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &transport.Request{Path: "/x"}, nil)
	var ae *transport.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 400, ae.StatusCode)
	assert.Len(t, ae.Body, transport.ErrorBodyLimit)
	assert.Equal(t, huge[:transport.ErrorBodyLimit], string(ae.Body))
}

// A huge or non-finite Retry-After never overflows into an immediate
// retry: past the budget the call stops and reports the answer.
func TestHugeRetryAfterStopsRetrying(t *testing.T) {
	for _, v := range []string{"1e10", "1e300", "1e400", "Inf", "+Inf", "99999999999999999999"} {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.Header().Set("Retry-After", v)
			w.WriteHeader(429)
		}))
		c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL}, transport.WithRetryWait(time.Millisecond, time.Millisecond))
		require.NoError(t, err)
		_, err = c.Do(context.Background(), &transport.Request{Path: "/"}, nil)
		srv.Close()
		var ae *transport.APIError
		require.ErrorAs(t, err, &ae, v)
		assert.Equal(t, int32(1), hits.Load(), "Retry-After %s: no retry", v)
		assert.Equal(t, transport.MaxRetryAfter, ae.RetryAfter, v)
		assert.Positive(t, ae.RetryAfter)
	}
	// NaN and negative values are no instruction: the ordinary backoff applies.
	for _, v := range []string{"NaN", "-5", "-Inf"} {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.Header().Set("Retry-After", v)
			w.WriteHeader(429)
		}))
		c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL}, transport.WithRetryWait(time.Millisecond, time.Millisecond), transport.WithRetry(2))
		require.NoError(t, err)
		_, err = c.Do(context.Background(), &transport.Request{Path: "/"}, nil)
		srv.Close()
		var ae *transport.APIError
		require.ErrorAs(t, err, &ae, v)
		assert.Equal(t, int32(3), hits.Load(), "Retry-After %s", v)
		assert.GreaterOrEqual(t, ae.RetryAfter, time.Duration(0))
		assert.False(t, math.IsNaN(float64(ae.RetryAfter)))
	}
}

// When the limiter cannot fit the retry before the deadline, the error still
// carries the 503 that caused the retry, and reads as the deadline.
func TestLimiterGivingUpKeepsTheServerAnswer(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("X-Request-Id", "r-1")
		w.WriteHeader(503)
		_, _ = io.WriteString(w, `{"message":"maintenance"}`)
	}))
	defer srv.Close()
	// One request an hour: the retry could only go in an hour, long past
	// the deadline, so the limiter refuses at once (no timing involved).
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL},
		transport.WithRateLimit(1, time.Hour), transport.WithRetryWait(time.Millisecond, time.Millisecond))
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var meta transport.Response
	_, err = c.Do(ecomkit.CaptureResponse(ctx, &meta), &transport.Request{Path: "/"}, nil)
	require.Error(t, err)
	var ae *transport.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 503, ae.StatusCode)
	assert.Equal(t, "maintenance", ae.Message)
	assert.Equal(t, `{"message":"maintenance"}`, string(ae.Body))
	assert.ErrorIs(t, err, transport.ErrServer)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "503")
	assert.Equal(t, int32(1), hits.Load())
	assert.Equal(t, 503, meta.StatusCode)
	assert.Equal(t, "r-1", meta.Header.Get("X-Request-Id"))
}
