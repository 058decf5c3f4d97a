package mycashflow_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"testing"
	"time"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

// benchCustomerBody is the documented customer with its customer groups
// expanded, compacted as a server sends it.
func benchCustomerBody(b *testing.B) []byte {
	raw, err := os.ReadFile("testdata/customers.get.response.json")
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	if err := json.Compact(&out, raw); err != nil {
		b.Fatal(err)
	}
	return out.Bytes()
}

// handGet is Customers.Get(ctx, 1, expand=customer_groups) written by hand
// with net/http and encoding/json into the same struct.
func handGet(ctx context.Context, hc *http.Client, base string) (*mcf.Customer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/customers/"+strconv.Itoa(1)+"?expand=customer_groups", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(testUser, testKey)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "bench/1")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var env struct {
		Data *mcf.Customer `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return nil, err
	}
	return env.Data, nil
}

// benchPair runs the SDK call and the hand-written one against the same
// transport, in one run (use -count to alternate them), reporting CPU time
// per call beside wall time. Compare with
//
//	go test -run - -bench CustomersGet -count 10 ./mycashflow > out.txt
//	benchstat -col /impl out.txt
func benchPair(b *testing.B, hc *http.Client, base string) {
	c, err := mcf.NewClient(testStore, testUser, testKey, mcf.WithHTTPClient(hc), mcf.WithBaseURL(base))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.Run("impl=sdk", func(b *testing.B) {
		b.ReportAllocs()
		start := cpuTime()
		for i := 0; i < b.N; i++ {
			cu, err := c.Customers.Get(ctx, 1, mcf.CustomerGroupsExpand)
			if err != nil || cu.ID != 1 || len(cu.CustomerGroups) != 2 {
				b.Fatal("bad decode", err)
			}
		}
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	})
	b.Run("impl=hand", func(b *testing.B) {
		b.ReportAllocs()
		start := cpuTime()
		for i := 0; i < b.N; i++ {
			cu, err := handGet(ctx, hc, base)
			if err != nil || cu.ID != 1 || len(cu.CustomerGroups) != 2 {
				b.Fatal("bad decode", err)
			}
		}
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	})
}

// BenchmarkCustomersGet compares Customers.Get(expand) with the same call
// written by hand, over loopback HTTP.
func BenchmarkCustomersGet(b *testing.B) {
	body := benchCustomerBody(b)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != testUser || p != testKey || r.URL.Query().Get("expand") != "customer_groups" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	benchPair(b, &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}, srv.URL+"/api/v1")
}

// memTransport answers every request with body, without a network.
type memTransport struct{ body []byte }

func (m memTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(m.body)), ContentLength: int64(len(m.body)), Request: r,
	}, nil
}

// BenchmarkCustomersGetInMemory is BenchmarkCustomersGet without the
// network: the SDK's own cost per call against the hand-written call's.
func BenchmarkCustomersGetInMemory(b *testing.B) {
	benchPair(b, &http.Client{Transport: memTransport{body: benchCustomerBody(b)}}, testBase)
}

// BenchmarkCustomersGetAlternating makes the SDK call and the hand-written
// one in turn within each iteration and charges each its own CPU time, so
// both see the same load from the rest of the machine; it reports the
// ratio (sdk/hand) directly. The loopback and in-memory transports run as
// sub-benchmarks.
func BenchmarkCustomersGetAlternating(b *testing.B) {
	body := benchCustomerBody(b)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	for _, tc := range []struct {
		name string
		hc   *http.Client
		base string
	}{
		{"net=loopback", &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}, srv.URL + "/api/v1"},
		{"net=memory", &http.Client{Transport: memTransport{body: body}}, testBase},
	} {
		b.Run(tc.name, func(b *testing.B) {
			c, err := mcf.NewClient(testStore, testUser, testKey, mcf.WithHTTPClient(tc.hc), mcf.WithBaseURL(tc.base))
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			var sdk, hand time.Duration
			for i := 0; i < b.N; i++ {
				t0 := cpuTime()
				cu, err := c.Customers.Get(ctx, 1, mcf.CustomerGroupsExpand)
				t1 := cpuTime()
				if err != nil || cu.ID != 1 {
					b.Fatal("bad decode", err)
				}
				cu, err = handGet(ctx, tc.hc, tc.base)
				t2 := cpuTime()
				if err != nil || cu.ID != 1 {
					b.Fatal("bad decode", err)
				}
				sdk += t1 - t0
				hand += t2 - t1
			}
			b.ReportMetric(float64(sdk)/float64(b.N), "sdk-cpu-ns/op")
			b.ReportMetric(float64(hand)/float64(b.N), "hand-cpu-ns/op")
			if hand > 0 {
				b.ReportMetric(float64(sdk)/float64(hand), "sdk/hand")
			}
		})
	}
}
