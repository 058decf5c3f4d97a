package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// service is the plumbing every resource service shares.
type service struct{ t *transport.Client }

// defaultPageSize is the server's page size when no limit is sent.
const defaultPageSize = 25

// errNoItem reports a 2xx answer with no item where one was expected.
var errNoItem = errors.New("the response holds no item")

// maxPageSize is the largest limit the API documents.
const maxPageSize = 50

// ListOptions are the paging parameters of the paginated lists (products,
// categories, brands, orders, media). Zero values are not sent: the server
// then answers page 1 with 25 items.
type ListOptions struct {
	// Page is the page number, counting from 1.
	Page int `url:"page,omitempty"`
	// Limit is the page size, 1..50. The docs warn that not every endpoint
	// honours it.
	Limit int `url:"limit,omitempty"`
}

// paging lets the generic list helpers reach the embedded ListOptions.
func (o *ListOptions) paging() *ListOptions { return o }

// validate refuses what the API documents as out of range.
func (o *ListOptions) validate() error {
	if o.Page < 0 {
		return transport.Invalid("page", "must be 1 or more, got %d", o.Page)
	}
	if o.Limit != 0 && (o.Limit < 1 || o.Limit > maxPageSize) {
		return transport.Invalid("limit", "must be between 1 and %d, got %d", maxPageSize, o.Limit)
	}
	return nil
}

// pagingOptions is a list options struct that embeds ListOptions.
type pagingOptions[O any] interface {
	*O
	paging() *ListOptions
}

// many decodes a list body tolerantly: the documented bare JSON array, a
// single object (several list endpoints document only their single-item
// example), an envelope holding one array next to "paging" (the paging
// object the docs show without saying where it sits), and null.
type many[T any] []T

// UnmarshalJSON implements json.Unmarshaler.
func (m *many[T]) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || string(b) == "null" {
		*m = nil
		return nil
	}
	if b[0] == '[' {
		var s []T
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*m = s
		return nil
	}
	if b[0] == '{' {
		var env map[string]json.RawMessage
		if err := json.Unmarshal(b, &env); err != nil {
			return err
		}
		if _, ok := env["paging"]; ok {
			// The one array next to "paging"; with several, which one holds
			// the items is anyone's guess (and map order would make it a
			// random one), so the body is refused.
			var list json.RawMessage
			for k, v := range env {
				if v = bytes.TrimSpace(v); k != "paging" && len(v) > 0 && v[0] == '[' {
					if list != nil {
						return fmt.Errorf("shopkit: a list envelope holds several arrays next to \"paging\"")
					}
					list = v
				}
			}
			if list == nil {
				*m = nil
				return nil
			}
			return m.UnmarshalJSON(list)
		}
	}
	var one T
	if err := json.Unmarshal(b, &one); err != nil {
		return err
	}
	*m = many[T]{one}
	return nil
}

// call sends one request and decodes the answer into out (nil for none).
func (s *service) call(ctx context.Context, method, path string, query, body, out any) (*transport.Response, error) {
	return s.t.Do(ctx, &transport.Request{Method: method, Path: path, Query: query, Body: body, AllowEmpty: out == nil}, out)
}

// send decodes the answer into a new T.
func send[T any](ctx context.Context, s *service, method, path string, query, body any) (*T, error) {
	out := new(T)
	if _, err := s.call(ctx, method, path, query, body, out); err != nil {
		return nil, err
	}
	return out, nil
}

// sendList decodes a list answer.
func sendList[T any](ctx context.Context, s *service, method, path string, query, body any) ([]T, error) {
	var out many[T]
	if _, err := s.call(ctx, method, path, query, body, &out); err != nil {
		return nil, err
	}
	return []T(out), nil
}

// getOne fetches one item from a route that may answer an object or a list
// (GET /product?id=..., GET /coupon?code=...). want names the item: in a
// list of several, the one whose id, handle, code or checksum matches is
// returned, so a server that ignored the filter cannot hand back another
// item; a lone item is returned unless it carries the asked key with
// another value. An empty list, or one without the item, is reported as a
// 404 *APIError, as the server does for an unknown id.
func getOne[T any](ctx context.Context, s *service, path string, query any, want *idQuery) (*T, error) {
	var raws many[json.RawMessage]
	if _, err := s.call(ctx, http.MethodGet, path, query, nil, &raws); err != nil {
		return nil, err
	}
	pick := -1
	switch {
	case len(raws) == 1 && (want == nil || !want.conflicts(raws[0])):
		pick = 0
	case len(raws) > 1 && want != nil:
		for i, raw := range raws {
			if want.matches(raw) {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		return nil, &APIError{Platform: "shopkit", StatusCode: http.StatusNotFound, Method: http.MethodGet, URL: s.t.BaseURL() + path, Message: "the response holds no such item"}
	}
	out := new(T)
	if err := json.Unmarshal(raws[pick], out); err != nil {
		return nil, &DecodeError{Platform: "shopkit", Method: http.MethodGet, URL: s.t.BaseURL() + path, StatusCode: http.StatusOK, Err: err, Body: raws[pick]}
	}
	return out, nil
}

// remove sends a DELETE answered 204.
func (s *service) remove(ctx context.Context, path string, query any) error {
	_, err := s.call(ctx, http.MethodDelete, path, query, nil, nil)
	return err
}

// listPage fetches one page of a paginated list. opts has been validated.
func listPage[T any](ctx context.Context, s *service, path string, query any, lo *ListOptions) (*Page[T], error) {
	var out many[T]
	resp, err := s.call(ctx, http.MethodGet, path, query, nil, &out)
	if err != nil {
		return nil, err
	}
	p := &Page[T]{Items: []T(out), Number: max(lo.Page, 1), Size: lo.Limit, Total: -1}
	if p.Size == 0 {
		p.Size = defaultPageSize
	}
	switch {
	case len(p.Items) > p.Size:
		p.Size = len(p.Items) // the endpoint ignored limit
	case len(p.Items) == defaultPageSize && p.Size > defaultPageSize:
		// The docs warn that not every endpoint honours limit: a page of
		// exactly the server's default size, short of the limit asked for,
		// is read as a full page of that size, so paging goes on (at worst
		// one empty page more).
		p.Size = defaultPageSize
	}
	if n, err := strconv.Atoi(resp.Header.Get("X-Total-Count")); err == nil && n >= 0 {
		p.Total = n
		p.Pages = (n + p.Size - 1) / p.Size
	}
	p.SetNextByNumber(1)
	return p, nil
}

// all follows every page of a list from opts' page on, one page in memory
// at a time.
func all[T any, O any, PO pagingOptions[O]](ctx context.Context, opts PO, list func(context.Context, PO) (*Page[T], error)) iter.Seq2[T, error] {
	if ctx == nil {
		// transport.Iterate would call ctx.Err on it; refuse it as Do does.
		return func(yield func(T, error) bool) {
			var zero T
			yield(zero, transport.Invalid("context", "must not be nil"))
		}
	}
	var o O
	if opts != nil {
		o = *opts
	}
	lo := PO(&o).paging()
	first := PageRequest{Number: max(lo.Page, 1), Size: lo.Limit}
	return transport.Iterate(ctx, first, func(ctx context.Context, pr PageRequest) (*Page[T], error) {
		c := o
		l := PO(&c).paging()
		l.Page, l.Limit = pr.Number, lo.Limit
		return list(ctx, &c)
	})
}

// filterChecker is a list options struct whose filters have documented
// choices or ranges to check before sending.
type filterChecker interface{ check() error }

// validateOpts checks the paging of opts (nil is fine), then its filters.
func validateOpts[O any, PO pagingOptions[O]](opts PO) (*ListOptions, error) {
	if opts == nil {
		return &ListOptions{}, nil
	}
	lo := opts.paging()
	if err := lo.validate(); err != nil {
		return nil, err
	}
	if fc, ok := any(opts).(filterChecker); ok {
		if err := fc.check(); err != nil {
			return nil, err
		}
	}
	return lo, nil
}

// checkInts refuses a value outside lo..hi in a comma list such as status=1,3.
func checkInts(field string, vals []int, lo, hi int) error {
	for i, v := range vals {
		if v < lo || v > hi {
			return transport.Invalid(fmt.Sprintf("%s[%d]", field, i), "must be %d..%d, got %d", lo, hi, v)
		}
	}
	return nil
}

// checkChoices is checkChoice for each value of a comma list.
func checkChoices(field string, vals []string, choices ...string) error {
	for i, v := range vals {
		if v == "" {
			return transport.Invalid(fmt.Sprintf("%s[%d]", field, i), "is empty")
		}
		if err := check.OneOf(fmt.Sprintf("%s[%d]", field, i), v, choices...); err != nil {
			return err
		}
	}
	return nil
}

// checkDates refuses a zero date and a range that ends before it starts.
func checkDates(fromField string, from *Date, toField string, to *Date) error {
	if from != nil && from.IsZero() {
		return transport.Invalid(fromField, "is the zero date; leave it nil to not filter")
	}
	if to != nil && to.IsZero() {
		return transport.Invalid(toField, "is the zero date; leave it nil to not filter")
	}
	if from != nil && to != nil {
		return check.Ordered(fromField, from.Time, toField, to.Time)
	}
	return nil
}

// idPath fills tmpl's placeholders with positive ids.
func idPath(tmpl string, ids ...int64) (string, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		if id <= 0 {
			return "", transport.Invalid(placeholder(tmpl, i), "must be a positive id, got %d", id)
		}
		args[i] = id
	}
	return transport.Path(tmpl, args...)
}

// placeholder returns the name of tmpl's i-th {placeholder}.
func placeholder(tmpl string, i int) string {
	for n := 0; ; n++ {
		_, rest, ok := strings.Cut(tmpl, "{")
		name, after, ok2 := strings.Cut(rest, "}")
		if !ok || !ok2 {
			return "id"
		}
		if n == i {
			return name
		}
		tmpl = after
	}
}

// update sends PUT tmpl (with id) with body u and decodes a T.
func update[T any, U any](ctx context.Context, s *service, tmpl string, id int64, u *U) (*T, error) {
	if u == nil {
		return nil, transport.Invalid("update", "is nil")
	}
	path, err := idPath(tmpl, id)
	if err != nil {
		return nil, err
	}
	return send[T](ctx, s, http.MethodPut, path, nil, u)
}

// deleteByID sends DELETE tmpl (with id).
func deleteByID(ctx context.Context, s *service, tmpl string, id int64) error {
	path, err := idPath(tmpl, id)
	if err != nil {
		return err
	}
	return s.remove(ctx, path, nil)
}

// list validates opts' paging and fetches one page of path with query.
func list[T any, O any, PO pagingOptions[O]](ctx context.Context, s *service, path string, opts PO, query any) (*Page[T], error) {
	lo, err := validateOpts(opts)
	if err != nil {
		return nil, err
	}
	return listPage[T](ctx, s, path, query, lo)
}

// idQuery selects one item of a dual-mode list route (?id= or ?handle=).
type idQuery struct {
	ID       int64  `url:"id,omitempty"`
	Handle   string `url:"handle,omitempty"`
	Code     string `url:"code,omitempty"`
	Checksum string `url:"checksum,omitempty"`
}

// matches reports whether the JSON object raw is the item q names.
func (q *idQuery) matches(raw json.RawMessage) bool {
	got, ok := q.key(raw)
	return ok && got
}

// conflicts reports whether the JSON object raw carries the key q asks
// for with another value: a lone item that is not the one asked for (a
// server that ignored the filter). An item without the key does not
// conflict.
func (q *idQuery) conflicts(raw json.RawMessage) bool {
	got, ok := q.key(raw)
	return ok && !got
}

// key reports whether raw's key field (the one q asks by) equals q's
// value; ok is false when raw does not carry that field.
func (q *idQuery) key(raw json.RawMessage) (equal, ok bool) {
	var key struct {
		ID       *String `json:"id"`
		Handle   *string `json:"handle"`
		Code     *string `json:"code"`
		Checksum *string `json:"checksum"`
	}
	if json.Unmarshal(raw, &key) != nil {
		return false, false
	}
	switch {
	case q.ID != 0 && key.ID != nil:
		return string(*key.ID) == strconv.FormatInt(q.ID, 10), true
	case q.Handle != "" && key.Handle != nil:
		return *key.Handle == q.Handle, true
	case q.Code != "" && key.Code != nil:
		return strings.EqualFold(*key.Code, q.Code), true
	case q.Checksum != "" && key.Checksum != nil:
		return strings.EqualFold(*key.Checksum, q.Checksum), true
	}
	return false, false
}

// getByID fetches path?id={id} from a dual-mode list route.
func getByID[T any](ctx context.Context, s *service, path string, id int64) (*T, error) {
	if id <= 0 {
		return nil, transport.Invalid("id", "must be positive, got %d", id)
	}
	q := &idQuery{ID: id}
	return getOne[T](ctx, s, path, q, q)
}

// getByHandle fetches path?handle={handle} from a dual-mode list route.
func getByHandle[T any](ctx context.Context, s *service, path, handle string) (*T, error) {
	if handle == "" {
		return nil, transport.Invalid("handle", "is required")
	}
	q := &idQuery{Handle: handle}
	return getOne[T](ctx, s, path, q, q)
}
