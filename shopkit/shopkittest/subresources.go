package shopkittest

import (
	"math/big"
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// withProduct runs fn on the product of the path under the server lock;
// fn returns the status and answer, and whether the product changed.
func (s *Server) withProduct(w http.ResponseWriter, r *http.Request, fn func(p object) (status int, answer any, changed bool)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := r.PathValue("id")
	p, ok := s.products.Get(id)
	if !ok {
		notFound(w)
		return
	}
	status, answer, changed := fn(p)
	if changed {
		s.products.Update(id, object{"option_groups": p["option_groups"], "options": p["options"]})
	}
	switch {
	case status == http.StatusNoContent:
		w.WriteHeader(status)
	case answer == nil:
		message(w, status, map[int]string{http.StatusNotFound: "Not found.", http.StatusBadRequest: "Bad request."}[status])
	default:
		fakeapi.WriteJSON(w, status, answer)
	}
}

// find returns the index of the element of p[key] with the path's sub id.
func find(p object, key, sub string) int {
	for i, it := range asList(p[key]) {
		if m, ok := it.(map[string]any); ok && fakeapi.Text(m["id"]) == sub {
			return i
		}
	}
	return -1
}

func (s *Server) listSub(key string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.withProduct(w, r, func(p object) (int, any, bool) {
			l := asList(p[key])
			if l == nil {
				l = []any{}
			}
			return http.StatusOK, l, false
		})
	}
}

func (s *Server) getSub(key string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.withProduct(w, r, func(p object) (int, any, bool) {
			i := find(p, key, r.PathValue("sub"))
			if i < 0 {
				return http.StatusNotFound, nil, false
			}
			return http.StatusOK, asList(p[key])[i], false
		})
	}
}

func (s *Server) deleteSub(key string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.withProduct(w, r, func(p object) (int, any, bool) {
			l := asList(p[key])
			i := find(p, key, r.PathValue("sub"))
			if i < 0 {
				return http.StatusNotFound, nil, false
			}
			p[key] = append(l[:i:i], l[i+1:]...)
			return http.StatusNoContent, nil, true
		})
	}
}

// groupBody reads {"title", "options": [strings]}; both are required.
func groupBody(r *http.Request) (string, []string, bool) {
	b, err := fakeapi.ReadObject(r)
	if err != nil {
		return "", nil, false
	}
	title, _ := b["title"].(string)
	var values []string
	for _, v := range asList(b["options"]) {
		t, isString := v.(string)
		if !isString || t == "" {
			return "", nil, false // the values are documented as strings
		}
		values = append(values, t)
	}
	return title, values, title != "" && len(values) > 0
}

// groupValues builds the value objects, keeping the ids of existing titles.
func (s *Server) groupValues(old []any, titles []string) []any {
	ids := map[string]any{}
	for _, v := range old {
		if m, ok := v.(map[string]any); ok {
			ids[fakeapi.Text(m["title"])] = m["id"]
		}
	}
	out := make([]any, 0, len(titles))
	for _, t := range titles {
		id, ok := ids[t]
		if !ok {
			id = s.subID()
		}
		out = append(out, object{"id": id, "title": t})
	}
	return out
}

func (s *Server) createGroup(w http.ResponseWriter, r *http.Request) {
	title, values, ok := groupBody(r)
	s.withProduct(w, r, func(p object) (int, any, bool) {
		if !ok {
			return http.StatusBadRequest, nil, false
		}
		g := object{"id": s.subID(), "title": title, "options": s.groupValues(nil, values)}
		p["option_groups"] = append(asList(p["option_groups"]), g)
		return http.StatusCreated, p["option_groups"], true
	})
}

func (s *Server) updateGroup(w http.ResponseWriter, r *http.Request) {
	title, values, ok := groupBody(r)
	s.withProduct(w, r, func(p object) (int, any, bool) {
		i := find(p, "option_groups", r.PathValue("sub"))
		switch {
		case i < 0:
			return http.StatusNotFound, nil, false
		case !ok:
			return http.StatusBadRequest, nil, false
		}
		g := asList(p["option_groups"])[i].(map[string]any)
		g["title"], g["options"] = title, s.groupValues(asList(g["options"]), values)
		return http.StatusOK, p["option_groups"], true
	})
}

var optionFields = []string{"price", "price_promo", "price_on_request", "price_wholesale", "stock", "shipping",
	"weight", "reference", "barcode", "active"}

func (s *Server) updateOption(w http.ResponseWriter, r *http.Request) {
	body, err := fakeapi.ReadObject(r)
	s.withProduct(w, r, func(p object) (int, any, bool) {
		i := find(p, "options", r.PathValue("sub"))
		switch {
		case i < 0:
			return http.StatusNotFound, nil, false
		case err != nil:
			return http.StatusBadRequest, nil, false
		}
		if !validOption(body) {
			return http.StatusBadRequest, nil, false
		}
		o := asList(p["options"])[i].(map[string]any)
		copyFields(o, body, optionFields...)
		for _, k := range []string{"price", "price_promo", "price_wholesale", "shipping"} {
			if v, ok := body[k]; ok && v != nil {
				o[k], _ = number(v)
			}
		}
		if u, ok := body["image"]; ok {
			o["image"] = image(fakeapi.Text(u))
		}
		o["price_formatted"] = money(o["price"])
		return http.StatusOK, o, true
	})
}

// validOption checks an option update as the docs describe it: prices and
// shipping are numbers, stock and weight integers, and a promotion price
// lower than the price sent with it.
func validOption(body object) bool {
	for _, k := range []string{"price", "price_promo", "price_wholesale", "shipping"} {
		if v, ok := body[k]; ok && v != nil {
			if _, ok := number(v); !ok {
				return false
			}
		}
	}
	for _, k := range []string{"stock", "weight"} {
		if v, ok := body[k]; ok && v != nil {
			if _, ok := intIn(v, -1<<31, 1<<31); !ok {
				return false
			}
		}
	}
	if price, promo := body["price"], body["price_promo"]; price != nil && promo != nil {
		a, _ := new(big.Rat).SetString(fakeapi.Text(price))
		b, _ := new(big.Rat).SetString(fakeapi.Text(promo))
		return b.Cmp(a) < 0
	}
	return true
}
