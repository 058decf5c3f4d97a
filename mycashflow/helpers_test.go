package mycashflow_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/mycashflow"
)

const (
	testStore = "teststore"
	testUser  = "api@teststore.fi"
	testKey   = "s3cret-api-key-987"
	testBase  = "https://teststore.mycashflow.fi/api/v1"
)

// fixture reads testdata/<name>.json (copied from the catalogue's examples).
func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + ".json")
	require.NoError(t, err)
	return b
}

// captured is the request the mock transport received.
type captured struct {
	mu   sync.Mutex
	reqs []*http.Request
	body [][]byte
}

func (c *captured) last(t *testing.T) (*http.Request, []byte) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	require.NotEmpty(t, c.reqs, "no request was sent")
	return c.reqs[len(c.reqs)-1], c.body[len(c.body)-1]
}

func (c *captured) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.reqs)
}

// mockClient returns a client whose every request is answered with status
// and body by an httpmock transport, and the record of what it sent.
func mockClient(t *testing.T, status int, body []byte, opts ...mycashflow.Option) (*mycashflow.Client, *captured) {
	t.Helper()
	mt := httpmock.NewMockTransport()
	rec := &captured{}
	mt.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		var b []byte
		if r.Body != nil {
			b, _ = io.ReadAll(r.Body)
		}
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, r)
		rec.body = append(rec.body, b)
		rec.mu.Unlock()
		resp := httpmock.NewBytesResponse(status, body)
		resp.Header.Set("Content-Type", "application/json")
		resp.Request = r
		return resp, nil
	})
	all := append([]mycashflow.Option{
		mycashflow.WithHTTPClient(&http.Client{Transport: mt}),
		mycashflow.WithRetryWait(time.Millisecond, 2*time.Millisecond),
	}, opts...)
	c, err := mycashflow.NewClient(testStore, testUser, testKey, all...)
	require.NoError(t, err)
	return c, rec
}

// assertHeaders checks the headers every request carries.
func assertHeaders(t *testing.T, r *http.Request) {
	t.Helper()
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte(testUser+":"+testKey))
	assert.Equal(t, want, r.Header.Get("Authorization"))
	assert.Equal(t, "application/json", r.Header.Get("Accept"))
	assert.NotEmpty(t, r.Header.Get("User-Agent"))
}

// assertJSONBody compares a sent body with the expected JSON document.
func assertJSONBody(t *testing.T, want []byte, r *http.Request, got []byte) {
	t.Helper()
	if want == nil {
		assert.Empty(t, got)
		return
	}
	assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	assert.JSONEq(t, string(want), string(got))
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return v
}

// exampleTime is the timestamp of every documented example.
const exampleTime = "2013-06-19T20:41:47+03:00"

// assertTime checks the instant and that the offset it arrived with is kept.
func assertTime(t *testing.T, want string, got mycashflow.Time) {
	t.Helper()
	assert.True(t, mustTime(t, want).Equal(got.Time), "time %s, want %s", got.Time, want)
	assert.Equal(t, want, got.Format(time.RFC3339), "the offset is kept")
}

func jsonOf(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// withFutureExpiry replaces expires_at of a gift card fixture (the
// documented 2021-10-20 is past, and the API refuses a past date).
func withFutureExpiry(t *testing.T, b []byte, day string) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	m["expires_at"] = day
	out := jsonOf(t, m)
	return bytes.TrimSpace(out)
}
