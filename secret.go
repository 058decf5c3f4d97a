package ecomkit

import "log/slog"

// Secret is a credential held in a model (a webhook secret, a password). It
// travels in JSON as the plain string, but fmt and log/slog print it as
// "REDACTED", so logging or printing a model never leaks it. Convert it
// with string(s) where the value itself is needed.
type Secret string

// String returns "REDACTED", or "" when the secret is empty.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "REDACTED"
}

// GoString keeps %#v from printing the secret.
func (s Secret) GoString() string { return `"` + s.String() + `"` }

// LogValue keeps log/slog from printing the secret.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }
