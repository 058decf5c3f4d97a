package insalestest

// field_values.go answers the values of additional fields, which live in
// their product's product_field_values (or variant's
// variant_field_values), so a product read back shows what these routes
// wrote; and the similar and supplementary product links.

import (
	"net/http"
	"strconv"
	"sync"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// extrasMu serialises the read-modify-write of field values and links, so
// concurrent calls do not lose each other's writes.
var extrasMu sync.Mutex

// fieldValues describes the values of one kind of additional field.
type fieldValues struct {
	holders   string // "products": the resource holding the values
	param     string // "product_id": the holder's path parameter
	listKey   string // "product_field_values"
	idKey     string // "product_field_id"
	handleKey string // "product_field_handle"
	fields    string // "product_fields"
	key       string // "product_field_value": the body wrapper
}

func (s *Server) setupFieldValues() {
	for prefix, fv := range map[string]*fieldValues{
		"/admin/products/{product_id}/product_field_values": {holders: "products", param: "product_id", listKey: "product_field_values",
			idKey: "product_field_id", handleKey: "product_field_handle", fields: "product_fields", key: "product_field_value"},
		"/admin/variants/{variant_id}/variant_field_values": {holders: "variants", param: "variant_id", listKey: "variant_field_values",
			idKey: "variant_field_id", handleKey: "variant_field_handle", fields: "variant_fields", key: "variant_field_value"},
	} {
		s.Handle("GET "+prefix+".json", fv.list(s))
		s.Handle("POST "+prefix+".json", fv.create(s))
		s.Handle("GET "+prefix+"/{ref}", fv.one(s, fv.get))
		s.Handle("PUT "+prefix+"/{ref}", fv.one(s, fv.update))
		s.Handle("DELETE "+prefix+"/{ref}", fv.one(s, fv.remove))
	}
}

// holder returns the product or variant of the path, or answers 404.
func (fv *fieldValues) holder(s *Server, w http.ResponseWriter, req *http.Request) (object, bool) {
	h, ok := s.res[fv.holders].store.Get(req.PathValue(fv.param))
	if !ok {
		writeHTMLStatus(w, http.StatusNotFound)
	}
	return h, ok
}

func (fv *fieldValues) values(h object) []any { return append([]any{}, asList(h[fv.listKey])...) }

func (fv *fieldValues) save(s *Server, h object, values []any) {
	st := s.res[fv.holders].store
	st.Update(st.IDOf(h), object{fv.listKey: values, "updated_at": s.timestamp()})
}

func (fv *fieldValues) list(s *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if h, ok := fv.holder(s, w, req); ok {
			fakeapi.WriteJSON(w, http.StatusOK, fv.values(h))
		}
	}
}

// one finds the value the path names, by its id or by its field's handle,
// and hands it to next with its index; a miss is the HTML 404.
func (fv *fieldValues) one(s *Server, next func(s *Server, w http.ResponseWriter, req *http.Request, h object, values []any, i int)) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		extrasMu.Lock()
		defer extrasMu.Unlock()
		ref, ok := cutJSON(req.PathValue("ref"))
		if !ok {
			writeHTMLStatus(w, http.StatusNotFound)
			return
		}
		h, found := fv.holder(s, w, req)
		if !found {
			return
		}
		key, want := "id", ref
		if _, err := strconv.ParseInt(ref, 10, 64); err != nil {
			f, ok := s.res[fv.fields].store.Find(func(o object) bool { return fakeapi.Text(o["handle"]) == ref })
			if !ok {
				writeHTMLStatus(w, http.StatusNotFound)
				return
			}
			key, want = fv.idKey, fakeapi.Text(f["id"])
		}
		values := fv.values(h)
		for i, v := range values {
			if vo, isObj := v.(map[string]any); isObj && fakeapi.Text(vo[key]) == want {
				next(s, w, req, h, values, i)
				return
			}
		}
		writeHTMLStatus(w, http.StatusNotFound)
	}
}

func cutJSON(seg string) (string, bool) {
	if len(seg) > len(".json") && seg[len(seg)-len(".json"):] == ".json" {
		return seg[:len(seg)-len(".json")], true
	}
	return "", false
}

func (fv *fieldValues) get(_ *Server, w http.ResponseWriter, _ *http.Request, _ object, values []any, i int) {
	fakeapi.WriteJSON(w, http.StatusOK, values[i])
}

func (fv *fieldValues) update(s *Server, w http.ResponseWriter, req *http.Request, h object, values []any, i int) {
	in, ok := fv.body(w, req)
	if !ok {
		return
	}
	vo := values[i].(map[string]any)
	if v, ok := in["value"]; ok {
		vo["value"] = v
	}
	values[i] = vo
	fv.save(s, h, values)
	fakeapi.WriteJSON(w, http.StatusOK, vo)
}

func (fv *fieldValues) remove(s *Server, w http.ResponseWriter, req *http.Request, h object, values []any, i int) {
	if !checkContentType(w, req) {
		return
	}
	fv.save(s, h, append(values[:i], values[i+1:]...))
	writeOK(w)
}

func (fv *fieldValues) body(w http.ResponseWriter, req *http.Request) (object, bool) {
	if !checkContentType(w, req) {
		return nil, false
	}
	all, err := fakeapi.ReadObject(req)
	if err != nil {
		fakeapi.WriteJSON(w, http.StatusBadRequest, map[string]string{"message": err.Error()})
		return nil, false
	}
	in, ok := all[fv.key].(map[string]any)
	if !ok {
		writeErrors(w, map[string][]string{fv.key: {"is missing"}})
	}
	return in, ok
}

// create adds a value for the field named by id or by handle; a field
// that has a value already, or does not exist, is refused with 422.
func (fv *fieldValues) create(s *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		extrasMu.Lock()
		defer extrasMu.Unlock()
		h, ok := fv.holder(s, w, req)
		if !ok {
			return
		}
		in, ok := fv.body(w, req)
		if !ok {
			return
		}
		fields := s.res[fv.fields].store
		var field object
		var errKey string
		if handle := fakeapi.Text(in[fv.handleKey]); handle != "" {
			field, ok = fields.Find(func(o object) bool { return fakeapi.Text(o["handle"]) == handle })
			errKey = fv.handleKey
		} else {
			field, ok = fields.Get(fakeapi.Text(in[fv.idKey]))
			errKey = fv.idKey
		}
		if !ok {
			writeErrors(w, map[string][]string{errKey: {"не найдено"}})
			return
		}
		fid := fakeapi.Text(field["id"])
		values := fv.values(h)
		for _, v := range values {
			if vo, isObj := v.(map[string]any); isObj && fakeapi.Text(vo[fv.idKey]) == fid {
				writeErrors(w, map[string][]string{fv.idKey: {"уже существует"}})
				return
			}
		}
		value := in["value"]
		if _, sent := in["value"]; !sent {
			value = nil
		}
		vo := map[string]any{"id": s.nextSubID(), fv.idKey: jsonID(fid), "value": value}
		fv.save(s, h, append(values, vo))
		fakeapi.WriteJSON(w, http.StatusCreated, vo)
	}
}

// setupLinks registers the similar and supplementary product links: a
// product's list of other products, written with a bare {"<x>_ids": [...]}.
func (s *Server) setupLinks() {
	for _, l := range []struct{ res, idKey, prefix string }{
		{"similars", "similar_id", "/admin/products/{product_id}/similars"},
		{"supplementaries", "supplementary_id", "/admin/products/{product_id}/supplementaries"},
	} {
		r := s.add(&resource{name: l.res})
		idKey, idsKey := l.idKey, l.idKey+"s"
		s.Handle("GET "+l.prefix+".json", func(w http.ResponseWriter, req *http.Request) {
			pid, ok := s.linkProduct(w, req)
			if !ok {
				return
			}
			out := []object{}
			for _, o := range r.store.List(func(o object) bool { return fakeapi.Text(o["product_id"]) == pid }) {
				out = append(out, object{"id": o[idKey]})
			}
			fakeapi.WriteJSON(w, http.StatusOK, out)
		})
		s.Handle("POST "+l.prefix+".json", func(w http.ResponseWriter, req *http.Request) {
			extrasMu.Lock()
			defer extrasMu.Unlock()
			pid, ok := s.linkProduct(w, req)
			if !ok || !checkContentType(w, req) {
				return
			}
			all, err := fakeapi.ReadObject(req)
			if err != nil {
				fakeapi.WriteJSON(w, http.StatusBadRequest, map[string]string{"message": err.Error()})
				return
			}
			ids := asList(all[idsKey])
			if len(ids) == 0 {
				writeErrors(w, map[string][]string{idsKey: {"не может быть пустым"}})
				return
			}
			for _, id := range ids {
				t := fakeapi.Text(id)
				if _, found := s.res["products"].store.Get(t); !found || t == pid {
					writeErrors(w, map[string][]string{idsKey: {"товар " + t + " не найден"}})
					return
				}
			}
			for _, id := range ids {
				t := fakeapi.Text(id)
				if _, dup := r.store.Find(func(o object) bool {
					return fakeapi.Text(o["product_id"]) == pid && fakeapi.Text(o[idKey]) == t
				}); !dup {
					r.store.Insert(object{"product_id": jsonID(pid), idKey: jsonID(t)})
				}
			}
			writeOK(w)
		})
		s.Handle("DELETE "+l.prefix+"/{id}", s.idRoute(func(w http.ResponseWriter, req *http.Request) {
			extrasMu.Lock()
			defer extrasMu.Unlock()
			pid, ok := s.linkProduct(w, req)
			if !ok || !checkContentType(w, req) {
				return
			}
			o, found := r.store.Find(func(o object) bool {
				return fakeapi.Text(o["product_id"]) == pid && fakeapi.Text(o[idKey]) == req.PathValue("id")
			})
			if !found {
				writeHTMLStatus(w, http.StatusNotFound)
				return
			}
			r.store.Delete(r.store.IDOf(o))
			writeOK(w)
		}))
	}
}

func (s *Server) linkProduct(w http.ResponseWriter, req *http.Request) (string, bool) {
	pid := req.PathValue("product_id")
	if _, ok := s.res["products"].store.Get(pid); !ok {
		writeHTMLStatus(w, http.StatusNotFound)
		return "", false
	}
	return pid, true
}
