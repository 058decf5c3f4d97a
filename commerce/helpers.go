package commerce

import (
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go"
)

// dec returns a pointer to a copy of d, for an amount the platform sends.
func dec(d ecomkit.Decimal) *ecomkit.Decimal { return &d }

// sent copies an amount the platform model keeps as a plain Decimal: nil
// when the API sent none (absent, null or ""), which decodes as the zero
// Decimal; a sent value, 0 included, keeps its text and so never equals it.
func sent(d ecomkit.Decimal) *ecomkit.Decimal {
	if d == (ecomkit.Decimal{}) {
		return nil
	}
	return &d
}

// unixTime turns Unix seconds into a Time; a value that was not readable
// stays unreadable, with the text the API sent (Time.Raw).
func unixTime(u ecomkit.UnixTime) ecomkit.Time {
	if u.Valid() {
		return ecomkit.Time{Time: u.Time}
	}
	var t ecomkit.Time
	if b, err := u.MarshalJSON(); err == nil { // the value as sent
		_ = t.UnmarshalJSON(b) // not a time: kept raw, without error
	}
	return t
}

// decOf copies an optional amount, so the normalized value never aliases
// the platform's model.
func decOf(d *ecomkit.Decimal) *ecomkit.Decimal {
	if d == nil {
		return nil
	}
	c := *d
	return &c
}

// str returns *s, or "" for nil.
func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// fullName joins the parts that are not blank with one space.
func fullName(parts ...string) string { return join(" ", parts...) }

// join joins the parts that are not blank with sep, each trimmed.
func join(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

// number writes an order number as text; "" when the API sent none (0).
func number(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}
