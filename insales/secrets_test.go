package insales_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

const planted = "planted-password-5f3c9a"

// The password never shows in a formatted value, an error or a log line,
// whatever the verb or handler.
func TestThePasswordNeverLeaks(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnprocessableEntity)
		// A server echoing the credentials back must not carry them out.
		_, _ = fmt.Fprintf(w, `{"base": ["bad auth %s"], "message": "%s"}`, planted, r.Header.Get("Authorization"))
	}))
	defer srv.Close()
	var logs bytes.Buffer
	c, err := insales.NewClient("myshop", "app", planted, insales.WithBaseURL(srv.URL), insales.WithRetry(0),
		insales.WithLogger(slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	require.NoError(t, err)
	_, callErr := c.Products.Get(context.Background(), 1)
	require.Error(t, callErr)
	basic := base64.StdEncoding.EncodeToString([]byte("app:" + planted))

	values := map[string]any{"*Client": c, "Client": *c, "Products": c.Products, "*Products": *c.Products,
		"Variants": c.Variants, "limiter": c.RateLimiter(), "error": callErr, "struct": struct{ C *insales.Client }{c}}
	for name, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"} {
			out := fmt.Sprintf(verb, v)
			for _, secret := range []string{planted, fmt.Sprintf("%x", planted), fmt.Sprintf("%X", planted), basic} {
				assert.NotContains(t, out, secret, "%s with %s", name, verb)
			}
		}
	}
	assert.NotContains(t, logs.String(), planted)
	assert.NotContains(t, logs.String(), basic)
	assert.NotEmpty(t, logs.String(), "the call was logged")

	_, err = insales.NewClient("myshop", "app:"+planted, "pw")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), planted)
	_, err = insales.NewClient(planted+"@shop", "app", "pw")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), planted)
}
