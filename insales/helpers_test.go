package insales_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// seen is one request as the test server received it.
type seen struct {
	Method, Path, RawQuery string
	Header                 http.Header
	Body                   []byte
}

// recorder answers every request with status and body and records it.
type recorder struct {
	mu   sync.Mutex
	reqs []seen
}

func (r *recorder) last(t *testing.T) seen {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	require.NotEmpty(t, r.reqs, "no request was sent")
	return r.reqs[len(r.reqs)-1]
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.reqs)
}

// serve starts a server answering status and body (with the usage header)
// and returns a client of it.
func serve(t *testing.T, status int, body []byte, opts ...insales.Option) (*insales.Client, *recorder) {
	t.Helper()
	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, seen{Method: r.Method, Path: r.URL.Path, RawQuery: r.URL.RawQuery, Header: r.Header.Clone(), Body: b})
		rec.mu.Unlock()
		w.Header().Set("API-Usage-Limit", "2/500")
		if len(body) > 0 && body[0] == '<' {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		} else {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
		}
		w.WriteHeader(status)
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	base := []insales.Option{insales.WithBaseURL(srv.URL + "/admin"), insales.WithoutRateLimit(), insales.WithRetry(0)}
	c, err := insales.NewClient("myshop", "my-app", "app-password", append(base, opts...)...)
	require.NoError(t, err)
	return c, rec
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// requireJSONEq compares a sent body with a documentation example.
func requireJSONEq(t *testing.T, want, got []byte) {
	t.Helper()
	var a, b any
	require.NoError(t, json.Unmarshal(want, &a))
	require.NoError(t, json.Unmarshal(got, &b), "body %s", got)
	require.Equal(t, a, b)
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return tm
}
