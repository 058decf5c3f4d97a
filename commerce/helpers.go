package commerce

import (
	"strings"

	"github.com/ecomkit/ecomkit-go"
)

// dec returns a pointer to a copy of d, for an amount the platform sends.
func dec(d ecomkit.Decimal) *ecomkit.Decimal { return &d }

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

// fullName joins the parts that are not empty with one space.
func fullName(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}
