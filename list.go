package ecomkit

import (
	"github.com/ecomkit/ecomkit-go/internal/flex"

	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
)

// List is a slice that decodes its elements tolerantly (see Unmarshal) from a JSON array, from null, "" or false (as
// empty), and from an object keyed "0", "1", ... (as PHP backends send sparse
// arrays), in key order. It encodes as a JSON array.
type List[T any] []T

// UnmarshalJSON implements json.Unmarshaler.
func (l *List[T]) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || isNull(b) || string(b) == `""` || string(b) == "false" {
		*l = nil
		return nil
	}
	switch b[0] {
	case '[':
		var s []T
		if err := flex.Unmarshal(b, &s); err != nil {
			return err
		}
		*l = s
		return nil
	case '{':
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return err
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			if _, err := strconv.Atoi(k); err != nil {
				// Named keys: a lone object where a list was documented.
				return l.single(b)
			}
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			a, _ := strconv.Atoi(keys[i])
			c, _ := strconv.Atoi(keys[j])
			return a < c
		})
		s := make([]T, len(keys))
		for i, k := range keys {
			if err := flex.Unmarshal(m[k], &s[i]); err != nil {
				return fmt.Errorf("ecomkit: list element %q: %w", k, err)
			}
		}
		*l = s
		return nil
	}
	return l.single(b)
}

// single keeps a lone value where a list was documented as a one-element list.
func (l *List[T]) single(b []byte) error {
	var v T
	if err := flex.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("ecomkit: cannot read %s as a list: %w", truncate(b), err)
	}
	*l = List[T]{v}
	return nil
}

// MarshalJSON implements json.Marshaler; a nil List encodes as [].
func (l List[T]) MarshalJSON() ([]byte, error) {
	if l == nil {
		return []byte("[]"), nil
	}
	return json.Marshal([]T(l))
}

// Map is a string-keyed map that also decodes from [] (how PHP encodes an
// empty map), null and "" (all as empty).
type Map[V any] map[string]V

// UnmarshalJSON implements json.Unmarshaler.
func (m *Map[V]) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || isNull(b) || string(b) == `""` || string(b) == "false" {
		*m = nil
		return nil
	}
	if b[0] == '[' {
		var s []V
		if err := flex.Unmarshal(b, &s); err != nil {
			return err
		}
		if len(s) == 0 {
			*m = Map[V]{}
			return nil
		}
		out := make(Map[V], len(s))
		for i, v := range s {
			out[strconv.Itoa(i)] = v
		}
		*m = out
		return nil
	}
	var out map[string]V
	if err := flex.Unmarshal(b, &out); err != nil {
		return err
	}
	*m = out
	return nil
}
