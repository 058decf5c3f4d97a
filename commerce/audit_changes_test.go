package commerce_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
)

// auditInSales is a Store over an InSales client pointed at h, with both
// clocks (the client's and the Store's) at now.
func auditInSales(t *testing.T, now time.Time, h http.HandlerFunc) commerce.Store {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	clock := func() time.Time { return now }
	c, err := insales.NewClient("myshop", "app", "pass", insales.WithBaseURL(srv.URL+"/admin"), insales.WithoutRateLimit(),
		insales.WithRetry(0), insales.WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	st, err := commerce.NewInSales(c, commerce.WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func auditInSalesOrder(id int64, at time.Time) string {
	ts := at.Format(time.RFC3339)
	return fmt.Sprintf(`{"id":%d,"number":%d,"total_price":"1.0","created_at":%q,"updated_at":%q}`, id, id, ts, ts)
}

// auditWalk reads a Changes walk to its end (at most limit items), and
// returns the ids read and the errors met.
func auditWalk(seq func(func(commerce.Order, error) bool), limit int) (ids []int64, last ecomkit.Checkpoint, errs []error) {
	for o, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, o.ID)
		last = o.Checkpoint()
		if len(ids) >= limit {
			break
		}
	}
	return ids, last, errs
}

// TestAuditInSalesChangesServerRepeatingItsPageYieldsNoRecordTwice: a
// server that ignores updated_since and from_id answers the same full page
// to every request. The walk must not yield a record twice (nor loop).
func TestAuditInSalesChangesServerRepeatingItsPageYieldsNoRecordTwice(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	var calls atomic.Int64
	st := auditInSales(t, now, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		n, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
		var objs []string
		for i := range n {
			objs = append(objs, auditInSalesOrder(int64(i+1), now.Add(-time.Hour).Add(time.Duration(i)*time.Second)))
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "["+strings.Join(objs, ",")+"]")
	})
	ids, _, errs := auditWalk(st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}), 10_000)
	seen := map[int64]int{}
	for _, id := range ids {
		seen[id]++
		if seen[id] == 2 {
			t.Errorf("order %d yielded twice in one walk", id)
		}
	}
	if n := calls.Load(); n > 3 {
		t.Errorf("%d requests to a server repeating its page", n)
	}
	if len(errs) == 0 {
		t.Error("a server that does not advance ended the walk without an error")
	}
}

// TestAuditInSalesChangesOutOfOrderAnswerIsNotYieldedAsOrdered: a server
// whose feed is not ordered by (updated_at, id) (a real server that differs
// from the API documentation) must not make the walk yield a record older
// than one it already yielded: a caller storing the checkpoint of the
// newer one would skip the older one on resume, silently.
func TestAuditInSalesChangesOutOfOrderAnswerIsNotYieldedAsOrdered(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	st := auditInSales(t, now, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "["+auditInSalesOrder(1, now.Add(-time.Hour))+","+auditInSalesOrder(2, now.Add(-time.Minute))+","+
			auditInSalesOrder(3, now.Add(-2*time.Hour))+"]")
	})
	var prev ecomkit.Checkpoint
	var errs int
	for o, err := range st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}) {
		if err != nil {
			errs++
			continue
		}
		cp := o.Checkpoint()
		if cp.Time.Before(prev.Time) || (cp.Time.Equal(prev.Time) && cp.ID <= prev.ID) {
			t.Errorf("order %d (%s) yielded after order %d (%s): out of (update time, id) order", cp.ID, cp.Time, prev.ID, prev.Time)
		}
		prev = cp
	}
	if errs == 0 {
		t.Error("an answer out of order ended without an error")
	}
}

// TestAuditInSalesChangesDateHeaderInTheFutureHoldsBackTheCurrentSecond: a
// Date header far in the future (a broken proxy, a hostile server) must not
// release the records of the current second, nor records stamped in the
// future: a checkpoint in the future would make every later walk skip the
// edits made until then.
func TestAuditInSalesChangesDateHeaderInTheFutureHoldsBackTheCurrentSecond(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 500_000_000, time.UTC)
	st := auditInSales(t, now, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", now.AddDate(2, 0, 0).Format(http.TimeFormat))
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "["+auditInSalesOrder(1, now.Add(-time.Hour))+","+auditInSalesOrder(2, now.Truncate(time.Second))+","+
			auditInSalesOrder(3, now.AddDate(1, 0, 0))+"]")
	})
	ids, last, errs := auditWalk(st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}), 100)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if fmt.Sprint(ids) != "[1]" {
		t.Errorf("read %v (last checkpoint %s), want [1]: the current second and the future wait", ids, last.Time)
	}
}
