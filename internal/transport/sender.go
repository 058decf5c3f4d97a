package transport

import (
	"errors"
	"net/http"
)

// errRedirect ends a call whose server answered a redirect: the client never
// follows one (see newSender).
var errRedirect = errors.New("redirect not followed")

// sharedRT sends through the caller's *http.Client transport, or through
// http.DefaultTransport when the caller gave none, looked up at each request
// so that httpmock.Activate (which swaps http.DefaultTransport) and
// httpmock.ActivateNonDefault (which swaps the client's Transport) intercept
// a client built before they ran.
//
// It deliberately has no CloseIdleConnections method: go-retryablehttp
// closes the idle connections of its client whenever a call ends in an
// error, and the pool is shared (http.DefaultTransport, or the caller's), so
// one client's timeouts would otherwise force every healthy call in the
// process to open a new connection.
type sharedRT struct{ user *http.Client }

func (t sharedRT) RoundTrip(r *http.Request) (*http.Response, error) {
	if t.user != nil && t.user.Transport != nil {
		return t.user.Transport.RoundTrip(r)
	}
	return http.DefaultTransport.RoundTrip(r)
}

// newSender returns the *http.Client a transport Client sends with. It never
// follows a redirect: a 3xx answer is returned to the caller as an *APIError.
// An API client has no reason to follow one, and Go's client forwards custom
// credential headers (X-API-KEY), query keys and a 307's body to whatever
// host a redirect names, over plain http too. The caller's client Jar and
// Timeout are kept; its CheckRedirect is not consulted.
func newSender(user *http.Client) *http.Client {
	hc := &http.Client{
		Transport:     sharedRT{user: user},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	if user != nil {
		hc.Jar, hc.Timeout = user.Jar, user.Timeout
	}
	return hc
}
