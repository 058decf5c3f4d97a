// Package shopkit is a client for the Shopkit REST API (https://api.shopk.it/v1):
// store settings, products and their option groups and options, categories,
// brands, orders, shipping methods, coupons, webhooks and the media library.
//
// Create an API key in the store admin (Account settings > Developers > API)
// and build a client; the key travels only in the X-API-KEY header:
//
//	c, err := shopkit.NewClient(os.Getenv("SHOPKIT_API_KEY"))
//	if err != nil { ... }
//	page, err := c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []string{shopkit.OrderPending}, ListOptions: shopkit.ListOptions{Limit: 50}})
//	for o, err := range c.Products.All(ctx, nil) { ... }
//	_, err = c.Orders.Update(ctx, 1337, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.OrderSent})
//
// Lists page with page/limit (limit 1..50, default 25 on the server) and
// report the X-Total-Count header as Page.Total. Errors from the API are
// *APIError values that match ErrNotFound, ErrConflict, ErrTooLarge and the
// other sentinels with errors.Is; input the documentation says the server
// refuses is rejected before sending with a *FieldError naming the field.
//
// Package shopkittest runs an in-memory fake Shopkit for tests and examples.
package shopkit

//go:generate go run ../internal/gen/exports -pkg shopkit -account "Shopkit" -quota "default 3600 per hour, the documented quota"
