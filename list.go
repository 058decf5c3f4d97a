package ecomkit

import (
	"encoding/json"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// List is a slice that decodes from a JSON array (its elements tolerantly,
// as every model field), from null, "" or false (as empty), from an object
// keyed "0", "1", ... (as PHP backends send sparse arrays; in key order),
// from {} (as empty), and from a lone value where a list was documented
// (as a one-element list). It encodes as a JSON array.
type List[T any] []T

// UnmarshalJSON implements json.Unmarshaler.
func (l *List[T]) UnmarshalJSON(b []byte) error {
	return flex.Unmarshal(b, (*[]T)(l))
}

// MarshalJSON implements json.Marshaler; a nil List encodes as [].
func (l List[T]) MarshalJSON() ([]byte, error) {
	if l == nil {
		return []byte("[]"), nil
	}
	return json.Marshal([]T(l))
}

// Map is a string-keyed map that also decodes from [] (how PHP encodes an
// empty map), from a non-empty list (keyed "0", "1", ...), and from null,
// "" or false (as empty). Its values decode tolerantly.
type Map[V any] map[string]V

// UnmarshalJSON implements json.Unmarshaler.
func (m *Map[V]) UnmarshalJSON(b []byte) error {
	return flex.Unmarshal(b, (*map[string]V)(m))
}
