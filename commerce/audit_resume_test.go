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
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
	"github.com/ecomkit/ecomkit-go/shopkit"
)

// auditFailingProxy forwards to base, answering 500 to the requests whose
// number (from 1) fail says.
func auditFailingProxy(t *testing.T, base string, fail func(n int64) bool) string {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	target := &url.URL{Scheme: u.Scheme, Host: u.Host}
	rp := httputil.NewSingleHostReverseProxy(target)
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail(n.Add(1)) {
			http.Error(w, `{"errors":["boom"]}`, http.StatusInternalServerError)
			return
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + u.Path
}

// TestAuditInSalesChangesInterruptedAndResumedReadsEachRecordOnce: 700
// orders beside the preloaded ones (ids and times crossing), a 500 on the second page; the caller
// resumes from the last checkpoint it stored, again and again until a walk
// ends cleanly: every order is read exactly once.
func TestAuditInSalesChangesInterruptedAndResumedReadsEachRecordOnce(t *testing.T) {
	clk := &insalesClock{t: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)}
	srv := insalestest.NewServer(insalestest.WithClock(clk.now), insalestest.WithoutQuota())
	t.Cleanup(srv.Close)
	insalesOrdersFrom(t, srv, clk.now().Add(-time.Hour), 700)
	base := auditFailingProxy(t, srv.BaseURL(), func(n int64) bool { return n%2 == 0 })
	st, err := commerce.NewInSales(srv.Client(insales.WithBaseURL(base), insales.WithRetry(0)), commerce.WithClock(clk.now))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]int{}
	var cp ecomkit.Checkpoint
	failures := 0
	for walk := 0; walk < 50; walk++ {
		var werr error
		for o, err := range st.Orders().Changes(context.Background(), cp) {
			if err != nil {
				werr = err
				break
			}
			seen[o.ID]++
			cp = o.Checkpoint()
		}
		if werr == nil {
			break
		}
		failures++
	}
	if failures == 0 {
		t.Fatal("no walk was interrupted")
	}
	all := 0
	for _, err := range srv.Client().Orders.All(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		all++
	}
	if len(seen) != all || all < 700 {
		t.Errorf("read %d distinct orders of %d", len(seen), all)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("order %d read %d times", id, n)
		}
	}
}

// TestAuditShopkitChangesInterruptedYieldsNoPartialWindow: a 500 on the
// second page of a Shopkit walk (its window is read whole, then sorted)
// must end the walk with the error and nothing else, since a partial window
// sorted as if complete would put records behind checkpoints; resuming
// reads every order exactly once.
func TestAuditShopkitChangesInterruptedYieldsNoPartialWindow(t *testing.T) {
	srv, _ := shopkitFake(t, nil)
	srv.Empty()
	var objs []string
	base := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 180 {
		// ids rising, update times falling: sorting must reorder.
		objs = append(objs, fmt.Sprintf(`{"id": %d, "update_at": %q, "status_alias": "pending", "total": "1.10"}`,
			i+1, base.Add(time.Duration(180-i)*time.Minute).Format(time.RFC3339)))
	}
	shopkitLoad(t, srv, "orders", "["+strings.Join(objs, ",")+"]")
	var fails atomic.Bool
	fails.Store(true)
	proxied := auditFailingProxy(t, srv.BaseURL(), func(n int64) bool { return n == 2 && fails.Load() })
	st, err := commerce.NewShopkit(srv.Client(shopkit.WithBaseURL(proxied), shopkit.WithRetry(0)),
		commerce.WithClock(func() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	var errs []error
	for o, err := range st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, o.ID)
	}
	if len(got) != 0 || len(errs) != 1 {
		t.Fatalf("an interrupted walk yielded %d orders and %d errors (%v); want the error alone", len(got), len(errs), errs)
	}
	fails.Store(false)
	seen := map[int64]int{}
	var cp ecomkit.Checkpoint
	for o, err := range st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}) {
		if err != nil {
			t.Fatal(err)
		}
		if !o.Checkpoint().Time.After(cp.Time) && !(o.Checkpoint().Time.Equal(cp.Time) && o.ID > cp.ID) {
			t.Errorf("order %d out of order", o.ID)
		}
		cp = o.Checkpoint()
		seen[o.ID]++
	}
	if len(seen) != 180 {
		t.Errorf("read %d of 180", len(seen))
	}
}
