package transport

import (
	"encoding/base64"
	"net/http"
)

// Auth applies credentials to an outgoing request. Implementations must be
// safe for concurrent use and must never reveal the credentials through
// String or an error.
type Auth interface {
	// Apply sets the credentials on h.
	Apply(h http.Header)
	// Secrets returns the credential strings, so the transport can scrub them
	// from any text that might reach an error or log line.
	Secrets() []string
	// String describes the scheme without the credentials.
	String() string
}

type headerAuth struct {
	name    string
	value   []string // precomputed so a request costs no allocation
	secrets []string
}

func (a *headerAuth) Apply(h http.Header) { h[a.name] = a.value }
func (a *headerAuth) Secrets() []string   { return a.secrets }
func (a *headerAuth) String() string      { return a.name + ": REDACTED" }
func (a *headerAuth) GoString() string    { return a.String() }

// BasicAuth sends "Authorization: Basic base64(user:password)" (InSales:
// app login and password; MyCashflow: API user e-mail and API key).
func BasicAuth(user, password string) Auth {
	token := base64.StdEncoding.EncodeToString([]byte(user + ":" + password))
	return &headerAuth{
		name:    "Authorization",
		value:   []string{"Basic " + token},
		secrets: nonEmpty(password, token),
	}
}

// HeaderKeyAuth sends the key in a custom header (Shopkit: X-API-KEY).
func HeaderKeyAuth(header, key string) Auth {
	return &headerAuth{
		name:    http.CanonicalHeaderKey(header),
		value:   []string{key},
		secrets: nonEmpty(key),
	}
}

// BearerAuth sends "Authorization: Bearer <token>" (website builder API key,
// storefront customer token).
func BearerAuth(token string) Auth {
	return &headerAuth{
		name:    "Authorization",
		value:   []string{"Bearer " + token},
		secrets: nonEmpty(token),
	}
}

type noAuth struct{}

func (noAuth) Apply(http.Header) {}
func (noAuth) Secrets() []string { return nil }
func (noAuth) String() string    { return "none" }

// NoAuth sends no credentials (public storefront endpoints).
func NoAuth() Auth { return noAuth{} }

func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
