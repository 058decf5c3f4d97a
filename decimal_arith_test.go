package ecomkit_test

import (
	"testing"

	"github.com/ecomkit/ecomkit-go"
)

func TestDecimalAddIsExactAndKeepsScale(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"9.90", "0.1", "10.00"},
		{"0.1", "0.2", "0.3"},
		{"1e3", "0.5", "1000.5"},
		{"1.5e-2", "1", "1.015"},
		{"-3.50", "3.5", "0.00"},
		{"12345678901234567890.01", "0.09", "12345678901234567890.10"},
		{"0", "0", "0"},
	} {
		got := ecomkit.MustDecimal(c.a).Add(ecomkit.MustDecimal(c.b))
		if got.String() != c.want {
			t.Errorf("%s + %s = %s, want %s", c.a, c.b, got, c.want)
		}
	}
	var zero ecomkit.Decimal
	if got := zero.Add(ecomkit.MustDecimal("2.50")).String(); got != "2.50" {
		t.Errorf("zero + 2.50 = %s", got)
	}
}

func TestDecimalMulIsExact(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"3", "9.90", "29.70"},
		{"0.5", "0.5", "0.25"},
		{"1.5", "2.00", "3.00"},
		{"1e-3", "1e-3", "0.000001"},
		{"-2", "0.015", "-0.030"},
	} {
		got := ecomkit.MustDecimal(c.a).Mul(ecomkit.MustDecimal(c.b))
		if got.String() != c.want {
			t.Errorf("%s × %s = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}
