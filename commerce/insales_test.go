package commerce_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// insalesClock is the one clock of a test: the fake stamps writes and its
// Date header with it, and the Store gets it too.
type insalesClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *insalesClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *insalesClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// insalesFake starts the fake, preloaded with the API documentation's
// examples, on a fixed clock, and a Store over it.
func insalesFake(t *testing.T) (*insalestest.Server, commerce.Store, *insalesClock) {
	t.Helper()
	clk := &insalesClock{t: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)}
	srv := insalestest.NewServer(insalestest.WithClock(clk.now), insalestest.WithoutQuota())
	t.Cleanup(srv.Close)
	st, err := commerce.NewInSales(srv.Client(), commerce.WithClock(clk.now))
	if err != nil {
		t.Fatal(err)
	}
	return srv, st, clk
}

func insalesLoad(t *testing.T, srv *insalestest.Server, resource, jsonArray string) {
	t.Helper()
	if err := srv.Load(resource, []byte(jsonArray)); err != nil {
		t.Fatal(err)
	}
}

// insalesText writes a value for comparison: amounts as their exact text
// ("<nil>" for none), times in RFC 3339 with their offset.
func insalesText(v any) string {
	switch x := v.(type) {
	case *ecomkit.Decimal:
		if x == nil {
			return "<nil>"
		}
		return x.String()
	case ecomkit.Decimal:
		return x.String()
	case ecomkit.Time:
		return x.Format(time.RFC3339)
	case *string:
		if x == nil {
			return ""
		}
		return *x
	}
	return fmt.Sprint(v)
}

// insalesCheck compares a normalized field with the platform's typed value
// in Source and with the API documentation's literal.
func insalesCheck(t *testing.T, field string, got, fromSource, documented any) {
	t.Helper()
	g, s, d := insalesText(got), insalesText(fromSource), insalesText(documented)
	if g != s {
		t.Errorf("%s = %q, Source says %q", field, g, s)
	}
	if g != d {
		t.Errorf("%s = %q, the API documentation's example says %q", field, g, d)
	}
}

func insalesDecIs(t *testing.T, field string, got *ecomkit.Decimal, want string) {
	t.Helper()
	if g := insalesText(got); g != want {
		t.Errorf("%s = %s, want %s", field, g, want)
	}
}

func TestInSalesNewRefusesNilClient(t *testing.T) {
	st, err := commerce.NewInSales(nil)
	var fe *ecomkit.FieldError
	if !errors.As(err, &fe) || fe.Field != "client" || fe.Problem != "must not be nil" || st != nil {
		t.Fatalf("NewInSales(nil) = %v, %v; want a FieldError client: must not be nil", st, err)
	}
	_, st, _ = insalesFake(t)
	if st.Platform() != commerce.InSales {
		t.Errorf("Platform() = %q", st.Platform())
	}
}

// The API documentation's "Get order" example (GET /admin/orders/1.json).
func TestInSalesOrderGetMatchesTheDocumentation(t *testing.T) {
	_, st, _ := insalesFake(t)
	o, err := st.Orders().Get(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	src, ok := o.Source.(*insales.Order)
	if !ok {
		t.Fatalf("Source is %T, want *insales.Order", o.Source)
	}
	if o.Platform != commerce.InSales {
		t.Errorf("Platform = %q", o.Platform)
	}
	insalesCheck(t, "ID", o.ID, src.ID, 1)
	insalesCheck(t, "Number", o.Number, src.Number, "1001")
	insalesCheck(t, "CreatedAt", o.CreatedAt, src.CreatedAt, "2009-03-18T10:53:14+03:00")
	insalesCheck(t, "UpdatedAt", o.UpdatedAt, src.UpdatedAt, "2017-01-01T03:00:00+03:00")
	insalesCheck(t, "PlatformStatus", o.PlatformStatus, src.FulfillmentStatus, "new")
	insalesCheck(t, "PlatformPaymentStatus", o.PlatformPaymentStatus, src.FinancialStatus, "pending")
	if o.Status != commerce.OrderOpen || o.PaymentStatus != commerce.PaymentPending {
		t.Errorf("Status, PaymentStatus = %q, %q; want open, pending", o.Status, o.PaymentStatus)
	}
	insalesCheck(t, "Currency", o.Currency, src.CurrencyCode, "RUR")
	insalesCheck(t, "Subtotal", o.Subtotal, src.ItemsPrice, "1500.0")
	insalesCheck(t, "ShippingTotal", o.ShippingTotal, src.FullDeliveryPrice, "100.0")
	insalesCheck(t, "Total", o.Total, src.TotalPrice, "1600.0")
	// "discounts": [] in the example: nothing taken off.
	if len(src.Discounts) != 0 || src.Discounts == nil {
		t.Fatalf("Source discounts = %#v, want the example's empty list", src.Discounts)
	}
	insalesDecIs(t, "DiscountTotal", o.DiscountTotal, "0")
	insalesDecIs(t, "TaxTotal", o.TaxTotal, "<nil>")

	docLines := []struct {
		id, product, variant       int64
		sku, title, qty, unit, sum string
	}{
		{1, 1, 1, "423", "Cool t-shirt", "1", "300.0", "300.0"},
		{2, 2, 2, "424", "shirt", "2", "600.0", "1200.0"},
	}
	if len(o.Lines) != len(docLines) || len(src.OrderLines) != len(docLines) {
		t.Fatalf("%d lines (Source %d), want %d", len(o.Lines), len(src.OrderLines), len(docLines))
	}
	for i, want := range docLines {
		l, sl := o.Lines[i], &src.OrderLines[i]
		f := fmt.Sprintf("Lines[%d].", i)
		if l.Source != sl {
			t.Errorf("%sSource = %p, want a pointer into the order's Source (%p)", f, l.Source, sl)
		}
		insalesCheck(t, f+"ID", l.ID, sl.ID, want.id)
		insalesCheck(t, f+"ProductID", l.ProductID, sl.ProductID, want.product)
		insalesCheck(t, f+"VariantID", l.VariantID, sl.VariantID, want.variant)
		insalesCheck(t, f+"SKU", l.SKU, sl.SKU, want.sku)
		insalesCheck(t, f+"Title", l.Title, sl.Title, want.title)
		insalesCheck(t, f+"Quantity", l.Quantity, sl.Quantity, want.qty)
		insalesCheck(t, f+"UnitPrice", l.UnitPrice, sl.SalePrice, want.unit)
		insalesCheck(t, f+"Total", l.Total, sl.FullTotalPrice, want.sum)
	}

	if o.Customer == nil || src.Client == nil {
		t.Fatalf("Customer = %v (Source client %v), want the example's client", o.Customer, src.Client)
	}
	insalesCheck(t, "Customer.ID", o.Customer.ID, src.Client.ID, 2)
	insalesCheck(t, "Customer.Email", o.Customer.Email, src.Client.Email, "some-one@yandex.ru")
	insalesCheck(t, "Customer.Name", o.Customer.Name, src.Client.Name, "Mortimer Hant")
	insalesCheck(t, "Customer.Phone", o.Customer.Phone, src.Client.Phone, "+7(916)212-85-06")

	if o.BillingAddress != nil {
		t.Errorf("BillingAddress = %+v; InSales has none", o.BillingAddress)
	}
	a, sa := o.ShippingAddress, src.ShippingAddress
	if a == nil || sa == nil {
		t.Fatalf("ShippingAddress = %v (Source %v)", a, sa)
	}
	if a.Source != sa {
		t.Errorf("ShippingAddress.Source = %p, want %p", a.Source, sa)
	}
	insalesCheck(t, "ShippingAddress.Name", a.Name, sa.FullName, "Tom Dellay")
	insalesCheck(t, "ShippingAddress.Line1", a.Line1, sa.Address, "address")
	insalesCheck(t, "ShippingAddress.City", a.City, sa.City, "London")
	insalesCheck(t, "ShippingAddress.Region", a.Region, sa.State, "state")
	insalesCheck(t, "ShippingAddress.PostalCode", a.PostalCode, sa.Zip, "123456")
	insalesCheck(t, "ShippingAddress.Country", a.Country, sa.Country, "RU")
	insalesCheck(t, "ShippingAddress.Phone", a.Phone, sa.Phone, "+7(495)212-85-06")
	insalesCheck(t, "ShippingAddress.Text", a.Text, sa.FullDeliveryAddress, "123456, state, London, address, old value")
	if a.Company != "" || a.Line2 != "" {
		t.Errorf("Company, Line2 = %q, %q; InSales has neither", a.Company, a.Line2)
	}
	// What the model does not carry is still in Source.
	if src.CustomStatus == nil || src.CustomStatus.Permalink != "new" || src.Key != "teest" || src.ManagerComment == nil {
		t.Errorf("Source lost fields: custom_status %+v, key %q", src.CustomStatus, src.Key)
	}
	if o.Checkpoint() != (ecomkit.Checkpoint{Time: src.UpdatedAt.Time, ID: 1}) {
		t.Errorf("Checkpoint = %+v", o.Checkpoint())
	}
}

// The orders.list example: orders 4 and 3 carry discounts and lines with
// product_id null.
func TestInSalesOrdersAllListsTheDocumentation(t *testing.T) {
	_, st, _ := insalesFake(t)
	type doc struct {
		number, payment, discount, subtotal, total string
		lineProducts                               []int64
	}
	want := map[int64]doc{
		1: {"1001", "pending", "0", "1500.0", "1600.0", []int64{1, 2}},
		3: {"1004", "paid", "360.0", "840.0", "840.0", []int64{0, 0}},
		4: {"1005", "paid", "396.0", "804.0", "804.0", []int64{0, 0}},
	}
	var ids []int64
	for o, err := range st.Orders().All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, o.ID)
		w, ok := want[o.ID]
		if !ok {
			t.Errorf("unexpected order %d", o.ID)
			continue
		}
		src := o.Source.(*insales.Order)
		f := fmt.Sprintf("order %d ", o.ID)
		insalesCheck(t, f+"Number", o.Number, src.Number, w.number)
		insalesCheck(t, f+"PlatformPaymentStatus", o.PlatformPaymentStatus, src.FinancialStatus, w.payment)
		insalesCheck(t, f+"Subtotal", o.Subtotal, src.ItemsPrice, w.subtotal)
		insalesCheck(t, f+"Total", o.Total, src.TotalPrice, w.total)
		insalesDecIs(t, f+"DiscountTotal", o.DiscountTotal, w.discount)
		// The lines' totals are after their discounts and add up to the
		// subtotal, and the subtotal and delivery to the total, in every
		// example.
		var lines, whole ecomkit.Decimal
		for _, l := range o.Lines {
			lines = lines.Add(*l.Total)
		}
		if lines.Cmp(*o.Subtotal) != 0 {
			t.Errorf("%slines add up to %s, Subtotal %s", f, lines, o.Subtotal)
		}
		if whole = o.Subtotal.Add(*o.ShippingTotal); whole.Cmp(*o.Total) != 0 {
			t.Errorf("%sSubtotal + ShippingTotal = %s, Total %s", f, whole, o.Total)
		}
		if len(src.Discounts) > 0 {
			insalesCheck(t, f+"DiscountTotal", o.DiscountTotal, src.Discounts[0].FullAmount, w.discount)
		}
		if w.payment == "paid" && o.PaymentStatus != commerce.PaymentPaid {
			t.Errorf("%sPaymentStatus = %q", f, o.PaymentStatus)
		}
		var products []int64
		for i, l := range o.Lines {
			products = append(products, l.ProductID)
			if l.Source != &src.OrderLines[i] {
				t.Errorf("%sline %d: Source is not a pointer into the order", f, i)
			}
		}
		if !slices.Equal(products, w.lineProducts) {
			t.Errorf("%slines' ProductID = %v, want %v", f, products, w.lineProducts)
		}
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []int64{1, 3, 4}) {
		t.Errorf("All read orders %v, want 1, 3, 4", ids)
	}
}

func TestInSalesOrderStatuses(t *testing.T) {
	srv, st, _ := insalesFake(t)
	cases := []struct {
		fulfillment string
		want        commerce.OrderStatus
		financial   string
		wantPay     commerce.PaymentStatus
	}{
		{"new", commerce.OrderOpen, "pending", commerce.PaymentPending},
		{"accepted", commerce.OrderProcessing, "paid", commerce.PaymentPaid},
		{"approved", commerce.OrderProcessing, "refunded", commerce.PaymentStatusUnknown},
		{"dispatched", commerce.OrderShipped, "", commerce.PaymentStatusUnknown},
		{"delivered", commerce.OrderCompleted, "PAID", commerce.PaymentStatusUnknown},
		{"declined", commerce.OrderCancelled, "paid", commerce.PaymentPaid},
		{"returned", commerce.OrderReturned, "pending", commerce.PaymentPending},
		{"v-obrabotke", commerce.OrderStatusUnknown, "pending", commerce.PaymentPending},
		{"", commerce.OrderStatusUnknown, "pending", commerce.PaymentPending},
	}
	var objs []string
	for i, c := range cases {
		objs = append(objs, fmt.Sprintf(`{"id": %d, "fulfillment_status": %q, "financial_status": %q, "updated_at": "2020-01-01T00:00:00+03:00"}`,
			100+i, c.fulfillment, c.financial))
	}
	insalesLoad(t, srv, "orders", "["+strings.Join(objs, ",")+"]")
	for i, c := range cases {
		o, err := st.Orders().Get(context.Background(), int64(100+i))
		if err != nil {
			t.Fatal(err)
		}
		if o.Status != c.want || o.PlatformStatus != c.fulfillment {
			t.Errorf("fulfillment_status %q: Status %q (platform %q), want %q", c.fulfillment, o.Status, o.PlatformStatus, c.want)
		}
		if o.PaymentStatus != c.wantPay || o.PlatformPaymentStatus != c.financial {
			t.Errorf("financial_status %q: PaymentStatus %q (platform %q), want %q", c.financial, o.PaymentStatus, o.PlatformPaymentStatus, c.wantPay)
		}
	}
}

// An order with nulls, missing nested objects and numbers as strings: the
// normalized order leaves empty what was not sent, and Source keeps all.
func TestInSalesOrderToleratesNullsAndStrings(t *testing.T) {
	srv, st, _ := insalesFake(t)
	insalesLoad(t, srv, "orders", `[
	  {"id": 90, "number": null, "fulfillment_status": null, "financial_status": null, "currency_code": null,
	   "total_price": null, "items_price": null, "delivery_price": null, "discounts": null, "client": null,
	   "shipping_address": null, "order_lines": [], "created_at": null, "updated_at": "2020-01-01T00:00:00+03:00"},
	  {"id": 91, "number": "1007", "total_price": "12.50", "items_price": "10.00", "delivery_price": "2.50",
	   "currency_code": "EUR", "discounts": [{"id": 5, "amount": null}], "client": {"id": null, "name": null, "email": null},
	   "shipping_address": {"id": 3, "full_name": null, "address": null, "location": null, "fields_values": null},
	   "order_lines": [{"id": "7", "quantity": "1.5", "sale_price": null, "total_price": null, "sku": null, "product_id": null,
	     "variant_id": "12", "title": null, "weight": "0.35"}],
	   "brand_new_field": {"kept": true}, "updated_at": "2020-01-01T00:00:01+03:00"}
	]`)
	ctx := context.Background()
	o, err := st.Orders().Get(ctx, 90)
	if err != nil {
		t.Fatal(err)
	}
	if o.Number != "" || o.Currency != "" || o.PlatformStatus != "" || o.PlatformPaymentStatus != "" ||
		o.Status != commerce.OrderStatusUnknown || o.PaymentStatus != commerce.PaymentStatusUnknown {
		t.Errorf("nulls mapped to %q %q %q %q %q %q", o.Number, o.Currency, o.PlatformStatus, o.PlatformPaymentStatus, o.Status, o.PaymentStatus)
	}
	for name, d := range map[string]*ecomkit.Decimal{"Subtotal": o.Subtotal, "ShippingTotal": o.ShippingTotal,
		"DiscountTotal": o.DiscountTotal, "TaxTotal": o.TaxTotal, "Total": o.Total} {
		insalesDecIs(t, name, d, "<nil>")
	}
	if o.Customer != nil || o.ShippingAddress != nil || o.BillingAddress != nil || len(o.Lines) != 0 || !o.CreatedAt.IsZero() {
		t.Errorf("order 90 = %+v, want no customer, address, lines or creation time", o)
	}

	o, err = st.Orders().Get(ctx, 91)
	if err != nil {
		t.Fatal(err)
	}
	src := o.Source.(*insales.Order)
	if o.Number != "1007" || o.Currency != "EUR" {
		t.Errorf("Number, Currency = %q, %q", o.Number, o.Currency)
	}
	insalesDecIs(t, "Total", o.Total, "12.50")
	insalesDecIs(t, "Subtotal", o.Subtotal, "10.00")
	insalesDecIs(t, "ShippingTotal", o.ShippingTotal, "2.50")
	insalesDecIs(t, "DiscountTotal (a discount without amount)", o.DiscountTotal, "<nil>")
	if c := o.Customer; c == nil || *c != (commerce.CustomerRef{}) {
		t.Errorf("Customer = %+v, want an empty reference", c)
	}
	if a := o.ShippingAddress; a == nil || a.Source != src.ShippingAddress || a.Name != "" || a.Line1 != "" || a.Text != "" {
		t.Errorf("ShippingAddress = %+v", a)
	}
	if len(o.Lines) != 1 {
		t.Fatalf("%d lines", len(o.Lines))
	}
	l := o.Lines[0]
	if l.ID != 7 || l.VariantID != 12 || l.ProductID != 0 || l.SKU != "" || l.Title != "" || l.Quantity.String() != "1.5" ||
		l.UnitPrice != nil || l.Total != nil || l.Source != &src.OrderLines[0] {
		t.Errorf("line = %+v", l)
	}
	if w := src.OrderLines[0].Weight; w == nil || w.String() != "0.35" {
		t.Errorf("Source line weight = %v", w)
	}
	if _, ok := src.Extra["brand_new_field"]; !ok {
		t.Errorf("Source.Extra lost brand_new_field: %v", src.Extra)
	}
}

// insalesOrdersFrom loads n orders, three to a second, from base on.
func insalesOrdersFrom(t *testing.T, srv *insalestest.Server, base time.Time, n int) {
	t.Helper()
	var objs []string
	for i := range n {
		at := base.Add(time.Duration(i/3) * time.Second).Format(time.RFC3339)
		// Ids descend within a second so id order and time order differ.
		objs = append(objs, fmt.Sprintf(`{"id": %d, "number": %d, "fulfillment_status": "new", "financial_status": "pending",
		  "currency_code": "RUR", "total_price": "1.0", "created_at": %q, "updated_at": %q}`, 1000-i%3+10*i, 5000+i, at, at))
	}
	insalesLoad(t, srv, "orders", "["+strings.Join(objs, ",")+"]")
}

func insalesRead[T interface{ Checkpoint() ecomkit.Checkpoint }](t *testing.T, seq func(yield func(T, error) bool), limit int) []T {
	t.Helper()
	var out []T
	for v, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
		if len(out) == limit {
			break
		}
	}
	return out
}

func TestInSalesOrdersChangesResumeAndCatchEdits(t *testing.T) {
	srv, st, clk := insalesFake(t)
	srv.Empty()
	base := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	insalesOrdersFrom(t, srv, base, 20)
	ctx := context.Background()

	// Read 7, stop (a crash), resume from the 7th's checkpoint.
	first := insalesRead(t, st.Orders().Changes(ctx, ecomkit.Checkpoint{}), 7)
	if len(first) != 7 {
		t.Fatalf("read %d, want 7", len(first))
	}
	cp := first[6].Checkpoint()
	rest := insalesRead(t, st.Orders().Changes(ctx, cp), -1)
	if r, ok := srv.LastRequest(); !ok || r.Query.Get("from_id") != fmt.Sprint(cp.ID) ||
		r.Query.Get("updated_since") != cp.Time.Format(insales.TimeLayout) {
		t.Errorf("resume asked %v, want updated_since and from_id of the checkpoint %+v", r.Query, cp)
	}
	all := append(first, rest...)
	if len(all) != 20 {
		t.Fatalf("read %d orders in all, want 20 exactly once", len(all))
	}
	seen := map[int64]bool{}
	for i, o := range all {
		if seen[o.ID] {
			t.Errorf("order %d read twice", o.ID)
		}
		seen[o.ID] = true
		if i > 0 && !(o.UpdatedAt.After(all[i-1].UpdatedAt.Time) ||
			o.UpdatedAt.Equal(all[i-1].UpdatedAt.Time) && o.ID > all[i-1].ID) {
			t.Errorf("order %d at %v comes after order %d at %v", o.ID, o.UpdatedAt, all[i-1].ID, all[i-1].UpdatedAt)
		}
		if o.Number == "" || o.Status != commerce.OrderOpen || o.Source.(*insales.Order).ID != o.ID {
			t.Errorf("order %d not mapped: %+v", o.ID, o)
		}
	}
	last := all[len(all)-1].Checkpoint()

	// An edit after the checkpoint, in the server's current second, waits
	// for the second to end; then it is read again, alone.
	edited := first[2].ID
	if !srv.Touch("orders", edited) {
		t.Fatal("Touch failed")
	}
	if got := insalesRead(t, st.Orders().Changes(ctx, last), -1); len(got) != 0 {
		t.Errorf("read %d orders changed in the current second, want none yet", len(got))
	}
	clk.advance(time.Second)
	again := insalesRead(t, st.Orders().Changes(ctx, last), -1)
	if len(again) != 1 || again[0].ID != edited || !again[0].UpdatedAt.Equal(clk.now().Add(-time.Second)) {
		t.Fatalf("after the edit read %+v, want order %d alone", again, edited)
	}
	if got := insalesRead(t, st.Orders().Changes(ctx, again[0].Checkpoint()), -1); len(got) != 0 {
		t.Errorf("read %d orders after the last checkpoint, want none", len(got))
	}
}

// The API documentation's "Get product" example (GET /admin/products/1.json).
func TestInSalesProductGetMatchesTheDocumentation(t *testing.T) {
	_, st, _ := insalesFake(t)
	p, err := st.Products().Get(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	src, ok := p.Source.(*insales.Product)
	if !ok {
		t.Fatalf("Source is %T", p.Source)
	}
	if p.Platform != commerce.InSales {
		t.Errorf("Platform = %q", p.Platform)
	}
	insalesCheck(t, "ID", p.ID, src.ID, 1)
	insalesCheck(t, "Title", p.Title, src.Title, "Cool t-shirt")
	insalesCheck(t, "Handle", p.Handle, src.Permalink, "футболка")
	insalesCheck(t, "CreatedAt", p.CreatedAt, src.CreatedAt, "2017-08-25T12:59:21+03:00")
	insalesCheck(t, "UpdatedAt", p.UpdatedAt, src.UpdatedAt, "2017-08-25T12:59:21+03:00")
	if len(p.Variants) != 1 || len(src.Variants) != 1 {
		t.Fatalf("%d variants (Source %d), want the example's one", len(p.Variants), len(src.Variants))
	}
	v, sv := p.Variants[0], &src.Variants[0]
	if v.Source != sv {
		t.Errorf("Variants[0].Source = %p, want %p", v.Source, sv)
	}
	insalesCheck(t, "Variants[0].ID", v.ID, sv.ID, 1)
	insalesCheck(t, "Variants[0].Title", v.Title, sv.Title, "Red")
	insalesCheck(t, "Variants[0].SKU", v.SKU, sv.SKU, "423")
	insalesCheck(t, "Variants[0].Price", v.Price, sv.Price, "10.0")
	insalesCheck(t, "Variants[0].Stock", v.Stock, sv.Quantity, "0")
	// Product-level values come from the variants (see the mapping).
	insalesCheck(t, "SKU (the only variant's)", p.SKU, sv.SKU, "423")
	insalesCheck(t, "Price (the first variant's)", p.Price, sv.Price, "10.0")
	insalesCheck(t, "Stock (the variants' sum)", p.Stock, sv.Quantity, "0")
	// currency_code ("LVL") is the product's stock currency; prices come
	// converted (see the mapping), so Currency is not claimed.
	if p.Currency != "" || src.CurrencyCode != "LVL" {
		t.Errorf("Currency = %q (Source currency_code %q), want \"\" and LVL kept in Source", p.Currency, src.CurrencyCode)
	}
	if p.Price == v.Price {
		t.Error("Price aliases the variant's Price")
	}
}

func TestInSalesProductDerivedFields(t *testing.T) {
	srv, st, _ := insalesFake(t)
	insalesLoad(t, srv, "products", `[
	  {"id": 70, "title": "two sizes", "permalink": "two", "updated_at": "2020-01-01T00:00:00+03:00",
	   "variants": [{"id": 701, "sku": "S", "title": "S", "price": "5.00", "quantity": "3.0"},
	                {"id": 702, "sku": "M", "title": "M", "price": 7.5, "quantity": 2}]},
	  {"id": 71, "title": "untracked", "updated_at": "2020-01-01T00:00:00+03:00",
	   "variants": [{"id": 711, "sku": "A", "price": "1.0", "quantity": "4"}, {"id": 712, "sku": "B", "price": null, "quantity": null}]},
	  {"id": 72, "title": null, "permalink": null, "currency_code": null, "updated_at": "2020-01-01T00:00:00+03:00", "variants": []}
	]`)
	ctx := context.Background()
	p, err := st.Products().Get(ctx, 70)
	if err != nil {
		t.Fatal(err)
	}
	insalesDecIs(t, "70 Price", p.Price, "5.00")
	insalesDecIs(t, "70 Stock", p.Stock, "5.0")
	if p.SKU != "" || len(p.Variants) != 2 || p.Variants[1].SKU != "M" {
		t.Errorf("70: SKU %q with %d variants; want \"\" (two variants)", p.SKU, len(p.Variants))
	}
	insalesDecIs(t, "70 Variants[1].Price", p.Variants[1].Price, "7.5")

	p, err = st.Products().Get(ctx, 71)
	if err != nil {
		t.Fatal(err)
	}
	insalesDecIs(t, "71 Stock (a variant untracked)", p.Stock, "<nil>")
	insalesDecIs(t, "71 Variants[1].Price", p.Variants[1].Price, "<nil>")
	insalesDecIs(t, "71 Variants[1].Stock", p.Variants[1].Stock, "<nil>")
	insalesDecIs(t, "71 Variants[0].Stock", p.Variants[0].Stock, "4")

	p, err = st.Products().Get(ctx, 72)
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "" || p.Handle != "" || p.SKU != "" || p.Price != nil || p.Stock != nil || len(p.Variants) != 0 || p.Currency != "" {
		t.Errorf("72 = %+v, want empty fields", p)
	}

	// The documentation's product 3 does not track stock (quantity null).
	p, err = st.Products().Get(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if src := p.Source.(*insales.Product); src.Variants[0].Quantity != nil || p.Stock != nil || p.Variants[0].Stock != nil {
		t.Errorf("product 3: Stock %v, variant %v; want nil (quantity null)", p.Stock, p.Variants[0].Stock)
	}
	insalesDecIs(t, "3 Price", p.Price, "20.0")
}

func TestInSalesProductsAllAndChanges(t *testing.T) {
	srv, st, clk := insalesFake(t)
	ctx := context.Background()
	var ids []int64
	for p, err := range st.Products().All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if p.Source.(*insales.Product).ID != p.ID || p.Title == "" {
			t.Errorf("product %d not mapped: %+v", p.ID, p)
		}
		ids = append(ids, p.ID)
	}
	if !slices.Equal(ids, []int64{1, 2, 3, 4, 5}) {
		t.Errorf("All read %v, want the documentation's 1..5", ids)
	}

	// All five share updated_at: the feed orders them by id.
	first := insalesRead(t, st.Products().Changes(ctx, ecomkit.Checkpoint{}), 2)
	rest := insalesRead(t, st.Products().Changes(ctx, first[1].Checkpoint()), -1)
	ids = nil
	for _, p := range append(first, rest...) {
		ids = append(ids, p.ID)
	}
	if !slices.Equal(ids, []int64{1, 2, 3, 4, 5}) {
		t.Errorf("Changes in two walks read %v, want 1..5 once each", ids)
	}
	last := rest[len(rest)-1].Checkpoint()
	srv.Touch("products", 2)
	clk.advance(time.Second)
	again := insalesRead(t, st.Products().Changes(ctx, last), -1)
	if len(again) != 1 || again[0].ID != 2 {
		t.Errorf("after editing product 2 read %v, want product 2 alone", again)
	}
}

// The API documentation's client 2 (in the "Get order" and clients
// examples).
func TestInSalesCustomerGetMatchesTheDocumentation(t *testing.T) {
	_, st, _ := insalesFake(t)
	c, err := st.Customers().Get(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	src, ok := c.Source.(*insales.Customer)
	if !ok {
		t.Fatalf("Source is %T", c.Source)
	}
	if c.Platform != commerce.InSales {
		t.Errorf("Platform = %q", c.Platform)
	}
	insalesCheck(t, "ID", c.ID, src.ID, 2)
	insalesCheck(t, "Email", c.Email, src.Email, "some-one@yandex.ru")
	insalesCheck(t, "Phone", c.Phone, src.Phone, "+7(916)212-85-06")
	insalesCheck(t, "FirstName", c.FirstName, src.Name, "Mortimer Hant")
	insalesCheck(t, "LastName", c.LastName, src.Surname, "")
	insalesCheck(t, "Name", c.Name, src.Name, "Mortimer Hant")
	insalesCheck(t, "CreatedAt", c.CreatedAt, src.CreatedAt, "2009-03-30T04:37:32+04:00")
	insalesCheck(t, "UpdatedAt", c.UpdatedAt, src.UpdatedAt, "2009-03-31T12:20:34+04:00")
	if len(c.Addresses) != 0 {
		t.Errorf("Addresses = %+v; an individual client has none in the API", c.Addresses)
	}
}

func TestInSalesCustomerNamesAndJuridicalAddress(t *testing.T) {
	srv, st, _ := insalesFake(t)
	// Client 21 is the API documentation's "Create juridical client" answer.
	insalesLoad(t, srv, "clients", `[
	  {"bank_name": null, "bik": 123456789, "bonus_points": 0, "client_group_id": null, "correspondent_account": null,
	   "created_at": "2017-01-01T03:00:00+03:00", "email": null, "id": 21, "inn": 1234567890, "ip_addr": null,
	   "juridical_address": "123456, Moscow, Novaya st., 1, 222", "kpp": 123456789, "name": "OOO 'Company'",
	   "ogrn": null, "okpo": null, "phone": null, "registered": false, "settlement_account": null, "subscribe": true,
	   "type": "Client::Juridical", "updated_at": "2017-01-01T03:00:00+03:00", "progressive_discount": null,
	   "group_discount": null, "fields_values": []},
	  {"id": 22, "type": "Client::Individual", "name": "Ivan", "middlename": "Ivanovich", "surname": "Petrov",
	   "updated_at": "2017-01-01T03:00:00+03:00"},
	  {"id": 23, "type": null, "name": null, "surname": null, "email": null, "phone": null, "juridical_address": "",
	   "created_at": null, "updated_at": "2017-01-01T03:00:00+03:00"}
	]`)
	ctx := context.Background()
	c, err := st.Customers().Get(ctx, 21)
	if err != nil {
		t.Fatal(err)
	}
	src := c.Source.(*insales.Customer)
	insalesCheck(t, "Name", c.Name, src.Name, "OOO 'Company'")
	if c.FirstName != "" || c.LastName != "" || c.Email != "" || c.Phone != "" {
		t.Errorf("juridical client: FirstName %q LastName %q Email %q Phone %q, want empty", c.FirstName, c.LastName, c.Email, c.Phone)
	}
	if len(c.Addresses) != 1 || c.Addresses[0].Source != src.JuridicalAddress {
		t.Fatalf("Addresses = %+v, want the juridical address", c.Addresses)
	}
	insalesCheck(t, "Addresses[0].Text", c.Addresses[0].Text, src.JuridicalAddress, "123456, Moscow, Novaya st., 1, 222")
	if src.INN == nil || *src.INN != "1234567890" {
		t.Errorf("Source INN = %v", src.INN)
	}

	c, err = st.Customers().Get(ctx, 22)
	if err != nil {
		t.Fatal(err)
	}
	if c.FirstName != "Ivan" || c.LastName != "Petrov" || c.Name != "Ivan Ivanovich Petrov" {
		t.Errorf("names = %q %q %q", c.FirstName, c.LastName, c.Name)
	}

	c, err = st.Customers().Get(ctx, 23)
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != 23 || c.FirstName != "" || c.LastName != "" || c.Name != "" || c.Email != "" || len(c.Addresses) != 0 || !c.CreatedAt.IsZero() {
		t.Errorf("client with nulls = %+v", c)
	}
}

func TestInSalesCustomersAllAndChanges(t *testing.T) {
	srv, st, clk := insalesFake(t)
	ctx := context.Background()
	var ids []int64
	for c, err := range st.Customers().All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if c.Source.(*insales.Customer).ID != c.ID || c.Email == "" {
			t.Errorf("client %d not mapped: %+v", c.ID, c)
		}
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []int64{2, 3, 5}) {
		t.Errorf("All read %v, want the documentation's 2, 3, 5", ids)
	}
	// By updated_at: client 2 (2009-03-31), then 3 and 5 (both 2009-04-30).
	first := insalesRead(t, st.Customers().Changes(ctx, ecomkit.Checkpoint{}), 2)
	rest := insalesRead(t, st.Customers().Changes(ctx, first[1].Checkpoint()), -1)
	ids = nil
	for _, c := range append(first, rest...) {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []int64{2, 3, 5}) {
		t.Errorf("Changes in two walks read %v, want 2, 3, 5", ids)
	}
	srv.Touch("clients", 2)
	clk.advance(time.Second)
	again := insalesRead(t, st.Customers().Changes(ctx, rest[len(rest)-1].Checkpoint()), -1)
	if len(again) != 1 || again[0].ID != 2 {
		t.Errorf("after editing client 2 read %v, want client 2 alone", again)
	}
}

func TestInSalesErrorsPassThrough(t *testing.T) {
	srv, st, _ := insalesFake(t)
	ctx := context.Background()
	if _, err := st.Orders().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("order 999: %v, want ErrNotFound", err)
	}
	if _, err := st.Products().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("product 999: %v, want ErrNotFound", err)
	}
	if _, err := st.Customers().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("client 999: %v, want ErrNotFound", err)
	}
	srv.SetFaults(insalestest.Faults{FailFirst: 100, FailStatus: 401})
	for name, seq := range map[string]func(func(commerce.Order, error) bool){
		"All": st.Orders().All(ctx), "Changes": st.Orders().Changes(ctx, ecomkit.Checkpoint{}),
	} {
		n := 0
		for _, err := range seq {
			n++
			if !errors.Is(err, ecomkit.ErrUnauthorized) {
				t.Errorf("orders %s: %v, want ErrUnauthorized", name, err)
			}
		}
		if n != 1 {
			t.Errorf("orders %s yielded %d times, want the error once", name, n)
		}
	}
	for _, err := range st.Products().Changes(ctx, ecomkit.Checkpoint{}) {
		if !errors.Is(err, ecomkit.ErrUnauthorized) {
			t.Errorf("products Changes: %v", err)
		}
	}
	for _, err := range st.Customers().All(ctx) {
		if !errors.Is(err, ecomkit.ErrUnauthorized) {
			t.Errorf("clients All: %v", err)
		}
	}
}

// A zero insales.Client (not built with NewClient) answers errors through
// the Store instead of panicking.
func TestInSalesZeroClientErrs(t *testing.T) {
	st, err := commerce.NewInSales(&insales.Client{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if o, err := st.Orders().Get(ctx, 1); err == nil || o != nil {
		t.Errorf("Orders().Get = %v, %v; want an error", o, err)
	}
	if p, err := st.Products().Get(ctx, 1); err == nil || p != nil {
		t.Errorf("Products().Get = %v, %v; want an error", p, err)
	}
	for name, seq := range map[string]func(func(commerce.Customer, error) bool){
		"All": st.Customers().All(ctx), "Changes": st.Customers().Changes(ctx, ecomkit.Checkpoint{}),
	} {
		n := 0
		for _, err := range seq {
			n++
			if err == nil {
				t.Errorf("Customers().%s yielded a customer", name)
			}
		}
		if n != 1 {
			t.Errorf("Customers().%s yielded %d times, want one error", name, n)
		}
	}
}
