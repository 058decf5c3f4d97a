package sitebuildertest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

func emptyAddress() object {
	return object{"name": "", "phone": "", "companyName": "", "companyId": "", "country": "", "state": "",
		"city": "", "zipCode": "", "address": "", "address2": ""}
}

// Templates: every field of a resource with its zero value. Requests may set
// only these keys, less the read-only ones.
var (
	contactFields = func() object {
		return object{"name": "", "email": "", "phone": "", "note": "", "address": "", "city": "", "state": "",
			"zip": "", "country": "", "companyName": "", "createdOn": 0, "properties": []any{}, "tags": []any{},
			"memberId": 0, "subscribed": false, "subscriberLists": []any{}}
	}
	memberFields = func() object {
		return object{"name": "", "email": "", "groups": []any{}, "registeredOn": 0, "approved": false,
			"contactId": 0, "billingAddress": emptyAddress(), "shippingAddress": emptyAddress()}
	}
	productFields = func() object {
		return object{"type": "", "title": "", "description": "", "url": "", "hidden": false, "images": []any{},
			"categories": []any{}, "options": []any{}, "variants": []any{}, "subscription": nil, "file": ""}
	}
	orderFields = func() object {
		return object{"invoiceNo": 0, "created": 0, "customerName": "", "customerEmail": "", "contactId": 0,
			"memberId": 0, "shippingAddress": emptyAddress(), "billingAddress": emptyAddress(),
			"shippingRequired": false, "weight": 0, "weightUnit": "kg", "subTotal": 0, "total": 0,
			"discountCode": nil, "discountType": nil, "discountAmount": 0, "shippingName": "", "shippingAmount": 0,
			"paid": false, "paymentMethod": "", "transactionId": "", "status": "pending", "taxes": []any{},
			"items": []any{}, "tags": []any{}, "additionalFields": []any{}, "notes": []any{}}
	}
)

// apply copies the non-empty values of patch whose keys base has and that
// are not read-only ("only non-empty fields are set").
func apply(base, patch object, readonly ...string) object {
	for k, v := range patch {
		if _, known := base[k]; !known || slices.Contains(readonly, k) {
			continue
		}
		if v == nil || v == "" {
			continue
		}
		base[k] = v
	}
	return base
}

func writeError(w http.ResponseWriter, status int, msg string) {
	fakeapi.WriteJSON(w, status, map[string]any{"success": false, "message": msg})
}

func (s *Server) routes() {
	h := func(pattern string, fn http.HandlerFunc) {
		method, path, _ := strings.Cut(pattern, " ")
		s.api.Handle(method+" "+sitebuilder.APIPath+path, fn)
	}
	h("GET /contacts", s.listContacts)
	h("POST /contacts", s.createContact)
	h("GET /contacts/search-by-email", s.byEmail(s.contacts))
	h("GET /contacts/{id}", s.get(s.contacts))
	h("PUT /contacts/{id}", s.updateContact)
	h("GET /members", s.listMembers)
	h("POST /members", s.createMember)
	h("GET /members/search-by-email", s.byEmail(s.members))
	h("GET /members/{id}", s.get(s.members))
	h("PUT /members/{id}", s.updateMember)
	h("POST /members/start-session", s.startSession)
	h("GET /members/session/{token}", s.openSession)
	h("POST /member-groups", s.saveGroup)
	h("PUT /member-groups/{id}", s.saveGroup)
	h("GET /products", s.listProducts)
	h("POST /products", s.createProduct)
	h("GET /products/categories", s.listCategories)
	h("GET /products/{id}", s.get(s.products))
	h("PUT /products/{id}", s.updateProduct)
	h("GET /orders", s.listOrders)
	h("GET /orders/{id}", s.get(s.orders))
	h("PUT /orders/{id}", s.updateOrder)
	h("GET /form-submissions", s.listForms)
	h("GET /bookings", s.listBookings)
	h("POST /subscriber-lists", s.saveList)
	h("PUT /subscriber-lists/{id}", s.saveList)
	h("GET /webhooks", s.listWebhooks)
	h("POST /webhooks", s.createWebhook)
	s.routesPublicDocs(h)
}

// page answers one page of items in the API's envelope.
func page(w http.ResponseWriter, r *http.Request, items []object) {
	limit, ok := fakeapi.QueryInt(r, "limit", sitebuilder.DefaultLimit)
	if !ok || limit < 1 || limit > sitebuilder.MaxLimit {
		writeError(w, http.StatusBadRequest, "limit must be an integer between 1 and 50")
		return
	}
	skip, ok := fakeapi.QueryInt(r, "skip", 0)
	if !ok || skip < 0 {
		writeError(w, http.StatusBadRequest, "skip must be a non-negative integer")
		return
	}
	out := fakeapi.OffsetSlice(items, skip, limit)
	for _, o := range out {
		public(o)
	}
	fakeapi.WriteJSON(w, http.StatusOK, map[string]any{"totalCount": len(items), "limit": limit, "skip": skip, "items": out})
}

// timeFilter keeps the objects whose field lies within the query's
// [minParam, maxParam] (Unix seconds); ok is false after answering 400.
func timeFilter(w http.ResponseWriter, r *http.Request, items []object, field, minParam, maxParam string) ([]object, bool) {
	lo, ok1 := fakeapi.QueryInt(r, minParam, 0)
	hi, ok2 := fakeapi.QueryInt(r, maxParam, 1<<62)
	if !ok1 || !ok2 {
		writeError(w, http.StatusBadRequest, minParam+" and "+maxParam+" must be Unix timestamps")
		return nil, false
	}
	return slices.DeleteFunc(items, func(o object) bool {
		t, _ := strconv.Atoi(fakeapi.Text(o[field]))
		return t < lo || t > hi
	}), true
}

func (s *Server) get(c *fakeapi.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		o, ok := c.Get(r.PathValue("id"))
		if !ok {
			writeError(w, http.StatusNotFound, "Resource not found")
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, public(o))
	}
}

func (s *Server) byEmail(c *fakeapi.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		email := r.URL.Query().Get("email")
		if email == "" {
			writeError(w, http.StatusBadRequest, "email is required")
			return
		}
		o, ok := c.Find(sameEmail(email))
		if !ok {
			writeError(w, http.StatusNotFound, "Resource not found")
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, public(o))
	}
}

func sameEmail(email string) func(object) bool {
	return func(o object) bool { return strings.EqualFold(fakeapi.Text(o["email"]), email) }
}

// body reads the JSON object of a request; ok is false after answering 400.
func body(w http.ResponseWriter, r *http.Request, requiredFields ...string) (object, bool) {
	o, err := fakeapi.ReadObject(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return nil, false
	}
	for _, f := range requiredFields {
		if strings.TrimSpace(fakeapi.Text(o[f])) == "" {
			writeError(w, http.StatusBadRequest, f+" is required")
			return nil, false
		}
	}
	return o, true
}

var emailRE = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)

func validEmail(w http.ResponseWriter, o object) bool {
	if e := fakeapi.Text(o["email"]); e != "" && !emailRE.MatchString(e) {
		writeError(w, http.StatusBadRequest, "email is not a valid email address")
		return false
	}
	return true
}

// --- contacts

func (s *Server) listContacts(w http.ResponseWriter, r *http.Request) {
	if items, ok := timeFilter(w, r, s.contacts.List(nil), "createdOn", "created_at_min", "created_at_max"); ok {
		page(w, r, items)
	}
}

func (s *Server) createContact(w http.ResponseWriter, r *http.Request) {
	o, ok := body(w, r, "email")
	if !ok || !validEmail(w, o) {
		return
	}
	fakeapi.WriteJSON(w, http.StatusOK, public(s.upsertContact(o)))
}

// upsertContact creates a contact or updates the one with the same email,
// and delivers contact_updated.
func (s *Server) upsertContact(o object) object {
	var stored object
	if old, ok := s.contacts.Find(sameEmail(fakeapi.Text(o["email"]))); ok {
		stored, _ = s.contacts.Update(s.contacts.IDOf(old), apply(old, o, "createdOn", "memberId"))
	} else {
		stored = s.insert(s.contacts, apply(contactFields(), o, "createdOn", "memberId"), "createdOn")
	}
	s.auto(sitebuilder.EventContactUpdated, stored)
	return stored
}

func (s *Server) updateContact(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	old, ok := s.contacts.Get(id)
	if !ok {
		writeError(w, http.StatusNotFound, "Resource not found")
		return
	}
	o, ok := body(w, r, "email")
	if !ok || !validEmail(w, o) {
		return
	}
	if other, dup := s.contacts.Find(sameEmail(fakeapi.Text(o["email"]))); dup && s.contacts.IDOf(other) != id {
		writeError(w, http.StatusBadRequest, "Another contact has this email")
		return
	}
	stored, _ := s.contacts.Update(id, apply(old, o, "createdOn", "memberId"))
	s.auto(sitebuilder.EventContactUpdated, stored)
	fakeapi.WriteJSON(w, http.StatusOK, public(stored))
}

// --- members

func (s *Server) listMembers(w http.ResponseWriter, r *http.Request) {
	group := r.URL.Query().Get("groupId")
	page(w, r, s.members.List(func(o object) bool {
		if group == "" {
			return true
		}
		gs, _ := o["groups"].([]any)
		return slices.ContainsFunc(gs, func(g any) bool { return fakeapi.Text(g) == group })
	}))
}

func (s *Server) createMember(w http.ResponseWriter, r *http.Request) {
	o, ok := body(w, r, "name", "email")
	if !ok || !validEmail(w, o) {
		return
	}
	email := fakeapi.Text(o["email"])
	if _, dup := s.members.Find(sameEmail(email)); dup {
		writeError(w, http.StatusBadRequest, "A member with this email already exists")
		return
	}
	m := apply(memberFields(), o, "registeredOn", "contactId")
	if p := fakeapi.Text(o["password"]); p != "" {
		m["_password"] = p // never returned
	}
	contact := s.upsertContact(object{"name": o["name"], "email": email})
	m["contactId"] = contact["id"]
	stored := s.insert(s.members, m, "registeredOn")
	s.contacts.Update(s.contacts.IDOf(contact), object{"memberId": stored["id"]})
	fakeapi.WriteJSON(w, http.StatusOK, public(stored))
}

func (s *Server) updateMember(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	old, ok := s.members.Get(id)
	if !ok {
		writeError(w, http.StatusNotFound, "Resource not found")
		return
	}
	o, ok := body(w, r, "name", "email")
	if !ok || !validEmail(w, o) {
		return
	}
	stored, _ := s.members.Update(id, apply(old, o, "registeredOn", "contactId"))
	fakeapi.WriteJSON(w, http.StatusOK, public(stored))
}

func (s *Server) startSession(w http.ResponseWriter, r *http.Request) {
	o, ok := body(w, r, "email")
	if !ok {
		return
	}
	if _, found := s.members.Find(sameEmail(fakeapi.Text(o["email"]))); !found {
		writeError(w, http.StatusNotFound, "Member not found")
		return
	}
	token := randomHex(6) + "." + randomHex(12) + "." + randomHex(12)
	created := s.now()
	path := fakeapi.Text(o["path"])
	if path == "" {
		path = "/"
	}
	s.mu.Lock()
	s.sessions[token] = session{path: path, expires: created.Add(SessionTTL)}
	s.mu.Unlock()
	fakeapi.WriteJSON(w, http.StatusOK, map[string]any{
		"token":     token,
		"accessUrl": s.BaseURL() + "/members/session/" + token,
		"createdAt": created.Unix(),
		"expiresAt": created.Add(SessionTTL).Unix(),
	})
}

// openSession is the single sign-on link: it redirects to the session's
// page while the session is valid.
func (s *Server) openSession(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	sess, ok := s.sessions[r.PathValue("token")]
	s.mu.Unlock()
	if !ok || s.now().After(sess.expires) {
		writeError(w, http.StatusNotFound, "Session not found or expired")
		return
	}
	http.Redirect(w, r, sess.path, http.StatusFound)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// --- member groups and subscriber lists: create (POST) or update (PUT) by name

func (s *Server) saveGroup(w http.ResponseWriter, r *http.Request) {
	s.saveNamed(w, r, s.groups, func(o object) object { return object{"name": o["name"], "link": orEmpty(o["link"])} })
}

func (s *Server) saveList(w http.ResponseWriter, r *http.Request) {
	s.saveNamed(w, r, s.lists, func(o object) object {
		return object{"name": o["name"], "created": s.stamp(), "subscribers": 0, "opens": 0, "clicks": 0}
	})
}

func (s *Server) saveNamed(w http.ResponseWriter, r *http.Request, c *fakeapi.Collection, create func(object) object) {
	id := r.PathValue("id")
	if id != "" {
		if _, ok := c.Get(id); !ok {
			writeError(w, http.StatusNotFound, "Resource not found")
			return
		}
	}
	o, ok := body(w, r, "name")
	if !ok {
		return
	}
	if id == "" {
		fakeapi.WriteJSON(w, http.StatusOK, c.Insert(create(o)))
		return
	}
	patch := object{"name": o["name"]}
	if l, has := o["link"]; has {
		patch["link"] = orEmpty(l)
	}
	if c == s.lists {
		delete(patch, "link")
	}
	stored, _ := c.Update(id, patch)
	fakeapi.WriteJSON(w, http.StatusOK, stored)
}

func orEmpty(v any) any {
	if v == nil {
		return ""
	}
	return v
}

// --- products and categories

var productTypes = []string{"physical", "digital", "service", "membership"}

func (s *Server) listProducts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	title := strings.ToLower(q.Get("title"))
	var cats map[string]bool
	if c := q.Get("category_id"); c != "" {
		cats = s.categoryTree(c)
	}
	page(w, r, s.products.List(func(o object) bool {
		if title != "" && !strings.Contains(strings.ToLower(fakeapi.Text(o["title"])), title) {
			return false
		}
		if cats == nil {
			return true
		}
		pc, _ := o["categories"].([]any)
		return slices.ContainsFunc(pc, func(c any) bool {
			m, _ := c.(map[string]any)
			return cats[fakeapi.Text(m["id"])]
		})
	}))
}

// categoryTree returns id and the ids of all its subcategories.
func (s *Server) categoryTree(id string) map[string]bool {
	tree := map[string]bool{id: true}
	all := s.categories.List(nil)
	for grew := true; grew; {
		grew = false
		for _, c := range all {
			cid := fakeapi.Text(c["id"])
			if !tree[cid] && tree[fakeapi.Text(c["parentCategory"])] {
				tree[cid] = true
				grew = true
			}
		}
	}
	return tree
}

func (s *Server) validProduct(w http.ResponseWriter, r *http.Request) (object, bool) {
	o, ok := body(w, r, "type", "title")
	if !ok {
		return nil, false
	}
	if !slices.Contains(productTypes, fakeapi.Text(o["type"])) {
		writeError(w, http.StatusBadRequest, "type must be one of physical, digital, service, membership")
		return nil, false
	}
	return o, true
}

func (s *Server) createProduct(w http.ResponseWriter, r *http.Request) {
	o, ok := s.validProduct(w, r)
	if !ok {
		return
	}
	if fakeapi.Text(o["url"]) == "" {
		o["url"] = slug(fakeapi.Text(o["title"]))
	}
	if r.URL.Query().Get("update_existing_product_by_url") == "true" {
		if old, found := s.products.Find(func(p object) bool { return p["url"] == o["url"] }); found {
			s.saveProduct(w, s.products.IDOf(old), old, o)
			return
		}
	}
	stored := s.products.Insert(apply(productFields(), o))
	s.addCategories(stored)
	s.auto(sitebuilder.EventProductCreated, stored)
	fakeapi.WriteJSON(w, http.StatusOK, stored)
}

func (s *Server) updateProduct(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	old, ok := s.products.Get(id)
	if !ok {
		writeError(w, http.StatusNotFound, "Resource not found")
		return
	}
	if o, ok := s.validProduct(w, r); ok {
		s.saveProduct(w, id, old, o)
	}
}

func (s *Server) saveProduct(w http.ResponseWriter, id string, old, o object) {
	stored, _ := s.products.Update(id, apply(old, o))
	s.addCategories(stored)
	s.auto(sitebuilder.EventProductUpdated, stored)
	fakeapi.WriteJSON(w, http.StatusOK, stored)
}

// addCategories stores the categories a product names that are not yet known.
func (s *Server) addCategories(p object) {
	cs, _ := p["categories"].([]any)
	for _, c := range cs {
		m, ok := c.(map[string]any)
		if !ok || fakeapi.Text(m["id"]) == "" {
			continue
		}
		if _, known := s.categories.Get(fakeapi.Text(m["id"])); !known {
			s.categories.Insert(m)
		}
	}
}

func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func (s *Server) listCategories(w http.ResponseWriter, r *http.Request) {
	parent := r.URL.Query().Get("parent")
	fakeapi.WriteJSON(w, http.StatusOK, s.categories.List(func(o object) bool {
		return parent == "" || fakeapi.Text(o["parentCategory"]) == parent
	}))
}

// --- orders

var orderStatuses = []string{"PENDING", "SHIPPED", "COMPLETED", "CANCELED", "ARCHIVED"}

func (s *Server) listOrders(w http.ResponseWriter, r *http.Request) {
	if items, ok := timeFilter(w, r, s.orders.List(nil), "created", "created_at_min", "created_at_max"); ok {
		page(w, r, items)
	}
}

func (s *Server) updateOrder(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	old, ok := s.orders.Get(id)
	if !ok {
		writeError(w, http.StatusNotFound, "Resource not found")
		return
	}
	o, ok := body(w, r)
	if !ok || !validEmail(w, object{"email": o["customerEmail"]}) {
		return
	}
	if st := fakeapi.Text(o["status"]); st != "" {
		if !slices.Contains(orderStatuses, st) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("status must be one of %s", strings.Join(orderStatuses, ", ")))
			return
		}
		o["status"] = strings.ToLower(st) // taken in upper case, returned in lower case
	}
	patch := object{}
	for _, k := range []string{"customerName", "customerEmail", "billingAddress", "shippingAddress", "paymentMethod", "transactionId", "paid", "status"} {
		if v, has := o[k]; has {
			patch[k] = v
		}
	}
	stored, _ := s.orders.Update(id, apply(old, patch))
	s.auto(sitebuilder.EventOrderUpdated, stored)
	fakeapi.WriteJSON(w, http.StatusOK, stored)
}

// --- form submissions and bookings

func (s *Server) listForms(w http.ResponseWriter, r *http.Request) {
	if items, ok := timeFilter(w, r, s.forms.List(nil), "received", "from", "to"); ok {
		page(w, r, items)
	}
}

func (s *Server) listBookings(w http.ResponseWriter, r *http.Request) {
	items, ok := timeFilter(w, r, s.bookings.List(nil), "start", "from", "to")
	if !ok {
		return
	}
	if ev := r.URL.Query().Get("eventId"); ev != "" {
		items = slices.DeleteFunc(items, func(o object) bool { return fakeapi.Text(o["eventId"]) != ev })
	}
	page(w, r, items)
}

// --- webhooks

func (s *Server) listWebhooks(w http.ResponseWriter, r *http.Request) {
	fakeapi.WriteJSON(w, http.StatusOK, s.webhooks.List(nil))
}

func (s *Server) createWebhook(w http.ResponseWriter, r *http.Request) {
	o, ok := body(w, r, "target")
	if !ok {
		return
	}
	u, err := url.Parse(fakeapi.Text(o["target"]))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		writeError(w, http.StatusBadRequest, "target must be an absolute URL")
		return
	}
	evs, _ := o["events"].([]any)
	if len(evs) == 0 {
		writeError(w, http.StatusBadRequest, "events is required")
		return
	}
	for _, e := range evs {
		if !sitebuilder.EventType(fakeapi.Text(e)).Valid() {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown event %q", fakeapi.Text(e)))
			return
		}
	}
	hook := object{
		"id":     "rh_" + strconv.FormatInt(24488493954+s.hookSeq.Add(1), 10),
		"target": o["target"],
		"secret": orEmpty(o["secret"]),
		"events": evs,
	}
	fakeapi.WriteJSON(w, http.StatusOK, s.webhooks.Insert(hook))
}
