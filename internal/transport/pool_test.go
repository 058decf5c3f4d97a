package transport_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// go-retryablehttp closes the idle connections of its HTTP client whenever a
// call ends in an error. The pool is shared (the caller's client, or
// http.DefaultTransport), so without the shield every call that times out
// elsewhere would make the next healthy call open a new connection (a TCP
// and TLS handshake on a real API). 140 cancelled calls interleaved with
// 140 healthy ones: the healthy ones reuse one connection.
func TestCallsEndingInErrorKeepTheSharedPool(t *testing.T) {
	for _, shared := range []string{"caller's client", "http.DefaultTransport"} {
		t.Run(shared, func(t *testing.T) {
			var opened atomic.Int32
			healthy := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.WriteString(w, `{"id":1,"name":"ok"}`)
			}))
			healthy.Config.ConnState = func(_ net.Conn, s http.ConnState) {
				if s == http.StateNew {
					opened.Add(1)
				}
			}
			healthy.Start()
			defer healthy.Close()
			arrived := make(chan struct{}, 1)
			release := make(chan struct{})
			slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				arrived <- struct{}{}
				select { // hold the answer until the caller gives up
				case <-r.Context().Done():
				case <-release:
				}
			}))
			defer slow.Close()
			defer close(release)

			var opts []transport.Option
			if shared == "caller's client" {
				opts = append(opts, transport.WithHTTPClient(&http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}))
			}
			good, err := transport.New(transport.Settings{Platform: "p", BaseURL: healthy.URL}, opts...)
			require.NoError(t, err)
			bad, err := transport.New(transport.Settings{Platform: "p", BaseURL: slow.URL}, append(opts, transport.WithRetry(0))...)
			require.NoError(t, err)

			const calls = 140
			for i := 0; i < calls; i++ {
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() {
					_, err := bad.Do(ctx, &transport.Request{Path: "/slow"}, nil)
					done <- err
				}()
				<-arrived
				cancel()
				assert.ErrorIs(t, <-done, context.Canceled)
				var it item
				_, err := good.Do(context.Background(), &transport.Request{Path: "/ok"}, &it)
				require.NoError(t, err)
				require.Equal(t, "ok", it.Name)
			}
			t.Logf("%s: %d new connections for %d healthy calls beside %d cancelled ones", shared, opened.Load(), calls, calls)
			assert.Equal(t, int32(1), opened.Load(), "the healthy calls kept their connection")
		})
	}
}
