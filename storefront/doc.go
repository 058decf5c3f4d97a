// Package storefront is a client for a headless storefront API (a Yii2 REST
// backend whose payloads mimic Shopify's): contact and search, customers
// (sign-up, login incl. Facebook, Google, uuid and reset-token logins,
// profile, passwords, addresses), subscriptions, cart, checkouts, orders,
// products, reviews and questions, discounts, settings, collections,
// categories, blog, reports, CRM and the public forms (careers,
// influencers, partners).
//
// The API documentation lost the paths of all but four endpoints and names
// no host. So NewClient takes the base URL, and every endpoint's method and
// path live in one route table (routes.json in this package lists the
// defaults): replace any of them at run time with WithRoutes or LoadRoutes,
// without a new release. Each method's doc names its route key and says
// whether the route is inferred. Four blocks of the documentation kept only
// "HTTP 200 Ok {}" and no parameters or purpose; they are left out (Do
// reaches them). Two unidentified order endpoints that kept their order id
// are Orders.UnidentifiedL835 and Orders.UnidentifiedL839.
//
//	c, err := storefront.NewClient("https://api.shop.example/v1")
//	cart := storefront.CartUUID("guest-cart-uuid")
//	_, err = c.Cart.AddItem(ctx, &storefront.CartItemParams{ProductID: 42, Quantity: 1, CartUUID: cart})
//	me, err := c.Customers.Login(ctx, &storefront.LoginParams{Email: "a@example.com", Password: "secret"})
//	// the client now holds me.AuthKey and sends it on customer endpoints
//	for o, err := range c.Orders.All(ctx, nil) { ... }
//
// Sessions: login, sign-up, the social and uuid logins, login-by-reset-token
// and reset-password return an auth_key, which the client keeps (safe for
// concurrent use) and sends on the endpoints that need or accept a customer;
// Logout clears it. It travels as "Authorization: Bearer" unless
// WithTokenMode(TokenQuery) sends Yii2's access-token query parameter. It
// is a Secret: never in an error, a log line or fmt output. A server serving
// many shoppers keeps one Client and takes a cheap per-customer view with
// AsCustomer(authKey). A customer endpoint called without a session is
// refused before sending; a 401 is an *APIError matching ErrUnauthorized and
// leaves the session as it was.
//
// Guest state travels in typed tokens (CartUUID, CheckoutToken,
// PasswordResetToken, CustomerUUID, SubscriptionUUID). Forms are sent
// form-encoded with PHP bracket names (shipping_address[city]); files as
// multipart, read into memory once per request (at most MaxUploadBytes).
// Lists use the Yii2 envelope {items, _links, _meta}: List returns one
// Page, All follows _meta; the page size is always the Go field Limit, sent
// under each endpoint's own name (offset, per-page or limit). Amounts are
// integers in cents, decoded as Decimal. Errors: any non-2xx is an
// *APIError, decoded from Yii2's {name, message, code, status} and 422
// [{field, message}] shapes. The package storefronttest is an in-memory
// fake of the API.
package storefront

//go:generate go run ../internal/gen/exports -pkg storefront -account "storefront" -quota "off by default, as no quota is documented"
