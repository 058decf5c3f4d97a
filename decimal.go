package ecomkit

import (
	"bytes"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Decimal is an exact decimal number for money and quantities. It keeps the
// digits and scale the API sent ("300.0" stays "300.0"; only forms JSON
// lacks are rewritten, "+05" as "5"), accepts both a JSON number and a JSON
// string, and never passes through float64. The zero value is 0.
type Decimal struct {
	text string // canonical decimal literal; "" means zero
}

// ParseDecimal parses s ("12", "-3.50", "1e3", " 9.90 ") into a Decimal.
// It refuses anything that is not a finite decimal number.
func ParseDecimal(s string) (Decimal, error) {
	t := strings.TrimSpace(s)
	if !validDecimal(t) {
		return Decimal{}, fmt.Errorf("ecomkit: %q is not a decimal number", s)
	}
	return Decimal{text: jsonNumber(t)}, nil
}

// MustDecimal is ParseDecimal for constants; it panics on invalid input, so
// use it only with literals written in code.
func MustDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DecimalFromInt returns the Decimal for an integer amount.
func DecimalFromInt(n int64) Decimal { return Decimal{text: strconv.FormatInt(n, 10)} }

// String returns the decimal text as received or parsed ("0" for the zero value).
func (d Decimal) String() string {
	if d.text == "" {
		return "0"
	}
	return d.text
}

// IsZero reports whether d equals zero ("0", "0.00", the zero value).
func (d Decimal) IsZero() bool { return d.Rat().Sign() == 0 }

// Rat returns d as an exact rational number for arithmetic.
func (d Decimal) Rat() *big.Rat {
	r, ok := new(big.Rat).SetString(d.String())
	if !ok {
		return new(big.Rat)
	}
	return r
}

// Cmp compares d and e numerically: -1 if d < e, 0 if equal, +1 if d > e.
// "1.50" and "1.5" are equal.
func (d Decimal) Cmp(e Decimal) int { return d.Rat().Cmp(e.Rat()) }

// Float64 returns the nearest float64, for display or statistics only.
func (d Decimal) Float64() float64 {
	f, _ := d.Rat().Float64()
	return f
}

// MarshalJSON writes the decimal as a JSON number with its exact text.
func (d Decimal) MarshalJSON() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalJSON accepts 9.9, "9.90", " 9.90 ", null and "" (both zero).
func (d *Decimal) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if isNull(b) {
		*d = Decimal{}
		return nil
	}
	s := b
	if b[0] == '"' {
		u, err := flex.Unquote(b)
		if err != nil {
			return fmt.Errorf("ecomkit: cannot read %s as a decimal number", truncate(b))
		}
		s = bytes.TrimSpace(u)
		if len(s) == 0 {
			*d = Decimal{}
			return nil
		}
		// Some APIs format money with a decimal comma ("40,73"); a lone comma
		// with no dot is read as the decimal separator.
		if bytes.Count(s, []byte(",")) == 1 && bytes.IndexByte(s, '.') < 0 {
			s = bytes.Replace(s, []byte(","), []byte("."), 1)
		}
	}
	if !validDecimal(s) {
		return fmt.Errorf("ecomkit: cannot read %s as a decimal number", truncate(b))
	}
	if flex.IsNumber(s) {
		d.text = string(s) // already JSON number syntax: one copy, no rewriting
		return nil
	}
	d.text = jsonNumber(string(s))
	return nil
}

// jsonNumber rewrites a valid decimal into JSON number syntax, keeping its
// digits and scale: "+05.50" becomes "5.50", ".5" becomes "0.5".
func jsonNumber(s string) string {
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		neg, s = true, s[1:]
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i:]
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	out := intPart
	if frac != "" {
		out += "." + frac
	}
	out += exp
	if neg {
		out = "-" + out
	}
	return out
}

// maxExponent bounds a decimal's exponent: money never needs more, and a
// huge one ("1e999999") would make every later computation slow.
const maxExponent = 1000

// validDecimal reports whether s is a decimal literal: an optional sign,
// digits with an optional point, and an optional exponent of at most
// maxExponent. It parses nothing, so any input is checked in linear time.
func validDecimal[S string | []byte](s S) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp, expDigits := 0, 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if exp = exp*10 + int(s[i]-'0'); exp > maxExponent {
				return false
			}
			expDigits++
		}
		if expDigits == 0 {
			return false
		}
	}
	return i == len(s)
}

func isNull(b []byte) bool { return len(b) == 0 || string(b) == "null" }

// truncate shortens a JSON value for an error message.
func truncate(b []byte) string {
	const max = 40
	if len(b) > max {
		return string(b[:max]) + "..."
	}
	return string(b)
}

// Add returns d + e, exactly. The result keeps the larger number of decimal
// places of the two ("9.90" + "0.1" is "10.00"), so sums of prices keep
// their scale; no rounding ever happens.
func (d Decimal) Add(e Decimal) Decimal {
	return fromRat(new(big.Rat).Add(d.Rat(), e.Rat()), max(d.scale(), e.scale()))
}

// Mul returns d × e, exactly (a line's quantity times its unit price). The
// result has as many decimal places as the two factors together, or fewer
// when trailing digits are zero beyond the larger factor's scale.
func (d Decimal) Mul(e Decimal) Decimal {
	return fromRat(new(big.Rat).Mul(d.Rat(), e.Rat()), max(d.scale(), e.scale()))
}

// scale is the number of decimal places d is written with ("9.90" has 2,
// "1e3" has 0, "1.5e-2" has 3).
func (d Decimal) scale() int {
	s := d.String()
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		exp, _ = strconv.Atoi(s[i+1:])
		s = s[:i]
	}
	frac := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		frac = len(s) - i - 1
	}
	return max(frac-exp, 0)
}

// fromRat formats r, a finite decimal, with at least minScale places and as
// many more as it needs to stay exact.
func fromRat(r *big.Rat, minScale int) Decimal {
	// A finite decimal's denominator is 2^a·5^b; max(a, b) places are exact.
	den := new(big.Int).Set(r.Denom())
	need := 0
	two, five, zero := big.NewInt(2), big.NewInt(5), new(big.Int)
	for _, p := range []*big.Int{two, five} {
		n, m := 0, new(big.Int)
		for {
			q, rem := new(big.Int).QuoRem(den, p, m)
			if rem.Cmp(zero) != 0 {
				break
			}
			den, n = q, n+1
		}
		need = max(need, n)
	}
	return Decimal{text: r.FloatString(max(need, minScale))}
}
