package insalestest

// options.go answers the catalogue's smaller resources: option names and
// values, properties and characteristics, additional product and variant
// fields (by id and by handle), price kinds and stock currencies. Their
// lists are answered whole: the API documents no paging for them.

import (
	_ "embed"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

//go:embed seed_extras.json
var seedExtrasJSON []byte

// appID is the application the fake's credentials belong to: fields it
// creates carry it as application_id.
const appID = "1"

// setupExtras registers the smaller catalogue resources, their routes and
// their seed (the API documentation's examples).
func (s *Server) setupExtras() {
	optionNames := s.add(&resource{name: "option_names", key: "option_name", sortKey: "position", build: buildOptionName, render: untimed,
		remove: removeWithChildren("option_names", "option_values", "option_name_id")})
	optionValues := s.add(&resource{name: "option_values", key: "option_value", parent: "option_name_id", parentRes: "option_names",
		sortKey: "position", build: buildOptionValue, render: untimed})
	properties := s.add(&resource{name: "properties", key: "property", sortKey: "position", build: buildProperty, render: untimed,
		remove: removeWithChildren("properties", "characteristics", "property_id")})
	characteristics := s.add(&resource{name: "characteristics", key: "characteristic", parent: "property_id", parentRes: "properties",
		sortKey: "position", build: buildCharacteristic, render: untimed})
	priceKinds := s.add(&resource{name: "price_kinds", key: "price_kind", sortKey: "price_index", build: buildPriceKind, render: untimed})
	currencies := s.add(&resource{name: "stock_currencies", key: "stock_currency", build: buildStockCurrency, render: untimed})
	productFields := s.add(&resource{name: "product_fields", key: "product_field", sortKey: "position", render: untimed,
		build: fieldBuilder("product_fields", "ProductField::"), remove: removeField("products", "product_field_values", "product_field_id")})
	variantFields := s.add(&resource{name: "variant_fields", key: "variant_field", sortKey: "position", render: untimed,
		build: fieldBuilder("variant_fields", "VariantField::"), remove: removeField("variants", "variant_field_values", "variant_field_id")})

	s.routeWhole(optionNames, "/admin/option_names", false, true)
	s.routeWhole(optionValues, "/admin/option_names/{option_name_id}/option_values", false, true)
	s.Handle("GET /admin/option_values.json", s.listEvery(optionValues))
	s.routeWhole(properties, "/admin/properties", false, true)
	s.routeWhole(characteristics, "/admin/properties/{property_id}/characteristics", false, true)
	s.routeWhole(priceKinds, "/admin/price_kinds", false, true)
	s.routeWhole(currencies, "/admin/stock_currencies", false, false) // the API documents no delete
	s.routeWhole(productFields, "/admin/product_fields", true, true)
	s.routeWhole(variantFields, "/admin/variant_fields", true, true)
	s.setupFieldValues()
	s.setupLinks()

	var seed map[string]json.RawMessage
	if err := json.Unmarshal(seedExtrasJSON, &seed); err != nil {
		panic("insalestest: bad seed: " + err.Error())
	}
	for _, name := range []string{"option_names", "option_values", "properties", "characteristics", "price_kinds",
		"stock_currencies", "product_fields", "variant_fields", "similars", "supplementaries"} {
		if err := s.Load(name, seed[name]); err != nil {
			panic("insalestest: bad seed: " + err.Error())
		}
	}
}

// routeWhole registers the routes of a resource whose list is answered
// whole; byHandle lets {id} be a handle too, as the fields' routes take.
func (s *Server) routeWhole(r *resource, prefix string, byHandle, withDelete bool) {
	one := func(h http.HandlerFunc) http.HandlerFunc {
		if byHandle {
			h = s.byHandle(r, h)
		}
		return s.idRoute(h)
	}
	s.Handle("GET "+prefix+".json", s.listWhole(r))
	s.Handle("GET "+prefix+"/{id}", one(s.get(r)))
	s.Handle("POST "+prefix+".json", s.create(r))
	s.Handle("PUT "+prefix+"/{id}", one(s.update(r)))
	if withDelete {
		s.Handle("DELETE "+prefix+"/{id}", one(s.destroy(r)))
	}
}

// listWhole answers every object a list selects, unpaged.
func (s *Server) listWhole(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		sel, ok := s.selected(w, req, r)
		if !ok {
			return
		}
		objs := make([]object, 0, len(sel))
		for _, e := range sel {
			if o, ok := r.store.Get(e.id); ok {
				objs = append(objs, o)
			}
		}
		fakeapi.WriteJSON(w, http.StatusOK, s.renderAll(r, objs))
	}
}

// listEvery answers the objects of a nested resource under every parent
// (GET /admin/option_values.json).
func (s *Server) listEvery(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		objs := r.store.List(nil)
		fakeapi.SortBy(objs, r.sortKey, false)
		fakeapi.WriteJSON(w, http.StatusOK, s.renderAll(r, objs))
	}
}

// byHandle turns an {id} that is not a number into the id of the object
// with that handle; an unknown handle is the HTML 404.
func (s *Server) byHandle(r *resource, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		ref := req.PathValue("id")
		if _, err := strconv.ParseInt(ref, 10, 64); err != nil {
			o, ok := r.store.Find(func(o object) bool { return fakeapi.Text(o["handle"]) == ref })
			if !ok {
				writeHTMLStatus(w, http.StatusNotFound)
				return
			}
			req.SetPathValue("id", r.store.IDOf(o))
		}
		h(w, req)
	}
}

// untimed drops the created_at/updated_at the generic handlers keep: these
// resources do not answer them.
func untimed(_ *Server, objs []object) []object {
	for _, o := range objs {
		delete(o, "created_at")
		delete(o, "updated_at")
	}
	return objs
}

// removeWithChildren deletes an object of self and the objects of child
// whose parentKey names it (an option's values, a property's
// characteristics).
func removeWithChildren(self, child, parentKey string) func(s *Server, w http.ResponseWriter, o object) {
	return func(s *Server, w http.ResponseWriter, o object) {
		id := fakeapi.Text(o["id"])
		cs := s.res[child].store
		for _, c := range cs.List(func(c object) bool { return fakeapi.Text(c[parentKey]) == id }) {
			cs.Delete(cs.IDOf(c))
		}
		s.res[self].store.Delete(id)
		writeOK(w)
	}
}

// nextPosition is one past the largest position among objs.
func nextPosition(objs []object) jsonNumber {
	n := int64(0)
	for _, o := range objs {
		if p, err := strconv.ParseInt(fakeapi.Text(o["position"]), 10, 64); err == nil && p > n {
			n = p
		}
	}
	return jsonNumber(strconv.FormatInt(n+1, 10))
}

func siblings(s *Server, res, parentKey string, in object) []object {
	pid := fakeapi.Text(in[parentKey])
	return s.res[res].store.List(func(o object) bool { return parentKey == "" || fakeapi.Text(o[parentKey]) == pid })
}

func finish(out object, errs map[string][]string) (object, map[string][]string) {
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

func buildOptionName(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	required(errs, in, old, "title")
	copyKeys(out, in, "title", "position")
	if _, ok := out["position"]; old == nil && !ok {
		out["position"] = nextPosition(siblings(s, "option_names", "", in))
	}
	return finish(out, errs)
}

// buildOptionValue: the API documentation lists only the position as
// changeable, so an update's other keys are ignored.
func buildOptionValue(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	copyKeys(out, in, "position")
	if old == nil {
		required(errs, in, old, "title")
		copyKeys(out, in, "title")
		if _, ok := out["position"]; !ok {
			out["position"] = nextPosition(siblings(s, "option_values", "option_name_id", in))
		}
	}
	return finish(out, errs)
}

// buildProperty: only the title changes on update, and the permalink stays.
func buildProperty(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	required(errs, in, old, "title")
	copyKeys(out, in, "title")
	if old == nil {
		copyKeys(out, in, "permalink", "position")
		for _, k := range []string{"backoffice", "is_hidden", "is_navigational"} {
			out[k] = truthy(in[k])
		}
		if _, ok := out["permalink"]; !ok {
			out["permalink"] = permalink(fakeapi.Text(in["title"]))
		}
		if _, ok := out["position"]; !ok {
			out["position"] = nextPosition(siblings(s, "properties", "", in))
		}
	}
	return finish(out, errs)
}

// buildCharacteristic: only the title changes on update, and the permalink stays.
func buildCharacteristic(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	required(errs, in, old, "title")
	copyKeys(out, in, "title")
	if old == nil {
		copyKeys(out, in, "permalink", "position")
		if _, ok := out["permalink"]; !ok {
			out["permalink"] = permalink(fakeapi.Text(in["title"]))
		}
		if _, ok := out["position"]; !ok {
			out["position"] = nextPosition(siblings(s, "characteristics", "property_id", in))
		}
	}
	return finish(out, errs)
}

// buildPriceKind: the title is required on update too, as the API
// documentation says; a new kind takes the next price column.
func buildPriceKind(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	required(errs, in, nil, "title")
	copyKeys(out, in, "title")
	if v, ok := in["show_in_lists"]; ok {
		out["show_in_lists"] = truthy(v)
	}
	if old == nil {
		idx := int64(0)
		for _, k := range s.res["price_kinds"].store.List(nil) {
			if n, err := strconv.ParseInt(fakeapi.Text(k["price_index"]), 10, 64); err == nil && n > idx {
				idx = n
			}
		}
		out["price_index"] = jsonNumber(strconv.FormatInt(idx+1, 10))
		out["variant_price_method_name"] = "price" + strconv.FormatInt(idx+2, 10)
		if _, ok := out["show_in_lists"]; !ok {
			out["show_in_lists"] = true
		}
	}
	return finish(out, errs)
}

// currencyNames are the name, sign and central bank rate the fake gives a
// stock currency; other documented codes get their code as name.
var currencyNames = map[string][3]string{
	"KZT": {"Казахский тенге", "тг.", "0.21"},
	"UAH": {"Украинская гривна", "грн.", "5.0"},
	"LVL": {"Латвийский лат", "Ls", "30.0"},
	"USD": {"Доллар США", "$", "90.0"},
	"EUR": {"Евро", "€", "100.0"},
	"RUR": {"Российский рубль", "руб", "1.0"},
}

var currencyCodes = strings.Split("LVL BYR USD EUR EEK LTL AMD KGS MDL EGP CAD JPY TNB TRY AZN PLN ILS CNY BGN GBP RUR UAH AUD GEL AED CHF KZT UZS TJS VND TMT MXN", " ")

// buildStockCurrency checks the code against the documented list, keeps an
// account at five currencies and one default.
func buildStockCurrency(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	st := s.res["stock_currencies"].store
	required(errs, in, old, "code")
	if v, ok := in["code"]; ok {
		code := fakeapi.Text(v)
		known := false
		for _, c := range currencyCodes {
			known = known || c == code
		}
		if !known {
			errs["code"] = append(errs["code"], "имеет непредусмотренное значение")
		}
		if _, dup := st.Find(func(o object) bool {
			return fakeapi.Text(o["code"]) == code && (old == nil || fakeapi.Text(o["id"]) != fakeapi.Text(old["id"]))
		}); dup {
			errs["code"] = append(errs["code"], "уже существует")
		}
		n := currencyNames[code]
		if n[0] == "" {
			n = [3]string{code, code, "1.0"}
		}
		out["code"], out["name"], out["unit"], out["cb_rate"] = code, n[0], n[1], jsonNumber(n[2])
	}
	if old == nil && st.Len() >= 5 {
		errs["base"] = append(errs["base"], "Максимальное количество валют: 5")
	}
	for _, k := range []string{"is_default", "exchange_rate_use_cb"} {
		if v, ok := in[k]; ok {
			out[k] = truthy(v)
		}
	}
	for _, k := range []string{"exchange_rate_manual", "exchange_rate_percent"} {
		if v, ok := in[k]; ok {
			out[k] = decimalText(v)
		}
	}
	if old == nil {
		defaults := object{"is_default": false, "exchange_rate_use_cb": true, "exchange_rate_manual": nil, "exchange_rate_percent": "0.0"}
		for k, v := range defaults {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if out["is_default"] == true {
		for _, o := range st.List(func(o object) bool { return o["is_default"] == true }) {
			st.Update(st.IDOf(o), object{"is_default": false})
		}
	}
	return out, nil
}

// fieldBuilder validates an additional field: title, handle and a
// creatable type (prefix + TextField or TextArea) required, handles unique
// and not all digits.
func fieldBuilder(res, prefix string) func(s *Server, old, in object) (object, map[string][]string) {
	return func(s *Server, old, in object) (object, map[string][]string) {
		errs := map[string][]string{}
		out := object{}
		required(errs, in, old, "title")
		required(errs, in, old, "handle")
		copyKeys(out, in, "title", "handle", "position")
		if v, ok := in["is_hidden"]; ok {
			out["is_hidden"] = truthy(v)
		}
		if v, ok := in["handle"]; ok {
			h := fakeapi.Text(v)
			if strings.Trim(h, "0123456789") == "" && h != "" {
				errs["handle"] = append(errs["handle"], "имеет неверное значение")
			}
			if _, dup := s.res[res].store.Find(func(o object) bool {
				return fakeapi.Text(o["handle"]) == h && (old == nil || fakeapi.Text(o["id"]) != fakeapi.Text(old["id"]))
			}); dup {
				errs["handle"] = append(errs["handle"], "уже существует")
			}
		}
		if old == nil {
			t := fakeapi.Text(in["type"])
			if t != prefix+"TextField" && t != prefix+"TextArea" {
				errs["type"] = append(errs["type"], "имеет непредусмотренное значение")
			}
			out["type"], out["application_id"], out["is_hidden"] = t, jsonNumber(appID), nil
			if v, ok := in["is_hidden"]; ok {
				out["is_hidden"] = truthy(v)
			}
			if _, ok := out["position"]; !ok {
				out["position"] = nextPosition(siblings(s, res, "", in))
			}
		}
		return finish(out, errs)
	}
}

// removeField deletes an additional field and its values from every
// product (or variant) holding one.
func removeField(holders, listKey, idKey string) func(s *Server, w http.ResponseWriter, o object) {
	return func(s *Server, w http.ResponseWriter, o object) {
		fid := fakeapi.Text(o["id"])
		res := s.res[fieldsOf(listKey)]
		res.store.Delete(fid)
		st := s.res[holders].store
		for _, h := range st.List(nil) {
			list := asList(h[listKey])
			kept := make([]any, 0, len(list))
			for _, v := range list {
				if vo, ok := v.(map[string]any); ok && fakeapi.Text(vo[idKey]) == fid {
					continue
				}
				kept = append(kept, v)
			}
			if len(kept) != len(list) {
				st.Update(st.IDOf(h), object{listKey: kept})
			}
		}
		writeOK(w)
	}
}

func fieldsOf(listKey string) string {
	return strings.TrimSuffix(listKey, "_values") + "s"
}
