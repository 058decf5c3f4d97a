package insalestest

// webhooks.go delivers webhooks: Deliver sends a payload to the webhooks
// registered for a topic, and writes through the API to products (and to
// orders and clients, where the fake holds them) deliver their topics the
// way InSales does: product topics as a JSON array (a batch, here of the
// one product changed), the others as one object.

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// Delivery is one webhook delivery the fake attempted.
type Delivery struct {
	Topic   insales.EventType
	Address string
	Body    []byte
	// Status is the receiver's HTTP status, 0 when it could not be reached.
	Status int
	// Err is why the delivery failed to reach the receiver, "" if it did.
	Err string
}

// deliveries is the log of attempted deliveries.
type deliveries struct {
	mu   sync.Mutex
	list []Delivery
}

var deliveryClient = &http.Client{Timeout: 10 * time.Second}

func (s *Server) log() *deliveries { return &s.hooks }

// Deliveries returns the webhook deliveries attempted so far, in order.
func (s *Server) Deliveries() []Delivery {
	d := s.log()
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]Delivery(nil), d.list...)
}

// Deliver POSTs payload (a []byte or json.RawMessage as is, anything else
// encoded as JSON) to the address of every webhook
// registered (in the fake) for topic with format_type json, as InSales
// does: once, without a signature and without retrying. For the product
// topics pass a slice (a batch). It returns how many deliveries the
// receivers acknowledged with 2xx, and an error if topic is unknown or
// payload does not encode; each attempt is kept in Deliveries.
func (s *Server) Deliver(ctx context.Context, topic insales.EventType, payload any) (int, error) {
	if !topic.Valid() {
		return 0, fmt.Errorf("insalestest: %w: topic %q", insales.ErrUnknownEvent, topic)
	}
	body, err := fakeapi.EncodePayload(payload)
	if err != nil {
		return 0, fmt.Errorf("insalestest: encoding the %s payload: %w", topic, err)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	hooks := s.res["webhooks"].store.List(func(o object) bool {
		return fakeapi.Text(o["topic"]) == string(topic) && fakeapi.Text(o["format_type"]) != "xml"
	})
	fakeapi.SortBy(hooks, "id", false)
	ok := 0
	for _, h := range hooks {
		d := Delivery{Topic: topic, Address: fakeapi.Text(h["address"]), Body: body}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.Address, bytes.NewReader(body))
		if err == nil {
			req.Header.Set("Content-Type", "application/json")
			var resp *http.Response
			if resp, err = deliveryClient.Do(req); err == nil {
				d.Status = resp.StatusCode
				_ = resp.Body.Close()
				if resp.StatusCode/100 == 2 {
					ok++
				}
			}
		}
		if err != nil {
			d.Err = err.Error()
		}
		l := s.log()
		l.mu.Lock()
		l.list = append(l.list, d)
		l.mu.Unlock()
	}
	return ok, nil
}

// changed delivers the topic of a write through the API: created is true
// for a create, false for an update; gone for a delete.
func (s *Server) changed(r *resource, o object, created, gone bool) {
	var topic insales.EventType
	switch r.name {
	case "products":
		topic = insales.TopicProductsUpdate
		if created {
			topic = insales.TopicProductsCreate
		}
	case "orders":
		topic = insales.TopicOrdersUpdate
		if created {
			topic = insales.TopicOrdersCreate
		} else if gone {
			topic = insales.TopicOrdersDestroy
		}
	case "clients":
		topic = insales.TopicClientsUpdate
		if created {
			topic = insales.TopicClientsCreate
		}
	default:
		return
	}
	if gone && topic != insales.TopicOrdersDestroy {
		return
	}
	var payload any = s.render(r, o)
	if topic.Batched() {
		payload = []object{payload.(object)}
	}
	_, _ = s.Deliver(context.Background(), topic, payload)
}
