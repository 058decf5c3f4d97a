// Package ecomkit holds what every platform package of ecomkit-go shares:
// client options, errors, pages, the rate limiter, exact decimals, tolerant
// timestamps and the other JSON types, raw requests, and webhook options.
//
// Users seldom import it directly: each platform package (insales, shopkit,
// mycashflow, sitebuilder, storefront) re-exports these names with type
// aliases, so shopkit.Decimal and insales.Decimal are one type, and an
// option, error check or page loop written for one platform works for all.
//
//	c, err := shopkit.NewClient(apiKey, shopkit.WithRetry(3), shopkit.WithLogger(logger))
//	p, err := c.Products.Get(ctx, 42)
//	if errors.Is(err, shopkit.ErrNotFound) { ... }
//	var apiErr *shopkit.APIError // == *ecomkit.APIError
//
// The engine that implements them (requests, retries, rate limiting, error
// decoding, tolerant decoding) is internal to the module.
package ecomkit
