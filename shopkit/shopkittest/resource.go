package shopkittest

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

type object = fakeapi.Object

// resource serves the routes every collection shares: read (list or one
// item by ?id=/?handle=/?checksum=), read by path, create, update, delete.
type resource struct {
	s *Server
	c *fakeapi.Collection
	// filters reports whether o matches the list query q.
	filters func(q url.Values, o object) bool
	// build makes the stored object from a request body: old is nil on
	// create. A non-empty msg refuses the request with status.
	build func(old, body object) (obj object, status int, msg string)
	// kind names the resource for webhook deliveries ("product", "order");
	// "" delivers nothing.
	kind string
}

// lookup finds the single item a query names, if it names one.
func (res *resource) lookup(q url.Values) (object, bool, bool) {
	for _, key := range []string{"id", "handle", "checksum"} {
		v := q.Get(key)
		if v == "" {
			continue
		}
		if key == "id" {
			o, ok := res.c.Get(v)
			return o, true, ok
		}
		o, ok := res.c.Find(func(o object) bool { return strings.EqualFold(fakeapi.Text(o[key]), v) })
		return o, true, ok
	}
	return nil, false, false
}

func (res *resource) read(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if o, named, ok := res.lookup(q); named {
		if !ok {
			notFound(w)
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, o)
		return
	}
	page, ok1 := fakeapi.QueryInt(r, "page", 1)
	limit, ok2 := fakeapi.QueryInt(r, "limit", 25)
	if !ok1 || !ok2 || page < 1 || limit < 1 || limit > 50 {
		badRequest(w)
		return
	}
	items := res.c.List(func(o object) bool { return res.filters == nil || res.filters(q, o) })
	w.Header().Set("X-Total-Count", strconv.Itoa(len(items)))
	fakeapi.WriteJSON(w, http.StatusOK, fakeapi.PageSlice(items, page, limit, 1))
}

// listAll serves an unpaged list (webhooks).
func (res *resource) listAll(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	items := res.c.List(func(o object) bool { return res.filters == nil || res.filters(q, o) })
	fakeapi.WriteJSON(w, http.StatusOK, items)
}

// readPath serves the path forms of the API documentation's curl examples (/product/1337,
// /category/handle).
func (res *resource) readPath(w http.ResponseWriter, r *http.Request) {
	v := r.PathValue("id")
	o, ok := res.c.Get(v)
	if !ok {
		o, ok = res.c.Find(func(o object) bool { return fakeapi.Text(o["handle"]) == v })
	}
	if !ok {
		notFound(w)
		return
	}
	fakeapi.WriteJSON(w, http.StatusOK, o)
}

func (res *resource) create(w http.ResponseWriter, r *http.Request) {
	body, err := fakeapi.ReadObject(r)
	if err != nil {
		badRequest(w)
		return
	}
	o, status, msg := res.build(nil, body)
	if msg != "" {
		message(w, status, msg)
		return
	}
	created := res.c.Insert(o)
	if res.kind != "" {
		res.s.changed(r.Context(), res.kind, nil, fakeapi.Clone(created))
	}
	fakeapi.WriteJSON(w, http.StatusCreated, created)
}

func (res *resource) update(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	old, ok := res.c.Get(id)
	if !ok {
		notFound(w)
		return
	}
	body, err := fakeapi.ReadObject(r)
	if err != nil {
		badRequest(w)
		return
	}
	before := fakeapi.Clone(old) // build may change old in place
	o, status, msg := res.build(old, body)
	if msg != "" {
		message(w, status, msg)
		return
	}
	updated, ok := res.c.Update(id, o)
	if !ok {
		notFound(w)
		return
	}
	if res.kind != "" {
		res.s.changed(r.Context(), res.kind, before, fakeapi.Clone(updated))
	}
	fakeapi.WriteJSON(w, http.StatusOK, updated)
}

func (res *resource) delete(w http.ResponseWriter, r *http.Request) {
	old, _ := res.c.Get(r.PathValue("id"))
	if !res.c.Delete(r.PathValue("id")) {
		notFound(w)
		return
	}
	if res.kind != "" && old != nil {
		res.s.changed(r.Context(), res.kind, old, nil)
	}
	w.WriteHeader(http.StatusNoContent)
}

// inList reports whether the comma-separated query value q (if set)
// contains v; unset matches everything.
func inList(q, v string) bool {
	if q == "" {
		return true
	}
	for _, p := range strings.Split(q, ",") {
		if strings.TrimSpace(p) == v {
			return true
		}
	}
	return false
}

// boolIs reports whether the boolean query value q (if set) equals v.
func boolIs(q string, v any) bool {
	if q == "" {
		return true
	}
	return strings.EqualFold(q, fakeapi.Text(v))
}

func productFilters(q url.Values, o object) bool {
	if !inList(q.Get("ids"), fakeapi.Text(o["id"])) || !inList(q.Get("status"), fakeapi.Text(o["status"])) ||
		!boolIs(q.Get("featured"), o["featured"]) || !boolIs(q.Get("new"), o["new"]) {
		return false
	}
	if a := q.Get("status_alias"); a != "" && !inList(a, "all") && !inList(a, fakeapi.Text(o["status_alias"])) {
		return false
	}
	if ref := q.Get("reference"); ref != "" && fakeapi.Text(o["reference"]) != ref {
		return false
	}
	if cat := q.Get("category"); cat != "" {
		found := false
		for _, c := range asList(o["categories"]) {
			if m, ok := c.(map[string]any); ok && fakeapi.Text(m["id"]) == cat {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return contains(o["title"], q.Get("q"))
}

func taxonomyFilters(q url.Values, o object) bool {
	return boolIs(q.Get("active"), o["active"]) && boolIs(q.Get("is_parent"), o["is_parent"])
}

// orderFilters filters orders; date_filter is read against the fake's clock.
func (s *Server) orderFilters(q url.Values, o object) bool {
	if !s.inDateFilter(q.Get("date_filter"), fakeapi.Text(o[dateType(q)])) {
		return false
	}
	return orderFilter(q, o)
}

// dateType is the order date the date filters apply to (created_at when
// date_type is not sent).
func dateType(q url.Values) string {
	if f := q.Get("date_type"); f != "" {
		return f
	}
	return "created_at"
}

// inDateFilter reports whether the timestamp ts falls in the date_filter
// period (today, yesterday, last_week = the last 7 days, last_month = since
// the same day last month; days in UTC). An unset filter matches
// everything; an unknown one, or a missing date, matches nothing.
func (s *Server) inDateFilter(filter, ts string) bool {
	if filter == "" {
		return true
	}
	t, err := time.Parse(time.RFC3339, ts)
	if err != nil {
		return false
	}
	now := s.now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	t = t.UTC()
	switch filter {
	case "today":
		return !t.Before(today)
	case "yesterday":
		return !t.Before(today.AddDate(0, 0, -1)) && t.Before(today)
	case "last_week":
		return !t.Before(today.AddDate(0, 0, -7))
	case "last_month":
		return !t.Before(today.AddDate(0, -1, 0))
	}
	return false
}

func orderFilter(q url.Values, o object) bool {
	if !inList(q.Get("ids"), fakeapi.Text(o["id"])) || !inList(q.Get("status"), fakeapi.Text(o["status"])) ||
		!boolIs(q.Get("paid"), o["paid"]) {
		return false
	}
	if a := q.Get("status_alias"); a != "" && !inList(a, "all") && !inList(a, fakeapi.Text(o["status_alias"])) {
		return false
	}
	if code := q.Get("coupon_code"); code != "" {
		c, _ := o["coupon"].(map[string]any)
		if c == nil || fakeapi.Text(c["code"]) != code {
			return false
		}
	}
	day := fakeapi.Text(o[dateType(q)])
	if len(day) >= 10 {
		day = day[:10]
	}
	if from := q.Get("date_from"); from != "" && (day == "" || day < from) {
		return false
	}
	if to := q.Get("date_to"); to != "" && (day == "" || day > to) {
		return false
	}
	return true
}

func webhookFilters(q url.Values, o object) bool {
	return boolIs(q.Get("active"), o["active"]) && (q.Get("event") == "" || q.Get("event") == fakeapi.Text(o["event"]))
}

func mediaFilters(q url.Values, o object) bool {
	isImage := strings.HasPrefix(fakeapi.Text(o["file_type"]), "image/")
	switch q.Get("type") {
	case "image":
		if !isImage {
			return false
		}
	case "file":
		if isImage {
			return false
		}
	}
	return contains(o["file_name"], q.Get("q"))
}

func contains(v any, sub string) bool {
	return sub == "" || strings.Contains(strings.ToLower(fakeapi.Text(v)), strings.ToLower(sub))
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
