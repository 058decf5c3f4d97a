package insalestest

// content.go answers store content, settings, applications and webhooks:
// blogs and articles, pages, files, JS tags, domains, redirects, reviews,
// webhooks, application charges and widgets, the recurring charge, invited
// accounts, the account, collection fields, their values and filters, and
// warehouses. Their lists are answered whole (the API documents no paging
// for them), and each answers in its documented shape: {"status": "ok"}
// where the API does, a blank body for the two blank DELETEs.

import (
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

//go:embed seed_content.json
var seedContentJSON []byte

// timeKeys lists which of created_at/updated_at a resource answers.
func timeKeys(created, updated bool) func(*Server, []object) []object {
	return func(_ *Server, objs []object) []object {
		for _, o := range objs {
			if !created {
				delete(o, "created_at")
			}
			if !updated {
				delete(o, "updated_at")
			}
		}
		return objs
	}
}

// simple returns a builder that requires the keys in req on create, keeps
// the keys in keys, and fills defaults on create.
func simple(req, keys []string, defaults object) func(s *Server, old, in object) (object, map[string][]string) {
	return func(s *Server, old, in object) (object, map[string][]string) {
		errs := map[string][]string{}
		out := object{}
		for _, k := range req {
			required(errs, in, old, k)
		}
		copyKeys(out, in, keys...)
		if old == nil {
			for k, v := range defaults {
				if _, ok := out[k]; !ok {
					out[k] = v
				}
			}
		}
		return finish(out, errs)
	}
}

func (s *Server) setupContent() {
	blogs := s.add(&resource{name: "blogs", key: "blog", render: timeKeys(false, false),
		build: simple([]string{"title"}, []string{"title", "html_title", "meta_keywords", "meta_description", "notify_about_comment",
			"captcha_enabled", "disallow_links_in_comments", "commentable"},
			object{"captcha_enabled": false, "commentable": "no", "disallow_links_in_comments": false, "notify_about_comment": true,
				"html_title": nil, "meta_keywords": nil, "meta_description": nil, "tags": []any{}}),
		remove: removeWithChildren("blogs", "articles", "blog_id")})
	articles := s.add(&resource{name: "articles", key: "article", parent: "blog_id", parentRes: "blogs", build: buildArticle, render: renderArticle})
	pages := s.add(&resource{name: "pages", key: "page",
		build: simple([]string{"title", "content"}, []string{"title", "content", "permalink", "html_title", "meta_keywords", "meta_description"},
			object{"is_main": false, "html_title": nil, "meta_keywords": nil, "meta_description": nil})})
	reviews := s.add(&resource{name: "reviews", key: "review", build: buildReview})
	redirects := s.add(&resource{name: "redirects", key: "redirect", render: timeKeys(true, false), build: buildRedirect})
	domains := s.add(&resource{name: "domains", key: "domain", build: simple([]string{"domain"}, []string{"domain", "main"}, object{"main": false}),
		remove: func(s *Server, w http.ResponseWriter, o object) {
			s.res["domains"].store.Delete(fakeapi.Text(o["id"]))
			writeBlank(w)
		}})
	files := s.add(&resource{name: "files", key: "file", render: timeKeys(true, false), build: buildFile})
	jsTags := s.add(&resource{name: "js_tags", key: "js_tag", build: buildJSTag})
	webhooks := s.add(&resource{name: "webhooks", key: "webhook", render: timeKeys(true, false), build: buildWebhook})
	charges := s.add(&resource{name: "application_charges", key: "application_charge", build: buildCharge, render: renderCharge})
	widgets := s.add(&resource{name: "application_widgets", key: "application_widget", render: timeKeys(true, false),
		build: simple([]string{"code", "height"}, []string{"code", "height", "page_type"}, object{"page_type": "product"})})
	invited := s.add(&resource{name: "invited_accounts", key: "invited_account"})
	cfields := s.add(&resource{name: "collection_fields", key: "collection_field", sortKey: "position", render: untimed,
		build: fieldBuilder("collection_fields", "CollectionField::"), remove: removeWithChildren("collection_fields", "collection_field_values", "collection_field_id")})
	cvalues := s.add(&resource{name: "collection_field_values", key: "collection_field_value", parent: "collection_id", parentRes: "collections",
		sortKey: "collection_field_id", render: renderFieldValue})
	filters := s.add(&resource{name: "collection_filters", key: "filter", render: timeKeys(false, false), build: buildFilter, filter: filterByCollection,
		remove: func(s *Server, w http.ResponseWriter, o object) {
			s.res["collection_filters"].store.Delete(fakeapi.Text(o["id"]))
			writeBlank(w)
		}})
	account := s.add(&resource{name: "account", key: "account"})
	recurring := s.add(&resource{name: "recurring_application_charge", key: "recurring_application_charge"})
	s.add(&resource{name: "warehouses", key: "warehouse"})

	s.routeWhole(blogs, "/admin/blogs", false, true)
	s.routeWhole(articles, "/admin/blogs/{blog_id}/articles", false, true)
	s.routeSome(pages, "/admin/pages", false, s.updateOK(pages), true)
	s.routeWhole(reviews, "/admin/reviews", false, true)
	s.routeSome(redirects, "/admin/redirects", false, nil, true) // the API documents no update
	s.routeWhole(domains, "/admin/domains", false, true)
	s.routeSome(files, "/admin/files", false, nil, true) // the API documents no update
	s.routeWhole(jsTags, "/admin/js_tags", false, true)
	s.routeWhole(webhooks, "/admin/webhooks", false, true)
	s.Handle("GET /admin/application_charges.json", s.listWhole(charges))
	s.Handle("GET /admin/application_charges/{id}", s.idRoute(s.get(charges)))
	s.Handle("POST /admin/application_charges.json", s.create(charges))
	s.Handle("POST /admin/application_charges/{id}/decline.json", s.decline(charges))
	s.routeWhole(widgets, "/admin/application_widgets", false, true)
	s.Handle("GET /admin/invited_accounts.json", s.listWhole(invited))
	s.Handle("GET /admin/invited_accounts/{id}", s.idRoute(s.get(invited)))
	s.routeSome(cfields, "/admin/collection_fields", true, s.updateOK(cfields), true)
	s.Handle("GET /admin/collections/{collection_id}/collection_field_values.json", s.listWhole(cvalues))
	s.Handle("GET /admin/collections/{collection_id}/collection_field_values/{ref}", s.fieldValue(false))
	s.Handle("PUT /admin/collections/{collection_id}/collection_field_values/{ref}", s.fieldValue(true))
	s.routeWhole(filters, "/admin/collection_filters", false, true)
	s.Handle("GET /admin/account.json", s.singleton(account, false))
	s.Handle("PUT /admin/account.json", s.singleton(account, true))
	s.Handle("GET /admin/recurring_application_charge.json", s.recurring(http.MethodGet))
	s.Handle("POST /admin/recurring_application_charge.json", s.recurring(http.MethodPost))
	s.Handle("PUT /admin/recurring_application_charge.json", s.recurring(http.MethodPut))
	s.Handle("DELETE /admin/recurring_application_charge.json", s.recurring(http.MethodDelete))
	s.Handle("GET /admin/warehouses.json", s.listWhole(s.res["warehouses"]))
	_ = recurring

	var seed map[string]json.RawMessage
	if err := json.Unmarshal(seedContentJSON, &seed); err != nil {
		panic("insalestest: bad seed: " + err.Error())
	}
	for _, name := range []string{"blogs", "articles", "pages", "reviews", "redirects", "domains", "files", "js_tags", "webhooks",
		"application_charges", "application_widgets", "invited_accounts", "collection_fields", "collection_field_values",
		"collection_filters", "account", "recurring_application_charge", "warehouses"} {
		if err := s.Load(name, seed[name]); err != nil {
			panic("insalestest: bad seed: " + err.Error())
		}
	}
}

// routeSome registers list, get, create, the given update (none when nil)
// and delete; byHandle lets {id} be a handle.
func (s *Server) routeSome(r *resource, prefix string, byHandle bool, update http.HandlerFunc, withDelete bool) {
	one := func(h http.HandlerFunc) http.HandlerFunc {
		if byHandle {
			h = s.byHandle(r, h)
		}
		return s.idRoute(h)
	}
	s.Handle("GET "+prefix+".json", s.listWhole(r))
	s.Handle("GET "+prefix+"/{id}", one(s.get(r)))
	s.Handle("POST "+prefix+".json", s.create(r))
	if update != nil {
		s.Handle("PUT "+prefix+"/{id}", one(update))
	}
	if withDelete {
		s.Handle("DELETE "+prefix+"/{id}", one(s.destroy(r)))
	}
}

func writeBlank(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(" "))
}

// updateOK is the generic update answering {"status": "ok"} instead of the
// object, as pages and collection fields do.
func (s *Server) updateOK(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		rec := &discard{header: http.Header{}}
		s.update(r)(rec, req)
		if rec.status != http.StatusOK {
			copyAnswer(w, rec)
			return
		}
		writeOK(w)
	}
}

// discard records an answer so a handler's answer can be replaced.
type discard struct {
	header http.Header
	status int
	body   []byte
}

func (d *discard) Header() http.Header { return d.header }
func (d *discard) Write(b []byte) (int, error) {
	if d.status == 0 {
		d.status = http.StatusOK
	}
	d.body = append(d.body, b...)
	return len(b), nil
}
func (d *discard) WriteHeader(code int) {
	if d.status == 0 {
		d.status = code
	}
}

func copyAnswer(w http.ResponseWriter, d *discard) {
	for k, v := range d.header {
		w.Header()[k] = v
	}
	w.WriteHeader(d.status)
	_, _ = w.Write(d.body)
}

func buildArticle(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	for _, k := range []string{"title", "content", "author", "published_at"} {
		required(errs, in, old, k)
	}
	copyKeys(out, in, "title", "content", "author", "notice", "permalink", "html_title", "meta_keywords", "meta_description", "pinned")
	if v, ok := in["published_at"]; ok {
		t, ok := parseTime(fakeapi.Text(v))
		if !ok {
			errs["published_at"] = append(errs["published_at"], "имеет неверное значение")
		}
		out["published_at"] = t.Format("2006-01-02T15:04:05-07:00")
	}
	if tags, ok := in["all_tags"].([]any); ok {
		if len(tags) > 10 {
			errs["all_tags"] = append(errs["all_tags"], "не более 10 тегов")
		}
		list := make([]any, 0, len(tags))
		for _, t := range tags {
			list = append(list, map[string]any{"title": fakeapi.Text(t)})
		}
		out["tags"] = list
	}
	if old == nil {
		for k, v := range (object{"notice": nil, "permalink": nil, "html_title": nil, "meta_keywords": nil, "meta_description": nil,
			"pinned": false, "tags": []any{}, "related_products": []any{}}) {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
		if out["permalink"] == nil {
			out["permalink"] = permalink(fakeapi.Text(in["title"]))
		}
	}
	return finish(out, errs)
}

func renderArticle(_ *Server, objs []object) []object {
	for _, o := range objs {
		delete(o, "blog_id")
	}
	return objs
}

func buildReview(s *Server, old, in object) (object, map[string][]string) {
	if old != nil {
		out := object{}
		copyKeys(out, in, "content") // the only field the API documents as changeable
		return out, nil
	}
	errs := map[string][]string{}
	required(errs, in, old, "product_id")
	required(errs, in, old, "author")
	if _, ok := s.res["products"].store.Get(fakeapi.Text(in["product_id"])); !ok && len(errs) == 0 {
		errs["product_id"] = append(errs["product_id"], "не найден")
	}
	out := object{"content": nil, "email": nil, "rating": nil, "published": false}
	copyKeys(out, in, "product_id", "author", "content", "email", "published", "rating")
	return finish(out, errs)
}

func buildRedirect(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	required(errs, in, old, "old_url")
	required(errs, in, old, "new_url")
	out := object{}
	copyKeys(out, in, "old_url", "new_url")
	if len(errs) == 0 && truthy(in["remove_redirect_chains"]) {
		// Existing redirects to the new one's old URL now lead straight on.
		oldURL, newURL := fakeapi.Text(in["old_url"]), fakeapi.Text(in["new_url"])
		st := s.res["redirects"].store
		for _, o := range st.List(func(o object) bool { return fakeapi.Text(o["new_url"]) == oldURL }) {
			st.Update(st.IDOf(o), object{"new_url": newURL})
		}
	}
	return finish(out, errs)
}

func buildFile(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	id := s.nextSubID()
	name := ""
	switch {
	case in["src"] != nil:
		u, err := url.Parse(fakeapi.Text(in["src"]))
		if err != nil || u.Host == "" {
			errs["src"] = append(errs["src"], "Недопустимый URL")
		} else {
			name = u.Path[strings.LastIndexByte(u.Path, '/')+1:]
		}
	case in["attachment"] != nil:
		required(errs, in, nil, "filename")
		name = fakeapi.Text(in["filename"])
		if _, err := decodeBase64(fakeapi.Text(in["attachment"])); err != nil {
			errs["attachment"] = append(errs["attachment"], "имеет неверное значение")
		}
	default:
		errs["attachment"] = append(errs["attachment"], "не может быть пустым")
	}
	if old != nil {
		errs["base"] = append(errs["base"], "files cannot be changed")
	}
	return finish(object{"absolute_url": "https://static-internal.insales.ru/files/1/" + string(id) + "/original/" + name}, errs)
}

func buildJSTag(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	required(errs, in, old, "content")
	out := object{}
	copyKeys(out, in, "content", "name")
	if old == nil {
		t := fakeapi.Text(in["type"])
		if t != "JsTag::TextTag" && t != "JsTag::FileTag" {
			errs["type"] = append(errs["type"], "имеет непредусмотренное значение")
		}
		out["type"] = t
		if _, ok := out["name"]; !ok {
			out["name"] = nil
		}
	}
	return finish(out, errs)
}

var topics = map[string]bool{"orders/create": true, "orders/update": true, "orders/destroy": true, "products/create": true,
	"products/update": true, "clients/create": true, "clients/update": true}

func buildWebhook(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	required(errs, in, old, "address")
	required(errs, in, old, "topic")
	out := object{}
	copyKeys(out, in, "address", "topic", "format_type", "warehouse_id", "sales_channel_id", "batch_size")
	if t, ok := out["topic"]; ok && !topics[fakeapi.Text(t)] {
		errs["topic"] = append(errs["topic"], "имеет непредусмотренное значение")
	}
	if f, ok := out["format_type"]; ok && f != "json" && f != "xml" {
		errs["format_type"] = append(errs["format_type"], "имеет непредусмотренное значение")
	}
	merged := object{}
	for k, v := range old {
		merged[k] = v
	}
	for k, v := range out {
		merged[k] = v
	}
	// An application has one webhook per address and topic.
	if _, dup := s.res["webhooks"].store.Find(func(o object) bool {
		return fakeapi.Text(o["address"]) == fakeapi.Text(merged["address"]) && fakeapi.Text(o["topic"]) == fakeapi.Text(merged["topic"]) &&
			(old == nil || fakeapi.Text(o["id"]) != fakeapi.Text(old["id"]))
	}); dup {
		errs["address"] = append(errs["address"], "уже существует")
	}
	if old == nil {
		if _, ok := out["format_type"]; !ok {
			out["format_type"] = "json"
		}
	}
	return finish(out, errs)
}

func buildCharge(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	required(errs, in, old, "name")
	required(errs, in, old, "price")
	out := object{"status": "pending", "test": nil, "return_url": nil}
	copyKeys(out, in, "name", "return_url", "test")
	if p, err := strconv.ParseFloat(fakeapi.Text(in["price"]), 64); err != nil || p <= 0 {
		errs["price"] = append(errs["price"], "должно быть больше 0")
	} else {
		out["price"] = decimalText(in["price"])
	}
	return finish(out, errs)
}

func renderCharge(s *Server, objs []object) []object {
	for _, o := range objs {
		o["confirmation_url"] = s.URL + "/admin/application_charges/" + fakeapi.Text(o["id"])
	}
	return objs
}

// decline answers POST .../decline.json: only a pending charge can be declined.
func (s *Server) decline(r *resource) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if !checkContentType(w, req) {
			return
		}
		o, ok := s.find(w, req, r)
		if !ok {
			return
		}
		if fakeapi.Text(o["status"]) != "pending" {
			writeErrors(w, map[string][]string{"base": {"Only bill with status 'pending' can be declined"}})
			return
		}
		stored, _ := r.store.Update(r.store.IDOf(o), object{"status": "declined", "updated_at": s.timestamp()})
		fakeapi.WriteJSON(w, http.StatusOK, s.render(r, stored))
	}
}

func renderFieldValue(_ *Server, objs []object) []object {
	for _, o := range objs {
		delete(o, "collection_id")
		delete(o, "created_at")
		delete(o, "updated_at")
	}
	return objs
}

// fieldValue answers a collection's value of the field named by id or
// handle in {ref}; write stores the value and answers {"status": "ok"},
// creating the value when the collection had none.
func (s *Server) fieldValue(write bool) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		r := s.res["collection_field_values"]
		cid, ok := s.parentOK(w, req, r)
		if !ok {
			return
		}
		ref, ok := strings.CutSuffix(req.PathValue("ref"), ".json")
		if !ok {
			writeHTMLStatus(w, http.StatusNotFound)
			return
		}
		fields := s.res["collection_fields"].store
		field, ok := fields.Get(ref)
		if !ok {
			field, ok = fields.Find(func(o object) bool { return fakeapi.Text(o["handle"]) == ref })
		}
		if !ok {
			writeHTMLStatus(w, http.StatusNotFound)
			return
		}
		fid := fakeapi.Text(field["id"])
		v, found := r.store.Find(func(o object) bool {
			return fakeapi.Text(o["collection_id"]) == cid && fakeapi.Text(o["collection_field_id"]) == fid
		})
		if !write {
			if !found {
				writeHTMLStatus(w, http.StatusNotFound)
				return
			}
			fakeapi.WriteJSON(w, http.StatusOK, s.render(r, v))
			return
		}
		in, ok := s.body(w, req, r)
		if !ok {
			return
		}
		if found {
			r.store.Update(r.store.IDOf(v), object{"value": in["value"]})
		} else {
			r.store.Insert(object{"collection_id": jsonID(cid), "collection_field_id": jsonID(fid), "value": in["value"]})
		}
		writeOK(w)
	}
}

func filterByCollection(q url.Values) func(o object) bool {
	cid := q.Get("collection_id")
	return func(o object) bool { return cid == "" || fakeapi.Text(o["collection_id"]) == cid }
}

func buildFilter(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	required(errs, in, old, "title")
	required(errs, in, old, "collection_id")
	out := object{}
	copyKeys(out, in, "title", "collection_id", "description", "permalink", "html_title", "meta_keywords", "meta_description")
	if v, ok := in["collection_id"]; ok {
		if _, ok := s.res["collections"].store.Get(fakeapi.Text(v)); !ok {
			errs["collection_id"] = append(errs["collection_id"], "не найдена")
		}
	}
	if props, ok := in["properties_attributes"].([]any); ok {
		var list []any
		for i, p := range props {
			m, _ := p.(map[string]any)
			value := fakeapi.Text(m["value"])
			list = append(list, map[string]any{"id": s.nextSubID(), "property_id": jsonNumber(strconv.Itoa(100 + i)), "position": jsonNumber("1"),
				"title": value, "permalink": permalink(value)})
		}
		out["characteristis"] = list
	}
	if opts, ok := in["options_attributes"].([]any); ok {
		var list []any
		for i, p := range opts {
			m, _ := p.(map[string]any)
			list = append(list, map[string]any{"id": s.nextSubID(), "option_name_id": jsonNumber(strconv.Itoa(100 + i)), "position": jsonNumber("1"),
				"title": fakeapi.Text(m["value"])})
		}
		out["option_values"] = list
	}
	if old == nil {
		for k, v := range (object{"description": nil, "html_title": nil, "meta_keywords": nil, "meta_description": nil,
			"characteristis": []any{}, "option_values": []any{}}) {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
		if _, ok := out["permalink"]; !ok {
			out["permalink"] = permalink(fakeapi.Text(in["title"]))
		}
	}
	return finish(out, errs)
}

// singleton answers the account: GET, or PUT {"account": {...},
// "subdomain": {"subdomain": ...}} answering {"status": "ok"}.
func (s *Server) singleton(r *resource, write bool) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		o, ok := r.store.Find(func(object) bool { return true })
		if !ok {
			writeHTMLStatus(w, http.StatusNotFound)
			return
		}
		if !write {
			fakeapi.WriteJSON(w, http.StatusOK, o)
			return
		}
		if !checkContentType(w, req) {
			return
		}
		all, err := fakeapi.ReadObject(req)
		if err != nil {
			fakeapi.WriteJSON(w, http.StatusBadRequest, map[string]string{"message": err.Error()})
			return
		}
		patch := object{}
		if acc, ok := all["account"].(map[string]any); ok {
			copyKeys(patch, acc, "title", "phone", "email", "icq", "contact_phone", "sms_notification_phone", "organization",
				"country", "city", "state", "notification_email")
		}
		if sub, ok := all["subdomain"].(map[string]any); ok {
			copyKeys(patch, sub, "subdomain")
		}
		if t, ok := patch["title"]; ok && strings.TrimSpace(fakeapi.Text(t)) == "" {
			writeErrors(w, map[string][]string{"title": {"не может быть пустым"}})
			return
		}
		r.store.Update(r.store.IDOf(o), patch)
		writeOK(w)
	}
}

// recurring answers the application's one recurring charge.
func (s *Server) recurring(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		r := s.res["recurring_application_charge"]
		cur, exists := r.store.Find(func(object) bool { return true })
		if method != http.MethodGet && !checkContentType(w, req) {
			return
		}
		switch method {
		case http.MethodGet:
			if !exists {
				writeHTMLStatus(w, http.StatusNotFound)
				return
			}
			fakeapi.WriteJSON(w, http.StatusOK, cur)
			return
		case http.MethodDelete:
			if !exists {
				writeHTMLStatus(w, http.StatusNotFound)
				return
			}
			r.store.Delete(r.store.IDOf(cur))
			writeOK(w)
			return
		}
		in, ok := s.body(w, req, r)
		if !ok {
			return
		}
		m, err := strconv.ParseFloat(fakeapi.Text(in["monthly"]), 64)
		if err != nil || m <= 0 {
			writeErrors(w, map[string][]string{"monthly": {"должно быть больше 0"}})
			return
		}
		monthly := decimalText(in["monthly"])
		now := s.timestamp()
		if method == http.MethodPost {
			if exists {
				writeErrors(w, map[string][]string{"base": {"Application can have only one recurring charge"}})
				return
			}
			trial := s.now().AddDate(0, 0, 7).Format("2006-01-02")
			o := r.store.Insert(object{"monthly": monthly, "blocked": false, "paid_till": trial, "trial_expired_at": trial,
				"created_at": now, "updated_at": now})
			fakeapi.WriteJSON(w, http.StatusCreated, o)
			return
		}
		if !exists {
			writeHTMLStatus(w, http.StatusNotFound)
			return
		}
		o, _ := r.store.Update(r.store.IDOf(cur), object{"monthly": monthly, "updated_at": now})
		fakeapi.WriteJSON(w, http.StatusOK, o)
	}
}

// decodeBase64 reads an attachment as the API takes it: standard base64,
// line breaks allowed.
func decodeBase64(s string) ([]byte, error) {
	return base64.StdEncoding.DecodeString(strings.NewReplacer("\n", "", "\r", "").Replace(s))
}

// setupProductExtras answers the product endpoints documented outside the
// API documentation's examples: recover, by_ids and variants_group_update.
func (s *Server) setupProductExtras() {
	products := s.res["products"]
	s.Handle("POST /admin/products/{id}/recover.json", func(w http.ResponseWriter, req *http.Request) {
		if !checkContentType(w, req) {
			return
		}
		o, ok := s.find(w, req, products)
		if !ok {
			return
		}
		stored, _ := products.store.Update(products.store.IDOf(o), object{"archived": false, "updated_at": s.timestamp()})
		s.changed(products, stored, false, false)
		fakeapi.WriteJSON(w, http.StatusOK, s.render(products, stored))
	})
	s.Handle("GET /admin/products/by_ids.json", func(w http.ResponseWriter, req *http.Request) {
		ids := strings.Split(req.URL.Query().Get("product_ids"), ",")
		if len(ids) > 100 {
			writeErrors(w, map[string][]string{"product_ids": {"не более 100"}})
			return
		}
		out := []object{}
		for _, id := range ids {
			if o, ok := products.store.Get(strings.TrimSpace(id)); ok {
				out = append(out, s.render(products, o))
			}
		}
		fakeapi.WriteJSON(w, http.StatusOK, out)
	})
	s.Handle("PUT /admin/products/variants_group_update.json", func(w http.ResponseWriter, req *http.Request) {
		if !checkContentType(w, req) {
			return
		}
		all, err := fakeapi.ReadObject(req)
		if err != nil {
			fakeapi.WriteJSON(w, http.StatusBadRequest, map[string]string{"message": err.Error()})
			return
		}
		list, _ := all["variants"].([]any)
		variants := s.res["variants"]
		// The real server queues the work; the fake applies it at once.
		for _, item := range list {
			in, _ := item.(map[string]any)
			patch := object{}
			copyKeys(patch, in, "sku", "barcode", "external_id")
			for _, k := range []string{"price", "quantity", "old_price", "cost_price", "weight"} {
				if v, ok := in[k]; ok {
					patch[k] = decimalText(v)
				}
			}
			if len(patch) == 0 {
				continue
			}
			patch["updated_at"] = s.timestamp()
			if stored, ok := variants.store.Update(fakeapi.Text(in["id"]), patch); ok {
				s.afterWrite(variants, stored)
			}
		}
		fakeapi.WriteJSON(w, http.StatusOK, []any{})
	})
}
