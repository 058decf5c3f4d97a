package transport_test

import (
	"context"
	"net/http"
	"testing"

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
