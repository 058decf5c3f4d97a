package ecomkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Int is an integer that decodes from 5, 5.0, "5", "" and null (the last two
// as 0). It encodes as a JSON number.
type Int int64

// UnmarshalJSON implements json.Unmarshaler.
func (i *Int) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	s, isStr, err := scalarText(b)
	if err != nil {
		return err
	}
	if s == "" || (!isStr && s == "null") {
		*i = 0
		return nil
	}
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
		*i = map[bool]Int{true: 1, false: 0}[s == "true"]
		return nil
	}
	return fmt.Errorf("ecomkit: cannot read %s as an integer", truncate(b))
}

// Int64 returns i as an int64.
func (i Int) Int64() int64 { return int64(i) }

// Bool is a boolean that decodes from true, "true", 1, "1", "yes", "on" and
// their negatives; "" and null read as false. It encodes as a JSON boolean.
type Bool bool

// UnmarshalJSON implements json.Unmarshaler.
func (v *Bool) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	s, isStr, err := scalarText(b)
	if err != nil {
		return err
	}
	switch strings.ToLower(s) {
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
// string, the literal otherwise. Objects and arrays are refused.
func scalarText(b []byte) (text string, isString bool, err error) {
	if len(b) == 0 {
		return "", false, nil
	}
	switch b[0] {
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return "", true, err
		}
		return strings.TrimSpace(s), true, nil
	case '{', '[':
		return "", false, fmt.Errorf("ecomkit: expected a scalar, got %s", truncate(b))
	}
	return string(b), false, nil
}
