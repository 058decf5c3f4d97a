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
