package shopkit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Webhook events, as the seed lists them.
const (
	EventOrderCanceled          = "order_canceled"
	EventOrderDeleted           = "order_deleted"
	EventOrderCreated           = "order_created"
	EventOrderUpdated           = "order_updated"
	EventOrderPaid              = "order_paid"
	EventOrderSent              = "order_sent"
	EventOrderChangeStatus      = "order_change_status"
	EventOrderInvoice           = "order_invoice"
	EventOrderShipping          = "order_shipping"
	EventOrderDelivered         = "order_delivered"
	EventOrderChangePayment     = "order_change_payment"
	EventOrderPaymentFailed     = "order_payment_failed"
	EventOrderReturned          = "order_returned"
	EventOrderPickupAvailable   = "order_pickup_available"
	EventOrderWaitingShipment   = "order_waiting_shipment"
	EventClientCreated          = "client_created"
	EventClientUpdated          = "client_updated"
	EventClientDeleted          = "client_deleted"
	EventNewsletterSubscribed   = "newsletter_subscribed"
	EventNewsletterUnsubscribed = "newsletter_unsubscribed"
)

// WebhookEvents are the events a webhook can subscribe to, as the seed
// lists them.
var WebhookEvents = []string{EventOrderCanceled, EventOrderDeleted, EventOrderCreated, EventOrderUpdated,
	EventOrderPaid, EventOrderSent, EventOrderChangeStatus, EventOrderInvoice, EventOrderShipping,
	EventOrderDelivered, EventOrderChangePayment, EventOrderPaymentFailed, EventOrderReturned,
	EventOrderPickupAvailable, EventOrderWaitingShipment, EventClientCreated, EventClientUpdated,
	EventClientDeleted, EventNewsletterSubscribed, EventNewsletterUnsubscribed}

// Webhook is a subscription of a URL to one store event.
type Webhook struct {
	ID     int64  `json:"id"`
	Event  string `json:"event"` // Event* constant
	URL    string `json:"url"`
	Active bool   `json:"active"`

	// Extra keeps fields this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON keeps undeclared fields in Extra.
func (w *Webhook) UnmarshalJSON(b []byte) error {
	type plain Webhook
	return flex.DecodeWithExtra(b, (*plain)(w), &w.Extra)
}

// WebhookCreate is the body of POST /webhook/. The seed marks neither field
// required, but a webhook needs both.
type WebhookCreate struct {
	// URL is the absolute http(s) URL deliveries are POSTed to; required.
	URL string `json:"url"`
	// Event is one of WebhookEvents (Event* constants); required.
	Event string `json:"event"`
}

// WebhookListOptions filter GET /webhook; zero values do not filter.
type WebhookListOptions struct {
	// Active selects active (true) or inactive (false) webhooks.
	Active *bool `url:"active,omitempty"`
	// Event selects the webhooks of one event, one of WebhookEvents.
	Event string `url:"event,omitempty"`
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
// ParseWebhook and ParseWebhookRequest read the deliveries.
type WebhooksService service

// List fetches the webhooks: GET /webhook/{?active,event}, the seed's
// template /webhook/{id}{?active,event} expanded without the optional id
// (hence the trailing slash). No paging is documented; the answer is read
// as a list.
func (w *WebhooksService) List(ctx context.Context, opts *WebhookListOptions) ([]Webhook, error) {
	if opts != nil {
		if err := check.OneOf("event", opts.Event, WebhookEvents...); err != nil {
			return nil, err
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

// Create subscribes a URL to an event: POST /webhook/ (the seed's trailing
// slash). An existing subscription is refused with 409 (ErrConflict).
func (w *WebhooksService) Create(ctx context.Context, in *WebhookCreate) (*Webhook, error) {
	if in == nil || strings.TrimSpace(in.URL) == "" {
		return nil, transport.Invalid("url", "is required")
	}
	if err := checkHTTPURL("url", in.URL); err != nil {
		return nil, err
	}
	if in.Event == "" {
		return nil, transport.Invalid("event", "is required")
	}
	if err := check.OneOf("event", in.Event, WebhookEvents...); err != nil {
		return nil, err
	}
	return send[Webhook](ctx, (*service)(w), http.MethodPost, "/webhook/", nil, in)
}

// Delete deletes a webhook: DELETE /webhook/{id}.
func (w *WebhooksService) Delete(ctx context.Context, id int64) error {
	return deleteByID(ctx, (*service)(w), "/webhook/{id}", id)
}

// WebhookEvent is one webhook delivery, decoded.
//
// The seed documents the events but not the payloads. This package
// assumes that a delivery's body is the JSON of the resource the event is
// about: an Order for order_* events, a client (the shape of
// Order.Client) for client_* events, and a subscriber for newsletter_*
// events. A body of the form {"event": ..., "data": {...}} is also
// understood. Whatever the shape, Raw keeps the body as received.
type WebhookEvent struct {
	// Event is the event name (Event* constant).
	Event string
	// Order is set for order_* events.
	Order *Order
	// Client is set for client_* events.
	Client *OrderClient
	// Subscriber is set for newsletter_* events.
	Subscriber *NewsletterSubscriber
	// Raw is the resource's JSON as received.
	Raw json.RawMessage
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

// maxWebhookBody bounds what ParseWebhookRequest reads.
const maxWebhookBody = 10 << 20

// ParseWebhookRequest reads and decodes a webhook delivery. Each Shopkit
// webhook subscribes one URL to one event, and the seed names no event
// header, so the receiver says which event the URL was registered for;
// when event is "", the request's "event" query parameter is used (so
// register URLs such as https://example.com/hooks?event=order_paid), and
// then an "event" field in the body.
func ParseWebhookRequest(r *http.Request, event string) (*WebhookEvent, error) {
	if r == nil || r.Body == nil {
		return nil, transport.Invalid("request", "has no body")
	}
	if event == "" && r.URL != nil {
		event = r.URL.Query().Get("event")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody+1))
	if err != nil {
		return nil, fmt.Errorf("shopkit: reading webhook body: %w", err)
	}
	if len(body) > maxWebhookBody {
		return nil, transport.Invalid("request", "webhook body larger than %d bytes", maxWebhookBody)
	}
	return ParseWebhook(event, body)
}

// ParseWebhook decodes a webhook body for event (see WebhookEvent for the
// assumed payloads). An empty event is taken from an "event" field of the
// body. An unknown event is not an error: only Raw is set.
func ParseWebhook(event string, body []byte) (*WebhookEvent, error) {
	body = bytes.TrimSpace(body)
	if len(body) == 0 || body[0] != '{' {
		return nil, transport.Invalid("body", "is not a JSON object")
	}
	var env struct {
		Event string          `json:"event"`
		Data  json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, transport.Invalid("body", "is not valid JSON: %v", err)
	}
	payload := json.RawMessage(body)
	if d := bytes.TrimSpace(env.Data); len(d) > 0 && d[0] == '{' {
		payload = d
	}
	if event == "" {
		event = env.Event
	}
	if event == "" {
		return nil, transport.Invalid("event", "is unknown: pass it, or register the URL with ?event=<name>")
	}
	ev := &WebhookEvent{Event: event, Raw: payload}
	var target any
	switch {
	case strings.HasPrefix(event, "order_"):
		ev.Order = new(Order)
		target = ev.Order
	case strings.HasPrefix(event, "client_"):
		ev.Client = new(OrderClient)
		target = ev.Client
	case strings.HasPrefix(event, "newsletter_"):
		ev.Subscriber = new(NewsletterSubscriber)
		target = ev.Subscriber
	default:
		return ev, nil
	}
	if err := json.Unmarshal(payload, target); err != nil {
		return nil, fmt.Errorf("shopkit: decoding %s webhook: %w", event, err)
	}
	return ev, nil
}
