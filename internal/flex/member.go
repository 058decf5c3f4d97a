package flex

import (
	"encoding/json"
	"errors"
	"reflect"
)

// ErrNotObject is returned by UnmarshalMember for a body that is valid
// JSON but not an object.
var ErrNotObject = errors.New("the body is not a JSON object")

// UnmarshalMember decodes the member key of the JSON object data into v
// (a non-nil pointer) as Unmarshal does, in one pass: the other members
// are validated and skipped, never built. found is false when the object
// has no such member (v is then zeroed). It replaces decoding an envelope
// into a map of raw messages to take one of them.
func UnmarshalMember(data []byte, key string, v any) (found bool, err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false, &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	ev := rv.Elem()
	td := decoderFor(ev.Type())
	ev.SetZero()
	d := getState(data)
	defer putState(d)
	d.adopt()
	found, err = d.member(key, ev, td)
	if err = d.finish(err); err != nil {
		return false, err
	}
	return found, nil
}

func (d *state) member(key string, v reflect.Value, td *typeDec) (bool, error) {
	switch d.peek() {
	case '{':
	case '[', '"', 't', 'f', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if err := d.skip(); err != nil {
			return false, err
		}
		return false, ErrNotObject
	default:
		return false, errSyntax
	}
	if err := d.enter(); err != nil {
		return false, err
	}
	d.i++
	if d.peek() == '}' {
		d.i++
		d.leave()
		return false, nil
	}
	found := false
	for {
		if d.peek() != '"' {
			return false, errSyntax
		}
		k, err := d.str()
		if err != nil {
			return false, err
		}
		match := string(k) == key
		if d.peek() != ':' {
			return false, errSyntax
		}
		d.i++
		d.ws()
		if match {
			found = true
			v.SetZero()
			if err := td.fn(d, v); err != nil {
				return false, at(err, key)
			}
		} else if err := d.skipKnown(); err != nil {
			return false, err
		}
		switch d.peek() {
		case ',':
			d.i++
		case '}':
			d.i++
			d.leave()
			return found, nil
		default:
			return false, errSyntax
		}
	}
}
