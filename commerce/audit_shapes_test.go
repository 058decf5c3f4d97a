package commerce_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

func auditDec(d *ecomkit.Decimal) string {
	if d == nil {
		return "<nil>"
	}
	return d.String()
}

// TestAuditInSalesOrderRealWorldShapes: nulls, numbers as strings, a
// {"0":..} object where a list is expected, "" and "1.0e2" amounts, straight
// from a server (no fake in between).
func TestAuditInSalesOrderRealWorldShapes(t *testing.T) {
	body := `{"id":"7","number":null,"created_at":null,"updated_at":"not a time","fulfillment_status":null,
	  "financial_status":"paid","currency_code":null,"items_price":"","total_price":"1.0e2",
	  "delivery_price":null,"full_delivery_price":"",
	  "discounts":{"0":{"id":1,"amount":"0.5","full_amount":"1.0e1"},"1":{"id":2,"amount":"2","full_amount":null}},
	  "order_lines":{"0":{"id":"11","product_id":null,"variant_id":"12","sku":null,"title":null,"quantity":"2",
	    "sale_price":"","total_price":"5.50","full_total_price":null}},
	  "client":null,"shipping_address":null}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := insales.NewClient("myshop", "app", "pass", insales.WithBaseURL(srv.URL+"/admin"), insales.WithoutRateLimit(), insales.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	st, _ := commerce.NewInSales(c)
	o, err := st.Orders().Get(context.Background(), 7)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct{ name, got, want string }{
		{"ID", ecomkit.DecimalFromInt(o.ID).String(), "7"},
		{"Number", o.Number, ""},
		{"Status", string(o.Status), string(commerce.OrderStatusUnknown)},
		{"PaymentStatus", string(o.PaymentStatus), string(commerce.PaymentPaid)},
		{"Subtotal", auditDec(o.Subtotal), "<nil>"},
		{"Total", auditDec(o.Total), "1.0e2"},
		{"ShippingTotal", auditDec(o.ShippingTotal), "<nil>"},
		{"DiscountTotal", auditDec(o.DiscountTotal), "12"}, // 1.0e1 + 2 (amount where full_amount is null)
		{"Lines", ecomkit.DecimalFromInt(int64(len(o.Lines))).String(), "1"},
		{"UpdatedAt.Raw", o.UpdatedAt.Raw(), "not a time"},
	} {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if len(o.Lines) == 1 {
		l := o.Lines[0]
		if l.ID != 11 || l.VariantID != 12 || l.ProductID != 0 || auditDec(l.UnitPrice) != "<nil>" || auditDec(l.Total) != "5.50" || l.Quantity.String() != "2" {
			t.Errorf("line %+v unit %s total %s", l, auditDec(l.UnitPrice), auditDec(l.Total))
		}
	}
	if o.Customer != nil || o.ShippingAddress != nil {
		t.Errorf("customer %v, address %v from nulls", o.Customer, o.ShippingAddress)
	}
	if _, ok := o.Source.(*insales.Order); !ok {
		t.Errorf("Source is %T", o.Source)
	}
	if !o.Checkpoint().Time.IsZero() {
		t.Error("unreadable updated_at gave a checkpoint time")
	}
}

// TestAuditSiteBuilderTaxTotalIsNilWhenATaxSendsNoTotal: a tax without a
// total (null) must not count as 0 in a sum that then reads as a sent
// amount; and a sum is exact.
func TestAuditSiteBuilderTaxTotalIsNilWhenATaxSendsNoTotal(t *testing.T) {
	srv := sitebuildertest.NewServer()
	t.Cleanup(srv.Close)
	if err := srv.Load("orders", []byte(`[
	  {"id": 1, "created": 1700000000, "status": "pending", "total": "1.0e2", "taxes": [{"name": "VAT", "total": null}]},
	  {"id": 2, "created": 1700000000, "status": "pending", "total": 10, "taxes": [{"name": "VAT", "total": "0.1"}, {"name": "GST", "total": "0.2"}]},
	  {"id": 3, "created": 1700000000, "status": "pending", "total": 10, "taxes": [{"name": "VAT", "total": "0.1"}, {"name": "GST"}]}
	]`)); err != nil {
		t.Fatal(err)
	}
	st, _ := commerce.NewSiteBuilder(srv.Client())
	want := map[int64]string{1: "<nil>", 2: "0.3", 3: "<nil>"}
	for id, w := range want {
		o, err := st.Orders().Get(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got := auditDec(o.TaxTotal); got != w {
			t.Errorf("order %d TaxTotal = %s, want %s (taxes %+v)", id, got, w, o.Source.(*sitebuilder.Order).Taxes)
		}
	}
	_ = time.Second
}
