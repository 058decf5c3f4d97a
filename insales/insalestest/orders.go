package insalestest

// orders.go holds orders, clients and the shop's settings: client groups,
// custom statuses, delivery variants, payment gateways, discount codes,
// bonus transactions, order/client fields and marketplaces. Orders take
// every documented operation of PUT /admin/orders/{id}.json (lines added,
// changed and removed, discounts, custom status, address) and keep their
// totals right.

import (
	_ "embed"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

//go:embed seed_orders.json
var seedOrdersJSON []byte

// setupOrders registers the resources of orders and clients and loads the
// API documentation's examples of them.
func (s *Server) setupOrders() {
	orders := s.add(&resource{name: "orders", key: "order", filter: orderFilter, build: buildOrder, render: renderOrders})
	clients := s.add(&resource{name: "clients", key: "client", build: buildClient})
	groups := s.add(&resource{name: "client_groups", key: "client_group", build: copyBuild([]string{"title"}, "title", "discount", "discount_description", "is_default"),
		remove: removeEmpty("client_groups")})
	statuses := s.add(&resource{name: "custom_statuses", key: "custom_status", store: fakeapi.NewCollection("permalink"), sortKey: "position", build: buildCustomStatus})
	delivery := s.add(&resource{name: "delivery_variants", key: "delivery_variant", sortKey: "position", build: buildDelivery})
	payment := s.add(&resource{name: "payment_gateways", key: "payment_gateway", sortKey: "position", build: buildPayment, remove: removeEmpty("payment_gateways")})
	codes := s.add(&resource{name: "discount_codes", key: "discount_code", build: buildDiscountCode})
	bonus := s.add(&resource{name: "bonus_system_transactions", key: "bonus_system_transaction", parent: "client_id", parentRes: "clients",
		build: buildBonus, render: untimed})
	fields := s.add(&resource{name: "fields", key: "field", sortKey: "position", build: buildOrderField})
	markets := s.add(&resource{name: "marketplaces", key: "marketplace", build: buildMarketplace, render: renderMarketplaces})

	s.routeCRUD(orders, "/admin/orders", true)
	s.routeCRUD(clients, "/admin/clients", false)
	s.Handle("GET /admin/client_groups.json", s.listWhole(groups))
	s.Handle("GET /admin/client_groups/{id}", s.idRoute(s.get(groups)))
	s.Handle("POST /admin/client_groups.json", s.create(groups))
	s.Handle("PUT /admin/client_groups/{id}", s.idRoute(answerOK(s.update(groups))))
	s.Handle("DELETE /admin/client_groups/{id}", s.idRoute(s.destroy(groups)))
	s.Handle("GET /admin/custom_statuses.json", s.listEvery(statuses)) // keyed by permalink, not id
	s.Handle("GET /admin/custom_statuses/{id}", s.idRoute(s.get(statuses)))
	s.Handle("POST /admin/custom_statuses.json", s.create(statuses))
	s.Handle("PUT /admin/custom_statuses/{id}", s.idRoute(answerOK(s.update(statuses))))
	s.Handle("DELETE /admin/custom_statuses/{id}", s.idRoute(s.destroy(statuses)))
	s.routeWhole(delivery, "/admin/delivery_variants", false, true)
	s.routeWhole(payment, "/admin/payment_gateways", false, true)
	s.Handle("GET /admin/discount_codes.json", s.listWhole(codes))
	s.Handle("GET /admin/discount_codes/{id}", s.idRoute(s.get(codes)))
	s.Handle("POST /admin/discount_codes.json", s.create(codes))
	s.Handle("PUT /admin/discount_codes/{id}", s.idRoute(answerOK(s.update(codes))))
	s.Handle("DELETE /admin/discount_codes/{id}", s.idRoute(s.destroy(codes)))
	s.Handle("GET /admin/clients/{client_id}/bonus_system_transactions.json", s.listWhole(bonus))
	s.Handle("POST /admin/clients/{client_id}/bonus_system_transactions.json", s.create(bonus))
	s.Handle("GET /admin/bonus_system_transactions/{id}", s.idRoute(s.get(&resource{name: bonus.name, key: bonus.key, store: bonus.store, render: untimed})))
	s.routeWhole(fields, "/admin/fields", false, true)
	s.routeWhole(markets, "/admin/marketplaces", false, true)

	var seed map[string]json.RawMessage
	if err := json.Unmarshal(seedOrdersJSON, &seed); err != nil {
		panic("insalestest: bad seed: " + err.Error())
	}
	for _, name := range []string{"client_groups", "clients", "custom_statuses", "delivery_variants", "payment_gateways", "discount_codes",
		"bonus_system_transactions", "fields", "marketplaces", "orders"} {
		if err := s.Load(name, seed[name]); err != nil {
			panic("insalestest: bad seed: " + err.Error())
		}
	}
}

// answerOK answers {"status": "ok"} where the API does instead of the
// updated object; errors pass through.
func answerOK(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		rec := httptest.NewRecorder()
		h(rec, req)
		if rec.Code == http.StatusOK {
			fakeapi.WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
			return
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	}
}

// removeEmpty deletes and answers an empty body, as the API documentation
// shows for client groups and payment gateways.
func removeEmpty(name string) func(s *Server, w http.ResponseWriter, o object) {
	return func(s *Server, w http.ResponseWriter, o object) {
		s.res[name].store.Delete(fakeapi.Text(o["id"]))
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(" "))
	}
}

// copyBuild copies keys from a write, refusing a create without required.
func copyBuild(required []string, keys ...string) func(s *Server, old, in object) (object, map[string][]string) {
	return func(s *Server, old, in object) (object, map[string][]string) {
		errs := map[string][]string{}
		for _, k := range required {
			requiredKey(errs, in, old, k)
		}
		if len(errs) > 0 {
			return nil, errs
		}
		out := object{}
		copyKeys(out, in, keys...)
		return out, nil
	}
}

func requiredKey(errs map[string][]string, in, old object, key string) {
	v, ok := in[key]
	if (old == nil && !ok) || (ok && strings.TrimSpace(fakeapi.Text(v)) == "") {
		errs[key] = append(errs[key], "не может быть пустым")
	}
}

func orderFilter(q url.Values) func(o object) bool {
	statuses, dvs, pgs := q["fulfillment_status[]"], q["delivery_variant[]"], q["payment_gateway_id[]"]
	deleted := q.Get("deleted") == "true"
	in := func(list []string, v any) bool {
		if len(list) == 0 {
			return true
		}
		for _, x := range list {
			if x == fakeapi.Text(v) {
				return true
			}
		}
		return false
	}
	return func(o object) bool {
		return (o["deleted"] == true) == deleted && in(statuses, o["fulfillment_status"]) &&
			in(dvs, o["delivery_variant_id"]) && in(pgs, o["payment_gateway_id"])
	}
}

// rat reads a JSON number or decimal string; nil and "" are 0.
func rat(v any) *big.Rat {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(fakeapi.Text(v)))
	if !ok {
		return new(big.Rat)
	}
	return r
}

// money writes r as the API does: a number with at least one decimal.
func money(r *big.Rat) json.Number {
	t := r.FloatString(2)
	if strings.HasSuffix(t, "0") {
		t = t[:len(t)-1]
	}
	return json.Number(t)
}

func objects(v any) []object {
	list, _ := v.([]any)
	out := make([]object, 0, len(list))
	for _, x := range list {
		if o, ok := x.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func anyList(objs []object) []any {
	out := make([]any, len(objs))
	for i, o := range objs {
		out[i] = o
	}
	return out
}

func nextID(objs []object) int64 {
	var n int64
	for _, o := range objs {
		n = max(n, objID(o))
	}
	return n + 1
}

// allLines returns every order line of every order, for fresh line ids.
func (s *Server) allLines(key string) []object {
	var out []object
	for _, o := range s.res["orders"].store.List(nil) {
		out = append(out, objects(o[key])...)
	}
	return out
}

// lineFor builds an order line for a variant (or a product's first variant).
func (s *Server) lineFor(in object, id int64, now string) (object, bool) {
	vid := fakeapi.Text(in["variant_id"])
	if vid == "" && in["product_id"] != nil {
		pid := fakeapi.Text(in["product_id"])
		v, ok := s.res["variants"].store.Find(func(o object) bool { return fakeapi.Text(o["product_id"]) == pid })
		if !ok {
			return nil, false
		}
		vid = fakeapi.Text(v["id"])
	}
	v, ok := s.res["variants"].store.Get(vid)
	if !ok {
		return nil, false
	}
	title := fakeapi.Text(v["title"])
	if p, ok := s.res["products"].store.Get(fakeapi.Text(v["product_id"])); ok {
		title = fakeapi.Text(p["title"])
	}
	qty := in["quantity"]
	if qty == nil {
		qty = json.Number("1")
	}
	vat := in["vat"]
	if vat == nil {
		vat = json.Number("-1")
	}
	price := money(rat(v["price"]))
	return object{"id": json.Number(strconv.FormatInt(id, 10)), "variant_id": jsonID(vid), "product_id": v["product_id"],
		"sku": v["sku"], "barcode": v["barcode"], "title": title, "unit": "pce", "quantity": qty, "reserved_quantity": nil,
		"sale_price": price, "full_sale_price": price, "weight": v["weight"], "dimensions": nil, "comment": nil, "vat": vat,
		"created_at": now, "updated_at": now}, true
}

// totals recomputes an order's amounts after a change, as the API
// documentation's order examples show them. The arithmetic is exact
// (big.Rat) and every amount is rounded to cents, halves away from zero,
// before it is used further, so the relations below hold between the
// values as written. With m = 1 + margin/100 (the order's margin: the
// percent its payment gateway adds, 0 on most orders):
//
//   - a line: total_price = sale_price × quantity; discounts_amount = the
//     sum of its shares of the order's discounts; full_total_price =
//     (total_price − discounts_amount) × m; full_sale_price =
//     full_total_price / quantity.
//   - a discount applies to the lines in its discount_order_lines_ids, or
//     to every line when that is empty. Its amount is its percent of those
//     lines' total_price (type_id 1) or its sum (type_id 2), at most their
//     total_price; full_amount = amount × m. The amount is shared over
//     those lines (the ones with a total_price) in proportion to their
//     total_price, each share rounded to cents and the last line taking
//     the remainder, so the shares add up to the amount exactly. The
//     orders.update example takes 10% off line 25 (200.0) and 100 and 20
//     off lines 25 and 26 (200.0 and 150.0): 20 + 57.14 + 11.43 = 88.57
//     and 42.86 + 8.57 = 51.43. A line's discounts_amount stops at its
//     total_price, so full_total_price is never negative.
//   - the order: items_price = Σ full_total_price (the discounts already
//     off); delivery_price is the delivery variant's price and
//     full_delivery_price = delivery_price × m; total_price =
//     items_price + full_delivery_price. The first discount is repeated
//     as discount.
//
// Thirteen of the documentation's sixteen order examples fit these rules
// (two of them with margin 20: lines 800 and 200, 30% off: 240 and 60,
// full_total_price 672 and 168, full_amount 360). Three do not, and the
// fake does not copy them: the two orders.create examples with a coupon
// leave it off the lines (discounts_amount 0, full_total_price =
// total_price) and take it off items_price only (lines 1200, 20% off,
// items_price 960: the fake's items_price and total_price match, its lines
// carry the coupon), and the orders.update example that switches to the
// payment gateway with margin 20 shows items_price 1800 (1500 × 1.2,
// nothing off) while its lines' full_total_price add up to 1440. The
// preloaded examples are served as written; totals runs only when an
// order is created or changed.
func totals(o object) {
	m := new(big.Rat).Add(big.NewRat(1, 1), new(big.Rat).Quo(rat(o["margin"]), big.NewRat(100, 1)))
	lines := objects(o["order_lines"])
	price := make([]*big.Rat, len(lines)) // each line's total_price
	off := make([]*big.Rat, len(lines))   // each line's discounts_amount
	for i, l := range lines {
		price[i] = cents(new(big.Rat).Mul(rat(l["sale_price"]), rat(l["quantity"])))
		off[i] = new(big.Rat)
	}
	for _, d := range objects(o["discounts"]) {
		want, _ := d["discount_order_lines_ids"].([]any)
		var on []int // the lines it applies to, with a total_price
		base := new(big.Rat)
		for i, l := range lines {
			if price[i].Sign() <= 0 || !(len(want) == 0 || hasID(want, l["id"])) {
				continue
			}
			on = append(on, i)
			base.Add(base, price[i])
		}
		amount := rat(d["discount"])
		if fakeapi.Text(d["type_id"]) != "2" {
			d["percent"] = money(amount)
			amount = new(big.Rat).Mul(base, new(big.Rat).Quo(amount, big.NewRat(100, 1)))
		}
		amount = cents(amount)
		if amount.Cmp(base) > 0 {
			amount.Set(base)
		}
		if amount.Sign() < 0 {
			amount.SetInt64(0)
		}
		left := new(big.Rat).Set(amount)
		for k, i := range on {
			share := left
			if k < len(on)-1 {
				share = cents(new(big.Rat).Quo(new(big.Rat).Mul(amount, price[i]), base))
			}
			off[i].Add(off[i], share)
			left = new(big.Rat).Sub(left, share)
		}
		d["amount"], d["full_amount"] = money(amount), money(new(big.Rat).Mul(amount, m))
	}
	items := new(big.Rat)
	for i, l := range lines {
		if off[i].Cmp(price[i]) > 0 {
			off[i].Set(price[i])
		}
		full := cents(new(big.Rat).Mul(new(big.Rat).Sub(price[i], off[i]), m))
		unit := cents(new(big.Rat).Mul(rat(l["sale_price"]), m))
		if q := rat(l["quantity"]); q.Sign() != 0 {
			unit = new(big.Rat).Quo(full, q)
		}
		l["total_price"], l["discounts_amount"], l["full_total_price"], l["full_sale_price"] = money(price[i]), money(off[i]), money(full), money(unit)
		items.Add(items, full)
	}
	var delivery *big.Rat
	if o["delivery_price"] == nil && o["full_delivery_price"] != nil { // an order loaded without it
		delivery = new(big.Rat).Quo(rat(o["full_delivery_price"]), m)
	} else {
		delivery = rat(o["delivery_price"])
	}
	delivery = cents(delivery)
	fullDelivery := cents(new(big.Rat).Mul(delivery, m))
	o["items_price"], o["delivery_price"], o["full_delivery_price"] = money(items), money(delivery), money(fullDelivery)
	o["total_price"] = money(new(big.Rat).Add(items, fullDelivery))
	if ds := objects(o["discounts"]); len(ds) > 0 {
		o["discount"] = ds[0]
	} else {
		o["discount"] = nil
	}
}

// cents rounds r to two decimals, halves away from zero, as money writes it.
func cents(r *big.Rat) *big.Rat {
	c, _ := new(big.Rat).SetString(r.FloatString(2))
	return c
}

// hasID reports whether ids (a JSON list) holds id.
func hasID(ids []any, id any) bool {
	for _, x := range ids {
		if fakeapi.Text(x) == fakeapi.Text(id) {
			return true
		}
	}
	return false
}

func buildOrder(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	now := s.timestamp()
	o := object{}
	if old != nil {
		for k, v := range old {
			o[k] = v
		}
		o = fakeapi.Clone(o)
	}
	if old == nil {
		if len(objects(in["order_lines_attributes"])) == 0 {
			errs["order_lines"] = append(errs["order_lines"], "не может быть пустым")
		}
		c, _ := in["client"].(map[string]any)
		if c == nil || strings.TrimSpace(fakeapi.Text(c["name"])) == "" {
			errs["client"] = append(errs["client"], "не может быть пустым")
		}
		for _, k := range []string{"delivery_variant_id", "payment_gateway_id"} {
			if in[k] == nil {
				errs[k] = append(errs[k], "не может быть пустым")
			}
		}
		if len(errs) > 0 {
			return nil, errs
		}
		client, found := s.res["clients"].store.Find(func(x object) bool {
			return c["email"] != nil && fakeapi.Text(x["email"]) == fakeapi.Text(c["email"])
		})
		if !found {
			client = s.res["clients"].store.Insert(object{"name": c["name"], "email": c["email"], "phone": c["phone"], "type": "Client::Individual",
				"registered": false, "subscribe": true, "bonus_points": json.Number("0"), "fields_values": []any{}, "created_at": now, "updated_at": now})
		}
		status, _ := s.res["custom_statuses"].store.Find(func(x object) bool { return x["system_status"] == "new" && x["is_default"] == true })
		number := int64(1000)
		for _, x := range s.res["orders"].store.List(nil) {
			n, _ := strconv.ParseInt(fakeapi.Text(x["number"]), 10, 64)
			number = max(number, n)
		}
		o = object{"number": json.Number(strconv.FormatInt(number+1, 10)), "key": "k" + strconv.FormatInt(number+1, 36),
			"client": client, "fulfillment_status": "new", "financial_status": "pending",
			"custom_status": object{"permalink": fakeapi.Text(status["permalink"]), "title": fakeapi.Text(status["title"])},
			"order_lines":   []any{}, "discounts": []any{}, "order_changes": []any{}, "fields_values": []any{},
			"currency_code": "RUR", "margin": "0.0", "locale": "ru", "comment": in["comment"], "manager_comment": nil}
	}
	lines := objects(o["order_lines"])
	lineID := nextID(s.allLines("order_lines"))
	for _, l := range objects(in["order_lines_attributes"]) {
		switch {
		case l["_destroy"] == true || fakeapi.Text(l["_destroy"]) == "1":
			kept := lines[:0]
			for _, x := range lines {
				if fakeapi.Text(x["id"]) != fakeapi.Text(l["id"]) {
					kept = append(kept, x)
				}
			}
			lines = kept
		case l["id"] != nil:
			ok := false
			for _, x := range lines {
				if fakeapi.Text(x["id"]) == fakeapi.Text(l["id"]) {
					copyKeys(x, l, "quantity", "comment", "vat")
					if l["sale_price"] != nil {
						x["sale_price"] = money(rat(l["sale_price"]))
					}
					x["updated_at"] = now
					ok = true
				}
			}
			if !ok {
				errs["order_lines"] = append(errs["order_lines"], "не найдена")
			}
		default:
			line, ok := s.lineFor(l, lineID, now)
			if !ok {
				errs["order_lines.variant"] = append(errs["order_lines.variant"], "не найден")
				continue
			}
			lineID++
			line["order_id"] = o["id"]
			lines = append(lines, line)
		}
	}
	if old == nil && len(lines) == 0 && len(errs) == 0 {
		errs["order_lines"] = append(errs["order_lines"], "не может быть пустым")
	}
	o["order_lines"] = anyList(lines)

	discounts := objects(o["discounts"])
	discID := nextID(s.allLines("discounts"))
	for _, d := range objects(in["discounts_attributes"]) {
		switch {
		case d["_destroy"] == true:
			kept := discounts[:0]
			for _, x := range discounts {
				if fakeapi.Text(x["id"]) != fakeapi.Text(d["id"]) {
					kept = append(kept, x)
				}
			}
			discounts = kept
		case d["id"] != nil:
			for _, x := range discounts {
				if fakeapi.Text(x["id"]) == fakeapi.Text(d["id"]) {
					copyKeys(x, d, "discount_order_lines_ids", "description")
					x["updated_at"] = now
				}
			}
		default:
			t := d["type_id"]
			if t == nil {
				t = json.Number("1")
			}
			ids := d["discount_order_lines_ids"]
			if ids == nil {
				ids = []any{}
			}
			discounts = append([]object{{"id": json.Number(strconv.FormatInt(discID, 10)), "description": d["description"], "type_id": t,
				"discount": money(rat(d["discount"])), "percent": nil, "reference_id": nil, "reference_type": nil, "discount_products_ids": []any{},
				"discount_order_lines_ids": ids, "discount_code_id": nil, "created_at": now, "updated_at": now}}, discounts...)
			discID++
		}
	}
	if coupon := fakeapi.Text(in["coupon"]); coupon != "" {
		if dc, ok := s.res["discount_codes"].store.Find(func(x object) bool { return x["code"] == coupon }); ok {
			discounts = append(discounts, object{"id": json.Number(strconv.FormatInt(discID, 10)), "description": "Скидка по купону " + coupon,
				"type_id": dc["type_id"], "discount": dc["discount"], "reference_id": dc["id"], "reference_type": "DiscountCode",
				"discount_code_id": dc["id"], "discount_products_ids": []any{}, "discount_order_lines_ids": []any{}, "created_at": now, "updated_at": now})
		}
	}
	o["discounts"] = anyList(discounts)

	if p := fakeapi.Text(in["custom_status_permalink"]); p != "" {
		st, ok := s.res["custom_statuses"].store.Get(p)
		if !ok {
			errs["custom_status"] = append(errs["custom_status"], "не найден")
		} else {
			o["custom_status"] = object{"permalink": st["permalink"], "title": st["title"]}
			o["fulfillment_status"] = st["system_status"]
		}
	}
	if f, ok := in["financial_status"]; ok {
		if f != "pending" && f != "paid" {
			errs["financial_status"] = append(errs["financial_status"], "имеет непредусмотренное значение")
		}
		o["financial_status"] = f
	}
	copyKeys(o, in, "comment", "manager_comment")
	if a, ok := in["shipping_address_attributes"].(map[string]any); ok {
		addr, _ := o["shipping_address"].(map[string]any)
		if addr == nil {
			addr = object{"id": o["id"]}
		}
		copyKeys(addr, a, "address", "name", "phone", "city", "zip", "country")
		o["shipping_address"] = addr
	}
	if c, ok := in["client_attributes"].(map[string]any); ok {
		cl, _ := o["client"].(map[string]any)
		if cl != nil {
			copyKeys(cl, c, "name", "email", "phone")
		}
	}
	for _, k := range []string{"delivery_variant_id", "payment_gateway_id"} {
		if v, ok := in[k]; ok {
			res := strings.TrimSuffix(k, "_id") + "s"
			x, found := s.res[res].store.Get(fakeapi.Text(v))
			if !found {
				errs[k] = append(errs[k], "не найден")
				continue
			}
			o[k] = v
			if k == "delivery_variant_id" {
				o["delivery_title"], o["delivery_description"] = x["title"], x["description"]
				o["delivery_price"] = money(rat(x["price"])) // totals adds the margin for full_delivery_price
			} else {
				o["payment_title"], o["payment_description"] = x["title"], x["description"]
				o["margin"] = string(money(rat(x["margin"]))) // the gateway's percent, as orders.update's example shows
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	totals(o)
	delete(o, "id")
	return o, nil
}

// renderOrders fills what a create could not know before the order had an
// id: the lines' order_id and the address' id.
func renderOrders(_ *Server, objs []object) []object {
	for _, o := range objs {
		for _, l := range objects(o["order_lines"]) {
			l["order_id"] = o["id"]
		}
		if a, ok := o["shipping_address"].(map[string]any); ok && a["id"] == nil {
			a["id"] = o["id"]
		}
	}
	return objs
}

// renderMarketplaces fills the feed's URL, as the API answers it.
func renderMarketplaces(s *Server, objs []object) []object {
	for _, o := range objs {
		if o["url"] == nil {
			o["url"] = s.URL + "/marketplace/" + fakeapi.Text(o["id"]) + ".xml"
		}
	}
	return objs
}

func buildClient(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "name")
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "name", "surname", "middlename", "email", "phone", "registered", "subscribe", "client_group_id", "type",
		"juridical_address", "inn", "kpp", "bik", "ogrn", "okpo", "bank_name", "settlement_account", "correspondent_account")
	if old == nil {
		if out["type"] == nil {
			out["type"] = "Client::Individual"
		}
		out["bonus_points"] = json.Number("0")
		if out["subscribe"] == nil {
			out["subscribe"] = true
		}
	}
	if fv := objects(in["fields_values_attributes"]); len(fv) > 0 {
		vals := []any{}
		for i, f := range fv {
			vals = append(vals, object{"id": json.Number(strconv.Itoa(i + 1)), "field_id": f["field_id"], "value": f["value"], "handle": f["handle"]})
		}
		out["fields_values"] = vals
	}
	return out, nil
}

func buildCustomStatus(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "title")
	if old == nil {
		requiredKey(errs, in, old, "system_status")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "title")
	if old == nil {
		all := s.res["custom_statuses"].store.List(nil)
		slug := strings.Trim(strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			return '-'
		}, strings.ToLower(fakeapi.Text(in["title"]))), "-")
		for strings.Contains(slug, "--") {
			slug = strings.ReplaceAll(slug, "--", "-")
		}
		if slug == "" {
			slug = "status"
		}
		if _, taken := s.res["custom_statuses"].store.Get(slug); taken {
			slug += "-" + strconv.FormatInt(nextID(all), 10)
		}
		out["permalink"], out["id"] = slug, json.Number(strconv.FormatInt(nextID(all), 10))
		out["system_status"], out["color"], out["is_default"] = in["system_status"], "#DC5F59", false
		out["position"] = json.Number(strconv.Itoa(len(all) + 1))
	}
	return out, nil
}

func buildDelivery(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "title")
	if old == nil {
		requiredKey(errs, in, old, "type")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "title", "type", "description", "position", "inverted", "charge_up_to", "price", "min_price", "url", "javascript", "customer_pickup")
	for k, v := range map[string]string{"delivery_locations_attributes": "delivery_locations", "rules_attributes": "rules", "delivery_zones_attributes": "delivery_zones"} {
		if list := objects(in[k]); len(list) > 0 {
			for i, x := range list {
				x["id"] = json.Number(strconv.Itoa(i + 1))
			}
			out[v] = anyList(list)
		}
	}
	if old == nil {
		links := []any{}
		if in["add_payment_gateways"] == true {
			for _, p := range s.res["payment_gateways"].store.List(nil) {
				links = append(links, object{"id": p["id"], "payment_gateway_id": p["id"], "created_at": s.timestamp()})
			}
		}
		out["payment_delivery_variants"] = links
	}
	return out, nil
}

func buildPayment(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "title")
	if old == nil {
		requiredKey(errs, in, old, "type")
		if in["type"] == "PaymentGateway::External" {
			requiredKey(errs, in, old, "url")
			requiredKey(errs, in, old, "shop_id")
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "title", "type", "description", "position", "url", "shop_id", "send_order")
	if m, ok := in["margin"]; ok {
		out["margin"] = string(money(rat(m)))
	}
	if list := objects(in["payment_delivery_variants_attributes"]); len(list) > 0 || old == nil {
		links := objects(nil)
		if old != nil {
			links = objects(old["payment_delivery_variants"])
		}
		for _, l := range list {
			if l["_destroy"] != nil {
				kept := links[:0]
				for _, x := range links {
					if fakeapi.Text(x["id"]) != fakeapi.Text(l["id"]) {
						kept = append(kept, x)
					}
				}
				links = kept
				continue
			}
			links = append(links, object{"id": json.Number(strconv.FormatInt(nextID(links)+100, 10)), "delivery_variant_id": l["delivery_variant_id"], "created_at": s.timestamp()})
		}
		out["payment_delivery_variants"] = anyList(links)
	}
	return out, nil
}

func buildDiscountCode(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "code")
	if old == nil {
		requiredKey(errs, in, old, "type_id")
		requiredKey(errs, in, old, "discount")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "code", "type_id", "description", "disabled", "act_once", "act_once_for_client", "expired_at")
	for _, k := range []string{"discount", "min_price"} {
		if v, ok := in[k]; ok && v != nil {
			out[k] = string(money(rat(v)))
		}
	}
	if old == nil {
		out["worked"], out["discount_collections"] = false, []any{}
	}
	return out, nil
}

func buildBonus(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "bonus_points")
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "bonus_points", "description", "client_id")
	out["bonus_system_id"], out["initiator_type"], out["initiator_id"], out["status"] = json.Number("1"), "ApplicationPassword", json.Number("1"), "charged"
	if c, ok := s.res["clients"].store.Get(fakeapi.Text(in["client_id"])); ok {
		pts := new(big.Rat).Add(rat(c["bonus_points"]), rat(in["bonus_points"]))
		s.res["clients"].store.Update(fakeapi.Text(c["id"]), object{"bonus_points": json.Number(pts.FloatString(0)), "updated_at": s.timestamp()})
	}
	return out, nil
}

func buildOrderField(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "office_title")
	if old == nil {
		requiredKey(errs, in, old, "type")
		requiredKey(errs, in, old, "destiny")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "type", "destiny", "office_title", "title", "handle", "active", "for_buyer", "obligatory", "system_name",
		"show_in_result", "show_in_checkout", "position")
	return out, nil
}

func buildMarketplace(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	requiredKey(errs, in, old, "name")
	if old == nil {
		requiredKey(errs, in, old, "type")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := object{}
	copyKeys(out, in, "name", "type", "description_type", "local_delivery_cost", "utm_label", "vendor_id", "page_encoding", "shop_company",
		"shop_name", "offer_liquid", "pickup", "store", "use_sku_as_vendor_code")
	for _, k := range []string{"adult", "use_variants"} {
		if v, ok := in[k]; ok {
			out[k] = fakeapi.Text(v) == "1" || v == true
		}
	}
	return out, nil
}
