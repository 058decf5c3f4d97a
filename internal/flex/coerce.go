package flex

import (
	"github.com/ecomkit/ecomkit-go/internal/timefmt"

	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Unmarshal decodes data into v like json.Unmarshal, and when that fails
// only because a value has another JSON type than v's field (a number sent
// as a string, "" for a number, a list sent as {"0": ..}, [] for an object),
// it converts such values where no information is lost and decodes again.
// Values that cannot be converted without loss still fail. The second pass
// costs only on responses that need it.
func Unmarshal(data []byte, v any) error {
	err := json.Unmarshal(data, v)
	if err == nil || !isTypeError(err) {
		return err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return err
	}
	fixed, ok := coerceJSON(data, rv.Type().Elem())
	if !ok {
		return err
	}
	rv.Elem().SetZero()
	if err2 := json.Unmarshal(fixed, v); err2 != nil {
		return err // the caller learns about the original mismatch
	}
	return nil
}

// isTypeError reports a mismatch of types, or a time.Time field given a
// timestamp in another format, as opposed to broken JSON.
func isTypeError(err error) bool {
	var ute *json.UnmarshalTypeError
	var pe *time.ParseError
	return errors.As(err, &ute) || errors.As(err, &pe)
}

// coerceJSON rewrites data to fit type t.
func coerceJSON(data []byte, t reflect.Type) ([]byte, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return nil, false
	}
	out, err := json.Marshal(coerce(tree, t))
	return out, err == nil
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType            = reflect.TypeFor[time.Time]()
)

// coerce converts v (a tree from a UseNumber decoder) towards type t.
func coerce(v any, t reflect.Type) any {
	if v == nil {
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == timeType {
		if s, ok := v.(string); ok {
			tm, err := timefmt.Parse(s)
			if err != nil {
				return v
			}
			if tm.IsZero() {
				return nil
			}
			return tm.Format(time.RFC3339Nano)
		}
		return v
	}
	// Types that decode themselves (the flex types, models with their own
	// UnmarshalJSON) are left to do so.
	pt := reflect.PointerTo(t)
	if pt.Implements(unmarshalerType) || pt.Implements(textUnmarshalerType) {
		return v
	}
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			if emptyish(v) {
				return nil
			}
			return v
		}
		fields := structFieldTypes(t)
		for k, x := range m {
			if ft, ok := fields[strings.ToLower(k)]; ok {
				m[k] = coerce(x, ft)
			}
		}
		return m
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return v // []byte travels as base64 text
		}
		return coerceList(v, t.Elem())
	case reflect.Map:
		switch x := v.(type) {
		case map[string]any:
			for k := range x {
				x[k] = coerce(x[k], t.Elem())
			}
			return x
		case []any:
			m := make(map[string]any, len(x))
			for i, e := range x {
				m[strconv.Itoa(i)] = coerce(e, t.Elem())
			}
			return m
		}
		if emptyish(v) {
			return nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return coerceInt(v)
	case reflect.Float32, reflect.Float64:
		switch x := v.(type) {
		case string:
			s := strings.TrimSpace(x)
			if s == "" {
				return nil
			}
			if _, err := strconv.ParseFloat(s, 64); err == nil {
				return json.Number(s)
			}
		case bool:
			return boolNumber(x)
		}
	case reflect.Bool:
		switch x := v.(type) {
		case string:
			switch strings.ToLower(strings.TrimSpace(x)) {
			case "true", "1", "yes", "on":
				return true
			case "false", "0", "no", "off", "":
				return false
			}
		case json.Number:
			switch x.String() {
			case "1":
				return true
			case "0":
				return false
			}
		}
	case reflect.String:
		switch x := v.(type) {
		case json.Number:
			return x.String()
		case bool:
			return strconv.FormatBool(x)
		}
	}
	return v
}

func coerceList(v any, elem reflect.Type) any {
	switch x := v.(type) {
	case []any:
		for i := range x {
			x[i] = coerce(x[i], elem)
		}
		return x
	case map[string]any:
		if len(x) == 0 {
			return []any{}
		}
		keys := make([]int, 0, len(x))
		for k := range x {
			n, err := strconv.Atoi(k)
			if err != nil {
				return []any{coerce(x, elem)} // a lone object where a list was documented
			}
			keys = append(keys, n)
		}
		sort.Ints(keys)
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = coerce(x[strconv.Itoa(k)], elem)
		}
		return out
	}
	if emptyish(v) {
		return nil
	}
	return []any{coerce(v, elem)}
}

func coerceInt(v any) any {
	switch x := v.(type) {
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return x
		}
		if f, err := x.Float64(); err == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return json.Number(strconv.FormatInt(int64(f), 10))
		}
	case string:
		s := strings.TrimSpace(x)
		if s == "" {
			return nil
		}
		if _, err := strconv.ParseInt(s, 10, 64); err == nil {
			return json.Number(s)
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return json.Number(strconv.FormatInt(int64(f), 10))
		}
	case bool:
		return boolNumber(x)
	}
	return v
}

func boolNumber(b bool) json.Number {
	if b {
		return "1"
	}
	return "0"
}

// emptyish reports the placeholders APIs send for "nothing": "", false, [], {}.
func emptyish(v any) bool {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x) == ""
	case bool:
		return !x
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

var fieldCache sync.Map // reflect.Type -> map[string]reflect.Type

// structFieldTypes maps each lower-cased JSON name of t to its field type,
// following embedded structs as encoding/json does.
func structFieldTypes(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	var collect func(reflect.Type)
	collect = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer {
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
			name, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				collect(f.Type)
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			ft := f.Type
			if strings.Contains(opts, "string") {
				continue // ",string" fields have their own encoding
			}
			if _, dup := m[strings.ToLower(name)]; !dup {
				m[strings.ToLower(name)] = ft
			}
		}
	}
	collect(t)
	fieldCache.Store(t, m)
	return m
}
