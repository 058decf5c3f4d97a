package commerce_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// shopkitFake starts the fake preloaded with the API documentation's
// examples and returns it with a Store reading it.
func shopkitFake(t *testing.T, clientOpts []shopkit.Option, storeOpts ...commerce.StoreOption) (*shopkittest.Server, commerce.Store) {
	t.Helper()
	srv := shopkittest.NewServer()
	t.Cleanup(srv.Close)
	st, err := commerce.NewShopkit(srv.Client(clientOpts...), storeOpts...)
	if err != nil {
		t.Fatal(err)
	}
	return srv, st
}

func shopkitLoad(t *testing.T, srv *shopkittest.Server, resource, json string) {
	t.Helper()
	if err := srv.Load(resource, []byte(json)); err != nil {
		t.Fatal(err)
	}
}

// shopkitDec prints an optional amount, "<nil>" for nil.
func shopkitDec(d *ecomkit.Decimal) string {
	if d == nil {
		return "<nil>"
	}
	return d.String()
}

// shopkitSrcDec prints an amount of the source model as shopkitDec prints
// the normalized one: "<nil>" for an amount not sent.
func shopkitSrcDec(d ecomkit.Decimal) string {
	if d == (ecomkit.Decimal{}) {
		return "<nil>"
	}
	return d.String()
}

func shopkitTime(t ecomkit.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// shopkitField is one normalized field checked against the platform's
// typed value and the API documentation's literal.
type shopkitField struct {
	name, got, source, doc string
}

func shopkitCheck(t *testing.T, fields []shopkitField) {
	t.Helper()
	for _, f := range fields {
		if f.got != f.source {
			t.Errorf("%s = %q, the typed model says %q", f.name, f.got, f.source)
		}
		if f.got != f.doc {
			t.Errorf("%s = %q, the API documentation's example says %q", f.name, f.got, f.doc)
		}
	}
}

func shopkitCollect[T any](t *testing.T, seq func(yield func(T, error) bool)) []T {
	t.Helper()
	var out []T
	for v, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func shopkitOrderIDs(orders []commerce.Order) []int64 {
	ids := make([]int64, len(orders))
	for i, o := range orders {
		ids[i] = o.ID
	}
	return ids
}

func shopkitProductIDs(products []commerce.Product) []int64 {
	ids := make([]int64, len(products))
	for i, p := range products {
		ids[i] = p.ID
	}
	return ids
}

// shopkitRequests are the recorded requests to path.
func shopkitRequests(srv *shopkittest.Server, path string) []shopkittest.Request {
	var out []shopkittest.Request
	for _, r := range srv.Requests() {
		if r.Path == path {
			out = append(out, r)
		}
	}
	return out
}

func TestShopkitNewRefusesNilClient(t *testing.T) {
	st, err := commerce.NewShopkit(nil)
	var fe *ecomkit.FieldError
	if st != nil || !errors.As(err, &fe) || fe.Field != "client" || fe.Problem != "must not be nil" {
		t.Fatalf("NewShopkit(nil) = %v, %v; want a FieldError client: must not be nil", st, err)
	}
	_, st = shopkitFake(t, nil)
	if st.Platform() != commerce.Shopkit {
		t.Errorf("Platform() = %q", st.Platform())
	}
}

func TestShopkitOrderGetFromDocumentation(t *testing.T) {
	_, st := shopkitFake(t, nil)
	o, err := st.Orders().Get(context.Background(), shopkittest.SeedOrderID)
	if err != nil {
		t.Fatal(err)
	}
	src, ok := o.Source.(*shopkit.Order)
	if !ok {
		t.Fatalf("Source is %T, want *shopkit.Order", o.Source)
	}
	shopkitCheck(t, []shopkitField{
		{"Platform", string(o.Platform), "shopkit", "shopkit"},
		{"ID", strconv.FormatInt(o.ID, 10), strconv.FormatInt(src.ID, 10), "1337"},
		{"Number", o.Number, "", ""},
		{"CreatedAt", shopkitTime(o.CreatedAt), shopkitTime(src.CreatedAt), "2017-05-17T09:45:05Z"},
		{"UpdatedAt", shopkitTime(o.UpdatedAt), shopkitTime(src.UpdateAt), "2017-12-06T17:18:41Z"},
		{"Status", string(o.Status), "shipped", "shipped"},
		{"PlatformStatus", o.PlatformStatus, string(src.StatusAlias), "sent"},
		{"PaymentStatus", string(o.PaymentStatus), "paid", "paid"},
		{"PlatformPaymentStatus", o.PlatformPaymentStatus, strconv.FormatBool(src.Paid), "true"},
		{"Currency", o.Currency, src.Currency, "EUR"},
		{"Subtotal", shopkitDec(o.Subtotal), shopkitSrcDec(src.Subtotal), "148.64"},
		{"ShippingTotal", shopkitDec(o.ShippingTotal), shopkitSrcDec(src.Shipping.Value), "7.25"},
		{"DiscountTotal", shopkitDec(o.DiscountTotal), shopkitSrcDec(src.Discount), "14.864"},
		{"TaxTotal", shopkitDec(o.TaxTotal), shopkitSrcDec(src.TotalTax), "16.0052"},
		{"Total", shopkitDec(o.Total), shopkitSrcDec(src.Total), "157.03"},
	})
	if len(o.Lines) != 2 || len(src.Products) != 2 {
		t.Fatalf("%d lines from %d products, want 2", len(o.Lines), len(src.Products))
	}
	docLines := []struct {
		productID                 int64
		sku, title, qty, price, t string
	}{
		{44753, "STHFBF7574", "Shelving Tree with Birds", "1", "77.32", "85.59324"},
		{44752, "", "Hanging Succulent Planter", "1", "71.32", "64.188"},
	}
	for i, l := range o.Lines {
		p := &src.Products[i]
		d := docLines[i]
		if l.Source != p {
			t.Errorf("line %d: Source is not a pointer into the order's products", i)
		}
		shopkitCheck(t, []shopkitField{
			{fmt.Sprint("line ", i, " ID"), strconv.FormatInt(l.ID, 10), "0", "0"},
			{fmt.Sprint("line ", i, " ProductID"), strconv.FormatInt(l.ProductID, 10), strconv.FormatInt(p.ID, 10), strconv.FormatInt(d.productID, 10)},
			{fmt.Sprint("line ", i, " VariantID"), strconv.FormatInt(l.VariantID, 10), "0", "0"},
			{fmt.Sprint("line ", i, " SKU"), l.SKU, p.Reference, d.sku},
			{fmt.Sprint("line ", i, " Title"), l.Title, p.Title, d.title},
			{fmt.Sprint("line ", i, " Quantity"), l.Quantity.String(), strconv.FormatInt(int64(p.Quantity), 10), d.qty},
			{fmt.Sprint("line ", i, " UnitPrice"), shopkitDec(l.UnitPrice), shopkitSrcDec(p.Price), d.price},
			{fmt.Sprint("line ", i, " Total"), shopkitDec(l.Total), shopkitSrcDec(p.Subtotal), d.t},
		})
	}
	if o.Customer == nil {
		t.Fatal("Customer is nil")
	}
	shopkitCheck(t, []shopkitField{
		{"Customer.ID", strconv.FormatInt(o.Customer.ID, 10), "0", "0"},
		{"Customer.Name", o.Customer.Name, src.Client.Name, "Shopkit"},
		{"Customer.Email", o.Customer.Email, src.Client.Email, "info@shopk.it"},
		{"Customer.Phone", o.Customer.Phone, "", ""},
	})
	for _, c := range []struct {
		name string
		got  *commerce.Address
		src  *shopkit.OrderAddress
	}{{"BillingAddress", o.BillingAddress, &src.Client.Billing}, {"ShippingAddress", o.ShippingAddress, &src.Client.Delivery}} {
		a := c.got
		if a == nil {
			t.Fatalf("%s is nil", c.name)
		}
		if a.Source != c.src {
			t.Errorf("%s: Source is not a pointer into the order's client", c.name)
		}
		shopkitCheck(t, []shopkitField{
			{c.name + ".Name", a.Name, c.src.Name, "Shopkit"},
			{c.name + ".Company", a.Company, "", ""},
			{c.name + ".Line1", a.Line1, c.src.Address, `Centro de Empresas Inovadoras\nAvª do Empresário`},
			{c.name + ".Line2", a.Line2, c.src.AddressExtra, "1, S1.08"},
			{c.name + ".City", a.City, c.src.City, "Castelo Branco"},
			{c.name + ".Region", a.Region, "", ""},
			{c.name + ".PostalCode", a.PostalCode, c.src.ZipCode, "6000-767"},
			{c.name + ".Country", a.Country, c.src.CountryCode, "PRT"},
			{c.name + ".Phone", a.Phone, string(c.src.Phone), "969057993"},
			{c.name + ".Text", a.Text, "", ""},
		})
	}
	// The normalized amounts are copies: changing one leaves Source alone.
	*o.Total = ecomkit.MustDecimal("1")
	if src.Total.String() != "157.03" {
		t.Errorf("Total aliases the source: %s", src.Total)
	}
}

func TestShopkitOrderAllReadsEveryStatus(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	shopkitLoad(t, srv, "orders", `[{"id": 2001, "status_alias": "canceled", "paid": false, "total": 5}]`)
	got := shopkitCollect(t, st.Orders().All(context.Background()))
	if ids := shopkitOrderIDs(got); fmt.Sprint(ids) != "[1337 2001]" {
		t.Fatalf("All read %v, want [1337 2001]", ids)
	}
	if got[1].Status != commerce.OrderCancelled || shopkitDec(got[1].Total) != "5" || got[1].Source.(*shopkit.Order).ID != 2001 {
		t.Errorf("order 2001 = %+v", got[1])
	}
	reqs := shopkitRequests(srv, "/order")
	if len(reqs) != 1 {
		t.Fatalf("%d requests to /order, want 1", len(reqs))
	}
	if q := reqs[0].Query; q.Get("status_alias") != "all" || q.Get("limit") != "50" || q.Get("date_type") != "" {
		t.Errorf("All sent %v; want status_alias=all, limit=50 and no date filter", q)
	}
}

// shopkitChangeOrders are orders updated at fixed times, listed out of
// update order. Order 16's local day (2024-03-01, at -02:00) is the day
// before its UTC day.
const shopkitChangeOrders = `[
	{"id": 11, "update_at": "2024-03-02T10:00:00+00:00", "status_alias": "pending"},
	{"id": 12, "update_at": "2024-03-01T09:00:00+00:00", "status_alias": "pending"},
	{"id": 13, "update_at": "2024-03-02T10:00:00+00:00", "status_alias": "pending"},
	{"id": 14, "update_at": "2024-03-03T08:00:00+01:00", "status_alias": "pending"},
	{"id": 15, "update_at": "2024-03-02T01:00:00+00:00", "status_alias": "pending"},
	{"id": 16, "update_at": "2024-03-01T23:30:00-02:00", "status_alias": "pending"}
]`

func TestShopkitOrderChangesResume(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	srv.Empty()
	shopkitLoad(t, srv, "orders", shopkitChangeOrders)
	ctx := context.Background()

	// Read two, stop, and resume from the second one's checkpoint.
	var first []commerce.Order
	for o, err := range st.Orders().Changes(ctx, ecomkit.Checkpoint{}) {
		if err != nil {
			t.Fatal(err)
		}
		first = append(first, o)
		if len(first) == 2 {
			break
		}
	}
	if ids := shopkitOrderIDs(first); fmt.Sprint(ids) != "[12 15]" {
		t.Fatalf("first read %v, want [12 15] (oldest update first)", ids)
	}
	if q := shopkitRequests(srv, "/order")[0].Query; q.Get("date_type") != "" || q.Get("date_from") != "" {
		t.Errorf("from the zero checkpoint Changes sent a date filter: %v", q)
	}
	cp := first[1].Checkpoint()
	if !cp.Time.Equal(time.Date(2024, 3, 2, 1, 0, 0, 0, time.UTC)) || cp.ID != 15 {
		t.Fatalf("checkpoint %+v", cp)
	}
	rest := shopkitCollect(t, st.Orders().Changes(ctx, cp))
	if ids := shopkitOrderIDs(rest); fmt.Sprint(ids) != "[16 11 13 14]" {
		t.Fatalf("resumed read %v, want [16 11 13 14]", ids)
	}
	reqs := shopkitRequests(srv, "/order")
	q := reqs[len(reqs)-1].Query
	if q.Get("date_type") != "update_at" || q.Get("date_from") != "2024-03-01" || q.Get("date_to") != "" || q.Get("status_alias") != "all" {
		t.Errorf("resumed Changes sent %v; want date_type=update_at, date_from=2024-03-01 (the day before the checkpoint's), status_alias=all", q)
	}
	seen := map[int64]int{}
	for _, o := range append(first, rest...) {
		seen[o.ID]++
	}
	for id := int64(11); id <= 16; id++ {
		if seen[id] != 1 {
			t.Errorf("order %d read %d times, want once", id, seen[id])
		}
	}

	// Nothing changed since the last one; then order 11 changes again.
	last := rest[len(rest)-1].Checkpoint()
	if again := shopkitCollect(t, st.Orders().Changes(ctx, last)); len(again) != 0 {
		t.Fatalf("nothing changed, yet Changes read %v", shopkitOrderIDs(again))
	}
	shopkitLoad(t, srv, "orders", `[{"id": 11, "update_at": "2024-03-04T12:00:00+00:00", "status_alias": "sent"}]`)
	again := shopkitCollect(t, st.Orders().Changes(ctx, last))
	if len(again) != 1 || again[0].ID != 11 || again[0].Status != commerce.OrderShipped {
		t.Fatalf("after order 11 changed, Changes read %+v", again)
	}
	if q := shopkitRequests(srv, "/order"); q[len(q)-1].Query.Get("date_from") != "2024-03-02" {
		t.Errorf("date_from = %q, want 2024-03-02", q[len(q)-1].Query.Get("date_from"))
	}
}

// shopkitDateTransport answers with a fixed Date header ("" removes it),
// so the horizon of Changes does not depend on the wall clock.
type shopkitDateTransport struct{ date string }

func (d shopkitDateTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	if d.date == "" {
		resp.Header.Del("Date")
	} else {
		resp.Header.Set("Date", d.date)
	}
	return resp, nil
}

func TestShopkitOrderChangesHoldBackTheCurrentSecond(t *testing.T) {
	for _, c := range []struct {
		name, date string
		clock      func() time.Time
	}{
		{"server Date header", "Sat, 02 Mar 2024 10:00:00 GMT", nil},
		{"store clock without a Date header", "", func() time.Time { return time.Date(2024, 3, 2, 10, 0, 0, 500e6, time.UTC) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			hc := &http.Client{Transport: shopkitDateTransport{c.date}}
			var opts []commerce.StoreOption
			if c.clock != nil {
				opts = append(opts, commerce.WithClock(c.clock))
			}
			srv, st := shopkitFake(t, []shopkit.Option{shopkit.WithHTTPClient(hc)}, opts...)
			srv.Empty()
			shopkitLoad(t, srv, "orders", shopkitChangeOrders)
			got := shopkitCollect(t, st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}))
			// 11 and 13 are in the current second (10:00:00), 14 later: held back.
			if ids := shopkitOrderIDs(got); fmt.Sprint(ids) != "[12 15 16]" {
				t.Fatalf("Changes read %v, want [12 15 16]", ids)
			}
		})
	}
}

func TestShopkitOrderStatuses(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	srv.Empty()
	shopkitLoad(t, srv, "orders", `[
		{"id": 1, "status_alias": "pending", "status": 1, "paid": false},
		{"id": 2, "status_alias": "processing", "paid": true},
		{"id": 3, "status_alias": "sent", "status": 3, "paid": true},
		{"id": 4, "status_alias": "canceled"},
		{"id": 5, "status_alias": "waiting_confirmation"},
		{"id": 6, "status_alias": "waiting_payment"},
		{"id": 7, "status_alias": "waiting_stock"},
		{"id": 8, "status_alias": "delivered"},
		{"id": 9, "status_alias": "returned"},
		{"id": 10, "status_alias": "pickup_available"},
		{"id": 11, "status_alias": "waiting_shipment"},
		{"id": 12, "status": 3},
		{"id": 13, "status": "7"},
		{"id": 14, "status_alias": "my_own_status", "status": 3},
		{"id": 15}
	]`)
	want := map[int64][3]string{
		1: {"open", "pending", "pending"}, 2: {"processing", "processing", "paid"}, 3: {"shipped", "sent", "paid"},
		4: {"cancelled", "canceled", "pending"}, 5: {"open", "waiting_confirmation", "pending"},
		6: {"open", "waiting_payment", "pending"}, 7: {"processing", "waiting_stock", "pending"},
		8: {"completed", "delivered", "pending"}, 9: {"returned", "returned", "pending"},
		10: {"unknown", "pickup_available", "pending"}, 11: {"processing", "waiting_shipment", "pending"},
		12: {"shipped", "3", "pending"}, 13: {"unknown", "7", "pending"}, 14: {"unknown", "my_own_status", "pending"},
		15: {"unknown", "", "pending"},
	}
	got := shopkitCollect(t, st.Orders().All(context.Background()))
	if len(got) != len(want) {
		t.Fatalf("read %d orders, want %d", len(got), len(want))
	}
	for _, o := range got {
		w := want[o.ID]
		src := o.Source.(*shopkit.Order)
		if string(o.Status) != w[0] || o.PlatformStatus != w[1] || string(o.PaymentStatus) != w[2] {
			t.Errorf("order %d: %s/%q/%s, want %s/%q/%s", o.ID, o.Status, o.PlatformStatus, o.PaymentStatus, w[0], w[1], w[2])
		}
		if o.PlatformPaymentStatus != strconv.FormatBool(src.Paid) {
			t.Errorf("order %d: PlatformPaymentStatus %q, paid %v", o.ID, o.PlatformPaymentStatus, src.Paid)
		}
	}
}

func TestShopkitOrderToleratesNullsAndOtherShapes(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	shopkitLoad(t, srv, "orders", `[
		{"id": 901, "total": "12.50", "subtotal": null, "discount": "", "shipping": null, "client": null,
		 "products": null, "update_at": null, "created_at": "not a time", "currency": null, "paid": null,
		 "status": null, "status_alias": null, "tags": null, "payment": null, "coupon": null},
		{"id": 902, "shipping": "7.25", "products": [{"id": "44753", "price": "9.90", "quantity": "2", "subtotal": null, "title": null}],
		 "client": {"email": "a@example.com", "delivery": null, "phone": 912345678}},
		{"id": 903, "shipping": {"value": "0", "tax": 1}, "client": {"billing": {"city": "Porto"}}, "unknown_field": {"x": 1}},
		{"id": 904, "shipping": "free", "products": []}
	]`)
	ctx := context.Background()
	get := func(id int64) (*commerce.Order, *shopkit.Order) {
		t.Helper()
		o, err := st.Orders().Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return o, o.Source.(*shopkit.Order)
	}

	o, src := get(901)
	if shopkitDec(o.Total) != "12.50" || o.Subtotal != nil || o.DiscountTotal != nil || o.ShippingTotal != nil ||
		o.TaxTotal != nil || o.Customer != nil || o.BillingAddress != nil || o.ShippingAddress != nil || o.Lines != nil {
		t.Errorf("order 901 = %+v; want Total 12.50 and nil amounts, customer, addresses and lines", o)
	}
	if !o.UpdatedAt.IsZero() || o.CreatedAt.Valid() || o.CreatedAt.Raw() != "not a time" || src.CreatedAt.Raw() != "not a time" {
		t.Errorf("order 901 times: created %v (raw %q), updated %v", o.CreatedAt, o.CreatedAt.Raw(), o.UpdatedAt)
	}
	if o.Currency != "" || o.Status != commerce.OrderStatusUnknown || o.PlatformStatus != "" || o.PaymentStatus != commerce.PaymentPending {
		t.Errorf("order 901: currency %q, status %s/%q, payment %s", o.Currency, o.Status, o.PlatformStatus, o.PaymentStatus)
	}

	o, src = get(902)
	if shopkitDec(o.ShippingTotal) != "7.25" || string(src.Shipping.Raw) != `"7.25"` {
		t.Errorf("order 902: shipping %s from a bare value, Raw %s", shopkitDec(o.ShippingTotal), src.Shipping.Raw)
	}
	if len(o.Lines) != 1 || o.Lines[0].ProductID != 44753 || shopkitDec(o.Lines[0].UnitPrice) != "9.90" ||
		o.Lines[0].Quantity.String() != "2" || o.Lines[0].Total != nil || o.Lines[0].Title != "" || o.Lines[0].Source != &src.Products[0] {
		t.Errorf("order 902 lines = %+v", o.Lines)
	}
	if o.Customer == nil || o.Customer.Email != "a@example.com" || o.Customer.Phone != "912345678" || o.Customer.Name != "" ||
		o.ShippingAddress != nil || o.BillingAddress != nil {
		t.Errorf("order 902: customer %+v, addresses %v %v", o.Customer, o.ShippingAddress, o.BillingAddress)
	}

	o, src = get(903)
	if shopkitDec(o.ShippingTotal) != "0" || src.Shipping.Tax.String() != "1" {
		t.Errorf("order 903: shipping %s (tax %s), want the sent 0", shopkitDec(o.ShippingTotal), src.Shipping.Tax)
	}
	if o.BillingAddress == nil || o.BillingAddress.City != "Porto" || o.ShippingAddress != nil || o.Customer == nil || o.Customer.Email != "" {
		t.Errorf("order 903: billing %+v, shipping %+v, customer %+v", o.BillingAddress, o.ShippingAddress, o.Customer)
	}
	if _, ok := src.Extra["unknown_field"]; !ok {
		t.Error("order 903: Source lost a field its model does not declare")
	}

	o, src = get(904)
	if o.ShippingTotal != nil || string(src.Shipping.Raw) != `"free"` || o.Lines != nil {
		t.Errorf("order 904: shipping %s (Raw %s), lines %v", shopkitDec(o.ShippingTotal), src.Shipping.Raw, o.Lines)
	}
}

func shopkitDecText(s string) *ecomkit.Decimal {
	d := ecomkit.MustDecimal(s)
	return &d
}

func TestShopkitProductGetFromDocumentation(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	ctx := context.Background()
	p, err := st.Products().Get(ctx, shopkittest.SeedProductID)
	if err != nil {
		t.Fatal(err)
	}
	src, ok := p.Source.(*shopkit.Product)
	if !ok {
		t.Fatalf("Source is %T, want *shopkit.Product", p.Source)
	}
	store, err := srv.Client().Store.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	shopkitCheck(t, []shopkitField{
		{"Platform", string(p.Platform), "shopkit", "shopkit"},
		{"ID", strconv.FormatInt(p.ID, 10), strconv.FormatInt(src.ID, 10), "212322"},
		{"Title", p.Title, src.Title, "Rustic Spice Bowl Set"},
		{"Handle", p.Handle, src.Handle, "rustic-spice-bowl-set"},
		{"SKU", p.SKU, *src.Reference, ""},
		{"Price", shopkitDec(p.Price), shopkitSrcDec(src.Price), "40.73"},
		{"Currency", p.Currency, store.Currency, "EUR"},
		{"Stock", shopkitDec(p.Stock), shopkitDec(shopkitDecText(strconv.FormatInt(int64(src.Stock.StockQty), 10))), "88"},
		{"CreatedAt", shopkitTime(p.CreatedAt), shopkitTime(src.CreatedAt), "2020-11-27T15:36:57Z"},
		{"UpdatedAt", shopkitTime(p.UpdatedAt), shopkitTime(src.UpdatedAt), "2020-11-27T15:36:57Z"},
	})
	docVariants := []struct {
		id                  int64
		title, price, stock string
	}{
		{363364, "Small bowl / White", "40.73", "88"},
		{363365, "Small bowl / Dark turquoise", "40.73", "94"},
		{363366, "Big bowl / White", "45.73", "100"},
		{363367, "Big bowl / Dark turquoise", "45.73", "100"},
	}
	if len(p.Variants) != len(docVariants) || len(src.Options) != len(docVariants) {
		t.Fatalf("%d variants from %d options, want %d", len(p.Variants), len(src.Options), len(docVariants))
	}
	for i, v := range p.Variants {
		o, d := &src.Options[i], docVariants[i]
		if v.Source != o {
			t.Errorf("variant %d: Source is not a pointer into the product's options", i)
		}
		shopkitCheck(t, []shopkitField{
			{fmt.Sprint("variant ", i, " ID"), strconv.FormatInt(v.ID, 10), strconv.FormatInt(o.ID, 10), strconv.FormatInt(d.id, 10)},
			{fmt.Sprint("variant ", i, " Title"), v.Title, o.Title, d.title},
			{fmt.Sprint("variant ", i, " SKU"), v.SKU, o.Reference, ""},
			{fmt.Sprint("variant ", i, " Price"), shopkitDec(v.Price), shopkitSrcDec(o.Price), d.price},
			{fmt.Sprint("variant ", i, " Stock"), shopkitDec(v.Stock), strconv.FormatInt(int64(o.Stock), 10), d.stock},
		})
	}

	// The second example: stock off, no options, a null reference and the
	// created_at "2020-11-27T14:07:10+00:0".
	p, err = st.Products().Get(ctx, 212314)
	if err != nil {
		t.Fatal(err)
	}
	src = p.Source.(*shopkit.Product)
	if p.Stock != nil || src.Stock.StockEnabled || p.Variants != nil || p.SKU != "" || src.Reference != nil {
		t.Errorf("product 212314: stock %s, variants %v, SKU %q", shopkitDec(p.Stock), p.Variants, p.SKU)
	}
	if shopkitDec(p.Price) != "17.45" || p.Currency != "EUR" {
		t.Errorf("product 212314: price %s %s", shopkitDec(p.Price), p.Currency)
	}
	// ecomkit.Time reads the malformed offset "+00:0" as +00:00.
	if shopkitTime(p.CreatedAt) != shopkitTime(src.CreatedAt) || shopkitTime(p.CreatedAt) != "2020-11-27T14:07:10Z" ||
		shopkitTime(p.UpdatedAt) != "2020-11-27T14:07:10Z" {
		t.Errorf("product 212314: created %v, updated %v", p.CreatedAt, p.UpdatedAt)
	}

	// The store currency was read once for this Store, not per product.
	shopkitCollect(t, st.Products().All(ctx))
	if n := len(shopkitRequests(srv, "/store")); n != 2 { // one by the Store, one by this test
		t.Errorf("%d requests to /store, want 2 (the Store's one and the test's)", n)
	}
}

func TestShopkitProductAllAndCurrencyError(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	ctx := context.Background()
	srv.SetFaults(shopkittest.Faults{FailFirst: 1, FailStatus: http.StatusBadRequest})
	var errs []error
	for _, err := range st.Products().All(ctx) {
		errs = append(errs, err)
	}
	var apiErr *ecomkit.APIError
	if len(errs) != 1 || !errors.As(errs[0], &apiErr) || apiErr.StatusCode != http.StatusBadRequest {
		t.Fatalf("All with GET /store failing yielded %v, want one APIError 400", errs)
	}
	got := shopkitCollect(t, st.Products().All(ctx))
	if ids := shopkitProductIDs(got); fmt.Sprint(ids) != "[212322 212314]" {
		t.Fatalf("All read %v", ids)
	}
	for _, p := range got {
		if p.Currency != "EUR" {
			t.Errorf("product %d: currency %q after the failed store read, want EUR", p.ID, p.Currency)
		}
	}
	if n := len(shopkitRequests(srv, "/store")); n != 2 {
		t.Errorf("%d requests to /store, want 2 (a failed read is not kept)", n)
	}
	reqs := shopkitRequests(srv, "/product")
	if q := reqs[len(reqs)-1].Query; q.Get("status_alias") != "all" || q.Get("limit") != "50" {
		t.Errorf("All sent %v; want status_alias=all and limit=50", q)
	}
}

func TestShopkitProductChangesResume(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	srv.Empty()
	shopkitLoad(t, srv, "products", `[
		{"id": 31, "title": "c", "updated_at": "2024-05-02T10:00:00+00:00"},
		{"id": 32, "title": "a", "updated_at": "2024-05-01T10:00:00+01:00"},
		{"id": 33, "title": "d", "updated_at": "2024-05-02T10:00:00+00:00"},
		{"id": 34, "title": "b", "updated_at": "2024-05-01T12:00:00+00:00"},
		{"id": 35, "title": "never", "updated_at": null}
	]`)
	ctx := context.Background()
	var first []commerce.Product
	for p, err := range st.Products().Changes(ctx, ecomkit.Checkpoint{}) {
		if err != nil {
			t.Fatal(err)
		}
		first = append(first, p)
		if len(first) == 3 {
			break
		}
	}
	// Product 35 has no update time: read from the zero checkpoint only.
	if ids := shopkitProductIDs(first); fmt.Sprint(ids) != "[35 32 34]" {
		t.Fatalf("first read %v, want [35 32 34]", ids)
	}
	rest := shopkitCollect(t, st.Products().Changes(ctx, first[2].Checkpoint()))
	if ids := shopkitProductIDs(rest); fmt.Sprint(ids) != "[31 33]" {
		t.Fatalf("resumed read %v, want [31 33]", ids)
	}
	for _, p := range append(first, rest...) {
		if p.Currency != "EUR" || p.Source.(*shopkit.Product).ID != p.ID {
			t.Errorf("product %d: currency %q", p.ID, p.Currency)
		}
	}
	reqs := shopkitRequests(srv, "/product")
	if q := reqs[len(reqs)-1].Query; q.Get("status_alias") != "all" || q.Has("date_from") || q.Has("date_type") || q.Has("updated_from") {
		t.Errorf("Changes sent %v; GET /product has no update filter, only status_alias=all and paging", q)
	}
	last := rest[1].Checkpoint()
	if again := shopkitCollect(t, st.Products().Changes(ctx, last)); len(again) != 0 {
		t.Fatalf("nothing changed, yet Changes read %v", shopkitProductIDs(again))
	}
	shopkitLoad(t, srv, "products", `[{"id": 32, "title": "a2", "updated_at": "2024-05-03T00:00:00+00:00"}]`)
	again := shopkitCollect(t, st.Products().Changes(ctx, last))
	if len(again) != 1 || again[0].ID != 32 || again[0].Title != "a2" {
		t.Fatalf("after product 32 changed, Changes read %+v", again)
	}
}

func TestShopkitProductToleratesNulls(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	srv.Empty()
	shopkitLoad(t, srv, "products", `[
		{"id": 77, "price": "12.50", "reference": null, "stock": null, "options": null, "updated_at": null,
		 "title": null, "handle": null, "images": null, "categories": null, "custom": [1, 2]},
		{"id": 78, "stock": {"stock_enabled": true, "stock_qty": "5"},
		 "options": [{"id": "1", "stock": "3", "price": null, "reference": null, "title": "S"}]}
	]`)
	got := shopkitCollect(t, st.Products().All(context.Background()))
	if len(got) != 2 {
		t.Fatalf("read %d products", len(got))
	}
	p, src := got[0], got[0].Source.(*shopkit.Product)
	if shopkitDec(p.Price) != "12.50" || p.Stock != nil || p.Variants != nil || p.SKU != "" || p.Title != "" || !p.UpdatedAt.IsZero() {
		t.Errorf("product 77 = %+v", p)
	}
	if _, ok := src.Extra["custom"]; !ok {
		t.Error("product 77: Source lost a field its model does not declare")
	}
	p = got[1]
	if shopkitDec(p.Price) != "<nil>" || shopkitDec(p.Stock) != "5" || len(p.Variants) != 1 ||
		p.Variants[0].ID != 1 || shopkitDec(p.Variants[0].Stock) != "3" || p.Variants[0].Price != nil || p.Variants[0].SKU != "" {
		t.Errorf("product 78 = %+v, variants %+v", p, p.Variants)
	}
}

func TestShopkitCustomerFromDocumentation(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	ctx := context.Background()
	c, err := st.Customers().Get(ctx, 731046)
	if err != nil {
		t.Fatal(err)
	}
	src, ok := c.Source.(*shopkit.StoreClient)
	if !ok {
		t.Fatalf("Source is %T, want *shopkit.StoreClient", c.Source)
	}
	shopkitCheck(t, []shopkitField{
		{"Platform", string(c.Platform), "shopkit", "shopkit"},
		{"ID", strconv.FormatInt(c.ID, 10), strconv.FormatInt(src.ID, 10), "731046"},
		{"Email", c.Email, src.Email, "info@shopk.it"},
		{"Name", c.Name, src.Name, "Shopkit"},
		{"FirstName", c.FirstName, "", ""},
		{"LastName", c.LastName, "", ""},
		{"Phone", c.Phone, "", ""},
		{"CreatedAt", shopkitTime(c.CreatedAt), src.CreatedAt.UTC().Format(time.RFC3339), time.Unix(1416357859, 0).UTC().Format(time.RFC3339)},
		{"UpdatedAt", shopkitTime(c.UpdatedAt), "", ""},
	})
	if len(c.Addresses) != 2 {
		t.Fatalf("%d addresses, want delivery and billing", len(c.Addresses))
	}
	for i, w := range []struct {
		src *shopkit.ClientAddress
		zip string
	}{{src.Delivery, "6000-767 "}, {src.Billing, "6000-767"}} {
		a := c.Addresses[i]
		if a.Source != w.src {
			t.Errorf("address %d: Source is not the client's address", i)
		}
		shopkitCheck(t, []shopkitField{
			{fmt.Sprint("address ", i, " Name"), a.Name, w.src.Name, "Shopkit"},
			{fmt.Sprint("address ", i, " Line1"), a.Line1, w.src.Address, "Centro de Empresas Inovadoras\nAvª do Empresário, 1, S1.08"},
			{fmt.Sprint("address ", i, " Line2"), a.Line2, string(w.src.AddressExtra), ""},
			{fmt.Sprint("address ", i, " City"), a.City, w.src.City, "Castelo Branco"},
			{fmt.Sprint("address ", i, " PostalCode"), a.PostalCode, w.src.ZipCode, w.zip},
			{fmt.Sprint("address ", i, " Country"), a.Country, w.src.CountryCode, "PRT"},
			{fmt.Sprint("address ", i, " Phone"), a.Phone, string(w.src.Phone), "969057993"},
		})
	}

	shopkitLoad(t, srv, "clients", `[
		{"id": 5, "created_at": "1416357859", "delivery": null, "billing": null, "name": null, "email": null},
		{"id": 6, "created_at": "yesterday", "orders_summary": null, "l10n": null}
	]`)
	all := shopkitCollect(t, st.Customers().All(ctx))
	if len(all) != 3 || all[0].ID != 731046 || all[1].ID != 5 || all[2].ID != 6 {
		t.Fatalf("All read %+v", all)
	}
	if all[1].Addresses != nil || all[1].Name != "" || !all[1].CreatedAt.Equal(time.Unix(1416357859, 0)) {
		t.Errorf("client 5 = %+v", all[1])
	}
	if all[2].CreatedAt.Valid() || all[2].CreatedAt.Raw() != "yesterday" || all[2].Source.(*shopkit.StoreClient).CreatedAt.Raw() != "yesterday" {
		t.Errorf("client 6: created %v (raw %q), want the unreadable value kept", all[2].CreatedAt, all[2].CreatedAt.Raw())
	}
}

func TestShopkitCustomerChangesUnsupported(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	before := srv.Count()
	var errs []error
	for _, err := range st.Customers().Changes(context.Background(), ecomkit.Checkpoint{}) {
		errs = append(errs, err)
	}
	var ue *commerce.UnsupportedError
	if len(errs) != 1 || !errors.Is(errs[0], commerce.ErrUnsupported) || !errors.As(errs[0], &ue) {
		t.Fatalf("Customers().Changes yielded %v, want one UnsupportedError", errs)
	}
	if ue.Platform != commerce.Shopkit || ue.Resource != commerce.Customers || ue.Op != commerce.OpChanges || ue.Reason == "" {
		t.Errorf("UnsupportedError = %+v", ue)
	}
	if srv.Count() != before {
		t.Error("an unsupported operation sent a request")
	}
}

func TestShopkitErrorsPassThrough(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	ctx := context.Background()
	if _, err := st.Orders().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("Orders().Get(999) = %v, want ErrNotFound", err)
	}
	if _, err := st.Products().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("Products().Get(999) = %v, want ErrNotFound", err)
	}
	if _, err := st.Customers().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("Customers().Get(999) = %v, want ErrNotFound", err)
	}
	if _, err := st.Orders().Get(ctx, 0); !errors.Is(err, ecomkit.ErrInvalidInput) {
		t.Errorf("Orders().Get(0) = %v, want ErrInvalidInput", err)
	}
	srv.SetFaults(shopkittest.Faults{FailFirst: 1, FailStatus: http.StatusUnauthorized})
	var errs []error
	for o, err := range st.Orders().Changes(ctx, ecomkit.Checkpoint{}) {
		if err == nil {
			t.Errorf("Changes read order %d despite the 401", o.ID)
		}
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ecomkit.ErrUnauthorized) {
		t.Errorf("Changes with a 401 answer yielded %v, want one error matching ErrUnauthorized", errs)
	}
}

// TestShopkitOrderFrom2025Documentation reads the order example of
// Shopkit's 2025 public docs (testdata/shopkit/order-2025.json, as printed
// there): the client's phone, the alpha-2 country code and the line fields
// those docs add.
func TestShopkitOrderFrom2025Documentation(t *testing.T) {
	srv, st := shopkitFake(t, nil)
	b, err := os.ReadFile("testdata/shopkit/order-2025.json")
	if err != nil {
		t.Fatal(err)
	}
	shopkitLoad(t, srv, "orders", string(b))
	o, err := st.Orders().Get(context.Background(), 1337)
	if err != nil {
		t.Fatal(err)
	}
	src := o.Source.(*shopkit.Order)
	shopkitCheck(t, []shopkitField{
		{"UpdatedAt", shopkitTime(o.UpdatedAt), shopkitTime(src.UpdateAt), "2024-09-20T15:31:02Z"},
		{"Status", string(o.Status) + "/" + o.PlatformStatus, "shipped/" + string(src.StatusAlias), "shipped/sent"},
		{"Customer.Email", o.Customer.Email, src.Client.Email, "support@shopk.it"},
		{"Customer.Phone", o.Customer.Phone, string(src.Client.Phone), "+351969057993"},
		{"ShippingAddress.Line1", o.ShippingAddress.Line1, src.Client.Delivery.Address, "Avenida do Empresário, 1"},
		{"ShippingAddress.Line2", o.ShippingAddress.Line2, src.Client.Delivery.AddressExtra, "Centro de Empresas Inovadoras"},
		{"BillingAddress.Country", o.BillingAddress.Country, src.Client.Billing.CountryCode, "PRT"},
		{"ShippingTotal", shopkitDec(o.ShippingTotal), shopkitSrcDec(src.Shipping.Value), "7.25"},
		{"line 0 Total", shopkitDec(o.Lines[0].Total), shopkitSrcDec(src.Products[0].Subtotal), "85.5932"},
	})
	if _, ok := src.Products[0].Extra["price_with_tax"]; !ok {
		t.Error("the line's price_with_tax is not kept in its Source")
	}
	if _, ok := src.Extra["products_quantity"]; !ok {
		t.Error("the order's products_quantity is not kept in its Source")
	}
}

// shopkitShiftTransport repeats the last order of page 1 at the head of
// page 2, as a server does when an order is inserted before it between
// the two requests.
type shopkitShiftTransport struct {
	mu   sync.Mutex
	last json.RawMessage
}

func (s *shopkitShiftTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err != nil || r.URL.Path != "/order" || resp.StatusCode != http.StatusOK {
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	var items []json.RawMessage
	if err := json.Unmarshal(body, &items); err != nil {
		return nil, err
	}
	s.mu.Lock()
	switch r.URL.Query().Get("page") {
	case "", "1":
		if len(items) > 0 {
			s.last = items[len(items)-1]
		}
	case "2":
		items = append([]json.RawMessage{s.last}, items...)
	}
	s.mu.Unlock()
	body, _ = json.Marshal(items)
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	return resp, nil
}

func TestShopkitOrderChangesReadARepeatedOrderOnce(t *testing.T) {
	hc := &http.Client{Transport: &shopkitShiftTransport{}}
	srv, st := shopkitFake(t, []shopkit.Option{shopkit.WithHTTPClient(hc)})
	srv.Empty()
	var b strings.Builder
	b.WriteString("[")
	for i := range 51 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": %d, "update_at": "2024-06-01T10:%02d:00+00:00"}`, 100+i, i)
	}
	b.WriteString("]")
	shopkitLoad(t, srv, "orders", b.String())

	all := shopkitCollect(t, st.Orders().All(context.Background()))
	if len(all) != 52 || all[50].ID != 149 {
		t.Fatalf("the transport did not repeat order 149: All read %d orders", len(all))
	}
	got := shopkitCollect(t, st.Orders().Changes(context.Background(), ecomkit.Checkpoint{}))
	if len(got) != 51 {
		t.Fatalf("Changes read %d orders, want 51", len(got))
	}
	for i, o := range got {
		if o.ID != int64(100+i) {
			t.Fatalf("Changes read %d at %d, want %d", o.ID, i, 100+i)
		}
	}
}
