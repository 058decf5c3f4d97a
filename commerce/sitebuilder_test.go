package commerce_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// sitebuilderFake starts the fake (preloaded with the API documentation's
// examples unless opts say Empty) and a Store reading it.
func sitebuilderFake(t *testing.T, opts ...sitebuildertest.Option) (*sitebuildertest.Server, commerce.Store) {
	t.Helper()
	srv := sitebuildertest.NewServer(opts...)
	t.Cleanup(srv.Close)
	st, err := commerce.NewSiteBuilder(srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	return srv, st
}

// sitebuilderLoad loads a JSON array into the fake.
func sitebuilderLoad(t *testing.T, srv *sitebuildertest.Server, resource, jsonArray string) {
	t.Helper()
	if err := srv.Load(resource, []byte(jsonArray)); err != nil {
		t.Fatal(err)
	}
}

// sitebuilderDec checks an amount: nil when want is "nil", else its exact
// text (the scale as sent).
func sitebuilderDec(t *testing.T, name string, got *ecomkit.Decimal, want string) {
	t.Helper()
	switch {
	case want == "nil" && got != nil:
		t.Errorf("%s = %s, want nil", name, got)
	case want != "nil" && got == nil:
		t.Errorf("%s = nil, want %s", name, want)
	case got != nil && got.String() != want:
		t.Errorf("%s = %s, want %s", name, got, want)
	}
}

// sitebuilderSame checks a normalized value against the literal of the API
// documentation's example and against the platform's typed value.
func sitebuilderSame[T comparable](t *testing.T, name string, got, example, typed T) {
	t.Helper()
	if got != example {
		t.Errorf("%s = %v, want %v (the API documentation's example)", name, got, example)
	}
	if got != typed {
		t.Errorf("%s = %v, but Source has %v", name, got, typed)
	}
}

func TestSiteBuilderNilClient(t *testing.T) {
	st, err := commerce.NewSiteBuilder(nil)
	var fe *ecomkit.FieldError
	if st != nil || !errors.As(err, &fe) || fe.Field != "client" || fe.Problem != "must not be nil" {
		t.Fatalf("NewSiteBuilder(nil) = %v, %v; want a FieldError client: must not be nil", st, err)
	}
}

func TestSiteBuilderPlatform(t *testing.T) {
	_, st := sitebuilderFake(t)
	if st.Platform() != commerce.SiteBuilder {
		t.Errorf("Platform() = %q", st.Platform())
	}
}

// The order of the API documentation's example, field by field.
func TestSiteBuilderOrderGet(t *testing.T) {
	srv, st := sitebuilderFake(t)
	o, err := st.Orders().Get(context.Background(), 1234)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := srv.LastRequest()
	if req.Method != "GET" || req.Path != "/api/site/orders/1234" {
		t.Errorf("request %s %s, want GET /api/site/orders/1234", req.Method, req.Path)
	}
	src, ok := o.Source.(*sitebuilder.Order)
	if !ok {
		t.Fatalf("Source is %T, want *sitebuilder.Order", o.Source)
	}
	if o.Platform != commerce.SiteBuilder {
		t.Errorf("Platform = %q", o.Platform)
	}
	sitebuilderSame(t, "ID", o.ID, 1234, src.ID)
	sitebuilderSame(t, "Number", o.Number, "15", fmt.Sprint(src.InvoiceNo))
	sitebuilderSame(t, "CreatedAt", o.CreatedAt.Unix(), 1573397217, src.Created.Unix())
	if !o.UpdatedAt.IsZero() {
		t.Errorf("UpdatedAt = %v, want zero (the API sends no update time)", o.UpdatedAt)
	}
	sitebuilderSame(t, "PlatformStatus", o.PlatformStatus, "completed", string(src.Status))
	if o.Status != commerce.OrderCompleted {
		t.Errorf("Status = %q, want completed", o.Status)
	}
	sitebuilderSame(t, "PlatformPaymentStatus", o.PlatformPaymentStatus, "true", fmt.Sprint(src.Paid))
	if o.PaymentStatus != commerce.PaymentPaid {
		t.Errorf("PaymentStatus = %q, want paid", o.PaymentStatus)
	}
	if o.Currency != "" {
		t.Errorf("Currency = %q, want \"\" (the API names none)", o.Currency)
	}
	sitebuilderDec(t, "Subtotal", o.Subtotal, "49")
	sitebuilderDec(t, "Subtotal", o.Subtotal, src.SubTotal.String())
	sitebuilderDec(t, "ShippingTotal", o.ShippingTotal, "0")
	sitebuilderDec(t, "ShippingTotal", o.ShippingTotal, src.ShippingAmount.String())
	sitebuilderDec(t, "DiscountTotal", o.DiscountTotal, "0")
	sitebuilderDec(t, "DiscountTotal", o.DiscountTotal, src.DiscountAmount.String())
	sitebuilderDec(t, "TaxTotal", o.TaxTotal, "20")
	sitebuilderDec(t, "TaxTotal", o.TaxTotal, src.Taxes[0].Total.String())
	sitebuilderDec(t, "Total", o.Total, "49")
	sitebuilderDec(t, "Total", o.Total, src.Total.String())

	if o.Customer == nil {
		t.Fatal("Customer = nil")
	}
	sitebuilderSame(t, "Customer.ID", o.Customer.ID, 0, src.ContactID)
	sitebuilderSame(t, "Customer.Email", o.Customer.Email, "john@email.com", src.CustomerEmail)
	sitebuilderSame(t, "Customer.Name", o.Customer.Name, "John Doe", src.CustomerName)
	if o.Customer.Phone != "" {
		t.Errorf("Customer.Phone = %q, want \"\" (an order carries no buyer phone)", o.Customer.Phone)
	}

	for _, c := range []struct {
		name string
		got  *commerce.Address
		src  *sitebuilder.Address
	}{{"BillingAddress", o.BillingAddress, src.BillingAddress}, {"ShippingAddress", o.ShippingAddress, src.ShippingAddress}} {
		if c.got == nil {
			t.Fatalf("%s = nil", c.name)
		}
		a, s := c.got, c.src
		if a.Source != s {
			t.Errorf("%s.Source is not a pointer into the order's Source", c.name)
		}
		// Every field of the example's addresses is "string".
		sitebuilderSame(t, c.name+".Name", a.Name, "string", s.Name)
		sitebuilderSame(t, c.name+".Company", a.Company, "string", s.CompanyName)
		sitebuilderSame(t, c.name+".Line1", a.Line1, "string", s.Address)
		sitebuilderSame(t, c.name+".Line2", a.Line2, "string", s.Address2)
		sitebuilderSame(t, c.name+".City", a.City, "string", s.City)
		sitebuilderSame(t, c.name+".Region", a.Region, "string", s.State)
		sitebuilderSame(t, c.name+".PostalCode", a.PostalCode, "string", s.ZipCode)
		sitebuilderSame(t, c.name+".Country", a.Country, "string", s.Country)
		sitebuilderSame(t, c.name+".Phone", a.Phone, "string", s.Phone)
		if a.Text != "" {
			t.Errorf("%s.Text = %q, want \"\"", c.name, a.Text)
		}
	}

	if len(o.Lines) != 1 || len(src.Items) != 1 {
		t.Fatalf("%d lines from %d items, want 1", len(o.Lines), len(src.Items))
	}
	l, it := o.Lines[0], &src.Items[0]
	if l.Source != it {
		t.Error("Lines[0].Source is not a pointer into the order's Source")
	}
	sitebuilderSame(t, "Lines[0].ID", l.ID, 123, it.ID)
	sitebuilderSame(t, "Lines[0].ProductID", l.ProductID, 24, it.ProductID)
	if l.VariantID != 0 {
		t.Errorf("Lines[0].VariantID = %d, want 0 (variants have no id)", l.VariantID)
	}
	sitebuilderSame(t, "Lines[0].SKU", l.SKU, "string", it.SKU)
	sitebuilderSame(t, "Lines[0].Title", l.Title, "Running Shoes", it.Name)
	sitebuilderSame(t, "Lines[0].Quantity", l.Quantity.String(), "1", fmt.Sprint(it.Quantity))
	sitebuilderDec(t, "Lines[0].UnitPrice", l.UnitPrice, "nil")
	sitebuilderDec(t, "Lines[0].Total", l.Total, "49")
	sitebuilderDec(t, "Lines[0].Total", l.Total, it.Total.String())
}

// Every documented status, the case the API takes, and values it does not
// document.
func TestSiteBuilderOrderStatuses(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	sitebuilderLoad(t, srv, "orders", `[
		{"id": 1, "status": "pending", "paid": false},
		{"id": 2, "status": "shipped", "paid": true},
		{"id": 3, "status": "completed", "paid": true},
		{"id": 4, "status": "canceled", "paid": false},
		{"id": 5, "status": "archived", "paid": true},
		{"id": 6, "status": "SHIPPED", "paid": "true"},
		{"id": 7, "status": "on-hold", "paid": false},
		{"id": 8, "status": null, "paid": null}]`)
	want := []struct {
		status      commerce.OrderStatus
		platform    string
		pay         commerce.PaymentStatus
		platformPay string
	}{
		{commerce.OrderOpen, "pending", commerce.PaymentPending, "false"},
		{commerce.OrderShipped, "shipped", commerce.PaymentPaid, "true"},
		{commerce.OrderCompleted, "completed", commerce.PaymentPaid, "true"},
		{commerce.OrderCancelled, "canceled", commerce.PaymentPending, "false"},
		{commerce.OrderStatusUnknown, "archived", commerce.PaymentPaid, "true"},
		{commerce.OrderShipped, "shipped", commerce.PaymentPaid, "true"}, // the package stores it in lower case
		{commerce.OrderStatusUnknown, "on-hold", commerce.PaymentPending, "false"},
		{commerce.OrderStatusUnknown, "", commerce.PaymentPending, "false"},
	}
	i := 0
	for o, err := range st.Orders().All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if i >= len(want) {
			t.Fatalf("more than %d orders", len(want))
		}
		w := want[i]
		src := o.Source.(*sitebuilder.Order)
		if o.Status != w.status || o.PlatformStatus != w.platform || o.PlatformStatus != string(src.Status) {
			t.Errorf("order %d: Status %q from %q, want %q from %q", o.ID, o.Status, o.PlatformStatus, w.status, w.platform)
		}
		if o.PaymentStatus != w.pay || o.PlatformPaymentStatus != w.platformPay {
			t.Errorf("order %d: PaymentStatus %q from %q, want %q from %q", o.ID, o.PaymentStatus, o.PlatformPaymentStatus, w.pay, w.platformPay)
		}
		i++
	}
	if i != len(want) {
		t.Errorf("read %d orders, want %d", i, len(want))
	}
}

// All walks every page of 50 in the server's order, each order once.
func TestSiteBuilderOrderAllPages(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	var b strings.Builder
	b.WriteString("[")
	for i := 1; i <= 120; i++ {
		if i > 1 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": %d, "invoiceNo": %d, "created": %d, "total": "%d.50"}`, i, 1000+i, 1700000000+i, i)
	}
	b.WriteString("]")
	sitebuilderLoad(t, srv, "orders", b.String())
	var got []int64
	for o, err := range st.Orders().All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%d", 1000+o.ID); o.Number != want {
			t.Errorf("order %d: Number = %q, want %q", o.ID, o.Number, want)
		}
		sitebuilderDec(t, fmt.Sprintf("order %d Total", o.ID), o.Total, fmt.Sprintf("%d.50", o.ID))
		if !o.CreatedAt.Equal(time.Unix(1700000000+o.ID, 0)) {
			t.Errorf("order %d: CreatedAt = %v", o.ID, o.CreatedAt)
		}
		got = append(got, o.ID)
	}
	if len(got) != 120 {
		t.Fatalf("read %d orders, want 120", len(got))
	}
	for i, id := range got {
		if id != int64(i+1) {
			t.Fatalf("order %d is id %d, want %d", i, id, i+1)
		}
	}
	var skips []string
	for _, r := range srv.Requests() {
		if r.Path != "/api/site/orders" || r.Query.Get("limit") != "50" {
			t.Errorf("request %s %s?%s, want GET /api/site/orders with limit=50", r.Method, r.Path, r.Query.Encode())
		}
		skips = append(skips, r.Query.Get("skip"))
	}
	if fmt.Sprint(skips) != "[ 50 100]" {
		t.Errorf("skips %q, want \"\", 50, 100", skips)
	}
}

// Amounts: a sent 0 stays 0, null is nil; taxes add up exactly; numbers as
// strings are read.
func TestSiteBuilderOrderAmounts(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	sitebuilderLoad(t, srv, "orders", `[{"id": 9, "subTotal": "10.10", "total": 13.45, "discountAmount": 0,
		"shippingAmount": null, "taxes": [{"name": "A", "total": "1.10"}, {"name": "B", "total": 2.25}],
		"items": [{"id": 1, "quantity": "3", "total": "10.10"}]}]`)
	o, err := st.Orders().Get(context.Background(), 9)
	if err != nil {
		t.Fatal(err)
	}
	sitebuilderDec(t, "Subtotal", o.Subtotal, "10.10")
	sitebuilderDec(t, "Total", o.Total, "13.45")
	sitebuilderDec(t, "DiscountTotal", o.DiscountTotal, "0")
	sitebuilderDec(t, "ShippingTotal", o.ShippingTotal, "nil")
	sitebuilderDec(t, "TaxTotal", o.TaxTotal, "3.35")
	if len(o.Lines) != 1 || o.Lines[0].Quantity.String() != "3" {
		t.Fatalf("Lines = %+v, want one line of quantity 3", o.Lines)
	}
	sitebuilderDec(t, "Lines[0].Total", o.Lines[0].Total, "10.10")
	sitebuilderDec(t, "Lines[0].UnitPrice", o.Lines[0].UnitPrice, "nil")
	// The normalized amounts are copies: changing one leaves Source alone.
	*o.Total = ecomkit.MustDecimal("1")
	if src := o.Source.(*sitebuilder.Order); src.Total.String() != "13.45" {
		t.Errorf("Source total changed to %s through the normalized Total", src.Total)
	}
}

// Addresses with a different value in every field (the API
// documentation's example has "string" in all of them), and a buyer who is
// a known contact.
func TestSiteBuilderOrderAddresses(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	sitebuilderLoad(t, srv, "orders", `[{"id": 10, "contactId": 41, "memberId": 7,
		"customerName": "Jane Roe", "customerEmail": "jane@example.com",
		"billingAddress": {"name": "Jane Roe", "phone": "+1 555 0100", "companyName": "Roe Ltd",
			"companyId": "VAT-1", "country": "US", "state": "NY", "city": "New York", "zipCode": "10001",
			"address": "1 Main St", "address2": "Apt 2"},
		"shippingAddress": {"name": "", "city": "Boston", "extraLine": "x"}}]`)
	o, err := st.Orders().Get(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	src := o.Source.(*sitebuilder.Order)
	if o.Customer == nil || *o.Customer != (commerce.CustomerRef{ID: 41, Email: "jane@example.com", Name: "Jane Roe"}) {
		t.Errorf("Customer = %+v, want contact 41, jane@example.com, Jane Roe", o.Customer)
	}
	want := commerce.Address{Name: "Jane Roe", Company: "Roe Ltd", Line1: "1 Main St", Line2: "Apt 2", City: "New York",
		Region: "NY", PostalCode: "10001", Country: "US", Phone: "+1 555 0100", Source: src.BillingAddress}
	if o.BillingAddress == nil || *o.BillingAddress != want {
		t.Errorf("BillingAddress = %+v,\nwant %+v", o.BillingAddress, want)
	}
	want = commerce.Address{City: "Boston", Source: src.ShippingAddress}
	if o.ShippingAddress == nil || *o.ShippingAddress != want {
		t.Errorf("ShippingAddress = %+v,\nwant %+v", o.ShippingAddress, want)
	}
	if src.BillingAddress.CompanyID != "VAT-1" || string(src.ShippingAddress.Extra["extraLine"]) != `"x"` {
		t.Error("Source lost companyId or an undeclared address field")
	}
}

// A record full of nulls, missing objects, strings for numbers and a field
// the model does not declare: empty normalized fields, nothing lost.
func TestSiteBuilderOrderTolerance(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	sitebuilderLoad(t, srv, "orders", `[{"id": 77, "invoiceNo": "16", "created": "not a time",
		"customerName": null, "customerEmail": null, "contactId": null,
		"shippingAddress": null, "billingAddress": {}, "subTotal": null, "total": "49.90",
		"discountAmount": null, "shippingAmount": null, "status": null, "paid": null,
		"taxes": null, "items": [{"id": null, "name": null, "quantity": null, "total": null, "variation": null}],
		"tags": null, "notes": null, "giftWrap": {"paper": "red"}}]`)
	o, err := st.Orders().Get(context.Background(), 77)
	if err != nil {
		t.Fatal(err)
	}
	src := o.Source.(*sitebuilder.Order)
	if o.ID != 77 || o.Number != "16" {
		t.Errorf("ID, Number = %d, %q; want 77, \"16\"", o.ID, o.Number)
	}
	if o.CreatedAt.Valid() || o.CreatedAt.Raw() != "not a time" || !o.CreatedAt.IsZero() {
		t.Errorf("CreatedAt = %v (valid %v, raw %q); want zero, invalid, raw \"not a time\"", o.CreatedAt, o.CreatedAt.Valid(), o.CreatedAt.Raw())
	}
	if src.Created.Raw() != "not a time" {
		t.Errorf("Source created raw = %q", src.Created.Raw())
	}
	if o.Customer != nil || o.BillingAddress != nil || o.ShippingAddress != nil {
		t.Errorf("Customer, BillingAddress, ShippingAddress = %v, %v, %v; want nil", o.Customer, o.BillingAddress, o.ShippingAddress)
	}
	for name, d := range map[string]*ecomkit.Decimal{"Subtotal": o.Subtotal, "DiscountTotal": o.DiscountTotal,
		"ShippingTotal": o.ShippingTotal, "TaxTotal": o.TaxTotal} {
		sitebuilderDec(t, name, d, "nil")
	}
	sitebuilderDec(t, "Total", o.Total, "49.90")
	if o.Status != commerce.OrderStatusUnknown || o.PlatformStatus != "" {
		t.Errorf("Status = %q from %q, want unknown from \"\"", o.Status, o.PlatformStatus)
	}
	if len(o.Lines) != 1 {
		t.Fatalf("%d lines, want 1", len(o.Lines))
	}
	l := o.Lines[0]
	if l.ID != 0 || l.Title != "" || !l.Quantity.IsZero() || l.Total != nil || l.Source != &src.Items[0] {
		t.Errorf("line = %+v, want empty fields, Total nil, Source into the order", l)
	}
	if got := string(src.Extra["giftWrap"]); got != `{"paper": "red"}` && got != `{"paper":"red"}` {
		t.Errorf("Source.Extra[giftWrap] = %s, want the object sent", got)
	}
}

func TestSiteBuilderOrderErrors(t *testing.T) {
	srv, st := sitebuilderFake(t)
	ctx := context.Background()
	if o, err := st.Orders().Get(ctx, 999); !errors.Is(err, ecomkit.ErrNotFound) || o != nil {
		t.Errorf("Get(999) = %v, %v; want ErrNotFound", o, err)
	}
	n := len(srv.Requests())
	if _, err := st.Orders().Get(ctx, -1); !errors.Is(err, ecomkit.ErrInvalidInput) {
		t.Errorf("Get(-1) = %v, want ErrInvalidInput", err)
	}
	if len(srv.Requests()) != n {
		t.Error("Get(-1) sent a request")
	}
	// A wrong key: All ends with the API's 401.
	c, err := sitebuilder.NewClient("fake.invalid", "wrong-key", sitebuilder.WithBaseURL(srv.BaseURL()), sitebuilder.WithoutRateLimit())
	if err != nil {
		t.Fatal(err)
	}
	bad, err := commerce.NewSiteBuilder(c)
	if err != nil {
		t.Fatal(err)
	}
	for name, seq := range map[string]func(yield func(error) bool){
		"orders":    func(y func(error) bool) { sitebuilderErrs(bad.Orders().All(ctx), y) },
		"products":  func(y func(error) bool) { sitebuilderErrs(bad.Products().All(ctx), y) },
		"customers": func(y func(error) bool) { sitebuilderErrs(bad.Customers().All(ctx), y) },
	} {
		var errs []error
		seq(func(err error) bool { errs = append(errs, err); return true })
		if len(errs) != 1 || !errors.Is(errs[0], ecomkit.ErrUnauthorized) {
			t.Errorf("%s All with a wrong key: %v, want one error matching ErrUnauthorized", name, errs)
		}
	}
}

// sitebuilderErrs yields the items of seq as errors (nil for a value).
func sitebuilderErrs[T any](seq func(func(T, error) bool), yield func(error) bool) {
	for _, err := range seq {
		if !yield(err) {
			return
		}
	}
}

// The product of the API documentation's example, field by field.
func TestSiteBuilderProductGet(t *testing.T) {
	srv, st := sitebuilderFake(t)
	p, err := st.Products().Get(context.Background(), 111)
	if err != nil {
		t.Fatal(err)
	}
	if req, _ := srv.LastRequest(); req.Path != "/api/site/products/111" {
		t.Errorf("request path %s", req.Path)
	}
	src, ok := p.Source.(*sitebuilder.Product)
	if !ok {
		t.Fatalf("Source is %T", p.Source)
	}
	if p.Platform != commerce.SiteBuilder {
		t.Errorf("Platform = %q", p.Platform)
	}
	sitebuilderSame(t, "ID", p.ID, 111, src.ID)
	sitebuilderSame(t, "Title", p.Title, "Interior Door", src.Title)
	sitebuilderSame(t, "Handle", p.Handle, "interior-door", src.URL)
	if p.SKU != "" || p.Currency != "" || !p.CreatedAt.IsZero() || !p.UpdatedAt.IsZero() {
		t.Errorf("SKU, Currency, CreatedAt, UpdatedAt = %q, %q, %v, %v; want empty (not sent)", p.SKU, p.Currency, p.CreatedAt, p.UpdatedAt)
	}
	sitebuilderDec(t, "Price", p.Price, "199")
	sitebuilderDec(t, "Price", p.Price, src.Variants[0].Price.String())
	sitebuilderDec(t, "Stock", p.Stock, "0")
	if len(p.Variants) != 1 {
		t.Fatalf("%d variants, want 1", len(p.Variants))
	}
	v, sv := p.Variants[0], &src.Variants[0]
	if v.Source != sv {
		t.Error("Variants[0].Source is not a pointer into the product's Source")
	}
	sitebuilderSame(t, "Variants[0].ID", v.ID, 0, 0)
	sitebuilderSame(t, "Variants[0].Title", v.Title, "Wood / Single", strings.Join(sv.Options, " / "))
	sitebuilderSame(t, "Variants[0].SKU", v.SKU, "D-001", sv.SKU)
	sitebuilderDec(t, "Variants[0].Price", v.Price, "199")
	sitebuilderDec(t, "Variants[0].Stock", v.Stock, "0")
	sitebuilderDec(t, "Variants[0].Stock", v.Stock, fmt.Sprint(sv.Quantity))
}

func TestSiteBuilderProducts(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	sitebuilderLoad(t, srv, "products", `[
		{"id": 1, "title": "Shirt", "url": "shirt", "variants": [
			{"options": ["Red", "XL"], "price": "19.90", "quantity": 3, "sku": "S-R-XL"},
			{"options": ["Blue", "M"], "price": 21.5, "quantity": "4", "sku": "S-B-M"}]},
		{"id": 2, "title": "E-book", "type": "digital", "variants": []},
		{"id": 3, "title": null, "url": null, "variants": [{"options": null, "price": null, "quantity": null}],
		 "subscription": null, "categories": null, "ribbon": "new"}]`)
	var got []commerce.Product
	for p, err := range st.Products().All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	if len(got) != 3 {
		t.Fatalf("read %d products, want 3", len(got))
	}
	p := got[0]
	sitebuilderDec(t, "shirt Price", p.Price, "19.90") // the first variant's
	sitebuilderDec(t, "shirt Stock", p.Stock, "7")     // 3 + 4
	if len(p.Variants) != 2 || p.Variants[0].Title != "Red / XL" || p.Variants[1].Title != "Blue / M" ||
		p.Variants[1].SKU != "S-B-M" {
		t.Fatalf("shirt variants = %+v", p.Variants)
	}
	sitebuilderDec(t, "shirt Variants[1].Price", p.Variants[1].Price, "21.5")
	sitebuilderDec(t, "shirt Variants[1].Stock", p.Variants[1].Stock, "4")
	if &p.Source.(*sitebuilder.Product).Variants[1] != p.Variants[1].Source {
		t.Error("Variants[1].Source is not a pointer into the product's Source")
	}

	p = got[1]
	if p.Title != "E-book" || p.Price != nil || p.Stock != nil || len(p.Variants) != 0 {
		t.Errorf("product without variants = %+v; want Price, Stock nil and no variants", p)
	}

	p = got[2]
	if p.Title != "" || p.Handle != "" || len(p.Variants) != 1 || p.Variants[0].Title != "" || p.Variants[0].Price != nil {
		t.Errorf("product of nulls = %+v", p)
	}
	sitebuilderDec(t, "nulls Price", p.Price, "nil")
	sitebuilderDec(t, "nulls Stock", p.Stock, "0")
	if string(p.Source.(*sitebuilder.Product).Extra["ribbon"]) != `"new"` {
		t.Errorf("Source.Extra lost ribbon: %v", p.Source.(*sitebuilder.Product).Extra)
	}

	if _, err := st.Products().Get(context.Background(), 404); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("Get(404) = %v, want ErrNotFound", err)
	}
}

// The contact of the API documentation's example, field by field.
func TestSiteBuilderCustomerGet(t *testing.T) {
	srv, st := sitebuilderFake(t)
	c, err := st.Customers().Get(context.Background(), 123)
	if err != nil {
		t.Fatal(err)
	}
	if req, _ := srv.LastRequest(); req.Path != "/api/site/contacts/123" {
		t.Errorf("request path %s, want /api/site/contacts/123", req.Path)
	}
	src, ok := c.Source.(*sitebuilder.Contact)
	if !ok {
		t.Fatalf("Source is %T, want *sitebuilder.Contact", c.Source)
	}
	if c.Platform != commerce.SiteBuilder {
		t.Errorf("Platform = %q", c.Platform)
	}
	sitebuilderSame(t, "ID", c.ID, 123, src.ID)
	sitebuilderSame(t, "Email", c.Email, "john@doe.com", src.Email)
	sitebuilderSame(t, "Name", c.Name, "John Doe", src.Name)
	sitebuilderSame(t, "Phone", c.Phone, "+123456789", src.Phone)
	if c.FirstName != "" || c.LastName != "" {
		t.Errorf("FirstName, LastName = %q, %q; want \"\" (the API sends one name)", c.FirstName, c.LastName)
	}
	sitebuilderSame(t, "CreatedAt", c.CreatedAt.Unix(), 1573240303, src.CreatedOn.Unix())
	if !c.UpdatedAt.IsZero() {
		t.Errorf("UpdatedAt = %v, want zero", c.UpdatedAt)
	}
	if len(c.Addresses) != 1 {
		t.Fatalf("%d addresses, want 1", len(c.Addresses))
	}
	a := c.Addresses[0]
	if a.Source != src {
		t.Error("Addresses[0].Source is not the contact")
	}
	sitebuilderSame(t, "Company", a.Company, "string", src.CompanyName)
	sitebuilderSame(t, "Line1", a.Line1, "string", src.Address)
	sitebuilderSame(t, "City", a.City, "string", src.City)
	sitebuilderSame(t, "Region", a.Region, "string", src.State)
	sitebuilderSame(t, "PostalCode", a.PostalCode, "string", src.Zip)
	sitebuilderSame(t, "Country", a.Country, "string", src.Country)
	if a.Name != "" || a.Line2 != "" || a.Phone != "" || a.Text != "" {
		t.Errorf("address Name, Line2, Phone, Text = %q, %q, %q, %q; want \"\"", a.Name, a.Line2, a.Phone, a.Text)
	}
}

func TestSiteBuilderCustomers(t *testing.T) {
	srv, st := sitebuilderFake(t, sitebuildertest.Empty())
	sitebuilderLoad(t, srv, "contacts", `[
		{"id": 5, "name": "Ann Lee", "email": "ann@example.com", "phone": "+47 1234", "createdOn": "1700000000",
		 "address": "Storgata 1", "city": "Oslo", "state": "Oslo county", "zip": "0155", "country": "Norway",
		 "companyName": "Lee AS"},
		{"id": 6, "name": null, "email": null, "phone": null, "createdOn": null, "properties": null,
		 "tags": null, "memberId": "9", "source": "import"}]`)
	var got []commerce.Customer
	for c, err := range st.Customers().All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, c)
	}
	if len(got) != 2 {
		t.Fatalf("read %d customers, want 2", len(got))
	}
	c := got[0]
	if c.ID != 5 || c.Name != "Ann Lee" || c.Email != "ann@example.com" || !c.CreatedAt.Equal(time.Unix(1700000000, 0)) {
		t.Errorf("customer 5 = %+v", c)
	}
	if c.Phone != "+47 1234" {
		t.Errorf("customer 5 Phone = %q", c.Phone)
	}
	want := commerce.Address{Company: "Lee AS", Line1: "Storgata 1", City: "Oslo", Region: "Oslo county",
		PostalCode: "0155", Country: "Norway", Source: c.Source}
	if len(c.Addresses) != 1 || c.Addresses[0] != want {
		t.Errorf("customer 5 addresses = %+v,\nwant %+v", c.Addresses, want)
	}
	c = got[1]
	if c.ID != 6 || c.Name != "" || c.Email != "" || c.Phone != "" || !c.CreatedAt.IsZero() || c.Addresses != nil {
		t.Errorf("customer of nulls = %+v, want empty fields and no address", c)
	}
	src := c.Source.(*sitebuilder.Contact)
	if src.MemberID != 9 || string(src.Extra["source"]) != `"import"` {
		t.Errorf("Source lost memberId or an undeclared field: %+v", src)
	}
	for _, r := range srv.Requests() {
		if r.Path != "/api/site/contacts" || r.Query.Get("limit") != "50" {
			t.Errorf("request %s?%s, want /api/site/contacts with limit=50", r.Path, r.Query.Encode())
		}
	}
	if _, err := st.Customers().Get(context.Background(), 404); !errors.Is(err, ecomkit.ErrNotFound) {
		t.Errorf("Get(404) = %v, want ErrNotFound", err)
	}
}

// Changes is unsupported on every resource, with nothing sent.
func TestSiteBuilderChangesUnsupported(t *testing.T) {
	srv, st := sitebuilderFake(t)
	ctx := context.Background()
	from := ecomkit.Checkpoint{Time: time.Unix(1573397000, 0), ID: 1}
	for _, c := range []struct {
		resource commerce.Resource
		seq      func(yield func(error) bool)
	}{
		{commerce.Orders, func(y func(error) bool) { sitebuilderErrs(st.Orders().Changes(ctx, from), y) }},
		{commerce.Products, func(y func(error) bool) { sitebuilderErrs(st.Products().Changes(ctx, from), y) }},
		{commerce.Customers, func(y func(error) bool) {
			sitebuilderErrs(st.Customers().Changes(ctx, ecomkit.Checkpoint{}), y)
		}},
	} {
		var errs []error
		c.seq(func(err error) bool { errs = append(errs, err); return true })
		var ue *commerce.UnsupportedError
		if len(errs) != 1 || !errors.Is(errs[0], commerce.ErrUnsupported) || !errors.As(errs[0], &ue) {
			t.Errorf("%s Changes: %v, want one UnsupportedError", c.resource, errs)
			continue
		}
		if ue.Platform != commerce.SiteBuilder || ue.Resource != c.resource || ue.Op != commerce.OpChanges || ue.Reason == "" {
			t.Errorf("%s Changes: %+v", c.resource, ue)
		}
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("Changes sent %d requests, want none", n)
	}
}

// A zero client (not from NewClient) answers errors, not panics.
func TestSiteBuilderZeroClient(t *testing.T) {
	st, err := commerce.NewSiteBuilder(&sitebuilder.Client{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := st.Orders().Get(ctx, 1); !errors.Is(err, ecomkit.ErrInvalidInput) {
		t.Errorf("Orders Get = %v, want ErrInvalidInput", err)
	}
	if _, err := st.Products().Get(ctx, 1); !errors.Is(err, ecomkit.ErrInvalidInput) {
		t.Errorf("Products Get = %v, want ErrInvalidInput", err)
	}
	var errs []error
	sitebuilderErrs(st.Customers().All(ctx), func(err error) bool { errs = append(errs, err); return true })
	if len(errs) != 1 || !errors.Is(errs[0], ecomkit.ErrInvalidInput) {
		t.Errorf("Customers All = %v, want one error matching ErrInvalidInput", errs)
	}
}
