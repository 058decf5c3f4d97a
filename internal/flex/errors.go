package flex

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FieldError is a value that could not be read, with the path of the
// field that held it ("lines[1].qty"). Its Unwrap gives the cause: a
// *json.UnmarshalTypeError when the JSON type could not be converted to the
// field's type without loss, or the error of the type's own UnmarshalJSON.
type FieldError struct {
	segs []string // innermost first
	Err  error
}

// Path is the dotted path of the field, as the JSON names it.
func (e *FieldError) Path() string {
	var b strings.Builder
	for i := len(e.segs) - 1; i >= 0; i-- {
		s := e.segs[i]
		if (s == "" || s[0] != '[') && b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s)
	}
	return b.String()
}

// Error says which field held the value and why it could not be read, in
// the API's field names, never the Go type names of the decoder.
func (e *FieldError) Error() string {
	msg := e.Err.Error()
	var ute *json.UnmarshalTypeError
	if errors.As(e.Err, &ute) && ute == e.Err {
		msg = "cannot read " + article(ute.Value) + " as " + typeName(ute.Type)
	}
	if len(e.segs) == 0 {
		return msg
	}
	return "field " + strconv.Quote(e.Path()) + ": " + msg
}

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// at adds a path segment (a field name, or "[i]" for an element) to err as
// it travels up; only failing decodes pay for it.
func at(err error, seg string) error {
	if err == errSyntax {
		return err
	}
	fe, ok := err.(*FieldError)
	if !ok {
		fe = &FieldError{Err: err}
	}
	fe.segs = append(fe.segs, seg)
	if ute, ok := fe.Err.(*json.UnmarshalTypeError); ok {
		ute.Field = fe.Path()
	}
	return fe
}

func index(i int) string { return "[" + strconv.Itoa(i) + "]" }

// typeError is a JSON value (starting with c) of a kind that t cannot hold
// without loss. The value itself is not quoted: it may be a credential.
func (d *state) typeError(c byte, t reflect.Type) error {
	return &FieldError{Err: &json.UnmarshalTypeError{Value: kindOf(c), Type: t, Offset: int64(d.i)}}
}

// kindOf names the JSON kind starting with c, as encoding/json does.
func kindOf(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

func article(kind string) string {
	switch kind {
	case "object":
		return "an object"
	case "array":
		return "a list"
	case "bool":
		return "a boolean"
	case "null":
		return "null"
	case "string":
		return "a string"
	}
	return "a number"
}

// typeName names t for a user: its own name when exported (int64,
// ecomkit.Decimal), its kind otherwise (the unexported aliases models
// decode through, such as plain, would mean nothing to a reader).
func typeName(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	if name := t.Name(); name != "" {
		r, _ := utf8.DecodeRuneInString(name)
		if t.PkgPath() == "" || unicode.IsUpper(r) {
			return t.String()
		}
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Pointer:
		return typeName(t.Elem())
	}
	return t.Kind().String()
}
