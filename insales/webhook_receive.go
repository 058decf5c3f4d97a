package insales

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// InSales does not sign webhook deliveries: ParseWebhook and
// WebhookHandler refuse WithWebhookSecret (a caller must not believe a
// delivery verified) and never return ErrWebhookSignature. Protect the
// receiver's address instead (a random path segment).

// Event is one decoded webhook delivery: its Type, the raw Body, and the
// payload field that fits Type.
//
// Orders and clients arrive as one JSON object, products as an array (a
// batch of up to the webhook's BatchSize).
type Event struct {
	// Type is the topic the delivery was decoded for.
	Type EventType
	// Body is the raw delivery, kept also when decoding failed.
	Body []byte
	// Products is the batch of a products/create or products/update delivery.
	Products []Product
	// Order is the order of orders/create, orders/update and orders/destroy.
	Order *Order
	// Customer is the client of clients/create and clients/update.
	Customer *Customer
	// Object is the order or client as sent, field by field (raw JSON).
	Object Extra
	// ID is the order's or client's id (0 for product topics).
	ID int64
}

// Decode decodes the delivery's body into v as tolerantly as API answers
// (numbers as strings, nulls, {"0": ..} lists): an order or client model,
// or a []Product for product topics.
func (e *Event) Decode(v any) error {
	if e == nil {
		return transport.Invalid("event", "must not be nil")
	}
	return flex.Unmarshal(e.Body, v)
}

// errUnsigned refuses WithWebhookSecret.
var errUnsigned = transport.Invalid("secret", "cannot verify deliveries: InSales does not sign webhooks; "+
	"drop WithWebhookSecret and protect the receiver's address instead (a random path segment)")

// DecodeWebhook decodes a delivery's body for topic: product topics into
// Products (a JSON array; a single object is read as a batch of one),
// orders into Order, clients into Customer (and both into Object and ID). An unknown topic is an error matching
// ErrUnknownEvent, returned with an Event that keeps the body. Nothing is
// verified: InSales does not sign deliveries.
func DecodeWebhook(topic EventType, body []byte) (*Event, error) {
	e := &Event{Type: topic, Body: body}
	if !topic.Valid() {
		if topic == "" {
			return e, fmt.Errorf("insales: %w: the delivery names no topic (register addresses made by WebhookAddress)", ErrUnknownEvent)
		}
		return e, fmt.Errorf("insales: %w: %q", ErrUnknownEvent, string(topic))
	}
	t := bytes.TrimSpace(body)
	if topic.Batched() {
		switch {
		case len(t) > 0 && t[0] == '[':
			var ps List[Product]
			if err := flex.Unmarshal(t, &ps); err != nil {
				return nil, fmt.Errorf("insales: decoding %s delivery: %w", topic, err)
			}
			e.Products = []Product(ps)
		case len(t) > 0 && t[0] == '{':
			var p Product
			if err := flex.Unmarshal(t, &p); err != nil {
				return nil, fmt.Errorf("insales: decoding %s delivery: %w", topic, err)
			}
			e.Products = []Product{p}
		default:
			return nil, fmt.Errorf("insales: %s delivery is not a JSON array", topic)
		}
		return e, nil
	}
	if len(t) == 0 || t[0] != '{' {
		return nil, fmt.Errorf("insales: %s delivery is not a JSON object", topic)
	}
	var obj struct {
		ID    Int   `json:"id"`
		Extra Extra `json:"-"`
	}
	if err := decodeExtra(t, &obj, &obj.Extra); err != nil {
		return nil, fmt.Errorf("insales: decoding %s delivery: %w", topic, err)
	}
	switch topic {
	case TopicOrdersCreate, TopicOrdersUpdate, TopicOrdersDestroy:
		e.Order = new(Order)
		if err := flex.Unmarshal(t, e.Order); err != nil {
			return nil, fmt.Errorf("insales: decoding %s delivery: %w", topic, err)
		}
	case TopicClientsCreate, TopicClientsUpdate:
		e.Customer = new(Customer)
		if err := flex.Unmarshal(t, e.Customer); err != nil {
			return nil, fmt.Errorf("insales: decoding %s delivery: %w", topic, err)
		}
	}
	e.ID = int64(obj.ID)
	e.Object = obj.Extra
	if e.Object == nil {
		e.Object = Extra{}
	}
	raw, _ := json.Marshal(int64(obj.ID))
	e.Object["id"] = raw
	return e, nil
}

// errTooLarge marks a delivery over the configured size.
var errTooLarge = errors.New("delivery too large")

// ParseWebhook reads a delivery from r and decodes it for the topic named
// by r's "topic" query parameter, which WebhookAddress adds to the
// webhook's address. A missing or unknown topic is an error matching
// ErrUnknownEvent, with the raw body in the returned Event. The body read
// is bounded (WithWebhookMaxBytes).
//
// InSales does not sign deliveries, so nothing is verified and
// WithWebhookSecret is refused with an error saying so. Nor does it
// guarantee delivery: reconcile with the change feed (see Webhook).
func ParseWebhook(r *http.Request, opts ...WebhookOption) (*Event, error) {
	cfg := ecomkit.NewWebhookConfig(opts...)
	if cfg.Secret != "" {
		return nil, errUnsigned
	}
	if r == nil {
		return nil, transport.Invalid("r", "must not be nil")
	}
	if r.Body == nil {
		return nil, errors.New("insales: webhook delivery has no body")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, cfg.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("insales: reading webhook delivery: %w", err)
	}
	if int64(len(body)) > cfg.MaxBytes {
		return nil, fmt.Errorf("insales: webhook delivery larger than %d bytes: %w", cfg.MaxBytes, errTooLarge)
	}
	var topic EventType
	if r.URL != nil {
		topic = EventType(r.URL.Query().Get(TopicParam))
	}
	return DecodeWebhook(topic, body)
}

// WebhookHandler returns an http.Handler that decodes each POSTed delivery
// (its topic named by the address's "topic" parameter, see WebhookAddress)
// and calls fn. It answers 200 when fn returns nil, 500 when fn fails, 400
// for an unknown topic or a body that does not decode, 413 for a body over
// WithWebhookMaxBytes and 405 to other methods. A nil fn acknowledges every
// delivery that decodes. Given WithWebhookSecret, which cannot be honoured
// (InSales does not sign), it answers every delivery 500 with the reason,
// so the mistake shows at once.
//
// InSales does not retry a failed delivery reliably: keep fn quick (queue
// the work) and reconcile with the change feed (see Webhook).
func WebhookHandler(fn func(ctx context.Context, e *Event) error, opts ...WebhookOption) http.Handler {
	if fn == nil {
		fn = func(context.Context, *Event) error { return nil }
	}
	var cfgErr error
	if ecomkit.NewWebhookConfig(opts...).Secret != "" {
		cfgErr = errUnsigned
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if cfgErr != nil {
			http.Error(w, cfgErr.Error(), http.StatusInternalServerError)
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "webhook deliveries are POSTed", http.StatusMethodNotAllowed)
			return
		}
		e, err := ParseWebhook(r, opts...)
		if errors.Is(err, errTooLarge) {
			http.Error(w, "delivery too large", http.StatusRequestEntityTooLarge)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := fn(r.Context(), e); err != nil {
			http.Error(w, "delivery not processed", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}
