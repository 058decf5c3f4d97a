package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	ecomkit "github.com/ecomkit/ecomkit-go"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// EventType names a webhook event ("order_paid"). An event the package
// does not know decodes as itself: ParseWebhook then reports ErrUnknownEvent
// and keeps the body.
type EventType string

// Webhook events. The first group is the list of the API documentation;
// the second was added by Shopkit's webhook documentation (2025) and may
// not be accepted by older stores.
const (
	EventOrderCanceled          EventType = "order_canceled"
	EventOrderDeleted           EventType = "order_deleted"
	EventOrderCreated           EventType = "order_created"
	EventOrderUpdated           EventType = "order_updated"
	EventOrderPaid              EventType = "order_paid"
	EventOrderSent              EventType = "order_sent"
	EventOrderChangeStatus      EventType = "order_change_status"
	EventOrderInvoice           EventType = "order_invoice"
	EventOrderShipping          EventType = "order_shipping"
	EventOrderDelivered         EventType = "order_delivered"
	EventOrderChangePayment     EventType = "order_change_payment"
	EventOrderPaymentFailed     EventType = "order_payment_failed"
	EventOrderReturned          EventType = "order_returned"
	EventOrderPickupAvailable   EventType = "order_pickup_available"
	EventOrderWaitingShipment   EventType = "order_waiting_shipment"
	EventClientCreated          EventType = "client_created"
	EventClientUpdated          EventType = "client_updated"
	EventClientDeleted          EventType = "client_deleted"
	EventNewsletterSubscribed   EventType = "newsletter_subscribed"
	EventNewsletterUnsubscribed EventType = "newsletter_unsubscribed"

	EventOrderInvoiced            EventType = "order_invoiced"
	EventOrderTagAdded            EventType = "order_tag_added"
	EventShippingExpedited        EventType = "shipping_expedited"
	EventClientTagAdded           EventType = "client_tag_added"
	EventClientWholesaleAccepted  EventType = "client_wholesale_accepted"
	EventClientWholesaleRevoked   EventType = "client_wholesale_revoked"
	EventClientWholesaleRequested EventType = "client_wholesale_requested"
	EventProductCreated           EventType = "product_created"
	EventProductUpdated           EventType = "product_updated"
	EventProductDeleted           EventType = "product_deleted"
	EventProductUpdatedStock      EventType = "product_updated_stock"
	EventCartAbandoned            EventType = "cart_abandoned"
)

// WebhookEvents are the events a webhook can subscribe to, as the API
// documentation lists them; EventTypes adds the newer ones.
var WebhookEvents = []EventType{EventOrderCanceled, EventOrderDeleted, EventOrderCreated, EventOrderUpdated,
	EventOrderPaid, EventOrderSent, EventOrderChangeStatus, EventOrderInvoice, EventOrderShipping,
	EventOrderDelivered, EventOrderChangePayment, EventOrderPaymentFailed, EventOrderReturned,
	EventOrderPickupAvailable, EventOrderWaitingShipment, EventClientCreated, EventClientUpdated,
	EventClientDeleted, EventNewsletterSubscribed, EventNewsletterUnsubscribed}

// newerEvents are the events of Shopkit's 2025 webhook documentation.
var newerEvents = []EventType{EventOrderInvoiced, EventOrderTagAdded, EventShippingExpedited, EventClientTagAdded,
	EventClientWholesaleAccepted, EventClientWholesaleRevoked, EventClientWholesaleRequested, EventProductCreated,
	EventProductUpdated, EventProductDeleted, EventProductUpdatedStock, EventCartAbandoned}

// EventTypes returns every event the package knows: WebhookEvents and the
// events Shopkit's webhook documentation added later.
func EventTypes() []EventType { return append(slices.Clone(WebhookEvents), newerEvents...) }

// Valid reports whether e is an event the package knows.
func (e EventType) Valid() bool {
	return slices.Contains(WebhookEvents, e) || slices.Contains(newerEvents, e)
}

// Webhook is a subscription of a URL to one store event.
type Webhook struct {
	ID     int64     `json:"id"`
	Event  EventType `json:"event"` // Event* constant
	URL    string    `json:"url"`
	Active bool      `json:"active"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (w *Webhook) UnmarshalJSON(b []byte) error {
	type plain Webhook
	return flex.DecodeWithExtra(b, (*plain)(w), &w.Extra)
}

// WebhookCreate is the body of POST /webhook/. The API documentation marks neither field
// required, but a webhook needs both.
type WebhookCreate struct {
	// URL is the absolute http(s) URL deliveries are POSTed to; required.
	URL string `json:"url"`
	// Event is the event to subscribe to (an Event* constant); required.
	Event EventType `json:"event"`
}

// WebhookListOptions filter GET /webhook; zero values do not filter.
type WebhookListOptions struct {
	// Active selects active (true) or inactive (false) webhooks.
	Active *bool `url:"active,omitempty"`
	// Event selects the webhooks of one event (an Event* constant).
	Event EventType `url:"event,omitempty"`
}

// WebhooksAPI is the interface WebhooksService implements.
type WebhooksAPI interface {
	List(ctx context.Context, opts *WebhookListOptions) ([]Webhook, error)
	Get(ctx context.Context, id int64) (*Webhook, error)
	Create(ctx context.Context, w *WebhookCreate) (*Webhook, error)
	Delete(ctx context.Context, id int64) error
}

var _ WebhooksAPI = (*WebhooksService)(nil)

// WebhooksService handles the /webhook endpoints (there is no update).
// ParseWebhook and WebhookHandler read the deliveries.
type WebhooksService service

// List fetches the webhooks: GET /webhook/{?active,event}, the API documentation's
// template /webhook/{id}{?active,event} expanded without the optional id
// (hence the trailing slash). No paging is documented; the answer is read
// as a list.
func (w *WebhooksService) List(ctx context.Context, opts *WebhookListOptions) ([]Webhook, error) {
	if opts != nil {
		if opts.Event != "" && !opts.Event.Valid() {
			return nil, eventChoiceError(opts.Event)
		}
	}
	return sendList[Webhook](ctx, (*service)(w), http.MethodGet, "/webhook/", opts, nil)
}

// Get fetches a webhook by id: GET /webhook/{id}.
func (w *WebhooksService) Get(ctx context.Context, id int64) (*Webhook, error) {
	path, err := idPath("/webhook/{id}", id)
	if err != nil {
		return nil, err
	}
	return getOne[Webhook](ctx, (*service)(w), path, nil, &idQuery{ID: id})
}

// Create subscribes a URL to an event: POST /webhook/ (the API documentation's trailing
// slash). An existing subscription is refused with 409 (ErrConflict).
func (w *WebhooksService) Create(ctx context.Context, in *WebhookCreate) (*Webhook, error) {
	if in == nil {
		return nil, transport.Invalid("body", "must not be nil")
	}
	if strings.TrimSpace(in.URL) == "" {
		return nil, transport.Invalid("url", "is required")
	}
	if err := checkHTTPURL("url", in.URL); err != nil {
		return nil, err
	}
	if in.Event == "" {
		return nil, transport.Invalid("event", "is required")
	}
	if !in.Event.Valid() {
		return nil, eventChoiceError(in.Event)
	}
	return send[Webhook](ctx, (*service)(w), http.MethodPost, "/webhook/", nil, in)
}

// Delete deletes a webhook: DELETE /webhook/{id}.
func (w *WebhooksService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(w), "/webhook/{id}", id)
}

// eventChoiceError refuses an event the package does not know.
func eventChoiceError(e EventType) error {
	names := make([]string, 0, len(WebhookEvents)+len(newerEvents))
	for _, x := range EventTypes() {
		names = append(names, string(x))
	}
	return transport.Invalid("event", "must be one of %s, got %q", strings.Join(names, ", "), string(e))
}

// Headers of a webhook delivery, as Shopkit's webhook documentation names
// them.
const (
	// SignatureHeader carries the hex HMAC-SHA256 of the raw body keyed
	// with the app's client_secret.
	SignatureHeader = "X-Webhook-Signature"
	// EventHeader names the event ("order_paid").
	EventHeader = "X-Shopkit-Event"
	// OriginHeader says where the change came from: api, import,
	// backoffice, storefront, duplicate or process.
	OriginHeader = "X-Webhook-Resource-Origin"
)

// Event is one webhook delivery, decoded.
//
// The API documentation names the events but not their payloads. This
// package reads a delivery's body as the JSON of the resource the event is
// about: an Order for order_* and shipping_* events, a client (the shape
// of Order.Client) for client_* events, a subscriber for newsletter_*
// events and a Product for product_* events; cart_abandoned has no typed
// payload. A body of the form {"event": ..., "data": {...}} is also
// understood. Whatever the shape, Body keeps the body as received.
type Event struct {
	// Type is the event (Event* constant).
	Type EventType
	// Origin is the X-Webhook-Resource-Origin header (api, import,
	// backoffice, storefront, duplicate, process); "" from DecodeWebhook.
	Origin string
	// Body is the delivery's body as received.
	Body []byte
	// Order is set for order_* and shipping_* events.
	Order *Order
	// Client is set for client_* events.
	Client *OrderClient
	// Subscriber is set for newsletter_* events.
	Subscriber *NewsletterSubscriber
	// Product is set for product_* events.
	Product *Product
}

// Payload returns the typed payload (*Order, *OrderClient,
// *NewsletterSubscriber or *Product), or nil for an event without one.
func (e *Event) Payload() any {
	switch {
	case e == nil:
		return nil
	case e.Order != nil:
		return e.Order
	case e.Client != nil:
		return e.Client
	case e.Subscriber != nil:
		return e.Subscriber
	case e.Product != nil:
		return e.Product
	}
	return nil
}

// NewsletterSubscriber is the payload assumed for newsletter_* events.
type NewsletterSubscriber struct {
	Email string `json:"email"`
	Name  string `json:"name"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (n *NewsletterSubscriber) UnmarshalJSON(b []byte) error {
	type plain NewsletterSubscriber
	return flex.DecodeWithExtra(b, (*plain)(n), &n.Extra)
}

// DecodeWebhook decodes the body of a delivery of event, a body you already
// hold (ParseWebhook reads and verifies a request). It verifies no
// signature. An empty event is taken from an "event" field of the body. An
// unknown event returns the Event (Type and Body set) with an error
// matching ErrUnknownEvent.
func DecodeWebhook(event EventType, body []byte) (*Event, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, transport.Invalid("body", "is not a JSON object")
	}
	var env struct {
		Event EventType       `json:"event"`
		Data  json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(trimmed, &env); err != nil {
		return nil, transport.Invalid("body", "is not valid JSON: %v", err)
	}
	payload := trimmed
	if d := bytes.TrimSpace(env.Data); len(d) > 0 && d[0] == '{' {
		payload = d
	}
	if event == "" {
		event = env.Event
	}
	ev := &Event{Type: event, Body: body}
	var target any
	switch {
	case !event.Valid():
		return ev, fmt.Errorf("shopkit: %w: %q", ErrUnknownEvent, string(event))
	case strings.HasPrefix(string(event), "order_"), strings.HasPrefix(string(event), "shipping_"):
		ev.Order = new(Order)
		target = ev.Order
	case strings.HasPrefix(string(event), "client_"):
		ev.Client = new(OrderClient)
		target = ev.Client
	case strings.HasPrefix(string(event), "newsletter_"):
		ev.Subscriber = new(NewsletterSubscriber)
		target = ev.Subscriber
	case strings.HasPrefix(string(event), "product_"):
		ev.Product = new(Product)
		target = ev.Product
	default:
		return ev, nil
	}
	if err := flex.Unmarshal(payload, target); err != nil {
		return nil, fmt.Errorf("shopkit: decoding %s webhook: %w", event, err)
	}
	return ev, nil
}

// ParseWebhook reads a delivery from r, verifies its signature and decodes
// it. Shopkit signs every delivery: X-Webhook-Signature is the hex
// HMAC-SHA256 of the raw body keyed with the app's client_secret. Pass
// that secret with WithWebhookSecret; an unsigned or wrongly signed
// delivery is refused with an error matching ErrWebhookSignature (compared
// in constant time). Without a secret every delivery is refused, unless
// WithoutWebhookVerification says to accept them unchecked.
//
// The event is read from the X-Shopkit-Event header (then an "event" query
// parameter of the URL, then an "event" field of the body). The body read
// is bounded by WithWebhookMaxBytes (default 5 MiB).
func ParseWebhook(r *http.Request, opts ...WebhookOption) (*Event, error) {
	cfg := ecomkit.NewWebhookConfig(opts...)
	if r == nil {
		return nil, transport.Invalid("request", "must not be nil")
	}
	if r.Body == nil {
		return nil, transport.Invalid("body", "is required")
	}
	if !cfg.Unverified && cfg.Secret == "" {
		return nil, fmt.Errorf("shopkit: %w: no secret to verify it with (pass WithWebhookSecret with the app's client_secret, or WithoutWebhookVerification)", ErrWebhookSignature)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, cfg.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("shopkit: reading webhook body: %w", err)
	}
	if int64(len(body)) > cfg.MaxBytes {
		return nil, fmt.Errorf("shopkit: %w: webhook body larger than %d bytes", errWebhookTooLarge, cfg.MaxBytes)
	}
	if !cfg.Unverified && !ecomkit.ValidHMACSHA256(body, string(cfg.Secret), r.Header.Get(SignatureHeader)) {
		if r.Header.Get(SignatureHeader) == "" {
			return nil, fmt.Errorf("shopkit: %w: no %s header", ErrWebhookSignature, SignatureHeader)
		}
		return nil, fmt.Errorf("shopkit: %w: %s does not match the body", ErrWebhookSignature, SignatureHeader)
	}
	event := EventType(strings.TrimSpace(r.Header.Get(EventHeader)))
	if event == "" && r.URL != nil {
		event = EventType(r.URL.Query().Get("event"))
	}
	ev, err := DecodeWebhook(event, body)
	if ev != nil {
		ev.Origin = r.Header.Get(OriginHeader)
	}
	return ev, err
}

// errWebhookTooLarge marks a delivery over the size bound.
var errWebhookTooLarge = errors.New("webhook body too large")

// WebhookHandler returns an http.Handler that reads each POSTed delivery
// with ParseWebhook(r, opts...) and calls fn. It answers 200 when fn
// returns nil; 500 when fn fails, so Shopkit delivers again (it retries 5
// times, an hour apart, then suspends the webhook); 401 for a missing or
// wrong signature; 413 for a body over the bound; 400 for a body that does
// not decode; 405 to other methods. A verified delivery of an event this
// package does not know (one Shopkit added later) is passed to fn with only
// Type, Origin and Body set, rather than refused into a suspension. A nil
// fn acknowledges every delivery that verifies.
func WebhookHandler(fn func(ctx context.Context, e *Event) error, opts ...WebhookOption) http.Handler {
	if fn == nil {
		fn = func(context.Context, *Event) error { return nil }
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "webhook deliveries are POSTed", http.StatusMethodNotAllowed)
			return
		}
		e, err := ParseWebhook(r, opts...)
		switch {
		case errors.Is(err, ErrUnknownEvent) && e != nil:
			// verified, but not decodable by this package: fn decides.
		case errors.Is(err, ErrWebhookSignature):
			http.Error(w, "webhook signature missing or invalid", http.StatusUnauthorized)
			return
		case errors.Is(err, errWebhookTooLarge):
			http.Error(w, "webhook body too large", http.StatusRequestEntityTooLarge)
			return
		case err != nil:
			http.Error(w, "webhook delivery not understood", http.StatusBadRequest)
			return
		}
		if err := fn(r.Context(), e); err != nil {
			http.Error(w, "delivery not processed", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}
