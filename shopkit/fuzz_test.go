package shopkit

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// fuzzTargets make a new value of every model and response type the
// package decodes: the top-level resources, the bodies of the list
// endpoints (many[T], which also reads a lone object, an envelope with
// "paging" and null), the nested models, and the request bodies (whose
// custom encoders, such as IDOrHandle's, must accept whatever decodes).
var fuzzTargets = map[string]func() any{
	"Product": func() any { return new(Product) }, "[]Product": func() any { return new(many[Product]) },
	"Category": func() any { return new(Category) }, "[]Category": func() any { return new(many[Category]) },
	"Brand": func() any { return new(Brand) }, "[]Brand": func() any { return new(many[Brand]) },
	"Order": func() any { return new(Order) }, "[]Order": func() any { return new(many[Order]) },
	"Coupon": func() any { return new(Coupon) }, "[]Coupon": func() any { return new(many[Coupon]) },
	"Media": func() any { return new(Media) }, "[]Media": func() any { return new(many[Media]) },
	"Webhook": func() any { return new(Webhook) }, "[]Webhook": func() any { return new(many[Webhook]) },
	"OptionGroup": func() any { return new(OptionGroup) }, "[]OptionGroup": func() any { return new(many[OptionGroup]) },
	"ProductOption": func() any { return new(ProductOption) }, "[]ProductOption": func() any { return new(many[ProductOption]) },
	"ShippingMethod": func() any { return new(ShippingMethod) }, "[]ShippingMethod": func() any { return new(many[ShippingMethod]) },
	"OrderBulkResult": func() any { return new(OrderBulkResult) }, "[]OrderBulkResult": func() any { return new(many[OrderBulkResult]) },
	"Store":                func() any { return new(Store) },
	"raw list":             func() any { return new(many[json.RawMessage]) },
	"CategoryChild":        func() any { return new(CategoryChild) },
	"CategoryChildren":     func() any { return new(CategoryChildren) },
	"OrderBulkUpdate":      func() any { return new(OrderBulkUpdate) },
	"StoreCartSettings":    func() any { return new(StoreCartSettings) },
	"OrderShipping":        func() any { return new(OrderShipping) },
	"OrderPayment":         func() any { return new(OrderPayment) },
	"OrderPaymentData":     func() any { return new(OrderPaymentData) },
	"OrderCoupon":          func() any { return new(OrderCoupon) },
	"OrderClient":          func() any { return new(OrderClient) },
	"OrderAddress":         func() any { return new(OrderAddress) },
	"OrderProduct":         func() any { return new(OrderProduct) },
	"OrderTag":             func() any { return new(OrderTag) },
	"OptionGroupValue":     func() any { return new(OptionGroupValue) },
	"ProductCategory":      func() any { return new(ProductCategory) },
	"ProductStock":         func() any { return new(ProductStock) },
	"ProductRating":        func() any { return new(ProductRating) },
	"StoreSettings":        func() any { return new(StoreSettings) },
	"StorePageLink":        func() any { return new(StorePageLink) },
	"StoreNavigation":      func() any { return new(StoreNavigation) },
	"NavigationItem":       func() any { return new(NavigationItem) },
	"PaymentMethod":        func() any { return new(PaymentMethod) },
	"StoreLocation":        func() any { return new(StoreLocation) },
	"StoreAssets":          func() any { return new(StoreAssets) },
	"Image":                func() any { return new(Image) },
	"Wishlist":             func() any { return new(Wishlist) },
	"StringOrFalse":        func() any { return new(StringOrFalse) },
	"NewsletterSubscriber": func() any { return new(NewsletterSubscriber) },
	"ProductCreate":        func() any { return new(ProductCreate) },
	"ProductUpdate":        func() any { return new(ProductUpdate) },
	"CategoryCreate":       func() any { return new(CategoryCreate) },
	"CategoryUpdate":       func() any { return new(CategoryUpdate) },
	"BrandCreate":          func() any { return new(BrandCreate) },
	"BrandUpdate":          func() any { return new(BrandUpdate) },
	"CouponCreate":         func() any { return new(CouponCreate) },
	"OrderUpdate":          func() any { return new(OrderUpdate) },
	"OptionGroupInput":     func() any { return new(OptionGroupInput) },
	"ProductOptionUpdate":  func() any { return new(ProductOptionUpdate) },
	"WebhookCreate":        func() any { return new(WebhookCreate) },
}

// FuzzDecode feeds arbitrary bytes to every model and to the webhook
// parsers: nothing may panic, decoding is deterministic, whatever decodes
// must encode again, and what it encodes to must decode again.
func FuzzDecode(f *testing.F) {
	for _, pattern := range []string{"testdata/*.json", "shopkittest/seed/*.json"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
			if b = bytes.TrimSpace(b); len(b) > 0 && b[0] == '[' {
				// The first element alone, so the object decoders start
				// from the seed's shapes too.
				var l []json.RawMessage
				if json.Unmarshal(b, &l) == nil && len(l) > 0 {
					f.Add([]byte(l[0]))
				}
			}
		}
	}
	for _, s := range []string{`null`, `[]`, `{}`, `{"paging":{},"items":[{}]}`, `{"0":{}}`, `{"event":"order_paid","data":{"id":"7"}}`, `false`, `"x"`, `1e400`,
		`{"video_embed_url":true,"price":"1e5"}`, `{"date_from":"2020-01-01","created_at":0}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for name, mk := range fuzzTargets {
			v := mk()
			err := json.Unmarshal(data, v)
			again := mk()
			if err2 := json.Unmarshal(data, again); (err == nil) != (err2 == nil) {
				t.Fatalf("%s: decoding %q fails once and succeeds once: %v, %v", name, data, err, err2)
			}
			if err != nil {
				continue
			}
			out, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%s: decoded %q but does not encode: %v", name, data, err)
			}
			if out2, _ := json.Marshal(again); !bytes.Equal(out, out2) {
				t.Fatalf("%s: decoding %q twice gives %s and %s", name, data, out, out2)
			}
			if err := json.Unmarshal(out, mk()); err != nil {
				t.Fatalf("%s: decoded %q, encoded %s, which does not decode: %v", name, data, out, err)
			}
		}
		for _, event := range []EventType{"", EventOrderPaid, EventClientCreated, EventNewsletterSubscribed, EventProductCreated, "stock_low"} {
			ev, err := DecodeWebhook(event, data)
			if err != nil {
				continue
			}
			if ev.Type == "" {
				t.Fatalf("DecodeWebhook(%q, %q): no event", event, data)
			}
			if _, err := json.Marshal(ev); err != nil {
				t.Fatalf("DecodeWebhook(%q, %q): the event does not encode: %v", event, data, err)
			}
		}
		r := httptest.NewRequest("POST", "/hook?event=order_created", bytes.NewReader(data))
		if ev, err := ParseWebhook(r, WithoutWebhookVerification()); err == nil && ev.Order == nil {
			t.Fatalf("ParseWebhook(%q): an order event without an order", data)
		}
	})
}
