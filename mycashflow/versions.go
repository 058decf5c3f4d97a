package mycashflow

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// WithAPIVersions sends some endpoints to another version of the API
// than the base URL's v1: the version segment of the base path is
// replaced for them (https://STORE.mycashflow.fi/api/v0/...). Keys are
// endpoint names as in DefaultPaths; values are versions such as "v0".
//
// The API documentation describes v1 and every default is v1. Public
// clients read orders and campaigns from v0 (the Fivetran connector calls
// GET /api/v0/campaigns, and MyCashFlowSharp pins orders to v0); a store
// that answers the v1 route with 404 can follow them:
//
//	mycashflow.WithAPIVersions(map[string]string{"campaigns.list": "v0"})
//
// The base URL (default or WithBaseURL) must then end in /api/v1. The
// endpoints on another version share the client's rate limiter, options
// and credentials. An unknown endpoint name or a version that is not
// v<digits> is a *FieldError from NewClient; several WithAPIVersions apply
// in order.
func WithAPIVersions(versions map[string]string) Option {
	var err error
	checked := make(map[string]string, len(versions))
	for _, name := range slices.Sorted(maps.Keys(versions)) {
		v := versions[name]
		field := "versions[" + name + "]"
		if _, ok := defaultRoutes.Lookup(name); !ok {
			err = transport.Invalid(field, "no endpoint of that name (see DefaultPaths)")
			break
		}
		if !versionName.MatchString(v) {
			err = transport.Invalid(field, "%q must be an API version such as v0 or v1", v)
			break
		}
		checked[name] = v
	}
	return transport.WithValue(versionsKey{}, func(old any) (any, error) {
		if err != nil {
			return nil, err
		}
		table, _ := old.(map[string]string)
		table = maps.Clone(table)
		if table == nil {
			table = map[string]string{}
		}
		maps.Copy(table, checked)
		return table, nil
	})
}

// versionsKey records the version table among the client's options.
type versionsKey struct{}

var versionName = regexp.MustCompile(`^v[0-9]{1,3}$`)

// APIVersions returns the endpoints this client sends to an API version
// other than v1, by endpoint name (empty by default).
func (c *Client) APIVersions() map[string]string {
	out := map[string]string{}
	if c.usable() != nil {
		return out
	}
	if t, ok := c.tc.Value(versionsKey{}).(map[string]string); ok {
		for k, v := range t {
			if v != "v1" {
				out[k] = v
			}
		}
	}
	return out
}

// versionedTransports builds one transport per other version named by
// WithAPIVersions, on the base URL with its version segment replaced and
// sharing tc's limiter, and maps each endpoint to its transport.
func versionedTransports(tc *transport.Client, st transport.Settings, opts []Option) (map[string]*transport.Client, error) {
	table, _ := tc.Value(versionsKey{}).(map[string]string)
	base := tc.BaseURL()
	byVersion := map[string]*transport.Client{}
	out := map[string]*transport.Client{}
	for _, name := range slices.Sorted(maps.Keys(table)) {
		v := table[name]
		if v == "v1" {
			continue
		}
		if !strings.HasSuffix(base, "/api/v1") {
			return nil, transport.Invalid("versions["+name+"]", "needs a base URL ending in /api/v1, got %s", transport.RedactURLString(base))
		}
		vt := byVersion[v]
		if vt == nil {
			st.BaseURL = strings.TrimSuffix(base, "v1") + v
			o := append(slices.Clip(opts), transport.WithBaseURL(st.BaseURL))
			if l := tc.Limiter(); l != nil {
				o = append(o, transport.WithRateLimiter(l))
			}
			var err error
			if vt, err = transport.New(st, o...); err != nil {
				return nil, err
			}
			byVersion[v] = vt
		}
		out[name] = vt
	}
	return out, nil
}

// via returns the transport an endpoint is sent through.
func (c *Client) via(endpoint string) *transport.Client {
	if t, ok := c.versioned[endpoint]; ok {
		return t
	}
	return c.tc
}
