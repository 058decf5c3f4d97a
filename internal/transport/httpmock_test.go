package transport_test

import (
	"context"
	"net/http"
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
