package transport_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// BasicAuthKey treats the user name as a credential: it is among the
// secrets scrubbed from errors and logs, beside the password and the
// encoded header value, and no verb prints any of them.
func TestBasicAuthKeyKeepsTheUserNameSecret(t *testing.T) {
	const key, pass = "app-key-31337", "pass-42424242"
	token := base64.StdEncoding.EncodeToString([]byte(key + ":" + pass))
	a := transport.BasicAuthKey(key, pass)
	want := map[string]bool{key: true, pass: true, token: true}
	got := a.Secrets()
	if len(got) != len(want) {
		t.Fatalf("Secrets() = %d values, want key, password and token", len(got))
	}
	for _, s := range got {
		if !want[s] {
			t.Errorf("unexpected secret of %d bytes", len(s))
		}
	}
	for _, s := range transport.BasicAuth(key, pass).Secrets() {
		if s == key {
			t.Error("BasicAuth treats the user name (an e-mail on MyCashflow) as a secret")
		}
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
		out := fmt.Sprintf(verb, a)
		for s := range want {
			if strings.Contains(out, s) {
				t.Errorf("%s prints a credential: %s", verb, out)
			}
		}
	}
}
