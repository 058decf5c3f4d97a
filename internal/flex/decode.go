package flex

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/timefmt"
)

// Unmarshal decodes data into v (a non-nil pointer), replacing what v held.
// It reads what encoding/json reads and, in the same single pass, the forms
// real APIs send where another JSON type was documented, when no
// information is lost:
//
//   - a number or bool sent as a string ("42", " 0.35 ", "1", "yes"), an
//     integer sent as 1.0 or 1e3, a string field sent a number or a bool;
//   - "" (and for objects and lists false or []) for an absent value: a
//     pointer stays nil, a value stays zero;
//   - a list sent as an object keyed "0", "1", ... (in key order), {} for
//     an empty list, a lone value where a list was documented;
//   - a map sent as a list (keyed by position; [] is an empty map);
//   - time.Time in any form timefmt reads.
//
// What cannot be read without loss ("4.5" for an integer, "maybe" for a
// bool) fails with a *FieldError naming the field, which unwraps to a
// *json.UnmarshalTypeError. Malformed JSON fails with the *json.SyntaxError
// encoding/json reports. Types with their own UnmarshalJSON decode
// themselves; the ecomkit tolerant types (List, Map, ...) are read directly.
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	ev := rv.Elem()
	td := decoderFor(ev.Type())
	ev.SetZero()
	d := getState(data)
	d.adopt()
	d.ws()
	err := d.finish(td.fn(d, ev))
	putState(d)
	return err
}

// DecodeWithExtra decodes data into v (a pointer to a struct, usually a
// method-less alias of the model) as Unmarshal does, and stores into extra
// every member that v's struct does not declare, as the raw JSON received,
// or nil when there is none. It finds them in the same pass, building
// nothing for declared members and allocating only for undeclared ones.
// Use it in a model's UnmarshalJSON:
//
//	func (p *Product) UnmarshalJSON(b []byte) error {
//		type plain Product
//		return flex.DecodeWithExtra(b, (*plain)(p), &p.Extra)
//	}
func DecodeWithExtra[E ~map[string]json.RawMessage](data []byte, v any, extra *E) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	ev := rv.Elem()
	td := decoderFor(ev.Type())
	if td.st == nil {
		return Unmarshal(data, v)
	}
	ev.SetZero()
	d := getState(data)
	d.adopt()
	d.ws()
	var m map[string]json.RawMessage
	err := d.finish(td.st.decode(d, ev, &m))
	putState(d)
	if err != nil {
		return err
	}
	*extra = E(m)
	return nil
}

// finish checks that only whitespace follows the value and turns a syntax
// failure (or a type error in a body that is malformed further on, as
// encoding/json validates first) into encoding/json's *json.SyntaxError.
func (d *state) finish(err error) error {
	if err == nil {
		if d.ws(); d.i == len(d.data) {
			return nil
		}
		err = errSyntax
	}
	if err == errSyntax || !json.Valid(d.data) {
		return syntaxError(d.data, d.i)
	}
	return err
}

// decFunc decodes the value at d.i (whitespace skipped) into v, which is
// addressable and settable.
type decFunc func(d *state, v reflect.Value) error

// typeDec is the compiled decoder of one type.
type typeDec struct {
	fn decFunc
	// nullish reports, without consuming it, a value that a pointer to
	// this type reads as nil ("" for a number, [] for an object).
	nullish func(d *state) bool
	st      *structDec // set for structs, for DecodeWithExtra
}

var (
	decoders  sync.Map // reflect.Type -> *typeDec
	compileMu sync.Mutex

	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType            = reflect.TypeFor[time.Time]()
)

// decoderFor returns the decoder of t, compiling it once.
func decoderFor(t reflect.Type) *typeDec {
	if td, ok := decoders.Load(t); ok {
		return td.(*typeDec)
	}
	compileMu.Lock()
	defer compileMu.Unlock()
	building := map[reflect.Type]*typeDec{}
	td := compile(t, building)
	for t, td := range building {
		decoders.Store(t, td)
	}
	return td
}

// compile builds t's decoder; building holds the decoders under
// construction, so recursive types refer to themselves.
func compile(t reflect.Type, building map[reflect.Type]*typeDec) *typeDec {
	if td, ok := decoders.Load(t); ok {
		return td.(*typeDec)
	}
	if td, ok := building[t]; ok {
		return td
	}
	td := &typeDec{}
	building[t] = td
	pt := reflect.PointerTo(t)
	switch {
	case t == timeType:
		td.fn, td.nullish = decTime, zeroTimeAhead
		return td
	case ecomkitGeneric(t):
		// List and Map decode with the rules below; reading them here
		// instead of through their UnmarshalJSON keeps nesting linear.
	case t.Kind() != reflect.Pointer && pt.Implements(unmarshalerType):
		td.fn = decUnmarshaler
		return td
	case t.Kind() != reflect.Pointer && pt.Implements(textUnmarshalerType):
		td.fn = decText
		return td
	}
	switch t.Kind() {
	case reflect.Pointer:
		elem := compile(t.Elem(), building)
		td.fn = func(d *state, v reflect.Value) error { return decPointer(d, v, elem) }
		td.nullish = func(d *state) bool { return elem.nullish != nil && elem.nullish(d) }
	case reflect.Struct:
		st := &structDec{t: t, fields: structFields(t)}
		st.exact = make(map[string]int, len(st.fields))
		st.folded = make(map[string]int, len(st.fields))
		for i := range st.fields {
			f := &st.fields[i]
			f.dec = compile(f.typ, building)
			st.exact[f.name] = i
			k := string(foldName(nil, []byte(f.name)))
			if _, dup := st.folded[k]; !dup {
				st.folded[k] = i
			}
		}
		td.st = st
		td.fn = func(d *state, v reflect.Value) error { return st.decode(d, v, nil) }
		td.nullish = emptyObjectAhead
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(unmarshalerType) {
			td.fn = decBytes
			return td
		}
		sd := &sliceDec{t: t, elem: compile(t.Elem(), building)}
		td.fn = sd.decode
		td.nullish = emptyScalarAhead
	case reflect.Array:
		elem := compile(t.Elem(), building)
		td.fn = func(d *state, v reflect.Value) error { return decArray(d, v, elem) }
	case reflect.Map:
		md := &mapDec{t: t, elem: compile(t.Elem(), building)}
		td.fn = md.decode
		td.nullish = emptyScalarAhead
	case reflect.Interface:
		td.fn = decInterface
	case reflect.Bool:
		td.fn = decBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		td.fn, td.nullish = decInt, emptyStringAhead
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		td.fn, td.nullish = decUint, emptyStringAhead
	case reflect.Float32, reflect.Float64:
		td.fn, td.nullish = decFloat, emptyStringAhead
	case reflect.String:
		td.fn = decString
	default:
		td.fn = decUnsupported
	}
	return td
}

// ecomkitPath is the root package, whose generic List and Map the engine
// reads directly (a test keeps this in step with their names).
const ecomkitPath = "github.com/ecomkit/ecomkit-go"

func ecomkitGeneric(t reflect.Type) bool {
	if t.PkgPath() != ecomkitPath {
		return false
	}
	n := t.Name()
	return t.Kind() == reflect.Slice && strings.HasPrefix(n, "List[") ||
		t.Kind() == reflect.Map && strings.HasPrefix(n, "Map[")
}

// decText gives a JSON string to the type's UnmarshalText; null leaves it.
func decText(d *state, v reflect.Value) error {
	switch c := d.peek(); c {
	case '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		return v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s)
	case 'n':
		return d.literal("null")
	default:
		return d.typeError(c, v.Type())
	}
}

func decUnsupported(d *state, v reflect.Value) error {
	if c := d.peek(); c != 'n' {
		return d.typeError(c, v.Type())
	}
	return d.literal("null")
}

func decPointer(d *state, v reflect.Value, elem *typeDec) error {
	c := d.peek()
	if c == 'n' {
		v.SetZero()
		return d.literal("null")
	}
	if elem.nullish != nil && elem.nullish(d) {
		v.SetZero()
		return d.skip()
	}
	if v.IsNil() {
		v.Set(reflect.New(v.Type().Elem()))
	}
	return elem.fn(d, v.Elem())
}

// The nullish tests look ahead without consuming.

func emptyStringAhead(d *state) bool {
	if d.peek() != '"' {
		return false
	}
	at := d.i
	s, err := d.str()
	d.i = at
	return err == nil && trimmedEmpty(s)
}

// emptyScalarAhead: "" or false, where a list or map was documented.
func emptyScalarAhead(d *state) bool {
	if d.peek() == 'f' {
		return true
	}
	return emptyStringAhead(d)
}

// emptyObjectAhead: "", false or [], where an object was documented.
func emptyObjectAhead(d *state) bool {
	switch d.peek() {
	case 'f':
		return true
	case '[':
		at := d.i
		d.i++
		empty := d.peek() == ']'
		d.i = at
		return empty
	}
	return emptyStringAhead(d)
}

func zeroTimeAhead(d *state) bool {
	if d.peek() != '"' {
		return false
	}
	at := d.i
	s, err := d.str()
	d.i = at
	if err != nil {
		return false
	}
	t, err := timefmt.ParseBytes(s)
	return err == nil && t.IsZero()
}

// structDec decodes a JSON object into a struct, matching member names
// exactly and then case-insensitively, as encoding/json does.
type structDec struct {
	t      reflect.Type
	fields []field
	exact  map[string]int
	folded map[string]int
}

func (s *structDec) decode(d *state, v reflect.Value, extra *map[string]json.RawMessage) error {
	c := d.peek()
	if c != '{' {
		return s.notObject(d, v, c)
	}
	if err := d.enter(); err != nil {
		return err
	}
	d.i++
	if d.peek() == '}' {
		d.i++
		d.leave()
		return nil
	}
	next := 0 // members usually arrive in declaration order
	for {
		if d.peek() != '"' {
			return errSyntax
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		fi := -1
		if next < len(s.fields) && string(key) == s.fields[next].name {
			fi = next
		} else if j, ok := s.exact[string(key)]; ok {
			fi = j
		} else {
			d.fold = foldName(d.fold[:0], key)
			if j, ok := s.folded[string(d.fold)]; ok {
				fi = j
			}
		}
		var name string
		if fi < 0 && extra != nil {
			name = string(key)
		}
		if d.peek() != ':' {
			return errSyntax
		}
		d.i++
		d.ws()
		if fi < 0 {
			start := d.i
			if err := d.skip(); err != nil {
				return err
			}
			if extra != nil {
				if *extra == nil {
					*extra = make(map[string]json.RawMessage)
				}
				(*extra)[name] = bytes.Clone(d.data[start:d.i])
			}
		} else {
			next = fi + 1
			f := &s.fields[fi]
			fv, err := fieldByIndex(v, f.index)
			if err != nil {
				return at(err, f.name)
			}
			if err := f.dec.fn(d, fv); err != nil {
				return at(err, f.name)
			}
		}
		switch d.peek() {
		case ',':
			d.i++
		case '}':
			d.i++
			d.leave()
			return nil
		default:
			return errSyntax
		}
	}
}

// notObject reads the placeholders APIs send for an absent object ("",
// false, [], null) as nothing; anything else cannot be the object.
func (s *structDec) notObject(d *state, v reflect.Value, c byte) error {
	switch c {
	case 'n':
		return d.literal("null")
	case 'f':
		return d.literal("false")
	case '"':
		at := d.i
		str, err := d.str()
		if err != nil || trimmedEmpty(str) {
			return err
		}
		d.i = at
	case '[':
		at := d.i
		d.i++
		if d.peek() == ']' {
			d.i++
			return nil
		}
		d.i = at
	}
	return d.typeError(c, v.Type())
}

// fieldByIndex returns the field at index, allocating embedded pointers.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return reflect.Value{}, &json.UnmarshalTypeError{Value: "object", Type: v.Type().Elem()}
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// sliceDec decodes a list into a slice, tolerantly (see Unmarshal).
type sliceDec struct {
	t    reflect.Type
	elem *typeDec
}

func (s *sliceDec) decode(d *state, v reflect.Value) error {
	switch c := d.peek(); c {
	case '[':
		if err := d.enter(); err != nil {
			return err
		}
		d.i++
		if d.peek() == ']' {
			d.i++
			d.leave()
			v.Set(reflect.MakeSlice(s.t, 0, 0))
			return nil
		}
		for n := 0; ; n++ {
			if n >= v.Cap() {
				if err := d.grow(v, n); err != nil {
					return err
				}
			}
			v.SetLen(n + 1)
			d.ws()
			if err := s.elem.fn(d, v.Index(n)); err != nil {
				return at(err, index(n))
			}
			switch d.peek() {
			case ',':
				d.i++
			case ']':
				d.i++
				d.leave()
				return nil
			default:
				return errSyntax
			}
		}
	case '{':
		return s.object(d, v)
	case 'n':
		v.SetZero()
		return d.literal("null")
	case 'f':
		v.SetZero()
		return d.literal("false")
	case '"':
		at := d.i
		str, err := d.str()
		if err != nil {
			return err
		}
		if trimmedEmpty(str) {
			v.SetZero()
			return nil
		}
		d.i = at
	}
	return s.single(d, v)
}

// A list of large elements written as tiny JSON ("{}," is three bytes, a
// product is kilobytes) would let a body that passed the size limit take
// hundreds of times its size in memory. A list may take at most
// maxGrowth times the bytes of the JSON being decoded, plus slack.
const (
	maxGrowth = 16
	growSlack = 1 << 20
)

// grow makes room for element n of slice v, refusing a list whose
// elements would outweigh their JSON by more than maxGrowth.
func (d *state) grow(v reflect.Value, n int) error {
	size := v.Type().Elem().Size()
	if need := uint64(n+1) * uint64(size); need > growSlack && need > maxGrowth*uint64(len(d.data)) {
		return &FieldError{Err: fmt.Errorf("a list of %d elements would take %d MiB decoded from %d KiB of JSON (more than %d times its size)",
			n+1, need>>20, len(d.data)>>10, maxGrowth)}
	}
	v.Grow(1)
	return nil
}

// single keeps a lone value where a list was documented.
func (s *sliceDec) single(d *state, v reflect.Value) error {
	v.Set(reflect.MakeSlice(s.t, 1, 1))
	return s.elem.fn(d, v.Index(0))
}

// object reads {"0": a, "1": b} (PHP's sparse arrays) as a list in key
// order, {} as an empty list, and an object with named keys as a lone
// element. The first key tells which: in a list, later named keys (the
// "paging" of an envelope that also holds the items) are not items and
// are skipped. Either way each value is read once: deciding by all keys
// would mean scanning every level's subtree twice.
func (s *sliceDec) object(d *state, v reflect.Value) error {
	start := d.i
	if err := d.enter(); err != nil {
		return err
	}
	d.i++
	if d.peek() == '}' {
		d.i++
		d.leave()
		v.Set(reflect.MakeSlice(s.t, 0, 0))
		return nil
	}
	var small [16]int
	keys := small[:0]
	ordered := true
	for n := 0; ; {
		if d.peek() != '"' {
			return errSyntax
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		k, err := strconv.Atoi(string(key))
		if err != nil && n == 0 {
			// Named keys: one object where a list was documented.
			d.i = start
			d.leave()
			return s.single(d, v)
		}
		if d.peek() != ':' {
			return errSyntax
		}
		d.i++
		d.ws()
		if err != nil {
			if err := d.skipKnown(); err != nil {
				return err
			}
		} else {
			if n > 0 && k <= keys[n-1] {
				ordered = false
			}
			keys = append(keys, k)
			if n >= v.Cap() {
				if err := d.grow(v, n); err != nil {
					return err
				}
			}
			v.SetLen(n + 1)
			if err := s.elem.fn(d, v.Index(n)); err != nil {
				return at(err, index(k))
			}
			n++
		}
		switch d.peek() {
		case ',':
			d.i++
			continue
		case '}':
			d.i++
			d.leave()
		default:
			return errSyntax
		}
		break
	}
	if !ordered {
		s.reorder(v, keys)
	}
	return nil
}

// reorder sorts v by keys; of equal keys the last one wins, as in a map.
func (s *sliceDec) reorder(v reflect.Value, keys []int) {
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return keys[a] - keys[b] })
	out := reflect.MakeSlice(s.t, 0, len(order))
	for i, p := range order {
		if i+1 < len(order) && keys[order[i+1]] == keys[p] {
			continue
		}
		out = reflect.Append(out, v.Index(p))
	}
	v.Set(out)
}

func decArray(d *state, v reflect.Value, elem *typeDec) error {
	switch c := d.peek(); c {
	case 'n':
		return d.literal("null")
	case '[':
	default:
		return d.typeError(c, v.Type())
	}
	if err := d.enter(); err != nil {
		return err
	}
	d.i++
	if d.peek() == ']' {
		d.i++
		d.leave()
		return nil
	}
	for n := 0; ; n++ {
		d.ws()
		if n < v.Len() {
			if err := elem.fn(d, v.Index(n)); err != nil {
				return at(err, index(n))
			}
		} else if err := d.skip(); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.i++
		case ']':
			d.i++
			d.leave()
			return nil
		default:
			return errSyntax
		}
	}
}

func decBytes(d *state, v reflect.Value) error {
	switch c := d.peek(); c {
	case 'n':
		v.SetZero()
		return d.literal("null")
	case '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
		n, err := base64.StdEncoding.Decode(b, s)
		if err != nil {
			return &FieldError{Err: err}
		}
		v.SetBytes(b[:n])
		return nil
	default:
		return d.typeError(c, v.Type())
	}
}

// mapDec decodes an object into a map, and a list into a map keyed by
// position ([] being how PHP sends an empty map).
type mapDec struct {
	t    reflect.Type
	elem *typeDec
}

func (m *mapDec) decode(d *state, v reflect.Value) error {
	c := d.peek()
	switch c {
	case '{', '[':
	case 'n':
		v.SetZero()
		return d.literal("null")
	case 'f':
		v.SetZero()
		return d.literal("false")
	case '"':
		at := d.i
		str, err := d.str()
		if err != nil || trimmedEmpty(str) {
			v.SetZero()
			return err
		}
		d.i = at
		return d.typeError(c, v.Type())
	default:
		return d.typeError(c, v.Type())
	}
	if err := d.enter(); err != nil {
		return err
	}
	d.i++
	if v.IsNil() {
		v.Set(reflect.MakeMap(m.t))
	}
	end := byte('}')
	if c == '[' {
		end = ']'
	}
	if d.peek() == end {
		d.i++
		d.leave()
		return nil
	}
	elem := reflect.New(m.t.Elem()).Elem()
	for n := 0; ; n++ {
		var kv reflect.Value
		var err error
		seg := ""
		if c == '{' {
			if d.peek() != '"' {
				return errSyntax
			}
			key, err := d.str()
			if err != nil {
				return err
			}
			seg = string(key)
			if kv, err = mapKey(m.t.Key(), seg); err != nil {
				return at(err, seg)
			}
			if d.peek() != ':' {
				return errSyntax
			}
			d.i++
		} else {
			seg = strconv.Itoa(n)
			if kv, err = mapKey(m.t.Key(), seg); err != nil {
				return at(err, index(n))
			}
		}
		elem.SetZero()
		d.ws()
		if err := m.elem.fn(d, elem); err != nil {
			return at(err, seg)
		}
		v.SetMapIndex(kv, elem)
		switch d.peek() {
		case ',':
			d.i++
		case end:
			d.i++
			d.leave()
			return nil
		default:
			return errSyntax
		}
	}
}

// mapKey converts a member name to a map key as encoding/json does.
func mapKey(kt reflect.Type, key string) (reflect.Value, error) {
	if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
		kv := reflect.New(kt)
		if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
			return reflect.Value{}, err
		}
		return kv.Elem(), nil
	}
	switch kt.Kind() {
	case reflect.String:
		return reflect.ValueOf(key).Convert(kt), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(key, 10, 64)
		if err != nil || reflect.Zero(kt).OverflowInt(n) {
			return reflect.Value{}, &json.UnmarshalTypeError{Value: "number", Type: kt}
		}
		return reflect.ValueOf(n).Convert(kt), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(key, 10, 64)
		if err != nil || reflect.Zero(kt).OverflowUint(n) {
			return reflect.Value{}, &json.UnmarshalTypeError{Value: "number", Type: kt}
		}
		return reflect.ValueOf(n).Convert(kt), nil
	}
	return reflect.Value{}, &json.UnmarshalTypeError{Value: "object", Type: kt}
}

func decInterface(d *state, v reflect.Value) error {
	c := d.peek()
	if c == 'n' {
		v.SetZero()
		return d.literal("null")
	}
	if v.NumMethod() > 0 {
		return d.typeError(c, v.Type())
	}
	x, err := d.anyValue()
	if err != nil {
		return err
	}
	if x != nil {
		v.Set(reflect.ValueOf(x))
	} else {
		v.SetZero()
	}
	return nil
}

// anyValue builds what encoding/json builds for an any.
func (d *state) anyValue() (any, error) {
	switch c := d.peek(); c {
	case '{':
		if err := d.enter(); err != nil {
			return nil, err
		}
		d.i++
		m := map[string]any{}
		if d.peek() == '}' {
			d.i++
			d.leave()
			return m, nil
		}
		for {
			if d.peek() != '"' {
				return nil, errSyntax
			}
			key, err := d.str()
			if err != nil {
				return nil, err
			}
			k := string(key)
			if d.peek() != ':' {
				return nil, errSyntax
			}
			d.i++
			x, err := d.anyValue()
			if err != nil {
				return nil, at(err, k)
			}
			m[k] = x
			switch d.peek() {
			case ',':
				d.i++
			case '}':
				d.i++
				d.leave()
				return m, nil
			default:
				return nil, errSyntax
			}
		}
	case '[':
		if err := d.enter(); err != nil {
			return nil, err
		}
		d.i++
		s := []any{}
		if d.peek() == ']' {
			d.i++
			d.leave()
			return s, nil
		}
		for {
			x, err := d.anyValue()
			if err != nil {
				return nil, at(err, index(len(s)))
			}
			s = append(s, x)
			switch d.peek() {
			case ',':
				d.i++
			case ']':
				d.i++
				d.leave()
				return s, nil
			default:
				return nil, errSyntax
			}
		}
	case '"':
		s, err := d.str()
		return string(s), err
	case 't':
		return true, d.literal("true")
	case 'f':
		return false, d.literal("false")
	case 'n':
		return nil, d.literal("null")
	default:
		lit, err := d.number()
		if err != nil {
			return nil, err
		}
		f, err := strconv.ParseFloat(string(lit), 64)
		if err != nil {
			return nil, d.typeError(c, reflect.TypeFor[float64]())
		}
		return f, nil
	}
}

// scalar reads a scalar for a number or bool field: the literal of a JSON
// number (or true/false), or the trimmed text of a JSON string. null is
// reported as ok=false with no error; objects and lists are type errors.
func (d *state) scalar(t reflect.Type) (text []byte, quoted, ok bool, err error) {
	switch c := d.peek(); c {
	case '"':
		s, err := d.str()
		return bytes.TrimSpace(s), true, err == nil, err
	case 't':
		return []byte("true"), false, true, d.literal("true")
	case 'f':
		return []byte("false"), false, true, d.literal("false")
	case 'n':
		return nil, false, false, d.literal("null")
	case '{', '[':
		return nil, false, false, d.typeError(c, t)
	default:
		lit, err := d.number()
		return lit, false, err == nil, err
	}
}

func decInt(d *state, v reflect.Value) error {
	c := d.peek()
	text, quoted, ok, err := d.scalar(v.Type())
	if !ok || err != nil || len(text) == 0 {
		return err // null and "" leave the zero value
	}
	n, good := intOf(text, quoted)
	if !good || v.OverflowInt(n) {
		return d.typeError(c, v.Type())
	}
	v.SetInt(n)
	return nil
}

func decUint(d *state, v reflect.Value) error {
	c := d.peek()
	text, quoted, ok, err := d.scalar(v.Type())
	if !ok || err != nil || len(text) == 0 {
		return err
	}
	if u, err := strconv.ParseUint(string(text), 10, 64); err == nil && isNumber(text) {
		if v.OverflowUint(u) {
			return d.typeError(c, v.Type())
		}
		v.SetUint(u)
		return nil
	}
	n, good := intOf(text, quoted)
	if !good || n < 0 || v.OverflowUint(uint64(n)) {
		return d.typeError(c, v.Type())
	}
	v.SetUint(uint64(n))
	return nil
}

// intOf reads an integer: a JSON number that is whole (5, 5.0, 1e3, the
// last two below 2^53 where float64 is exact), or true/false as 1/0.
func intOf(b []byte, quoted bool) (int64, bool) {
	if !quoted {
		switch string(b) {
		case "true":
			return 1, true
		case "false":
			return 0, true
		}
	}
	// Fast path: up to 18 digits cannot overflow.
	neg, digits := false, b
	if len(digits) > 0 && digits[0] == '-' {
		neg, digits = true, digits[1:]
	}
	if n := len(digits); n > 0 && n <= 18 && (digits[0] != '0' || n == 1) {
		var x int64
		for _, c := range digits {
			if c < '0' || c > '9' {
				x = -1
				break
			}
			x = x*10 + int64(c-'0')
		}
		if x >= 0 {
			if neg {
				x = -x
			}
			return x, true
		}
	}
	if !isNumber(b) {
		return 0, false
	}
	if n, err := strconv.ParseInt(string(b), 10, 64); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return int64(f), true
	}
	return 0, false
}

func decFloat(d *state, v reflect.Value) error {
	c := d.peek()
	text, quoted, ok, err := d.scalar(v.Type())
	if !ok || err != nil || len(text) == 0 {
		return err
	}
	if !quoted {
		switch string(text) {
		case "true":
			v.SetFloat(1)
			return nil
		case "false":
			v.SetFloat(0)
			return nil
		}
	}
	if !isNumber(text) {
		return d.typeError(c, v.Type())
	}
	f, err := strconv.ParseFloat(string(text), v.Type().Bits())
	if err != nil || v.OverflowFloat(f) {
		return d.typeError(c, v.Type())
	}
	v.SetFloat(f)
	return nil
}

func decBool(d *state, v reflect.Value) error {
	c := d.peek()
	text, quoted, ok, err := d.scalar(v.Type())
	if !ok || err != nil {
		return err
	}
	if b, good := boolOf(text, quoted); good {
		v.SetBool(b)
		return nil
	}
	return d.typeError(c, v.Type())
}

// boolOf reads true/false, the numbers 1 and 0, and the strings "true",
// "1", "yes", "on", "false", "0", "no", "off" and "" in any case.
func boolOf(b []byte, quoted bool) (bool, bool) {
	if !quoted {
		switch string(b) {
		case "true", "1":
			return true, true
		case "false", "0":
			return false, true
		}
		return false, false
	}
	if len(b) > 5 {
		return false, false
	}
	var low [5]byte
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	switch string(low[:len(b)]) {
	case "true", "1", "yes", "on":
		return true, true
	case "false", "0", "no", "off", "":
		return false, true
	}
	return false, false
}

func decString(d *state, v reflect.Value) error {
	switch c := d.peek(); c {
	case '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		v.SetString(string(s))
		return nil
	case 'n':
		return d.literal("null")
	case 't':
		v.SetString("true")
		return d.literal("true")
	case 'f':
		v.SetString("false")
		return d.literal("false")
	case '{', '[':
		return d.typeError(c, v.Type())
	default:
		lit, err := d.number()
		if err != nil {
			return err
		}
		v.SetString(string(lit))
		return nil
	}
}

// decTime reads a time.Time field in any form timefmt knows; "" and the
// zero dates leave it zero.
func decTime(d *state, v reflect.Value) error {
	switch c := d.peek(); c {
	case '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		t, err := timefmt.ParseBytes(s)
		if err != nil {
			return &FieldError{Err: err}
		}
		*v.Addr().Interface().(*time.Time) = t
		return nil
	case 'n':
		return d.literal("null")
	default:
		return d.typeError(c, v.Type())
	}
}
