package insales

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzDecodeOrders decodes any bytes into the models of orders, clients
// and the shop's settings: an error is fine, a panic is not, and a model
// that decodes re-encodes.
func FuzzDecodeOrders(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.response.json"))
	for _, n := range names {
		base := filepath.Base(n)
		for _, p := range []string{"orders.", "clients.", "client_groups.", "custom_statuses.", "delivery_variants.", "payment_gateways.",
			"discount_codes.", "bonus_system_transactions.", "fields.", "marketplaces."} {
			if strings.HasPrefix(base, p) {
				if b, err := os.ReadFile(n); err == nil {
					f.Add(b)
				}
			}
		}
	}
	f.Add([]byte(`{"id": "1", "order_lines": {"0": {"sale_price": "1.5"}}, "client": [], "total_price": null}`))
	targets := []func() any{
		func() any { return new(Order) }, func() any { return new(List[Order]) }, func() any { return new(Customer) },
		func() any { return new(ClientGroup) }, func() any { return new(CustomStatus) }, func() any { return new(DeliveryVariant) },
		func() any { return new(PaymentGateway) }, func() any { return new(DiscountCode) }, func() any { return new(BonusSystemTransaction) },
		func() any { return new(OrderField) }, func() any { return new(Marketplace) },
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, mk := range targets {
			v := mk()
			if json.Unmarshal(b, v) != nil {
				continue
			}
			if _, err := json.Marshal(v); err != nil {
				t.Fatalf("%T decoded %q but does not encode: %v", v, b, err)
			}
		}
	})
}
