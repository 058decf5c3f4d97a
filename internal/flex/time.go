package flex

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// layouts are tried in order; they cover every form the platform documents use.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	time.DateOnly,
	time.RFC1123Z,
	time.RFC1123,
}

// shortOffset matches a cut-off zone such as "+00:0" seen in real responses.
var shortOffset = regexp.MustCompile(`([+-]\d{2}):(\d)$`)

// ParseTime reads a timestamp in any supported form: RFC 3339 (with or
// without zone), "2006-01-02 15:04:05" with an optional zone, a date, or
// Unix seconds. A value with no zone is taken as UTC. "" gives the zero time.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "0000-00-00" || s == "0000-00-00 00:00:00" {
		return time.Time{}, nil
	}
	if isDigits(s) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("flex: %q is not a timestamp", s)
		}
		return unixAuto(n)
	}
	if m := shortOffset.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[3]] + ":0" + s[m[4]:]
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("flex: %q is not a timestamp in a known format", s)
}

// unixAuto reads n as Unix seconds, or milliseconds when it is too large to be
// seconds (after the year 5000). A time outside the years 1..9999 is an
// error: it could not be encoded again.
func unixAuto(n int64) (time.Time, error) {
	var t time.Time
	if n > 95617584000 || n < -95617584000 {
		t = time.UnixMilli(n).UTC()
	} else {
		t = time.Unix(n, 0).UTC()
	}
	if y := t.Year(); y < 1 || y > 9999 {
		return time.Time{}, fmt.Errorf("flex: Unix time %d is outside the years 1..9999", n)
	}
	return t, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func decodeTime(b []byte) (time.Time, error) {
	b = bytes.TrimSpace(b)
	s, isStr, err := scalarText(b)
	if err != nil {
		return time.Time{}, err
	}
	if !isStr && (s == "null" || s == "false") {
		return time.Time{}, nil
	}
	if !isStr {
		// A JSON number: Unix seconds, possibly with a fraction.
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Abs(f) > 1e15 {
			return time.Time{}, fmt.Errorf("flex: cannot read %s as a timestamp", truncate(b))
		}
		if f == math.Trunc(f) {
			return unixAuto(int64(f))
		}
		sec, frac := math.Modf(f)
		t, err := unixAuto(int64(sec))
		return t.Add(time.Duration(frac * 1e9)), err
	}
	return ParseTime(s)
}

// Time is a timestamp that decodes from every supported form (see ParseTime),
// with null and "" as the zero time. It encodes as RFC 3339 (with fractional
// seconds only when it has them), or null when zero.
type Time struct{ time.Time }

// UnmarshalJSON implements json.Unmarshaler.
func (t *Time) UnmarshalJSON(b []byte) error {
	v, err := decodeTime(b)
	t.Time = v
	return err
}

// MarshalJSON implements json.Marshaler.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + t.Format(time.RFC3339Nano) + `"`), nil
}

// UnixTime is a timestamp that the API sends and takes as integer Unix
// seconds. It decodes from every form Time does and encodes as seconds (null
// when zero).
type UnixTime struct{ time.Time }

// UnmarshalJSON implements json.Unmarshaler.
func (t *UnixTime) UnmarshalJSON(b []byte) error {
	v, err := decodeTime(b)
	t.Time = v
	return err
}

// MarshalJSON implements json.Marshaler.
func (t UnixTime) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return strconv.AppendInt(nil, t.Unix(), 10), nil
}

// Date is a calendar date (YYYY-MM-DD). It decodes from every form Time does
// and encodes as "YYYY-MM-DD" (null when zero).
type Date struct{ time.Time }

// UnmarshalJSON implements json.Unmarshaler.
func (d *Date) UnmarshalJSON(b []byte) error {
	v, err := decodeTime(b)
	d.Time = v
	return err
}

// MarshalJSON implements json.Marshaler.
func (d Date) MarshalJSON() ([]byte, error) {
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
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}
