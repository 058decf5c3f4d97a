package ecomkit

import (
	"bytes"
	"fmt"
	"math"
	"strconv"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Int is an integer that decodes from 5, 5.0, "5", "" and null (the last two
// as 0). It encodes as a JSON number.
type Int int64

// UnmarshalJSON implements json.Unmarshaler.
func (i *Int) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	t, isStr, err := scalarBytes(b)
	if err != nil {
		return err
	}
	if len(t) == 0 || (!isStr && string(t) == "null") {
		*i = 0
		return nil
	}
	if n, ok := smallInt(t); ok {
		*i = Int(n)
		return nil
	}
	s := string(t)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		*i = Int(n)
		return nil
	}
	// 5.0 or 1e3: accept when it is a whole number.
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		*i = Int(f)
		return nil
	}
	if s == "true" || s == "false" {
		*i = 0
		if s == "true" {
			*i = 1
		}
		return nil
	}
	return fmt.Errorf("ecomkit: cannot read %s as an integer", truncate(b))
}

// smallInt reads up to 18 decimal digits with an optional minus sign, the
// common case, without allocating; it cannot overflow.
func smallInt(b []byte) (int64, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// Int64 returns i as an int64.
func (i Int) Int64() int64 { return int64(i) }

// Bool is a boolean that decodes from true, "true", 1, "1", "yes", "on" and
// their negatives; "" and null read as false. It encodes as a JSON boolean.
type Bool bool

// UnmarshalJSON implements json.Unmarshaler.
func (v *Bool) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	t, isStr, err := scalarBytes(b)
	if err != nil {
		return err
	}
	var low [5]byte
	if len(t) > len(low) {
		return fmt.Errorf("ecomkit: cannot read %s as a boolean", truncate(b))
	}
	for i, c := range t {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	switch string(low[:len(t)]) {
	case "true", "1", "yes", "on", "y", "t":
		*v = true
	case "false", "0", "no", "off", "n", "f", "":
		*v = false
	case "null":
		if isStr {
			return fmt.Errorf("ecomkit: cannot read %s as a boolean", truncate(b))
		}
		*v = false
	default:
		return fmt.Errorf("ecomkit: cannot read %s as a boolean", truncate(b))
	}
	return nil
}

// String is a string that also accepts a JSON number or boolean (keeping its
// literal text, so the id 123 reads as "123") and null (as "").
type String string

// UnmarshalJSON implements json.Unmarshaler.
func (s *String) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	t, isStr, err := scalarText(b)
	if err != nil {
		return err
	}
	if !isStr && t == "null" {
		t = ""
	}
	*s = String(t)
	return nil
}

// scalarText returns the text of a JSON scalar: the decoded string for a JSON
// string (trimmed), the literal otherwise. Objects and arrays are refused.
func scalarText(b []byte) (text string, isString bool, err error) {
	t, isString, err := scalarBytes(b)
	return string(t), isString, err
}

// scalarBytes is scalarText without a copy: the bytes alias b when the
// string holds no escape.
func scalarBytes(b []byte) (text []byte, isString bool, err error) {
	if len(b) == 0 {
		return nil, false, nil
	}
	switch b[0] {
	case '"':
		s, err := flex.Unquote(b)
		if err != nil {
			return nil, true, fmt.Errorf("ecomkit: %s is not a JSON string", truncate(b))
		}
		return bytes.TrimSpace(s), true, nil
	case '{', '[':
		return nil, false, fmt.Errorf("ecomkit: expected a scalar, got %s", truncate(b))
	}
	return b, false, nil
}
