package transport_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// A token a call carries in its path (Request.Redact) reaches neither the
// log lines nor the errors of that call.
func TestRequestRedactKeepsPathTokensOutOfLogsAndErrors(t *testing.T) {
	const token = "chk_0123456789abcdef"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnprocessableEntity)
		_, _ = w.Write([]byte(`{"message": "checkout ` + token + ` is closed"}`))
	}))
	defer srv.Close()
	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c, err := transport.New(transport.Settings{Platform: "test", BaseURL: srv.URL}, transport.WithLogger(logger), transport.WithRetry(0))
	require.NoError(t, err)

	_, err = c.Do(context.Background(), &transport.Request{Method: http.MethodPost, Path: "/checkouts/" + token + "/pay", Redact: []string{token}}, nil)
	var ae *transport.APIError
	require.True(t, errors.As(err, &ae))
	assert.NotContains(t, err.Error(), token)
	assert.NotContains(t, ae.URL, token)
	assert.NotContains(t, ae.Message, token)
	assert.NotContains(t, string(ae.Body), token)
	require.NotEmpty(t, logs.String(), "the attempt was logged")
	assert.NotContains(t, logs.String(), token)
	assert.Contains(t, logs.String(), "/checkouts/REDACTED/pay")

	// Without Redact the same path is logged as it is: the option does the work.
	logs.Reset()
	_, _ = c.Do(context.Background(), &transport.Request{Method: http.MethodPost, Path: "/checkouts/" + token + "/pay"}, nil)
	assert.Contains(t, logs.String(), token)
}
