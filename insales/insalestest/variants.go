package insalestest

import (
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

var subIDs atomic.Int64

// nextSubID numbers nested objects (field values, bundle components,
// option values) that have no store of their own.
func (s *Server) nextSubID() jsonNumber {
	return jsonNumber(itoa(1000000 + subIDs.Add(1)))
}

func itoa(n int64) string { return strings.TrimSpace(jsonNumberText(n)) }

// buildVariant validates a variant write (also a product's
// variants_attributes item) and returns the fields to store.
func buildVariant(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	for _, k := range []string{"sku", "barcode", "title", "image_id"} {
		if v, ok := in[k]; ok {
			out[k] = v
		}
	}
	for _, k := range []string{"price", "old_price", "cost_price", "weight"} {
		if v, ok := in[k]; ok {
			out[k] = decimalText(v)
		}
	}
	if v, ok := in["price"]; ok {
		out["base_price"] = decimalText(v)
	}
	if v, ok := in["quantity"]; ok {
		out["quantity"] = v
		out["available"] = fakeapi.Text(v) != "0" && fakeapi.Text(v) != ""
	}
	if pid := fakeapi.Text(in["product_id"]); pid != "" && old == nil {
		// A variant created on its own must match the product's options.
		p, _ := s.res["products"].store.Get(pid)
		names := map[string]bool{}
		for _, n := range asList(p["option_names"]) {
			if no, ok := n.(map[string]any); ok {
				names[fakeapi.Text(no["id"])] = true
			}
		}
		var values []any
		var titles []string
		for _, x := range asList(in["options"]) {
			o, _ := x.(map[string]any)
			if o == nil {
				continue
			}
			nid := fakeapi.Text(o["option_name_id"])
			if !names[nid] {
				errs["options"] = append(errs["options"], "list of properties changed")
				continue
			}
			values = append(values, map[string]any{"id": s.nextSubID(), "option_name_id": o["option_name_id"], "position": jsonNumber("1"), "title": o["value"]})
			titles = append(titles, fakeapi.Text(o["value"]))
		}
		out["option_values"] = values
		if _, ok := out["title"]; !ok {
			out["title"] = strings.Join(titles, " / ")
		}
		if _, ok := in["price"]; !ok {
			errs["price"] = append(errs["price"], "не может быть пустым")
		}
	}
	if v, ok := in["variant_field_values_attributes"]; ok {
		var prev []any
		if old != nil {
			prev = asList(old["variant_field_values"])
		}
		out["variant_field_values"] = s.fieldValues(prev, v, "variant_field_id", "variant_fields", errs, "variant_field_values_attributes")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if old == nil {
		defaults := object{
			"available": false, "barcode": nil, "cost_price": nil, "image_id": nil, "old_price": nil, "sku": nil,
			"weight": nil, "title": "", "prices": []any{}, "price2": nil, "variant_field_values": []any{},
			"option_values": []any{}, "quantity": nil, "price": "0.0", "base_price": "0.0",
		}
		for k, v := range defaults {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	return out, nil
}

// removeVariant refuses to delete a product's last variant, as the API does.
func removeVariant(s *Server, w http.ResponseWriter, o object) {
	pid := fakeapi.Text(o["product_id"])
	st := s.res["variants"].store
	siblings := st.List(func(x object) bool { return fakeapi.Text(x["product_id"]) == pid })
	if len(siblings) <= 1 {
		writeErrors(w, map[string][]string{"base": {"Нельзя удалить последний вариант"}})
		return
	}
	st.Delete(st.IDOf(o))
	s.afterWrite(s.res["variants"], o)
	writeOK(w)
}

func jsonNumberText(n int64) string { return strconv.FormatInt(n, 10) }
