package shopkit_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/shopkit"
)

// catalogue2025 are the 12 catalogue ids built from Shopkit's 2025 public
// docs (path_source public-docs).
var catalogue2025 = []string{"products.search", "orders.issue_invoice", "orders.bulk_issue_invoice",
	"clients.list", "clients.get", "clients.create", "clients.update", "clients.delete",
	"shipments.list", "shipments.list_carriers", "coupons.update", "stats.get"}

func checkClient(t *testing.T, c *shopkit.StoreClient, created int64, company *string) {
	t.Helper()
	assert.Equal(t, int64(731046), c.ID)
	assert.Equal(t, "858b9f6902f34443ef5d19ebb77baed5", c.Hash)
	assert.Equal(t, "Shopkit", c.Name)
	assert.Equal(t, "info@shopk.it", c.Email)
	assert.Equal(t, company, c.Company)
	assert.Equal(t, "S", c.Initials)
	assert.Equal(t, shopkit.String("0"), c.Locale)
	assert.Equal(t, shopkit.String("false"), c.Wholesale)
	assert.Nil(t, c.Birthday)
	assert.Equal(t, created, c.CreatedAt.Unix(), "Unix seconds, not ISO 8601")
	assert.True(t, c.CreatedAt.Valid())
	assert.Equal(t, created, c.LastSeenAt.Unix())
	assert.False(t, bool(c.IsBanned))
	require.NotNil(t, c.Delivery)
	assert.Equal(t, "PRT", c.Delivery.CountryCode)
	assert.Equal(t, "PT", c.Delivery.CountryCodeAlpha2)
	assert.Equal(t, "Castelo Branco", c.Delivery.City)
	require.NotNil(t, c.Billing)
	require.NotNil(t, c.OrdersSummary)
	if created == 1416357859 { // the list/update example; the new client has no orders
		assert.Equal(t, shopkit.Int(27), c.OrdersSummary.TotalCount)
		assert.Equal(t, "3206.34", c.OrdersSummary.TotalValue.String())
	} else {
		assert.Equal(t, shopkit.Int(0), c.OrdersSummary.TotalCount)
	}
	assert.JSONEq(t, `"IVA"`, string(c.L10n["tax_name"]))
	assert.Empty(t, c.Extra, "every documented field is declared")
}

func endpointCases2025() []endpointCase {
	day := func(s string) *shopkit.Date {
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		d := shopkit.NewDate(tm.Year(), tm.Month(), tm.Day())
		return &d
	}
	return []endpointCase{
		{name: "products.search", status: 200, respond: "products.search", header: []string{"X-Total-Count", "3"},
			method: "GET", path: "/product/search", query: "fields=title%2Ctags&limit=10&page=1&query=Rustic",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Products.Search(ctx, "Rustic", &shopkit.ProductSearchOptions{Fields: []string{"title", "tags"}, ListOptions: shopkit.ListOptions{Page: 1, Limit: 10}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Product])
				assert.Equal(t, 3, p.Total)
				require.Len(t, p.Items, 1)
				checkProductGET(t, &p.Items[0])
			}},
		{name: "orders.issue_invoice", status: 201, respond: "orders.issue_invoice", method: "POST", path: "/order/1337/invoice",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Orders.IssueInvoice(ctx, 1337) },
			check: func(t *testing.T, got any) {
				assert.Equal(t, "The invoice was issued successfully", got.(*shopkit.InvoiceResult).Message)
			}},
		{name: "orders.bulk_issue_invoice", status: 201, respond: "orders.bulk_issue_invoice", method: "PUT", path: "/order/bulk/invoice",
			body: "orders.bulk_issue_invoice.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Orders.IssueInvoiceBulk(ctx, []int64{1337, 7331})
			},
			check: func(t *testing.T, got any) {
				r := got.([]shopkit.OrderBulkResult)
				require.Len(t, r, 2)
				assert.Equal(t, int64(3005936), r[0].ID)
				assert.Equal(t, 201, r[0].Code)
				assert.True(t, r[1].OK())
				assert.Equal(t, "The invoice was issued successfully", r[1].Message)
			}},
		{name: "clients.list", status: 200, respond: "clients.list", method: "GET", path: "/client",
			query: "banned=false&limit=10&page=2&q=Shopkit&registered=true&tags=vip%2Cpt&wholesale=pending",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Clients.List(ctx, &shopkit.ClientListOptions{Registered: shopkit.Ptr(true), Banned: shopkit.Ptr(false),
					Wholesale: "pending", Tags: []string{"vip", "pt"}, Query: "Shopkit", ListOptions: shopkit.ListOptions{Page: 2, Limit: 10}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.StoreClient])
				require.Len(t, p.Items, 1)
				checkClient(t, &p.Items[0], 1416357859, nil)
				assert.Equal(t, "guest", p.Items[0].Type)
			}},
		{name: "clients.get", status: 200, respond: "clients.list", method: "GET", path: "/client/731046",
			call:  func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Clients.Get(ctx, 731046) },
			check: func(t *testing.T, got any) { checkClient(t, got.(*shopkit.StoreClient), 1416357859, nil) }},
		{name: "clients.get (by hash)", status: 200, respond: "clients.list", method: "GET", path: "/client/858b9f6902f34443ef5d19ebb77baed5",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Clients.GetByHash(ctx, "858b9f6902f34443ef5d19ebb77baed5")
			},
			check: func(t *testing.T, got any) { checkClient(t, got.(*shopkit.StoreClient), 1416357859, nil) }},
		{name: "clients.create", status: 201, respond: "clients.create", method: "POST", path: "/client/", body: "clients.create.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "Shopkit", Email: "info@shopk.it"})
			},
			check: func(t *testing.T, got any) {
				cl := got.(*shopkit.StoreClient)
				checkClient(t, cl, 1744128878, nil)
				assert.True(t, bool(cl.IsRegistered))
				assert.Equal(t, shopkit.String("1"), cl.Delivery.AddressExtra, "a number kept as text")
				require.NotNil(t, cl.Billing.SameAsDelivery)
				assert.True(t, bool(*cl.Billing.SameAsDelivery))
			}},
		{name: "clients.update", status: 200, respond: "clients.update", method: "PUT", path: "/client/731046", body: "clients.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Clients.Update(ctx, 731046, &shopkit.ClientUpdate{Company: shopkit.Ptr("Shopkit")})
			},
			check: func(t *testing.T, got any) {
				checkClient(t, got.(*shopkit.StoreClient), 1416357859, shopkit.Ptr("Shopkit"))
			}},
		{name: "clients.delete", status: 204, method: "DELETE", path: "/client/731046",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return nil, c.Clients.Delete(ctx, 731046) }},
		{name: "clients.delete (by hash)", status: 204, method: "DELETE", path: "/client/858b9f6902f34443ef5d19ebb77baed5",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return nil, c.Clients.DeleteByHash(ctx, "858b9f6902f34443ef5d19ebb77baed5")
			}},
		{name: "clients.update (by hash)", status: 200, respond: "clients.update", method: "PUT", path: "/client/858b9f6902f34443ef5d19ebb77baed5",
			body: "clients.update.request",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Clients.UpdateByHash(ctx, "858b9f6902f34443ef5d19ebb77baed5", &shopkit.ClientUpdate{Company: shopkit.Ptr("Shopkit")})
			},
			check: func(t *testing.T, got any) {
				checkClient(t, got.(*shopkit.StoreClient), 1416357859, shopkit.Ptr("Shopkit"))
			}},
		{name: "shipments.list", status: 200, respond: "shipments.list", method: "GET", path: "/shipment",
			query: "carrier=ctt&date_from=2015-01-01&date_to=2015-02-01&paid=true&status=delivered&tracking_code=PT1333337",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Shipments.List(ctx, &shopkit.ShipmentListOptions{TrackingCode: "PT1333337", Carrier: shopkit.CarrierCTT,
					Paid: shopkit.Ptr(true), Status: shopkit.ShipmentDelivered, DateFrom: day("2015-01-01"), DateTo: day("2015-02-01")})
			},
			check: func(t *testing.T, got any) {
				p := got.(*shopkit.Page[shopkit.Shipment])
				require.Len(t, p.Items, 1)
				s := p.Items[0]
				assert.Equal(t, "PT1333337", s.TrackingCode)
				assert.Equal(t, shopkit.CarrierOther, s.Carrier)
				assert.Equal(t, "Other", s.CarrierDescription)
				assert.Equal(t, "https://track.aftership.com/PT1333337", s.TrackingURL)
				assert.Equal(t, shopkit.Int(1337), s.OrderID, "the string \"1337\" read as an id")
				assert.Equal(t, "manual", s.Type)
				assert.True(t, s.CreatedAt.Equal(ts("2024-01-11T17:45:31Z")))
				assert.Nil(t, s.UpdatedAt)
				require.NotNil(t, s.To)
				assert.Equal(t, "PRT", *s.To.CountryCode)
				require.NotNil(t, s.From)
				assert.Nil(t, s.From.CountryCode)
				assert.Empty(t, s.Extra)
			}},
		{name: "shipments.list_carriers", status: 200, respond: "shipments.list_carriers", method: "GET", path: "/shipment/carrier",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) { return c.Shipments.Carriers(ctx) },
			check: func(t *testing.T, got any) {
				cs := got.([]shopkit.Carrier)
				require.Len(t, cs, 16)
				assert.Equal(t, shopkit.TrackingCarrier("correos_express"), cs[0].Alias)
				assert.Equal(t, "VASP Expresso", cs[14].Title)
				for _, c := range cs {
					assert.Contains(t, shopkit.TrackingCarriers, c.Alias, "every carrier is a TrackingCarrier")
				}
			}},
		{name: "coupons.update", status: 200, respond: "coupons.update", method: "PUT", path: "/coupon/1337", body: `{"limit":10}`,
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Coupons.Update(ctx, 1337, &shopkit.CouponUpdate{Limit: shopkit.Ptr(10)})
			},
			check: func(t *testing.T, got any) {
				cp := got.(*shopkit.Coupon)
				assert.Equal(t, int64(1337), cp.ID)
				assert.Equal(t, "bajevolp", cp.Code)
				assert.Equal(t, shopkit.Int(10), cp.Limit)
				assert.Equal(t, shopkit.CouponPercent, cp.Type)
				assert.Equal(t, "14.864", cp.OrdersDiscount.String())
				assert.JSONEq(t, `true`, string(cp.Extra["active"]))
			}},
		{name: "stats.get", status: 200, respond: "stats.get", method: "GET", path: "/stats",
			query: "date_from=2024-09-02&date_to=2024-09-08&metric=resume",
			call: func(ctx context.Context, c *shopkit.Client) (any, error) {
				return c.Stats.Get(ctx, shopkit.StatsResume, &shopkit.StatsOptions{DateFrom: day("2024-09-02"), DateTo: day("2024-09-08")})
			},
			check: func(t *testing.T, got any) {
				s := got.(*shopkit.Stats)
				assert.Equal(t, " 2 de set.", s.DateStart)
				require.NotNil(t, s.DateStartRaw)
				assert.Equal(t, "2024-09-02", s.DateStartRaw.String())
				assert.Equal(t, shopkit.Int(12), s.Sessions)
				assert.Equal(t, "8.33", s.ConversionRate.String())
				assert.Equal(t, "0.08333333333333333", s.AbandonRate.String(), "exact text kept")
				assert.Equal(t, "91.66666666666667", s.PercentageDirectTraffic.String())
				assert.Equal(t, shopkit.Int(11), s.DirectTraffic)
				assert.Empty(t, s.SearchKeywords)
				assert.Empty(t, s.Extra)
			}},
	}
}

// TestEveryCatalogueEndpointCovered2025 ties the table to the 12 ids of the
// 2025 public docs (46 with TestEveryCatalogueEndpointCovered's 34).
func TestEveryCatalogueEndpointCovered2025(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range endpointCases2025() {
		id, _, _ := cut(tc.name, " ")
		covered[id] = true
	}
	for _, id := range catalogue2025 {
		assert.True(t, covered[id], "no wire test for %s", id)
	}
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

// TestBadInput2025NeverSent: bad input to the new methods is a FieldError
// naming the field, and nothing reaches the server.
func TestBadInput2025NeverSent(t *testing.T) {
	ctx := context.Background()
	ret := func(_ any, err error) error { return err }
	many := make([]int64, shopkit.MaxBulkOrders+1)
	for i := range many {
		many[i] = int64(i + 1)
	}
	cases := []struct {
		name, field string
		call        func(c *shopkit.Client) error
	}{
		{"Search no query", "query", func(c *shopkit.Client) error { return ret(c.Products.Search(ctx, "", nil)) }},
		{"Search field", "fields[0]", func(c *shopkit.Client) error {
			return ret(c.Products.Search(ctx, "x", &shopkit.ProductSearchOptions{Fields: []string{"price"}}))
		}},
		{"IssueInvoice id", "id", func(c *shopkit.Client) error { return ret(c.Orders.IssueInvoice(ctx, 0)) }},
		{"IssueInvoiceBulk 51", "body", func(c *shopkit.Client) error { return ret(c.Orders.IssueInvoiceBulk(ctx, many)) }},
		{"IssueInvoiceBulk empty", "body", func(c *shopkit.Client) error { return ret(c.Orders.IssueInvoiceBulk(ctx, nil)) }},
		{"IssueInvoiceBulk id", "[1].id", func(c *shopkit.Client) error { return ret(c.Orders.IssueInvoiceBulk(ctx, []int64{1, -2})) }},
		{"Clients.List wholesale", "wholesale", func(c *shopkit.Client) error {
			return ret(c.Clients.List(ctx, &shopkit.ClientListOptions{Wholesale: "maybe"}))
		}},
		{"Clients.List limit", "limit", func(c *shopkit.Client) error {
			return ret(c.Clients.List(ctx, &shopkit.ClientListOptions{ListOptions: shopkit.ListOptions{Limit: 51}}))
		}},
		{"Clients.Get id", "id", func(c *shopkit.Client) error { return ret(c.Clients.Get(ctx, -1)) }},
		{"Clients.GetByHash empty", "hash", func(c *shopkit.Client) error { return ret(c.Clients.GetByHash(ctx, "")) }},
		{"Clients.GetByHash digits", "hash", func(c *shopkit.Client) error { return ret(c.Clients.GetByHash(ctx, "1337")) }},
		{"Clients.Create nil", "body", func(c *shopkit.Client) error { return ret(c.Clients.Create(ctx, nil)) }},
		{"Clients.Create name", "name", func(c *shopkit.Client) error {
			return ret(c.Clients.Create(ctx, &shopkit.ClientCreate{Email: "a@b.pt"}))
		}},
		{"Clients.Create email", "email", func(c *shopkit.Client) error {
			return ret(c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "A", Email: "not-an-email"}))
		}},
		{"Clients.Create gender", "gender", func(c *shopkit.Client) error {
			return ret(c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "A", Email: "a@b.pt", Gender: shopkit.Ptr("x")}))
		}},
		{"Clients.Create delivery", "delivery.city", func(c *shopkit.Client) error {
			return ret(c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "A", Email: "a@b.pt",
				Delivery: &shopkit.ClientAddressInput{Name: "A", Address: "R", ZipCode: "1", CountryCode: "PRT"}}))
		}},
		{"Clients.Create country", "billing.country_code", func(c *shopkit.Client) error {
			return ret(c.Clients.Create(ctx, &shopkit.ClientCreate{Name: "A", Email: "a@b.pt",
				Billing: &shopkit.ClientAddressInput{Name: "A", Address: "R", ZipCode: "1", City: "C", CountryCode: "PT"}}))
		}},
		{"Clients.Update empty", "body", func(c *shopkit.Client) error { return ret(c.Clients.Update(ctx, 1, &shopkit.ClientUpdate{})) }},
		{"Clients.Update nil", "body", func(c *shopkit.Client) error { return ret(c.Clients.Update(ctx, 1, nil)) }},
		{"Clients.Update id", "id", func(c *shopkit.Client) error {
			return ret(c.Clients.Update(ctx, 0, &shopkit.ClientUpdate{Company: shopkit.Ptr("x")}))
		}},
		{"Clients.Delete id", "id", func(c *shopkit.Client) error { return c.Clients.Delete(ctx, 0) }},
		{"Clients.DeleteByHash digits", "hash", func(c *shopkit.Client) error { return c.Clients.DeleteByHash(ctx, "42") }},
		{"Clients.UpdateByHash empty", "hash", func(c *shopkit.Client) error {
			return ret(c.Clients.UpdateByHash(ctx, "", &shopkit.ClientUpdate{Company: shopkit.Ptr("x")}))
		}},
		{"Clients.UpdateByHash nothing", "body", func(c *shopkit.Client) error {
			return ret(c.Clients.UpdateByHash(ctx, "abc", &shopkit.ClientUpdate{}))
		}},
		{"Shipments carrier", "carrier", func(c *shopkit.Client) error {
			return ret(c.Shipments.List(ctx, &shopkit.ShipmentListOptions{Carrier: "asp"}))
		}},
		{"Shipments status", "status", func(c *shopkit.Client) error {
			return ret(c.Shipments.List(ctx, &shopkit.ShipmentListOptions{Status: "lost"}))
		}},
		{"Coupons.Update empty", "body", func(c *shopkit.Client) error { return ret(c.Coupons.Update(ctx, 1, &shopkit.CouponUpdate{})) }},
		{"Coupons.Update id", "id", func(c *shopkit.Client) error {
			return ret(c.Coupons.Update(ctx, 0, &shopkit.CouponUpdate{Limit: shopkit.Ptr(1)}))
		}},
		{"Coupons.Update limit", "limit", func(c *shopkit.Client) error {
			return ret(c.Coupons.Update(ctx, 1, &shopkit.CouponUpdate{Limit: shopkit.Ptr(-1)}))
		}},
		{"Coupons.Update applies_to", "applies_to", func(c *shopkit.Client) error {
			return ret(c.Coupons.Update(ctx, 1, &shopkit.CouponUpdate{AppliesTo: shopkit.Ptr(shopkit.CouponAppliesTo("x"))}))
		}},
		{"Coupons.Create brand", "brand", func(c *shopkit.Client) error {
			in := okCoupon()
			in.AppliesTo = shopkit.CouponBrand
			return ret(c.Coupons.Create(ctx, in))
		}},
		{"Stats metric", "metric", func(c *shopkit.Client) error { return ret(c.Stats.Get(ctx, "", nil)) }},
		{"Stats metric choice", "metric", func(c *shopkit.Client) error { return ret(c.Stats.Get(ctx, "sales", nil)) }},
		{"Stats dates", "date_from", func(c *shopkit.Client) error {
			return ret(c.Stats.Get(ctx, shopkit.StatsResume, &shopkit.StatsOptions{DateFrom: &shopkit.Date{}}))
		}},
		{"Products origin_country", "origin_country", func(c *shopkit.Client) error {
			u := &shopkit.ProductUpdate{}
			u.OriginCountry = shopkit.Ptr("PT")
			return ret(c.Products.Update(ctx, 1, u))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assertRefused(t, tc.field, tc.call) })
	}
}

// TestNewOrderFieldsOnTheWire: the 2025 filters and update attributes
// reach the request.
func TestNewOrderFieldsOnTheWire(t *testing.T) {
	c, w := newWire(t, 200, fixture(t, "orders.list"))
	_, err := c.Orders.List(context.Background(), &shopkit.OrderListOptions{IsNew: shopkit.Ptr(true), Shipped: shopkit.Ptr(false),
		Invoice: shopkit.Ptr(true), ClientEmail: "a+b@shopk.it", ClientHash: "858b", Query: "bowl"})
	require.NoError(t, err)
	assert.Equal(t, "client_email=a%2Bb%40shopk.it&client_hash=858b&invoice=true&is_new=true&q=bowl&shipped=false", w.last(t).RawQuery)

	c, w = newWire(t, 200, fixture(t, "orders.update"))
	_, err = c.Orders.Update(context.Background(), 1337, &shopkit.OrderUpdate{IsNew: shopkit.Ptr(false), NotifyClient: shopkit.Ptr(true),
		Tags: []string{"vip"}, InvoiceFile: shopkit.Ptr("JVBERi0=")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"is_new":false,"notify_client":true,"tags":["vip"],"invoice_file":"JVBERi0="}`, string(w.last(t).Body))

	c, w = newWire(t, 201, fixture(t, "coupons.create"))
	in := okCoupon()
	in.AppliesTo, in.Tag = shopkit.CouponTag, "summer"
	_, err = c.Coupons.Create(context.Background(), in)
	require.NoError(t, err)
	assert.Contains(t, string(w.last(t).Body), `"applies_to":"tag"`)
	assert.Contains(t, string(w.last(t).Body), `"tag":"summer"`)
}

// TestClientMissIsNotFound: a client lookup answered 404 or [] matches
// ErrNotFound, never (nil, nil).
func TestClientMissIsNotFound(t *testing.T) {
	for _, body := range []string{`{"message":"Not found."}`, `[]`} {
		status := 404
		if body == `[]` {
			status = 200
		}
		c, _ := newWire(t, status, []byte(body))
		got, err := c.Clients.GetByHash(context.Background(), "abc")
		assert.Nil(t, got)
		assert.ErrorIs(t, err, shopkit.ErrNotFound, body)
	}
}

func okCoupon() *shopkit.CouponCreate {
	return &shopkit.CouponCreate{Code: "X", Value: dec("5"), Type: shopkit.CouponMoney, AppliesTo: shopkit.CouponAllOrders}
}

// TestOrder2025Fields: the order fields Shopkit's 2025 docs add decode
// into declared fields, not Extra.
func TestOrder2025Fields(t *testing.T) {
	c, _ := newWire(t, 200, []byte(`[{"id": 1337, "wholesale": false, "is_digital": false, "billing_info_same_delivery": true,
		"tax_settings": {"tax_included": true}, "shipment_type": "delivery", "shipment_method_id": "12",
		"tracking_status": {"event_alias": "delivered", "event_description": "Entregue"},
		"payment": {"type": "mbway", "value": 40.73, "tax": 0, "tax_percent": 23, "title": "MB WAY", "method": "mbway", "gateway": "eupago"},
		"client": {"name": "Ana", "hash": "858b", "picture": null, "delivery": {"country_code": "PRT", "country_code_alpha_2": "PT"}}}]`))
	o, err := c.Orders.Get(context.Background(), 1337)
	require.NoError(t, err)
	assert.True(t, bool(*o.BillingInfoSameDelivery))
	assert.False(t, bool(*o.IsDigital))
	assert.JSONEq(t, `{"tax_included": true}`, string(o.TaxSettings))
	assert.Equal(t, "delivery", *o.ShipmentType)
	assert.Equal(t, shopkit.String("12"), o.ShipmentMethodID)
	require.NotNil(t, o.TrackingStatus)
	assert.Equal(t, "delivered", o.TrackingStatus.EventAlias)
	assert.Equal(t, "40.73", o.Payment.Value.String())
	assert.Equal(t, "23", o.Payment.TaxPercent.String())
	assert.Equal(t, "eupago", o.Payment.Gateway)
	assert.Equal(t, "858b", o.Client.Hash)
	assert.Equal(t, "PT", o.Client.Delivery.CountryCodeAlpha2)
	assert.Empty(t, o.Extra)
	assert.Empty(t, o.Payment.Extra)
}

// TestOrderClient2025FlatAddress: the order example of Shopkit's 2025 docs
// (GET /order) carries the client's address flattened next to delivery and
// billing; those fields decode into OrderClient's declared fields, not
// Extra, and the rest of the client reads as before.
func TestOrderClient2025FlatAddress(t *testing.T) {
	c, w := newWire(t, 200, fixture(t, "orders.list.2025"))
	o, err := c.Orders.Get(context.Background(), 1337)
	require.NoError(t, err)
	got := w.last(t)
	assert.Equal(t, "/v1/order", got.Path)
	assert.Equal(t, "id=1337", got.RawQuery)

	cl := o.Client
	assert.Equal(t, "Avenida do Empresário, 1 Centro de Empresas Inovadoras", cl.Address)
	assert.Equal(t, "6000-767", cl.Postcode)
	assert.Equal(t, "Castelo Branco", cl.Town)
	assert.Equal(t, "Portugal - Continental", cl.Country)
	assert.Equal(t, "PRT", cl.CountryCode)
	assert.Equal(t, shopkit.String("+351969057993"), cl.Phone)
	for _, k := range []string{"address", "postcode", "town", "country", "country_code", "phone"} {
		assert.NotContains(t, cl.Extra, k, "declared, so not kept in Extra")
	}
	assert.Empty(t, cl.Extra, "every field of the example's client is declared")

	// The neighbours are unchanged.
	assert.Equal(t, "Shopkit", cl.Name)
	assert.Equal(t, "cfc1c614870f7033bb0a033b6e7cd18e", cl.Hash)
	assert.Equal(t, "support@shopk.it", cl.Email)
	assert.Equal(t, "Shopkit", cl.Company)
	require.NotNil(t, cl.FiscalID)
	assert.Equal(t, "999999990", *cl.FiscalID)
	assert.False(t, cl.IsRegistered)
	assert.Nil(t, cl.Picture)
	assert.Equal(t, shopkit.String("+351969057993"), cl.Delivery.Phone)
	assert.Equal(t, "Avenida do Empresário, 1", cl.Delivery.Address)
	assert.Equal(t, "Centro de Empresas Inovadoras", cl.Delivery.AddressExtra)
	assert.Equal(t, "6000-767", cl.Delivery.ZipCode)
	assert.Equal(t, "Castelo Branco", cl.Delivery.City)
	assert.Equal(t, "Portugal - Continental", cl.Delivery.Country)
	assert.Equal(t, "PRT", cl.Delivery.CountryCode)
	assert.Equal(t, "PT", cl.Delivery.CountryCodeAlpha2)
	assert.Equal(t, "Castelo Branco", cl.Billing.City)
	// billing.same_as_delivery is not declared on OrderAddress: it stays in
	// the billing address's Extra, as before.
	assert.JSONEq(t, `true`, string(cl.Billing.Extra["same_as_delivery"]))
}

// TestOrderClientFlatAddressTolerant: a phone sent as a number is kept as
// its text, like OrderAddress.Phone; absent fields read "".
func TestOrderClientFlatAddressTolerant(t *testing.T) {
	var cl shopkit.OrderClient
	require.NoError(t, json.Unmarshal([]byte(`{"email": "a@example.com", "phone": 912345678, "postcode": null}`), &cl))
	assert.Equal(t, shopkit.String("912345678"), cl.Phone)
	assert.Empty(t, cl.Postcode)
	assert.Empty(t, cl.Town)
	assert.Empty(t, cl.Extra)
}
