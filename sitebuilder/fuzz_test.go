package sitebuilder

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/ecomkit/ecomkit-go/internal/flex"
)

// fuzzTargets makes a new value of every model, response and request type
// of the package: what json.Unmarshal and the client's tolerant decoding
// may be handed.
var fuzzTargets = map[string]func() any{
	"Booking":              func() any { return new(Booking) },
	"Category":             func() any { return new(Category) },
	"Contact":              func() any { return new(Contact) },
	"FormSubmission":       func() any { return new(FormSubmission) },
	"FormSubmittedPayload": func() any { return new(FormSubmittedPayload) },
	"Member":               func() any { return new(Member) },
	"MemberGroup":          func() any { return new(MemberGroup) },
	"MemberSession":        func() any { return new(MemberSession) },
	"Order":                func() any { return new(Order) },
	"Product":              func() any { return new(Product) },
	"SubscriberList":       func() any { return new(SubscriberList) },
	"Webhook":              func() any { return new(Webhook) },
	"OrderStatus":          func() any { return new(OrderStatus) },
	// Responses: the paged envelopes and the unpaged lists.
	"page/Booking":        func() any { return new(envelope[Booking]) },
	"page/Contact":        func() any { return new(envelope[Contact]) },
	"page/FormSubmission": func() any { return new(envelope[FormSubmission]) },
	"page/Member":         func() any { return new(envelope[Member]) },
	"page/Order":          func() any { return new(envelope[Order]) },
	"page/Product":        func() any { return new(envelope[Product]) },
	"list/Category":       func() any { return new(List[Category]) },
	"list/Webhook":        func() any { return new(List[Webhook]) },
	// Request bodies, as a user might load them from a file.
	"ContactCreate":        func() any { return new(ContactCreate) },
	"ContactUpdate":        func() any { return new(ContactUpdate) },
	"MemberCreate":         func() any { return new(MemberCreate) },
	"MemberUpdate":         func() any { return new(MemberUpdate) },
	"MemberSessionCreate":  func() any { return new(MemberSessionCreate) },
	"MemberGroupCreate":    func() any { return new(MemberGroupCreate) },
	"OrderUpdate":          func() any { return new(OrderUpdate) },
	"ProductCreate":        func() any { return new(ProductCreate) },
	"SubscriberListCreate": func() any { return new(SubscriberListCreate) },
	"WebhookCreate":        func() any { return new(WebhookCreate) },
}

// FuzzDecode feeds arbitrary bytes to json.Unmarshal and to the client's
// tolerant decoding (flex.Unmarshal) for every type, and to the webhook
// decoding for every event: nothing may panic, and whatever decodes must
// encode again.
func FuzzDecode(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"totalCount":"3","limit":"2","skip":"0","items":{"0":{"id":"7","createdOn":"1573240303"}}}`,
		`{"id":"12","total":"49.90","status":"COMPLETED","items":{"0":{"price":"1e3"}},"created":""}`,
		`{"website":[],"contact":null,"formValues":{"0":{"field":"a","value":1}}}`,
		`[{"id":"rh_1","events":"order_created","secret":7}]`,
		`{"price":1e400,"registeredOn":-62135596801,"expiresAt":"9999-12-31T23:59:59Z"}`,
		`null`, `[]`, `""`, `{}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for name, mk := range fuzzTargets {
			for _, dec := range []struct {
				name string
				fn   func([]byte, any) error
			}{{"json", json.Unmarshal}, {"flex", flex.Unmarshal}} {
				v := mk()
				if dec.fn(data, v) != nil {
					continue
				}
				b, err := json.Marshal(v)
				if err != nil {
					t.Errorf("%s decoded by %s from %q does not encode: %v", name, dec.name, data, err)
					continue
				}
				// What the package encodes it must read back.
				if err := flex.Unmarshal(b, mk()); err != nil {
					t.Errorf("%s decoded by %s from %q encodes as %s, which does not decode: %v", name, dec.name, data, b, err)
				}
			}
		}
		for _, ev := range EventTypes() {
			e, err := DecodeWebhook(ev, data)
			if err != nil {
				continue
			}
			if e.Payload() == nil {
				t.Errorf("%s: decoded event has no payload", ev)
			}
			if _, err := json.Marshal(e); err != nil {
				t.Errorf("%s event from %q does not encode: %v", ev, data, err)
			}
		}
		// The handler answers every delivery; a bad body is a 400.
		h := WebhookHandler(func(context.Context, *Event) error { return nil })
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/hook?event="+string(EventOrderCreated), bytes.NewReader(data)))
		if rec.Code != http.StatusNoContent && rec.Code != http.StatusBadRequest {
			t.Errorf("handler answered %d", rec.Code)
		}
	})
}
