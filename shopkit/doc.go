// Package shopkit is a client for the Shopkit REST API (https://api.shopk.it/v1):
// store settings, products and their option groups and options, categories,
// brands, orders, shipping methods, coupons, webhooks and the media library.
//
// Create an API key in the store admin (Account settings > Developers > API)
// and build a client; the key travels only in the X-API-KEY header:
//
//	c, err := shopkit.NewClient(os.Getenv("SHOPKIT_API_KEY"))
//	if err != nil { ... }
//	page, err := c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []shopkit.OrderStatus{shopkit.OrderPending}, ListOptions: shopkit.ListOptions{Limit: 50}})
//	for o, err := range c.Products.All(ctx, nil) { ... }
//	_, err = c.Orders.Update(ctx, 1337, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.Ptr(shopkit.OrderSent)})
//
// A 2xx answer that is not the resource asked for is never returned as a
// zero value: Shopkit's error shape ({"message": ...}) is an *APIError, any
// other body a *DecodeError. Lists also accept the object-keyed envelope
// ({"0": {...}, "paging": null}) that older API versions send. Every model
// keeps the fields it does not declare in its Extra, at every level.
//
// Shopkit signs its webhooks: ParseWebhook and WebhookHandler verify the
// X-Webhook-Signature header (HMAC-SHA256 of the body with the app's
// client_secret, given with WithWebhookSecret) and refuse unsigned
// deliveries unless WithoutWebhookVerification says otherwise.
//
// Client.Do calls an endpoint this package does not wrap yet, with the
// same key, retries, limiter and errors.
//
// Lists page with page/limit (limit 1..50, default 25 on the server) and
// report the X-Total-Count header as Page.Total. Errors from the API are
// *APIError values that match ErrNotFound, ErrConflict, ErrTooLarge and the
// other sentinels with errors.Is; input the documentation says the server
// refuses is rejected before sending with a *FieldError naming the field.
//
// Package shopkittest runs an in-memory fake Shopkit for tests and examples.
package shopkit

//go:generate go run ../internal/gen/exports -pkg shopkit -account "Shopkit" -quota "default 3600 per hour, the documented quota" -webhooks
