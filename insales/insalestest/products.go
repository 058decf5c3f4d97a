package insalestest

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

type jsonNumber = json.Number

// setup registers every resource and its routes.
func (s *Server) setup() {
	cats := s.add(&resource{name: "categories", key: "category", sortKey: "position"})
	_ = cats
	s.add(&resource{name: "collections", key: "collection", sortKey: "position"})
	s.add(&resource{name: "collects", key: "collect", load: loadCollect})
	s.add(&resource{name: "images", key: "image", parent: "product_id", parentRes: "products", sortKey: "position", touchParent: true})
	variants := s.add(&resource{name: "variants", key: "variant", parent: "product_id", parentRes: "products", touchParent: true,
		build: buildVariant, wrapCreateErrors: true, remove: removeVariant})
	products := s.add(&resource{
		name: "products", key: "product",
		filter: productFilter, build: buildProduct, render: renderProduct, load: loadProduct, onCreate: createVariants, archive: true,
	})
	s.routeCRUD(products, "/admin/products", true)
	s.routeCRUD(variants, "/admin/products/{product_id}/variants", false)
	s.setupCatalog()
	s.setupExtras()
	s.setupContent()
	s.setupProductExtras()
}

func productFilter(q url.Values) func(o object) bool {
	deleted, withDeleted := q.Get("deleted") == "true", q.Get("with_deleted") == "true"
	cat, title := q.Get("category_id"), strings.ToLower(q.Get("filter[title]"))
	return func(o object) bool {
		archived := o["archived"] == true
		if archived != deleted && !withDeleted {
			return false
		}
		if cat != "" && fakeapi.Text(o["category_id"]) != cat {
			return false
		}
		if title != "" && !strings.Contains(strings.ToLower(fakeapi.Text(o["title"])), title) {
			return false
		}
		return true
	}
}

// loadProduct stores a product as the API answers it, moving its variants
// and images to their own stores and its collections to collects.
func loadProduct(s *Server, o object) {
	o = fakeapi.Clone(o)
	pid := fakeapi.Text(o["id"])
	for key, res := range map[string]string{"variants": "variants", "images": "images"} {
		if list, ok := o[key].([]any); ok {
			for _, v := range list {
				if vo, ok := v.(map[string]any); ok {
					vo["product_id"] = jsonID(pid)
					s.res[res].store.Insert(vo)
				}
			}
		}
		delete(o, key)
	}
	ids, _ := o["collections_ids"].([]any)
	delete(o, "collections_ids")
	stored := s.res["products"].store.Insert(o)
	pid = fakeapi.Text(stored["id"])
	for _, c := range ids {
		loadCollect(s, object{"product_id": jsonID(pid), "collection_id": c})
	}
}

// loadCollect stores a collect unless its product is already in that collection.
func loadCollect(s *Server, o object) {
	st := s.res["collects"].store
	if _, dup := st.Find(func(c object) bool {
		return fakeapi.Text(c["product_id"]) == fakeapi.Text(o["product_id"]) &&
			fakeapi.Text(c["collection_id"]) == fakeapi.Text(o["collection_id"]) &&
			fakeapi.Text(c["id"]) != fakeapi.Text(o["id"])
	}); dup {
		return
	}
	st.Insert(o)
}

// renderProduct adds the products' variants, images and collections,
// reading each nested store once for the whole page.
func renderProduct(s *Server, objs []object) []object {
	ids := make(map[string]int, len(objs))
	for i, o := range objs {
		ids[fakeapi.Text(o["id"])] = i
		o["variants"], o["images"], o["collections_ids"] = []any{}, []any{}, []any{}
		for _, k := range []string{"option_names", "properties", "characteristics", "product_field_values", "product_bundle_components"} {
			if o[k] == nil {
				o[k] = []any{}
			}
		}
	}
	of := func(res, key string, pick func(object) any) {
		kids := s.byProduct(s.res[res])
		for id, i := range ids {
			list := make([]any, 0, len(kids[id]))
			for _, x := range kids[id] {
				list = append(list, pick(x))
			}
			objs[i][key] = list
		}
	}
	whole := func(x object) any { return x }
	of("variants", "variants", whole)
	of("images", "images", whole)
	of("collects", "collections_ids", func(x object) any { return x["collection_id"] })
	return objs
}

// decimalText writes a number as Rails answers decimals: "740.0".
func decimalText(v any) any {
	t := fakeapi.Text(v)
	if t == "" {
		return nil
	}
	if _, err := strconv.ParseFloat(t, 64); err != nil {
		return t
	}
	if !strings.ContainsAny(t, ".eE") {
		t += ".0"
	}
	return t
}

// truthy reads 1, "1", true and "true".
func truthy(v any) bool {
	switch t := fakeapi.Text(v); t {
	case "1", "true":
		return true
	}
	return false
}

func buildProduct(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	for _, k := range []string{"title", "description", "short_description", "dimensions", "html_title", "meta_keywords", "meta_description", "permalink"} {
		if v, ok := in[k]; ok {
			out[k] = v
		}
	}
	for _, k := range []string{"sort_weight", "vat"} {
		if v, ok := in[k]; ok {
			out[k] = v
		}
	}
	if v, ok := in["ignore_discounts"]; ok {
		out["ignore_discounts"] = truthy(v)
	}
	if v, ok := in["is_hidden"]; ok {
		out["is_hidden"] = truthy(v)
	}
	if t, ok := out["title"]; (old == nil && !ok) || (ok && strings.TrimSpace(fakeapi.Text(t)) == "") {
		errs["title"] = append(errs["title"], "не может быть пустым")
	}
	if v, ok := in["category_id"]; ok || old == nil {
		if _, found := s.res["categories"].store.Get(fakeapi.Text(v)); !found {
			errs["category_id"] = append(errs["category_id"], "Категория удалена или отсутствует.")
		}
		out["category_id"] = v
	}
	bundle := truthy(in["bundle"]) || (old != nil && len(asList(old["product_bundle_components"])) > 0)
	var variants []any
	if v, ok := in["variants_attributes"]; ok {
		for _, x := range asList(v) {
			vo, _ := x.(map[string]any)
			if vo == nil {
				continue
			}
			if _, bad := vo["external_id"]; bad {
				errs["variants_attributes"] = append(errs["variants_attributes"], `undefined keys ["external_id"]`)
				continue
			}
			variants = append(variants, vo)
			if _, verrs := buildVariant(s, nil, vo); len(verrs) > 0 {
				for k, m := range verrs {
					errs["variants_attributes"] = append(errs["variants_attributes"], k+" "+strings.Join(m, ", "))
				}
			}
		}
	}
	if old == nil && len(variants) == 0 && len(errs["variants_attributes"]) == 0 {
		errs["variants_attributes"] = append(errs["variants_attributes"], "не может быть пустым")
	}
	if v, ok := in["product_field_values_attributes"]; ok {
		var prev []any
		if old != nil {
			prev = asList(old["product_field_values"])
		}
		out["product_field_values"] = s.fieldValues(prev, v, "product_field_id", "product_fields", errs, "product_field_values_attributes")
	}
	if v, ok := in["product_bundle_components_attributes"]; ok || (old == nil && bundle) {
		var prev []any
		if old != nil {
			prev = asList(old["product_bundle_components"])
		}
		comps := s.bundleComponents(prev, v, errs)
		if old == nil && len(comps) == 0 && len(errs["product_bundle_components_attributes"]) == 0 {
			errs["product_bundle_components_attributes"] = append(errs["product_bundle_components_attributes"], "не может быть пустым")
		}
		out["product_bundle_components"] = comps
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if old == nil {
		defaults := object{
			"archived": false, "available": nil, "canonical_url_collection_id": nil, "ignore_discounts": nil,
			"is_hidden": false, "sort_weight": nil, "unit": "pce", "vat": jsonNumber("-1"), "short_description": nil,
			"html_title": nil, "meta_keywords": nil, "meta_description": nil, "currency_code": "RUR", "description": nil,
			"option_names": []any{}, "properties": []any{}, "characteristics": []any{}, "product_field_values": []any{},
			"product_bundle_components": []any{},
		}
		for k, v := range defaults {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
		if bundle {
			out["vat"] = jsonNumber("10")
		}
		if _, ok := out["permalink"]; !ok {
			out["permalink"] = permalink(fakeapi.Text(out["title"]))
		}
	}
	return out, nil
}

// createVariants stores the variants_attributes of a new product.
func createVariants(s *Server, product, in object) {
	for _, x := range asList(in["variants_attributes"]) {
		vo, _ := x.(map[string]any)
		if vo == nil {
			continue
		}
		v, _ := buildVariant(s, nil, vo)
		now := s.timestamp()
		v["created_at"], v["updated_at"], v["product_id"] = now, now, product["id"]
		s.res["variants"].store.Insert(v)
	}
}

func asList(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case map[string]any: // {"0": {...}, "1": {...}}
		out := make([]any, 0, len(t))
		for i := 0; i < len(t); i++ {
			if x, ok := t[strconv.Itoa(i)]; ok {
				out = append(out, x)
			}
		}
		return out
	}
	return nil
}

func permalink(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(title)) {
		switch {
		case r == ' ' || r == '_':
			b.WriteByte('-')
		case r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fieldValues applies *_field_values_attributes ({handle, value} or
// {<idKey>, value}) to prev and returns the new list.
func (s *Server) fieldValues(prev []any, attrs any, idKey, fieldsRes string, errs map[string][]string, errKey string) []any {
	out := append([]any(nil), prev...)
	for _, x := range asList(attrs) {
		a, _ := x.(map[string]any)
		if a == nil {
			continue
		}
		fid := fakeapi.Text(a[idKey])
		if h := fakeapi.Text(a["handle"]); fid == "" && h != "" {
			fid = "1" // the documentation's examples use handle "handle" for field 1
			if r, ok := s.res[fieldsRes]; ok {
				f, found := r.store.Find(func(o object) bool { return fakeapi.Text(o["handle"]) == h })
				if !found {
					errs[errKey] = append(errs[errKey], "unknown handle "+strconv.Quote(h))
					continue
				}
				fid = fakeapi.Text(f["id"])
			}
		}
		if fid == "" {
			errs[errKey] = append(errs[errKey], "handle or "+idKey+" is required")
			continue
		}
		replaced := false
		for i, p := range out {
			if po, ok := p.(map[string]any); ok && fakeapi.Text(po[idKey]) == fid {
				po["value"] = a["value"]
				out[i] = po
				replaced = true
			}
		}
		if !replaced {
			out = append(out, map[string]any{"id": s.nextSubID(), idKey: jsonID(fid), "value": a["value"]})
		}
	}
	return out
}

// bundleComponents applies product_bundle_components_attributes to prev.
func (s *Server) bundleComponents(prev []any, attrs any, errs map[string][]string) []any {
	const key = "product_bundle_components_attributes"
	out := append([]any(nil), prev...)
	for _, x := range asList(attrs) {
		a, _ := x.(map[string]any)
		if a == nil {
			continue
		}
		id := fakeapi.Text(a["id"])
		if id == "" {
			vid := fakeapi.Text(a["variant_id"])
			if _, ok := s.res["variants"].store.Get(vid); !ok {
				errs[key] = append(errs[key], "variant_id "+strconv.Quote(vid)+" does not exist")
				continue
			}
			q := a["quantity"]
			if q == nil {
				q = jsonNumber("1")
			}
			out = append(out, map[string]any{"free": truthy(a["free"]), "id": s.nextSubID(), "quantity": decimalText(q), "variant_id": jsonID(vid)})
			continue
		}
		idx := -1
		for i, p := range out {
			if po, ok := p.(map[string]any); ok && fakeapi.Text(po["id"]) == id {
				idx = i
			}
		}
		if idx < 0 {
			errs[key] = append(errs[key], "component "+id+" does not exist")
			continue
		}
		if truthy(a["_destroy"]) {
			out = append(out[:idx], out[idx+1:]...)
			continue
		}
		c := out[idx].(map[string]any)
		if v, ok := a["quantity"]; ok {
			c["quantity"] = decimalText(v)
		}
		if v, ok := a["free"]; ok {
			c["free"] = truthy(v)
		}
		if v, ok := a["variant_id"]; ok {
			c["variant_id"] = v
		}
	}
	return out
}
