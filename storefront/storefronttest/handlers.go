package storefronttest

import (
	"net/http"
	"net/mail"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// handlers returns the endpoints the fake runs for real, by route name.
func (s *Server) handlers() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"customers.sign_up":              s.signUp,
		"customers.login":                s.login,
		"customers.logout":               s.logout,
		"customers.get_profile":          s.profile,
		"customers.forgot_password":      s.forgotPassword,
		"customers.check_reset_token":    s.checkResetToken,
		"customers.reset_password":       s.resetPassword,
		"customers.login_by_reset_token": s.loginByResetToken,
		"settings.customer_password": func(w http.ResponseWriter, r *http.Request) {
			fakeapi.WriteJSON(w, 200, map[string]bool{"generate_password_for_user_automatically": false})
		},
		"cart.add_item":                 s.cartAdd,
		"cart.change_item":              s.cartChange,
		"cart.remove_item":              s.cartRemove,
		"cart.get":                      s.cartGet,
		"cart.merge":                    s.cartMerge,
		"checkouts.create":              s.checkoutCreate,
		"checkouts.get":                 s.checkoutGet,
		"checkouts.set_customer_info":   s.checkoutCustomerInfo,
		"checkouts.set_shipping_option": s.checkoutShipping,
		"checkouts.pay":                 s.checkoutPay,
		"orders.list":                   s.ordersList,
		"orders.get":                    s.orderGet,
		"products.get":                  s.productGet,
		"products.filter":               s.productsFilter,
	}
}

func (s *Server) signUp(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	if _, err := mail.ParseAddress(email); err != nil {
		invalid(w, "email", "Email is not a valid email address.")
		return
	}
	if r.FormValue("password") == "" {
		invalid(w, "password", "Password cannot be blank.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.customers {
		if strings.EqualFold(c.Email, email) {
			invalid(w, "email", "This email address has already been taken.")
			return
		}
	}
	s.seq++
	c := &Customer{ID: s.seq, Email: email, Username: r.FormValue("username"), Password: r.FormValue("password"), Subscribe: formBool(r, "subscribe")}
	c.AuthKey = s.nextToken("auth")
	c.UUID = s.nextToken("uuid")
	s.customers = append(s.customers, c)
	s.bindCheckout(r, c)
	fakeapi.WriteJSON(w, 200, customerJSON(c, true))
}

// bindCheckout attaches the customer to the checkout_token's checkout and,
// unless skip_cart_merge, takes its cart into the customer's. s.mu held.
func (s *Server) bindCheckout(r *http.Request, c *Customer) {
	co := s.checkouts[r.FormValue("checkout_token")]
	if co == nil {
		return
	}
	co.customerID = c.ID
	if !formBool(r, "skip_cart_merge") {
		if ct := s.carts[co.cartUUID]; ct != nil {
			s.mergeInto(c, ct)
		}
	}
}

// mergeInto makes guest the customer's cart, adding the lines of any
// cart the customer already had. s.mu held.
func (s *Server) mergeInto(c *Customer, guest *cart) {
	for _, other := range s.carts {
		if other != guest && other.customerID == c.ID {
			for _, l := range other.lines {
				addLine(guest, l)
			}
			other.lines = nil
			other.customerID = 0
		}
	}
	guest.customerID = c.ID
}

func addLine(c *cart, l cartLine) {
	for i := range c.lines {
		if c.lines[i].ProductID == l.ProductID {
			c.lines[i].Quantity += l.Quantity
			return
		}
	}
	c.lines = append(c.lines, l)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.customers {
		if strings.EqualFold(c.Email, r.FormValue("email")) && c.Password == r.FormValue("password") && c.Password != "" {
			c.AuthKey = s.nextToken("auth")
			s.bindCheckout(r, c)
			fakeapi.WriteJSON(w, 200, customerJSON(c, true))
			return
		}
	}
	invalid(w, "password", "Incorrect email or password.")
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.customer(r)
	if c == nil {
		unauthorized(w)
		return
	}
	c.AuthKey = ""
	need := false
	for _, co := range s.checkouts {
		if co.customerID == c.ID && !co.paid {
			need = true
		}
	}
	fakeapi.WriteJSON(w, 200, map[string]bool{"need_create_checkout": need})
}

func (s *Server) profile(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.customer(r)
	if c == nil {
		unauthorized(w)
		return
	}
	fakeapi.WriteJSON(w, 200, customerJSON(c, false))
}

func (s *Server) forgotPassword(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	if _, err := mail.ParseAddress(email); err != nil {
		invalid(w, "email", "Email is not a valid email address.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.customers {
		if strings.EqualFold(c.Email, email) {
			for tok, e := range s.resets {
				if e == c.Email {
					delete(s.resets, tok)
				}
			}
			s.resets[s.nextToken("reset")] = c.Email
		}
	}
	// Unknown addresses get the same answer: no account enumeration.
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) checkResetToken(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.resets[r.URL.Query().Get("token")]; !ok {
		fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(404, "Not Found", "Wrong password reset token."))
		return
	}
	fakeapi.WriteJSON(w, 200, map[string]any{"valid": true})
}

// byResetToken consumes token and returns its customer. s.mu held.
func (s *Server) byResetToken(token string) *Customer {
	email, ok := s.resets[token]
	if !ok || token == "" {
		return nil
	}
	delete(s.resets, token)
	for _, c := range s.customers {
		if c.Email == email {
			return c
		}
	}
	return nil
}

func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") == "" || r.FormValue("password") != r.FormValue("confirm_password") {
		invalid(w, "confirm_password", "Passwords do not match.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var c *Customer
	if tok := r.FormValue("password_reset_token"); tok != "" {
		c = s.byResetToken(tok)
		if c == nil {
			invalid(w, "password_reset_token", "Wrong password reset token.")
			return
		}
	} else {
		c = s.customer(r)
		if c == nil {
			unauthorized(w)
			return
		}
		if c.Password != r.FormValue("current_password") {
			invalid(w, "current_password", "Incorrect password.")
			return
		}
	}
	c.Password = r.FormValue("password")
	c.AuthKey = s.nextToken("auth")
	fakeapi.WriteJSON(w, 200, customerJSON(c, true))
}

func (s *Server) loginByResetToken(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.byResetToken(r.FormValue("password_reset_token"))
	if c == nil {
		invalid(w, "password_reset_token", "Wrong password reset token.")
		return
	}
	c.AuthKey = s.nextToken("auth")
	fakeapi.WriteJSON(w, 200, customerJSON(c, true))
}

// findProduct returns the variant with id. s.mu held.
func (s *Server) findProduct(id int64) map[string]any {
	for _, p := range s.products {
		if p["id"] == id {
			return p
		}
	}
	return nil
}

func lineJSON(l cartLine) map[string]any {
	return map[string]any{"id": l.VariantID, "product_id": l.ProductID, "variant_id": l.VariantID, "title": l.Title, "quantity": l.Quantity,
		"price": l.Price, "original_price": l.Price, "line_price": l.Price * l.Quantity, "original_line_price": l.Price * l.Quantity, "total_discount": 0}
}

// cartFor finds the request's cart: by cart_uuid, else the customer's.
// create makes a missing cart_uuid's cart. s.mu held.
func (s *Server) cartFor(r *http.Request, uuid string, create bool) *cart {
	if uuid != "" {
		c := s.carts[uuid]
		if c == nil && create {
			c = &cart{uuid: uuid}
			s.carts[uuid] = c
		}
		return c
	}
	if cu := s.customer(r); cu != nil {
		for _, c := range s.carts {
			if c.customerID == cu.ID {
				return c
			}
		}
	}
	return nil
}

func (s *Server) cartAdd(w http.ResponseWriter, r *http.Request) { s.cartSet(w, r, true) }

func (s *Server) cartChange(w http.ResponseWriter, r *http.Request) { s.cartSet(w, r, false) }

func (s *Server) cartSet(w http.ResponseWriter, r *http.Request, add bool) {
	pid, ok := formInt(r, "product_id")
	q, okq := formInt(r, "quantity")
	switch {
	case r.FormValue("cart_uuid") == "":
		invalid(w, "cart_uuid", "Cart Uuid cannot be blank.")
		return
	case !ok:
		invalid(w, "product_id", "Product Id must be an integer.")
		return
	case !okq || q < 1:
		invalid(w, "quantity", "Quantity must be no less than 1.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findProduct(pid)
	if p == nil {
		fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(404, "Not Found", "Product not found."))
		return
	}
	c := s.cartFor(r, r.FormValue("cart_uuid"), true)
	if cu := s.customer(r); cu != nil && c.customerID == 0 {
		c.customerID = cu.ID
	}
	l := cartLine{ProductID: pid, VariantID: pid, Title: p["title"].(string), Quantity: q, Price: p["price"].(int64)}
	if add {
		addLine(c, l)
	} else {
		found := false
		for i := range c.lines {
			if c.lines[i].ProductID == pid {
				c.lines[i].Quantity, found = q, true
			}
		}
		if !found {
			c.lines = append(c.lines, l)
		}
	}
	for _, x := range c.lines {
		if x.ProductID == pid {
			l = x
		}
	}
	fakeapi.WriteJSON(w, 200, lineJSON(l))
}

func (s *Server) cartRemove(w http.ResponseWriter, r *http.Request) {
	pid, _ := formInt(r, "product_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cartFor(r, r.FormValue("cart_uuid"), false)
	if c == nil {
		fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(404, "Not Found", "Cart not found."))
		return
	}
	kept := c.lines[:0]
	for _, l := range c.lines {
		if l.ProductID != pid {
			kept = append(kept, l)
		}
	}
	c.lines = kept
	w.WriteHeader(http.StatusNoContent)
}

func cartJSON(c *cart) map[string]any {
	items := []any{}
	var total, count int64
	for _, l := range c.lines {
		items = append(items, lineJSON(l))
		total += l.Price * l.Quantity
		count += l.Quantity
	}
	return map[string]any{"token": c.uuid, "note": nil, "attributes": []any{}, "original_total_price": total, "total_price": total, "total_discount": 0, "total_weight": 0, "item_count": count, "items": items}
}

func (s *Server) cartGet(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cartFor(r, r.URL.Query().Get("cart_uuid"), false)
	if c == nil {
		if r.URL.Query().Get("cart_uuid") == "" && s.customer(r) == nil {
			unauthorized(w)
			return
		}
		c = &cart{uuid: r.URL.Query().Get("cart_uuid")}
	}
	fakeapi.WriteJSON(w, 200, cartJSON(c))
}

func (s *Server) cartMerge(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cu := s.customer(r)
	if cu == nil {
		unauthorized(w)
		return
	}
	guest := s.carts[r.FormValue("cart_uuid")]
	if guest == nil {
		invalid(w, "cart_uuid", "Cart not found.")
		return
	}
	if r.FormValue("merge") == "0" || r.FormValue("merge") == "false" {
		for _, other := range s.carts {
			if other != guest && other.customerID == cu.ID {
				other.customerID = 0
			}
		}
		guest.customerID = cu.ID
	} else {
		s.mergeInto(cu, guest)
	}
	fakeapi.WriteJSON(w, 200, cartJSON(guest))
}

func (s *Server) checkoutCreate(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cartFor(r, r.FormValue("cart_uuid"), false)
	if c == nil || len(c.lines) == 0 {
		invalid(w, "cart_uuid", "The cart is empty.")
		return
	}
	co := &checkout{token: s.nextToken("chk"), cartUUID: c.uuid}
	if cu := s.customer(r); cu != nil {
		co.customerID, co.email = cu.ID, cu.Email
	}
	s.checkouts[co.token] = co
	fakeapi.WriteJSON(w, 200, s.checkoutJSON(co))
}

func (s *Server) checkoutJSON(co *checkout) map[string]any {
	var total int64
	if c := s.carts[co.cartUUID]; c != nil {
		total = cartJSON(c)["total_price"].(int64)
	}
	return map[string]any{"token": co.token, "cart_uuid": co.cartUUID, "email": co.email, "shipping_option_id": co.shipping, "total_price": total, "paid": co.paid}
}

// checkoutOf returns the path's checkout or answers 404. s.mu held.
func (s *Server) checkoutOf(w http.ResponseWriter, r *http.Request) *checkout {
	co := s.checkouts[r.PathValue("checkout_token")]
	if co == nil {
		fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(404, "Not Found", "Checkout not found."))
	}
	return co
}

func (s *Server) checkoutGet(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if co := s.checkoutOf(w, r); co != nil {
		fakeapi.WriteJSON(w, 200, s.checkoutJSON(co))
	}
}

func (s *Server) checkoutCustomerInfo(w http.ResponseWriter, r *http.Request) {
	if _, err := mail.ParseAddress(r.FormValue("email")); err != nil {
		invalid(w, "email", "Email is not a valid email address.")
		return
	}
	if r.FormValue("shipping_address[address_one]") == "" {
		invalid(w, "shipping_address[address_one]", "Address cannot be blank.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if co := s.checkoutOf(w, r); co != nil {
		co.email = r.FormValue("email")
		fakeapi.WriteJSON(w, 200, map[string]any{"email": co.email})
	}
}

func (s *Server) checkoutShipping(w http.ResponseWriter, r *http.Request) {
	id, ok := formInt(r, "shipping_option_id")
	if !ok || id < 1 {
		invalid(w, "shipping_option_id", "Shipping Option Id is invalid.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if co := s.checkoutOf(w, r); co != nil {
		co.shipping = id
		fakeapi.WriteJSON(w, 200, map[string]any{"shipping_option_id": id})
	}
}

func (s *Server) checkoutPay(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	co := s.checkoutOf(w, r)
	if co == nil {
		return
	}
	switch {
	case co.paid:
		invalid(w, "checkout_token", "The checkout is already paid.")
		return
	case co.email == "":
		invalid(w, "email", "Customer information is missing.")
		return
	case co.shipping == 0:
		invalid(w, "shipping_option_id", "Choose a shipping option.")
		return
	case r.FormValue("payment_token") == "":
		invalid(w, "payment_token", "Payment Token cannot be blank.")
		return
	}
	c := s.carts[co.cartUUID]
	total := cartJSON(c)["total_price"].(int64)
	if amt, _ := formInt(r, "amount"); amt != total {
		invalid(w, "amount", "Amount does not match the checkout total.")
		return
	}
	if cu := s.customer(r); cu != nil {
		co.customerID = cu.ID
	}
	co.paid = true
	s.seq++
	s.orders = append(s.orders, &Order{ID: s.seq, CustomerID: co.customerID, Email: co.email, Total: total, Items: append([]cartLine(nil), c.lines...),
		Fulfilment: map[string]any{"status": "unfulfilled"}, Shipping: co.shipping})
	c.lines = nil
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) ordersList(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cu := s.customer(r)
	if cu == nil {
		unauthorized(w)
		return
	}
	var mine []*Order
	for _, o := range sortedOrders(s.orders) {
		if o.CustomerID == cu.ID || (o.CustomerID == 0 && strings.EqualFold(o.Email, cu.Email)) {
			mine = append(mine, o)
		}
	}
	if mine == nil {
		mine = []*Order{}
	}
	page(w, r, mine, "offset", 16)
}

func (s *Server) orderGet(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cu := s.customer(r)
	if cu == nil {
		unauthorized(w)
		return
	}
	for _, o := range s.orders {
		if r.PathValue("id") == itoa(o.ID) && o.CustomerID == cu.ID {
			fakeapi.WriteJSON(w, 200, o)
			return
		}
	}
	fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(404, "Not Found", "Order not found."))
}

func (s *Server) productGet(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.products {
		if itoa(p["id"].(int64)) == r.PathValue("id") {
			fakeapi.WriteJSON(w, 200, p)
			return
		}
	}
	fakeapi.WriteJSON(w, http.StatusNotFound, yiiError(404, "Not Found", "Product not found."))
}

func (s *Server) productsFilter(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	items := append([]map[string]any(nil), s.products...)
	s.mu.Unlock()
	if q := strings.ToLower(r.URL.Query().Get("search")); q != "" {
		kept := items[:0]
		for _, p := range items {
			if strings.Contains(strings.ToLower(p["title"].(string)), q) {
				kept = append(kept, p)
			}
		}
		items = kept
	}
	if items == nil {
		items = []map[string]any{}
	}
	page(w, r, items, "offset", 16)
}
