// Package mycashflow is a client for the MyCashflow API v1
// (https://STORE.mycashflow.fi/api/v1): banner groups, banners, brands,
// campaigns, categories, customer groups, customers, e-mail subscribers and
// gift cards.
//
// Requests authenticate with HTTP Basic: the API user's e-mail address and
// its API key. Every response is unwrapped from its "data" envelope; lists
// return a Page filled from the "meta" object, and each service's All
// iterates every page.
//
//	c, err := mycashflow.NewClient("mystore", "api@example.com", apiKey,
//		mycashflow.WithRetry(3))
//	if err != nil { ... }
//	for cu, err := range c.Customers.All(ctx, &mycashflow.CustomerListOptions{
//		CreatedFrom: time.Now().AddDate(0, 0, -7),
//	}) {
//		if err != nil { ... }
//		fmt.Println(cu.ID, cu.Email)
//	}
//
// All stops with an error matching ErrPagingLoop when a server does not
// advance (it repeats a page, or its page_count keeps growing over the same
// items) or after the client's ceiling of pages (ecomkit.WithMaxPages).
//
// Every answer that should carry a resource and does not (an error body
// with a 2xx status, missing or empty "data") is an error: an *APIError for
// an error shape, a *DecodeError otherwise; never a zero item. Lookups
// (GetByEmail, GetByExternalID, GetByCode) report a miss as an error
// matching ErrNotFound. Endpoints this package does not wrap are reachable
// through Client.Do with the same credentials, retries and errors.
//
// The published documentation lost the endpoint paths; some were confirmed
// from public client code and the rest are inferred from the API's naming
// (each such method says so). All paths live in one table (DefaultPaths),
// keyed by route keys such as "customers.get_by_email" that each method's
// documentation names, and any of them can be replaced when the client is
// built, without a new release of this package:
//
//	c, err := mycashflow.NewClient(store, user, key,
//		mycashflow.WithPaths(map[string]string{
//			"customers.get_by_email": "/customers/by-email/{email}",
//		}),
//		mycashflow.WithRetry(5))
//
// The lookups by a key other than the id (banners by code, categories and
// customers by external id, customers by e-mail) use a {field}={value}
// segment (/customers/email={email}), the form of the only public by-key
// lookup, GET /products/product_code={code} in a public C# client; the
// value is escaped as one segment.
//
// Every endpoint defaults to the API documentation's version, v1.
// WithAPIVersions moves some to another version, as public clients read
// campaigns and orders from /api/v0:
//
//	mycashflow.WithAPIVersions(map[string]string{"campaigns.list": "v0"})
//
// Lists as public clients page them: pages counted from 1, page_size up to
// 10000 (no maximum is documented), sort updated_at-asc besides the
// documented orders, dotted expand values (prices.product), and the end of
// a list at the first page without meta.next once the API sends it. Every
// request carries Accept: application/json (a public client reports 406
// without it).
//
// The API documentation describes no webhooks, so this package has none.
//
// The package mycashflowtest runs an in-memory fake of the API for tests.
package mycashflow

//go:generate go run ../internal/gen/exports -pkg mycashflow -account "MyCashflow" -quota "off by default, as no quota is documented"
