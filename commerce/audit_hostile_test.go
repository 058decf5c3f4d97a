package commerce_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/storefront"
)

// auditStores builds a Store of every platform over one server.
func auditStores(t *testing.T, h http.HandlerFunc) []commerce.Store {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	hc := srv.Client()
	// Hostile bodies end at 1 MiB instead of the default 32 MiB, to keep
	// the endless ones cheap.
	small := ecomkit.WithMaxResponseSize(1 << 20)
	var out []commerce.Store
	add := func(s commerce.Store, err error) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	ic, err := insales.NewClient("myshop", "app", "pass", insales.WithBaseURL(srv.URL+"/admin"), insales.WithHTTPClient(hc), insales.WithoutRateLimit(), insales.WithRetry(0), small)
	if err != nil {
		t.Fatal(err)
	}
	add(commerce.NewInSales(ic))
	sc, err := shopkit.NewClient("key", shopkit.WithBaseURL(srv.URL), shopkit.WithHTTPClient(hc), shopkit.WithoutRateLimit(), shopkit.WithRetry(0), small)
	if err != nil {
		t.Fatal(err)
	}
	add(commerce.NewShopkit(sc))
	mc, err := mycashflow.NewClient("store", "u@example.com", "key", mycashflow.WithBaseURL(srv.URL), mycashflow.WithHTTPClient(hc), mycashflow.WithRetry(0), small)
	if err != nil {
		t.Fatal(err)
	}
	add(commerce.NewMyCashflow(mc))
	bc, err := sitebuilder.NewClient("example.com", "key", sitebuilder.WithBaseURL(srv.URL), sitebuilder.WithHTTPClient(hc), sitebuilder.WithoutRateLimit(), sitebuilder.WithRetry(0), small)
	if err != nil {
		t.Fatal(err)
	}
	add(commerce.NewSiteBuilder(bc))
	fc, err := storefront.NewClient(srv.URL, storefront.WithHTTPClient(hc), storefront.WithCustomerToken(storefront.Secret("tok")), storefront.WithoutRateLimit(), storefront.WithRetry(0), small)
	if err != nil {
		t.Fatal(err)
	}
	add(commerce.NewStorefront(fc))
	return out
}

// TestAuditGetOfABodyThatIsNotTheResourceIsAnError: a 2xx answer to a Get
// that is not the record asked for ({}, [], a status object, another id)
// must not come back as a record (an order with id 0, or another order).
func TestAuditGetOfABodyThatIsNotTheResourceIsAnError(t *testing.T) {
	for _, body := range []string{`{}`, `{"status":"ok"}`, `[]`, `{"id": 99, "title": "another"}`, `{"order":{"id":99},"product":{"id":99},"client":{"id":99},"customer":{"id":99},"contact":{"id":99},"data":{"id":99}}`} {
		stores := auditStores(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, body)
		})
		for _, st := range stores {
			ctx := context.Background()
			check := func(what string, id int64, err error) {
				if err == nil {
					t.Errorf("%s %s Get(5) of %s: no error, a record with id %d", st.Platform(), what, body, id)
				}
			}
			if o, err := st.Orders().Get(ctx, 5); st.Platform() == commerce.Storefront && err == nil && o.ID == 0 {
				// The storefront's API documentation shows its order as
				// "{}": an answer without an id passes there (another id
				// does not).
			} else if o != nil || err != nil {
				check("order", func() int64 {
					if o != nil {
						return o.ID
					}
					return 0
				}(), err)
			}
			if p, err := st.Products().Get(ctx, 5); p != nil || err != nil {
				var id int64
				if p != nil {
					id = p.ID
				}
				if err == nil || id != 0 {
					check("product", id, err)
				}
			}
			if c, err := st.Customers().Get(ctx, 5); c != nil || err != nil {
				var id int64
				if c != nil {
					id = c.ID
				}
				check("customer", id, err)
			}
		}
	}
}

// TestAuditInSalesChangesEndlessFeedEnds: a server that answers new
// records forever (ids rising within one past second) must not keep a
// Changes walk going without bound: the client's WithMaxPages bounds it.
func TestAuditInSalesChangesEndlessFeedEnds(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		n, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
		var objs []string
		for i := range n {
			objs = append(objs, auditInSalesOrder(int64(calls*1000+i), now.Add(-time.Hour)))
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "["+strings.Join(objs, ",")+"]")
	}))
	t.Cleanup(srv.Close)
	c, err := insales.NewClient("myshop", "app", "pass", insales.WithBaseURL(srv.URL+"/admin"), insales.WithoutRateLimit(),
		insales.WithRetry(0), insales.WithMaxPages(5))
	if err != nil {
		t.Fatal(err)
	}
	st2, _ := commerce.NewInSales(c)
	calls = 0
	n := 0
	var last error
	for _, err := range st2.Orders().Changes(context.Background(), ecomkit.Checkpoint{}) {
		if err != nil {
			last = err
			break
		}
		n++
		if calls > 50 {
			break
		}
	}
	if calls > 5 {
		t.Errorf("an endless feed took %d requests (%d records) with WithMaxPages(5); last error %v", calls, n, last)
	}
	if !errors.Is(last, ecomkit.ErrPagingLoop) {
		t.Errorf("the walk ended with %v, want an error matching ErrPagingLoop", last)
	}
}
