package transport_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// catcher is the other host a redirect points at; it records everything
// that reaches it.
type catcher struct {
	mu   sync.Mutex
	reqs []string
}

func (c *catcher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	c.mu.Lock()
	c.reqs = append(c.reqs, r.Method+" "+r.URL.String()+" "+r.Header.Get("Authorization")+r.Header.Get("X-Api-Key")+" "+string(body))
	c.mu.Unlock()
	w.WriteHeader(200)
	_, _ = io.WriteString(w, `{"id":1,"name":"stolen"}`)
}

func (c *catcher) seen() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.reqs...)
}

// No credential of any auth strategy reaches another host through a
// redirect, nor plain http from an https base: the client never follows a
// redirect and reports it as an *APIError naming the (redacted) target.
func TestRedirectsAreNeverFollowed(t *testing.T) {
	other := &catcher{}
	otherSrv := httptest.NewServer(other) // plain http, another port: another host
	defer otherSrv.Close()

	auths := map[string]transport.Auth{
		"basic":      transport.BasicAuth(secretUser, secretKey),
		"header key": transport.HeaderKeyAuth("X-API-KEY", secretKey),
		"bearer":     transport.BearerAuth(secretKey),
		"query key":  transport.QueryKeyAuth("X-API-KEY", secretKey),
	}
	for _, tlsBase := range []bool{false, true} {
		for _, code := range []int{301, 302, 303, 307, 308} {
			var mu sync.Mutex
			origin := 0
			h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				origin++
				mu.Unlock()
				_, _ = io.Copy(io.Discard, r.Body)
				target := otherSrv.URL + "/v1/item/1?token=" + secretKey
				if r.URL.Path == "/v1/same" {
					target = "/v1/item/2" // same host too: not followed either
				}
				http.Redirect(w, r, target, code)
			})
			var srv *httptest.Server
			if tlsBase {
				srv = httptest.NewTLSServer(h)
			} else {
				srv = httptest.NewServer(h)
			}
			for name, auth := range auths {
				for _, method := range []string{"GET", "POST"} {
					for _, path := range []string{"/item/1", "/same"} {
						opts := []transport.Option{transport.WithRetry(0)}
						if tlsBase {
							opts = append(opts, transport.WithHTTPClient(srv.Client()))
						}
						c, err := transport.New(transport.Settings{Platform: "p", BaseURL: srv.URL + "/v1", Auth: auth}, opts...)
						require.NoError(t, err)
						var it item
						_, err = c.Do(context.Background(), &transport.Request{Method: method, Path: path, Body: map[string]string{"q": "body"}}, &it)
						var ae *transport.APIError
						require.ErrorAs(t, err, &ae, "%s %d %s %s", name, code, method, path)
						assert.Equal(t, code, ae.StatusCode)
						assert.Contains(t, ae.Message, "not followed")
						if path == "/item/1" {
							assert.Contains(t, ae.Message, otherSrv.URL, "the message names the target")
						}
						assert.NotContains(t, err.Error(), secretKey)
						assert.Zero(t, it.ID, "nothing decoded from a redirect")
					}
				}
			}
			srv.Close()
			assert.Equal(t, 2*2*len(auths), origin, "each call reached the base host once")
		}
	}
	assert.Empty(t, other.seen(), "nothing ever reached the other host")
}

// A raw call's Path can never name another host: the credentials would go
// with it.
func TestDoRefusesAPathToAnotherHost(t *testing.T) {
	other := &catcher{}
	otherSrv := httptest.NewServer(other)
	defer otherSrv.Close()
	s := newFake(t)
	handleItem(s)
	host := strings.TrimPrefix(otherSrv.URL, "http://")
	for _, base := range []string{s.URL + "/v1", s.URL} {
		c, err := transport.New(transport.Settings{Platform: "p", BaseURL: base, Auth: transport.HeaderKeyAuth("X-API-KEY", secretKey)})
		require.NoError(t, err)
		for _, p := range []string{
			"//" + host + "/x",
			"http://" + host + "/x",
			"https://" + host + "/x",
			"@" + host + "/x",
			":80@" + host + "/x",
			"." + host,
			"item/1",
			`/\` + host + "/x",
			"/a//" + host + "/../../x:/" + "/http://" + host,
		} {
			_, err := c.Do(context.Background(), &transport.Request{Path: p}, nil)
			var fe *transport.FieldError
			require.ErrorAs(t, err, &fe, "%q on %s", p, base)
			assert.Equal(t, "path", fe.Field)
			assert.NotContains(t, err.Error(), host, "the path is not echoed (it may carry a key)")
		}
	}
	assert.Empty(t, other.seen())
	assert.Zero(t, s.Count())

	// A query in the path, even one holding a URL, is fine.
	c, _ := newClient(t, s)
	var it item
	_, err := c.Do(context.Background(), &transport.Request{Path: "/item/5?next=http://" + host + "/x"}, &it)
	require.NoError(t, err)
	assert.Equal(t, "item 5", it.Name)
}
