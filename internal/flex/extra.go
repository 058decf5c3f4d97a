package flex

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// DecodeWithExtra decodes data into v (a pointer to a struct, usually a
// method-less alias of the model) and stores into extra every top-level key
// that v's struct does not declare. Use it in a model's UnmarshalJSON:
//
//	func (p *Product) UnmarshalJSON(b []byte) error {
//		type plain Product
//		return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
//	}
//
// Decoding is tolerant as with Unmarshal.
func DecodeWithExtra[E ~map[string]json.RawMessage](data []byte, v any, extra *E) error {
	if err := Unmarshal(data, v); err != nil {
		return err
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return nil
	}
	known := knownFields(reflect.TypeOf(v).Elem())
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return err
	}
	for k := range all {
		if _, ok := known[strings.ToLower(k)]; ok {
			delete(all, k)
		}
	}
	if len(all) == 0 {
		*extra = nil
		return nil
	}
	*extra = E(all)
	return nil
}

var knownCache sync.Map // reflect.Type -> map[string]struct{}

// knownFields lists the lower-cased JSON names a struct type decodes,
// following embedded structs as encoding/json does.
func knownFields(t reflect.Type) map[string]struct{} {
	if v, ok := knownCache.Load(t); ok {
		return v.(map[string]struct{})
	}
	m := map[string]struct{}{}
	collectFields(t, m)
	knownCache.Store(t, m)
	return m
}

func collectFields(t reflect.Type, m map[string]struct{}) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			collectFields(f.Type, m)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		// encoding/json matches keys case-insensitively.
		m[strings.ToLower(name)] = struct{}{}
	}
}
