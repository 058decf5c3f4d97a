package ecomkit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go"
)

// A credential a server echoes in a field the model does not declare stays
// in Extra as received, but no fmt verb and no slog handler prints it.
func TestExtraNeverPrintsCredentialFields(t *testing.T) {
	const planted = "sess-9f8e7d6c5b"
	type model struct {
		ID    int64
		Extra ecomkit.Extra
	}
	m := model{ID: 7, Extra: ecomkit.Extra{
		"auth_key":      json.RawMessage(`"` + planted + `"`),
		"Access-Token":  json.RawMessage(`"` + planted + `"`),
		"api_key":       json.RawMessage(`"` + planted + `"`),
		"password_hash": json.RawMessage(`"` + planted + `"`),
		"nickname":      json.RawMessage(`"bob"`),
	}}
	for _, v := range []any{m, &m, m.Extra} {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
			out := fmt.Sprintf(verb, v)
			if strings.Contains(out, planted) || strings.Contains(out, fmt.Sprintf("%x", planted)) {
				t.Errorf("%s of %T prints the credential: %s", verb, v, out)
			}
		}
	}
	if got := fmt.Sprint(m.Extra); got != `map[Access-Token:REDACTED api_key:REDACTED auth_key:REDACTED nickname:"bob" password_hash:REDACTED]` {
		t.Errorf("Extra prints as %s", got)
	}
	var logs bytes.Buffer
	for _, h := range []slog.Handler{slog.NewJSONHandler(&logs, nil), slog.NewTextHandler(&logs, nil)} {
		slog.New(h).Info("got", "extra", m.Extra)
	}
	if strings.Contains(logs.String(), planted) || !strings.Contains(logs.String(), "bob") {
		t.Errorf("logs: %s", logs.String())
	}
	if string(m.Extra["auth_key"]) != `"`+planted+`"` {
		t.Error("the value itself must stay as received")
	}
}
