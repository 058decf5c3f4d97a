package ecomkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSecretNeverPrinted(t *testing.T) {
	type hook struct {
		URL    string `json:"url"`
		Secret Secret `json:"secret"`
	}
	h := hook{URL: "https://x.test", Secret: "s3cr3t-value"}
	for _, text := range []string{fmt.Sprint(h), fmt.Sprintf("%+v", h), fmt.Sprintf("%#v", h), fmt.Sprintf("%v", &h), fmt.Sprint(h.Secret)} {
		assert.NotContains(t, text, "s3cr3t-value")
		assert.Contains(t, text, "REDACTED")
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("hook", "secret", h.Secret, "hook", h)
	assert.NotContains(t, buf.String(), "s3cr3t-value")

	b, err := json.Marshal(h)
	require.NoError(t, err)
	assert.JSONEq(t, `{"url":"https://x.test","secret":"s3cr3t-value"}`, string(b), "the API still gets the value")
	var back hook
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, "s3cr3t-value", string(back.Secret))
	assert.Equal(t, "", Secret("").String())
}

// Every fmt verb, alone, as a field, a map value, through a pointer, in a
// slice; and every slog handler for the secret itself, a pointer to it, a
// group and a text-handled struct.
func TestSecretRedactedByEveryVerbAndHandler(t *testing.T) {
	const plain = "sk_live_PLANTED_9f8e7d"
	s := Secret(plain)
	type model struct {
		Name  string
		Token Secret
		Ptr   *Secret
	}
	m := model{Name: "n", Token: s, Ptr: &s}
	// Not covered, by fmt's design: %s, %q or %t of a value holding a
	// *pointer to* a struct with a Secret (fmt's bad-verb path prints it raw,
	// bypassing every method); %v, %+v, %#v, %x and %d are safe there too.
	values := []any{s, &s, m, &m, map[string]Secret{"k": s}, map[string]any{"k": s}, []Secret{s}, struct{ M model }{m}}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%t", "%d", "%10s", "%-5q", "%08v", "%#x"}
	for _, v := range values {
		for _, verb := range verbs {
			out := fmt.Sprintf(verb, v)
			assert.NotContains(t, out, plain, "%s of %T", verb, v)
			assert.NotContains(t, out, fmt.Sprintf("%x", plain), "%s of %T (hex)", verb, v)
			assert.NotContains(t, out, "115 107 95", "%s of %T (bytes)", verb, v)
		}
	}
	assert.Equal(t, "REDACTED", fmt.Sprintf("%d", s))
	assert.Equal(t, `"REDACTED"`, fmt.Sprintf("%q", s))
	assert.Equal(t, `"REDACTED"`, fmt.Sprintf("%#v", s))
	assert.Equal(t, "", fmt.Sprintf("%v", Secret("")))

	for name, handler := range map[string]func(*bytes.Buffer) slog.Handler{
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
	} {
		var buf bytes.Buffer
		l := slog.New(handler(&buf))
		l.Info("x", "secret", s, "ptr", &s, slog.Group("g", "secret", s), slog.Any("any", s))
		l.With("secret", s).Info("with")
		assert.NotContains(t, buf.String(), plain, name)
		assert.Contains(t, buf.String(), "REDACTED", name)
		if name == "text" {
			buf.Reset()
			l.Info("x", "model", m, "map", map[string]Secret{"k": s})
			assert.NotContains(t, buf.String(), plain, "text handler formats composites with fmt")
		}
	}

	// The wire value stays: JSON round trips keep the secret.
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var back model
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, plain, string(back.Token))
	assert.Equal(t, plain, string(*back.Ptr))
}
