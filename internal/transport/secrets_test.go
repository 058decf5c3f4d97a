package transport_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// allVerbs are the fmt verbs a caller might use on any value.
var allVerbs = []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%t", "%d", "%T", "%p", "%10.3s", "%-8v"}

// platformClient stands for a platform package's Client: it keeps the
// transport in an unexported field and formats itself with FormatRedacted.
type platformClient struct {
	t *transport.Client
}

func (c platformClient) Format(f fmt.State, verb rune) {
	transport.FormatRedacted(f, verb, "demo.Client", c.t)
}

func TestNoVerbPrintsCredentials(t *testing.T) {
	auths := []transport.Auth{
		transport.BasicAuth(secretUser, secretKey),
		transport.HeaderKeyAuth("X-API-KEY", secretKey),
		transport.BearerAuth(secretKey),
		transport.QueryKeyAuth("X-API-KEY", secretKey),
	}
	for _, auth := range auths {
		c, err := transport.New(transport.Settings{Platform: "p", BaseURL: "https://api.example.test/v1", Auth: auth})
		require.NoError(t, err)
		values := []any{c, *c, auth, &platformClient{t: c}, platformClient{t: c},
			struct{ C *transport.Client }{c}, map[string]any{"c": c, "a": auth}, []any{c, auth}}
		for _, v := range values {
			for _, verb := range allVerbs {
				out := fmt.Sprintf(verb, v)
				assert.NotContains(t, out, secretKey, "%s of %T", verb, v)
				assert.NotContains(t, out, "c2tfbGl2ZV9QTEFOVEVE", "%s of %T (base64 of the key)", verb, v)
			}
		}
		assert.Equal(t, "transport.Client{platform: p, base: https://api.example.test/v1, auth: "+auth.String()+"}", fmt.Sprint(c))
		assert.Contains(t, fmt.Sprintf("%v", &platformClient{t: c}), "demo.Client{transport.Client{platform: p")
		assert.Contains(t, auth.String(), "REDACTED")
	}
}

// A server that echoes the credentials back in every part of its error
// answer: code, headers, cookies, body. None of it survives in the error.
func TestEchoedCredentialsScrubbedFromErrors(t *testing.T) {
	s := newFake(t)
	s.Handle("GET /v1/echo", func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-API-KEY")
		w.Header().Set("X-Echo", "you sent "+key)
		w.Header().Set("Set-Cookie", "session="+key)
		w.Header().Set("Authorization", key)
		w.Header().Set("X-Request-Id", "req-7")
		fakeapi.WriteJSON(w, 403, map[string]any{"message": "bad " + key, "code": "KEY_" + key,
			"errors": map[string][]string{key: {key}}})
	})
	s.Handle("GET /v1/badvalue", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteJSON(w, 200, map[string]any{"id": map[string]string{"k": r.Header.Get("X-API-KEY")}, "name": "x"})
	})
	c, _ := newClient(t, s)
	_, err := c.Do(context.Background(), &transport.Request{Path: "/echo"}, nil)
	var ae *transport.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 403, ae.StatusCode)
	assert.Equal(t, "KEY_REDACTED", ae.Code)
	assert.Equal(t, "bad REDACTED", ae.Message)
	assert.Equal(t, "req-7", ae.Header.Get("X-Request-Id"), "harmless headers are kept")
	assert.Equal(t, "you sent REDACTED", ae.Header.Get("X-Echo"))
	assert.Empty(t, ae.Header.Values("Set-Cookie"))
	assert.Empty(t, ae.Header.Values("Authorization"))
	assert.Contains(t, string(ae.Body), `"bad REDACTED"`)
	for _, verb := range allVerbs {
		assert.NotContains(t, fmt.Sprintf(verb, ae), secretKey, verb)
		assert.NotContains(t, fmt.Sprintf(verb, *ae), secretKey, verb)
	}

	// A decode error that quotes the bad value does not quote the key.
	var it item
	_, err = c.Do(context.Background(), &transport.Request{Path: "/badvalue"}, &it)
	var de *transport.DecodeError
	require.ErrorAs(t, err, &de)
	assert.NotContains(t, err.Error(), secretKey)
	assert.NotContains(t, fmtAll(err), secretKey)
}

func TestBaseURLErrorsNeverEchoCredentials(t *testing.T) {
	for _, raw := range []string{
		"https://user:" + secretKey + "@api.example.test/v1",
		"https://api.example.test/v1?key=" + secretKey,
		"https://api.example.test/v1?X-API-KEY=" + secretKey,
		"https://api.example.test/v1#" + secretKey,
		"ftp://api.example.test/" + secretKey + "?token=" + secretKey,
		"://" + secretKey,
	} {
		_, err := transport.New(transport.Settings{BaseURL: "https://api.example.test"}, transport.WithBaseURL(raw))
		require.Error(t, err, raw)
		assert.ErrorIs(t, err, transport.ErrInvalidInput)
		assert.NotContains(t, err.Error(), secretKey)
		_, err = transport.New(transport.Settings{BaseURL: raw})
		require.Error(t, err, raw)
		assert.False(t, strings.Contains(err.Error(), secretKey), "default base %q", raw)
	}
}

// A query key under a name no list knows is still scrubbed from the URL an
// error reports.
func TestQueryKeyUnderAnyNameScrubbedFromErrors(t *testing.T) {
	s := fakeapi.New(fakeapi.Config{})
	defer s.Close()
	s.Handle("GET /v1/nope", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(404) })
	c, err := transport.New(transport.Settings{Platform: "p", BaseURL: s.URL + "/v1", Auth: transport.QueryKeyAuth("k", secretKey)})
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &transport.Request{Path: "/nope"}, nil)
	var ae *transport.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 404, ae.StatusCode)
	got, _ := s.LastRequest()
	assert.Equal(t, secretKey, got.Query.Get("k"), "the key went on the wire")
	assert.NotContains(t, ae.URL, secretKey)
	assert.Contains(t, ae.URL, "k=REDACTED")
	assert.NotContains(t, fmtAll(err), secretKey)
}
