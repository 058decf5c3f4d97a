package transport_test

import (
	"context"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// A client built WithHTTPClient keeps using that client, so httpmock
// activated after NewClient still intercepts its requests.
func TestHTTPMockActivatedAfterNew(t *testing.T) {
	hc := &http.Client{}
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: "https://api.example.test/v1"}, transport.WithHTTPClient(hc))
	require.NoError(t, err)

	httpmock.ActivateNonDefault(hc)
	defer httpmock.DeactivateAndReset()
	httpmock.RegisterResponder("GET", "https://api.example.test/v1/thing/7",
		httpmock.NewStringResponder(200, `{"id":7,"name":"seven"}`))

	var out struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	}
	_, err = c.Do(context.Background(), &transport.Request{Path: "/thing/7"}, &out)
	require.NoError(t, err)
	assert.Equal(t, 7, out.ID)
	assert.Equal(t, "seven", out.Name)
	assert.Equal(t, 1, httpmock.GetTotalCallCount())
}

// httpmock's plain responders build responses without their request; the
// client must still read, retry and log them.
func TestHTTPMockResponsesWithoutRequest(t *testing.T) {
	hc := &http.Client{}
	httpmock.ActivateNonDefault(hc)
	defer httpmock.DeactivateAndReset()
	calls := 0
	httpmock.RegisterResponder("GET", "https://api.example.test/v1/thing/8", func(*http.Request) (*http.Response, error) {
		calls++
		if calls == 1 {
			return httpmock.NewBytesResponse(503, []byte(`{"message":"busy"}`)), nil
		}
		return httpmock.NewBytesResponse(200, []byte(`{"id":8,"name":"eight"}`)), nil
	})
	logs := &syncBuffer{}
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: "https://api.example.test/v1"},
		transport.WithHTTPClient(hc), transport.WithRetryWait(time.Millisecond, 2*time.Millisecond),
		transport.WithLogger(newDebugLogger(logs)))
	require.NoError(t, err)
	var out struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	}
	resp, err := c.Do(context.Background(), &transport.Request{Path: "/thing/8"}, &out)
	require.NoError(t, err)
	assert.Equal(t, "eight", out.Name)
	assert.Equal(t, 2, resp.Attempts)
	assert.Contains(t, logs.String(), "path=/v1/thing/8 status=503")
}

// A client built with default options goes through http.DefaultTransport,
// looked up at each request, so httpmock.Activate intercepts it even when
// it runs after New. A missing responder is not a network failure: one
// attempt, no backoff.
func TestHTTPMockActivateInterceptsDefaultClients(t *testing.T) {
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: "https://api.example.test/v1",
		Auth: transport.HeaderKeyAuth("X-API-KEY", secretKey)})
	require.NoError(t, err)
	httpmock.Activate()
	defer httpmock.DeactivateAndReset()
	httpmock.RegisterResponder("GET", "https://api.example.test/v1/thing/7",
		func(r *http.Request) (*http.Response, error) {
			assert.Equal(t, secretKey, r.Header.Get("X-API-KEY"))
			return httpmock.NewStringResponse(200, `{"id":7,"name":"seven"}`), nil
		})
	var out struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	}
	_, err = c.Do(context.Background(), &transport.Request{Path: "/thing/7"}, &out)
	require.NoError(t, err)
	assert.Equal(t, "seven", out.Name)
	assert.Equal(t, 1, httpmock.GetTotalCallCount())

	_, err = c.Do(context.Background(), &transport.Request{Path: "/unregistered"}, &out)
	var re *transport.RequestError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 1, re.Attempts, "no responder is permanent: not retried")
	assert.Contains(t, err.Error(), "no responder found")
}

// "no such host" is permanent too, even for a POST (the old rule retried
// any DNS error as a connection never made); a temporary DNS failure is
// still retried.
func TestNoSuchHostIsNotRetried(t *testing.T) {
	for _, tc := range []struct {
		notFound bool
		attempts int
	}{{true, 1}, {false, 3}} {
		var dials atomic.Int32
		hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials.Add(1)
			return nil, &net.DNSError{Err: "no such host", Name: "api.example.test", IsNotFound: tc.notFound, IsTemporary: !tc.notFound}
		}}}
		c, err := transport.New(transport.Settings{Platform: "p", BaseURL: "http://api.example.test"},
			transport.WithHTTPClient(hc), transport.WithRetry(2), transport.WithRetryWait(time.Millisecond, time.Millisecond))
		require.NoError(t, err)
		_, err = c.Do(context.Background(), &transport.Request{Method: "POST", Path: "/x", Body: map[string]int{"a": 1}}, nil)
		var re *transport.RequestError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, tc.attempts, re.Attempts, "not found: %v", tc.notFound)
		assert.Equal(t, int32(tc.attempts), dials.Load())
	}
}
