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
	// filter keeps the objects a list's query selects.
	filter func(q url.Values, o object) bool
	// build validates a write and returns the fields to store, or the
	// 422 field errors. old is nil on create.
	build func(s *Server, old, in object) (object, map[string][]string)
	// render turns a stored object into the API's answer.
	render func(s *Server, o object) object
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
	if r.render != nil {
		return r.render(s, o)
	}
	return o
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

// selected returns the objects a list or count query selects, in the
// API's order: by updated_at then id with updated_since (from_id dropping
// those at exactly updated_since with an id up to it), else by sortKey.
func (s *Server) selected(w http.ResponseWriter, req *http.Request, r *resource) ([]object, bool) {
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
	objs := r.store.List(func(o object) bool {
		if r.parent != "" && fakeapi.Text(o[r.parent]) != pid {
			return false
		}
		if r.filter != nil && !r.filter(q, o) {
			return false
		}
		if hasSince {
			u := objTime(o, "updated_at")
			if u.Before(since) {
				return false
			}
			if fromID > 0 && u.Equal(since) && objID(o) <= fromID {
				return false
			}
		}
		return true
	})
	if hasSince {
		sort.SliceStable(objs, func(i, j int) bool {
			a, b := objTime(objs[i], "updated_at"), objTime(objs[j], "updated_at")
			if !a.Equal(b) {
				return a.Before(b)
			}
			return objID(objs[i]) < objID(objs[j])
		})
	} else {
		key := r.sortKey
		if key == "" {
			key = "id"
		}
		fakeapi.SortBy(objs, key, false)
	}
	return objs, true
}

func (s *Server) list(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		objs, ok := s.selected(w, req, r)
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
		out := make([]object, 0, per)
		for _, o := range fakeapi.PageSlice(objs, page, per, 1) {
			out = append(out, s.render(r, o))
		}
		fakeapi.WriteJSON(w, http.StatusOK, out)
	}
}

func (s *Server) count(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		objs, ok := s.selected(w, req, r)
		if !ok {
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, map[string]int{"count": len(objs)})
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
