package ecomkit

import (
	"fmt"
	"log/slog"
)

// Secret is a credential held in a model (a webhook secret, a password, a
// session token). It travels in JSON as the plain string, so a model
// marshalled and read back keeps it, but every fmt verb and log/slog
// handler prints it as "REDACTED": alone, as a field of a struct printed
// with fmt or the text handler, as a map value, through a pointer.
// Convert it with string(s) where the value itself is needed.
//
// Two paths cannot be closed here. slog.NewJSONHandler encodes a whole
// struct with encoding/json, which must keep the wire value: log a model's
// fields, not the struct whole. And fmt prints a pointer nested inside
// another value raw for %s, %q and %t (its bad-verb path skips every
// method): print models with %v or %+v.
type Secret string

// String returns "REDACTED", or "" when the secret is empty.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "REDACTED"
}

// Format prints String for every verb (%v %s %q %x %d %t ...): without it,
// verbs that do not use String (%d, %t) would print the value itself.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'q' || (verb == 'v' && f.Flag('#')) {
		_, _ = fmt.Fprintf(f, "%q", s.String())
		return
	}
	_, _ = fmt.Fprint(f, s.String())
}

// GoString keeps %#v from printing the secret.
func (s Secret) GoString() string { return `"` + s.String() + `"` }

// LogValue keeps log/slog from printing the secret.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }
