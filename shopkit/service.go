package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"iter"
	"net/http"
	"slices"
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

// keyed is a model with an identity: getOne checks a decoded item against
// the key it asked for, and a single-item answer without an id is not an item.
type keyed interface{ itemKey() itemKey }

// itemKey is what identifies an item: its id and, per resource, its handle,
// code or checksum.
type itemKey struct {
	id                     int64
	handle, code, checksum string
}

// extraHolder is a model that keeps undeclared fields: a list envelope
// decoded as one item leaves its keys ("paging", "0", ...) there.
type extraHolder interface{ extraFields() Extra }

// many is a list body decoded tolerantly: the documented bare JSON array, a
// single object (several list endpoints document only their single-item
// example), an envelope holding one array next to "paging" (the paging
// object the docs show without saying where it sits), the object-keyed
// list {"0": {...}, "1": {...}, "paging": null} that older API versions
// send, and null.
type many[T any] []T

// UnmarshalJSON implements json.Unmarshaler.
func (m *many[T]) UnmarshalJSON(b []byte) error {
	items, err := decodeMany[T](b)
	*m = items
	return err
}

// decodeMany decodes a list body (see many). An object is decoded once as
// an item; only when that leaves list-envelope keys behind is it read again
// as an envelope, so the common answers cost one pass.
func decodeMany[T any](b []byte) ([]T, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || string(b) == "null" {
		return nil, nil
	}
	switch b[0] {
	case '[':
		var s []T
		if err := flex.Unmarshal(b, &s); err != nil {
			return nil, err
		}
		return s, nil
	case '{':
	default:
		return nil, fmt.Errorf("expected a JSON object or array, got %.20s", b)
	}
	items := make([]T, 1) // decoded in place: a model is large to copy
	one := &items[0]
	if eh, ok := any(one).(extraHolder); ok {
		if err := decodeObject(b, one); err != nil {
			if envelopeKeys(b) {
				return decodeEnvelope[T](b)
			}
			return nil, err
		}
		if x := eh.extraFields(); x != nil && (hasKey(x, "paging") || hasKey(x, "0")) {
			return decodeEnvelope[T](b)
		}
		return items, nil
	}
	if envelopeKeys(b) {
		return decodeEnvelope[T](b)
	}
	if err := decodeObject(b, one); err != nil {
		return nil, err
	}
	return items, nil
}

func hasKey(x Extra, k string) bool { _, ok := x[k]; return ok }

// envelopeKeys reports whether the object b has a "paging" key or a "0" key
// at its top level (a list envelope rather than an item).
func envelopeKeys(b []byte) bool {
	var env map[string]json.RawMessage
	if json.Unmarshal(b, &env) != nil {
		return false
	}
	_, p := env["paging"]
	_, z := env["0"]
	return p || z
}

// decodeEnvelope reads a list envelope: the one array next to "paging", or
// the items of an object keyed "0", "1", ... in numeric order.
func decodeEnvelope[T any](b []byte) ([]T, error) {
	var env map[string]json.RawMessage
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, err
	}
	var list json.RawMessage
	type indexed struct {
		n   int
		raw json.RawMessage
	}
	var keyedItems []indexed
	for k, v := range env {
		v = bytes.TrimSpace(v)
		if k == "paging" || len(v) == 0 {
			continue
		}
		if n, err := strconv.Atoi(k); err == nil && n >= 0 {
			if string(v) != "null" {
				keyedItems = append(keyedItems, indexed{n, v})
			}
			continue
		}
		if v[0] == '[' {
			// With several arrays, which one holds the items is anyone's
			// guess (and map order would make it a random one): refused.
			if list != nil {
				return nil, errors.New("a list envelope holds several arrays next to \"paging\"")
			}
			list = v
		}
	}
	switch {
	case list != nil && len(keyedItems) > 0:
		return nil, errors.New("a list envelope holds both an array and numbered items")
	case list != nil:
		var s []T
		if err := flex.Unmarshal(list, &s); err != nil {
			return nil, err
		}
		return s, nil
	}
	slices.SortFunc(keyedItems, func(a, b indexed) int { return a.n - b.n })
	out := make([]T, len(keyedItems))
	for i, it := range keyedItems {
		if err := decodeObject(it.raw, &out[i]); err != nil {
			return nil, fmt.Errorf("item %q: %w", strconv.Itoa(it.n), err)
		}
	}
	return out, nil
}

// decodeObject decodes one JSON value into out, calling the model's own
// UnmarshalJSON directly (encoding/json would first scan the whole value
// once more to validate it; the model's decoder does that itself).
func decodeObject[T any](b []byte, out *T) error {
	if u, ok := any(out).(json.Unmarshaler); ok {
		return u.UnmarshalJSON(b)
	}
	return flex.Unmarshal(b, out)
}

// call sends one request and decodes the answer into out (nil for none).
func (s *service) call(ctx context.Context, method, path string, query, body, out any) (*transport.Response, error) {
	if s == nil || s.t == nil {
		return nil, errNoClient
	}
	return s.t.Do(ctx, &transport.Request{Method: method, Path: path, Query: query, Body: body, AllowEmpty: out == nil}, out)
}

// read sends one request and returns the 2xx answer undecoded: the read
// helpers decode the body themselves, once.
func (s *service) read(ctx context.Context, method, path string, query, body any) (*transport.Response, error) {
	if s == nil || s.t == nil {
		return nil, errNoClient
	}
	return s.t.Do(ctx, &transport.Request{Method: method, Path: path, Query: query, Body: body}, nil)
}

// errURL is the redacted URL of a call, for errors built here.
func (s *service) errURL(path string, query any) string {
	u := s.t.BaseURL() + path
	if q, err := transport.EncodeQuery(query); err == nil && q != "" {
		u += "?" + q
	}
	return transport.RedactURLString(u)
}

// decodeErr reports a 2xx body that is not what the call expects.
func (s *service) decodeErr(method, path string, query any, resp *transport.Response, err error) error {
	return &DecodeError{Platform: "shopkit", Method: method, URL: s.errURL(path, query), StatusCode: resp.StatusCode, Err: err, Body: resp.Body}
}

// errorBody recognises Shopkit's error shape ({"message": "..."}, or
// {"error": ...}) on a 2xx answer where an item was expected, and returns
// it as an *APIError with that message.
func (s *service) errorBody(method, path string, query any, resp *transport.Response) error {
	var e struct {
		Message *String `json:"message"`
		Error   *String `json:"error"`
		Success *Bool   `json:"success"`
	}
	if json.Unmarshal(resp.Body, &e) != nil {
		return nil
	}
	msg := ""
	switch {
	case e.Message != nil:
		msg = string(*e.Message)
	case e.Error != nil:
		msg = string(*e.Error)
	case e.Success != nil && !bool(*e.Success):
		msg = "success: false"
	default:
		return nil
	}
	return &APIError{Platform: "shopkit", StatusCode: resp.StatusCode, Method: method, URL: s.errURL(path, query), Message: msg, Header: resp.Header, Body: resp.Body}
}

// notItem is the error for a 2xx answer that holds no item: the server's
// error shape as an *APIError, anything else a *DecodeError.
func (s *service) notItem(method, path string, query any, resp *transport.Response) error {
	if err := s.errorBody(method, path, query, resp); err != nil {
		return err
	}
	return s.decodeErr(method, path, query, resp, errNoItem)
}

// send sends a request answered by one item, decodes it into a new T and
// checks that it is one (an answer of a lone item in a list is accepted).
func send[T any](ctx context.Context, s *service, method, path string, query, body any) (*T, error) {
	resp, err := s.read(ctx, method, path, query, body)
	if err != nil {
		return nil, err
	}
	items, err := decodeMany[T](resp.Body)
	if err != nil {
		return nil, s.decodeErr(method, path, query, resp, err)
	}
	if len(items) != 1 {
		return nil, s.notItem(method, path, query, resp)
	}
	out := &items[0]
	if k, ok := any(out).(keyed); ok && k.itemKey().id == 0 {
		return nil, s.notItem(method, path, query, resp)
	}
	return out, nil
}

// sendList decodes a list answer.
func sendList[T any](ctx context.Context, s *service, method, path string, query, body any) ([]T, error) {
	resp, err := s.read(ctx, method, path, query, body)
	if err != nil {
		return nil, err
	}
	items, err := decodeMany[T](resp.Body)
	if err != nil {
		return nil, s.decodeErr(method, path, query, resp, err)
	}
	if err := loneObject(s, method, path, query, resp, items); err != nil {
		return nil, err
	}
	return items, nil
}

// loneObject refuses a list answer that is a single object which is no
// item: a model without an id, or Shopkit's error shape on a 2xx.
func loneObject[T any](s *service, method, path string, query any, resp *transport.Response, items []T) error {
	if len(items) != 1 {
		return nil
	}
	if b := bytes.TrimSpace(resp.Body); len(b) == 0 || b[0] != '{' {
		return nil
	}
	if k, ok := any(&items[0]).(keyed); ok {
		if k.itemKey().id == 0 {
			return s.notItem(method, path, query, resp)
		}
		return nil
	}
	return s.errorBody(method, path, query, resp)
}

// getOne fetches one item from a route that may answer an object or a list
// (GET /product?id=..., GET /coupon?code=...). want names the item: in a
// list of several, the one whose id, handle, code or checksum matches is
// returned, so a server that ignored the filter cannot hand back another
// item; a lone item is returned unless it carries the asked key with
// another value. An empty list, or one without the item, is reported as a
// 404 *APIError, as the server does for an unknown id. The body is parsed
// once; the key is checked on the decoded item.
func getOne[T any, PT interface {
	*T
	keyed
}](ctx context.Context, s *service, path string, query any, want *idQuery) (*T, error) {
	resp, err := s.read(ctx, http.MethodGet, path, query, nil)
	if err != nil {
		return nil, err
	}
	items, err := decodeMany[T](resp.Body)
	if err != nil {
		return nil, s.decodeErr(http.MethodGet, path, query, resp, err)
	}
	pick := -1
	switch {
	case len(items) == 1:
		k := PT(&items[0]).itemKey()
		if k.id == 0 && k.handle == "" && k.code == "" && k.checksum == "" {
			// {} or an error shape: not an item (never a zero item).
			return nil, s.notItem(http.MethodGet, path, query, resp)
		}
		if want == nil || !want.conflicts(k) {
			pick = 0
		}
	case len(items) > 1 && want != nil:
		for i := range items {
			if want.matches(PT(&items[i]).itemKey()) {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		if len(items) == 0 {
			if err := s.errorBody(http.MethodGet, path, query, resp); err != nil {
				return nil, err
			}
		}
		return nil, &APIError{Platform: "shopkit", StatusCode: http.StatusNotFound, Method: http.MethodGet, URL: s.errURL(path, query), Message: "the response holds no such item"}
	}
	return &items[pick], nil
}

// remove sends a DELETE answered 204.
func (s *service) remove(ctx context.Context, path string, query any) error {
	_, err := s.call(ctx, http.MethodDelete, path, query, nil, nil)
	return err
}

// listPage fetches one page of a paginated list. opts has been validated.
func listPage[T any](ctx context.Context, s *service, path string, query any, lo *ListOptions) (*Page[T], error) {
	resp, err := s.read(ctx, http.MethodGet, path, query, nil)
	if err != nil {
		return nil, err
	}
	items, err := decodeMany[T](resp.Body)
	if err != nil {
		return nil, s.decodeErr(http.MethodGet, path, query, resp, err)
	}
	if err := loneObject(s, http.MethodGet, path, query, resp, items); err != nil {
		return nil, err
	}
	p := &Page[T]{Items: items, Number: max(lo.Page, 1), Size: lo.Limit, Total: -1}
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
			return transport.Invalid(fmt.Sprintf("%s[%d]", field, i), "must be between %d and %d, got %d", lo, hi, v)
		}
	}
	return nil
}

// checkChoices is oneOf for each value of a comma list ("" refused too).
func checkChoices(field string, vals []string, choices ...string) error {
	for i, v := range vals {
		if v == "" || !slices.Contains(choices, v) {
			return transport.Invalid(fmt.Sprintf("%s[%d]", field, i), "must be one of %s, got %q", strings.Join(choices, ", "), v)
		}
	}
	return nil
}

// oneOf refuses a value set outside the documented choices ("" is unset).
func oneOf(field, v string, choices ...string) error {
	if v != "" && !slices.Contains(choices, v) {
		return transport.Invalid(field, "must be one of %s, got %q", strings.Join(choices, ", "), v)
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
// An update that sets nothing is refused before sending: the server would
// answer an unchanged resource, or an error, for an empty PUT.
func update[T any, U any](ctx context.Context, s *service, tmpl string, id int64, u *U) (*T, error) {
	if u == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	path, err := idPath(tmpl, id)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(u)
	if err != nil {
		return nil, transport.Invalid("body", "cannot be encoded as JSON: %v", err)
	}
	if string(body) == "{}" {
		return nil, transport.Invalid("body", "nothing to update")
	}
	return send[T](ctx, s, http.MethodPut, path, nil, body)
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

// matches reports whether the item with key k is the one q names.
func (q *idQuery) matches(k itemKey) bool {
	got, ok := q.key(k)
	return ok && got
}

// conflicts reports whether the item with key k carries the key q asks
// for with another value: a lone item that is not the one asked for (a
// server that ignored the filter). An item without the key does not
// conflict.
func (q *idQuery) conflicts(k itemKey) bool {
	got, ok := q.key(k)
	return ok && !got
}

// key reports whether k's field that q asks by equals q's value; ok is
// false when the item does not carry that field.
func (q *idQuery) key(k itemKey) (equal, ok bool) {
	switch {
	case q.ID != 0 && k.id != 0:
		return k.id == q.ID, true
	case q.Handle != "" && k.handle != "":
		return k.handle == q.Handle, true
	case q.Code != "" && k.code != "":
		return strings.EqualFold(k.code, q.Code), true
	case q.Checksum != "" && k.checksum != "":
		return strings.EqualFold(k.checksum, q.Checksum), true
	}
	return false, false
}

// getByID fetches path?id={id} from a dual-mode list route.
func getByID[T any, PT interface {
	*T
	keyed
}](ctx context.Context, s *service, path string, id int64) (*T, error) {
	if id <= 0 {
		return nil, transport.Invalid("id", "must be a positive id, got %d", id)
	}
	q := &idQuery{ID: id}
	return getOne[T, PT](ctx, s, path, q, q)
}

// getByHandle fetches path?handle={handle} from a dual-mode list route.
func getByHandle[T any, PT interface {
	*T
	keyed
}](ctx context.Context, s *service, path, handle string) (*T, error) {
	if handle == "" {
		return nil, transport.Invalid("handle", "is required")
	}
	q := &idQuery{Handle: handle}
	return getOne[T, PT](ctx, s, path, q, q)
}

func (p *Product) itemKey() itemKey       { return itemKey{id: p.ID, handle: p.Handle} }
func (c *Category) itemKey() itemKey      { return itemKey{id: c.ID, handle: c.Handle} }
func (b *Brand) itemKey() itemKey         { return itemKey{id: b.ID, handle: b.Handle} }
func (o *Order) itemKey() itemKey         { return itemKey{id: o.ID} }
func (c *Coupon) itemKey() itemKey        { return itemKey{id: c.ID, code: c.Code} }
func (m *Media) itemKey() itemKey         { return itemKey{id: m.ID, checksum: m.Checksum} }
func (w *Webhook) itemKey() itemKey       { return itemKey{id: w.ID} }
func (g *OptionGroup) itemKey() itemKey   { return itemKey{id: g.ID} }
func (o *ProductOption) itemKey() itemKey { return itemKey{id: o.ID} }

func (p *Product) extraFields() Extra       { return p.Extra }
func (c *Category) extraFields() Extra      { return c.Extra }
func (b *Brand) extraFields() Extra         { return b.Extra }
func (o *Order) extraFields() Extra         { return o.Extra }
func (c *Coupon) extraFields() Extra        { return c.Extra }
func (m *Media) extraFields() Extra         { return m.Extra }
func (w *Webhook) extraFields() Extra       { return w.Extra }
func (g *OptionGroup) extraFields() Extra   { return g.Extra }
func (o *ProductOption) extraFields() Extra { return o.Extra }
