// Package sitebuildertest is an in-memory fake of the website builder's
// Website API for tests, examples and demos, in the manner of
// net/http/httptest:
//
//	srv := sitebuildertest.NewServer()
//	defer srv.Close()
//	c := srv.Client()
//	page, err := c.Orders.List(ctx, nil)
//
// It answers every endpoint of package sitebuilder as the API documents it:
// Bearer and User-Agent checks, offset paging with totalCount, limit 1..50,
// errors as {"success": false, "message": ...}. It starts with the API
// documentation's example objects (Empty starts it with none; Load adds
// more) and delivers webhook events to the targets registered through the
// API, both when resources change through the API and on request (Deliver,
// AddOrder, AddBooking, SubmitForm).
//
// Its surface is the one every fake of this module has: BaseURL (for
// sitebuilder.WithBaseURL) and Client, WithFaults and SetFaults, Requests
// and LastRequest, Load and Empty, read-back accessors (Orders, Contacts,
// Members, ...) and Deliver.
package sitebuildertest

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ecomkit/ecomkit-go/ecomkittest"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

// APIKey is the API key the fake accepts; Client uses it.
const APIKey = "sitebuildertest-api-key"

// SessionTTL is how long a single sign-on session stays valid.
const SessionTTL = 15 * time.Minute

// Faults describes failures to inject (latency, 429s, 5xx bursts, dropped
// connections, truncated bodies); see WithFaults and SetFaults.
type Faults = ecomkittest.Faults

// Request is one request as the fake received it; see Requests.
type Request = ecomkittest.Request

// object is a stored JSON object.
type object = fakeapi.Object

//go:embed seed.json
var seedJSON []byte

// Option configures NewServer.
type Option func(*config)

type config struct {
	faults Faults
	empty  bool
	now    func() time.Time
}

// WithFaults injects faults from the first request on.
func WithFaults(f Faults) Option { return func(c *config) { c.faults = f } }

// Empty starts the fake with no data instead of the API documentation's
// examples; add data with Load.
func Empty() Option { return func(c *config) { c.empty = true } }

// WithClock makes the fake read the time from now (creation timestamps,
// session expiry) instead of the system clock, so tests need not wait.
func WithClock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.now = now
		}
	}
}

// Server is a running fake of one website's API. Close it when done. Its
// methods are safe for concurrent use.
type Server struct {
	// URL is the server's root, http://127.0.0.1:port; the API is under
	// BaseURL.
	URL string

	api *fakeapi.Server
	now func() time.Time

	contacts, members, groups, products, categories *fakeapi.Collection
	orders, forms, bookings, lists, webhooks        *fakeapi.Collection

	hookSeq     atomic.Int64
	autoDeliver atomic.Bool
	hc          *http.Client

	mu         sync.Mutex
	deliveries []Delivery
	sessions   map[string]session
}

type session struct {
	path    string
	expires time.Time
}

// Delivery is one webhook delivery the fake attempted.
type Delivery struct {
	// Event is the event delivered.
	Event sitebuilder.EventType
	// Target is the URL the payload was POSTed to.
	Target string
	// Payload is the JSON body sent.
	Payload []byte
	// Status is the receiver's HTTP status, 0 when it could not be reached.
	Status int
	// Err is why the delivery failed, nil on a 2xx answer.
	Err error
}

// NewServer starts a fake preloaded with the API documentation's examples
// (unless Empty is given). Webhook deliveries on changes made through the
// API are on; see SetAutoDeliver.
func NewServer(opts ...Option) *Server {
	cfg := config{now: time.Now}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	s := &Server{
		now:        cfg.now,
		contacts:   fakeapi.NewCollection("id"),
		members:    fakeapi.NewCollection("id"),
		groups:     fakeapi.NewCollection("id"),
		products:   fakeapi.NewCollection("id"),
		categories: fakeapi.NewCollection("id"),
		orders:     fakeapi.NewCollection("id"),
		forms:      fakeapi.NewCollection("_id"),
		bookings:   fakeapi.NewCollection("id"),
		lists:      fakeapi.NewCollection("id"),
		webhooks:   fakeapi.NewCollection("id"),
		hc:         &http.Client{Timeout: 10 * time.Second},
		sessions:   map[string]session{},
	}
	s.autoDeliver.Store(true)
	s.api = fakeapi.New(fakeapi.Config{
		Auth:             s.authorized,
		Unauthorized:     func(w http.ResponseWriter) { writeError(w, http.StatusUnauthorized, "Invalid API key") },
		NotFound:         func(w http.ResponseWriter) { writeError(w, http.StatusNotFound, "Not found") },
		RequireUserAgent: true,
		Faults:           cfg.faults,
	})
	s.URL = s.api.URL
	if !cfg.empty {
		s.load()
	}
	s.routes()
	return s
}

// collections maps the resource names Load and Len accept to their stores.
func (s *Server) collections() map[string]*fakeapi.Collection {
	return map[string]*fakeapi.Collection{
		"contacts": s.contacts, "members": s.members, "memberGroups": s.groups, "products": s.products,
		"categories": s.categories, "orders": s.orders, "formSubmissions": s.forms, "bookings": s.bookings,
		"subscriberLists": s.lists, "webhooks": s.webhooks,
	}
}

func (s *Server) load() {
	var seed map[string]json.RawMessage
	if err := json.Unmarshal(seedJSON, &seed); err != nil {
		panic("sitebuildertest: bad seed: " + err.Error())
	}
	for name, c := range s.collections() {
		if err := c.Load(seed[name]); err != nil {
			panic("sitebuildertest: bad seed: " + err.Error())
		}
	}
}

// Resources lists the names Load and Len accept: bookings, categories,
// contacts, formSubmissions, memberGroups, members, orders, products,
// subscriberLists, webhooks.
func (s *Server) Resources() []string {
	names := make([]string, 0, 10)
	for name := range s.collections() {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Load adds the objects of a JSON array to a resource (see Resources), as
// the API would return them (e.g. `[{"id": 7, "email": "a@b.co"}]`). An
// object with the id of a stored one replaces it; one without an id gets
// the next. Nothing is delivered to webhooks.
func (s *Server) Load(resource string, jsonArray []byte) error {
	c, ok := s.collections()[resource]
	if !ok {
		return fmt.Errorf("sitebuildertest: unknown resource %q (one of %s)", resource, strings.Join(s.Resources(), ", "))
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(jsonArray, &raw); err != nil {
		return fmt.Errorf("sitebuildertest: loading %s: %w", resource, err)
	}
	objs := make([]object, len(raw))
	for i, r := range raw {
		o, err := fakeapi.ParseObject(r)
		if err != nil || o == nil {
			return fmt.Errorf("sitebuildertest: loading %s: element %d is not a JSON object", resource, i)
		}
		// Fields left out get the API's zero values, so that later
		// updates (which set only known fields) work on loaded objects.
		if tmpl, ok := templates[resource]; ok {
			full := tmpl()
			for k, v := range o {
				full[k] = v
			}
			o = full
		}
		objs[i] = o
	}
	for _, o := range objs {
		c.Insert(o)
	}
	return nil
}

// templates are the resources whose loaded objects are completed with the
// fields the API always sends.
var templates = map[string]func() object{
	"contacts": contactFields, "members": memberFields, "products": productFields, "orders": orderFields,
}

// Len returns how many objects a resource holds (0 for an unknown name).
func (s *Server) Len(resource string) int {
	if c, ok := s.collections()[resource]; ok {
		return c.Len()
	}
	return 0
}

// Close shuts the server down.
func (s *Server) Close() { s.api.Close() }

// SetFaults replaces the injected faults and restarts their count; the
// zero Faults turns them off.
func (s *Server) SetFaults(f Faults) { s.api.SetFaults(f) }

// Requests returns the requests received so far, oldest first (the last
// 1000 at most), for assertions on what a client sent.
func (s *Server) Requests() []Request { return s.api.Requests() }

// LastRequest returns the latest request received; ok is false before the
// first.
func (s *Server) LastRequest() (r Request, ok bool) { return s.api.LastRequest() }

// Count returns how many requests arrived since the faults were last set,
// retries included.
func (s *Server) Count() int { return s.api.Count() }

// authorized checks the Bearer key; single sign-on links are opened by a
// browser without it.
func (s *Server) authorized(r *http.Request) bool {
	if strings.HasPrefix(r.URL.Path, sitebuilder.APIPath+"/members/session/") {
		return true
	}
	return fakeapi.CheckBearer(APIKey)(r)
}

// BaseURL is the API's base URL on this server (URL + "/api/site"), to pass
// to sitebuilder.WithBaseURL.
func (s *Server) BaseURL() string { return s.URL + sitebuilder.APIPath }

// Client returns a client of this server with the valid key, rate limiting
// off and millisecond retry waits; opts are applied after those. It panics
// if an option is invalid.
func (s *Server) Client(opts ...sitebuilder.Option) *sitebuilder.Client {
	base := []sitebuilder.Option{
		sitebuilder.WithBaseURL(s.BaseURL()),
		sitebuilder.WithoutRateLimit(),
		sitebuilder.WithRetryWait(time.Millisecond, 5*time.Millisecond),
	}
	c, err := sitebuilder.NewClient("fake.sitebuildertest.invalid", APIKey, append(base, opts...)...)
	if err != nil {
		panic("sitebuildertest: " + err.Error())
	}
	return c
}

// SetAutoDeliver turns webhook deliveries on changes made through the API
// (contacts, products, orders) on or off. Deliver always delivers.
func (s *Server) SetAutoDeliver(on bool) { s.autoDeliver.Store(on) }

// Deliveries returns every webhook delivery attempted so far.
func (s *Server) Deliveries() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Delivery(nil), s.deliveries...)
}

// Deliver POSTs payload as JSON (a []byte or json.RawMessage is sent as is)
// to the target of every webhook registered for event, one after the
// other, as the website does. It returns how many targets answered 2xx and
// the failures joined. Webhooks without a target are skipped. An event
// the API does not document is an error matching sitebuilder.ErrUnknownEvent.
func (s *Server) Deliver(ctx context.Context, event sitebuilder.EventType, payload any) (int, error) {
	if !event.Valid() {
		return 0, fmt.Errorf("sitebuildertest: %w: %q", sitebuilder.ErrUnknownEvent, string(event))
	}
	body, err := fakeapi.EncodePayload(payload)
	if err != nil {
		return 0, fmt.Errorf("sitebuildertest: encoding %s payload: %w", event, err)
	}
	ok := 0
	var errs []error
	for _, h := range s.webhooks.List(nil) {
		target := fakeapi.Text(h["target"])
		if target == "" || !hasEvent(h, event) {
			continue
		}
		d := s.post(ctx, event, target, body)
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

func (s *Server) post(ctx context.Context, event sitebuilder.EventType, target string, body []byte) Delivery {
	d := Delivery{Event: event, Target: target, Payload: body}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		d.Err = fmt.Errorf("sitebuildertest: %s delivery: %w", event, err)
		return d
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "sitebuildertest-webhooks")
	resp, err := s.hc.Do(req)
	if err != nil {
		d.Err = fmt.Errorf("sitebuildertest: %s delivery: %w", event, err)
		return d
	}
	resp.Body.Close()
	d.Status = resp.StatusCode
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		d.Err = fmt.Errorf("sitebuildertest: %s delivery to %s: status %d", event, target, resp.StatusCode)
	}
	return d
}

// auto delivers a change made through the API, when auto delivery is on.
// It runs before the API call answers, so a caller sees its delivery done.
func (s *Server) auto(event sitebuilder.EventType, o object) {
	if !s.autoDeliver.Load() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _ = s.Deliver(ctx, event, public(o)) // failures are kept in Deliveries
}

func hasEvent(h object, event sitebuilder.EventType) bool {
	evs, _ := h["events"].([]any)
	for _, e := range evs {
		if fakeapi.Text(e) == string(event) {
			return true
		}
	}
	return false
}

// AddOrder stores an order as if a customer had placed it (the API cannot
// create orders) and delivers order_created. A zero ID and Created are
// filled in; the stored order is returned.
func (s *Server) AddOrder(ctx context.Context, o *sitebuilder.Order) (*sitebuilder.Order, error) {
	if o == nil {
		return nil, errors.New("sitebuildertest: AddOrder needs an order")
	}
	obj, err := toObject(o)
	if err != nil {
		return nil, err
	}
	id := obj["id"]
	obj = apply(orderFields(), obj)
	obj["id"] = id
	obj["status"] = strings.ToLower(fakeapi.Text(obj["status"]))
	if obj["status"] == "" {
		obj["status"] = "pending"
	}
	stored := s.insert(s.orders, obj, "created")
	s.auto(sitebuilder.EventOrderCreated, stored)
	return decode[sitebuilder.Order](stored)
}

// AddBooking stores a booking as if an attendee had booked it and delivers
// booking_created.
func (s *Server) AddBooking(ctx context.Context, b *sitebuilder.Booking) (*sitebuilder.Booking, error) {
	if b == nil {
		return nil, errors.New("sitebuildertest: AddBooking needs a booking")
	}
	obj, err := toObject(b)
	if err != nil {
		return nil, err
	}
	stored := s.insert(s.bookings, obj, "start")
	s.auto(sitebuilder.EventBookingCreated, stored)
	return decode[sitebuilder.Booking](stored)
}

// SubmitForm stores a form submission from a visitor with email (creating
// or finding the contact) and delivers form_submitted. The email is
// required, as every contact has one.
func (s *Server) SubmitForm(ctx context.Context, formName, email string, values []sitebuilder.NameValue) error {
	if !emailRE.MatchString(email) {
		return fmt.Errorf("sitebuildertest: SubmitForm: %q is not an email address", email)
	}
	fields := make([]any, 0, len(values))
	formValues := make([]any, 0, len(values))
	for _, v := range values {
		fields = append(fields, object{"name": v.Name, "value": v.Value})
		formValues = append(formValues, object{"field": v.Name, "value": v.Value})
	}
	s.forms.Insert(object{"name": formName, "received": s.stamp(), "fields": fields})
	contact := s.upsertContact(object{"email": email})
	if !s.autoDeliver.Load() {
		return nil
	}
	payload := object{
		"website":    object{"id": 1, "subdomain": "fake", "systemDomain": "fake.sitebuildertest.invalid", "domain": strings.TrimPrefix(s.URL, "http://")},
		"contact":    public(contact),
		"formName":   formName,
		"formValues": formValues,
	}
	_, err := s.Deliver(ctx, sitebuilder.EventFormSubmitted, payload)
	return err
}

// Orders returns a copy of every stored order, for assertions.
func (s *Server) Orders() []sitebuilder.Order { return decodeAll[sitebuilder.Order](s.orders) }

// Contacts returns a copy of every stored contact, for assertions.
func (s *Server) Contacts() []sitebuilder.Contact { return decodeAll[sitebuilder.Contact](s.contacts) }

// Members returns a copy of every stored member, for assertions.
func (s *Server) Members() []sitebuilder.Member { return decodeAll[sitebuilder.Member](s.members) }

// MemberGroups returns a copy of every stored member group.
func (s *Server) MemberGroups() []sitebuilder.MemberGroup {
	return decodeAll[sitebuilder.MemberGroup](s.groups)
}

// Products returns a copy of every stored product, for assertions.
func (s *Server) Products() []sitebuilder.Product { return decodeAll[sitebuilder.Product](s.products) }

// Categories returns a copy of every stored store category.
func (s *Server) Categories() []sitebuilder.Category {
	return decodeAll[sitebuilder.Category](s.categories)
}

// FormSubmissions returns a copy of every stored form submission.
func (s *Server) FormSubmissions() []sitebuilder.FormSubmission {
	return decodeAll[sitebuilder.FormSubmission](s.forms)
}

// Bookings returns a copy of every stored booking, for assertions.
func (s *Server) Bookings() []sitebuilder.Booking { return decodeAll[sitebuilder.Booking](s.bookings) }

// SubscriberLists returns a copy of every stored subscriber list.
func (s *Server) SubscriberLists() []sitebuilder.SubscriberList {
	return decodeAll[sitebuilder.SubscriberList](s.lists)
}

// Webhooks returns a copy of every registered webhook, secrets included
// (as Secret values).
func (s *Server) Webhooks() []sitebuilder.Webhook { return decodeAll[sitebuilder.Webhook](s.webhooks) }

func decodeAll[T any](c *fakeapi.Collection) []T {
	objs := c.List(nil)
	out := make([]T, 0, len(objs))
	for _, o := range objs {
		if v, err := decode[T](o); err == nil {
			out = append(out, *v)
		}
	}
	return out
}

func toObject(v any) (object, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return fakeapi.ParseObject(b)
}

func decode[T any](o object) (*T, error) {
	b, err := json.Marshal(public(o))
	if err != nil {
		return nil, err
	}
	v := new(T)
	return v, json.Unmarshal(b, v)
}

// public drops the fake's own keys (those starting with "_").
func public(o object) object {
	for k := range o {
		if strings.HasPrefix(k, "_") {
			delete(o, k)
		}
	}
	return o
}

// stamp is the fake clock's time as the API's Unix seconds.
func (s *Server) stamp() json.Number { return json.Number(fmt.Sprint(s.now().Unix())) }

// insert stores o with its creation timestamp field set to now when unset.
func (s *Server) insert(c *fakeapi.Collection, o object, createdField string) object {
	if t := fakeapi.Text(o[createdField]); t == "" || t == "0" {
		o[createdField] = s.stamp()
	}
	if id := fakeapi.Text(o["id"]); id == "" || id == "0" {
		delete(o, "id")
	}
	return c.Insert(o)
}
