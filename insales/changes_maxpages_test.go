package insales_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go/insales"
)

// A server that answers new objects forever (ids rising, all in a past
// second) ends a Changes walk after the client's WithMaxPages pages with
// ErrPagingLoop, as All does, instead of running as long as the caller
// reads.
func TestChangesStopsAtMaxPages(t *testing.T) {
	at := time.Date(2024, 5, 1, 11, 0, 0, 0, time.UTC).Format(insales.TimeLayout)
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		per, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
		objs := make([]string, per)
		for i := range objs {
			objs[i] = fmt.Sprintf(`{"id": %d, "updated_at": %q}`, n*1000+int64(i), at)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprint(w, "["+strings.Join(objs, ",")+"]")
	}))
	defer srv.Close()
	c, err := insales.NewClient("myshop", "app", "pass", insales.WithBaseURL(srv.URL+"/admin"),
		insales.WithoutRateLimit(), insales.WithMaxPages(3))
	if err != nil {
		t.Fatal(err)
	}
	read, stopped := 0, error(nil)
	for _, err := range c.Orders.Changes(context.Background(), insales.Checkpoint{}, &insales.OrderListOptions{Limit: 100}) {
		if err != nil {
			stopped = err
			break
		}
		if read++; read > 10_000 {
			t.Fatal("the walk did not stop")
		}
	}
	if !errors.Is(stopped, insales.ErrPagingLoop) {
		t.Fatalf("walk ended with %v, want ErrPagingLoop", stopped)
	}
	if calls.Load() != 3 || read != 300 {
		t.Errorf("%d requests and %d orders read, want 3 and 300 (WithMaxPages(3))", calls.Load(), read)
	}
}
