// Package timefmt parses the timestamp forms the platform APIs send. It is
// shared by the public time types and the tolerant decoding engine.
package timefmt

import (
	"bytes"
	"fmt"
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

// Parse reads a timestamp in any supported form: RFC 3339 (with or
// without zone), "2006-01-02 15:04:05" with an optional zone, a date, or
// Unix seconds. A value with no zone is taken as UTC. "" gives the zero time.
func Parse(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, ok := fast(s); ok {
		return t, nil
	}
	return slow(s)
}

// ParseBytes is Parse for the bytes of a JSON string; the common forms
// cost no allocation.
func ParseBytes(b []byte) (time.Time, error) {
	b = bytes.TrimSpace(b)
	if t, ok := fast(b); ok {
		return t, nil
	}
	return slow(string(b))
}

// Quoted reads the JSON string b (quotes included) when it holds one of
// the common forms fast reads and nothing to unescape or trim; ok false
// leaves it to the general path.
func Quoted(b []byte) (t time.Time, ok bool) {
	n := len(b)
	if n < 12 || b[0] != '"' || b[n-1] != '"' || b[1] == ' ' || b[n-2] == ' ' {
		return time.Time{}, false
	}
	return fast(b[1 : n-1])
}

// slow tries every layout; it decides every form fast leaves to it.
func slow(s string) (time.Time, error) {
	if s == "" || s == "0000-00-00" || s == "0000-00-00 00:00:00" {
		return time.Time{}, nil
	}
	if isDigits(s) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a timestamp", s)
		}
		return Unix(n)
	}
	if n := len(s); n >= 5 && (s[n-5] == '+' || s[n-5] == '-') && isDigit(s[n-4]) && isDigit(s[n-3]) && s[n-2] == ':' && isDigit(s[n-1]) {
		s += "0" // a cut-off zone such as "+00:0" seen in real responses
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a timestamp in a known format", s)
}

// fast reads the forms APIs send most, "2006-01-02", "2006-01-02T15:04:05"
// or with a space, optional fraction, and a zone "Z", "+01:00", "+0100",
// " +0100" or the cut-off "+01:0", giving exactly what slow gives (the
// same instant and location). It declines (ok false) anything else or out
// of range, for slow to decide.
func fast[S string | []byte](s S) (t time.Time, ok bool) {
	n := len(s)
	if n < 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	year, ok1 := num(s[0:4])
	month, ok2 := num(s[5:7])
	day, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 || year == 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) {
		return time.Time{}, false
	}
	if n == 10 {
		return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), true
	}
	if n < 19 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	hour, ok1 := num(s[11:13])
	minute, ok2 := num(s[14:16])
	sec, ok3 := num(s[17:19])
	if !ok1 || !ok2 || !ok3 || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	i, nsec := 19, 0
	if i < n && s[i] == '.' {
		j := i + 1
		for j < n && isDigit(s[j]) {
			j++
		}
		digits := j - i - 1
		if digits == 0 || digits > 9 {
			return time.Time{}, false
		}
		for k := i + 1; k < j; k++ {
			nsec = nsec*10 + int(s[k]-'0')
		}
		for k := digits; k < 9; k++ {
			nsec *= 10
		}
		i = j
	}
	utc := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC)
	rest := s[i:]
	if len(rest) == 0 || len(rest) == 1 && rest[0] == 'Z' {
		return utc, true
	}
	if rest[0] == ' ' && s[10] == ' ' {
		rest = rest[1:] // "2006-01-02 15:04:05 -0700"
	}
	if len(rest) < 5 || (rest[0] != '+' && rest[0] != '-') {
		return time.Time{}, false
	}
	zh, okh := num(rest[1:3])
	var zm int
	var okm bool
	switch {
	case len(rest) == 6 && rest[3] == ':': // +01:00
		zm, okm = num(rest[4:6])
	case len(rest) == 5 && rest[3] == ':': // +01:0, cut off
		zm, okm = num(rest[4:5])
		zm *= 10
	case len(rest) == 5 && s[10] == 'T' || len(rest) == 5 && i < n && s[i] == ' ': // +0100
		zm, okm = num(rest[3:5])
	}
	if !okh || !okm || zh > 23 || zm > 59 {
		return time.Time{}, false
	}
	off := (zh*60 + zm) * 60
	if rest[0] == '-' {
		off = -off
	}
	t = utc.Add(-time.Duration(off) * time.Second)
	// time.Parse uses the local zone when it has this offset at that
	// instant, a fixed zone otherwise; do the same so results are equal.
	if _, lo := t.In(time.Local).Zone(); lo == off {
		return t.In(time.Local), true
	}
	return t.In(time.FixedZone("", off)), true
}

func num[S string | []byte](s S) (int, bool) {
	x := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		x = x*10 + int(s[i]-'0')
	}
	return x, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Unix reads n as Unix seconds, or milliseconds when it is too large to be
// seconds (after the year 5000). A time outside the years 1..9999 is an
// error: it could not be encoded again.
func Unix(n int64) (time.Time, error) {
	var t time.Time
	if n > 95617584000 || n < -95617584000 {
		t = time.UnixMilli(n).UTC()
	} else {
		t = time.Unix(n, 0).UTC()
	}
	if y := t.Year(); y < 1 || y > 9999 {
		return time.Time{}, fmt.Errorf("Unix time %d is outside the years 1..9999", n)
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
