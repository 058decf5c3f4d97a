package mycashflowtest

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
	"github.com/ecomkit/ecomkit-go/mycashflow"
)

type object = fakeapi.Object

// resource is one top-level collection and how the API treats it.
type resource struct {
	coll *fakeapi.Collection
	// key is the path parameter holding the collection's key.
	key string
	// expand lists the keys shown only when asked for with expand.
	expand []string
	// required lists the fields a create must carry (and an update must
	// not blank).
	required []string
	// unique is a field whose value no two objects share (409 otherwise).
	unique string
	// codeKeyed is set where the code is the key (gift cards): a create
	// without one gets a generated code.
	codeKeyed bool
	// view adds computed sub-resources to an object being answered.
	view func(o object, expand map[string]bool)
}

func (s *Server) setup() {
	s.res = map[string]*resource{
		"banner_groups": {coll: fakeapi.NewCollection("id"), key: "bannerGroupID", expand: []string{"translations"}},
		"banners": {coll: fakeapi.NewCollection("id"), key: "bannerID", expand: []string{"translations", "visibilities"},
			unique: "code"},
		"brands": {coll: fakeapi.NewCollection("id"), key: "brandID", expand: []string{"translations"},
			required: []string{"name"}},
		"campaigns": {coll: fakeapi.NewCollection("id"), key: "campaignID",
			expand: []string{"prices", "translations", "visibilities"}},
		"categories": {coll: fakeapi.NewCollection("id"), key: "categoryID", expand: []string{"translations", "visibilities"},
			required: []string{"parent_id", "name"}},
		"customer_groups": {coll: fakeapi.NewCollection("id"), key: "customerGroupID",
			expand: []string{"translations", "customer_links"}, required: []string{"name"}},
		"customer_group_links": {coll: fakeapi.NewCollection("id")},
		"customers": {coll: fakeapi.NewCollection("id"), key: "customerID", expand: []string{"customer_groups"},
			required: []string{"first_name", "last_name", "login_allowed", "street_address", "postal_code", "city", "country", "email"},
			unique:   "email"},
		"customer_addresses": {coll: fakeapi.NewCollection("id")},
		"email_subscribers":  {coll: fakeapi.NewCollection("id"), required: []string{"email"}, unique: "email"},
		"gift_cards":         {coll: fakeapi.NewCollection("code"), key: "giftCardCode", codeKeyed: true, unique: "code"},
	}
	s.res["customer_groups"].view = s.groupView
	s.res["customers"].view = s.customerView
	s.res["campaigns"].view = s.campaignView
	s.res["categories"].view = s.categoryView

	r := s.res
	s.addRoutes(map[string]handler{
		"banner_groups.list":   s.list(r["banner_groups"], nil),
		"banner_groups.create": s.create(r["banner_groups"]),
		"banner_groups.get":    s.get(r["banner_groups"], ""),
		"banner_groups.update": s.update(r["banner_groups"], ""),

		"banners.list":           s.list(r["banners"], nil),
		"banners.create":         s.create(r["banners"]),
		"banners.get":            s.get(r["banners"], ""),
		"banners.update":         s.update(r["banners"], ""),
		"banners.get_by_code":    s.get(r["banners"], "code"),
		"banners.update_by_code": s.update(r["banners"], "code"),

		"brands.list":   s.list(r["brands"], nil),
		"brands.create": s.create(r["brands"]),
		"brands.get":    s.get(r["brands"], ""),
		"brands.update": s.update(r["brands"], ""),

		"campaigns.list":          s.list(r["campaigns"], nil),
		"campaigns.get":           s.get(r["campaigns"], ""),
		"campaigns.update":        s.update(r["campaigns"], ""),
		"campaigns.update_prices": s.updatePrices,
		"campaigns.delete_price":  s.deletePrice,

		"categories.list":                  s.list(r["categories"], nil),
		"categories.create":                s.create(r["categories"]),
		"categories.get":                   s.get(r["categories"], ""),
		"categories.update":                s.update(r["categories"], ""),
		"categories.get_by_external_id":    s.get(r["categories"], "external_id"),
		"categories.update_by_external_id": s.update(r["categories"], "external_id"),
		"categories.list_subcategories": s.list(r["categories"], func(p params) (func(object) bool, bool) {
			if _, ok := r["categories"].coll.Get(p["categoryID"]); !ok {
				return nil, false
			}
			return func(o object) bool {
				return fakeapi.Text(o["parent_id"]) == p["categoryID"] && fakeapi.Text(o["id"]) != p["categoryID"]
			}, true
		}),
		"categories.list_visibilities":   s.rows(r["categories"], "categoryID", &s.visibility, "category_id", []string{"category_id"}),
		"categories.update_visibilities": s.updateVisibilities,
		"categories.list_product_links":  s.rows(r["categories"], "categoryID", &s.prodLinks, "category_id", nil),

		"customer_groups.list":            s.list(r["customer_groups"], nil),
		"customer_groups.create":          s.create(r["customer_groups"]),
		"customer_groups.get":             s.get(r["customer_groups"], ""),
		"customer_groups.update":          s.update(r["customer_groups"], ""),
		"customer_groups.list_customers":  s.children(r["customer_groups"], r["customer_group_links"], "customer_group_id"),
		"customer_groups.add_customer":    s.addCustomer,
		"customer_groups.remove_customer": s.removeCustomer,

		"customers.list":               s.list(r["customers"], nil),
		"customers.create":             s.create(r["customers"]),
		"customers.get":                s.get(r["customers"], ""),
		"customers.update":             s.update(r["customers"], ""),
		"customers.list_addresses":     s.children(r["customers"], r["customer_addresses"], "customer_id"),
		"customers.get_by_email":       s.get(r["customers"], "email"),
		"customers.get_by_external_id": s.get(r["customers"], "external_id"),

		"email_subscribers.list":   s.list(r["email_subscribers"], nil),
		"email_subscribers.create": s.create(r["email_subscribers"]),

		"gift_cards.list":   s.list(r["gift_cards"], nil),
		"gift_cards.create": s.create(r["gift_cards"]),
		"gift_cards.get":    s.get(r["gift_cards"], ""),
		"gift_cards.update": s.update(r["gift_cards"], ""),
	})
}

// expandOf reads the expand parameter.
func expandOf(r *http.Request) map[string]bool {
	out := map[string]bool{}
	for _, v := range strings.Split(r.URL.Query().Get("expand"), ",") {
		if v = strings.TrimSpace(v); v != "" {
			out[v] = true
		}
	}
	return out
}

// show prepares an object for an answer: expandable keys only on request.
func (res *resource) show(o object, ex map[string]bool) object {
	for _, k := range res.expand {
		if !ex[k] {
			delete(o, k)
		}
	}
	if res.view != nil {
		res.view(o, ex)
	}
	return o
}

// listQuery reads page, page_size and sort; ok is false after an answer.
func (s *Server) listQuery(w http.ResponseWriter, r *http.Request) (page, size int, order mycashflow.Sort, ok bool) {
	first := 1
	if s.cfg.zeroBased {
		first = 0
	}
	page, okP := fakeapi.QueryInt(r, "page", first)
	size, okS := fakeapi.QueryInt(r, "page_size", 50)
	if !okP || !okS || size < 1 || page < 0 {
		writeError(w, http.StatusBadRequest, "Bad Request", "page and page_size must be non-negative integers")
		return 0, 0, "", false
	}
	if page < first {
		page = first
	}
	switch order = mycashflow.Sort(r.URL.Query().Get("sort")); order {
	case "":
		order = mycashflow.SortIDAsc
	case mycashflow.SortIDAsc, mycashflow.SortIDDesc, mycashflow.SortUpdatedAtAsc:
	default:
		writeInvalid(w, map[string][]string{"sort": {"Allowed values: id-asc, id-desc, updated_at-asc"}})
		return 0, 0, "", false
	}
	return page, size, order, true
}

// sortRows orders a list as its sort parameter asks: by id, or for
// updated_at-asc (which public clients send, though the API documentation
// lists only the id orders) by updated_at, then id. An object without a
// readable updated_at sorts before every dated one.
func sortRows(items []object, order mycashflow.Sort) {
	fakeapi.SortBy(items, "id", order == mycashflow.SortIDDesc)
	if order != mycashflow.SortUpdatedAtAsc {
		return
	}
	type dated struct {
		o  object
		at time.Time
	}
	rows := make([]dated, len(items))
	for i, o := range items {
		at, _ := ecomkit.ParseTime(fakeapi.Text(o["updated_at"]))
		rows[i] = dated{o, at}
	}
	slices.SortStableFunc(rows, func(a, b dated) int { return a.at.Compare(b.at) })
	for i, r := range rows {
		items[i] = r.o
	}
}

// timeFilter matches the <field>-from and <field>-to parameters.
func timeFilter(w http.ResponseWriter, q url.Values) (func(object) bool, bool) {
	type bound struct {
		field string
		from  bool
		t     time.Time
	}
	var bounds []bound
	for name, vs := range q {
		field, from := strings.CutSuffix(name, "-from")
		if !from {
			var to bool
			if field, to = strings.CutSuffix(name, "-to"); !to {
				continue
			}
		}
		t, err := ecomkit.ParseTime(vs[0])
		if err != nil {
			writeInvalid(w, map[string][]string{name: {"Invalid date and time"}})
			return nil, false
		}
		bounds = append(bounds, bound{field, from, t})
	}
	return func(o object) bool {
		for _, b := range bounds {
			v, err := ecomkit.ParseTime(fakeapi.Text(o[b.field]))
			if err != nil || v.IsZero() || (b.from && v.Before(b.t)) || (!b.from && v.After(b.t)) {
				return false
			}
		}
		return true
	}, true
}

// list answers a paginated list with meta. scope, when given, narrows it
// to a parent (false: the parent does not exist).
func (s *Server) list(res *resource, scope func(params) (func(object) bool, bool)) handler {
	return func(w http.ResponseWriter, r *http.Request, p params) {
		page, size, order, ok := s.listQuery(w, r)
		if !ok {
			return
		}
		inScope := func(object) bool { return true }
		if scope != nil {
			if inScope, ok = scope(p); !ok {
				writeError(w, http.StatusNotFound, "Not Found", "No such parent resource.")
				return
			}
		}
		byTime, ok := timeFilter(w, r.URL.Query())
		if !ok {
			return
		}
		items := res.coll.List(func(o object) bool { return inScope(o) && byTime(o) })
		sortRows(items, order)
		first := 1
		if s.cfg.zeroBased {
			first = 0
		}
		slice := fakeapi.PageSlice(items, page, size, first)
		ex := expandOf(r)
		data := make([]object, len(slice))
		for i, o := range slice {
			data[i] = res.show(o, ex)
		}
		meta := map[string]any{"page": page, "page_size": size, "page_count": fakeapi.PageCount(len(items), size), "item_count": len(items)}
		if last := fakeapi.PageCount(len(items), size) - 1 + first; page < last {
			// meta.next, present only when another page exists, as public
			// clients read it.
			q := r.URL.Query()
			q.Set("page", strconv.Itoa(page+1))
			meta["next"] = s.URL + r.URL.Path + "?" + q.Encode()
		}
		fakeapi.WriteJSON(w, http.StatusOK, map[string]any{"data": data, "meta": meta})
	}
}

// find looks up the object a request names, by key or by a field; it
// answers 404 itself.
func (s *Server) find(w http.ResponseWriter, res *resource, field string, p params) (object, bool) {
	var o object
	var ok bool
	if field == "" {
		o, ok = res.coll.Get(p[res.key])
	} else {
		v := p[firstParam(p)]
		o, ok = res.coll.Find(func(o object) bool { return strings.EqualFold(fakeapi.Text(o[field]), v) })
	}
	if !ok {
		writeError(w, http.StatusNotFound, "Not Found", "The requested resource was not found.")
	}
	return o, ok
}

func firstParam(p params) string {
	for k := range p {
		return k
	}
	return ""
}

func (s *Server) get(res *resource, field string) handler {
	return func(w http.ResponseWriter, r *http.Request, p params) {
		if o, ok := s.find(w, res, field, p); ok {
			writeData(w, http.StatusOK, res.show(o, expandOf(r)))
		}
	}
}

// check validates a create (all required fields) or an update (no required
// field blanked) and the uniqueness of res.unique; it answers itself.
func (s *Server) check(w http.ResponseWriter, res *resource, in object, create bool, selfID string) bool {
	fields := map[string][]string{}
	for _, f := range res.required {
		v, present := in[f]
		if (create && !present) || (present && strings.TrimSpace(fakeapi.Text(v)) == "") {
			fields[f] = append(fields[f], "This field is required.")
		}
	}
	if e, ok := in["email"]; ok && !strings.Contains(fakeapi.Text(e), "@") {
		fields["email"] = append(fields["email"], "Invalid email address.")
	}
	if d, ok := in["expires_at"]; ok {
		t, err := ecomkit.ParseTime(fakeapi.Text(d))
		if err != nil || !t.After(time.Now()) {
			fields["expires_at"] = append(fields["expires_at"], "The date must be in the future.")
		}
	}
	if len(fields) > 0 {
		writeInvalid(w, fields)
		return false
	}
	if u := res.unique; u != "" {
		if v, ok := in[u]; ok {
			if other, dup := res.coll.Find(func(o object) bool {
				return strings.EqualFold(fakeapi.Text(o[u]), fakeapi.Text(v))
			}); dup && res.coll.IDOf(other) != selfID {
				writeError(w, http.StatusConflict, "Conflict", "A resource with this "+u+" already exists.")
				return false
			}
		}
	}
	return true
}

func readObject(w http.ResponseWriter, r *http.Request) (object, bool) {
	in, err := fakeapi.ReadObject(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request", err.Error())
		return nil, false
	}
	for _, k := range []string{"id", "created_at", "updated_at"} {
		delete(in, k)
	}
	return in, true
}

func (s *Server) create(res *resource) handler {
	return func(w http.ResponseWriter, r *http.Request, _ params) {
		in, ok := readObject(w, r)
		if !ok {
			return
		}
		if res.codeKeyed && fakeapi.Text(in["code"]) == "" {
			in["code"] = newCode()
		}
		if !s.check(w, res, in, true, "") {
			return
		}
		in["created_at"], in["updated_at"] = now(), now()
		if res == s.res["email_subscribers"] {
			in["subscribed_at"] = now()
		}
		o := res.coll.Insert(in)
		writeData(w, http.StatusCreated, res.show(o, map[string]bool{"translations": true}))
	}
}

func (s *Server) update(res *resource, field string) handler {
	return func(w http.ResponseWriter, r *http.Request, p params) {
		o, ok := s.find(w, res, field, p)
		if !ok {
			return
		}
		in, ok := readObject(w, r)
		if !ok {
			return
		}
		id := res.coll.IDOf(o)
		if !s.check(w, res, in, false, id) {
			return
		}
		in["updated_at"] = now()
		if newCode := fakeapi.Text(in["code"]); res.codeKeyed && newCode != "" && newCode != id {
			// The code is the key: the card moves to its new code.
			for k, v := range in {
				o[k] = v
			}
			res.coll.Delete(id)
			o = res.coll.Insert(o)
		} else {
			o, _ = res.coll.Update(id, in)
		}
		writeData(w, http.StatusOK, res.show(o, map[string]bool{"translations": true}))
	}
}

// children answers the links of a parent (no meta, as documented).
func (s *Server) children(parent, res *resource, field string) handler {
	return func(w http.ResponseWriter, r *http.Request, p params) {
		if _, ok := s.find(w, parent, "", p); !ok {
			return
		}
		items := res.coll.List(func(o object) bool { return fakeapi.Text(o[field]) == p[parent.key] })
		writeData(w, http.StatusOK, pageRows(r, items))
	}
}

// pageRows slices rows when page_size is given; the sub-resource lists
// carry no meta. They keep their stored order, except that
// sort=updated_at-asc orders them by updated_at, then id, as the top-level
// lists do (other sort values are not checked here).
func pageRows(r *http.Request, rows []object) []object {
	if order := mycashflow.Sort(r.URL.Query().Get("sort")); order == mycashflow.SortUpdatedAtAsc {
		sortRows(rows, order)
	}
	size, ok := fakeapi.QueryInt(r, "page_size", 0)
	if !ok || size <= 0 {
		return rows
	}
	page, _ := fakeapi.QueryInt(r, "page", 1)
	return fakeapi.PageSlice(rows, max(page, 1), size, 1)
}

// rows answers rows of a table kept under the server lock.
func (s *Server) rows(parent *resource, key string, table *[]object, field string, hide []string) handler {
	return func(w http.ResponseWriter, r *http.Request, p params) {
		if _, ok := s.find(w, parent, "", p); !ok {
			return
		}
		writeData(w, http.StatusOK, pageRows(r, s.rowsOf(table, field, p[key], hide)))
	}
}

func (s *Server) rowsOf(table *[]object, field, id string, hide []string) []object {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []object{}
	for _, o := range *table {
		if fakeapi.Text(o[field]) == id {
			c := fakeapi.Clone(o)
			for _, h := range hide {
				delete(c, h)
			}
			out = append(out, c)
		}
	}
	return out
}

func readArray(w http.ResponseWriter, r *http.Request) ([]object, bool) {
	rows, err := fakeapi.ReadArray(r)
	if err != nil || len(rows) == 0 {
		writeError(w, http.StatusBadRequest, "Bad Request", "The body must be a non-empty JSON array.")
		return nil, false
	}
	return rows, true
}

func (s *Server) updateVisibilities(w http.ResponseWriter, r *http.Request, p params) {
	if _, ok := s.find(w, s.res["categories"], "", p); !ok {
		return
	}
	rows, ok := readArray(w, r)
	if !ok {
		return
	}
	for i, row := range rows {
		if n, err := strconv.Atoi(fakeapi.Text(row["version_id"])); err != nil || n < 1 {
			writeInvalid(w, map[string][]string{strconv.Itoa(i) + ".version_id": {"Must be an integer >= 1."}})
			return
		}
	}
	id := p["categoryID"]
	s.mu.Lock()
	for _, row := range rows {
		row["category_id"] = json.Number(id)
		i := slices.IndexFunc(s.visibility, func(o object) bool {
			return fakeapi.Text(o["category_id"]) == id && fakeapi.Text(o["version_id"]) == fakeapi.Text(row["version_id"])
		})
		if i >= 0 {
			s.visibility[i] = row
		} else {
			s.visibility = append(s.visibility, row)
		}
	}
	s.mu.Unlock()
	writeData(w, http.StatusOK, s.rowsOf(&s.visibility, "category_id", id, []string{"category_id"}))
}

// priceKey is what identifies a campaign's discount row.
func priceKey(o object) string {
	return fakeapi.Text(o["campaign_id"]) + "/" + fakeapi.Text(o["product_id"]) + "/" +
		fakeapi.Text(o["variation_id"]) + "/" + fakeapi.Text(o["download_id"]) + "/" + fakeapi.Text(o["quantity"])
}

func (s *Server) updatePrices(w http.ResponseWriter, r *http.Request, p params) {
	if _, ok := s.find(w, s.res["campaigns"], "", p); !ok {
		return
	}
	rows, ok := readArray(w, r)
	if !ok {
		return
	}
	fields := map[string][]string{}
	for i, row := range rows {
		if fakeapi.Text(row["product_id"]) == "" {
			fields[strconv.Itoa(i)+".product_id"] = []string{"This field is required."}
		}
		if fakeapi.Text(row["price"]) == "" {
			fields[strconv.Itoa(i)+".price"] = []string{"This field is required."}
		}
	}
	if len(fields) > 0 {
		writeInvalid(w, fields)
		return
	}
	s.mu.Lock()
	for _, row := range rows {
		stored := fakeapi.Clone(row)
		stored["campaign_id"] = json.Number(p["campaignID"])
		k := priceKey(stored)
		if i := slices.IndexFunc(s.prices, func(o object) bool { return priceKey(o) == k }); i >= 0 {
			s.prices[i] = stored
		} else {
			s.prices = append(s.prices, stored)
		}
	}
	s.mu.Unlock()
	// As documented, the rows come back nested in one more array.
	writeData(w, http.StatusOK, []any{rows})
}

func (s *Server) deletePrice(w http.ResponseWriter, r *http.Request, p params) {
	if _, ok := s.find(w, s.res["campaigns"], "", p); !ok {
		return
	}
	key, ok := readObject(w, r)
	if !ok {
		return
	}
	key["campaign_id"] = json.Number(p["campaignID"])
	k := priceKey(key)
	s.mu.Lock()
	i := slices.IndexFunc(s.prices, func(o object) bool { return priceKey(o) == k })
	if i >= 0 {
		s.prices = slices.Delete(s.prices, i, i+1)
	}
	s.mu.Unlock()
	if i < 0 {
		writeError(w, http.StatusNotFound, "Not Found", "The campaign has no such product discount.")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) addCustomer(w http.ResponseWriter, r *http.Request, p params) {
	if _, ok := s.find(w, s.res["customer_groups"], "", p); !ok {
		return
	}
	in, ok := readObject(w, r)
	if !ok {
		return
	}
	cid := fakeapi.Text(in["customer_id"])
	if _, exists := s.res["customers"].coll.Get(cid); !exists {
		writeInvalid(w, map[string][]string{"customer_id": {"No customer with this ID."}})
		return
	}
	links := s.res["customer_group_links"].coll
	if _, dup := links.Find(func(o object) bool {
		return fakeapi.Text(o["customer_id"]) == cid && fakeapi.Text(o["customer_group_id"]) == p["customerGroupID"]
	}); dup {
		writeError(w, http.StatusConflict, "Conflict", "The customer is already in the group.")
		return
	}
	link := links.Insert(object{"created_at": now(), "updated_at": now(), "customer_id": json.Number(cid), "customer_group_id": json.Number(p["customerGroupID"])})
	writeData(w, http.StatusCreated, link)
}

func (s *Server) removeCustomer(w http.ResponseWriter, r *http.Request, p params) {
	links := s.res["customer_group_links"].coll
	link, ok := links.Find(func(o object) bool {
		return fakeapi.Text(o["customer_id"]) == p["customerID"] && fakeapi.Text(o["customer_group_id"]) == p["customerGroupID"]
	})
	if !ok {
		writeError(w, http.StatusNotFound, "Not Found", "The customer is not in the group.")
		return
	}
	links.Delete(links.IDOf(link))
	w.WriteHeader(http.StatusNoContent)
}

// groupView adds a group's members when customer_links is expanded.
func (s *Server) groupView(o object, ex map[string]bool) {
	if !ex["customer_links"] {
		return
	}
	id := fakeapi.Text(o["id"])
	o["customer_links"] = s.res["customer_group_links"].coll.List(func(l object) bool {
		return fakeapi.Text(l["customer_group_id"]) == id
	})
}

// customerView adds a customer's groups when customer_groups is expanded.
func (s *Server) customerView(o object, ex map[string]bool) {
	if !ex["customer_groups"] {
		return
	}
	id := fakeapi.Text(o["id"])
	groups := []object{}
	for _, l := range s.res["customer_group_links"].coll.List(func(l object) bool { return fakeapi.Text(l["customer_id"]) == id }) {
		if g, ok := s.res["customer_groups"].coll.Get(fakeapi.Text(l["customer_group_id"])); ok {
			groups = append(groups, g)
		}
	}
	o["customer_groups"] = groups
}

// campaignView adds a campaign's discount rows when prices is expanded.
func (s *Server) campaignView(o object, ex map[string]bool) {
	if ex["prices"] {
		o["prices"] = s.rowsOf(&s.prices, "campaign_id", fakeapi.Text(o["id"]), []string{"campaign_id"})
	}
}

// categoryView adds a category's visibilities when visibilities is expanded.
func (s *Server) categoryView(o object, ex map[string]bool) {
	if ex["visibilities"] {
		o["visibilities"] = s.rowsOf(&s.visibility, "category_id", fakeapi.Text(o["id"]), []string{"category_id"})
	}
}

// newCode makes a gift card code like the API's: 16 letters and digits.
func newCode() string {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

func unescape(seg string) (string, error) { return url.PathUnescape(seg) }
