package shopkittest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/shopkit"
)

// Delivery is one webhook delivery the fake attempted.
type Delivery struct {
	// Event is the delivered event.
	Event shopkit.EventType
	// URL is the webhook's target.
	URL string
	// Header holds the headers sent: X-Shopkit-Event, X-Webhook-Signature,
	// X-Webhook-Resource-Origin, User-Agent.
	Header http.Header
	// Body is the JSON POSTed.
	Body []byte
	// StatusCode is the target's answer (0 when none came).
	StatusCode int
	// Err reports a failed delivery: no answer, a non-2xx answer, or a
	// target that is not a loopback address (the fake never posts
	// elsewhere).
	Err error
}

// Deliveries returns every webhook delivery attempted so far, in order.
func (s *Server) Deliveries() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Delivery(nil), s.deliveries...)
}

// SetAutoDeliver turns on (the default) or off the deliveries the fake
// makes when data changes through the API: product_created,
// product_updated and product_deleted; order_updated, order_deleted,
// order_paid, order_change_status and the event of the new status
// (order_sent, order_delivered, ...). Deliver always delivers.
func (s *Server) SetAutoDeliver(on bool) { s.autoDeliver.Store(on) }

// Deliver POSTs payload as JSON (a []byte or json.RawMessage is sent as
// is) to every active webhook registered for event, one after the other,
// as Shopkit does: with X-Shopkit-Event, X-Webhook-Resource-Origin
// "backoffice", and X-Webhook-Signature, the hex HMAC-SHA256 of the body
// keyed with the client secret (ClientSecret unless WithClientSecret). It
// returns how many targets answered 2xx and the failures joined. Only
// loopback targets are posted to. An event shopkit does not know is an
// error matching shopkit.ErrUnknownEvent.
func (s *Server) Deliver(ctx context.Context, event shopkit.EventType, payload any) (int, error) {
	if !event.Valid() {
		return 0, fmt.Errorf("shopkittest: %w: %q", shopkit.ErrUnknownEvent, string(event))
	}
	body, err := fakeapi.EncodePayload(payload)
	if err != nil {
		return 0, fmt.Errorf("shopkittest: encoding %s payload: %w", event, err)
	}
	return s.deliver(ctx, event, "backoffice", body)
}

func (s *Server) deliver(ctx context.Context, event shopkit.EventType, origin string, body []byte) (int, error) {
	ok := 0
	var errs []error
	for _, h := range s.webhooks.List(nil) {
		if fakeapi.Text(h["event"]) != string(event) || fakeapi.Text(h["active"]) == "false" {
			continue
		}
		d := s.post(ctx, event, origin, fakeapi.Text(h["url"]), body)
		s.mu.Lock()
		s.deliveries = append(s.deliveries, d)
		s.mu.Unlock()
		if d.Err != nil {
			errs = append(errs, d.Err)
			continue
		}
		ok++
	}
	return ok, errors.Join(errs...)
}

// sign is Shopkit's webhook signature.
func sign(body []byte, secret string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Server) post(ctx context.Context, event shopkit.EventType, origin, target string, body []byte) Delivery {
	d := Delivery{Event: event, URL: target, Body: body, Header: http.Header{
		"Content-Type":              {"application/json"},
		"User-Agent":                {"Shopkit-Webhook"},
		"X-Platform":                {"shopkit"},
		"X-Shopkit-Event":           {string(event)},
		"X-Webhook-Resource-Origin": {origin},
		"X-Webhook-Signature":       {sign(body, s.secret)},
	}}
	if !loopback(target) {
		d.Err = fmt.Errorf("shopkittest: %s webhook to %q not delivered: the fake posts to loopback addresses only", event, target)
		return d
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		d.Err = fmt.Errorf("shopkittest: %s webhook: %w", event, err)
		return d
	}
	req.Header = d.Header.Clone()
	resp, err := s.hooks.Do(req)
	if err != nil {
		d.Err = fmt.Errorf("shopkittest: %s webhook: %w", event, err)
		return d
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	d.StatusCode = resp.StatusCode
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		d.Err = fmt.Errorf("shopkittest: %s webhook to %s answered %d", event, target, resp.StatusCode)
	}
	return d
}

// loopback reports whether target is an http(s) URL on this machine.
func loopback(target string) bool {
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	host := u.Hostname()
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// changed delivers the events of a change made through the API: old is
// nil on create, updated nil on delete. It runs after the change is
// stored, with no lock held, so a receiver may call the fake back.
func (s *Server) changed(ctx context.Context, kind string, old, updated fakeapi.Object) {
	if !s.autoDeliver.Load() {
		return
	}
	var events []shopkit.EventType
	obj := updated
	switch {
	case kind == "product" && old == nil:
		events = []shopkit.EventType{shopkit.EventProductCreated}
	case kind == "product" && updated == nil:
		events, obj = []shopkit.EventType{shopkit.EventProductDeleted}, old
	case kind == "product":
		events = []shopkit.EventType{shopkit.EventProductUpdated}
		if fakeapi.Text(old["stock"]) != fakeapi.Text(updated["stock"]) {
			events = append(events, shopkit.EventProductUpdatedStock)
		}
	case kind == "client" && old == nil:
		events = []shopkit.EventType{shopkit.EventClientCreated}
	case kind == "client" && updated == nil:
		events, obj = []shopkit.EventType{shopkit.EventClientDeleted}, old
	case kind == "client":
		events = []shopkit.EventType{shopkit.EventClientUpdated}
	case kind == "invoice":
		events = []shopkit.EventType{shopkit.EventOrderInvoiced}
	case kind == "order" && updated == nil:
		events, obj = []shopkit.EventType{shopkit.EventOrderDeleted}, old
	case kind == "order" && old != nil:
		events = []shopkit.EventType{shopkit.EventOrderUpdated}
		if fakeapi.Text(updated["paid"]) == "true" && fakeapi.Text(old["paid"]) != "true" {
			events = append(events, shopkit.EventOrderPaid)
		}
		if a := fakeapi.Text(updated["status_alias"]); a != fakeapi.Text(old["status_alias"]) {
			events = append(events, shopkit.EventOrderChangeStatus)
			if e, ok := statusEvents[a]; ok {
				events = append(events, e)
			}
		}
	}
	if len(events) == 0 || obj == nil {
		return
	}
	body, err := json.Marshal(obj)
	if err != nil {
		return
	}
	for _, e := range events {
		_, _ = s.deliver(context.WithoutCancel(ctx), e, "api", body) // failures are in Deliveries
	}
}

// statusEvents are the events of an order's new status.
var statusEvents = map[string]shopkit.EventType{
	"canceled": shopkit.EventOrderCanceled, "sent": shopkit.EventOrderSent, "delivered": shopkit.EventOrderDelivered,
	"returned": shopkit.EventOrderReturned, "pickup_available": shopkit.EventOrderPickupAvailable,
	"waiting_shipment": shopkit.EventOrderWaitingShipment,
}
