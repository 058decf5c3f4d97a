package commerce_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestAuditShopkitServerRepeatingPageOneEnds: a Shopkit server that answers
// page 1 to every page request must end All and Changes with an error (no
// endless loop) and yield no order twice.
func TestAuditShopkitServerRepeatingPageOneEnds(t *testing.T) {
	srv, _ := shopkitFake(t, nil)
	srv.Empty()
	var objs []string
	for i := range 120 {
		objs = append(objs, fmt.Sprintf(`{"id": %d, "update_at": "2024-03-01T10:00:00+00:00", "status_alias": "pending"}`, i+1))
	}
	shopkitLoad(t, srv, "orders", "["+strings.Join(objs, ",")+"]")
	u, _ := url.Parse(srv.BaseURL())
	rp := httputil.NewSingleHostReverseProxy(&url.URL{Scheme: u.Scheme, Host: u.Host})
	var requests atomic.Int64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		q := r.URL.Query()
		if q.Has("page") {
			q.Set("page", "1")
			r.URL.RawQuery = q.Encode()
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(proxy.Close)
	st, err := commerce.NewShopkit(srv.Client(shopkit.WithBaseURL(proxy.URL+u.Path), shopkit.WithRetry(0)),
		commerce.WithClock(func() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	for name, seq := range map[string]func(func(commerce.Order, error) bool){
		"All":     st.Orders().All(context.Background()),
		"Changes": st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}),
	} {
		requests.Store(0)
		seen := map[int64]bool{}
		var last error
		for o, err := range seq {
			if err != nil {
				last = err
				break
			}
			if seen[o.ID] {
				t.Errorf("%s: order %d yielded twice", name, o.ID)
				break
			}
			seen[o.ID] = true
			if requests.Load() > 20 {
				break
			}
		}
		if n := requests.Load(); last == nil || n > 5 {
			t.Errorf("%s: %d requests, last error %v", name, n, last)
		}
	}
}
