package shopkittest

import (
	"encoding/json"
	"fmt"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"math/big"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

const storeURL = "https://parallax.shopk.it"

// orderAliases maps the order status integers to aliases in the API documentation's
// order (only 3 = sent is confirmed by its examples).
var orderAliases = []string{"", "pending", "processing", "sent", "canceled", "waiting_confirmation",
	"waiting_payment", "waiting_stock", "delivered", "returned", "pickup_available", "waiting_shipment"}

var productAliases = []string{"", "active", "hidden", "out_of_stock", "soon"}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// money formats a number as the API's localized price string ("40,73 €").
func money(v any) string {
	r, ok := new(big.Rat).SetString(fakeapi.Text(v))
	if !ok {
		return ""
	}
	return strings.Replace(r.FloatString(2), ".", ",", 1) + " €"
}

// number reads a JSON number or numeric string (the API documentation's curl examples
// send "5" and "10") as a json.Number; ok is false for anything else.
func number(v any) (json.Number, bool) {
	t := strings.TrimSpace(fakeapi.Text(v))
	if _, ok := new(big.Rat).SetString(t); !ok || t == "" {
		return "", false
	}
	return json.Number(t), true
}

func intIn(v any, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(fakeapi.Text(v))
	return n, err == nil && n >= lo && n <= hi
}

func image(u string) object {
	if u == "" {
		return object{}
	}
	dir, file := path.Split(u)
	return object{"thumb": dir + "thumb/" + file, "square": dir + "square/" + file, "full": u}
}

// copyFields copies the keys present in body.
func copyFields(dst, body object, keys ...string) {
	for _, k := range keys {
		if v, ok := body[k]; ok {
			dst[k] = v
		}
	}
}

var productScalars = []string{"title", "brand", "reference", "barcode", "promo_show_percentage", "price_on_request",
	"wholesale", "wholesale_exclusive", "shipping_alone", "featured", "new", "is_promotion", "description", "excerpt",
	"video_url", "file", "taxable", "reduced_rate", "meta_description", "meta_tags", "page_title", "weight"}

var productNumbers = []string{"price", "price_promo", "price_wholesale", "shipping", "tax"}

func (s *Server) buildProduct(old, body object) (object, int, string) {
	o := old
	if o == nil {
		if fakeapi.Text(body["title"]) == "" || len(asList(body["categories"])) == 0 {
			return nil, http.StatusBadRequest, "Bad request."
		}
		if _, ok := body["price"]; !ok && fakeapi.Text(body["price_on_request"]) != "true" {
			return nil, http.StatusBadRequest, "Bad request."
		}
		now := s.timestamp()
		o = object{
			"reference": nil, "barcode": nil, "price": json.Number("0"), "price_promo": nil, "price_wholesale": nil,
			"promo_show_percentage": false, "price_promo_percentage": nil, "price_on_request": false,
			"created_at": now, "status": json.Number("1"), "status_alias": "active", "position": json.Number("0"),
			"shipping": json.Number("0"), "shipping_alone": false, "featured": false, "new": false, "is_promotion": false,
			"description": nil, "excerpt": "", "video_url": nil, "file": nil, "tax": json.Number("0"), "taxable": false,
			"reduced_rate": nil, "meta_description": nil, "meta_tags": nil, "weight": json.Number("0"),
			"sales": json.Number("0"), "variants_same_values": false, "wholesale": false, "wholesale_exclusive": false,
			"promo": false, "video_embed_url": false, "image": object{}, "images": []any{}, "categories": []any{},
			"brand": nil, "tags": []any{}, "options": []any{}, "option_groups": []any{},
			"stock": object{"stock_enabled": false}, "custom_fields": nil, "tabs": nil,
			"rating": object{"total_reviews": json.Number("0"), "average_rating": json.Number("0"), "max_rating": json.Number("0"), "min_rating": json.Number("0")},
		}
	}
	copyFields(o, body, productScalars...)
	for _, k := range productNumbers {
		if v, ok := body[k]; ok && v != nil {
			n, ok := number(v)
			if !ok {
				return nil, http.StatusBadRequest, "Bad request."
			}
			o[k] = n
		}
	}
	if v, ok := body["status"]; ok {
		n, ok := intIn(v, 1, 4)
		if !ok {
			return nil, http.StatusBadRequest, "Bad request."
		}
		o["status"], o["status_alias"] = json.Number(strconv.Itoa(n)), productAliases[n]
	}
	if cats, ok := body["categories"]; ok {
		var embedded []any
		for _, id := range asList(cats) {
			c, found := s.categories.Get(fakeapi.Text(id))
			if !found {
				c = object{"id": id, "parent": json.Number("0"), "active": true, "title": "", "description": "", "handle": "", "url": "", "image": []any{}}
			}
			embedded = append(embedded, object{"id": c["id"], "parent": c["parent"], "active": c["active"], "title": c["title"],
				"description": c["description"], "handle": c["handle"], "url": c["url"], "image": c["image"]})
		}
		o["categories"] = embedded
	}
	if imgs, ok := body["images"]; ok {
		var list []any
		for _, u := range asList(imgs) {
			list = append(list, image(fakeapi.Text(u)))
		}
		o["images"] = list
		if len(list) > 0 {
			o["image"] = list[0]
		}
	}
	copyFields(o, body, "tags")
	stock, _ := o["stock"].(map[string]any)
	if stock == nil {
		stock = object{}
	}
	copyFields(stock, body, "stock_enabled", "stock_qty", "stock_backorder", "stock_show", "stock_sold_single", "stock_notify")
	o["stock"] = stock
	if fakeapi.Text(o["handle"]) == "" || body["handle"] != nil {
		h := fakeapi.Text(body["handle"])
		if h == "" {
			h = slug(fakeapi.Text(o["title"]))
		}
		o["handle"] = h
	}
	h := fakeapi.Text(o["handle"])
	if fakeapi.Text(o["page_title"]) == "" {
		o["page_title"] = o["title"]
	}
	o["price_formatted"] = money(o["price"])
	o["price_without_tax"] = o["price"]
	o["url"], o["permalink"] = storeURL+"/product/"+h, storeURL+"/product/"+h
	o["add_cart_url"] = storeURL + "/cart/add/" + h
	o["wishlist"] = object{"add_url": storeURL + "/wishlist/add/" + h, "remove_url": storeURL + "/wishlist/remove/" + h}
	o["updated_at"] = s.timestamp()
	return o, 0, ""
}

var taxonomyScalars = []string{"title", "active", "description", "position", "meta_description", "meta_tags", "page_title"}

// buildTaxonomy builds categories and brands (kind "category" or "brand").
func (s *Server) buildTaxonomy(kind string) func(old, body object) (object, int, string) {
	return func(old, body object) (object, int, string) {
		o := old
		if o == nil {
			if fakeapi.Text(body["title"]) == "" {
				return nil, http.StatusBadRequest, "Bad request."
			}
			now := s.timestamp()
			o = object{"description": "", "position": json.Number("0"), "active": true, "meta_description": "",
				"meta_tags": nil, "num_products": json.Number("0"), "image": object{}, "created_at": now}
			if kind == "category" {
				o["parent"], o["parent_title"], o["parents"], o["children"] = json.Number("0"), nil, nil, nil
			}
		}
		if t, ok := body["title"]; ok && fakeapi.Text(t) == "" {
			return nil, http.StatusBadRequest, "Bad request."
		}
		copyFields(o, body, taxonomyScalars...)
		if v, ok := body["active"]; ok {
			o["active"] = fakeapi.Text(v) == "true" // the API documentation's curl sends "true"
		}
		if kind == "category" {
			if p, ok := body["parent_id"]; ok {
				o["parent"] = p
				if parent, found := s.categories.Get(fakeapi.Text(p)); found {
					o["parent_title"] = parent["title"]
				}
			}
			o["is_child"] = fakeapi.Text(o["parent"]) != "0" && fakeapi.Text(o["parent"]) != ""
			o["is_parent"] = len(asList(o["children"])) > 0
		}
		if u, ok := body["image"]; ok {
			o["image"] = image(fakeapi.Text(u))
		}
		h := fakeapi.Text(body["handle"])
		if h == "" {
			h = fakeapi.Text(o["handle"])
		}
		if h == "" {
			h = slug(fakeapi.Text(o["title"]))
		}
		o["handle"] = h
		if fakeapi.Text(o["page_title"]) == "" {
			o["page_title"] = o["title"]
		}
		o["url"], o["permalink"] = storeURL+"/"+kind+"/"+h, storeURL+"/"+kind+"/"+h
		o["updated_at"] = s.timestamp()
		return o, 0, ""
	}
}

var orderScalars = []string{"invoice_url", "tracking_url", "tracking_code", "tracking_carrier", "shipping_url",
	"at_code", "pickup_code", "note", "client_note"}

// patchOrder applies an order update (orders are never created).
func (s *Server) patchOrder(old, body object) (object, int, string) {
	if old == nil {
		return nil, http.StatusBadRequest, "Bad request."
	}
	o := old
	copyFields(o, body, orderScalars...)
	if v, ok := body["status"]; ok {
		n, ok := intIn(v, 1, 11)
		if !ok {
			return nil, http.StatusBadRequest, "Bad request."
		}
		o["status"], o["status_alias"] = json.Number(strconv.Itoa(n)), orderAliases[n]
	}
	if v, ok := body["status_alias"]; ok {
		n := indexOf(orderAliases, fakeapi.Text(v))
		if n < 1 {
			return nil, http.StatusBadRequest, "Bad request."
		}
		o["status"], o["status_alias"] = json.Number(strconv.Itoa(n)), orderAliases[n]
		if orderAliases[n] == "sent" && o["sent_at"] == nil {
			o["sent_at"] = s.timestamp()
		}
	}
	if alias := fakeapi.Text(o["status_alias"]); alias != "" {
		o["status_description"] = strings.ToUpper(alias[:1]) + strings.ReplaceAll(alias[1:], "_", " ")
	}
	if v, ok := body["paid"]; ok {
		paid := fakeapi.Text(v) == "true"
		o["paid"] = paid
		if paid && o["paid_at"] == nil {
			o["paid_at"] = s.timestamp()
		}
	}
	if t, ok := body["tracking_code"]; ok && fakeapi.Text(t) != "" {
		o["tracking_created_at"] = s.timestamp()
	}
	o["update_at"] = s.timestamp()
	return o, 0, ""
}

func indexOf(list []string, v string) int {
	for i, x := range list {
		if x == v && v != "" {
			return i
		}
	}
	return -1
}

func (s *Server) bulkOrders(w http.ResponseWriter, r *http.Request) {
	items, err := fakeapi.ReadArray(r)
	if err != nil || len(items) == 0 {
		badRequest(w)
		return
	}
	if len(items) > 50 {
		message(w, http.StatusRequestEntityTooLarge, "Content Too Large")
		return
	}
	results := make([]object, 0, len(items))
	for _, it := range items {
		id := fakeapi.Text(it["id"])
		res := object{"code": 200, "message": "OK", "id": it["id"]}
		old, ok := s.orders.Get(id)
		if !ok {
			res["code"], res["message"] = 404, "Not found"
			results = append(results, res)
			continue
		}
		before := fakeapi.Clone(old) // patchOrder changes old in place
		if o, _, msg := s.patchOrder(old, it); msg != "" {
			res["code"], res["message"] = 400, "Bad request"
		} else if updated, ok := s.orders.Update(id, o); ok {
			s.changed(r.Context(), "order", before, fakeapi.Clone(updated))
		}
		results = append(results, res)
	}
	fakeapi.WriteJSON(w, http.StatusOK, results)
}

func (s *Server) listShipping(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	cc := q.Get("country_code")
	_, weightOK := intIn(q.Get("weight"), 0, 1<<31)
	_, valueOK := number(q.Get("value"))
	switch {
	case len(cc) != 3, q.Has("weight") && !weightOK, q.Has("value") && !valueOK:
		badRequest(w)
	case !strings.EqualFold(cc, "prt"):
		notFound(w) // the API documentation's methods ship to Portugal only
	default:
		s.mu.Lock()
		out := make([]object, len(s.shipping))
		for i, m := range s.shipping {
			out[i] = fakeapi.Clone(m)
		}
		s.mu.Unlock()
		fakeapi.WriteJSON(w, http.StatusOK, out)
	}
}

func (s *Server) getCoupon(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, code := q.Get("id"), q.Get("code")
	if p := r.PathValue("code"); p != "" {
		if _, err := strconv.Atoi(p); err == nil {
			id = p
		} else {
			code = p
		}
	}
	var o object
	var ok bool
	switch {
	case id != "":
		o, ok = s.coupons.Get(id)
	case code != "":
		o, ok = s.coupons.Find(func(o object) bool { return fakeapi.Text(o["code"]) == code })
	default:
		badRequest(w) // "Only one parameter is required": one is
		return
	}
	if !ok {
		notFound(w)
		return
	}
	fakeapi.WriteJSON(w, http.StatusOK, []object{o})
}

func (s *Server) createCoupon(w http.ResponseWriter, r *http.Request) {
	b, err := fakeapi.ReadObject(r)
	if err != nil {
		badRequest(w)
		return
	}
	code := fakeapi.Text(b["code"])
	limit, okLimit := intIn(b["limit"], 0, 1<<31)
	value, okValue := number(b["value"])
	typ, applies := fakeapi.Text(b["type"]), fakeapi.Text(b["applies_to"])
	valid := code != "" && okLimit && okValue &&
		(typ == "money" || typ == "percent" || typ == "shipping") &&
		(applies == "all_orders" || applies == "orders_over" && b["orders_over"] != nil ||
			applies == "category" && b["category"] != nil || applies == "product" && b["product"] != nil ||
			applies == "brand" && b["brand"] != nil || applies == "tag" && b["tag"] != nil)
	if !valid {
		badRequest(w)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.coupons.Find(func(o object) bool { return strings.EqualFold(fakeapi.Text(o["code"]), code) }); dup {
		message(w, http.StatusConflict, "Already exists.")
		return
	}
	o := object{"code": code, "limit": json.Number(strconv.Itoa(limit)), "used": json.Number("0"), "value": value,
		"type": typ, "applies_to": applies, "orders_over": b["orders_over"], "category": b["category"], "product": b["product"],
		"brand": b["brand"], "tag": b["tag"], "date_from": b["date_from"], "date_to": b["date_to"], "created_at": s.timestamp(),
		"orders_total": json.Number("0"), "orders_discount": json.Number("0")}
	fakeapi.WriteJSON(w, http.StatusCreated, []object{s.coupons.Insert(o)})
}

func (s *Server) createWebhook(w http.ResponseWriter, r *http.Request) {
	b, err := fakeapi.ReadObject(r)
	u, ev := fakeapi.Text(b["url"]), fakeapi.Text(b["event"])
	if err != nil || u == "" || !shopkit.EventType(ev).Valid() {
		badRequest(w)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.webhooks.Find(func(o object) bool { return o["url"] == u && o["event"] == ev }); dup {
		message(w, http.StatusConflict, "Already exists.")
		return
	}
	fakeapi.WriteJSON(w, http.StatusCreated, s.webhooks.Insert(object{"event": ev, "url": u, "active": true}))
}

func (s *Server) createMedia(w http.ResponseWriter, r *http.Request) {
	b, err := fakeapi.ReadObject(r)
	if err != nil {
		badRequest(w)
		return
	}
	u, file := fakeapi.Text(b["url"]), fakeapi.Text(b["file"])
	var content []byte
	name := ""
	switch {
	case u != "" && file == "":
		content, name = []byte(u), path.Base(u) // the fake does not fetch the URL
	case file != "" && u == "":
		var ok bool
		if content, ok = decodeBase64(file); !ok || len(content) == 0 {
			badRequest(w)
			return
		}
	default:
		badRequest(w)
		return
	}
	sum := md5Hex(content)
	ftype := http.DetectContentType(content)
	if u != "" {
		ftype = "image/" + strings.TrimPrefix(strings.ToLower(path.Ext(name)), ".")
	}
	ext := path.Ext(name)
	if name == "" {
		ext = extFor(ftype)
		name = sum[:7] + ext
	}
	full := "https://cdn.shopk.it/usercontent/parallax/media/images/" + name
	s.media.Insert(object{"checksum": sum, "file_name": name, "file_type": strings.SplitN(ftype, ";", 2)[0], "file_ext": ext,
		"file_size": json.Number(fmt.Sprintf("%.2f", float64(len(content))/1024)), "image_width": json.Number("0"),
		"image_height": json.Number("0"), "created_at": s.now().UTC().Format("2006-01-02 15:04:05"), "url": image(full)})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
}

func extFor(ctype string) string {
	switch {
	case strings.HasPrefix(ctype, "image/png"):
		return ".png"
	case strings.HasPrefix(ctype, "image/jpeg"):
		return ".jpg"
	case strings.HasPrefix(ctype, "image/gif"):
		return ".gif"
	case strings.HasPrefix(ctype, "application/pdf"):
		return ".pdf"
	}
	return ".bin"
}

func (s *Server) deleteMedia(w http.ResponseWriter, r *http.Request) {
	v := r.PathValue("id")
	id := v
	if len(v) == 32 {
		if o, ok := s.media.Find(func(o object) bool { return strings.EqualFold(fakeapi.Text(o["checksum"]), v) }); ok {
			id = fakeapi.Text(o["id"])
		}
	}
	if !s.media.Delete(id) {
		notFound(w)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
