// Code generated from the API catalogue by the storefront generator; edit with care.

package storefront

import (
	"context"
	"iter"
)

// SubmitContact submit the storefront contact form (returns the stored message): POST /contact
// (route "contact.submit", inferred; replace it with WithRoutes or LoadRoutes).
func (s *FormsService) SubmitContact(ctx context.Context, p *ContactForm) (*ContactMessage, error) {
	return callObject[ContactMessage]((*service)(s), ctx, endpoint{name: "contact.submit", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// Query full-text search across products, pages and blog posts; each type is paginated
// separately: GET /search (route "search.query", inferred; replace it with WithRoutes or
// LoadRoutes).
func (s *SearchService) Query(ctx context.Context, p *SearchOptions) (*SearchResult, error) {
	return callObject[SearchResult]((*service)(s), ctx, endpoint{name: "search.query", auth: authPublic, multipart: false, query: true}, nil, p, true)
}

// SubmitInfluencerStep submit one step of the multi-step influencer application form
// (multipart, with files): POST /influencers (route "influencers.submit_step", inferred;
// replace it with WithRoutes or LoadRoutes). The API answers 204 with no body. The form is
// sent as multipart/form-data; each File is read into memory once, when the request is built
// (so a retry resends it), and refused before sending above MaxUploadBytes.
func (s *FormsService) SubmitInfluencerStep(ctx context.Context, p *InfluencerForm) error {
	return callNone((*service)(s), ctx, endpoint{name: "influencers.submit_step", auth: authPublic, multipart: true, query: false}, nil, p, true)
}

// SubmitCareerStep submit one step of the multi-step careers/job application form (multipart
// with CV); the token links the steps together: POST /careers (route "careers.submit_step",
// inferred; replace it with WithRoutes or LoadRoutes). The API documentation shows 204 with an
// application body; an empty answer gives a zero CareerApplication. The form is sent as
// multipart/form-data; each File is read into memory once, when the request is built (so a
// retry resends it), and refused before sending above MaxUploadBytes.
func (s *FormsService) SubmitCareerStep(ctx context.Context, p *CareerForm) (*CareerApplication, error) {
	return callObjectOrEmpty[CareerApplication]((*service)(s), ctx, endpoint{name: "careers.submit_step", auth: authPublic, multipart: true, query: false}, nil, p, true)
}

// CreatePartnerApplication submit a business/partner form with name, email, phone, website and
// description (the response echoes it back): POST /partner-applications (route
// "partner_applications.create", inferred; replace it with WithRoutes or LoadRoutes).
func (s *FormsService) CreatePartnerApplication(ctx context.Context, p *PartnerApplicationForm) (*PartnerApplication, error) {
	return callObject[PartnerApplication]((*service)(s), ctx, endpoint{name: "partner_applications.create", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// ResolveRoute resolve a storefront URL, given as up to three path segments, to an entity:
// returns its type and the object: GET /routes/resolve (route "routes.resolve", inferred;
// replace it with WithRoutes or LoadRoutes).
func (s *SearchService) ResolveRoute(ctx context.Context, p *RouteSegments) (*ResolvedRoute, error) {
	return callObject[ResolvedRoute]((*service)(s), ctx, endpoint{name: "routes.resolve", auth: authPublic, multipart: false, query: true}, nil, p, true)
}

// Login log a customer in with email and password; returns the customer together with
// auth_key. Can bind to a checkout and merge carts: POST /customers/login (route
// "customers.login", inferred; replace it with WithRoutes or LoadRoutes). On success the
// client (or this customer view) keeps the returned auth_key as its session.
func (s *CustomersService) Login(ctx context.Context, p *LoginParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.login", auth: authPublic, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// Logout log the logged-in customer out; the response says whether the client must create a
// new checkout: POST /customers/logout (route "customers.logout", inferred; replace it with
// WithRoutes or LoadRoutes). It needs the customer session (log in first, or WithCustomerToken
// / AsCustomer); without one it is refused before sending. On success the session is cleared;
// NeedCreateCheckout says a new checkout must be created.
func (s *CustomersService) Logout(ctx context.Context) (*LogoutResult, error) {
	out, err := callObject[LogoutResult]((*service)(s), ctx, endpoint{name: "customers.logout", auth: authCustomer, multipart: false, query: false}, nil, nil, false)
	if err != nil {
		return nil, err
	}
	(*service)(s).session.clear()
	return out, nil
}

// SignUp register a new customer; returns the customer together with auth_key: POST
// /customers/sign-up (route "customers.sign_up", inferred; replace it with WithRoutes or
// LoadRoutes). On success the client (or this customer view) keeps the returned auth_key as
// its session.
func (s *CustomersService) SignUp(ctx context.Context, p *SignUpParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.sign_up", auth: authPublic, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// LoginByUUID autologin a customer by customer UUID (e.g. from e-mail/order links); returns
// the customer together with auth_key: POST /customers/login-by-uuid (route
// "customers.login_by_uuid", inferred; replace it with WithRoutes or LoadRoutes). On success
// the client (or this customer view) keeps the returned auth_key as its session.
func (s *CustomersService) LoginByUUID(ctx context.Context, p *LoginByUUIDParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.login_by_uuid", auth: authPublic, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// LoginByResetToken exchange a password_reset_token for a logged-in session; returns the
// customer together with auth_key: POST /customers/login-by-reset-token (route
// "customers.login_by_reset_token", inferred; replace it with WithRoutes or LoadRoutes). On
// success the client (or this customer view) keeps the returned auth_key as its session.
func (s *CustomersService) LoginByResetToken(ctx context.Context, p *LoginByResetTokenParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.login_by_reset_token", auth: authPublic, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// FacebookLogin log in or sign up with a Facebook access token (from FB.js); returns the
// customer together with auth_key: POST /customers/facebook-login (route
// "customers.facebook_login", inferred; replace it with WithRoutes or LoadRoutes). On success
// the client (or this customer view) keeps the returned auth_key as its session.
func (s *CustomersService) FacebookLogin(ctx context.Context, p *FacebookLoginParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.facebook_login", auth: authPublic, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// GoogleLogin log in or sign up with a Google token; returns the customer together with
// auth_key: POST /customers/google-login (route "customers.google_login", inferred; replace it
// with WithRoutes or LoadRoutes). On success the client (or this customer view) keeps the
// returned auth_key as its session.
func (s *CustomersService) GoogleLogin(ctx context.Context, p *GoogleLoginParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.google_login", auth: authPublic, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// Headers parameterless endpoint returning {headers: object}; it sits between the social
// logins and the profile: GET /customers/headers (route "customers.headers", inferred; replace
// it with WithRoutes or LoadRoutes). The API documentation does not say who may call it; the
// customer session is sent when there is one.
func (s *CustomersService) Headers(ctx context.Context) (*HeadersResult, error) {
	return callObject[HeadersResult]((*service)(s), ctx, endpoint{name: "customers.headers", auth: authOptional, multipart: false, query: false}, nil, nil, false)
}

// GetProfile get the profile of the logged-in customer (includes shipping_info; no auth_key):
// GET /customers/profile (route "customers.get_profile", inferred; replace it with WithRoutes
// or LoadRoutes). It needs the customer session (log in first, or WithCustomerToken /
// AsCustomer); without one it is refused before sending.
func (s *CustomersService) GetProfile(ctx context.Context) (*Customer, error) {
	return callObject[Customer]((*service)(s), ctx, endpoint{name: "customers.get_profile", auth: authCustomer, multipart: false, query: false}, nil, nil, false)
}

// UpdateProfile update the profile of the logged-in customer: PUT /customers/profile (route
// "customers.update_profile", inferred; replace it with WithRoutes or LoadRoutes). It needs
// the customer session (log in first, or WithCustomerToken / AsCustomer); without one it is
// refused before sending.
func (s *CustomersService) UpdateProfile(ctx context.Context, p *ProfileUpdate) (*Customer, error) {
	return callObject[Customer]((*service)(s), ctx, endpoint{name: "customers.update_profile", auth: authCustomer, multipart: false, query: false}, nil, p, false)
}

// Create add a shipping address to the logged-in customer's address book: POST
// /customers/shipping-addresses (route "customer_shipping_addresses.create", inferred; replace
// it with WithRoutes or LoadRoutes). It needs the customer session (log in first, or
// WithCustomerToken / AsCustomer); without one it is refused before sending.
func (s *ShippingAddressesService) Create(ctx context.Context, p *ShippingAddressCreate) (*ShippingAddress, error) {
	return callObject[ShippingAddress]((*service)(s), ctx, endpoint{name: "customer_shipping_addresses.create", auth: authCustomer, multipart: false, query: false}, nil, p, true)
}

// Update update one of the logged-in customer's shipping addresses: PUT
// /customers/shipping-addresses/{id} (route "customer_shipping_addresses.update", inferred;
// replace it with WithRoutes or LoadRoutes). It needs the customer session (log in first, or
// WithCustomerToken / AsCustomer); without one it is refused before sending.
func (s *ShippingAddressesService) Update(ctx context.Context, id int64, p *ShippingAddressUpdate) (*ShippingAddress, error) {
	return callObject[ShippingAddress]((*service)(s), ctx, endpoint{name: "customer_shipping_addresses.update", auth: authCustomer, multipart: false, query: false}, []pathArg{pathID(id, "id")}, p, true)
}

// ForgotPassword request a password-reset e-mail: POST /customers/forgot-password (route
// "customers.forgot_password", inferred; replace it with WithRoutes or LoadRoutes). The API
// answers 204 with no body.
func (s *CustomersService) ForgotPassword(ctx context.Context, p *ForgotPasswordParams) error {
	return callNone((*service)(s), ctx, endpoint{name: "customers.forgot_password", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// ResetPassword set a new password, using either password_reset_token (reset link) or
// current_password (logged-in change); returns the customer together with auth_key: POST
// /customers/reset-password (route "customers.reset_password", inferred; replace it with
// WithRoutes or LoadRoutes). It works for guests and sends the customer session when there is
// one. On success the client (or this customer view) keeps the returned auth_key as its
// session.
func (s *CustomersService) ResetPassword(ctx context.Context, p *ResetPasswordParams) (*AuthenticatedCustomer, error) {
	out, err := callObject[AuthenticatedCustomer]((*service)(s), ctx, endpoint{name: "customers.reset_password", auth: authOptional, multipart: false, query: false}, nil, p, true)
	if err != nil {
		return nil, err
	}
	if out.AuthKey != "" {
		(*service)(s).session.set(out.AuthKey)
	}
	return out, nil
}

// CheckResetToken validate a password-reset token (the hash from the reset link): GET
// /customers/check-reset-token (route "customers.check_reset_token", inferred; replace it with
// WithRoutes or LoadRoutes). The API documentation shows only an empty object as the answer,
// so it is returned as an Object of raw members.
func (s *CustomersService) CheckResetToken(ctx context.Context, p *CheckResetTokenParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "customers.check_reset_token", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// Get fetch a newsletter subscription by UUID: GET /subscriptions/{uuid} (route
// "subscriptions.get", inferred; replace it with WithRoutes or LoadRoutes). The API
// documentation shows only an empty object as the answer, so it is returned as an Object of
// raw members.
func (s *SubscriptionsService) Get(ctx context.Context, uuid SubscriptionUUID) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "subscriptions.get", auth: authPublic, multipart: false, query: false}, []pathArg{pathArg{v: string(uuid)}}, nil, false)
}

// Create subscribe an email to the newsletter, with optional UTM and behaviour context: POST
// /subscriptions (route "subscriptions.create", inferred; replace it with WithRoutes or
// LoadRoutes). The API documentation shows only an empty object as the answer, so it is
// returned as an Object of raw members.
func (s *SubscriptionsService) Create(ctx context.Context, p *SubscriptionCreate) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "subscriptions.create", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// Update complete or update a subscriber profile (name, birthday, gender) by subscription
// UUID: PUT /subscriptions/{uuid} (route "subscriptions.update", inferred; replace it with
// WithRoutes or LoadRoutes). The API documentation shows only an empty object as the answer,
// so it is returned as an Object of raw members.
func (s *SubscriptionsService) Update(ctx context.Context, uuid SubscriptionUUID, p *SubscriptionUpdate) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "subscriptions.update", auth: authPublic, multipart: false, query: false}, []pathArg{pathArg{v: string(uuid)}}, p, true)
}

// Unsubscribe unsubscribe by subscription UUID, with a required note: POST
// /subscriptions/{uuid}/unsubscribe (route "subscriptions.unsubscribe", inferred; replace it
// with WithRoutes or LoadRoutes). The API documentation shows only an empty object as the
// answer, so it is returned as an Object of raw members.
func (s *SubscriptionsService) Unsubscribe(ctx context.Context, uuid SubscriptionUUID, p *UnsubscribeParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "subscriptions.unsubscribe", auth: authPublic, multipart: false, query: false}, []pathArg{pathArg{v: string(uuid)}}, p, true)
}

// Create create a withdrawal request for the logged-in customer's affiliate earnings: POST
// /affiliates/withdraw-requests (route "affiliate_withdrawals.create", inferred; replace it
// with WithRoutes or LoadRoutes). It needs the customer session (log in first, or
// WithCustomerToken / AsCustomer); without one it is refused before sending. The API
// documentation shows only an empty object as the answer, so it is returned as an Object of
// raw members.
func (s *AffiliateWithdrawalsService) Create(ctx context.Context, p *AffiliateWithdrawalCreate) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "affiliate_withdrawals.create", auth: authCustomer, multipart: false, query: false}, nil, p, true)
}

// Create create a checkout from a cart (optionally with a coupon); this starts the
// checkout_token flow: POST /checkouts (route "checkouts.create", inferred; replace it with
// WithRoutes or LoadRoutes). It works for guests and sends the customer session when there is
// one.
func (s *CheckoutsService) Create(ctx context.Context, p *CheckoutCreate) (*Checkout, error) {
	return callObject[Checkout]((*service)(s), ctx, endpoint{name: "checkouts.create", auth: authOptional, multipart: false, query: false}, nil, p, false)
}

// Get get a checkout by token: GET /checkouts/{checkout_token} (route "checkouts.get",
// inferred; replace it with WithRoutes or LoadRoutes). It works for guests and sends the
// customer session when there is one.
func (s *CheckoutsService) Get(ctx context.Context, token CheckoutToken, p *CheckoutGetOptions) (*Checkout, error) {
	return callObject[Checkout]((*service)(s), ctx, endpoint{name: "checkouts.get", auth: authOptional, multipart: false, query: true}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// SetCustomerInfo checkout step 1: customer email (optionally creates an account) plus
// shipping and billing addresses: POST /checkouts/{checkout_token}/customer-info (route
// "checkouts.set_customer_info", inferred; replace it with WithRoutes or LoadRoutes). It works
// for guests and sends the customer session when there is one. The API documentation shows
// only an empty object as the answer, so it is returned as an Object of raw members.
func (s *CheckoutsService) SetCustomerInfo(ctx context.Context, token CheckoutToken, p *CheckoutCustomerInfo) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "checkouts.set_customer_info", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// SetShippingOption checkout step 2: choose a shipping option: POST
// /checkouts/{checkout_token}/shipping-option (route "checkouts.set_shipping_option",
// inferred; replace it with WithRoutes or LoadRoutes). It works for guests and sends the
// customer session when there is one. The API documentation shows only an empty object as the
// answer, so it is returned as an Object of raw members.
func (s *CheckoutsService) SetShippingOption(ctx context.Context, token CheckoutToken, p *ShippingOptionParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "checkouts.set_shipping_option", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// Pay checkout final step: submit payment (a payment token from the payment provider) and
// place the order: POST /checkouts/{checkout_token}/pay (route "checkouts.pay", inferred;
// replace it with WithRoutes or LoadRoutes). It works for guests and sends the customer
// session when there is one. The API answers 204 with no body.
func (s *CheckoutsService) Pay(ctx context.Context, token CheckoutToken, p *PayParams) error {
	return callNone((*service)(s), ctx, endpoint{name: "checkouts.pay", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// CreatePayment start or create a payment with an external payment service (e.g. PayPal) for
// the checkout: POST /checkouts/{checkout_token}/payments (route "checkouts.create_payment",
// inferred; replace it with WithRoutes or LoadRoutes). It works for guests and sends the
// customer session when there is one. The API documentation shows only an empty object as the
// answer, so it is returned as an Object of raw members.
func (s *CheckoutsService) CreatePayment(ctx context.Context, token CheckoutToken, p *PaymentParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "checkouts.create_payment", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// ConfirmPayment confirm/capture an external payment (e.g. PayPal) for the checkout: POST
// /checkouts/{checkout_token}/payments/confirm (route "checkouts.confirm_payment", inferred;
// replace it with WithRoutes or LoadRoutes). It works for guests and sends the customer
// session when there is one. The API documentation shows only an empty object as the answer,
// so it is returned as an Object of raw members.
func (s *CheckoutsService) ConfirmPayment(ctx context.Context, token CheckoutToken, p *PaymentParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "checkouts.confirm_payment", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// ApplyCoupon apply a coupon code to the checkout: POST /checkouts/{checkout_token}/coupon
// (route "checkouts.apply_coupon", inferred; replace it with WithRoutes or LoadRoutes). It
// works for guests and sends the customer session when there is one. The API documentation
// shows only an empty object as the answer, so it is returned as an Object of raw members.
func (s *CheckoutsService) ApplyCoupon(ctx context.Context, token CheckoutToken, p *CouponParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "checkouts.apply_coupon", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, p, true)
}

// RemoveCoupon remove the coupon from the checkout (guess): DELETE
// /checkouts/{checkout_token}/coupon (route "checkouts.remove_coupon", inferred; replace it
// with WithRoutes or LoadRoutes). It works for guests and sends the customer session when
// there is one. The API documentation shows only an empty object as the answer, so it is
// returned as an Object of raw members.
func (s *CheckoutsService) RemoveCoupon(ctx context.Context, token CheckoutToken) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "checkouts.remove_coupon", auth: authOptional, multipart: false, query: false}, []pathArg{pathArg{v: string(token), secret: true}}, nil, false)
}

// List list the logged-in customer's orders (paginated, sortable): GET /orders (route
// "orders.list", inferred; replace it with WithRoutes or LoadRoutes). It needs the customer
// session (log in first, or WithCustomerToken / AsCustomer); without one it is refused before
// sending.
func (s *OrdersService) List(ctx context.Context, p *OrderListOptions) (*Page[Order], error) {
	return callPage[Order]((*service)(s), ctx, endpoint{name: "orders.list", auth: authCustomer, multipart: false, query: true}, nil, p, false)
}

// All walks every page of List, from p.Page (or the first) on, following the _meta the API
// sends; it stops at the first error and on break. p may be nil.
func (s *OrdersService) All(ctx context.Context, p *OrderListOptions) iter.Seq2[Order, error] {
	var o OrderListOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Order], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.List(ctx, &q)
	})
}

// Get get one of the logged-in customer's orders: GET /orders/{id} (route "orders.get",
// inferred; replace it with WithRoutes or LoadRoutes). It needs the customer session (log in
// first, or WithCustomerToken / AsCustomer); without one it is refused before sending.
func (s *OrdersService) Get(ctx context.Context, id int64) (*Order, error) {
	return callObject[Order]((*service)(s), ctx, endpoint{name: "orders.get", auth: authCustomer, multipart: false, query: false}, []pathArg{pathID(id, "id")}, nil, false)
}

// SubmitAnalytics attach marketing/attribution and session analytics to an order (gclid,
// utm_*, HD request counters, chat success, video_url): POST /orders/{order_id}/analytics
// (route "orders.submit_analytics", inferred; replace it with WithRoutes or LoadRoutes). The
// API documentation does not say who may call it; the customer session is sent when there is
// one. The API documentation shows only an empty object as the answer, so it is returned as an
// Object of raw members.
func (s *OrdersService) SubmitAnalytics(ctx context.Context, OrderID int64, p *OrderAnalytics) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "orders.submit_analytics", auth: authOptional, multipart: false, query: false}, []pathArg{pathID(OrderID, "order_id")}, p, true)
}

// Track guest order lookup by order number or ID plus email; the result is presumably e-mailed
// (204): POST /orders/track (route "orders.track", inferred; replace it with WithRoutes or
// LoadRoutes). The API answers 204 with no body.
func (s *OrdersService) Track(ctx context.Context, p *TrackParams) error {
	return callNone((*service)(s), ctx, endpoint{name: "orders.track", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// SendHistory send the order list/history for an email address (guess; 204): POST
// /orders/send-history (route "orders.send_history", inferred; replace it with WithRoutes or
// LoadRoutes). The API answers 204 with no body.
func (s *OrdersService) SendHistory(ctx context.Context, p *SendHistoryParams) error {
	return callNone((*service)(s), ctx, endpoint{name: "orders.send_history", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// UploadVerifyPaymentFiles upload documents that verify the payment of an order (multipart):
// POST /orders/{id}/verify-payment-files (route "orders.upload_verify_payment_files",
// inferred; replace it with WithRoutes or LoadRoutes). It needs the customer session (log in
// first, or WithCustomerToken / AsCustomer); without one it is refused before sending. The API
// answers 204 with no body. The form is sent as multipart/form-data; each File is read into
// memory once, when the request is built (so a retry resends it), and refused before sending
// above MaxUploadBytes.
func (s *OrdersService) UploadVerifyPaymentFiles(ctx context.Context, id int64, p *VerifyPaymentFiles) error {
	return callNone((*service)(s), ctx, endpoint{name: "orders.upload_verify_payment_files", auth: authCustomer, multipart: true, query: false}, []pathArg{pathID(id, "id")}, p, true)
}

// Cancel request cancellation of an order, with a reason and note: POST /orders/{id}/cancel
// (route "orders.cancel", inferred; replace it with WithRoutes or LoadRoutes). It needs the
// customer session (log in first, or WithCustomerToken / AsCustomer); without one it is
// refused before sending. The API documentation shows only an empty object as the answer, so
// it is returned as an Object of raw members.
func (s *OrdersService) Cancel(ctx context.Context, id int64, p *OrderCancel) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "orders.cancel", auth: authCustomer, multipart: false, query: false}, []pathArg{pathID(id, "id")}, p, true)
}

// UnidentifiedL835 unidentified order action taking only the order id; returns 204: POST
// /orders/{id}/unidentified-l835 (route "orders.unidentified_l835", inferred; replace it with
// WithRoutes or LoadRoutes). It needs the customer session (log in first, or WithCustomerToken
// / AsCustomer); without one it is refused before sending. The API answers 204 with no body.
// The API documentation kept only the status line and the order id of this endpoint: its
// purpose is unknown, the name says where it was found.
func (s *OrdersService) UnidentifiedL835(ctx context.Context, id int64) error {
	return callNone((*service)(s), ctx, endpoint{name: "orders.unidentified_l835", auth: authCustomer, multipart: false, query: false}, []pathArg{pathID(id, "id")}, nil, false)
}

// UnidentifiedL839 unidentified order endpoint taking only the order id; returns '{}': GET
// /orders/{id}/unidentified-l839 (route "orders.unidentified_l839", inferred; replace it with
// WithRoutes or LoadRoutes). It needs the customer session (log in first, or WithCustomerToken
// / AsCustomer); without one it is refused before sending. The API documentation shows only an
// empty object as the answer, so it is returned as an Object of raw members. The API
// documentation kept only the status line and the order id of this endpoint: its purpose is
// unknown, the name says where it was found.
func (s *OrdersService) UnidentifiedL839(ctx context.Context, id int64) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "orders.unidentified_l839", auth: authCustomer, multipart: false, query: false}, []pathArg{pathID(id, "id")}, nil, false)
}

// GetByUUID get an order by id plus the customer's uuid, without login (e-mail links /
// thank-you page); the uuid is also used for autologin: GET /orders/{id}/by-uuid (route
// "orders.get_by_uuid", inferred; replace it with WithRoutes or LoadRoutes).
func (s *OrdersService) GetByUUID(ctx context.Context, id int64, p *OrderByUUIDOptions) (*Order, error) {
	return callObject[Order]((*service)(s), ctx, endpoint{name: "orders.get_by_uuid", auth: authPublic, multipart: false, query: true}, []pathArg{pathID(id, "id")}, p, true)
}

// List list products in a Shopify-like full format (product -> variants, options, images,
// all_images), paginated: GET /products (route "products.list", inferred; replace it with
// WithRoutes or LoadRoutes).
func (s *ProductsService) List(ctx context.Context, p *ProductListOptions) (*Page[Product], error) {
	return callPage[Product]((*service)(s), ctx, endpoint{name: "products.list", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// All walks every page of List, from p.Page (or the first) on, following the _meta the API
// sends; it stops at the first error and on break. p may be nil.
func (s *ProductsService) All(ctx context.Context, p *ProductListOptions) iter.Seq2[Product, error] {
	var o ProductListOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Product], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.List(ctx, &q)
	})
}

// Filter storefront catalog listing of product variants, with product-type, option filters,
// sorting and search: GET /products/filter (route "products.filter", inferred; replace it with
// WithRoutes or LoadRoutes).
func (s *ProductsService) Filter(ctx context.Context, p *ProductFilterOptions) (*Page[Variant], error) {
	return callPage[Variant]((*service)(s), ctx, endpoint{name: "products.filter", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// FilterAll walks every page of Filter, from p.Page (or the first) on, following the _meta the
// API sends; it stops at the first error and on break. p may be nil.
func (s *ProductsService) FilterAll(ctx context.Context, p *ProductFilterOptions) iter.Seq2[Variant, error] {
	var o ProductFilterOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Variant], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.Filter(ctx, &q)
	})
}

// Subscribe subscribe an email to notifications about the given product variants (probably
// back-in-stock): POST /products/subscribe (route "products.subscribe", inferred; replace it
// with WithRoutes or LoadRoutes). The API documentation shows only an empty object as the
// answer, so it is returned as an Object of raw members.
func (s *ProductsService) Subscribe(ctx context.Context, p *ProductSubscribeParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "products.subscribe", auth: authPublic, multipart: false, query: false}, nil, p, true)
}

// Types list product types and, for each, its filterable option names and values: GET
// /products/types (route "products.types", documented; replace it with WithRoutes or
// LoadRoutes).
func (s *ProductsService) Types(ctx context.Context) ([]ProductType, error) {
	return callList[ProductType]((*service)(s), ctx, endpoint{name: "products.types", auth: authPublic, multipart: false, query: false}, nil, nil, false)
}

// ByIDs get product variants by a list of IDs: GET /products/by-ids (route "products.by_ids",
// inferred; replace it with WithRoutes or LoadRoutes).
func (s *ProductsService) ByIDs(ctx context.Context, p *ProductByIDsOptions) (*Variant, error) {
	return callObject[Variant]((*service)(s), ctx, endpoint{name: "products.by_ids", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// Offers unidentified parameterless product list: array of {quantity, amount,
// product_variant}: GET /products/offers (route "products.offers", inferred; replace it with
// WithRoutes or LoadRoutes).
func (s *ProductsService) Offers(ctx context.Context) ([]ProductOffer, error) {
	return callList[ProductOffer]((*service)(s), ctx, endpoint{name: "products.offers", auth: authPublic, multipart: false, query: false}, nil, nil, false)
}

// ByColors find product variants matching a list of hex colours (without #, 6 chars): GET
// /products/by-colors (route "products.by_colors", inferred; replace it with WithRoutes or
// LoadRoutes).
func (s *ProductsService) ByColors(ctx context.Context, p *ProductByColorsOptions) (*Variant, error) {
	return callObject[Variant]((*service)(s), ctx, endpoint{name: "products.by_colors", auth: authPublic, multipart: false, query: true}, nil, p, true)
}

// Search quick search (autocomplete) over product variants, paginated: GET /products/search
// (route "products.search", inferred; replace it with WithRoutes or LoadRoutes).
func (s *ProductsService) Search(ctx context.Context, p *ProductSearchOptions) (*Page[Variant], error) {
	return callPage[Variant]((*service)(s), ctx, endpoint{name: "products.search", auth: authPublic, multipart: false, query: true}, nil, p, true)
}

// SearchAll walks every page of Search, from p.Page (or the first) on, following the _meta the
// API sends; it stops at the first error and on break. p may be nil.
func (s *ProductsService) SearchAll(ctx context.Context, p *ProductSearchOptions) iter.Seq2[Variant, error] {
	var o ProductSearchOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Variant], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.Search(ctx, &q)
	})
}

// Get get one product variant with review and question summaries: GET /products/{id} (route
// "products.get", inferred; replace it with WithRoutes or LoadRoutes).
func (s *ProductsService) Get(ctx context.Context, id int64) (*Variant, error) {
	return callObject[Variant]((*service)(s), ctx, endpoint{name: "products.get", auth: authPublic, multipart: false, query: false}, []pathArg{pathID(id, "id")}, nil, false)
}

// Create post a review for a product variant (up to 3 images); guests must give a name and
// email: POST /products/{id}/reviews (route "product_reviews.create", inferred; replace it
// with WithRoutes or LoadRoutes). It works for guests and sends the customer session when
// there is one. The form is sent as multipart/form-data; each File is read into memory once,
// when the request is built (so a retry resends it), and refused before sending above
// MaxUploadBytes.
func (s *ProductReviewsService) Create(ctx context.Context, id int64, p *ProductReviewCreate) (*ProductReview, error) {
	return callObject[ProductReview]((*service)(s), ctx, endpoint{name: "product_reviews.create", auth: authOptional, multipart: true, query: false}, []pathArg{pathID(id, "id")}, p, false)
}

// Create ask a question about a product variant; guests must give a name and email: POST
// /products/{id}/questions (route "product_questions.create", inferred; replace it with
// WithRoutes or LoadRoutes). It works for guests and sends the customer session when there is
// one.
func (s *ProductQuestionsService) Create(ctx context.Context, id int64, p *ProductQuestionCreate) (*ProductReview, error) {
	return callObject[ProductReview]((*service)(s), ctx, endpoint{name: "product_questions.create", auth: authOptional, multipart: false, query: false}, []pathArg{pathID(id, "id")}, p, false)
}

// AddItem add a quantity of a product to a cart (by cart_uuid); returns the line item: POST
// /cart/add (route "cart.add_item", inferred; replace it with WithRoutes or LoadRoutes). It
// works for guests and sends the customer session when there is one.
func (s *CartService) AddItem(ctx context.Context, p *CartItemParams) (*CartItem, error) {
	return callObject[CartItem]((*service)(s), ctx, endpoint{name: "cart.add_item", auth: authOptional, multipart: false, query: false}, nil, p, true)
}

// Get get a cart by cart_uuid (or the logged-in customer's cart): GET /cart (route "cart.get",
// inferred; replace it with WithRoutes or LoadRoutes). It works for guests and sends the
// customer session when there is one.
func (s *CartService) Get(ctx context.Context, p *CartGetOptions) (*Cart, error) {
	return callObject[Cart]((*service)(s), ctx, endpoint{name: "cart.get", auth: authOptional, multipart: false, query: true}, nil, p, false)
}

// ChangeItem set the quantity of a product already in the cart; returns the line item: POST
// /cart/change (route "cart.change_item", inferred; replace it with WithRoutes or LoadRoutes).
// It works for guests and sends the customer session when there is one.
func (s *CartService) ChangeItem(ctx context.Context, p *CartItemParams) (*CartItem, error) {
	return callObject[CartItem]((*service)(s), ctx, endpoint{name: "cart.change_item", auth: authOptional, multipart: false, query: false}, nil, p, true)
}

// RemoveItem remove a product from the cart (204): POST /cart/remove (route
// "cart.remove_item", inferred; replace it with WithRoutes or LoadRoutes). It works for guests
// and sends the customer session when there is one. The API answers 204 with no body.
func (s *CartService) RemoveItem(ctx context.Context, p *CartRemoveParams) error {
	return callNone((*service)(s), ctx, endpoint{name: "cart.remove_item", auth: authOptional, multipart: false, query: false}, nil, p, true)
}

// Merge attach a guest cart (cart_uuid) to the logged-in customer, optionally merging it with
// the customer's existing cart: POST /cart/merge (route "cart.merge", inferred; replace it
// with WithRoutes or LoadRoutes). It needs the customer session (log in first, or
// WithCustomerToken / AsCustomer); without one it is refused before sending.
func (s *CartService) Merge(ctx context.Context, p *CartMergeParams) (*Cart, error) {
	return callObject[Cart]((*service)(s), ctx, endpoint{name: "cart.merge", auth: authCustomer, multipart: false, query: false}, nil, p, false)
}

// ApplyDiscount apply a discount code to the cart: POST /cart/discount (route
// "cart.apply_discount", inferred; replace it with WithRoutes or LoadRoutes). It works for
// guests and sends the customer session when there is one. The API documentation shows only an
// empty object as the answer, so it is returned as an Object of raw members.
func (s *CartService) ApplyDiscount(ctx context.Context, p *CartDiscountParams) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "cart.apply_discount", auth: authOptional, multipart: false, query: false}, nil, p, false)
}

// ByPrice get the discount applicable to a given price in cents (e.g. automatic or threshold
// discount): GET /discounts/by-price (route "discounts.by_price", inferred; replace it with
// WithRoutes or LoadRoutes).
func (s *DiscountsService) ByPrice(ctx context.Context, p *DiscountByPriceOptions) (*Discount, error) {
	return callObject[Discount]((*service)(s), ctx, endpoint{name: "discounts.by_price", auth: authPublic, multipart: false, query: true}, nil, p, true)
}

// CustomerPassword whether customer passwords are generated automatically (if TRUE, password
// is optional at sign-up): GET /settings/customer-password (route
// "settings.customer_password", documented; replace it with WithRoutes or LoadRoutes).
func (s *SettingsService) CustomerPassword(ctx context.Context) (*CustomerPasswordSettings, error) {
	return callObject[CustomerPasswordSettings]((*service)(s), ctx, endpoint{name: "settings.customer_password", auth: authPublic, multipart: false, query: false}, nil, nil, false)
}

// StoreOptions store options/dictionaries, e.g. order_cancellation_reasons: GET /options
// (route "options.list", documented; replace it with WithRoutes or LoadRoutes).
func (s *SettingsService) StoreOptions(ctx context.Context) (*StoreOptions, error) {
	return callObject[StoreOptions]((*service)(s), ctx, endpoint{name: "options.list", auth: authPublic, multipart: false, query: false}, nil, nil, false)
}

// List list collections (paginated): GET /collections (route "collections.list", inferred;
// replace it with WithRoutes or LoadRoutes).
func (s *CollectionsService) List(ctx context.Context, p *CollectionListOptions) (*Page[Collection], error) {
	return callPage[Collection]((*service)(s), ctx, endpoint{name: "collections.list", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// All walks every page of List, from p.Page (or the first) on, following the _meta the API
// sends; it stops at the first error and on break. p may be nil.
func (s *CollectionsService) All(ctx context.Context, p *CollectionListOptions) iter.Seq2[Collection, error] {
	var o CollectionListOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Collection], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.List(ctx, &q)
	})
}

// Get get a collection by handle: GET /collection/{handle} (route "collections.get", inferred;
// replace it with WithRoutes or LoadRoutes).
func (s *CollectionsService) Get(ctx context.Context, handle string) (*Page[Collection], error) {
	return callPage[Collection]((*service)(s), ctx, endpoint{name: "collections.get", auth: authPublic, multipart: false, query: false}, []pathArg{pathArg{v: string(handle)}}, nil, false)
}

// Products list product variants in a collection, with sorting and dynamic option filters: GET
// /collection/{handle}/products (route "collections.products", inferred; replace it with
// WithRoutes or LoadRoutes).
func (s *CollectionsService) Products(ctx context.Context, handle string, p *CollectionProductsOptions) (*Page[Variant], error) {
	return callPage[Variant]((*service)(s), ctx, endpoint{name: "collections.products", auth: authPublic, multipart: false, query: true}, []pathArg{pathArg{v: string(handle)}}, p, false)
}

// AllProducts walks every page of Products, from p.Page (or the first) on, following the _meta
// the API sends; it stops at the first error and on break. p may be nil.
func (s *CollectionsService) AllProducts(ctx context.Context, handle string, p *CollectionProductsOptions) iter.Seq2[Variant, error] {
	var o CollectionProductsOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Variant], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.Products(ctx, handle, &q)
	})
}

// List list categories (paginated): GET /categories (route "categories.list", inferred;
// replace it with WithRoutes or LoadRoutes).
func (s *CategoriesService) List(ctx context.Context, p *CategoryListOptions) (*Page[Category], error) {
	return callPage[Category]((*service)(s), ctx, endpoint{name: "categories.list", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// All walks every page of List, from p.Page (or the first) on, following the _meta the API
// sends; it stops at the first error and on break. p may be nil.
func (s *CategoriesService) All(ctx context.Context, p *CategoryListOptions) iter.Seq2[Category, error] {
	var o CategoryListOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Category], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.List(ctx, &q)
	})
}

// Get get a category by handle, including the filter definitions used by category/collection
// product listings: GET /category/{handle} (route "categories.get", documented; replace it
// with WithRoutes or LoadRoutes).
func (s *CategoriesService) Get(ctx context.Context, handle string) (*Page[Category], error) {
	return callPage[Category]((*service)(s), ctx, endpoint{name: "categories.get", auth: authPublic, multipart: false, query: false}, []pathArg{pathArg{v: string(handle)}}, nil, false)
}

// Products list product variants in a category, with sorting and dynamic option filters: GET
// /category/{handle}/products (route "categories.products", inferred; replace it with
// WithRoutes or LoadRoutes).
func (s *CategoriesService) Products(ctx context.Context, handle string, p *CategoryProductsOptions) (*Page[Variant], error) {
	return callPage[Variant]((*service)(s), ctx, endpoint{name: "categories.products", auth: authPublic, multipart: false, query: true}, []pathArg{pathArg{v: string(handle)}}, p, false)
}

// AllProducts walks every page of Products, from p.Page (or the first) on, following the _meta
// the API sends; it stops at the first error and on break. p may be nil.
func (s *CategoriesService) AllProducts(ctx context.Context, handle string, p *CategoryProductsOptions) iter.Seq2[Variant, error] {
	var o CategoryProductsOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[Variant], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.Products(ctx, handle, &q)
	})
}

// List list blog categories (paginated): GET /blog-categories (route "blog_categories.list",
// inferred; replace it with WithRoutes or LoadRoutes).
func (s *BlogCategoriesService) List(ctx context.Context, p *BlogCategoryListOptions) (*Page[BlogCategory], error) {
	return callPage[BlogCategory]((*service)(s), ctx, endpoint{name: "blog_categories.list", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// All walks every page of List, from p.Page (or the first) on, following the _meta the API
// sends; it stops at the first error and on break. p may be nil.
func (s *BlogCategoriesService) All(ctx context.Context, p *BlogCategoryListOptions) iter.Seq2[BlogCategory, error] {
	var o BlogCategoryListOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[BlogCategory], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.List(ctx, &q)
	})
}

// Latest latest or featured blog posts (default 3): GET /blog-posts/latest (route
// "blog_posts.latest", inferred; replace it with WithRoutes or LoadRoutes). The API
// documentation shows only an empty object as the answer, so it is returned as an Object of
// raw members.
func (s *BlogPostsService) Latest(ctx context.Context, p *BlogLatestOptions) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "blog_posts.latest", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// ByCategory blog posts in a category (paginated, default 6): GET
// /blog-categories/{category_id}/posts (route "blog_posts.by_category", inferred; replace it
// with WithRoutes or LoadRoutes). The API documentation shows only an empty object as the
// answer, so it is returned as an Object of raw members.
func (s *BlogPostsService) ByCategory(ctx context.Context, CategoryID int64, p *BlogPostListOptions) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "blog_posts.by_category", auth: authPublic, multipart: false, query: true}, []pathArg{pathID(CategoryID, "category_id")}, p, false)
}

// List list blog posts (paginated, default 6): GET /blog-posts (route "blog_posts.list",
// inferred; replace it with WithRoutes or LoadRoutes). The API documentation shows only an
// empty object as the answer, so it is returned as an Object of raw members.
func (s *BlogPostsService) List(ctx context.Context, p *BlogPostListOptions) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "blog_posts.list", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// Filter query blog posts by ids, tags and exclusions, with ordering: GET /blog-posts/filter
// (route "blog_posts.filter", inferred; replace it with WithRoutes or LoadRoutes). The API
// documentation shows only an empty object as the answer, so it is returned as an Object of
// raw members.
func (s *BlogPostsService) Filter(ctx context.Context, p *BlogPostFilterOptions) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "blog_posts.filter", auth: authPublic, multipart: false, query: true}, nil, p, false)
}

// CategoryTopStories top stories from the same category as a given post: GET
// /blog-posts/{post_id}/category-top-stories (route "blog_posts.category_top_stories",
// inferred; replace it with WithRoutes or LoadRoutes). The API documentation shows only an
// empty object as the answer, so it is returned as an Object of raw members.
func (s *BlogPostsService) CategoryTopStories(ctx context.Context, PostID int64, p *CategoryTopStoriesOptions) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "blog_posts.category_top_stories", auth: authPublic, multipart: false, query: true}, []pathArg{pathID(PostID, "post_id")}, p, true)
}

// TopStories top stories related to a given post: GET /blog-posts/{post_id}/top-stories (route
// "blog_posts.top_stories", inferred; replace it with WithRoutes or LoadRoutes). The API
// documentation shows only an empty object as the answer, so it is returned as an Object of
// raw members.
func (s *BlogPostsService) TopStories(ctx context.Context, PostID int64, p *BlogPostListOptions) (*Object, error) {
	return callObject[Object]((*service)(s), ctx, endpoint{name: "blog_posts.top_stories", auth: authPublic, multipart: false, query: true}, []pathArg{pathID(PostID, "post_id")}, p, false)
}

// EmailStats daily e-mail marketing statistics (sent, delivered, opens, clicks, purchases) for
// a date range: GET /reports/email-stats (route "reports.email_stats", inferred; replace it
// with WithRoutes or LoadRoutes). The API documentation does not say who may call it; the
// customer session is sent when there is one.
func (s *ReportsService) EmailStats(ctx context.Context, p *ReportRange) (*Page[EmailStatsRow], error) {
	return callPage[EmailStatsRow]((*service)(s), ctx, endpoint{name: "reports.email_stats", auth: authOptional, multipart: false, query: true}, nil, p, true)
}

// Refunds refund report rows for a date range: GET /reports/refunds (route "reports.refunds",
// inferred; replace it with WithRoutes or LoadRoutes). The API documentation does not say who
// may call it; the customer session is sent when there is one.
func (s *ReportsService) Refunds(ctx context.Context, p *RefundReportOptions) ([]RefundReportRow, error) {
	return callList[RefundReportRow]((*service)(s), ctx, endpoint{name: "reports.refunds", auth: authOptional, multipart: false, query: true}, nil, p, true)
}

// EmailCampaigns e-mail campaign statistics (total or per day) filtered by campaigns,
// segments, templates and UTM values: GET /reports/email-campaigns (route
// "reports.email_campaigns", inferred; replace it with WithRoutes or LoadRoutes). The API
// documentation does not say who may call it; the customer session is sent when there is one.
func (s *ReportsService) EmailCampaigns(ctx context.Context, p *EmailCampaignReportOptions) (*Page[EmailStatsRow], error) {
	return callPage[EmailStatsRow]((*service)(s), ctx, endpoint{name: "reports.email_campaigns", auth: authOptional, multipart: false, query: true}, nil, p, true)
}

// AllEmailCampaigns walks every page of EmailCampaigns, from p.Page (or the first) on,
// following the _meta the API sends; it stops at the first error and on break. p may be nil.
func (s *ReportsService) AllEmailCampaigns(ctx context.Context, p *EmailCampaignReportOptions) iter.Seq2[EmailStatsRow, error] {
	var o EmailCampaignReportOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, 0, func(ctx context.Context, page, size int) (*Page[EmailStatsRow], error) {
		q := o
		q.Page = page
		return s.EmailCampaigns(ctx, &q)
	})
}

// Orders order report rows for a date range: GET /reports/orders (route "reports.orders",
// inferred; replace it with WithRoutes or LoadRoutes). The API documentation does not say who
// may call it; the customer session is sent when there is one.
func (s *ReportsService) Orders(ctx context.Context, p *ReportRange) ([]OrderReportRow, error) {
	return callList[OrderReportRow]((*service)(s), ctx, endpoint{name: "reports.orders", auth: authOptional, multipart: false, query: true}, nil, p, true)
}

// Inventory inventory report with stock per warehouse/3PL (ShipBob, ShipHero): GET
// /reports/inventory (route "reports.inventory", inferred; replace it with WithRoutes or
// LoadRoutes). The API documentation does not say who may call it; the customer session is
// sent when there is one.
func (s *ReportsService) Inventory(ctx context.Context) ([]InventoryReportRow, error) {
	return callList[InventoryReportRow]((*service)(s), ctx, endpoint{name: "reports.inventory", auth: authOptional, multipart: false, query: false}, nil, nil, false)
}

// OrderItems order line-item report for a date range (paginated; can be downloaded): GET
// /reports/order-items (route "reports.order_items", inferred; replace it with WithRoutes or
// LoadRoutes). The API documentation does not say who may call it; the customer session is
// sent when there is one.
func (s *ReportsService) OrderItems(ctx context.Context, p *OrderItemReportOptions) (*Page[OrderItemReportRow], error) {
	return callPage[OrderItemReportRow]((*service)(s), ctx, endpoint{name: "reports.order_items", auth: authOptional, multipart: false, query: true}, nil, p, true)
}

// AllOrderItems walks every page of OrderItems, from p.Page (or the first) on, following the
// _meta the API sends; it stops at the first error and on break. p may be nil.
func (s *ReportsService) AllOrderItems(ctx context.Context, p *OrderItemReportOptions) iter.Seq2[OrderItemReportRow, error] {
	var o OrderItemReportOptions
	if p != nil {
		o = *p
	}
	return iterate(ctx, o.Page, o.Limit, func(ctx context.Context, page, size int) (*Page[OrderItemReportRow], error) {
		q := o
		q.Page = page
		if size > 0 {
			q.Limit = size
		}
		return s.OrderItems(ctx, &q)
	})
}

// CreateEntity create a CRM entity (Lead) in an external CRM (vtiger): POST /crm/entities
// (route "crm.create_entity", inferred; replace it with WithRoutes or LoadRoutes). The API
// documentation does not say who may call it; the customer session is sent when there is one.
func (s *CRMService) CreateEntity(ctx context.Context, p *CRMEntityCreate) (*CrmLead, error) {
	return callObject[CrmLead]((*service)(s), ctx, endpoint{name: "crm.create_entity", auth: authOptional, multipart: false, query: false}, nil, p, true)
}

// LeadAction run a CRM action for a lead, identified by name and email, in vtiger (guess:
// lookup/update): POST /crm/action (route "crm.lead_action", inferred; replace it with
// WithRoutes or LoadRoutes). The API documentation does not say who may call it; the customer
// session is sent when there is one.
func (s *CRMService) LeadAction(ctx context.Context, p *CRMLeadAction) (*CrmLead, error) {
	return callObject[CrmLead]((*service)(s), ctx, endpoint{name: "crm.lead_action", auth: authOptional, multipart: false, query: false}, nil, p, true)
}

// FormsService submits the public forms: contact, influencer and careers applications, partner applications. Get it from Client.Forms; it is safe for concurrent use.
type FormsService service

// FormsAPI is the interface FormsService satisfies, for mocks.
type FormsAPI interface {
	SubmitContact(ctx context.Context, p *ContactForm) (*ContactMessage, error)
	SubmitInfluencerStep(ctx context.Context, p *InfluencerForm) error
	SubmitCareerStep(ctx context.Context, p *CareerForm) (*CareerApplication, error)
	CreatePartnerApplication(ctx context.Context, p *PartnerApplicationForm) (*PartnerApplication, error)
}

var _ FormsAPI = (*FormsService)(nil)

// SearchService searches products, pages and blog posts and resolves storefront URLs. Get it from Client.Search; it is safe for concurrent use.
type SearchService service

// SearchAPI is the interface SearchService satisfies, for mocks.
type SearchAPI interface {
	Query(ctx context.Context, p *SearchOptions) (*SearchResult, error)
	ResolveRoute(ctx context.Context, p *RouteSegments) (*ResolvedRoute, error)
}

var _ SearchAPI = (*SearchService)(nil)

// CustomersService signs customers up and in (the client keeps the session), and manages profiles and passwords. Get it from Client.Customers; it is safe for concurrent use.
type CustomersService service

// CustomersAPI is the interface CustomersService satisfies, for mocks.
type CustomersAPI interface {
	Login(ctx context.Context, p *LoginParams) (*AuthenticatedCustomer, error)
	Logout(ctx context.Context) (*LogoutResult, error)
	SignUp(ctx context.Context, p *SignUpParams) (*AuthenticatedCustomer, error)
	LoginByUUID(ctx context.Context, p *LoginByUUIDParams) (*AuthenticatedCustomer, error)
	LoginByResetToken(ctx context.Context, p *LoginByResetTokenParams) (*AuthenticatedCustomer, error)
	FacebookLogin(ctx context.Context, p *FacebookLoginParams) (*AuthenticatedCustomer, error)
	GoogleLogin(ctx context.Context, p *GoogleLoginParams) (*AuthenticatedCustomer, error)
	Headers(ctx context.Context) (*HeadersResult, error)
	GetProfile(ctx context.Context) (*Customer, error)
	UpdateProfile(ctx context.Context, p *ProfileUpdate) (*Customer, error)
	ForgotPassword(ctx context.Context, p *ForgotPasswordParams) error
	ResetPassword(ctx context.Context, p *ResetPasswordParams) (*AuthenticatedCustomer, error)
	CheckResetToken(ctx context.Context, p *CheckResetTokenParams) (*Object, error)
}

var _ CustomersAPI = (*CustomersService)(nil)

// ShippingAddressesService manages the logged-in customer's shipping addresses. Get it from Client.ShippingAddresses; it is safe for concurrent use.
type ShippingAddressesService service

// ShippingAddressesAPI is the interface ShippingAddressesService satisfies, for mocks.
type ShippingAddressesAPI interface {
	Create(ctx context.Context, p *ShippingAddressCreate) (*ShippingAddress, error)
	Update(ctx context.Context, id int64, p *ShippingAddressUpdate) (*ShippingAddress, error)
}

var _ ShippingAddressesAPI = (*ShippingAddressesService)(nil)

// SubscriptionsService manages newsletter subscriptions, identified by their uuid. Get it from Client.Subscriptions; it is safe for concurrent use.
type SubscriptionsService service

// SubscriptionsAPI is the interface SubscriptionsService satisfies, for mocks.
type SubscriptionsAPI interface {
	Get(ctx context.Context, uuid SubscriptionUUID) (*Object, error)
	Create(ctx context.Context, p *SubscriptionCreate) (*Object, error)
	Update(ctx context.Context, uuid SubscriptionUUID, p *SubscriptionUpdate) (*Object, error)
	Unsubscribe(ctx context.Context, uuid SubscriptionUUID, p *UnsubscribeParams) (*Object, error)
}

var _ SubscriptionsAPI = (*SubscriptionsService)(nil)

// AffiliateWithdrawalsService requests withdrawals of the logged-in customer's affiliate earnings. Get it from Client.AffiliateWithdrawals; it is safe for concurrent use.
type AffiliateWithdrawalsService service

// AffiliateWithdrawalsAPI is the interface AffiliateWithdrawalsService satisfies, for mocks.
type AffiliateWithdrawalsAPI interface {
	Create(ctx context.Context, p *AffiliateWithdrawalCreate) (*Object, error)
}

var _ AffiliateWithdrawalsAPI = (*AffiliateWithdrawalsService)(nil)

// CheckoutsService runs the checkout flow, identified by its checkout token. Get it from Client.Checkouts; it is safe for concurrent use.
type CheckoutsService service

// CheckoutsAPI is the interface CheckoutsService satisfies, for mocks.
type CheckoutsAPI interface {
	Create(ctx context.Context, p *CheckoutCreate) (*Checkout, error)
	Get(ctx context.Context, token CheckoutToken, p *CheckoutGetOptions) (*Checkout, error)
	SetCustomerInfo(ctx context.Context, token CheckoutToken, p *CheckoutCustomerInfo) (*Object, error)
	SetShippingOption(ctx context.Context, token CheckoutToken, p *ShippingOptionParams) (*Object, error)
	Pay(ctx context.Context, token CheckoutToken, p *PayParams) error
	CreatePayment(ctx context.Context, token CheckoutToken, p *PaymentParams) (*Object, error)
	ConfirmPayment(ctx context.Context, token CheckoutToken, p *PaymentParams) (*Object, error)
	ApplyCoupon(ctx context.Context, token CheckoutToken, p *CouponParams) (*Object, error)
	RemoveCoupon(ctx context.Context, token CheckoutToken) (*Object, error)
}

var _ CheckoutsAPI = (*CheckoutsService)(nil)

// OrdersService reads the customer's orders and runs the order actions, incl. guest lookups. Get it from Client.Orders; it is safe for concurrent use.
type OrdersService service

// OrdersAPI is the interface OrdersService satisfies, for mocks.
type OrdersAPI interface {
	List(ctx context.Context, p *OrderListOptions) (*Page[Order], error)
	All(ctx context.Context, p *OrderListOptions) iter.Seq2[Order, error]
	Get(ctx context.Context, id int64) (*Order, error)
	SubmitAnalytics(ctx context.Context, OrderID int64, p *OrderAnalytics) (*Object, error)
	Track(ctx context.Context, p *TrackParams) error
	SendHistory(ctx context.Context, p *SendHistoryParams) error
	UploadVerifyPaymentFiles(ctx context.Context, id int64, p *VerifyPaymentFiles) error
	Cancel(ctx context.Context, id int64, p *OrderCancel) (*Object, error)
	UnidentifiedL835(ctx context.Context, id int64) error
	UnidentifiedL839(ctx context.Context, id int64) (*Object, error)
	GetByUUID(ctx context.Context, id int64, p *OrderByUUIDOptions) (*Order, error)
}

var _ OrdersAPI = (*OrdersService)(nil)

// ProductsService lists, filters and searches products and their variants. Get it from Client.Products; it is safe for concurrent use.
type ProductsService service

// ProductsAPI is the interface ProductsService satisfies, for mocks.
type ProductsAPI interface {
	List(ctx context.Context, p *ProductListOptions) (*Page[Product], error)
	All(ctx context.Context, p *ProductListOptions) iter.Seq2[Product, error]
	Filter(ctx context.Context, p *ProductFilterOptions) (*Page[Variant], error)
	FilterAll(ctx context.Context, p *ProductFilterOptions) iter.Seq2[Variant, error]
	Subscribe(ctx context.Context, p *ProductSubscribeParams) (*Object, error)
	Types(ctx context.Context) ([]ProductType, error)
	ByIDs(ctx context.Context, p *ProductByIDsOptions) (*Variant, error)
	Offers(ctx context.Context) ([]ProductOffer, error)
	ByColors(ctx context.Context, p *ProductByColorsOptions) (*Variant, error)
	Search(ctx context.Context, p *ProductSearchOptions) (*Page[Variant], error)
	SearchAll(ctx context.Context, p *ProductSearchOptions) iter.Seq2[Variant, error]
	Get(ctx context.Context, id int64) (*Variant, error)
}

var _ ProductsAPI = (*ProductsService)(nil)

// ProductReviewsService posts product reviews. Get it from Client.ProductReviews; it is safe for concurrent use.
type ProductReviewsService service

// ProductReviewsAPI is the interface ProductReviewsService satisfies, for mocks.
type ProductReviewsAPI interface {
	Create(ctx context.Context, id int64, p *ProductReviewCreate) (*ProductReview, error)
}

var _ ProductReviewsAPI = (*ProductReviewsService)(nil)

// ProductQuestionsService posts questions about products. Get it from Client.ProductQuestions; it is safe for concurrent use.
type ProductQuestionsService service

// ProductQuestionsAPI is the interface ProductQuestionsService satisfies, for mocks.
type ProductQuestionsAPI interface {
	Create(ctx context.Context, id int64, p *ProductQuestionCreate) (*ProductReview, error)
}

var _ ProductQuestionsAPI = (*ProductQuestionsService)(nil)

// CartService manages the cart, identified by its cart uuid for guests (the API has one cart per shopper, hence the singular). Get it from Client.Cart; it is safe for concurrent use.
type CartService service

// CartAPI is the interface CartService satisfies, for mocks.
type CartAPI interface {
	AddItem(ctx context.Context, p *CartItemParams) (*CartItem, error)
	Get(ctx context.Context, p *CartGetOptions) (*Cart, error)
	ChangeItem(ctx context.Context, p *CartItemParams) (*CartItem, error)
	RemoveItem(ctx context.Context, p *CartRemoveParams) error
	Merge(ctx context.Context, p *CartMergeParams) (*Cart, error)
	ApplyDiscount(ctx context.Context, p *CartDiscountParams) (*Object, error)
}

var _ CartAPI = (*CartService)(nil)

// DiscountsService looks up discounts. Get it from Client.Discounts; it is safe for concurrent use.
type DiscountsService service

// DiscountsAPI is the interface DiscountsService satisfies, for mocks.
type DiscountsAPI interface {
	ByPrice(ctx context.Context, p *DiscountByPriceOptions) (*Discount, error)
}

var _ DiscountsAPI = (*DiscountsService)(nil)

// SettingsService reads store settings and option lists. Get it from Client.Settings; it is safe for concurrent use.
type SettingsService service

// SettingsAPI is the interface SettingsService satisfies, for mocks.
type SettingsAPI interface {
	CustomerPassword(ctx context.Context) (*CustomerPasswordSettings, error)
	StoreOptions(ctx context.Context) (*StoreOptions, error)
}

var _ SettingsAPI = (*SettingsService)(nil)

// CollectionsService lists collections and their products. Get it from Client.Collections; it is safe for concurrent use.
type CollectionsService service

// CollectionsAPI is the interface CollectionsService satisfies, for mocks.
type CollectionsAPI interface {
	List(ctx context.Context, p *CollectionListOptions) (*Page[Collection], error)
	All(ctx context.Context, p *CollectionListOptions) iter.Seq2[Collection, error]
	Get(ctx context.Context, handle string) (*Page[Collection], error)
	Products(ctx context.Context, handle string, p *CollectionProductsOptions) (*Page[Variant], error)
	AllProducts(ctx context.Context, handle string, p *CollectionProductsOptions) iter.Seq2[Variant, error]
}

var _ CollectionsAPI = (*CollectionsService)(nil)

// CategoriesService lists categories and their products. Get it from Client.Categories; it is safe for concurrent use.
type CategoriesService service

// CategoriesAPI is the interface CategoriesService satisfies, for mocks.
type CategoriesAPI interface {
	List(ctx context.Context, p *CategoryListOptions) (*Page[Category], error)
	All(ctx context.Context, p *CategoryListOptions) iter.Seq2[Category, error]
	Get(ctx context.Context, handle string) (*Page[Category], error)
	Products(ctx context.Context, handle string, p *CategoryProductsOptions) (*Page[Variant], error)
	AllProducts(ctx context.Context, handle string, p *CategoryProductsOptions) iter.Seq2[Variant, error]
}

var _ CategoriesAPI = (*CategoriesService)(nil)

// BlogCategoriesService lists blog categories. Get it from Client.BlogCategories; it is safe for concurrent use.
type BlogCategoriesService service

// BlogCategoriesAPI is the interface BlogCategoriesService satisfies, for mocks.
type BlogCategoriesAPI interface {
	List(ctx context.Context, p *BlogCategoryListOptions) (*Page[BlogCategory], error)
	All(ctx context.Context, p *BlogCategoryListOptions) iter.Seq2[BlogCategory, error]
}

var _ BlogCategoriesAPI = (*BlogCategoriesService)(nil)

// BlogPostsService lists blog posts. Get it from Client.BlogPosts; it is safe for concurrent use.
type BlogPostsService service

// BlogPostsAPI is the interface BlogPostsService satisfies, for mocks.
type BlogPostsAPI interface {
	Latest(ctx context.Context, p *BlogLatestOptions) (*Object, error)
	ByCategory(ctx context.Context, CategoryID int64, p *BlogPostListOptions) (*Object, error)
	List(ctx context.Context, p *BlogPostListOptions) (*Object, error)
	Filter(ctx context.Context, p *BlogPostFilterOptions) (*Object, error)
	CategoryTopStories(ctx context.Context, PostID int64, p *CategoryTopStoriesOptions) (*Object, error)
	TopStories(ctx context.Context, PostID int64, p *BlogPostListOptions) (*Object, error)
}

var _ BlogPostsAPI = (*BlogPostsService)(nil)

// ReportsService reads the store reports (e-mail, refunds, orders, inventory, order items). Get it from Client.Reports; it is safe for concurrent use.
type ReportsService service

// ReportsAPI is the interface ReportsService satisfies, for mocks.
type ReportsAPI interface {
	EmailStats(ctx context.Context, p *ReportRange) (*Page[EmailStatsRow], error)
	Refunds(ctx context.Context, p *RefundReportOptions) ([]RefundReportRow, error)
	EmailCampaigns(ctx context.Context, p *EmailCampaignReportOptions) (*Page[EmailStatsRow], error)
	AllEmailCampaigns(ctx context.Context, p *EmailCampaignReportOptions) iter.Seq2[EmailStatsRow, error]
	Orders(ctx context.Context, p *ReportRange) ([]OrderReportRow, error)
	Inventory(ctx context.Context) ([]InventoryReportRow, error)
	OrderItems(ctx context.Context, p *OrderItemReportOptions) (*Page[OrderItemReportRow], error)
	AllOrderItems(ctx context.Context, p *OrderItemReportOptions) iter.Seq2[OrderItemReportRow, error]
}

var _ ReportsAPI = (*ReportsService)(nil)

// CRMService creates and updates leads in the store's CRM. Get it from Client.CRM; it is safe for concurrent use.
type CRMService service

// CRMAPI is the interface CRMService satisfies, for mocks.
type CRMAPI interface {
	CreateEntity(ctx context.Context, p *CRMEntityCreate) (*CrmLead, error)
	LeadAction(ctx context.Context, p *CRMLeadAction) (*CrmLead, error)
}

var _ CRMAPI = (*CRMService)(nil)
