package insales_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/ecomkit/ecomkit-go/insales"
)

// A page of 250 orders (the documentation's order, two lines each), decoded
// by the SDK's models and, in the same run, by encoding/json into a
// hand-written struct of the same fields with float64 money (what a
// caller without the SDK would write, and which loses "300.0"'s text):
//
//	go test ./insales -run '^$' -bench 'OrdersPage' -benchmem -count 6
func ordersPage(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile("testdata/orders.get.response.json")
	if err != nil {
		tb.Fatal(err)
	}
	var proto map[string]any
	if err := json.Unmarshal(b, &proto); err != nil {
		tb.Fatal(err)
	}
	page := make([]any, 250)
	for i := range page {
		o := map[string]any{}
		for k, v := range proto {
			o[k] = v
		}
		o["id"] = 3_000_000_000 + i
		o["number"] = 1000 + i
		o["total_price"] = fmt.Sprintf("%d.90", 1000+i)
		page[i] = o
	}
	out, err := json.Marshal(page)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

type refLine struct {
	ID              int64   `json:"id"`
	OrderID         int64   `json:"order_id"`
	VariantID       int64   `json:"variant_id"`
	ProductID       int64   `json:"product_id"`
	SalePrice       float64 `json:"sale_price"`
	FullSalePrice   float64 `json:"full_sale_price"`
	TotalPrice      float64 `json:"total_price"`
	FullTotalPrice  float64 `json:"full_total_price"`
	DiscountsAmount float64 `json:"discounts_amount"`
	Quantity        float64 `json:"quantity"`
	Weight          any     `json:"weight"`
	Title           string  `json:"title"`
	Unit            string  `json:"unit"`
	SKU             *string `json:"sku"`
	Comment         *string `json:"comment"`
	VAT             int64   `json:"vat"`
	CreatedAt       string  `json:"created_at"`
	UpdatedAt       string  `json:"updated_at"`
}

type refOrder struct {
	ID                int64                      `json:"id"`
	Number            int64                      `json:"number"`
	TotalPrice        json.Number                `json:"total_price"`
	ItemsPrice        float64                    `json:"items_price"`
	DeliveryPrice     float64                    `json:"delivery_price"`
	FulfillmentStatus string                     `json:"fulfillment_status"`
	FinancialStatus   string                     `json:"financial_status"`
	OrderLines        []refLine                  `json:"order_lines"`
	Client            map[string]any             `json:"client"`
	ShippingAddress   map[string]any             `json:"shipping_address"`
	FieldsValues      []map[string]any           `json:"fields_values"`
	CustomStatus      map[string]string          `json:"custom_status"`
	Rest              map[string]json.RawMessage `json:"-"`
	CreatedAt         string                     `json:"created_at"`
	UpdatedAt         string                     `json:"updated_at"`
}

func BenchmarkDecodeOrdersPage(b *testing.B) {
	page := ordersPage(b)
	b.Run("impl=sdk", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			var out insales.List[insales.Order]
			if err := json.Unmarshal(page, &out); err != nil || len(out) != 250 {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			var out []refOrder
			if err := json.Unmarshal(page, &out); err != nil || len(out) != 250 {
				b.Fatal(err)
			}
		}
	})
}
