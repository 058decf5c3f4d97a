// Package insales is a client for the InSales admin API
// (https://{shop}.myinsales.ru/admin): the product catalogue (products and
// their variants, images, categories, collections and collects), orders
// (each documented operation of PUT /admin/orders/{id}.json is its own
// method), clients, delivery, payment, discount codes and marketplaces.
//
// The API authenticates with HTTP Basic: the application's identifier (or
// a private key's API key) and its password. For an installed application
// the password is MD5(token + secret); AppPassword computes it.
//
//	c, err := insales.NewClient("myshop", apiKey, insales.AppPassword(token, secret))
//	if err != nil { ... }
//	for p, err := range c.Products.All(ctx, &insales.ProductListOptions{Limit: 250}) {
//		if err != nil { ... }
//		fmt.Println(p.ID, p.Title, p.Variants[0].Price)
//	}
//
// How the API behaves beyond its documentation, from the vendor's guides and
// official clients:
//
//   - Quota: 500 requests per 5 minutes per application and shop, the window
//     starting at the first request. Every answer reports "API-Usage-Limit:
//     used/limit". The client's QuotaLimiter sends at once until the
//     window's quota is used, then waits for the window to end, and corrects
//     itself from that header. Past the quota the server answers 503 (or 429)
//     with Retry-After; both are ErrRateLimited and are waited out and
//     retried, a POST too, since the server refused it before acting.
//   - Lists are bare JSON arrays paged with page (from 1) and per_page (the
//     server raises values below 10 to 10; 250 is the largest the vendor
//     uses). Counts come from /count.json.
//   - Do not sync by page: objects move between pages while you read. Use
//     Changes, which follows updated_since and from_id as the vendor
//     describes and can resume from a stored Checkpoint.
//   - Errors: 422 with a bare field map, {"status":"error","errors":{...}},
//     {"base":[...]} or {"message":...}; all become APIError.Fields. A 404 is
//     an HTML page; it is reported as ErrNotFound without the HTML.
//   - Every write carries Content-Type: application/json, even a POST with no
//     body, which the server refuses otherwise.
//   - Real answers send money, weights and quantities as strings ("3.0") and
//     null where the documentation shows values; models use Decimal and
//     pointers for them.
//   - Webhooks (WebhooksService, ParseWebhook, WebhookHandler) are not
//     signed and not guaranteed: give each topic its own unguessable address
//     (WebhookAddress), treat a delivery as a hint, and reconcile with
//     Changes from a stored Checkpoint on a schedule. Product topics arrive
//     as arrays of up to BatchSize products. Application charges are
//     notified once only: poll them.
//
// The package insalestest is an in-memory fake of the API for tests.
package insales

//go:generate go run ../internal/gen/exports -pkg insales -account "shop" -quota "default 500 per 5 minutes, the documented quota" -webhooks
