package insales_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/ecomkit/ecomkit-go/insales"
)

// Benchmarks of issue 11: a page of 250 products as real servers send it
// (money, weights and quantities as strings, ids above 2^31), decoded by
// the SDK and by encoding/json into the same structs, in one run:
//
//	go test ./insales -run '^$' -bench 'ProductsPage' -benchmem -count 6 | benchstat -col /impl -

// realPage builds the page: the documentation's product, 250 times, each
// with four variants, numbers as strings where real answers have them.
func realPage(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile("testdata/products.get.response.json")
	if err != nil {
		tb.Fatal(err)
	}
	var proto map[string]any
	if err := json.Unmarshal(b, &proto); err != nil {
		tb.Fatal(err)
	}
	variant := proto["variants"].([]any)[0].(map[string]any)
	page := make([]any, 250)
	for i := range page {
		p := map[string]any{}
		for k, v := range proto {
			p[k] = v
		}
		id := int64(3_000_000_000) + int64(i)
		p["id"] = id
		p["title"] = fmt.Sprintf("Product %d", i)
		vs := make([]any, 4)
		for j := range vs {
			v := map[string]any{}
			for k, x := range variant {
				v[k] = x
			}
			v["id"] = id*10 + int64(j)
			v["product_id"] = id
			v["price"] = fmt.Sprintf("%d.0", 1000+j)
			v["base_price"] = v["price"]
			v["cost_price"] = "3.0"
			v["old_price"] = nil
			v["weight"] = "0.35"
			v["quantity"] = "3.0"
			v["prices"] = []any{"360.0", "12.5"}
			v["price2"] = "360.0"
			vs[j] = v
		}
		p["variants"] = vs
		page[i] = p
	}
	out, err := json.Marshal(page)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func BenchmarkDecodeProductsPage(b *testing.B) {
	body := realPage(b)
	b.Run("impl=sdk", func(b *testing.B) {
		// What List does with the body: the tolerant decoder.
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var page insales.List[insales.Product]
			if err := insales.DecodeForBenchmark(body, &page); err != nil || len(page) != 250 {
				b.Fatal(err, len(page))
			}
		}
	})
	b.Run("impl=encoding-json", func(b *testing.B) {
		// encoding/json driving the same structs (their UnmarshalJSON
		// methods keep Extra at every level).
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var page []insales.Product
			if err := json.Unmarshal(body, &page); err != nil || len(page) != 250 {
				b.Fatal(err, len(page))
			}
		}
	})
	b.Run("impl=encoding-json-plain", func(b *testing.B) {
		// encoding/json into structs of the same fields without decoding
		// methods: what a hand-written client that keeps nothing else costs.
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var page []plainProduct
			if err := json.Unmarshal(body, &page); err != nil || len(page) != 250 {
				b.Fatal(err, len(page))
			}
		}
	})
}

// The plain mirror of Product: the same fields and leaf types, no Extra.
type (
	plainOptionValue struct {
		ID           int64  `json:"id"`
		OptionNameID int64  `json:"option_name_id"`
		Position     int64  `json:"position"`
		Title        string `json:"title"`
	}
	plainFieldValue struct {
		ID      int64          `json:"id"`
		FieldID int64          `json:"variant_field_id"`
		Value   insales.String `json:"value"`
	}
	plainVariant struct {
		ID                 int64              `json:"id"`
		ProductID          int64              `json:"product_id"`
		Title              string             `json:"title"`
		SKU                *string            `json:"sku"`
		Barcode            *string            `json:"barcode"`
		Price              insales.Decimal    `json:"price"`
		BasePrice          insales.Decimal    `json:"base_price"`
		OldPrice           *insales.Decimal   `json:"old_price"`
		CostPrice          *insales.Decimal   `json:"cost_price"`
		Prices             []insales.Decimal  `json:"prices"`
		Price2             *insales.Decimal   `json:"price2"`
		Weight             *insales.Decimal   `json:"weight"`
		Quantity           *insales.Decimal   `json:"quantity"`
		Available          bool               `json:"available"`
		ImageID            *int64             `json:"image_id"`
		VariantFieldValues []plainFieldValue  `json:"variant_field_values"`
		OptionValues       []plainOptionValue `json:"option_values"`
		CreatedAt          insales.Time       `json:"created_at"`
		UpdatedAt          insales.Time       `json:"updated_at"`
	}
	plainProduct struct {
		ID                       int64              `json:"id"`
		Title                    string             `json:"title"`
		CategoryID               int64              `json:"category_id"`
		CollectionsIDs           []int64            `json:"collections_ids"`
		CanonicalURLCollectionID *int64             `json:"canonical_url_collection_id"`
		Archived                 bool               `json:"archived"`
		Available                *bool              `json:"available"`
		IsHidden                 bool               `json:"is_hidden"`
		IgnoreDiscounts          *bool              `json:"ignore_discounts"`
		SortWeight               *int64             `json:"sort_weight"`
		Unit                     string             `json:"unit"`
		VAT                      *int64             `json:"vat"`
		ShortDescription         *string            `json:"short_description"`
		Description              *string            `json:"description"`
		Permalink                string             `json:"permalink"`
		HTMLTitle                *string            `json:"html_title"`
		MetaKeywords             *string            `json:"meta_keywords"`
		MetaDescription          *string            `json:"meta_description"`
		CurrencyCode             string             `json:"currency_code"`
		Images                   []json.RawMessage  `json:"images"`
		OptionNames              []plainOptionValue `json:"option_names"`
		Properties               []json.RawMessage  `json:"properties"`
		Characteristics          []json.RawMessage  `json:"characteristics"`
		ProductFieldValues       []plainFieldValue  `json:"product_field_values"`
		Variants                 []plainVariant     `json:"variants"`
		ProductBundleComponents  []json.RawMessage  `json:"product_bundle_components"`
		CreatedAt                insales.Time       `json:"created_at"`
		UpdatedAt                insales.Time       `json:"updated_at"`
	}
)

// serveBench serves body for every request.
func serveBench(b *testing.B, body []byte) (*insales.Client, *httptest.Server) {
	b.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("API-Usage-Limit", "1/500")
		_, _ = w.Write(body)
	}))
	b.Cleanup(srv.Close)
	c, err := insales.NewClient("bench", "app", "pw", insales.WithBaseURL(srv.URL), insales.WithoutRateLimit())
	if err != nil {
		b.Fatal(err)
	}
	return c, srv
}

func BenchmarkListProductsPage(b *testing.B) {
	body := realPage(b)
	c, srv := serveBench(b, body)
	ctx := context.Background()
	b.Run("impl=sdk", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			page, err := c.Products.List(ctx, &insales.ProductListOptions{Limit: 250})
			if err != nil || len(page.Items) != 250 {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=hand", func(b *testing.B) {
		hc := &http.Client{}
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/products.json?per_page=250", nil)
			req.SetBasicAuth("app", "pw")
			req.Header.Set("Accept", "application/json")
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			raw, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				b.Fatal(err)
			}
			var page []insales.Product
			if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&page); err != nil || len(page) != 250 {
				b.Fatal(err)
			}
		}
	})
}
