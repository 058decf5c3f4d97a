package transport_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// bodyServer answers every request with status 200 and the body in the
// "b" query parameter.
func bodyServer(t *testing.T) *transport.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", "rid-"+r.URL.Query().Get("b"))
		_, _ = io.WriteString(w, r.URL.Query().Get("b"))
	}))
	t.Cleanup(srv.Close)
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL}, transport.WithRetry(0))
	require.NoError(t, err)
	return c
}

func get(c *transport.Client, ctx context.Context, body, unwrap string, out any) (*transport.Response, error) {
	return c.Do(ctx, &transport.Request{Path: "/", Query: url.Values{"b": {body}}, Unwrap: unwrap}, out)
}

// One rule for a 2xx body that is not the resource: an error shape is an
// *APIError, anything else that is not a non-empty object is a
// *DecodeError, never a zero value with a nil error.
func TestA2xxBodyThatIsNotTheResource(t *testing.T) {
	c := bodyServer(t)
	for _, tc := range []struct {
		body, unwrap string
		api          bool
		msg          string
	}{
		{body: `null`},
		{body: `[]`},
		{body: `[{"id":1}]`},
		{body: `""`},
		{body: `false`},
		{body: `0`},
		{body: `{}`},
		{body: ` { } `},
		{body: `{`, msg: "unexpected end of JSON input"},
		{body: `{"data":{`, unwrap: "data", msg: "unexpected end of JSON input"},
		{body: `{"data":null}`, unwrap: "data"},
		{body: `{"data":[]}`, unwrap: "data"},
		{body: `{"data":{}}`, unwrap: "data"},
		{body: `{"error":"Product not found"}`, api: true, msg: "Product not found"},
		{body: `{"error":{"message":"gone","code":"E1"}}`, api: true, msg: "gone"},
		{body: `{"success":false,"message":"no such order"}`, api: true, msg: "no such order"},
		{body: `{"errors":{"id":["is invalid"]}}`, api: true, msg: "validation failed"},
		{body: `{"errors":["bad"],"data":null}`, unwrap: "data", api: true},
	} {
		var it item
		var meta ecomkit.Response
		_, err := get(c, ecomkit.CaptureResponse(context.Background(), &meta), tc.body, tc.unwrap, &it)
		require.Error(t, err, tc.body)
		if tc.api {
			var ae *transport.APIError
			require.ErrorAs(t, err, &ae, tc.body)
			assert.Equal(t, 200, ae.StatusCode)
			if tc.msg != "" {
				assert.Equal(t, tc.msg, ae.Message, tc.body)
			}
			assert.Equal(t, tc.body, string(ae.Body))
			assert.Equal(t, 200, meta.StatusCode, "captured on an APIError too")
			assert.Equal(t, "rid-"+tc.body, meta.Header.Get("X-Request-Id"))
		} else {
			var de *transport.DecodeError
			require.ErrorAs(t, err, &de, tc.body)
			assert.ErrorIs(t, err, transport.ErrInvalidResponse)
			if tc.msg != "" {
				assert.Contains(t, err.Error(), tc.msg, tc.body)
			} else {
				assert.Contains(t, err.Error(), "expected a JSON object", tc.body)
			}
		}
		assert.Zero(t, it, tc.body)
	}
}

// With no resource expected (out nil: a delete, an action), an error shape
// on a 2xx is still an *APIError; anything else is success.
func TestA2xxErrorShapeWithoutATarget(t *testing.T) {
	c := bodyServer(t)
	_, err := get(c, context.Background(), `{"success":false,"message":"cannot delete a paid order"}`, "", nil)
	var ae *transport.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "cannot delete a paid order", ae.Message)
	for _, body := range []string{``, `{}`, `{"success":true}`, `[]`, `null`, `{"status":"ok","errors":[]}`} {
		resp, err := get(c, context.Background(), body, "", nil)
		require.NoError(t, err, body)
		assert.Equal(t, body, string(resp.Body))
	}
}

// What the rule leaves alone: a resource that declares error-like members,
// a falsy error member, and targets that are not one object.
func TestA2xxBodyRuleKeepsLegitBodies(t *testing.T) {
	c := bodyServer(t)
	var withErrors struct {
		ID     int      `json:"id"`
		Errors []string `json:"errors"`
	}
	_, err := get(c, context.Background(), `{"id":3,"errors":["row 2 skipped"]}`, "", &withErrors)
	require.NoError(t, err)
	assert.Equal(t, []string{"row 2 skipped"}, withErrors.Errors)

	var it item
	for _, body := range []string{`{"id":4,"error":null}`, `{"id":4,"success":true}`, `{"id":4,"errors":[]}`, `{"id":4,"name":"error-free \"errors\""}`} {
		it = item{}
		_, err = get(c, context.Background(), body, "", &it)
		require.NoError(t, err, body)
		assert.Equal(t, 4, it.ID, body)
	}
	var list []item
	_, err = get(c, context.Background(), `[]`, "", &list)
	require.NoError(t, err)
	assert.Empty(t, list)
	var m map[string]any
	_, err = get(c, context.Background(), `{}`, "", &m)
	require.NoError(t, err)
	var raw json.RawMessage
	_, err = get(c, context.Background(), `null`, "", &raw)
	require.NoError(t, err)

	var meta ecomkit.Response
	_, err = get(c, ecomkit.CaptureResponse(context.Background(), &meta), `{"id":5}`, "", &it)
	require.NoError(t, err)
	assert.Equal(t, 200, meta.StatusCode, "captured on success")
	assert.Equal(t, `{"id":5}`, string(meta.Body))
	assert.Equal(t, "rid-{\"id\":5}", meta.Header.Get("X-Request-Id"))
	assert.Equal(t, 1, meta.Attempts)
}

// A zero Client refuses calls instead of panicking.
func TestZeroClientRefusesCalls(t *testing.T) {
	var c transport.Client
	_, err := c.Do(context.Background(), &transport.Request{Path: "/"}, nil)
	assert.ErrorIs(t, err, transport.ErrInvalidInput)
	var nilClient *transport.Client
	_, err = nilClient.Do(context.Background(), &transport.Request{Path: "/"}, nil)
	assert.ErrorIs(t, err, transport.ErrInvalidInput)
}
