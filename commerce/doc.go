// Package commerce reads orders, products and customers from a shop on any
// platform of ecomkit-go through one interface, Store, and one set of
// models: Order, Product and Customer. An accounting export, an ERP sync or
// a report that serves shops on several platforms writes its loop once:
//
//	stores := []commerce.Store{}
//	for _, build := range []func() (commerce.Store, error){
//		func() (commerce.Store, error) { return commerce.NewInSales(insalesClient) },
//		func() (commerce.Store, error) { return commerce.NewShopkit(shopkitClient) },
//	} {
//		s, err := build()
//		if err != nil {
//			return err
//		}
//		stores = append(stores, s)
//	}
//	for _, s := range stores {
//		for o, err := range s.Orders().All(ctx) {
//			if errors.Is(err, commerce.ErrUnsupported) {
//				break // this platform's API has no orders
//			}
//			if err != nil {
//				return err
//			}
//			fmt.Println(o.Platform, o.Number, o.Total, o.Currency)
//		}
//	}
//
// # Honest normalization
//
// A normalized model carries only what the platform says. A field the
// platform does not send stays empty: a nil amount or address, "" text, a 0
// id. Nothing is guessed; where a value is derived (a line total computed
// as quantity × unit price, a product's stock summed over its variants) the
// mapping below says so and says "approximate" where it is. Every model
// keeps the platform's typed record in Source (and every line, variant and
// address its own), so any field the normalization does not carry is one
// type assertion away:
//
//	if src, ok := o.Source.(*insales.Order); ok {
//		fmt.Println(src.DeliveryTitle, src.CustomStatus)
//	}
//
// Money is an ecomkit.Decimal, exact as the platform sent it; amounts are
// never converted between currencies and never pass through float64. Sum
// them with Decimal.Add, per currency.
//
// # Reading what changed
//
// Reader.Changes reads what was created or updated after a Checkpoint with
// the platform's own incremental filter, oldest first by (update time, id).
// Store each record's Checkpoint once it is processed and resume from the
// last one: nothing is skipped, nothing is read twice unless it changed
// again. Where the platform's filter is coarse (a day) or its answer is not
// ordered by update time, the Store reads the filter's window, keeps what
// is after the checkpoint and sorts it; that window is held in memory. Every
// walk leaves records updated in the platform's current second (by its Date
// header) to the next call, since another edit may still land in that
// second.
//
// # Unsupported operations
//
// A resource or operation a platform's API does not offer (orders on
// MyCashflow, another customer's record on the storefront) answers an error
// matching ErrUnsupported, an *UnsupportedError that says why. Listings
// yield it as their first and only item.
//
// # Mapping
//
// Which platform field feeds each normalized field, and how statuses map.
// A dash means the platform has no such field.
//
// MAPPING-TABLE
package commerce
