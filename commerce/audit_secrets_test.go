package commerce_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/storefront"
)

// auditEchoServer answers every request 401 with a body and headers that
// echo back everything the client sent: its Authorization header (raw and
// decoded), its cookies, its URL with query and every other header.
func auditEchoServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		fmt.Fprintf(&b, "bad credentials for %s %s;", r.Method, r.URL.String())
		for k, vs := range r.Header {
			for _, v := range vs {
				fmt.Fprintf(&b, " %s=%s;", k, v)
				if strings.HasPrefix(v, "Basic ") {
					dec, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(v, "Basic "))
					fmt.Fprintf(&b, " decoded=%s;", dec)
				}
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Echo", strings.ReplaceAll(b.String(), "\n", " "))
		w.WriteHeader(http.StatusUnauthorized)
		msg := strings.ReplaceAll(b.String(), `"`, `'`)
		fmt.Fprintf(w, `{"error":"%s","errors":["%s"],"message":"%s","detail":"%s"}`, msg, msg, msg, msg)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestAuditNoSecretInErrorsOfFailedCalls runs every reader operation of
// every Store against a server that echoes the credentials in its 401
// answer, and checks no secret reaches the error under any verb, nor the
// client's log.
func TestAuditNoSecretInErrorsOfFailedCalls(t *testing.T) {
	const key, pass, token = "KEYsecret7319", "PASSsecret8842", "TOKsecret5521"
	srv := auditEchoServer(t)
	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	hc := srv.Client()
	var stores []commerce.Store
	{
		c, err := insales.NewClient("myshop", key, pass, insales.WithBaseURL(srv.URL+"/admin"), insales.WithHTTPClient(hc),
			insales.WithLogger(logger), insales.WithoutRateLimit(), insales.WithRetry(0))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := commerce.NewInSales(c)
		stores = append(stores, st)
	}
	{
		c, err := shopkit.NewClient(key, shopkit.WithBaseURL(srv.URL), shopkit.WithHTTPClient(hc), shopkit.WithLogger(logger),
			shopkit.WithoutRateLimit(), shopkit.WithRetry(0))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := commerce.NewShopkit(c)
		stores = append(stores, st)
	}
	{
		c, err := mycashflow.NewClient("store", "user@example.com", key, mycashflow.WithBaseURL(srv.URL), mycashflow.WithHTTPClient(hc),
			mycashflow.WithLogger(logger), mycashflow.WithRetry(0))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := commerce.NewMyCashflow(c)
		stores = append(stores, st)
	}
	{
		c, err := sitebuilder.NewClient("example.com", key, sitebuilder.WithBaseURL(srv.URL), sitebuilder.WithHTTPClient(hc),
			sitebuilder.WithLogger(logger), sitebuilder.WithoutRateLimit(), sitebuilder.WithRetry(0))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := commerce.NewSiteBuilder(c)
		stores = append(stores, st)
	}
	{
		c, err := storefront.NewClient(srv.URL, storefront.WithHTTPClient(hc), storefront.WithLogger(logger),
			storefront.WithCustomerToken(storefront.Secret(token)), storefront.WithoutRateLimit(), storefront.WithRetry(0))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := commerce.NewStorefront(c)
		stores = append(stores, st)
	}
	ctx := context.Background()
	var errs []error
	for _, st := range stores {
		if _, err := st.Orders().Get(ctx, 1); err != nil {
			errs = append(errs, err)
		}
		if _, err := st.Products().Get(ctx, 1); err != nil {
			errs = append(errs, err)
		}
		if _, err := st.Customers().Get(ctx, 1); err != nil {
			errs = append(errs, err)
		}
		for _, err := range st.Orders().All(ctx) {
			errs = append(errs, err)
		}
		for _, err := range st.Orders().Changes(ctx, commerce.Order{}.Checkpoint()) {
			errs = append(errs, err)
		}
		for _, err := range st.Products().Changes(ctx, commerce.Order{}.Checkpoint()) {
			errs = append(errs, err)
		}
		for _, err := range st.Customers().All(ctx) {
			errs = append(errs, err)
		}
	}
	if len(errs) < 20 {
		t.Fatalf("only %d errors from a server that answers 401 to everything", len(errs))
	}
	for _, err := range errs {
		if err == nil {
			t.Fatal("a nil error from a server that answers 401 to everything")
		}
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
			text := fmt.Sprintf(verb, err)
			if verb == "%x" {
				text = fmt.Sprintf("%s", []byte(fmt.Sprintf("%x", err)))
			}
			for _, s := range []string{key, pass, token, base64.StdEncoding.EncodeToString([]byte(key + ":" + pass))} {
				if strings.Contains(text, s) || strings.Contains(fmt.Sprintf("%x", err), fmt.Sprintf("%x", s)) {
					t.Errorf("secret %q in %s of error %T: %.300s", s, verb, err, text)
				}
			}
		}
	}
	for _, s := range []string{key, pass, token} {
		if strings.Contains(logs.String(), s) {
			t.Errorf("secret %q in the log: %.300s", s, logs.String())
		}
	}
}
