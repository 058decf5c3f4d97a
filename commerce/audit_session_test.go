package commerce_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/storefront"
)

// TestAuditStorefrontProfileEchoingTheSessionDoesNotLeakIt: a storefront
// whose profile answer carries the session's auth_key (the member the
// sign-in answers carry; a Yii2 profile may well send it too) must not
// put the session into a formatted or logged Customer.
func TestAuditStorefrontProfileEchoingTheSessionDoesNotLeakIt(t *testing.T) {
	const session = "SESSIONsecret4471"
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id": 9, "email": "a@example.com", "firstname": "A", "auth_key": %q, "access_token": %q,
		  "shipping_info": [{"first_name": "A", "auth_key": %q}]}`, session, session, session)
	}))
	t.Cleanup(srv.Close)
	c, err := storefront.NewClient(srv.URL, storefront.WithHTTPClient(srv.Client()), storefront.WithCustomerToken(storefront.Secret(session)),
		storefront.WithoutRateLimit(), storefront.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	st, _ := commerce.NewStorefront(c)
	cu, err := st.Customers().Get(context.Background(), 9)
	if err != nil {
		t.Fatal(err)
	}
	var outs []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%x", "%q"} {
		outs = append(outs, fmt.Sprintf(verb, *cu), fmt.Sprintf(verb, cu))
	}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("customer", "c", *cu)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("customer", "c", *cu)
	outs = append(outs, logs.String())
	for i, o := range outs {
		if strings.Contains(o, session) || strings.Contains(o, fmt.Sprintf("%x", session)) {
			t.Errorf("output %d: the session in %.300s", i, o)
		}
	}

	// The Source itself, formatted directly: its Extra keeps the undeclared
	// auth_key as received but prints it REDACTED (ecomkit.Extra's Format).
	for _, verb := range []string{"%v", "%+v", "%s", "%x", "%q"} {
		if o := fmt.Sprintf(verb, cu.Source); strings.Contains(o, session) || strings.Contains(o, fmt.Sprintf("%x", session)) {
			t.Errorf("%s of the Source prints the session: %.300s", verb, o)
		}
	}
}
