package insales

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

// EventType names a webhook's event, "orders/create".
type EventType string

// The webhook topics. Order and client topics deliver one object; product
// topics deliver a JSON array of products, batched up to the webhook's
// BatchSize (default 10). The API documentation lists only orders/create and
// orders/update; the others, batching and the fields WarehouseID,
// SalesChannelID and BatchSize are documented outside it (the vendor's
// webhook guide).
const (
	TopicOrdersCreate   EventType = "orders/create"
	TopicOrdersUpdate   EventType = "orders/update"
	TopicOrdersDestroy  EventType = "orders/destroy"
	TopicProductsCreate EventType = "products/create"
	TopicProductsUpdate EventType = "products/update"
	TopicClientsCreate  EventType = "clients/create"
	TopicClientsUpdate  EventType = "clients/update"
)

// Topics returns every topic, in the order of the constants.
func Topics() []EventType {
	return []EventType{TopicOrdersCreate, TopicOrdersUpdate, TopicOrdersDestroy, TopicProductsCreate, TopicProductsUpdate,
		TopicClientsCreate, TopicClientsUpdate}
}

// Valid reports whether t is one of the topics.
func (t EventType) Valid() bool {
	for _, k := range Topics() {
		if t == k {
			return true
		}
	}
	return false
}

// Batched reports whether deliveries of t are arrays (the product topics).
func (t EventType) Batched() bool { return t == TopicProductsCreate || t == TopicProductsUpdate }

func topicList() string {
	names := make([]string, 0, 7)
	for _, t := range Topics() {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// WebhookFormat is how deliveries are encoded.
type WebhookFormat string

// The delivery formats. This package decodes JSON deliveries only.
const (
	WebhookJSON WebhookFormat = "json"
	WebhookXML  WebhookFormat = "xml"
)

// DefaultBatchSize is how many products a product-topic delivery carries at
// most when BatchSize is not set.
const DefaultBatchSize = 10

// Webhook is a subscription: InSales POSTs the objects of Topic to Address.
//
// InSales does not sign deliveries and does not guarantee them: a delivery
// may be lost, and none is retried forever. Treat a webhook as a hint to
// look sooner, never as the record. Reconcile with the change feed, which
// reads everything changed since a checkpoint:
//
//	for p, err := range c.Products.Changes(ctx, last, nil) {
//		if err != nil { ... }
//		apply(p)
//		last = p.Checkpoint() // store it
//	}
//
// run on a schedule (and at start-up), so a lost delivery is applied at the
// next run. See ParseWebhook for receiving.
type Webhook struct {
	ID      int64         `json:"id"`
	Address string        `json:"address"` // Where deliveries are POSTed.
	Topic   EventType     `json:"topic"`
	Format  WebhookFormat `json:"format_type"`
	// WarehouseID limits order topics to one warehouse (documented outside
	// the API documentation's examples); nil when unset.
	WarehouseID *int64 `json:"warehouse_id,omitempty"`
	// SalesChannelID limits products/update to one sales channel
	// (documented outside the API documentation's examples); nil when unset.
	SalesChannelID *int64 `json:"sales_channel_id,omitempty"`
	// BatchSize is the most products one product-topic delivery carries
	// (documented outside the API documentation's examples); nil means
	// DefaultBatchSize.
	BatchSize *int64 `json:"batch_size,omitempty"`
	CreatedAt Time   `json:"created_at"`
	// Extra keeps fields the API sends that this model does not declare.
	Extra Extra `json:"-"`
}

// UnmarshalJSON decodes a webhook, keeping undeclared fields in Extra.
func (w *Webhook) UnmarshalJSON(b []byte) error {
	type plain Webhook
	return decodeExtra(b, (*plain)(w), &w.Extra)
}

// WebhookCreate is the body of Webhooks.Create. Address and Topic are
// required, and an application has one webhook per address and topic.
// Build Address with WebhookAddress so ParseWebhook can tell the topic.
type WebhookCreate struct {
	Address string    `json:"address"`
	Topic   EventType `json:"topic"`
	// Format is WebhookJSON or WebhookXML; empty sends WebhookJSON, the
	// only one ParseWebhook reads.
	Format WebhookFormat `json:"format_type"`
	// WarehouseID is for order topics only (documented outside the API
	// documentation's examples).
	WarehouseID *int64 `json:"warehouse_id,omitempty"`
	// SalesChannelID is for products/update only (documented outside the
	// API documentation's examples).
	SalesChannelID *int64 `json:"sales_channel_id,omitempty"`
	// BatchSize is for product topics only, from 1 (documented outside the
	// API documentation's examples).
	BatchSize *int64 `json:"batch_size,omitempty"`
}

func (w *WebhookCreate) validate() error {
	if err := checkAbsURL("address", w.Address); err != nil {
		return err
	}
	if !w.Topic.Valid() {
		return invalidf("topic", "must be one of %s", topicList())
	}
	if w.Format == "" {
		w.Format = WebhookJSON
	}
	return checkWebhookExtras(w.Topic, w.Format, w.WarehouseID, w.SalesChannelID, w.BatchSize)
}

func checkWebhookExtras(t EventType, f WebhookFormat, warehouse, channel, batch *int64) error {
	if f != WebhookJSON && f != WebhookXML {
		return invalidf("format_type", "must be one of json, xml")
	}
	if warehouse != nil {
		if err := checkID("warehouse_id", *warehouse); err != nil {
			return err
		}
		if t != "" && !strings.HasPrefix(string(t), "orders/") {
			return invalidf("warehouse_id", "is for order topics only")
		}
	}
	if channel != nil {
		if err := checkID("sales_channel_id", *channel); err != nil {
			return err
		}
		if t != "" && t != TopicProductsUpdate {
			return invalidf("sales_channel_id", "is for products/update only")
		}
	}
	if batch != nil {
		if *batch < 1 {
			return invalidf("batch_size", "must be between 1 and %d", int64(maxInt))
		}
		if t != "" && !t.Batched() {
			return invalidf("batch_size", "is for product topics only")
		}
	}
	return nil
}

// WebhookUpdate is the body of Webhooks.Update; nil fields are left as
// they are, and an update that sets nothing is refused.
type WebhookUpdate struct {
	Address        *string        `json:"address,omitempty"`
	Topic          *EventType     `json:"topic,omitempty"`
	Format         *WebhookFormat `json:"format_type,omitempty"`
	WarehouseID    *int64         `json:"warehouse_id,omitempty"`
	SalesChannelID *int64         `json:"sales_channel_id,omitempty"`
	BatchSize      *int64         `json:"batch_size,omitempty"`
}

func (w *WebhookUpdate) validate() error {
	if *w == (WebhookUpdate{}) {
		return errNothingToUpdate
	}
	if w.Address != nil {
		if err := checkAbsURL("address", *w.Address); err != nil {
			return err
		}
	}
	var t EventType
	if w.Topic != nil {
		if !w.Topic.Valid() {
			return invalidf("topic", "must be one of %s", topicList())
		}
		t = *w.Topic
	}
	f := WebhookJSON
	if w.Format != nil {
		f = *w.Format
	}
	return checkWebhookExtras(t, f, w.WarehouseID, w.SalesChannelID, w.BatchSize)
}

// WebhooksAPI is the interface WebhooksService satisfies, for mocks.
type WebhooksAPI interface {
	List(ctx context.Context) ([]Webhook, error)
	Get(ctx context.Context, id int64) (*Webhook, error)
	Create(ctx context.Context, w *WebhookCreate) (*Webhook, error)
	Update(ctx context.Context, id int64, w *WebhookUpdate) (*Webhook, error)
	Delete(ctx context.Context, id int64) error
}

var _ WebhooksAPI = (*WebhooksService)(nil)

// WebhooksService manages the application's webhooks: /admin/webhooks.
// See Webhook on delivery guarantees and ParseWebhook on receiving.
type WebhooksService service

// List fetches the application's webhooks: GET /admin/webhooks.json.
func (s *WebhooksService) List(ctx context.Context) ([]Webhook, error) {
	return listAll[Webhook](ctx, (*service)(s), "/webhooks.json", nil)
}

// Get fetches a webhook: GET /admin/webhooks/{id}.json.
func (s *WebhooksService) Get(ctx context.Context, id int64) (*Webhook, error) {
	p, err := path("/webhooks/{webhook_id}.json", id)
	if err != nil {
		return nil, err
	}
	return getOne[Webhook](ctx, (*service)(s), p)
}

// Create subscribes to a topic: POST /admin/webhooks.json.
func (s *WebhooksService) Create(ctx context.Context, w *WebhookCreate) (*Webhook, error) {
	if w != nil {
		c := *w // validate fills the default format; the caller's value stays as given
		w = &c
	}
	return send[Webhook](ctx, (*service)(s), http.MethodPost, "/webhooks.json", "webhook", w)
}

// Update changes a webhook: PUT /admin/webhooks/{id}.json.
func (s *WebhooksService) Update(ctx context.Context, id int64, w *WebhookUpdate) (*Webhook, error) {
	p, err := path("/webhooks/{webhook_id}.json", id)
	if err != nil {
		return nil, err
	}
	return send[Webhook](ctx, (*service)(s), http.MethodPut, p, "webhook", w)
}

// Delete unsubscribes: DELETE /admin/webhooks/{id}.json.
func (s *WebhooksService) Delete(ctx context.Context, id int64) error {
	p, err := path("/webhooks/{webhook_id}.json", id)
	if err != nil {
		return err
	}
	return deleteOK(ctx, (*service)(s), p)
}

// TopicParam is the query parameter WebhookAddress adds to name the topic.
const TopicParam = "topic"

// WebhookAddress returns receiverURL with the topic added as the query
// parameter "topic". A delivery does not reliably name its topic, so give
// each topic its own address; ParseWebhook and WebhookHandler read it back.
func WebhookAddress(receiverURL string, topic EventType) (string, error) {
	if !topic.Valid() {
		return "", invalidf("topic", "must be one of %s", topicList())
	}
	if err := checkAbsURL("receiverURL", receiverURL); err != nil {
		return "", err
	}
	u, _ := url.Parse(receiverURL)
	q := u.Query()
	q.Set(TopicParam, string(topic))
	u.RawQuery = q.Encode()
	return u.String(), nil
}
