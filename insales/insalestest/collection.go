package insalestest

// collection.go holds the generic handlers every resource shares: list
// (bare arrays, page/per_page, updated_since/from_id), count, get, create,
// update and delete on a fakeapi.Collection, with the resource's own
// validation, rendering and delete rules as hooks.

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// defaultPerPage is the page size when a list asks for none (the official
// clients' default).
const defaultPerPage = 100

// resource describes one stored resource and its hooks.
type resource struct {
	name  string // "products"
	key   string // body wrapper, "product"
	store *fakeapi.Collection
	// parent is the path parameter and field naming the parent
	// ("product_id"); parentRes the parent's resource.
	parent, parentRes string
	// sortKey orders lists without updated_since ("id" when empty).
	sortKey string
	// filter returns what keeps the objects a list's query selects.
	filter func(q url.Values) func(o object) bool
	// build validates a write and returns the fields to store, or the
	// 422 field errors. old is nil on create.
	build func(s *Server, old, in object) (object, map[string][]string)
	// render turns stored objects into the API's answers.
	render func(s *Server, objs []object) []object
	// load stores a seed object (nested objects split off).
	load func(s *Server, o object)
	// remove deletes an object and writes the answer; nil deletes it and
	// answers {"status": "ok"}.
	remove func(s *Server, w http.ResponseWriter, o object)
	// onCreate runs after a create is stored, with the request's object.
	onCreate func(s *Server, stored, in object)
	// wrapCreateErrors answers a refused create with {"status": "error",
	// "errors": {...}} instead of the bare field map (variants do).
	wrapCreateErrors bool
	// answerCreate rewrites a create's answer (images answer "processing").
	answerCreate func(o object) object
	// archive makes DELETE archive the object (archived: true) and answer
	// {"status": "ok"} even for an unknown id, as products do.
	archive bool
	// idx is the objects ordered by updated_at then id, as of version.
	idxMu      sync.Mutex
	idx        []entry
	idxVersion int64
	// byProduct is the objects grouped by product_id, as of kidsVersion.
	kids        map[string][]object
	kidsVersion int64
	// touchParent bumps the parent's updated_at on writes.
	touchParent bool
}

func (s *Server) add(r *resource) *resource {
	if r.store == nil {
		r.store = fakeapi.NewCollection("id")
	}
	s.res[r.name] = r
	return r
}

func (s *Server) render(r *resource, o object) object {
	return s.renderAll(r, []object{o})[0]
}

// renderAll renders a page of objects (one pass over nested stores).
func (s *Server) renderAll(r *resource, objs []object) []object {
	out := make([]object, 0, len(objs))
	if r.render == nil {
		return append(out, objs...)
	}
	return r.render(s, objs)
}

// parentOK checks that the path's parent exists; it answers 404 if not.
func (s *Server) parentOK(w http.ResponseWriter, req *http.Request, r *resource) (string, bool) {
	if r.parent == "" {
		return "", true
	}
	pid := req.PathValue(r.parent)
	if _, ok := s.res[r.parentRes].store.Get(pid); !ok {
		writeHTMLStatus(w, http.StatusNotFound)
		return "", false
	}
	return pid, true
}

// find returns the object at the path's id (under its parent), or answers 404.
func (s *Server) find(w http.ResponseWriter, req *http.Request, r *resource) (object, bool) {
	pid, ok := s.parentOK(w, req, r)
	if !ok {
		return nil, false
	}
	o, ok := r.store.Get(req.PathValue("id"))
	if !ok || (r.parent != "" && fakeapi.Text(o[r.parent]) != pid) {
		writeHTMLStatus(w, http.StatusNotFound)
		return nil, false
	}
	return o, true
}

// parseTime reads updated_since as the API takes it.
func parseTime(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	for _, layout := range []string{insales.TimeLayout, "2006-01-02 15:04:05 -0700", time.RFC3339, "2006-01-02 15:04:05", time.DateOnly} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func objTime(o object, key string) time.Time {
	t, _ := time.Parse(time.RFC3339, fakeapi.Text(o[key]))
	return t
}

func objID(o object) int64 {
	n, _ := strconv.ParseInt(fakeapi.Text(o["id"]), 10, 64)
	return n
}

// entry is what ordering and paging need of one object, read without
// copying it.
type entry struct {
	id  string
	num int64
	at  time.Time
	key string
	obj object // a snapshot, for filters; never modified
}

// byProduct returns r's objects grouped by product_id and sorted by
// sortKey (snapshots; never modified), rebuilt only after a write.
func (s *Server) byProduct(r *resource) map[string][]object {
	r.idxMu.Lock()
	defer r.idxMu.Unlock()
	v := s.version.Load()
	if r.kids != nil && r.kidsVersion == v {
		return r.kids
	}
	all := r.store.List(nil)
	key := r.sortKey
	if key == "" {
		key = "id"
	}
	fakeapi.SortBy(all, key, false)
	kids := map[string][]object{}
	for _, o := range all {
		p := fakeapi.Text(o["product_id"])
		kids[p] = append(kids[p], o)
	}
	r.kids, r.kidsVersion = kids, v
	return kids
}

// sinceIndex returns r's objects ordered by updated_at then id, rebuilt
// only after a write, so a long sync does not sort the store per page.
func (s *Server) sinceIndex(r *resource) []entry {
	r.idxMu.Lock()
	defer r.idxMu.Unlock()
	v := s.version.Load()
	if r.idx != nil && r.idxVersion == v {
		return r.idx
	}
	idx := make([]entry, 0, r.store.Len())
	for _, o := range r.store.List(nil) {
		e := entry{id: fakeapi.Text(o["id"]), at: s.parsedTime(o["updated_at"]), obj: o}
		e.num, _ = strconv.ParseInt(e.id, 10, 64)
		idx = append(idx, e)
	}
	sort.Slice(idx, func(i, j int) bool {
		if !idx[i].at.Equal(idx[j].at) {
			return idx[i].at.Before(idx[j].at)
		}
		return idx[i].num < idx[j].num
	})
	r.idx, r.idxVersion = idx, v
	return idx
}

// selected returns the ids a list or count query selects, in the API's
// order: by updated_at then id with updated_since (from_id dropping those at
// exactly updated_since with an id up to it), else by sortKey.
func (s *Server) selected(w http.ResponseWriter, req *http.Request, r *resource) ([]entry, bool) {
	pid, ok := s.parentOK(w, req, r)
	if !ok {
		return nil, false
	}
	q := req.URL.Query()
	var since time.Time
	hasSince := q.Get("updated_since") != ""
	if hasSince {
		if since, ok = parseTime(q.Get("updated_since")); !ok {
			fakeapi.WriteJSON(w, http.StatusBadRequest, map[string]string{"message": "invalid updated_since"})
			return nil, false
		}
	}
	fromID, _ := strconv.ParseInt(q.Get("from_id"), 10, 64)
	key := r.sortKey
	if key == "" {
		key = "id"
	}
	keep := func(object) bool { return true }
	if r.filter != nil {
		keep = r.filter(q)
	}
	var out []entry
	if hasSince {
		idx := s.sinceIndex(r)
		for i := sort.Search(len(idx), func(i int) bool { return !idx[i].at.Before(since) }); i < len(idx); i++ {
			e := idx[i]
			if fromID > 0 && e.at.Equal(since) && e.num <= fromID {
				continue
			}
			if (r.parent != "" && fakeapi.Text(e.obj[r.parent]) != pid) || !keep(e.obj) {
				continue
			}
			out = append(out, e)
		}
		return out, true
	}
	// The match function sees each stored object without a copy; only the
	// page is copied later.
	r.store.List(func(o object) bool {
		if r.parent != "" && fakeapi.Text(o[r.parent]) != pid {
			return false
		}
		if !keep(o) {
			return false
		}
		e := entry{id: fakeapi.Text(o["id"])}
		e.num, _ = strconv.ParseInt(e.id, 10, 64)
		if hasSince {
			e.at = s.parsedTime(o["updated_at"])
			if e.at.Before(since) || (fromID > 0 && e.at.Equal(since) && e.num <= fromID) {
				return false
			}
		} else {
			e.key = fakeapi.Text(o[key])
		}
		out = append(out, e)
		return false
	})
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if hasSince && !a.at.Equal(b.at) {
			return a.at.Before(b.at)
		}
		if !hasSince && a.key != b.key {
			x, err1 := strconv.ParseFloat(a.key, 64)
			y, err2 := strconv.ParseFloat(b.key, 64)
			if err1 == nil && err2 == nil {
				return x < y
			}
			return a.key < b.key
		}
		return a.num < b.num
	})
	return out, true
}

// parsedTime reads an RFC 3339 timestamp, remembering what it parsed.
func (s *Server) parsedTime(v any) time.Time {
	text := fakeapi.Text(v)
	if t, ok := s.times.Load(text); ok {
		return t.(time.Time)
	}
	t, _ := time.Parse(time.RFC3339, text)
	s.times.Store(text, t)
	return t
}

func (s *Server) list(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		sel, ok := s.selected(w, req, r)
		if !ok {
			return
		}
		page, _ := fakeapi.QueryInt(req, "page", 1)
		if page < 1 {
			page = 1
		}
		per, _ := fakeapi.QueryInt(req, "per_page", defaultPerPage)
		if per < insales.MinPerPage {
			per = insales.MinPerPage
		}
		var objs []object
		for _, e := range fakeapi.PageSlice(sel, page, per, 1) {
			if o, ok := r.store.Get(e.id); ok {
				objs = append(objs, o)
			}
		}
		fakeapi.WriteJSON(w, http.StatusOK, s.renderAll(r, objs))
	}
}

func (s *Server) count(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		sel, ok := s.selected(w, req, r)
		if !ok {
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, map[string]int{"count": len(sel)})
	}
}

func (s *Server) get(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if o, ok := s.find(w, req, r); ok {
			fakeapi.WriteJSON(w, http.StatusOK, s.render(r, o))
		}
	}
}

// body reads {"<key>": {...}}, answering 422 when it is not there.
func (s *Server) body(w http.ResponseWriter, req *http.Request, r *resource) (object, bool) {
	if !checkContentType(w, req) {
		return nil, false
	}
	all, err := fakeapi.ReadObject(req)
	if err != nil {
		fakeapi.WriteJSON(w, http.StatusBadRequest, map[string]string{"message": err.Error()})
		return nil, false
	}
	in, ok := all[r.key].(map[string]any)
	if !ok {
		writeErrors(w, map[string][]string{r.key: {"is missing"}})
		return nil, false
	}
	return in, true
}

func (s *Server) create(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		pid, ok := s.parentOK(w, req, r)
		if !ok {
			return
		}
		in, ok := s.body(w, req, r)
		if !ok {
			return
		}
		if r.parent != "" {
			in[r.parent] = jsonID(pid)
		}
		o, errs := r.build(s, nil, in)
		if len(errs) > 0 {
			if r.wrapCreateErrors {
				fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, map[string]any{"status": "error", "errors": errs})
				return
			}
			writeErrors(w, errs)
			return
		}
		now := s.timestamp()
		delete(o, "id")
		o["created_at"], o["updated_at"] = now, now
		if r.parent != "" {
			o[r.parent] = jsonID(pid)
		}
		stored := r.store.Insert(o)
		if r.onCreate != nil {
			r.onCreate(s, stored, in)
		}
		s.afterWrite(r, stored)
		s.changed(r, stored, true, false)
		answer := s.render(r, stored)
		if r.answerCreate != nil {
			answer = r.answerCreate(answer)
		}
		fakeapi.WriteJSON(w, http.StatusCreated, answer)
	}
}

func (s *Server) update(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		old, ok := s.find(w, req, r)
		if !ok {
			return
		}
		in, ok := s.body(w, req, r)
		if !ok {
			return
		}
		patch, errs := r.build(s, old, in)
		if len(errs) > 0 {
			writeErrors(w, errs)
			return
		}
		delete(patch, "id")
		delete(patch, "created_at")
		patch["updated_at"] = s.timestamp()
		stored, _ := r.store.Update(r.store.IDOf(old), patch)
		s.afterWrite(r, stored)
		s.changed(r, stored, false, false)
		fakeapi.WriteJSON(w, http.StatusOK, s.render(r, stored))
	}
}

func (s *Server) destroy(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if !checkContentType(w, req) {
			return
		}
		if r.archive {
			r.store.Update(req.PathValue("id"), object{"archived": true, "updated_at": s.timestamp()})
			writeOK(w)
			return
		}
		o, ok := s.find(w, req, r)
		if !ok {
			return
		}
		if r.remove != nil {
			r.remove(s, w, o)
			return
		}
		r.store.Delete(r.store.IDOf(o))
		s.afterWrite(r, o)
		s.changed(r, o, false, true)
		writeOK(w)
	}
}

// afterWrite bumps the parent's updated_at, as InSales does when a
// product's variant or image changes.
func (s *Server) afterWrite(r *resource, o object) {
	if r.touchParent && r.parent != "" {
		s.res[r.parentRes].store.Update(fakeapi.Text(o[r.parent]), object{"updated_at": s.timestamp()})
	}
}

func writeOK(w http.ResponseWriter) {
	fakeapi.WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// routeCRUD registers the usual routes of r under prefix
// ("/admin/products" or "/admin/products/{product_id}/variants").
func (s *Server) routeCRUD(r *resource, prefix string, withCount bool) {
	s.Handle("GET "+prefix+".json", s.list(r))
	if withCount {
		s.Handle("GET "+prefix+"/count.json", s.count(r))
	}
	s.Handle("GET "+prefix+"/{id}", s.idRoute(s.get(r)))
	s.Handle("POST "+prefix+".json", s.create(r))
	s.Handle("PUT "+prefix+"/{id}", s.idRoute(s.update(r)))
	s.Handle("DELETE "+prefix+"/{id}", s.idRoute(s.destroy(r)))
}

// idRoute strips ".json" from the {id} segment; other suffixes are 404.
func (s *Server) idRoute(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		id, ok := strings.CutSuffix(req.PathValue("id"), ".json")
		if !ok || id == "" {
			writeHTMLStatus(w, http.StatusNotFound)
			return
		}
		req.SetPathValue("id", id)
		h(w, req)
	}
}

// jsonID turns an id's text into a JSON number.
func jsonID(id string) any {
	if _, err := strconv.ParseInt(id, 10, 64); err == nil {
		return jsonNumber(id)
	}
	return id
}
