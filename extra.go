package ecomkit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// Extra holds the JSON fields of an object that its Go model does not
// declare, so that nothing a server sends is lost. Keys are JSON names;
// values are the raw JSON as received.
type Extra map[string]json.RawMessage

// Lenient holds a field whose shape changed between versions of an API (an
// order's shipping sent as an object by one version and as a bare number by
// an older one). It decodes into Value tolerantly, like every model field;
// when the value cannot be read as T at all, decoding does not fail the
// resource that holds it: Value stays zero, Valid reports false and Raw
// returns the JSON exactly as received, for the caller to interpret.
// Encoding sends Value, or the received JSON unchanged when it was not read.
type Lenient[T any] struct {
	Value T
	raw   json.RawMessage // the JSON received, when it could not be read
}

// Valid reports whether the value received was read into Value; a null or
// absent value is valid (and zero).
func (l Lenient[T]) Valid() bool { return l.raw == nil }

// Raw returns the JSON received when it could not be read into Value, and
// nil otherwise.
func (l Lenient[T]) Raw() json.RawMessage { return l.raw }

// UnmarshalJSON implements json.Unmarshaler. Only malformed JSON is an error.
func (l *Lenient[T]) UnmarshalJSON(b []byte) error {
	*l = Lenient[T]{}
	err := flex.Unmarshal(b, &l.Value)
	if err == nil {
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return err
	}
	*l = Lenient[T]{raw: bytes.Clone(bytes.TrimSpace(b))}
	return nil
}

// MarshalJSON implements json.Marshaler.
func (l Lenient[T]) MarshalJSON() ([]byte, error) {
	if l.raw != nil {
		return l.raw, nil
	}
	return json.Marshal(l.Value)
}

// Format prints e as a map of JSON texts in key order, for every verb, with
// the value of each field whose name marks a credential (it contains
// password, secret, token, auth_key, authkey, api_key, apikey, session or
// authorization, in any case) replaced by REDACTED: a server that echoes a
// session or a key the model does not declare must not leak it through fmt.
// The map itself keeps every value as received.
func (e Extra) Format(f fmt.State, _ rune) {
	var b strings.Builder
	b.WriteString("map[")
	for i, k := range e.keys() {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(k)
		b.WriteByte(':')
		b.WriteString(e.text(k))
	}
	b.WriteByte(']')
	_, _ = io.WriteString(f, b.String())
}

// LogValue logs e as a group of JSON texts, credentials REDACTED (see
// Format).
func (e Extra) LogValue() slog.Value {
	attrs := make([]slog.Attr, 0, len(e))
	for _, k := range e.keys() {
		attrs = append(attrs, slog.String(k, e.text(k)))
	}
	return slog.GroupValue(attrs...)
}

func (e Extra) keys() []string {
	keys := make([]string, 0, len(e))
	for k := range e {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// text is the JSON text of e[k], or REDACTED for a credential.
func (e Extra) text(k string) string {
	if isCredentialName(k) {
		return "REDACTED"
	}
	return string(e[k])
}

// isCredentialName reports whether a JSON field name marks a credential
// (see Format).
func isCredentialName(name string) bool {
	n := strings.ToLower(name)
	for _, w := range credentialWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

var credentialWords = []string{"password", "secret", "token", "auth_key", "authkey", "api_key", "apikey", "session", "authorization"}
