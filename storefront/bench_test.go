package storefront

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

// Benchmarks, each a pair in one run:
//
//	go test ./storefront -run '^$' -bench 'ProductsFilter|DecodeVariant|AsCustomer' -benchmem
//
// ProductsFilter: Products.Filter (one Yii2 envelope page of the
// documentation's variant) vs the same GET written by hand with net/http
// and encoding/json into plain structs, on the same loopback server and
// HTTP client. DecodeVariant: the tolerant Variant model (Extra at every
// level) vs encoding/json into a plain struct of the same fields.

func benchBody(b *testing.B) []byte {
	b.Helper()
	return []byte(loadExamplesB(b)["products.filter"])
}

func loadExamplesB(b *testing.B) map[string]string {
	b.Helper()
	var m map[string]string
	raw, err := readFile("testdata/examples.json")
	if err != nil {
		b.Fatal(err)
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		b.Fatal(err)
	}
	return m
}

// plainVariant mirrors Variant without tolerant types or Extra.
type plainVariant struct {
	ID             int64           `json:"id"`
	ProductID      int64           `json:"product_id"`
	Title          string          `json:"title"`
	Price          json.Number     `json:"price"`
	SKU            string          `json:"sku"`
	CompareAtPrice json.Number     `json:"compare_at_price"`
	Taxable        bool            `json:"taxable"`
	Images         json.RawMessage `json:"images"`
	Specifications json.RawMessage `json:"specifications"`
	ReviewsInfo    json.RawMessage `json:"reviews_info"`
	Options        json.RawMessage `json:"options"`
}

type plainEnvelope struct {
	Items []plainVariant `json:"items"`
	Meta  struct {
		TotalCount, PageCount, CurrentPage, PerPage int
	} `json:"_meta"`
}

func BenchmarkProductsFilter(b *testing.B) {
	body := benchBody(b)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	ctx := context.Background()
	b.Run("impl=storefront", func(b *testing.B) {
		c, err := NewClient(srv.URL, WithHTTPClient(srv.Client()), WithoutRateLimit())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			p, err := c.Products.Filter(ctx, &ProductFilterOptions{Page: 1, Limit: 16})
			if err != nil || len(p.Items) != 1 {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=nethttp", func(b *testing.B) {
		hc := srv.Client()
		b.ReportAllocs()
		for b.Loop() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/products/filter?offset=16&page=1", nil)
			req.Header.Set("Accept", "application/json")
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			raw, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var env plainEnvelope
			if err := json.Unmarshal(raw, &env); err != nil || len(env.Items) != 1 {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkDecodeVariant(b *testing.B) {
	raw := []byte(loadExamplesB(b)["products.get"])
	b.Run("impl=storefront", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			var v Variant
			if err := json.Unmarshal(raw, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=encodingjson", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			var v plainVariant
			if err := json.Unmarshal(raw, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkAsCustomer(b *testing.B) {
	c, err := NewClient("http://127.0.0.1:1")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.AsCustomer("k-123456")
	}
}

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
