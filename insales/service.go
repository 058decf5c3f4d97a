package insales

// service.go holds the plumbing every resource service shares: sending a
// call (auth, Content-Type on writes, error shapes), CRUD helpers, paging,
// counts and the updated_since/from_id sync iterator.
//
// Adding a resource takes four pieces:
//
//  1. A model file named after the resource (variants.go): the model with
//     every field of the API documentation's examples and Extra, decoded with
//     decodeExtra in UnmarshalJSON; its XCreate/XUpdate request types with
//     validate() methods (an empty update refused with errNothingToUpdate);
//     its XListOptions with validate() (checkPaging); a Checkpoint() method
//     when the list takes updated_since.
//  2. The service in the same file: `type XService service` (a nil
//     *XService returns errNoClient instead of panicking), an `XAPI`
//     interface, and methods that are one call each to getOne, listPage,
//     iterate, create, update, deleteOK, count and changes, with a doc
//     comment naming the endpoint. Wire it in newClient (client.go).
//  3. A route in insalestest (server.go's routes) using the generic
//     collection handlers of insalestest/collection.go, and seed data.
//  4. Tests: the request on the wire and the documentation's example
//     decoded field by field (endpoints_test.go), bad input refused with
//     nothing sent, and the model added to the fuzz target.

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// service is what every resource service is: `type XService service`.
type service struct{ t *transport.Client }

// errNoClient is returned by the services of a Client not built by NewClient.
var errNoClient = transport.Invalid("client", "is not initialised: build it with insales.NewClient")

// Paging limits: the server raises per_page below MinPerPage to MinPerPage;
// MaxPerPage is the largest page size the vendor documents and uses.
const (
	MinPerPage = 10
	MaxPerPage = 250
)

// TimeLayout is how timestamps travel in queries (updated_since), as the
// API documentation writes them: "2017-09-04 00:00:00 +03:00".
const TimeLayout = "2006-01-02 15:04:05 -07:00"

// ready reports whether s can send.
func (s *service) ready() error {
	if s == nil || s.t == nil {
		return errNoClient
	}
	return nil
}

// do sends req: writes always carry Content-Type: application/json (the
// server answers 422 "incorrect Content-Type" to an empty POST without it),
// and error bodies are read in every shape the API uses.
func (s *service) do(ctx context.Context, req *transport.Request, out any) (*transport.Response, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	switch req.Method {
	case "", http.MethodGet, http.MethodHead:
	default:
		if req.Header.Get("Content-Type") == "" && req.Multipart == nil && req.Form == nil {
			h := req.Header.Clone()
			if h == nil {
				h = http.Header{}
			}
			h.Set("Content-Type", "application/json")
			req.Header = h
		}
	}
	resp, err := s.t.Do(ctx, req, out)
	return resp, readError(err)
}

// readError completes an *APIError with the InSales error shapes the shared
// parser does not know: a bare field map {"title": ["..."]} and
// {"base": ["..."]}. Errors are "base" then the fields; an HTML page (the
// 404) leaves the status text as the message.
func readError(err error) error {
	var ae *transport.APIError
	if err == nil || !errors.As(err, &ae) {
		return err
	}
	body := strings.TrimSpace(string(ae.Body))
	if len(ae.Fields) == 0 && strings.HasPrefix(body, "{") {
		var m map[string]json.RawMessage
		if json.Unmarshal(ae.Body, &m) == nil {
			for k, raw := range m {
				switch k {
				case "status", "errors", "error":
					continue
				case "message", "code":
					// A field of that name ({"code": ["..."]} from a
					// stock currency) when its value is a list.
					if !strings.HasPrefix(strings.TrimSpace(string(raw)), "[") {
						continue
					}
				}
				for _, msg := range fieldMessages(raw) {
					if ae.Fields == nil {
						ae.Fields = map[string][]string{}
					}
					ae.Fields[k] = append(ae.Fields[k], msg)
				}
			}
		}
	}
	if base := ae.Fields["base"]; len(base) > 0 && (ae.Message == "" || ae.Message == "validation failed" || ae.Message == http.StatusText(ae.StatusCode)) {
		ae.Message = strings.Join(base, "; ")
	} else if len(ae.Fields) > 0 && ae.Message == http.StatusText(ae.StatusCode) {
		ae.Message = "validation failed"
	}
	return err
}

// fieldMessages reads ["a", "b"], "a" or a number as messages.
func fieldMessages(raw json.RawMessage) []string {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil {
		var out []string
		for _, item := range list {
			var s string
			if json.Unmarshal(item, &s) == nil {
				out = append(out, s)
			} else if len(item) > 0 {
				out = append(out, string(item))
			}
		}
		return out
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []string{s}
	}
	return nil
}

// validator is a request body or options struct that checks itself.
type validator interface{ validate() error }

// checkBody refuses a nil body and runs its checks.
func checkBody(v validator) error {
	if v == nil || isNil(v) {
		return transport.Invalid("body", "must not be nil")
	}
	return v.validate()
}

// checkOpts runs the checks of an options struct; nil means defaults.
func checkOpts(v validator) error {
	if v == nil || isNil(v) {
		return nil
	}
	return v.validate()
}

func isNil(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// errNothingToUpdate refuses an update that sets no field.
var errNothingToUpdate = transport.Invalid("body", "nothing to update")

// checkID refuses an id below 1; field is the parameter's name.
func checkID(field string, id int64) error {
	if id < 1 {
		return transport.Invalid(field, "must be a positive id")
	}
	return nil
}

// path fills tmpl's {placeholders} with ids, each checked to be positive.
func path(tmpl string, ids ...int64) (string, error) {
	names := placeholders(tmpl)
	args := make([]any, len(ids))
	for i, id := range ids {
		name := "id"
		if i < len(names) {
			name = names[i]
		}
		if err := checkID(name, id); err != nil {
			return "", err
		}
		args[i] = id
	}
	return transport.Path(tmpl, args...)
}

// placeholders lists the names in tmpl's braces, "product_id" for "{product_id}".
func placeholders(tmpl string) []string {
	var out []string
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
}

// checkPaging checks the page and per_page values of a list.
func checkPaging(page, limit int) error {
	if page < 0 {
		return transport.Invalid("page", "must be between 1 and %d", maxInt)
	}
	if limit < 0 || limit > MaxPerPage {
		return transport.Invalid("per_page", "must be between 1 and %d", MaxPerPage)
	}
	return nil
}

// checkSince checks updated_since/from_id: from_id means nothing without
// updated_since (the server ignores it), so it is refused alone.
func checkSince(since time.Time, fromID int64) error {
	if fromID < 0 {
		return transport.Invalid("from_id", "must be a positive id")
	}
	if fromID > 0 && since.IsZero() {
		return transport.Invalid("from_id", "is ignored by the API without updated_since: set UpdatedFrom too")
	}
	return nil
}

const maxInt = int(^uint(0) >> 1)

// getOne fetches the object at p.
func getOne[T any](ctx context.Context, s *service, p string) (*T, error) {
	out := new(T)
	resp, err := s.do(ctx, &transport.Request{Method: http.MethodGet, Path: p}, out)
	if err != nil {
		return nil, err
	}
	if err := checkIdentified(s, http.MethodGet, p, resp, out); err != nil {
		return nil, err
	}
	return out, nil
}

// checkIdentified refuses an answer in which nothing the model declares
// arrived ({"data": null}, {"0": {...}}, an object of other fields only):
// such a body is not the resource, and must never read as a zero item.
func checkIdentified(s *service, method, p string, resp *transport.Response, out any) error {
	v := reflect.ValueOf(out).Elem()
	if v.Kind() != reflect.Struct {
		return nil
	}
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		if t.Field(i).Name != "Extra" && !v.Field(i).IsZero() {
			return nil
		}
	}
	de := &DecodeError{Platform: "insales", Method: method, URL: s.t.BaseURL() + p,
		Err: errors.New("the answer holds none of the resource's fields")}
	if resp != nil {
		de.StatusCode, de.Body = resp.StatusCode, resp.Body
	}
	return de
}

// send writes body wrapped in key ({"product": {...}}) with method at p
// after checking it, and decodes the answer into a new T.
func send[T any](ctx context.Context, s *service, method, p, key string, body validator) (*T, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	if err := checkBody(body); err != nil {
		return nil, err
	}
	out := new(T)
	resp, err := s.do(ctx, &transport.Request{Method: method, Path: p, Body: body, BodyKey: key}, out)
	if err != nil {
		return nil, err
	}
	if err := checkIdentified(s, method, p, resp, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Status is the answer of calls that report only success: {"status": "ok"}.
type Status struct {
	// Status is "ok" on success.
	Status string `json:"status"`
	// Extra keeps any other field of the answer.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes the status, keeping undeclared fields in Extra.
func (s *Status) UnmarshalJSON(b []byte) error {
	type plain Status
	return decodeExtra(b, (*plain)(s), &s.Extra)
}

// statusOK sends a call whose documented answer is {"status": "ok"}; any
// other 2xx answer is an *APIError carrying it.
func statusOK(ctx context.Context, s *service, req *transport.Request) error {
	var st Status
	resp, err := s.do(ctx, req, &st)
	if err != nil {
		return err
	}
	if st.Status != "ok" {
		ae := &transport.APIError{Platform: "insales", StatusCode: resp.StatusCode, Method: req.Method, URL: req.Path,
			Message: "the API did not answer {\"status\": \"ok\"}", Header: resp.Header, Body: resp.Body}
		if len(st.Extra["errors"]) > 0 {
			var fields map[string]json.RawMessage
			if json.Unmarshal(st.Extra["errors"], &fields) == nil {
				for k, raw := range fields {
					if ae.Fields == nil {
						ae.Fields = map[string][]string{}
					}
					ae.Fields[k] = append(ae.Fields[k], fieldMessages(raw)...)
				}
			}
		}
		return ae
	}
	return nil
}

// deleteOK deletes the object at p; the API answers {"status": "ok"}.
func deleteOK(ctx context.Context, s *service, p string) error {
	return statusOK(ctx, s, &transport.Request{Method: http.MethodDelete, Path: p})
}

// queryOf encodes an options struct (go-querystring tags) into url.Values.
func queryOf(opts any) (url.Values, error) {
	if opts == nil || isNil(opts) {
		return url.Values{}, nil
	}
	q, err := transport.EncodeQuery(opts)
	if err != nil {
		return nil, err
	}
	return url.ParseQuery(q)
}

// count asks p (".../count.json") for {"count": N} with the list's filters;
// paging parameters are not sent.
func count(ctx context.Context, s *service, p string, opts validator) (int, error) {
	if err := checkOpts(opts); err != nil {
		return 0, err
	}
	q, err := queryOf(opts)
	if err != nil {
		return 0, err
	}
	q.Del("page")
	q.Del("per_page")
	var out struct {
		Count Int `json:"count"`
	}
	if _, err := s.do(ctx, &transport.Request{Method: http.MethodGet, Path: p, Query: q}, &out); err != nil {
		return 0, err
	}
	return int(out.Count), nil
}

// listPage fetches one page of the bare array at p. The page is numbered
// from 1; a missing page or per_page is left to the server.
func listPage[T any](ctx context.Context, s *service, p string, opts validator) (*Page[T], error) {
	if err := checkOpts(opts); err != nil {
		return nil, err
	}
	q, err := queryOf(opts)
	if err != nil {
		return nil, err
	}
	return fetchPage[T](ctx, s, p, q)
}

func fetchPage[T any](ctx context.Context, s *service, p string, q url.Values) (*Page[T], error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	var items List[T]
	if _, err := s.do(ctx, &transport.Request{Method: http.MethodGet, Path: p, Query: q}, &items); err != nil {
		return nil, err
	}
	page := &Page[T]{Items: []T(items), Number: 1, Total: -1}
	if page.Items == nil {
		page.Items = []T{}
	}
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 0 {
		page.Number = n
	}
	if n, err := strconv.Atoi(q.Get("per_page")); err == nil && n > 0 {
		page.Size = max(n, MinPerPage) // the server's own floor
	}
	page.SetNextByNumber(1)
	return page, nil
}

// iterate yields every item of every page from opts' page on (page 1 when
// unset), MaxPerPage at a time unless opts choose a page size.
func iterate[T any](ctx context.Context, s *service, p string, opts validator) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		if ctx == nil {
			yield(zero, transport.Invalid("context", "must not be nil"))
			return
		}
		if err := s.ready(); err != nil {
			yield(zero, err)
			return
		}
		if err := checkOpts(opts); err != nil {
			yield(zero, err)
			return
		}
		q, err := queryOf(opts)
		if err != nil {
			yield(zero, err)
			return
		}
		first := transport.PageRequest{Number: 1, Size: MaxPerPage}
		if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 0 {
			first.Number = n
		}
		if n, err := strconv.Atoi(q.Get("per_page")); err == nil && n > 0 {
			first.Size = n
		}
		for item, err := range transport.Iterate(ctx, first, func(ctx context.Context, pr transport.PageRequest) (*Page[T], error) {
			q.Set("page", strconv.Itoa(pr.Number))
			q.Set("per_page", strconv.Itoa(pr.Size))
			return fetchPage[T](ctx, s, p, q)
		}) {
			if !yield(item, err) {
				return
			}
		}
	}
}

// decodeExtra decodes b into v (a method-less alias of a model) and keeps
// undeclared fields in extra.
func decodeExtra(b []byte, v any, extra *Extra) error {
	return flex.DecodeWithExtra(b, v, extra)
}

// invalidf returns a *FieldError naming field; problem may use fmt verbs.
func invalidf(field, problem string, args ...any) error {
	return transport.Invalid(field, problem, args...)
}

// listAll fetches a list the API does not page (a product's variants or
// images, the category tree): the whole bare array at p, with query.
func listAll[T any](ctx context.Context, s *service, p string, query any) ([]T, error) {
	var items List[T]
	if _, err := s.do(ctx, &transport.Request{Method: http.MethodGet, Path: p, Query: query}, &items); err != nil {
		return nil, err
	}
	if items == nil {
		return []T{}, nil
	}
	return []T(items), nil
}
