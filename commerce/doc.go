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
// is after the checkpoint and sorts it; that window is held in memory, up to
// WithMaxWindow records (ErrWindowTooLarge past it). Every
// walk leaves records updated in the platform's current second (by its Date
// header, or the Store's clock when that is earlier: a Date in the future
// releases nothing) to the next call, since another edit may still land in
// that second.
//
// # Unsupported operations
//
// A resource or operation a platform's API does not offer answers an error
// matching ErrUnsupported, an *UnsupportedError that says why; listings
// yield it as their first and only item. What each platform offers:
//
//	                 Orders              Products               Customers
//	InSales          get all changes     get all changes        get all changes
//	Shopkit          get all changes     get all changes(1)     get all
//	MyCashflow       —                   —                      get all changes
//	Website builder  get all             get all                get all (contacts)
//	Storefront       get all (own)       get(2) all changes(1)  get all (self)
//
// (1) reads the whole catalogue at each call: the API has no update filter.
// (2) walks the catalogue: the API reads single variants, not products.
// "own" and "self" are the signed-in customer's orders and profile, the
// only ones a storefront session sees. Changes is unsupported where the
// platform's records carry no update time (the website builder's, a
// Shopkit client, a storefront order or profile).
//
// # Amounts and currencies
//
// Amounts are kept in the unit the platform sends: major units (12.50) on
// InSales, Shopkit and the website builder, as far as their documentation
// shows; minor units (1250, cents) on the storefront, as its documentation
// says of discounts. Currency is the platform's own code where it sends one
// (InSales sends "RUR" for roubles) and "" where it names none (the website
// builder, the storefront); group totals by Platform and Currency.
//
// # Mapping
//
// Which platform field feeds each normalized field, and how statuses map.
// A dash means the platform has no such field.
//
// # Mapping: InSales
//
//	InSales (admin API; Source: *insales.Order, *insales.Product, *insales.Customer)
//	  *.Platform, *.Source      "insales"; the typed model as decoded (lines, variants and
//	                            addresses point into it)
//	  Order.ID                  id
//	  Order.Number              number (int, as text; "" when not sent)
//	  Order.CreatedAt/UpdatedAt created_at, updated_at
//	  Order.Status              fulfillment_status, the system status: new→open,
//	                            accepted→processing, delivered→completed (the three values
//	                            the API documentation shows); approved→processing,
//	                            dispatched→shipped, declined→cancelled, returned→returned
//	                            (unverified: not in the API documentation; the other system
//	                            statuses the insales package declares); anything
//	                            else→unknown. custom_status (shop-defined, a refinement of a
//	                            system status) stays in Source
//	  Order.PlatformStatus      fulfillment_status as sent
//	  Order.PaymentStatus       financial_status: pending→pending, paid→paid (the two values
//	                            the API documentation lists); anything else→unknown
//	  Order.PlatformPaymentStatus
//	                            financial_status as sent
//	  Order.Currency            currency_code as sent ("RUR" for roubles, not "RUB")
//	  Order.Subtotal            items_price (approximate: undefined in the API
//	                            documentation; in 13 of its 16 examples it is the sum of
//	                            the lines' full_total_price: discounts off, the payment
//	                            gateway's margin added; in two it is also less a coupon
//	                            the lines do not carry)
//	  Order.ShippingTotal       full_delivery_price (delivery_price with the margin added),
//	                            else delivery_price; total_price = items_price +
//	                            full_delivery_price in all 16 examples
//	  Order.DiscountTotal       computed: sum of discounts[].full_amount (amount with the
//	                            margin added; amount when absent), already off Subtotal; 0
//	                            for an empty list; nil when the list or an amount is missing
//	  Order.TaxTotal            — (lines carry a VAT rate, vat; no tax amount is sent)
//	  Order.Total               total_price as sent
//	  Order.Lines               order_lines[]: ID id, ProductID product_id (0 when null),
//	                            VariantID variant_id, SKU sku, Title title (as ordered),
//	                            Quantity quantity, UnitPrice sale_price (before the line's
//	                            discounts: quantity × sale_price = total_price in every
//	                            example), Total full_total_price, else total_price
//	                            (after the line's discounts, discounts_amount, with the
//	                            margin added, in the examples; the lines' totals add up to
//	                            Subtotal)
//	  Order.Customer            client: ID id, Email email, Phone phone, Name as
//	                            Customer.Name
//	  Order.BillingAddress      — (an InSales order has no billing address)
//	  Order.ShippingAddress     shipping_address: Name full_name, Line1 address (free text;
//	                            may hold the whole address), City city, Region state,
//	                            PostalCode zip, Country country (an ISO code in the
//	                            examples, "RU"), Phone phone, Text full_delivery_address;
//	                            Company, Line2 — (none)
//	  Product.ID/Title          id, title
//	  Product.Handle            permalink
//	  Product.SKU               computed: the only variant's sku; "" with several variants
//	  Product.Price             variants[0].price (approximate: the first variant's; the API
//	                            has no product-level price)
//	  Product.Currency          — (currency_code is the product's stock currency, and the
//	                            examples answer prices converted from it: price 100 sent,
//	                            3000.0 answered at the rate 30.0; the currency of price is
//	                            not stated, and no account endpoint names the shop's
//	                            currency; currency_code stays in Source)
//	  Product.Stock             computed: sum of variants[].quantity; nil without variants
//	                            or when one is null (stock not tracked)
//	  Product.Variants          variants[]: ID id, Title title, SKU sku, Price price, Stock
//	                            quantity (nil: not tracked)
//	  Product.CreatedAt         created_at
//	  Product.UpdatedAt         updated_at
//	  Customer.ID               id (a client: /admin/clients)
//	  Customer.Email/Phone      email, phone
//	  Customer.FirstName        name, individuals only (approximate: the examples hold a
//	                            whole name there with surname null); "" for a legal entity
//	  Customer.LastName         surname, individuals only
//	  Customer.Name             computed: name, middlename and surname joined (individual);
//	                            name (legal entity: the company's name)
//	  Customer.Addresses        juridical_address as Text (legal entities); the API keeps no
//	                            other address for a client
//	  Customer.CreatedAt        created_at
//	  Customer.UpdatedAt        updated_at
//	  Changes                   updated_since + from_id, ordered by the server (updated_at,
//	                            id); resumes after the checkpoint page by page
//	  Unsupported: nothing.
//
// # Mapping: Shopkit
//
//	Shopkit
//	  Amounts are the API's JSON numbers (or numeric texts) kept as sent; absent or null is nil, a
//	  sent 0 is 0.
//	  Order.ID                 id
//	  Order.Number             — (no order number apart from the id; hash is a permalink key)
//	  Order.CreatedAt          created_at
//	  Order.UpdatedAt          update_at (the API's spelling)
//	  Order.Status             status_alias: pending, waiting_confirmation, waiting_payment→open;
//	                           processing, waiting_stock, waiting_shipment→processing;
//	                           sent→shipped; delivered→completed; canceled→cancelled;
//	                           returned→returned; pickup_available (a store's pickup point or a
//	                           carrier's: not said) and any other value→unknown. Without
//	                           status_alias: status 3→shipped, the only number the API
//	                           documentation explains; other numbers→unknown. (approximate: the
//	                           API documentation lists the aliases without defining them; each
//	                           is mapped by its name)
//	  Order.PlatformStatus     status_alias as sent; without one, status (the number as text)
//	  Order.PaymentStatus      paid: true→paid, false or null→pending (approximate: the API has no
//	                           refunded state; a refunded or cancelled unpaid order reads pending)
//	  Order.PlatformPaymentStatus
//	                           paid as text, "true" or "false" (null or absent reads "false":
//	                           package shopkit decodes paid as a plain bool)
//	  Order.Currency           currency (ISO 4217)
//	  Order.Subtotal           subtotal (approximate: not defined by the API documentation; in its
//	                           example, the lines' price × quantity before discount, tax, shipping)
//	  Order.ShippingTotal      shipping.value, or the bare number older API versions send as
//	                           shipping; shipping.tax and shipping.discount are not applied
//	  Order.DiscountTotal      discount (in the example, the sum of the lines' discounts)
//	  Order.TaxTotal           total_tax
//	  Order.Total              total
//	  Order.Lines              products[]
//	  OrderLine.ID             — (a line has no id of its own)
//	  OrderLine.ProductID      products[].id (approximate: the API documentation does not say
//	                           whose id it is; read as the product's, as package shopkit does)
//	  OrderLine.VariantID      — (a line names its option as text, products[].option, not by id)
//	  OrderLine.SKU            products[].reference
//	  OrderLine.Title          products[].title
//	  OrderLine.Quantity       products[].quantity
//	  OrderLine.UnitPrice      products[].price (before tax and discount, as in the example)
//	  OrderLine.Total          products[].subtotal (approximate: not defined by the API
//	                           documentation; in its example, after the line's discount, tax
//	                           included, unrounded)
//	  Order.Customer           client; nil when the order has none
//	  CustomerRef.ID           — (an order's client carries no id, only an e-mail hash)
//	  CustomerRef.Email        client.email
//	  CustomerRef.Name         client.name
//	  CustomerRef.Phone        client.phone (Shopkit's 2025 public docs, where it equals
//	                           delivery.phone); "" in older answers
//	  Order.BillingAddress     client.billing; nil when absent
//	  Order.ShippingAddress    client.delivery; nil when absent
//	  Address.Name             name
//	  Address.Company          — (the company is the client's, client.company, not the address's)
//	  Address.Line1            address
//	  Address.Line2            address_extra
//	  Address.City             city
//	  Address.Region           — (not in the API)
//	  Address.PostalCode       zip_code
//	  Address.Country          country_code (ISO 3166-1 alpha-3)
//	  Address.Phone            phone
//	  Address.Text             — (addresses are sent in parts)
//	  Product.ID               id
//	  Product.Title            title
//	  Product.Handle           handle
//	  Product.SKU              reference ("" when null)
//	  Product.Price            price (the regular price; price_promo is not applied)
//	  Product.Currency         currency of GET /store, read once per Store: the API documentation
//	                           gives prices "in the store currency"; products state none
//	  Product.Stock            stock.stock_qty when stock.stock_enabled, else nil (the product's
//	                           own figure, not a sum of its options')
//	  Product.Variants         options[]
//	  Variant.ID               options[].id
//	  Variant.Title            options[].title ("Small bowl / White")
//	  Variant.SKU              options[].reference
//	  Variant.Price            options[].price
//	  Variant.Stock            options[].stock when the product's stock.stock_enabled, else nil
//	  Product.CreatedAt        created_at
//	  Product.UpdatedAt        updated_at
//	  Customer                 a client (GET /client, Shopkit's 2025 public docs)
//	  Customer.ID              id
//	  Customer.Email           email
//	  Customer.Name            name
//	  Customer.FirstName       — (only the full name is sent)
//	  Customer.LastName        — (only the full name is sent)
//	  Customer.Phone           — (a client has phones only in its addresses)
//	  Customer.Addresses       delivery, then billing, each when sent; parts as for orders
//	  Customer.CreatedAt       created_at (Unix seconds)
//	  Customer.UpdatedAt       — (a client has no update time; last_seen_at is its last visit)
//	  Changes                  orders: GET /order with date_type=update_at and date_from the day
//	                           before the checkpoint's UTC day (whole days, time zone not
//	                           documented); the window is read into memory. Products: GET /product
//	                           has no update filter, so every product is read, each time.
//	  Unsupported: Customers Changes (no update time on a client, no update filter on GET /client).
//
// # Mapping: MyCashflow
//
//	MyCashflow
//	  Orders               unsupported: the API documentation has no order endpoints
//	                       (the API documentation ends cut short after gift cards; public
//	                       clients read orders from an undocumented /api/v0)
//	  Order.*              — every field (Platform, ID, Number, CreatedAt, UpdatedAt, Status,
//	                       PlatformStatus, PaymentStatus, PlatformPaymentStatus, Currency,
//	                       Subtotal, ShippingTotal, DiscountTotal, TaxTotal, Total, Lines,
//	                       Customer, BillingAddress, ShippingAddress, Source), OrderLine.* and
//	                       CustomerRef.*: no orders, so no statuses to map either
//	  Products             unsupported: no product listing and no product read by id; the one
//	                       product route, GET /categories/{id}/products, lists one category's
//	                       product links (ids and sort positions), not every product
//	  Product.*            — every field (Platform, ID, Title, Handle, SKU, Price, Currency,
//	                       Stock, Variants, CreatedAt, UpdatedAt, Source) and Variant.*:
//	                       products unsupported
//	  Customer.Platform    "mycashflow"
//	  Customer.ID          id
//	  Customer.Email       email
//	  Customer.FirstName   first_name
//	  Customer.LastName    last_name
//	  Customer.Name        first_name and last_name joined with a space (computed: the API
//	                       sends no full name)
//	  Customer.Phone       phone
//	  Customer.Addresses   one address: the primary one, kept on the customer account itself
//	                       (none when street_address, postal_code, city and country are all
//	                       empty); the secondary addresses (GET /customers/{id}/
//	                       secondary_addresses) are not read: one more request per customer
//	  Address.Name         — (first_name and last_name are the customer's: Customer.Name)
//	  Address.Company      — (company is the customer's, not the address's; kept in Source)
//	  Address.Line1        street_address
//	  Address.Line2        — (the API has one street line)
//	  Address.City         city
//	  Address.Region       — (not in the API)
//	  Address.PostalCode   postal_code
//	  Address.Country      country, a country code as sent ("FI")
//	  Address.Phone        — (phone is the customer's: Customer.Phone)
//	  Address.Text         — (the API sends the address in parts)
//	  Address.Source       the *mycashflow.Customer (the address is part of it)
//	  Customer.CreatedAt   created_at
//	  Customer.UpdatedAt   updated_at
//	  Customer.Source      *mycashflow.Customer
//	  Changes              GET /customers?updated_at-from=<checkpoint time>&sort=id-asc
//	                       (inclusive, to the second); every page is read into memory, then
//	                       sorted by (updated_at, id); the zero Checkpoint reads every customer
//
// # Mapping: Website builder (package sitebuilder)
//
//	Website builder (sitebuilder)
//	  Amounts are the API's JSON numbers kept as sent (whole currency units in the API
//	  documentation's examples, not cents; the unit is not stated); null is nil, a sent 0 is 0.
//	  Order.ID             id
//	  Order.Number         invoiceNo (int, as text; "" when 0), the only order number besides id
//	  Order.CreatedAt      created (Unix seconds)
//	  Order.UpdatedAt      — (the API sends no update time for orders)
//	  Order.Status         status: pending→open, shipped→shipped, completed→completed,
//	                       canceled→cancelled, archived→unknown (archiving says nothing of
//	                       progress), any other value→unknown (approximate: pending covers both a
//	                       new order and one being prepared; there is no processing status)
//	  Order.PlatformStatus status as decoded (package sitebuilder stores it in lower case, the
//	                       case the API documentation says it returns)
//	  Order.PaymentStatus  paid: true→paid, false or null→pending (approximate: the API has no
//	                       refunded state; a refunded or cancelled unpaid order reads pending)
//	  Order.PlatformPaymentStatus  paid as text: "true" or "false" (null reads "false": package
//	                       sitebuilder decodes paid as a plain bool)
//	  Order.Currency       — (the API names no currency: not on orders, products or the website)
//	  Order.Subtotal       subTotal (the API documentation does not say whether before or after
//	                       the discount)
//	  Order.ShippingTotal  shippingAmount
//	  Order.DiscountTotal  discountAmount, sign as sent (approximate: the field is undescribed; the
//	                       API documentation does not say that with discountType percent_discount
//	                       it is money rather than the percentage)
//	  Order.TaxTotal       computed: sum of taxes[].total; nil when the order lists no taxes or
//	                       a tax sends no total (null or absent: the sum would be wrong)
//	  Order.Total          total
//	  Order.Lines          items[]
//	    ID                 items[].id
//	    ProductID          items[].productId
//	    VariantID          — (variants have no id)
//	    SKU                items[].sku
//	    Title              items[].name
//	    Quantity           items[].quantity
//	    UnitPrice          — (not sent; only the line total is)
//	    Total              items[].total
//	  Order.Customer       ID contactId (0 for none), Email customerEmail, Name customerName,
//	                       Phone — (the order carries no buyer phone); nil when all are empty
//	  Order.BillingAddress billingAddress / shippingAddress: Name name, Company companyName,
//	  Order.ShippingAddress  Line1 address, Line2 address2, City city, Region state,
//	                       PostalCode zipCode, Country country (free text, as sent), Phone phone,
//	                       Text —; nil when absent, null or every field empty
//	  Product.ID           id
//	  Product.Title        title
//	  Product.Handle       url (the product's URL handle)
//	  Product.SKU          — (only variants have a sku)
//	  Product.Price        the first variant's price (approximate: variants may be priced
//	                       differently); nil without variants
//	  Product.Currency     — (the API names no currency)
//	  Product.Stock        computed: sum of variants[].quantity; nil without variants
//	                       (approximate: the API documentation does not say whether 0 means out of
//	                       stock or not tracked, as for a digital product)
//	  Product.Variants     variants[]
//	    ID                 — (variants have no id)
//	    Title              computed: variants[].options joined with " / " ("Wood / Single")
//	    SKU                variants[].sku
//	    Price              variants[].price (the price charged; regularPrice, salePrice and onSale
//	                       are left in Source)
//	    Stock              variants[].quantity
//	  Product.CreatedAt    — (products carry no timestamps)
//	  Product.UpdatedAt    — (products carry no timestamps)
//	  Customer             a CRM contact (GET /contacts): every order names its contact
//	                       (contactId); members exist only for buyers who registered
//	  Customer.ID          id
//	  Customer.Email       email
//	  Customer.FirstName   — (the API sends one name)
//	  Customer.LastName    — (the API sends one name)
//	  Customer.Name        name
//	  Customer.Phone       phone
//	  Customer.Addresses   one address when any part is set: Company companyName, Line1 address,
//	                       City city, Region state, PostalCode zip, Country country (free text);
//	                       Name, Line2, Phone and Text —
//	  Customer.CreatedAt   createdOn (Unix seconds)
//	  Customer.UpdatedAt   — (the API sends no update time for contacts)
//	  Unsupported: Changes of orders, products and customers: orders and contacts carry only
//	  their creation time and their lists filter only by it (created_at_min), products carry no
//	  time at all, so an edited record cannot be found; the order_updated, product_updated and
//	  contact_updated webhooks report edits.
//
// # Mapping: Storefront
//
//	Storefront (the signed-in customer's view: NewStorefront needs a client with a session)
//	  Order.ID             id (the API documentation shows no order body: its examples are "{}"
//	                       and four expand fragments, fulfilment, discount, gift and
//	                       verify_payment_files, of undocumented shape)
//	  Order.Number         — (no order shows a number; POST /orders/track takes "#1342" or an id)
//	  Order.CreatedAt      — (created_at is only a sort key of GET /orders, never shown)
//	  Order.UpdatedAt      — (no update time documented)
//	  Order.Status         unknown, PlatformStatus "" (no order status documented)
//	  Order.PaymentStatus  unknown, PlatformPaymentStatus "" (payment_status is only a sort key)
//	  Order.Currency       — (the API documentation names no currency anywhere)
//	  Order.Subtotal       — (not documented)
//	  Order.ShippingTotal  — (not documented)
//	  Order.DiscountTotal  — (the discount expand has an undocumented shape)
//	  Order.TaxTotal       — (not documented)
//	  Order.Total          — (total_price is only a sort key)
//	  Order.Lines          — (no order lines documented)
//	  Order.Customer       — (GET /orders lists the signed-in customer's orders, but an order
//	                       names no customer; read Customers().All for the profile)
//	  Order.BillingAddress — (not documented)
//	  Order.ShippingAddress — (not documented)
//	  Order.Source         *storefront.Order; its Extra keeps every member the server sends
//	  Product.ID           id (GET /products, the listing of products with their variants;
//	                       Get walks it, as GET /products/{id} answers a variant)
//	  Product.Title        title
//	  Product.Handle       handle
//	  Product.SKU          — (the product has none; each variant has sku)
//	  Product.Price        the first variant's price (approximate: only variants have prices);
//	                       nil when absent
//	  Product.Currency     — (the API documentation names no currency anywhere)
//	  Product.Stock        sum of the variants' inventory_quantity (computed; approximate: the API
//	                       documentation does not say when inventory_management stops tracking,
//	                       and a missing or null quantity counts 0); nil without variants
//	  Product.Variants     variants[]: ID id, Title title, SKU sku, Price price (nil when absent),
//	                       Stock inventory_quantity (0 when absent or null: the typed model has no
//	                       null for it), Source a pointer into Product.Source
//	  Product.CreatedAt    created_at (format not documented; an unreadable one is kept raw)
//	  Product.UpdatedAt    updated_at (idem)
//	  Product.Source       *storefront.Product
//	  Amounts              the integers the API sends, in minor units (cents, as the API
//	                       documentation says of discounts.by_price), never divided by 100
//	  Customer.ID          id (GET /customers/profile: the signed-in customer, the only one a
//	                       session sees; All yields it, Get answers its id only)
//	  Customer.Email       email
//	  Customer.FirstName   firstname
//	  Customer.LastName    lastname
//	  Customer.Name        firstname and lastname joined with a space (computed)
//	  Customer.Phone       — (the profile has none; each address has phone)
//	  Customer.Addresses   shipping_info[]: Name first_name and last_name joined (computed),
//	                       Company company, Line1 address_one, Line2 address_two and
//	                       apartment_suite joined with ", " (computed), City city, Region region,
//	                       or province when region is empty (approximate), PostalCode zip,
//	                       Country country (as sent; name or code is not documented), Phone phone
//	  Customer.CreatedAt   — (not in the profile)
//	  Customer.UpdatedAt   — (not in the profile)
//	  Customer.Source      *storefront.Customer
//	  Statuses             none: the API documentation shows no order or payment status
//	  Changes              products: the whole GET /products listing read into memory each time
//	                       (no updated-since filter, no sort option; approximate: the listing's
//	                       order is assumed not to change with edits)
//	  Unsupported: Orders.Changes (no update time on an order; GET /orders sorts by id, paid_at,
//	    created_at, payment_status or total_price only), Customers.Changes (the profile carries
//	    no update time)
//
// # Not mapped
//
// What each platform sends that no normalized field carries, and why, is listed in
// UNMAPPED.md beside this package; all of it stays in Source.
package commerce
