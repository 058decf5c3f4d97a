package commerce_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"testing"

	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
)

// What the commerce layer costs: 250 InSales orders (the API
// documentation's order, two lines each) read through commerce's
// Orders().All, through insales' own Orders.All, and, in the same run, by a
// hand-written net/http + encoding/json loop into a small normalized struct
// (what a caller without the SDK would write; it keeps money as text and
// maps only id, number, status, currency, total and lines):
//
//	go test ./commerce -run '^$' -bench 'OrdersAll' -benchmem -count 6
func benchOrdersServer(b *testing.B) (*httptest.Server, int) {
	b.Helper()
	raw, err := os.ReadFile("../insales/testdata/orders.get.response.json")
	if err != nil {
		b.Fatal(err)
	}
	var proto map[string]any
	if err := json.Unmarshal(raw, &proto); err != nil {
		b.Fatal(err)
	}
	const n = 250
	page := make([]map[string]any, n)
	for i := range page {
		o := make(map[string]any, len(proto))
		for k, v := range proto {
			o[k] = v
		}
		o["id"], o["number"], o["total_price"] = 3_000_000_000+i, 1000+i, fmt.Sprintf("%d.90", 1000+i)
		page[i] = o
	}
	body, err := json.Marshal(page)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("page") != "" && r.URL.Query().Get("page") != "1" {
			_, _ = io.WriteString(w, "[]")
			return
		}
		_, _ = w.Write(body)
	}))
	b.Cleanup(srv.Close)
	return srv, n
}

// handOrder is the hand-written side's normalized order.
type handOrder struct {
	ID, Number int64
	Status     string
	Currency   string
	Total      json.Number
	Lines      []handLine
}

type handLine struct {
	SKU, Title      string
	Quantity, Price json.Number
}

type handWire struct {
	ID                int64       `json:"id"`
	Number            int64       `json:"number"`
	FulfillmentStatus string      `json:"fulfillment_status"`
	CurrencyCode      string      `json:"currency_code"`
	TotalPrice        json.Number `json:"total_price"`
	OrderLines        []struct {
		SKU       *string     `json:"sku"`
		Title     string      `json:"title"`
		Quantity  json.Number `json:"quantity"`
		SalePrice json.Number `json:"sale_price"`
	} `json:"order_lines"`
}

func handOrders(ctx context.Context, hc *http.Client, base string, each func(handOrder)) error {
	for page := 1; ; page++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/admin/orders.json?page="+strconv.Itoa(page), nil)
		if err != nil {
			return err
		}
		req.SetBasicAuth("key", "password")
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("status %d", resp.StatusCode)
		}
		var wire []handWire
		if err := json.Unmarshal(b, &wire); err != nil {
			return err
		}
		if len(wire) == 0 {
			return nil
		}
		for _, w := range wire {
			o := handOrder{ID: w.ID, Number: w.Number, Status: w.FulfillmentStatus, Currency: w.CurrencyCode, Total: w.TotalPrice}
			for _, l := range w.OrderLines {
				sku := ""
				if l.SKU != nil {
					sku = *l.SKU
				}
				o.Lines = append(o.Lines, handLine{SKU: sku, Title: l.Title, Quantity: l.Quantity, Price: l.SalePrice})
			}
			each(o)
		}
	}
}

func BenchmarkOrdersAll(b *testing.B) {
	srv, n := benchOrdersServer(b)
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	b.Cleanup(hc.CloseIdleConnections)
	c, err := insales.NewClient("bench", "key", "password", insales.WithBaseURL(srv.URL),
		insales.WithoutRateLimit(), insales.WithHTTPClient(hc))
	if err != nil {
		b.Fatal(err)
	}
	store, err := commerce.NewInSales(c)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	count := func(b *testing.B, got int) {
		if got != n {
			b.Fatalf("read %d orders, want %d", got, n)
		}
	}
	b.Run("impl=commerce", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got := 0
			for o, err := range store.Orders().All(ctx) {
				if err != nil || o.Total == nil {
					b.Fatal(err)
				}
				got++
			}
			count(b, got)
		}
	})
	b.Run("impl=insales", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got := 0
			for _, err := range c.Orders.All(ctx, nil) {
				if err != nil {
					b.Fatal(err)
				}
				got++
			}
			count(b, got)
		}
	})
	b.Run("impl=hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got := 0
			if err := handOrders(ctx, hc, srv.URL, func(handOrder) { got++ }); err != nil {
				b.Fatal(err)
			}
			count(b, got)
		}
	})
}
