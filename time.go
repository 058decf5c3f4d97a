package ecomkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/timefmt"
)

// ParseTime reads a timestamp in any form the APIs send: RFC 3339 (with or
// without a zone), "2006-01-02 15:04:05" with an optional zone, a date, or
// Unix seconds (milliseconds when too large for seconds). A value with no
// zone is taken as UTC; "" gives the zero time.
func ParseTime(s string) (time.Time, error) { return timefmt.Parse(s) }

func decodeTime(b []byte) (time.Time, error) {
	s, isStr, err := scalarBytes(b)
	if err != nil {
		return time.Time{}, err
	}
	if isStr {
		return timefmt.ParseBytes(s)
	}
	if string(s) == "null" || string(s) == "false" {
		return time.Time{}, nil
	}
	// A JSON number: Unix seconds, possibly with a fraction.
	if n, ok := smallInt(s); ok {
		return timefmt.Unix(n)
	}
	f, err := strconv.ParseFloat(string(s), 64)
	if err != nil || math.Abs(f) > 1e15 {
		return time.Time{}, fmt.Errorf("ecomkit: cannot read %s as a timestamp", truncate(b))
	}
	if f == math.Trunc(f) {
		return timefmt.Unix(int64(f))
	}
	sec, frac := math.Modf(f)
	t, err := timefmt.Unix(int64(sec))
	return t.Add(time.Duration(frac * 1e9)), err
}

// readTime decodes b for the three time types. A value that is valid JSON
// but not a timestamp ("2014-11-25T25:00:20+00:00" appears in an API's own
// documentation) is not an error: the time stays zero and raw keeps the
// value, so one bad field does not make a whole resource unreadable.
func readTime(b []byte) (t time.Time, raw string, err error) {
	if t, ok := timefmt.Quoted(b); ok {
		return t, "", nil // the common case: "2020-11-27T15:36:57+00:00"
	}
	b = bytes.TrimSpace(b)
	t, err = decodeTime(b)
	if err == nil {
		return t, "", nil
	}
	if emptyComposite(b) {
		return time.Time{}, "", nil // [] or {}: a PHP backend's "nothing"
	}
	if !json.Valid(b) {
		return time.Time{}, "", err
	}
	return time.Time{}, string(b), nil
}

// rawText is what Raw reports: a JSON string's content, any other JSON
// value as it arrived.
func rawText(raw string) string {
	if len(raw) > 0 && raw[0] == '"' {
		if s, err := flex.Unquote([]byte(raw)); err == nil {
			return string(s)
		}
	}
	return raw
}

// Time is a timestamp that decodes from every supported form (see ParseTime),
// with null and "" as the zero time. It encodes as RFC 3339 (with fractional
// seconds only when it has them), or null when zero.
//
// A value the API sends that is not a readable timestamp (such as
// "2014-11-25T25:00:20+00:00", hour 25) does not fail the resource that
// holds it: the Time stays zero, Valid reports false and Raw returns the
// text as sent; encoding it again sends that value back unchanged.
type Time struct {
	time.Time
	raw string // the JSON value as received, when it could not be read
}

// Valid reports whether the value received was read: false only when the
// API sent something that is not a timestamp (see Raw). A zero or absent
// time is valid.
func (t Time) Valid() bool { return t.raw == "" }

// Raw returns the value the API sent when it could not be read as a
// timestamp (a JSON string's text, another JSON value as it arrived), and
// "" otherwise.
func (t Time) Raw() string { return rawText(t.raw) }

// UnmarshalJSON implements json.Unmarshaler.
func (t *Time) UnmarshalJSON(b []byte) error {
	v, raw, err := readTime(b)
	*t = Time{Time: v, raw: raw}
	return err
}

// MarshalJSON implements json.Marshaler.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.raw != "" {
		return []byte(t.raw), nil
	}
	if t.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + t.Format(time.RFC3339Nano) + `"`), nil
}

// UnixTime is a timestamp that the API sends and takes as integer Unix
// seconds. It decodes from every form Time does and encodes as seconds (null
// when zero). An unreadable value is kept as Time keeps it (see Time.Raw).
type UnixTime struct {
	time.Time
	raw string
}

// Valid reports whether the value received was read (see Time.Valid).
func (t UnixTime) Valid() bool { return t.raw == "" }

// Raw returns the value the API sent when it could not be read, else "".
func (t UnixTime) Raw() string { return rawText(t.raw) }

// UnmarshalJSON implements json.Unmarshaler.
func (t *UnixTime) UnmarshalJSON(b []byte) error {
	v, raw, err := readTime(b)
	*t = UnixTime{Time: v, raw: raw}
	return err
}

// MarshalJSON implements json.Marshaler.
func (t UnixTime) MarshalJSON() ([]byte, error) {
	if t.raw != "" {
		return []byte(t.raw), nil
	}
	if t.IsZero() {
		return []byte("null"), nil
	}
	return strconv.AppendInt(nil, t.Unix(), 10), nil
}

// Date is a calendar date (YYYY-MM-DD). It decodes from every form Time does
// and encodes as "YYYY-MM-DD" (null when zero). An unreadable value is kept
// as Time keeps it (see Time.Raw).
type Date struct {
	time.Time
	raw string
}

// Valid reports whether the value received was read (see Time.Valid).
func (d Date) Valid() bool { return d.raw == "" }

// Raw returns the value the API sent when it could not be read, else "".
func (d Date) Raw() string { return rawText(d.raw) }

// UnmarshalJSON implements json.Unmarshaler.
func (d *Date) UnmarshalJSON(b []byte) error {
	v, raw, err := readTime(b)
	*d = Date{Time: v, raw: raw}
	return err
}

// MarshalJSON implements json.Marshaler.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.raw != "" {
		return []byte(d.raw), nil
	}
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.Format(time.DateOnly) + `"`), nil
}

// String returns the date as YYYY-MM-DD, or "" when zero.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// NewDate returns the Date for a calendar day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{Time: time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// emptyComposite reports [] or {}, with any whitespace inside.
func emptyComposite(b []byte) bool {
	if len(b) < 2 || !(b[0] == '[' && b[len(b)-1] == ']' || b[0] == '{' && b[len(b)-1] == '}') {
		return false
	}
	return len(bytes.TrimSpace(b[1:len(b)-1])) == 0
}
