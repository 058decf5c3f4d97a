// Package routes is the one mechanism behind the platform packages whose
// endpoint paths had to be inferred (storefront's route table, MyCashflow's
// WithPaths): a table of endpoint name -> method and path template, with
// overrides from Go maps or a JSON file checked against the defaults so a
// typo fails at NewClient, not as a 404 at the first call.
package routes

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"

	ecomkit "github.com/ecomkit/ecomkit-go"
)

// Route is one endpoint's HTTP method and path template, relative to the
// base URL, with {placeholders} for its parameters.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
}

// String is "METHOD /path", the form overrides and routes.json use.
func (r Route) String() string { return r.Method + " " + r.Path }

// Table is a set of routes keyed by endpoint name. A Table is immutable
// once built (With returns a new one), so it is safe for concurrent use.
type Table struct {
	routes map[string]Route
	// defaults holds the placeholders each default path declares: an
	// override must use the same set, each once.
	params map[string][]string
	// field names the option in errors: "routes" gives "routes[name]".
	field string
}

// Field returns a copy of t whose errors name the option field
// ("paths" gives "paths[customers.get]", for an option called WithPaths).
func (t *Table) Field(name string) *Table {
	c := *t
	c.field = name
	return &c
}

func (t *Table) fieldOf(name string) string {
	f := t.field
	if f == "" {
		f = "routes"
	}
	return f + "[" + name + "]"
}

// New builds a table from defaults, refusing a default that is malformed
// (a programming error in the platform package: it panics).
func New(defaults map[string]Route) *Table {
	t := &Table{routes: make(map[string]Route, len(defaults)), params: make(map[string][]string, len(defaults))}
	for name, r := range defaults {
		if err := checkShape("routes["+name+"]", r); err != nil {
			panic(err)
		}
		ps, err := placeholders("routes["+name+"]", r.Path)
		if err != nil {
			panic(err)
		}
		t.routes[name] = r
		t.params[name] = ps
	}
	return t
}

// Lookup returns the route of name.
func (t *Table) Lookup(name string) (Route, bool) {
	if t == nil {
		return Route{}, false
	}
	r, ok := t.routes[name]
	return r, ok
}

// Map returns a copy of the table.
func (t *Table) Map() map[string]Route {
	if t == nil {
		return nil
	}
	return maps.Clone(t.routes)
}

// Names returns the endpoint names, sorted.
func (t *Table) Names() []string { return slices.Sorted(maps.Keys(t.routes)) }

// Params returns the placeholder names of name's default path, in order.
func (t *Table) Params(name string) []string { return slices.Clone(t.params[name]) }

// With returns a copy of t with overrides applied. A value is either a
// path ("/customers/sign-in": the method stays) or "METHOD /path"
// ("PUT /customers/me"). Every error is a *ecomkit.FieldError whose Field
// is "routes[name]": an unknown name, a method that is not an HTTP method,
// a path that does not start with "/", ends with "/", holds a query,
// fragment, escape, space, empty or ".." segment, or whose placeholders are
// not the default's (any order, each once).
func (t *Table) With(overrides map[string]string) (*Table, error) {
	out := &Table{routes: maps.Clone(t.routes), params: t.params, field: t.field}
	for _, name := range slices.Sorted(maps.Keys(overrides)) {
		r, err := t.parse(name, overrides[name])
		if err != nil {
			return nil, err
		}
		out.routes[name] = r
	}
	return out, nil
}

// WithJSON applies overrides read from a JSON object: each key an endpoint
// name, each value either "METHOD /path", "/path", or {"method","path"}.
func (t *Table) WithJSON(data []byte) (*Table, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, &ecomkit.FieldError{Field: strings.TrimSuffix(t.fieldOf(""), "[]"), Problem: "must be a JSON object of endpoint name to route: " + err.Error()}
	}
	ov := make(map[string]string, len(raw))
	for name, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			ov[name] = s
			continue
		}
		var r Route
		if err := json.Unmarshal(v, &r); err != nil || r.Path == "" {
			return nil, &ecomkit.FieldError{Field: t.fieldOf(name), Problem: `must be "METHOD /path", "/path" or {"method", "path"}`}
		}
		ov[name] = strings.TrimSpace(r.Method + " " + r.Path)
	}
	return t.With(ov)
}

// WithFile applies the overrides of the JSON file at path (see WithJSON).
// An unreadable file is a *ecomkit.FieldError naming the file.
func (t *Table) WithFile(path string) (*Table, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &ecomkit.FieldError{Field: "routes file", Problem: "cannot be read: " + err.Error()}
	}
	tt, err := t.WithJSON(b)
	if err != nil {
		var fe *ecomkit.FieldError
		if ok := asFieldError(err, &fe); ok {
			fe.Problem += " (in " + path + ")"
		}
		return nil, err
	}
	return tt, nil
}

func asFieldError(err error, fe **ecomkit.FieldError) bool {
	e, ok := err.(*ecomkit.FieldError)
	if ok {
		*fe = e
	}
	return ok
}

func (t *Table) parse(name, value string) (Route, error) {
	field := t.fieldOf(name)
	def, ok := t.routes[name]
	if !ok {
		return Route{}, &ecomkit.FieldError{Field: field, Problem: "no endpoint of that name (see the package's routes.json or DefaultRoutes)"}
	}
	r := Route{Method: def.Method, Path: strings.TrimSpace(value)}
	if m, p, found := strings.Cut(r.Path, " "); found && !strings.HasPrefix(r.Path, "/") {
		r.Method, r.Path = strings.ToUpper(m), strings.TrimSpace(p)
	}
	if err := checkShape(field, r); err != nil {
		return Route{}, err
	}
	got, err := placeholders(field, r.Path)
	if err != nil {
		return Route{}, err
	}
	want := t.params[name]
	if !sameSet(want, got) {
		return Route{}, &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q must have the placeholders %s, each once (got %s)", r.Path, braces(want), braces(got))}
	}
	return r, nil
}

var methods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions}

func checkShape(field string, r Route) error {
	p := r.Path
	switch {
	case !slices.Contains(methods, r.Method):
		return &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("method %q must be one of %s", r.Method, strings.Join(methods, ", "))}
	case !strings.HasPrefix(p, "/"):
		return &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q must start with /", p)}
	case len(p) > 1 && strings.HasSuffix(p, "/"):
		return &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q must not end with /", p)}
	case strings.ContainsAny(p, "?#% \t\r\n\\"):
		return &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q must be a plain path (no query, fragment, escapes or spaces)", p)}
	case strings.Contains(p, "//") || slices.Contains(strings.Split(p, "/"), "..") || slices.Contains(strings.Split(p, "/"), "."):
		return &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q has an empty, . or .. segment", p)}
	}
	return nil
}

// placeholders returns the {names} of p in order; a brace that does not
// open or close a whole segment-local placeholder is an error.
func placeholders(field, p string) ([]string, error) {
	var out []string
	rest := p
	for {
		open := strings.IndexAny(rest, "{}")
		if open < 0 {
			return out, nil
		}
		if rest[open] == '}' {
			return nil, &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q has an unopened }", p)}
		}
		end := strings.IndexAny(rest[open+1:], "{}/")
		if end < 0 || rest[open+1+end] != '}' || end == 0 {
			return nil, &ecomkit.FieldError{Field: field, Problem: fmt.Sprintf("%q has an unclosed or empty {placeholder}", p)}
		}
		out = append(out, rest[open+1:open+1+end])
		rest = rest[open+end+2:]
	}
}

func sameSet(want, got []string) bool {
	if len(want) != len(got) {
		return false
	}
	for _, w := range want {
		if slices.Index(got, w) < 0 {
			return false
		}
	}
	seen := map[string]bool{}
	for _, g := range got {
		if seen[g] {
			return false
		}
		seen[g] = true
	}
	return true
}

func braces(ps []string) string {
	if len(ps) == 0 {
		return "none"
	}
	return "{" + strings.Join(ps, "}, {") + "}"
}

// Build returns name's method and path with its placeholders filled from
// args, given in the order of the DEFAULT path's placeholders (an override
// may reorder them). Each value is escaped as one path segment; an empty,
// "." or ".." value is a *ecomkit.FieldError naming the placeholder.
func (t *Table) Build(name string, args ...string) (method, path string, err error) {
	r, ok := t.Lookup(name)
	if !ok {
		return "", "", &ecomkit.FieldError{Field: "route", Problem: fmt.Sprintf("no endpoint %q in the route table", name)}
	}
	ps := t.params[name]
	if len(args) != len(ps) {
		return "", "", &ecomkit.FieldError{Field: "route", Problem: fmt.Sprintf("%s takes %d parameters, got %d", name, len(ps), len(args))}
	}
	if len(ps) == 0 {
		return r.Method, r.Path, nil
	}
	var b strings.Builder
	b.Grow(len(r.Path) + 32)
	rest := r.Path
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			b.WriteString(rest)
			break
		}
		end := strings.IndexByte(rest[open:], '}')
		ph := rest[open+1 : open+end]
		v := args[slices.Index(ps, ph)]
		switch strings.TrimSpace(v) {
		case "":
			return "", "", &ecomkit.FieldError{Field: ph, Problem: "is required"}
		case ".", "..":
			return "", "", &ecomkit.FieldError{Field: ph, Problem: fmt.Sprintf("%q is not allowed as a path segment", v)}
		}
		b.WriteString(rest[:open])
		b.WriteString(url.PathEscape(v))
		rest = rest[open+end+1:]
	}
	return r.Method, b.String(), nil
}

// JSON returns the table as indented JSON, {"name": "METHOD /path"}, keys
// sorted: what a platform's routes.json holds and LoadRoutes reads.
func (t *Table) JSON() []byte {
	m := make(map[string]string, len(t.routes))
	for k, r := range t.routes {
		m[k] = r.String()
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	return append(b, '\n')
}
