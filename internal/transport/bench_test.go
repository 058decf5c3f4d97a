package transport_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// benchProduct is a typical product model: about 2 KB of JSON.
type benchProduct struct {
	ID          int64    `json:"id"`
	Title       string   `json:"title"`
	Handle      string   `json:"handle"`
	Description string   `json:"description"`
	Price       string   `json:"price"`
	OldPrice    string   `json:"old_price"`
	SKU         string   `json:"sku"`
	Stock       int      `json:"stock"`
	Active      bool     `json:"active"`
	Weight      float64  `json:"weight"`
	CreatedAt   string   `json:"created_at"`
	UpdatedAt   string   `json:"updated_at"`
	Tags        []string `json:"tags"`
	Images      []struct {
		ID  int64  `json:"id"`
		URL string `json:"url"`
		Alt string `json:"alt"`
	} `json:"images"`
	Variants []struct {
		ID    int64  `json:"id"`
		SKU   string `json:"sku"`
		Price string `json:"price"`
		Stock int    `json:"stock"`
	} `json:"variants"`
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds a cpu-ns/op metric: CPU time of the whole process (client
// and loopback server) per call. On a shared machine it varies far less
// than wall time, which other processes' load inflates.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

func benchBody() []byte {
	p := map[string]any{
		"id": 42, "title": "Ceramic mug", "handle": "ceramic-mug",
		"description": strings.Repeat("A sturdy mug for hot drinks. ", 12),
		"price":       "9.90", "old_price": "12.90", "sku": "MUG-001", "stock": 120, "active": true, "weight": 0.35,
		"created_at": "2024-01-02T10:00:00+02:00", "updated_at": "2024-03-04T11:30:00+02:00",
		"tags": []string{"kitchen", "mugs", "gifts", "ceramic"},
	}
	var images, variants []map[string]any
	for i := 0; i < 5; i++ {
		images = append(images, map[string]any{"id": 100 + i, "url": fmt.Sprintf("https://cdn.example.test/img/mug-%d.jpg", i), "alt": "Mug view"})
		variants = append(variants, map[string]any{"id": 200 + i, "sku": fmt.Sprintf("MUG-001-%d", i), "price": "9.90", "stock": 20 + i})
	}
	p["images"], p["variants"] = images, variants
	b, _ := json.Marshal(p)
	return b
}

// BenchmarkGet compares one GET decoding a ~2 KB object through the full
// stack (auth, limiter, retry wrapper, timeout, error checks, decode) with
// the same GET written by hand with net/http and encoding/json. Both run
// against one server, interleaved: run with -count to alternate them.
func BenchmarkGet(b *testing.B) {
	body := benchBody()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-KEY") != "key" {
			w.WriteHeader(401)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	b.Logf("body: %d bytes", len(body))

	c, err := transport.New(transport.Settings{
		Platform: "bench", BaseURL: srv.URL + "/v1", Auth: transport.HeaderKeyAuth("X-API-KEY", "key"),
	}, transport.WithHTTPClient(hc), transport.WithRateLimit(1_000_000_000, time.Second))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()

	b.Run("stack", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		for i := 0; i < b.N; i++ {
			var p benchProduct
			path, err := transport.Path("/product/{id}", 42)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := c.Do(ctx, &transport.Request{Method: http.MethodGet, Path: path}, &p); err != nil {
				b.Fatal(err)
			}
			if p.ID != 42 {
				b.Fatal("bad decode")
			}
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		for i := 0; i < b.N; i++ {
			var p benchProduct
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/v1/product/"+fmt.Sprint(42), nil)
			if err != nil {
				b.Fatal(err)
			}
			req.Header.Set("X-API-KEY", "key")
			req.Header.Set("User-Agent", transport.DefaultUserAgent)
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			if resp.StatusCode != 200 {
				b.Fatal(resp.Status)
			}
			err = json.NewDecoder(resp.Body).Decode(&p)
			resp.Body.Close()
			if err != nil || p.ID != 42 {
				b.Fatal("bad decode", err)
			}
		}
	})
}

// memTransport answers every request with body, without a network, so the
// in-memory benchmark shows the client-side cost alone.
type memTransport struct{ body []byte }

func (m memTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(m.body)), ContentLength: int64(len(m.body)), Request: r,
	}, nil
}

// BenchmarkGetInMemory is BenchmarkGet without the network: the SDK's own
// overhead per call against the hand-written call's.
func BenchmarkGetInMemory(b *testing.B) {
	hc := &http.Client{Transport: memTransport{body: benchBody()}}
	c, err := transport.New(transport.Settings{
		Platform: "bench", BaseURL: "https://api.example.test/v1", Auth: transport.HeaderKeyAuth("X-API-KEY", "key"),
	}, transport.WithHTTPClient(hc), transport.WithRateLimit(1_000_000_000, time.Second))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.Run("stack", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		for i := 0; i < b.N; i++ {
			var p benchProduct
			path, err := transport.Path("/product/{id}", 42)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := c.Do(ctx, &transport.Request{Method: http.MethodGet, Path: path}, &p); err != nil || p.ID != 42 {
				b.Fatal("bad decode", err)
			}
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		for i := 0; i < b.N; i++ {
			var p benchProduct
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.test/v1/product/"+fmt.Sprint(42), nil)
			if err != nil {
				b.Fatal(err)
			}
			req.Header.Set("X-API-KEY", "key")
			req.Header.Set("User-Agent", transport.DefaultUserAgent)
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			err = json.NewDecoder(resp.Body).Decode(&p)
			resp.Body.Close()
			if err != nil || p.ID != 42 {
				b.Fatal("bad decode", err)
			}
		}
	})
}

// BenchmarkGetParallel16 is BenchmarkGet with 16 goroutines sharing one
// client (and one connection pool, sized for them) against one loopback
// server: the SDK's throughput under concurrency against the same calls
// written by hand. Compare the ns/op of stack and hand (lower is more
// requests per second).
func BenchmarkGetParallel16(b *testing.B) {
	body := benchBody()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-KEY") != "key" {
			w.WriteHeader(401)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32, MaxIdleConns: 64}}
	c, err := transport.New(transport.Settings{
		Platform: "bench", BaseURL: srv.URL + "/v1", Auth: transport.HeaderKeyAuth("X-API-KEY", "key"),
	}, transport.WithHTTPClient(hc), transport.WithRateLimit(1_000_000_000, time.Second))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	procs := runtime.GOMAXPROCS(0)
	parallelism := (16 + procs - 1) / procs // 16 goroutines in all

	b.Run("stack", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		b.SetParallelism(parallelism)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				var p benchProduct
				path, err := transport.Path("/product/{id}", 42)
				if err != nil {
					b.Error(err)
					return
				}
				if _, err := c.Do(ctx, &transport.Request{Method: http.MethodGet, Path: path}, &p); err != nil || p.ID != 42 {
					b.Error("bad decode", err)
					return
				}
			}
		})
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cpuTime())
		b.SetParallelism(parallelism)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				var p benchProduct
				req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/v1/product/"+fmt.Sprint(42), nil)
				if err != nil {
					b.Error(err)
					return
				}
				req.Header.Set("X-API-KEY", "key")
				req.Header.Set("User-Agent", transport.DefaultUserAgent)
				resp, err := hc.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				err = json.NewDecoder(resp.Body).Decode(&p)
				resp.Body.Close()
				if err != nil || p.ID != 42 {
					b.Error("bad decode", err)
					return
				}
			}
		})
	})
}
