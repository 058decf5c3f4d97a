package transport

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
)

// Auth applies credentials to an outgoing request. Implementations must be
// safe for concurrent use and must never reveal the credentials through
// String, Format or an error.
type Auth interface {
	// Apply sets the credentials on r (a header, or a query parameter).
	Apply(r *http.Request)
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

func (a *headerAuth) Apply(r *http.Request) { r.Header[a.name] = a.value }
func (a *headerAuth) Secrets() []string     { return a.secrets }
func (a *headerAuth) String() string        { return a.name + ": REDACTED" }
func (a *headerAuth) GoString() string      { return a.String() }

// Format prints String for every verb: fmt would otherwise print the
// unexported credential fields for verbs such as %d, %t or %x.
func (a *headerAuth) Format(f fmt.State, verb rune) { FormatText(f, verb, a.String()) }

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

// BasicAuthKey is BasicAuth where the user name is a credential too
// (InSales: the application's API key), so it is scrubbed from errors and
// logs like the password.
func BasicAuthKey(key, password string) Auth {
	a := BasicAuth(key, password).(*headerAuth)
	a.secrets = nonEmpty(password, a.secrets[len(a.secrets)-1], key)
	return a
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

type queryAuth struct {
	param   string
	pair    string // "param=escaped-key", precomputed
	secrets []string
}

func (a *queryAuth) Apply(r *http.Request) {
	if r.URL.RawQuery == "" {
		r.URL.RawQuery = a.pair
	} else {
		r.URL.RawQuery += "&" + a.pair
	}
}
func (a *queryAuth) Secrets() []string { return a.secrets }
func (a *queryAuth) String() string    { return "?" + a.param + "=REDACTED" }
func (a *queryAuth) GoString() string  { return a.String() }

// Format prints String for every verb.
func (a *queryAuth) Format(f fmt.State, verb rune) { FormatText(f, verb, a.String()) }

// QueryKeyAuth sends the key as a query parameter (Shopkit also accepts
// ?X-API-KEY=<key>). Prefer a header where the API takes one: a URL ends up
// in proxy and server logs. Errors and log lines redact the parameter when
// its name is one of the sensitive ones (see RedactURL) and the key
// wherever it appears.
func QueryKeyAuth(param, key string) Auth {
	return &queryAuth{
		param:   param,
		pair:    url.QueryEscape(param) + "=" + url.QueryEscape(key),
		secrets: nonEmpty(key, url.QueryEscape(key)),
	}
}

type noAuth struct{}

func (noAuth) Apply(*http.Request) {}
func (noAuth) Secrets() []string   { return nil }
func (noAuth) String() string      { return "none" }

// NoAuth sends no credentials (public storefront endpoints).
func NoAuth() Auth { return noAuth{} }

func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// FormatText writes s for any verb, quoted for %q, so that no verb can
// reach the fields of the value being formatted.
func FormatText(f fmt.State, verb rune, s string) {
	if verb == 'q' {
		s = fmt.Sprintf("%q", s)
	}
	_, _ = fmt.Fprint(f, s)
}
