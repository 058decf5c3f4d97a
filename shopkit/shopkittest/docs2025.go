package shopkittest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// Seed data of the endpoints of Shopkit's 2025 public docs.
const (
	SeedClientID     = 731046 // "Shopkit", a guest
	SeedClientHash   = "858b9f6902f34443ef5d19ebb77baed5"
	SeedTrackingCode = "PT1333337" // a shipment of order 1337
)

// load2025 reads the carriers and the stats example (clients and
// shipments are collections, loaded with the others).
func (s *Server) load2025() {
	if err := json.Unmarshal(mustRead("carriers"), &s.carriers); err != nil {
		panic(err)
	}
	var err error
	if s.stats, err = fakeapi.ParseObject(mustRead("stats")); err != nil {
		panic(err)
	}
}

// routes2025 serves the endpoints of Shopkit's 2025 public docs, in the
// forms the SDK sends and the alternatives the docs show (PUT for the
// order invoice, POST for the client update, /stats/{metric}).
func (s *Server) routes2025(h func(string, http.HandlerFunc)) {
	h("GET /product/search", s.searchProducts)
	h("POST /order/{id}/invoice", s.issueInvoice)
	h("PUT /order/{id}/invoice", s.issueInvoice)
	h("PUT /order/bulk/invoice", s.bulkInvoice)

	clients := &resource{s: s, c: s.clients, filters: clientFilters}
	h("GET /client", clients.read)
	h("GET /client/{$}", clients.read)
	h("GET /client/{id}", s.getClient)
	h("POST /client", s.createClient)
	h("POST /client/{$}", s.createClient)
	h("PUT /client/{id}", s.updateClient)
	h("POST /client/{id}", s.updateClient)
	h("DELETE /client/{id}", s.deleteClient)

	shipments := &resource{s: s, c: s.shipments, filters: shipmentFilters}
	h("GET /shipment", shipments.read)
	h("GET /shipment/{$}", shipments.read)
	h("GET /shipment/carrier", func(w http.ResponseWriter, r *http.Request) {
		fakeapi.WriteJSON(w, http.StatusOK, s.carriers)
	})

	h("PUT /coupon/{id}", s.updateCoupon)
	h("GET /stats", s.getStats)
	h("GET /stats/{$}", s.getStats)
	h("GET /stats/{metric}", s.getStats)
}

var searchFields = []string{"title", "description", "handle", "brand", "options", "categories", "tags", "reference", "barcode"}

func (s *Server) searchProducts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.ToLower(q.Get("query"))
	fields := searchFields
	if f := q.Get("fields"); f != "" {
		fields = strings.Split(f, ",")
		for _, x := range fields {
			if !inList(strings.Join(searchFields, ","), x) {
				badRequest(w)
				return
			}
		}
	}
	page, ok1 := fakeapi.QueryInt(r, "page", 1)
	limit, ok2 := fakeapi.QueryInt(r, "limit", 25)
	if text == "" || !ok1 || !ok2 || page < 1 || limit < 1 || limit > 50 {
		badRequest(w)
		return
	}
	items := s.products.List(func(o object) bool {
		for _, f := range fields {
			b, _ := json.Marshal(o[f]) // nested values (brand, tags) searched as text
			if strings.Contains(strings.ToLower(string(b)), text) {
				return true
			}
		}
		return false
	})
	w.Header().Set("X-Total-Count", strconv.Itoa(len(items)))
	fakeapi.WriteJSON(w, http.StatusOK, fakeapi.PageSlice(items, page, limit, 1))
}

// invoice issues order id's invoice: "" on success, else the status and
// message the docs give.
func (s *Server) invoice(id string) (int, string) {
	if _, ok := s.orders.Get(id); !ok {
		return http.StatusNotFound, "Not found."
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.invoiced[id] {
		return http.StatusConflict, "Already exists."
	}
	s.invoiced[id] = true
	return http.StatusCreated, "The invoice was issued successfully"
}

func (s *Server) issueInvoice(w http.ResponseWriter, r *http.Request) {
	status, msg := s.invoice(r.PathValue("id"))
	if status == http.StatusCreated {
		if o, ok := s.orders.Get(r.PathValue("id")); ok {
			s.changed(r.Context(), "invoice", o, o)
		}
	}
	message(w, status, msg)
}

func (s *Server) bulkInvoice(w http.ResponseWriter, r *http.Request) {
	items, err := fakeapi.ReadArray(r)
	if err != nil || len(items) == 0 {
		badRequest(w)
		return
	}
	if len(items) > 50 {
		message(w, http.StatusRequestEntityTooLarge, "Request entity too large.")
		return
	}
	out := make([]object, len(items))
	for i, it := range items {
		id := fakeapi.Text(it["id"])
		status, msg := s.invoice(id)
		n, _ := strconv.ParseInt(id, 10, 64)
		out[i] = object{"code": json.Number(strconv.Itoa(status)), "message": msg, "id": json.Number(strconv.FormatInt(n, 10))}
	}
	fakeapi.WriteJSON(w, http.StatusCreated, out)
}

func clientFilters(q url.Values, o object) bool {
	if !boolIs(q.Get("registered"), o["is_registered"]) || !boolIs(q.Get("banned"), o["is_banned"]) ||
		!boolIs(q.Get("accepts_marketing"), o["accepts_marketing"]) || !boolIs(q.Get("wholesale"), o["wholesale"]) {
		return false
	}
	if h := q.Get("hash"); h != "" && fakeapi.Text(o["hash"]) != h {
		return false
	}
	if t := q.Get("tags"); t != "" {
		found := false
		for _, tag := range asList(o["tags"]) {
			found = found || inList(t, fakeapi.Text(tag))
		}
		if !found {
			return false
		}
	}
	return contains(o["name"], q.Get("q")) || contains(o["email"], q.Get("q"))
}

// client finds a client by id or e-mail hash.
func (s *Server) client(key string) (object, bool) {
	if o, ok := s.clients.Get(key); ok {
		return o, true
	}
	return s.clients.Find(func(o object) bool { return fakeapi.Text(o["hash"]) == key })
}

func (s *Server) getClient(w http.ResponseWriter, r *http.Request) {
	o, ok := s.client(r.PathValue("id"))
	if !ok {
		notFound(w)
		return
	}
	fakeapi.WriteJSON(w, http.StatusOK, []object{o})
}

var clientFields = []string{"name", "email", "company", "fiscal_id", "accepts_marketing", "internal_notes", "birthday",
	"gender", "wholesale", "tags", "delivery", "billing"}

func (s *Server) createClient(w http.ResponseWriter, r *http.Request) {
	b, err := fakeapi.ReadObject(r)
	name, email := fakeapi.Text(b["name"]), fakeapi.Text(b["email"])
	if err != nil || name == "" || !strings.Contains(email, "@") {
		badRequest(w)
		return
	}
	s.mu.Lock() // the e-mail check and the insert are one step
	if _, dup := s.clients.Find(func(o object) bool { return strings.EqualFold(fakeapi.Text(o["email"]), email) }); dup {
		s.mu.Unlock()
		message(w, http.StatusConflict, "Already exists.")
		return
	}
	now := json.Number(strconv.FormatInt(s.now().Unix(), 10)) // clients' times are Unix seconds
	o := object{"hash": md5Hex([]byte(strings.ToLower(email))), "company": nil, "initials": strings.ToUpper(string([]rune(name)[:1])),
		"fiscal_id": "", "locale": "0", "gender": nil, "birthday": nil, "picture": nil, "accepts_marketing": false,
		"wholesale": false, "created_at": now, "last_seen_at": now, "type": "registered", "is_banned": false,
		"is_registered": true, "is_deleted": false, "internal_notes": nil, "tags": nil, "delivery": nil, "billing": nil,
		"cart": nil, "wishlist": nil, "orders_summary": object{"paid_count": json.Number("0"), "unpaid_count": json.Number("0"),
			"paid_value": json.Number("0"), "unpaid_value": json.Number("0"), "total_count": json.Number("0"), "total_value": json.Number("0")}}
	copyFields(o, b, clientFields...)
	created := s.clients.Insert(o)
	s.mu.Unlock()
	s.changed(r.Context(), "client", nil, fakeapi.Clone(created))
	fakeapi.WriteJSON(w, http.StatusCreated, []object{created})
}

func (s *Server) updateClient(w http.ResponseWriter, r *http.Request) {
	old, ok := s.client(r.PathValue("id"))
	if !ok {
		notFound(w)
		return
	}
	b, err := fakeapi.ReadObject(r)
	if err != nil || len(b) == 0 {
		badRequest(w)
		return
	}
	patch := object{}
	copyFields(patch, b, clientFields...)
	before := fakeapi.Clone(old)
	updated, ok := s.clients.Update(s.clients.IDOf(old), patch)
	if !ok {
		notFound(w)
		return
	}
	s.changed(r.Context(), "client", before, fakeapi.Clone(updated))
	fakeapi.WriteJSON(w, http.StatusOK, []object{updated})
}

func (s *Server) deleteClient(w http.ResponseWriter, r *http.Request) {
	o, ok := s.client(r.PathValue("id"))
	if !ok || !s.clients.Delete(s.clients.IDOf(o)) {
		notFound(w)
		return
	}
	s.changed(r.Context(), "client", o, nil)
	w.WriteHeader(http.StatusNoContent)
}

var shipmentStatuses = "expedited,accepted,out_for_delivery,pickup_available,delivery_unsuccessful,returned,delivered"

func shipmentFilters(q url.Values, o object) bool {
	if st := q.Get("status"); st != "" && (!inList(shipmentStatuses, st) || fakeapi.Text(o["last_event"]) != st) {
		return false
	}
	if c := q.Get("carrier"); c != "" && fakeapi.Text(o["carrier"]) != c {
		return false
	}
	if tc := q.Get("tracking_code"); tc != "" && fakeapi.Text(o["tracking_code"]) != tc {
		return false
	}
	created := fakeapi.Text(o["created_at"])
	if from := q.Get("date_from"); from != "" && created < from {
		return false
	}
	if to := q.Get("date_to"); to != "" && created[:min(len(created), 10)] > to {
		return false
	}
	return contains(o["tracking_code"], q.Get("q")) || contains(o["order_id"], q.Get("q"))
}

var couponUpdateFields = []string{"type", "applies_to", "category", "product", "brand", "tag", "date_from", "date_to"}

func (s *Server) updateCoupon(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, ok := s.coupons.Get(id); !ok {
		notFound(w)
		return
	}
	b, err := fakeapi.ReadObject(r)
	if err != nil || len(b) == 0 {
		badRequest(w)
		return
	}
	patch := object{}
	copyFields(patch, b, couponUpdateFields...)
	if v, ok := b["limit"]; ok {
		n, ok := intIn(v, 0, 1<<31)
		if !ok {
			badRequest(w)
			return
		}
		patch["limit"] = json.Number(strconv.Itoa(n))
	}
	for _, k := range []string{"value", "orders_over"} {
		if v, ok := b[k]; ok {
			n, ok := number(v)
			if !ok {
				badRequest(w)
				return
			}
			patch[k] = n
		}
	}
	patch["updated_at"] = s.timestamp()
	updated, _ := s.coupons.Update(id, patch)
	fakeapi.WriteJSON(w, http.StatusOK, []object{updated})
}

func (s *Server) getStats(w http.ResponseWriter, r *http.Request) {
	metric := r.PathValue("metric")
	if metric == "" {
		metric = r.URL.Query().Get("metric")
	}
	if !inList("live,visitors,orders,resume", metric) || metric == "" {
		badRequest(w)
		return
	}
	s.mu.Lock()
	st := fakeapi.Clone(s.stats)
	s.mu.Unlock()
	if f := r.URL.Query().Get("date_from"); f != "" {
		st["date_start_raw"] = f
	}
	if t := r.URL.Query().Get("date_to"); t != "" {
		st["date_end_raw"] = t
	}
	fakeapi.WriteJSON(w, http.StatusOK, st)
}
