package commerce_test

import (
	"context"
	"testing"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// TestAuditShopkitOrderRealWorldShapes: nulls, numbers as strings, a
// {"0":..} object for the products list, "" and "1.0e2" amounts; nothing
// sent stays nil, what was sent keeps its text, Source keeps it all.
func TestAuditShopkitOrderRealWorldShapes(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	srv.Empty()
	shopkitLoad(t, srv, "orders", `[{"id": "41", "update_at": null, "created_at": "garbage", "status_alias": null, "status": "3",
	  "paid": null, "currency": null, "subtotal": "", "total": "1.0e2", "discount": null, "total_tax": "0", "shipping": null,
	  "client": null,
	  "products": {"0": {"id": "7", "reference": null, "title": "Bowl", "quantity": "2", "price": "1.0e1", "subtotal": ""}}}]`)
	o, err := st.Orders().Get(context.Background(), 41)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct{ name, got, want string }{
		{"Status", string(o.Status), "shipped"},
		{"PlatformStatus", o.PlatformStatus, "3"},
		{"Subtotal", auditDec(o.Subtotal), "<nil>"},
		{"Total", auditDec(o.Total), "1.0e2"},
		{"DiscountTotal", auditDec(o.DiscountTotal), "<nil>"},
		{"TaxTotal", auditDec(o.TaxTotal), "0"},
		{"ShippingTotal", auditDec(o.ShippingTotal), "<nil>"},
		{"CreatedAt.Raw", o.CreatedAt.Raw(), "garbage"},
	} {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if o.Customer != nil || o.BillingAddress != nil || o.ShippingAddress != nil {
		t.Errorf("a null client gave customer %v, billing %v, shipping %v", o.Customer, o.BillingAddress, o.ShippingAddress)
	}
	if len(o.Lines) != 1 {
		t.Fatalf("%d lines from a {\"0\":..} products object", len(o.Lines))
	}
	l := o.Lines[0]
	if l.ProductID != 7 || l.Quantity.String() != "2" || auditDec(l.UnitPrice) != "1.0e1" || auditDec(l.Total) != "<nil>" || l.SKU != "" {
		t.Errorf("line %+v unit %s total %s", l, auditDec(l.UnitPrice), auditDec(l.Total))
	}
	if _, ok := o.Source.(*shopkit.Order); !ok {
		t.Errorf("Source %T", o.Source)
	}
}
