// Package sitebuilder is a client for the website builder's Website API
// (https://{domain}/api/site): contacts, members and single sign-on, member
// groups, store products and categories, orders, form submissions, bookings,
// subscriber lists and webhooks.
//
// The API authenticates with a Bearer API key (Website Settings >
// Applications > API Key) and requires a User-Agent on every request; the
// client always sends one (set yours with WithUserAgent). It speaks HTTPS
// only, unless WithBaseURL chooses otherwise (fakes, proxies).
//
//	c, err := sitebuilder.NewClient("example.com", apiKey, sitebuilder.WithUserAgent("MyApp/1.0.1"))
//	if err != nil { ... }
//	for o, err := range c.Orders.All(ctx, &sitebuilder.OrderListOptions{CreatedFrom: since}) {
//		if err != nil { ... }
//		fmt.Println(o.ID, o.Status, o.Total)
//	}
//	_, err = c.Orders.Update(ctx, 1234, &sitebuilder.OrderUpdate{Status: sitebuilder.Ptr(sitebuilder.OrderStatusShipped)})
//
// Lists page by offset (limit 1..50, skip), so ListOptions has Limit and
// Skip but no page number, unlike APIs that number pages; List returns one Page with the
// server's totalCount in Total, All walks every page. A server that ignores
// skip (answering a page equal to the one before) ends All with an error
// matching ErrPagingLoop instead of looping. Webhook deliveries
// carry the bare resource and no event name, so register one webhook per
// event with WebhookTarget and decode deliveries with WebhookHandler or
// ParseWebhook (DecodeWebhook for a body you already have). Deliveries are
// not signed in any way the API documentation publishes, so they cannot be
// verified: WithWebhookSecret is refused rather than pretend to; keep target
// URLs unguessable instead. The package sitebuildertest is an in-memory fake
// of the API.
package sitebuilder

//go:generate go run ../internal/gen/exports -pkg sitebuilder -account "website" -quota "off by default, as no quota is documented" -webhooks
