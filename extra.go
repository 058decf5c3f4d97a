package ecomkit

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Extra holds the JSON fields of an object that its Go model does not
// declare, so that nothing a server sends is lost. Keys are JSON names;
// values are the raw JSON as received.
type Extra map[string]json.RawMessage

// Lenient holds a field whose shape changed between versions of an API (an
// order's shipping sent as an object by one version and as a bare number by
// an older one). It decodes into Value tolerantly, like every model field;
// when the value cannot be read as T at all, decoding does not fail the
// resource that holds it: Value stays zero, Valid reports false and Raw
// returns the JSON exactly as received, for the caller to interpret.
// Encoding sends Value, or the received JSON unchanged when it was not read.
type Lenient[T any] struct {
	Value T
	raw   json.RawMessage // the JSON received, when it could not be read
}

// Valid reports whether the value received was read into Value; a null or
// absent value is valid (and zero).
func (l Lenient[T]) Valid() bool { return l.raw == nil }

// Raw returns the JSON received when it could not be read into Value, and
// nil otherwise.
func (l Lenient[T]) Raw() json.RawMessage { return l.raw }

// UnmarshalJSON implements json.Unmarshaler. Only malformed JSON is an error.
func (l *Lenient[T]) UnmarshalJSON(b []byte) error {
	*l = Lenient[T]{}
	err := flex.Unmarshal(b, &l.Value)
	if err == nil {
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return err
	}
	*l = Lenient[T]{raw: bytes.Clone(bytes.TrimSpace(b))}
	return nil
}

// MarshalJSON implements json.Marshaler.
func (l Lenient[T]) MarshalJSON() ([]byte, error) {
	if l.raw != nil {
		return l.raw, nil
	}
	return json.Marshal(l.Value)
}
