package ecomkit

import (
	"github.com/ecomkit/ecomkit-go/internal/timefmt"

	"bytes"
	"fmt"
	"math"
	"strconv"
	"time"
)

// ParseTime reads a timestamp in any form the APIs send: RFC 3339 (with or
// without a zone), "2006-01-02 15:04:05" with an optional zone, a date, or
// Unix seconds (milliseconds when too large for seconds). A value with no
// zone is taken as UTC; "" gives the zero time.
func ParseTime(s string) (time.Time, error) { return timefmt.Parse(s) }

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
			return time.Time{}, fmt.Errorf("ecomkit: cannot read %s as a timestamp", truncate(b))
		}
		if f == math.Trunc(f) {
			return timefmt.Unix(int64(f))
		}
		sec, frac := math.Modf(f)
		t, err := timefmt.Unix(int64(sec))
		return t.Add(time.Duration(frac * 1e9)), err
	}
	return timefmt.Parse(s)
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
