package sitebuilder

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/check"
	"github.com/ecomkit/ecomkit-go/internal/flex"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// EventType names a webhook event.
type EventType string

// The webhook events the API documents, with the payload each delivers.
const (
	EventOrderCreated   EventType = "order_created"   // Order
	EventOrderUpdated   EventType = "order_updated"   // Order
	EventProductCreated EventType = "product_created" // Product
	EventProductUpdated EventType = "product_updated" // Product
	EventFormSubmitted  EventType = "form_submitted"  // FormSubmittedPayload
	EventContactUpdated EventType = "contact_updated" // Contact (created or updated)
	EventBookingCreated EventType = "booking_created" // Booking
)

// EventTypes returns every documented event type.
func EventTypes() []EventType {
	return []EventType{EventOrderCreated, EventOrderUpdated, EventProductCreated, EventProductUpdated,
		EventFormSubmitted, EventContactUpdated, EventBookingCreated}
}

// eventList is the documented events for error messages.
func eventList() string {
	names := make([]string, 0, 7)
	for _, t := range EventTypes() {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// Valid reports whether e is a documented event type.
func (e EventType) Valid() bool {
	for _, t := range EventTypes() {
		if e == t {
			return true
		}
	}
	return false
}

// Webhook is a registered webhook: the website POSTs the payload of each of
// Events to Target as JSON and expects a 2xx answer.
//
// Deliveries are not verified. Secret is meant to let the receiver check
// that a delivery comes from the website, but the API documentation
// publishes no signing scheme (no header, no algorithm), so this package
// cannot check it and ParseWebhook refuses WithWebhookSecret rather than
// pretend to. Keep target URLs unguessable (for example with a random path
// segment) if that matters.
type Webhook struct {
	// ID is a string such as "rh_24488493954".
	ID string `json:"id"`
	// Target is the URL deliveries are POSTed to (absent from the API
	// documentation's examples, so it may be empty).
	Target string `json:"target"`
	// Secret is the webhook's secret as registered. It prints as REDACTED;
	// string(w.Secret) gives the value.
	Secret Secret `json:"secret"`
	// Events are the events delivered to Target.
	Events List[EventType] `json:"events"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a webhook, keeping undeclared fields in Extra.
func (w *Webhook) UnmarshalJSON(b []byte) error {
	type plain Webhook
	return decodeExtra(b, (*plain)(w), &w.Extra)
}

// WebhookCreate is the body of Webhooks.Create; Target and Events are
// required. A delivery does not name its event, so give each event a target
// of its own with WebhookTarget; Create refuses a target made by
// WebhookTarget for one event with other events in Events.
type WebhookCreate struct {
	// Target is the absolute http(s) URL deliveries are POSTed to.
	Target string `json:"target"`
	// Secret is stored with the webhook; see Webhook for its (undocumented)
	// use. It prints as REDACTED but is sent as given.
	Secret Secret `json:"secret,omitempty"`
	// Events are the documented events to deliver (required, at least one).
	Events []EventType `json:"events"`
}

func (w *WebhookCreate) validate() error {
	if err := check.Required("target", w.Target); err != nil {
		return err
	}
	u, err := url.Parse(w.Target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return transport.Invalid("target", "%q is not an absolute http(s) URL", redactedURL(w.Target))
	}
	if len(w.Events) == 0 {
		return transport.Invalid("events", "is required")
	}
	for _, e := range w.Events {
		if !e.Valid() {
			return transport.Invalid("events", "must be one of %s, got %q", eventList(), string(e))
		}
	}
	if named := EventType(u.Query().Get(EventParam)); named != "" {
		if len(w.Events) != 1 || w.Events[0] != named {
			return transport.Invalid("events", "the target is for %q only; register other events with targets of their own", string(named))
		}
	}
	return nil
}

// WebhooksAPI is the webhooks service; WebhooksService implements it.
type WebhooksAPI interface {
	List(ctx context.Context) ([]Webhook, error)
	Create(ctx context.Context, w *WebhookCreate) (*Webhook, error)
	Delete(ctx context.Context, id string) error
}

var _ WebhooksAPI = (*WebhooksService)(nil)

// WebhooksService lists, registers and deletes webhooks. Delete is
// documented outside the API documentation's examples (public copies of
// the vendor's docs).
//
// Use the one a Client from NewClient holds; a nil or zero service
// returns an error matching ErrInvalidInput.
type WebhooksService service

// String describes the service by its base URL, never its credentials.
func (s WebhooksService) String() string { return (*service)(&s).String("WebhooksService") }

// Format prints the service as String does, for every verb, so no verb
// reaches the credentials inside.
func (s WebhooksService) Format(f fmt.State, _ rune) { _, _ = fmt.Fprint(f, s.String()) }

// List lists every webhook of the website, all at once (the API does not
// page them): GET /webhooks.
func (s *WebhooksService) List(ctx context.Context) ([]Webhook, error) {
	return bareList[Webhook](ctx, (*service)(s), "/webhooks", nil)
}

// Create registers a webhook: POST /webhooks.
func (s *WebhooksService) Create(ctx context.Context, w *WebhookCreate) (*Webhook, error) {
	return post[Webhook](ctx, (*service)(s), "/webhooks", nil, w)
}

// EventParam is the query parameter WebhookTarget adds to a receiver URL to
// name the event delivered there.
const EventParam = "event"

// WebhookTarget returns receiverURL with the event added as the query
// parameter "event", for a webhook registered for that one event. The
// website POSTs the bare resource (an Order, a Product...) with nothing
// naming the event, so the URL is how the receiver tells order_created
// from order_updated; WebhookHandler and ParseWebhook read it back.
func WebhookTarget(receiverURL string, event EventType) (string, error) {
	if !event.Valid() {
		return "", transport.Invalid("event", "must be one of %s, got %q", eventList(), string(event))
	}
	u, err := url.Parse(receiverURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", transport.Invalid("receiverURL", "%q is not an absolute http(s) URL", redactedURL(receiverURL))
	}
	q := u.Query()
	q.Set(EventParam, string(event))
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// WebsiteRef identifies the website a form_submitted event came from.
type WebsiteRef struct {
	// ID identifies the website.
	ID int64 `json:"id"`
	// Subdomain and SystemDomain are the builder's own names for the site;
	// Domain is its primary domain, e.g. "your-primary-domain.com".
	Subdomain    string `json:"subdomain"`
	SystemDomain string `json:"systemDomain"`
	Domain       string `json:"domain"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a website reference, keeping undeclared fields in
// Extra.
func (v *WebsiteRef) UnmarshalJSON(b []byte) error {
	type plain WebsiteRef
	return decodeExtra(b, (*plain)(v), &v.Extra)
}

// FormSubmittedPayload is the payload of a form_submitted delivery. Its
// shape differs from FormSubmission: formName, and formValues of
// field/value pairs.
type FormSubmittedPayload struct {
	// Website is where the form was submitted.
	Website *WebsiteRef `json:"website"`
	// Contact is the contact the submission created or updated.
	Contact *Contact `json:"contact"`
	// FormName is the form's name, e.g. "Contact Form".
	FormName string `json:"formName"`
	// FormValues are the submitted fields.
	FormValues List[FieldValue] `json:"formValues"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes the payload, keeping undeclared fields in Extra.
func (f *FormSubmittedPayload) UnmarshalJSON(b []byte) error {
	type plain FormSubmittedPayload
	return decodeExtra(b, (*plain)(f), &f.Extra)
}

// Event is one decoded webhook delivery: Type, the raw Body, and the one
// payload field that fits Type (nil for an unknown event).
type Event struct {
	// Type is the event the delivery was decoded for.
	Type EventType
	// Body is the delivery's raw body, kept also when it could not be
	// decoded or its event is unknown.
	Body    []byte
	Order   *Order                // order_created, order_updated
	Product *Product              // product_created, product_updated
	Contact *Contact              // contact_updated
	Booking *Booking              // booking_created
	Form    *FormSubmittedPayload // form_submitted
}

// Payload returns the typed payload (*Order, *Product, *Contact, *Booking
// or *FormSubmittedPayload), or nil.
func (e *Event) Payload() any {
	switch {
	case e == nil:
		return nil
	case e.Order != nil:
		return e.Order
	case e.Product != nil:
		return e.Product
	case e.Contact != nil:
		return e.Contact
	case e.Booking != nil:
		return e.Booking
	case e.Form != nil:
		return e.Form
	}
	return nil
}

// errUnsigned refuses WithWebhookSecret.
var errUnsigned = transport.Invalid("secret", "cannot verify deliveries: the API documentation publishes no signing scheme for webhooks; "+
	"drop WithWebhookSecret and protect the target URL instead (a random path segment)")

// webhookConfig applies opts, refusing a secret that could not be checked.
func webhookConfig(opts []WebhookOption) (ecomkit.WebhookConfig, error) {
	cfg := ecomkit.NewWebhookConfig(opts...)
	if cfg.Secret != "" {
		return cfg, errUnsigned
	}
	return cfg, nil
}

// DecodeWebhook decodes a delivery's body, which must be a JSON object,
// into the payload type of event, as tolerantly as API responses (numbers
// sent as strings, "" for a number, {"0": ..} for a list). An unknown event
// is an error matching ErrUnknownEvent, returned with an Event that keeps
// the body. Deliveries are not signed (see Webhook), so nothing is verified.
func DecodeWebhook(event EventType, body []byte) (*Event, error) {
	e := &Event{Type: event, Body: body}
	var target any
	switch event {
	case EventOrderCreated, EventOrderUpdated:
		e.Order = new(Order)
		target = e.Order
	case EventProductCreated, EventProductUpdated:
		e.Product = new(Product)
		target = e.Product
	case EventContactUpdated:
		e.Contact = new(Contact)
		target = e.Contact
	case EventBookingCreated:
		e.Booking = new(Booking)
		target = e.Booking
	case EventFormSubmitted:
		e.Form = new(FormSubmittedPayload)
		target = e.Form
	default:
		if event == "" {
			return e, fmt.Errorf("sitebuilder: %w: the delivery names none (register targets made by WebhookTarget)", ErrUnknownEvent)
		}
		return e, fmt.Errorf("sitebuilder: %w: %q", ErrUnknownEvent, string(event))
	}
	// Every payload is an object: null, an array or a bare value would
	// otherwise decode as an empty payload or a confusing error.
	if t := bytes.TrimSpace(body); len(t) == 0 || t[0] != '{' {
		return nil, fmt.Errorf("sitebuilder: %s delivery is not a JSON object", event)
	}
	// The same tolerant decoding as API responses: a delivery is the
	// same resource, and refusing it makes the website count it failed.
	if err := flex.Unmarshal(body, target); err != nil {
		return nil, fmt.Errorf("sitebuilder: decoding %s delivery: %w", event, err)
	}
	return e, nil
}

// errTooLarge marks a delivery over the configured size.
var errTooLarge = errors.New("delivery too large")

// ParseWebhook reads a delivery from r and decodes it for the event named
// by r's "event" query parameter, which WebhookTarget adds to the target
// URL: the website does not name the event in a delivery. A missing or
// unknown event is an error matching ErrUnknownEvent, with the raw body in
// the returned Event. The body read is bounded (WithWebhookMaxBytes). No
// signature is verified: the API documentation publishes no signing scheme,
// and WithWebhookSecret is refused with an error saying so.
func ParseWebhook(r *http.Request, opts ...WebhookOption) (*Event, error) {
	cfg, err := webhookConfig(opts)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, transport.Invalid("r", "must not be nil")
	}
	if r.Body == nil {
		return nil, errors.New("sitebuilder: webhook delivery has no body")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, cfg.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("sitebuilder: reading webhook delivery: %w", err)
	}
	if int64(len(body)) > cfg.MaxBytes {
		return nil, fmt.Errorf("sitebuilder: webhook delivery larger than %d bytes: %w", cfg.MaxBytes, errTooLarge)
	}
	var event EventType
	if r.URL != nil {
		event = EventType(r.URL.Query().Get(EventParam))
	}
	return DecodeWebhook(event, body)
}

// WebhookHandler returns an http.Handler that decodes each POSTed delivery
// (its event named by the target's "event" parameter, see WebhookTarget)
// and calls fn. It answers 204 when fn returns nil, 500 when fn fails (the
// website counts the delivery as failed), 400 for an unknown event or a
// body that does not decode, 413 for a body over WithWebhookMaxBytes and
// 405 to other methods. A nil fn acknowledges every delivery that decodes.
// Given WithWebhookSecret, which cannot be honoured (see ParseWebhook), it
// answers every delivery 500 with the reason, so the mistake shows at once.
func WebhookHandler(fn func(ctx context.Context, e *Event) error, opts ...WebhookOption) http.Handler {
	if fn == nil {
		fn = func(context.Context, *Event) error { return nil }
	}
	_, cfgErr := webhookConfig(opts)
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
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
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
		w.WriteHeader(http.StatusNoContent)
	})
}

func (w *Webhook) identified() bool { return w.ID != "" }
