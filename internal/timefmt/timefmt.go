// Package timefmt parses the timestamp forms the platform APIs send. It is
// shared by the public time types and the tolerant decoding engine.
package timefmt

import (
	"fmt"
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

// Parse reads a timestamp in any supported form: RFC 3339 (with or
// without zone), "2006-01-02 15:04:05" with an optional zone, a date, or
// Unix seconds. A value with no zone is taken as UTC. "" gives the zero time.
func Parse(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
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
	if m := shortOffset.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[3]] + ":0" + s[m[4]:]
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a timestamp in a known format", s)
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
