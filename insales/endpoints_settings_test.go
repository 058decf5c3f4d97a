package insales_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestClientsEndpoints(t *testing.T) {
	eps := []ep12{
		{name: "clients.list", status: 200, method: "GET", path: "/admin/clients.json", query: "updated_since=2009-01-04+14%3A44%3A43+%2B03%3A00",
			call: func(c *insales.Client) (any, error) {
				return c.Clients.List(ctx, &insales.ClientListOptions{UpdatedFrom: time.Date(2009, 1, 4, 14, 44, 43, 0, time.FixedZone("", 3*3600))})
			},
			check: func(t *testing.T, got any) {
				p := got.(*insales.Page[insales.Customer])
				require.Len(t, p.Items, 3)
				assert.Equal(t, int64(2), p.Items[0].ID)
				assert.Equal(t, "Mortimer Hant", p.Items[0].Name)
				assert.Nil(t, p.Items[0].ClientGroupID)
				assert.Equal(t, int64(1), *p.Items[1].ClientGroupID)
				assert.Equal(t, int64(174), p.Items[0].FieldsValues[0].FieldID)
			}},
		{name: "clients.get", status: 200, method: "GET", path: "/admin/clients/2.json",
			call: func(c *insales.Client) (any, error) { return c.Clients.Get(ctx, 2) },
			check: func(t *testing.T, got any) {
				c := got.(*insales.Customer)
				assert.Equal(t, int64(2), c.ID)
				assert.Equal(t, insales.ClientIndividual, c.Type)
				assert.Equal(t, "+7(916)212-85-06", *c.Phone)
				assert.False(t, c.Registered)
				assert.True(t, c.UpdatedAt.Equal(mustTime(t, "2009-03-31T12:20:34+04:00")))
				assert.Equal(t, insales.Checkpoint{Time: c.UpdatedAt.Time, ID: 2}, c.Checkpoint())
				assert.Nil(t, c.Extra)
			}},
		{name: "clients.create_individual", status: 201, method: "POST", path: "/admin/clients.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Clients.CreateIndividual(ctx, &insales.ClientIndividualCreate{Name: "Ivan", Surname: insales.Ptr("Ivanov"), Middlename: insales.Ptr("Ivanovich"),
					Registered: insales.Ptr(true), Email: insales.Ptr("test@example.com"), Password: insales.Ptr(insales.Secret("123456")),
					FieldsValues: []insales.AdditionalFieldInput{{FieldID: 178, Value: "text"}}})
			},
			check: func(t *testing.T, got any) {
				c := got.(*insales.Customer)
				assert.Equal(t, int64(19), c.ID)
				assert.True(t, c.Registered)
				assert.Equal(t, "25.0", c.GroupDiscount.String())
				assert.Equal(t, "Ivanovich", *c.Middlename)
			}},
		{name: "clients.create_juridical", status: 201, method: "POST", path: "/admin/clients.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Clients.CreateJuridical(ctx, &insales.ClientJuridicalCreate{Name: "OOO 'Company'", JuridicalAddress: insales.Ptr("123456, Moscow, Novaya st., 1, 222"),
					INN: insales.Ptr(insales.Digits("1234567890")), KPP: insales.Ptr(insales.Digits("123456789")), BIK: insales.Ptr(insales.Digits("123456789")),
					FieldsValues: []insales.AdditionalFieldInput{{FieldID: 182, Value: "text_value"}}})
			},
			check: func(t *testing.T, got any) {
				c := got.(*insales.Customer)
				assert.Equal(t, insales.ClientJuridical, c.Type)
				assert.Equal(t, insales.Digits("1234567890"), *c.INN)
				assert.Equal(t, insales.Digits("123456789"), *c.KPP)
				assert.Nil(t, c.OGRN)
				assert.Equal(t, "123456, Moscow, Novaya st., 1, 222", *c.JuridicalAddress)
			}},
		{name: "clients.update", status: 200, method: "PUT", path: "/admin/clients/2.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Clients.Update(ctx, 2, &insales.ClientUpdate{Phone: insales.Ptr("+7(911)111-11-11"), Subscribe: insales.Ptr(false), ClientGroupID: insales.Ptr(int64(2)),
					FieldsValues: []insales.AdditionalFieldInput{{FieldID: 184, Value: "new value"}}})
			},
			check: func(t *testing.T, got any) {
				c := got.(*insales.Customer)
				assert.Equal(t, int64(2), *c.ClientGroupID)
				assert.False(t, c.Subscribe)
				assert.Equal(t, "new value", *c.FieldsValues[0].Value)
			}},
		{name: "clients.delete", status: 200, method: "DELETE", path: "/admin/clients/2.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Clients.Delete(ctx, 2) }},
		{name: "client_groups.list", status: 200, method: "GET", path: "/admin/client_groups.json",
			call: func(c *insales.Client) (any, error) { return c.ClientGroups.List(ctx) },
			check: func(t *testing.T, got any) {
				g := got.([]insales.ClientGroup)
				require.Len(t, g, 1)
				assert.Equal(t, "vip", g[0].Title)
				assert.Equal(t, "25.0", g[0].Discount.String())
				assert.True(t, g[0].IsDefault)
				assert.Nil(t, g[0].DiscountDescription)
			}},
		{name: "client_groups.get", status: 200, method: "GET", path: "/admin/client_groups/1.json",
			call: func(c *insales.Client) (any, error) { return c.ClientGroups.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				g := got.(*insales.ClientGroup)
				assert.Equal(t, int64(1), g.ID)
				assert.True(t, g.CreatedAt.Equal(mustTime(t, "2017-05-17T12:59:20+03:00")))
			}},
		{name: "client_groups.create", status: 201, method: "POST", path: "/admin/client_groups.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.ClientGroups.Create(ctx, &insales.ClientGroupCreate{Title: "test group", Discount: insales.Ptr(dec("0.2")),
					DiscountDescription: insales.Ptr("test group discount"), IsDefault: insales.Ptr(false)})
			},
			check: func(t *testing.T, got any) {
				g := got.(*insales.ClientGroup)
				assert.Equal(t, int64(19), g.ID)
				assert.Equal(t, "0.2", g.Discount.String())
				assert.Equal(t, "test group discount", *g.DiscountDescription)
			}},
		{name: "client_groups.update", status: 200, method: "PUT", path: "/admin/client_groups/19.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return nil, c.ClientGroups.Update(ctx, 19, &insales.ClientGroupUpdate{Title: insales.Ptr("test group"), Discount: insales.Ptr(dec("0.2")),
					DiscountDescription: insales.Ptr("test group discount"), IsDefault: insales.Ptr(false)})
			}},
		{name: "client_groups.delete", status: 200, method: "DELETE", path: "/admin/client_groups/19.json",
			call: func(c *insales.Client) (any, error) { return nil, c.ClientGroups.Delete(ctx, 19) }},
		{name: "bonus_system_transactions.list", status: 200, method: "GET", path: "/admin/clients/2/bonus_system_transactions.json",
			call: func(c *insales.Client) (any, error) { return c.BonusSystemTransactions.List(ctx, 2) },
			check: func(t *testing.T, got any) {
				l := got.([]insales.BonusSystemTransaction)
				assert.NotNil(t, l)
				assert.Empty(t, l)
			}},
		{name: "bonus_system_transactions.get", status: 200, method: "GET", path: "/admin/bonus_system_transactions/1.json",
			call: func(c *insales.Client) (any, error) { return c.BonusSystemTransactions.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				b := got.(*insales.BonusSystemTransaction)
				assert.Equal(t, insales.BonusSystemTransaction{BonusPoints: 100, ClientID: 2, BonusSystemID: 5, InitiatorType: "Order",
					InitiatorID: insales.Ptr(int64(1)), Description: insales.Ptr("test"), Status: insales.BonusCharged}, *b)
			}},
		{name: "bonus_system_transactions.create", status: 201, method: "POST", path: "/admin/clients/5/bonus_system_transactions.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.BonusSystemTransactions.Create(ctx, 5, &insales.BonusSystemTransactionCreate{BonusPoints: 100, Description: insales.Ptr("compliment")})
			},
			check: func(t *testing.T, got any) {
				b := got.(*insales.BonusSystemTransaction)
				assert.Equal(t, int64(100), b.BonusPoints)
				assert.Equal(t, int64(5), b.ClientID)
				assert.Equal(t, "ApplicationPassword", b.InitiatorType)
				assert.Equal(t, "compliment", *b.Description)
			}},
	}
	runEP12(t, eps)
}

func TestShopSettingsEndpoints(t *testing.T) {
	common := insales.DeliveryCommon{Title: "express delivery", Description: insales.Ptr("text"), Position: insales.Ptr(int64(1)),
		AddPaymentGateways: insales.Ptr(true), Locations: []insales.LocationInput{{Region: "A", City: "B"}}, Inverted: insales.Ptr(false),
		ChargeUpTo: insales.Ptr(dec("1000"))}
	js := "<script type='text/javascript' src='http://mydelivery.ru/delivery.js'></script>\n        <script type='text/javascript'>\n          $(function(){\n          alert('Choose a point of customer pickup');\n          });\n        </script>"
	liquid := "\n<offer type=\"vendor.model\" available=\"{% if product.available %}true{% else %}false{% endif %}\" id=\"{{product.id}}\" >\n  <url>{{account.url}}/product_by_id/{{product.id}}</url>\n  <price>{{product.price}}</price>\n  <currencyId>RUR</currencyId>\n  <categoryId>{{collection.id}}</categoryId>\n  {%for image in product.images limit: 10 %}\n  <picture>{{image.url}}</picture>\n  {% endfor %}\n  <store>false</store>\n  <pickup>true</pickup>\n  <delivery>true</delivery>\n  <vendor>{{product.properties.vendor}}</vendor>\n  <model>{{product.title}}</model>\n  <description>{{product.description}}</description>\n</offer>\n        "
	colls := []int64{8, 5, 4, 3, 2, 1, 6}
	eps := []ep12{
		{name: "custom_statuses.list", status: 200, method: "GET", path: "/admin/custom_statuses.json",
			call: func(c *insales.Client) (any, error) { return c.CustomStatuses.List(ctx) },
			check: func(t *testing.T, got any) {
				assert.NotNil(t, got.([]insales.CustomStatus))
				assert.Empty(t, got.([]insales.CustomStatus))
			}},
		{name: "custom_statuses.get", status: 200, method: "GET", path: "/admin/custom_statuses/novyy.json",
			call: func(c *insales.Client) (any, error) { return c.CustomStatuses.Get(ctx, "novyy") },
			check: func(t *testing.T, got any) {
				s := got.(*insales.CustomStatus)
				assert.Equal(t, int64(2), s.ID)
				assert.Equal(t, "novyy", s.Permalink)
				assert.Equal(t, "Новый", s.Title)
				assert.Equal(t, insales.FulfillmentNew, s.SystemStatus)
				assert.Equal(t, "#DC5F59", s.Color)
				assert.True(t, s.IsDefault)
				assert.Equal(t, int64(1), s.Position)
			}},
		{name: "custom_statuses.create", status: 201, method: "POST", path: "/admin/custom_statuses.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.CustomStatuses.Create(ctx, &insales.CustomStatusCreate{SystemStatus: insales.FulfillmentNew, Title: "New (ordered by phone)"})
			},
			check: func(t *testing.T, got any) {
				s := got.(*insales.CustomStatus)
				assert.Equal(t, "new-ordered-by-phone", s.Permalink)
				assert.Equal(t, int64(6), s.ID)
				assert.False(t, s.IsDefault)
			}},
		{name: "custom_statuses.update", status: 200, method: "PUT", path: "/admin/custom_statuses/new-ordered-by-phone.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return nil, c.CustomStatuses.Update(ctx, "new-ordered-by-phone", &insales.CustomStatusUpdate{Title: insales.Ptr("New (ordered by website)")})
			}},
		{name: "custom_statuses.delete", status: 200, method: "DELETE", path: "/admin/custom_statuses/novyy.json",
			call: func(c *insales.Client) (any, error) { return nil, c.CustomStatuses.Delete(ctx, "novyy") }},

		{name: "delivery_variants.list", status: 200, method: "GET", path: "/admin/delivery_variants.json",
			call: func(c *insales.Client) (any, error) { return c.DeliveryVariants.List(ctx) },
			check: func(t *testing.T, got any) {
				l := got.([]insales.DeliveryVariant)
				require.Len(t, l, 2)
				assert.Equal(t, insales.DeliveryFixed, l[0].Type)
				assert.Equal(t, "100.0", l[0].Price.String())
				assert.Nil(t, l[0].ChargeUpTo)
				assert.Equal(t, int64(1), l[0].PaymentDeliveryVariants[0].PaymentGatewayID)
				assert.Equal(t, insales.DeliveryPriceDepend, l[1].Type)
			}},
		{name: "delivery_variants.get", status: 200, method: "GET", path: "/admin/delivery_variants/2.json",
			call: func(c *insales.Client) (any, error) { return c.DeliveryVariants.Get(ctx, 2) },
			check: func(t *testing.T, got any) {
				d := got.(*insales.DeliveryVariant)
				assert.Equal(t, "курьер", d.Title)
				assert.Equal(t, "200.0", d.MinPrice.String())
				require.Len(t, d.Rules, 8)
				assert.Equal(t, "600.0", d.Rules[0].Price.String())
				assert.Equal(t, "2000.0", d.Rules[0].OrderPrice.String())
				assert.Equal(t, "10", d.Rules[0].OrderWeight.String())
				assert.Nil(t, d.Rules[2].OrderWeight)
				assert.Equal(t, "0", d.Rules[6].OrderPrice.String(), "null order_price")
				assert.Empty(t, d.DeliveryLocations)
				assert.Nil(t, d.Price)
			}},
		{name: "delivery_variants.create_fixed", status: 201, method: "POST", path: "/admin/delivery_variants.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.DeliveryVariants.CreateFixed(ctx, &insales.DeliveryFixedCreate{DeliveryCommon: common, Price: dec("300")})
			},
			check: func(t *testing.T, got any) {
				d := got.(*insales.DeliveryVariant)
				assert.Equal(t, int64(19), d.ID)
				assert.Equal(t, "1000.0", d.ChargeUpTo.String())
				assert.Equal(t, "300.0", d.Price.String())
				assert.Equal(t, "B", *d.DeliveryLocations[0].City)
				assert.Equal(t, "RU", *d.DeliveryLocations[0].Country)
				assert.Len(t, d.PaymentDeliveryVariants, 2)
			}},
		{name: "delivery_variants.create_price_depend", status: 201, method: "POST", path: "/admin/delivery_variants.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.DeliveryVariants.CreatePriceDepend(ctx, &insales.DeliveryPriceDependCreate{DeliveryCommon: common, MinPrice: insales.Ptr(dec("300")),
					Rules: []insales.DeliveryRuleInput{{Price: dec("300"), OrderPrice: dec("10"), OrderWeight: insales.Ptr(dec("1"))}}})
			},
			check: func(t *testing.T, got any) {
				d := got.(*insales.DeliveryVariant)
				assert.Equal(t, "300.0", d.MinPrice.String())
				assert.Equal(t, "10.0", d.Rules[0].OrderPrice.String())
				assert.Equal(t, "1.0", d.Rules[0].OrderWeight.String())
			}},
		{name: "delivery_variants.create_location_depend", status: 201, method: "POST", path: "/admin/delivery_variants.json", wrapped: "delivery_variant",
			call: func(c *insales.Client) (any, error) {
				cm := common
				cm.Inverted = insales.Ptr(true)
				return c.DeliveryVariants.CreateLocationDepend(ctx, &insales.DeliveryLocationDependCreate{DeliveryCommon: cm,
					Zones: []insales.DeliveryZoneInput{{Title: "test",
						Tariffs:   []insales.DeliveryTariffInput{{MaxWeight: dec("30"), Price: dec("100"), Step: dec("2"), StepPrice: dec("50")}},
						Locations: []insales.LocationInput{{Country: "A", Region: "C", City: "D"}}}}})
			},
			check: func(t *testing.T, got any) {
				d := got.(*insales.DeliveryVariant)
				assert.True(t, d.Inverted)
				z := d.DeliveryZones[0]
				assert.Equal(t, "test", z.Title)
				assert.Equal(t, "30.0", z.Tariffs[0].MaxWeight.String(), "tariffs come back as decimal strings")
				assert.Equal(t, "50.0", z.Tariffs[0].StepPrice.String())
				assert.Equal(t, "D", *z.Locations[0].City)
			}},
		{name: "delivery_variants.create_external", status: 201, method: "POST", path: "/admin/delivery_variants.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.DeliveryVariants.CreateExternal(ctx, &insales.DeliveryExternalCreate{DeliveryCommon: common, Javascript: &js, URL: "http://google.ru"})
			},
			check: func(t *testing.T, got any) {
				d := got.(*insales.DeliveryVariant)
				assert.Equal(t, insales.DeliveryExternal, d.Type)
				assert.Equal(t, "http://google.ru", *d.URL)
				assert.False(t, *d.CustomerPickup)
				assert.Equal(t, js, *d.Javascript)
			}},
		{name: "delivery_variants.update", status: 200, method: "PUT", path: "/admin/delivery_variants/2.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.DeliveryVariants.Update(ctx, 2, &insales.DeliveryVariantUpdate{Title: insales.Ptr("new title"), Description: insales.Ptr("new description"),
					Position: insales.Ptr(int64(1)), ChargeUpTo: insales.Ptr(dec("2500")),
					PaymentGateways: []insales.PaymentGatewayLinkChange{{UnlinkID: 2}, {PaymentGatewayID: 3}}})
			},
			check: func(t *testing.T, got any) {
				d := got.(*insales.DeliveryVariant)
				assert.Equal(t, "2500.0", d.ChargeUpTo.String())
				assert.Equal(t, int64(3), d.PaymentDeliveryVariants[0].PaymentGatewayID)
			}},
		{name: "delivery_variants.delete", status: 200, method: "DELETE", path: "/admin/delivery_variants/2.json",
			call: func(c *insales.Client) (any, error) { return nil, c.DeliveryVariants.Delete(ctx, 2) }},

		{name: "payment_gateways.list", status: 200, method: "GET", path: "/admin/payment_gateways.json",
			call: func(c *insales.Client) (any, error) { return c.PaymentGateways.List(ctx) },
			check: func(t *testing.T, got any) {
				l := got.([]insales.PaymentGateway)
				require.Len(t, l, 2)
				assert.Equal(t, insales.PaymentCod, l[0].Type)
				assert.Equal(t, "20.0", l[1].Margin.String())
				assert.Equal(t, insales.PaymentJuridicalPersonBill, l[1].Type)
			}},
		{name: "payment_gateways.get", status: 200, method: "GET", path: "/admin/payment_gateways/1.json",
			call: func(c *insales.Client) (any, error) { return c.PaymentGateways.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				p := got.(*insales.PaymentGateway)
				assert.Equal(t, "Наличными курьеру", p.Title)
				assert.Equal(t, "0.0", p.Margin.String())
				assert.Equal(t, int64(2), p.PaymentDeliveryVariants[1].DeliveryVariantID)
				assert.Nil(t, p.Password)
			}},
		{name: "payment_gateways.create", status: 201, method: "POST", path: "/admin/payment_gateways.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.PaymentGateways.Create(ctx, &insales.PaymentGatewayCreate{Title: "cash on delivery", Margin: insales.Ptr(dec("10")), Type: insales.PaymentCod,
					Description: insales.Ptr("text"), DeliveryVariants: []insales.DeliveryLink{{DeliveryVariantID: 1}}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*insales.PaymentGateway)
				assert.Equal(t, int64(19), p.ID)
				assert.Equal(t, "10.0", p.Margin.String())
			}},
		{name: "payment_gateways.create_external", status: 201, method: "POST", path: "/admin/payment_gateways.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.PaymentGateways.CreateExternal(ctx, &insales.PaymentGatewayExternalCreate{Title: "external payment gateway", Margin: insales.Ptr(dec("10")),
					Description: insales.Ptr("text"), DeliveryVariants: []insales.DeliveryLink{{DeliveryVariantID: 1}},
					URL: "payment-gateway.ru/transactions/create", ShopID: "123"})
			},
			check: func(t *testing.T, got any) {
				p := got.(*insales.PaymentGateway)
				assert.Equal(t, insales.PaymentExternal, p.Type)
				assert.Equal(t, insales.Secret("49aac67478d56756"), *p.Password)
				assert.Equal(t, "REDACTED", p.Password.String())
				assert.Equal(t, "123", *p.ShopID)
				assert.Nil(t, p.SendOrder)
			}},
		{name: "payment_gateways.update", status: 200, method: "PUT", path: "/admin/payment_gateways/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.PaymentGateways.Update(ctx, 1, &insales.PaymentGatewayUpdate{Title: insales.Ptr("cash"), Margin: insales.Ptr(dec("10")),
					Description: insales.Ptr("description"), DeliveryVariants: []insales.DeliveryVariantLinkChange{{UnlinkID: 2}, {DeliveryVariantID: 2}}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*insales.PaymentGateway)
				assert.Equal(t, "cash", p.Title)
				assert.Equal(t, int64(26), p.PaymentDeliveryVariants[1].ID)
			}},
		{name: "payment_gateways.delete", status: 200, method: "DELETE", path: "/admin/payment_gateways/1.json",
			call: func(c *insales.Client) (any, error) { return nil, c.PaymentGateways.Delete(ctx, 1) }},

		{name: "discount_codes.list", status: 200, method: "GET", path: "/admin/discount_codes.json",
			call: func(c *insales.Client) (any, error) { return c.DiscountCodes.List(ctx) },
			check: func(t *testing.T, got any) {
				l := got.([]insales.DiscountCode)
				require.Len(t, l, 2)
				assert.Equal(t, insales.DiscountMoney, l[1].TypeID)
				assert.Equal(t, "100.0", l[1].Discount.String())
			}},
		{name: "discount_codes.get", status: 200, method: "GET", path: "/admin/discount_codes/1.json",
			call: func(c *insales.Client) (any, error) { return c.DiscountCodes.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				d := got.(*insales.DiscountCode)
				assert.Equal(t, "dc1", d.Code)
				assert.Equal(t, insales.DiscountPercent, d.TypeID)
				assert.Equal(t, "30.0", d.Discount.String())
				assert.True(t, d.Worked)
				assert.True(t, d.ActOnce)
				assert.Nil(t, d.ActOnceForClient)
				assert.Nil(t, d.MinPrice)
				assert.Equal(t, "2020-12-12", d.ExpiredAt.String())
			}},
		{name: "discount_codes.create", status: 201, method: "POST", path: "/admin/discount_codes.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.DiscountCodes.Create(ctx, &insales.DiscountCodeCreate{Code: "BIRTHDAY", Description: insales.Ptr("Birthday discount"),
					ActOnceForClient: insales.Ptr(true), ExpiredAt: insales.Ptr(insales.NewDate(2017, 1, 8)), TypeID: insales.DiscountPercent,
					Discount: dec("10"), MinPrice: insales.Ptr(dec("500"))})
			},
			check: func(t *testing.T, got any) {
				d := got.(*insales.DiscountCode)
				assert.Equal(t, int64(174), d.ID)
				assert.Equal(t, "500.0", d.MinPrice.String())
				assert.Equal(t, "2017-01-08", d.ExpiredAt.String())
				assert.True(t, *d.ActOnceForClient)
			}},
		{name: "discount_codes.update", status: 200, method: "PUT", path: "/admin/discount_codes/174.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return nil, c.DiscountCodes.Update(ctx, 174, &insales.DiscountCodeUpdate{Discount: insales.Ptr(dec("15"))})
			}},
		{name: "discount_codes.delete", status: 200, method: "DELETE", path: "/admin/discount_codes/174.json",
			call: func(c *insales.Client) (any, error) { return nil, c.DiscountCodes.Delete(ctx, 174) }},

		{name: "fields.list", status: 200, method: "GET", path: "/admin/fields.json",
			call: func(c *insales.Client) (any, error) { return c.OrderFields.List(ctx) },
			check: func(t *testing.T, got any) {
				l := got.([]insales.OrderField)
				require.Len(t, l, 12)
				assert.Equal(t, insales.OrderFieldType("Field::Country"), l[0].Type, "a system type decodes as itself")
				assert.Equal(t, insales.DestinyShippingAddress, l[0].Destiny)
				assert.Equal(t, "country", *l[0].SystemName)
			}},
		{name: "fields.get", status: 200, method: "GET", path: "/admin/fields/23.json",
			call: func(c *insales.Client) (any, error) { return c.OrderFields.Get(ctx, 23) },
			check: func(t *testing.T, got any) {
				f := got.(*insales.OrderField)
				assert.Equal(t, insales.OrderFieldSelect, f.Type)
				assert.Equal(t, insales.DestinyIndividual, f.Destiny)
				assert.Equal(t, "Селект", f.OfficeTitle)
				assert.Equal(t, int64(6), f.Position)
				assert.Nil(t, f.Handle)
			}},
		{name: "fields.create", status: 201, method: "POST", path: "/admin/fields.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.OrderFields.Create(ctx, &insales.OrderFieldCreate{Type: insales.OrderFieldText, OfficeTitle: "title_for_text_field", Destiny: insales.DestinyShippingAddress,
					Handle: insales.Ptr("my_awesome_field_1"), Title: insales.Ptr("title_for_text_field"), Active: insales.Ptr(false), ForBuyer: insales.Ptr(false),
					SystemName: insales.Ptr("text_field_test"), ShowInResult: insales.Ptr(false), ShowInCheckout: insales.Ptr(false)})
			},
			check: func(t *testing.T, got any) {
				f := got.(*insales.OrderField)
				assert.Equal(t, int64(172), f.ID)
				assert.Equal(t, "my_awesome_field_1", *f.Handle)
				assert.Equal(t, int64(5), f.Position)
			}},
		{name: "fields.update", status: 200, method: "PUT", path: "/admin/fields/23.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.OrderFields.Update(ctx, 23, &insales.OrderFieldUpdate{OfficeTitle: insales.Ptr("state_code"), Title: insales.Ptr("State code"),
					Active: insales.Ptr(true), ForBuyer: insales.Ptr(true), Obligatory: insales.Ptr(true), SystemName: insales.Ptr("state_code"),
					ShowInResult: insales.Ptr(true), ShowInCheckout: insales.Ptr(true), Position: insales.Ptr(int64(1))})
			},
			check: func(t *testing.T, got any) {
				f := got.(*insales.OrderField)
				assert.True(t, f.Obligatory)
				assert.Equal(t, "State code", *f.Title)
			}},
		{name: "fields.delete", status: 200, method: "DELETE", path: "/admin/fields/23.json",
			call: func(c *insales.Client) (any, error) { return nil, c.OrderFields.Delete(ctx, 23) }},

		{name: "marketplaces.list", status: 200, method: "GET", path: "/admin/marketplaces.json",
			call: func(c *insales.Client) (any, error) { return c.Marketplaces.List(ctx) },
			check: func(t *testing.T, got any) {
				l := got.([]insales.Marketplace)
				require.Len(t, l, 2)
				assert.Equal(t, insales.MarketplaceLiquidYandexMarket, l[0].Type)
				assert.Nil(t, l[0].OfferLiquid)
				assert.Equal(t, insales.MarketplaceGoogleMerchant, l[1].Type)
			}},
		{name: "marketplaces.get", status: 200, method: "GET", path: "/admin/marketplaces/6.json",
			call: func(c *insales.Client) (any, error) { return c.Marketplaces.Get(ctx, 6) },
			check: func(t *testing.T, got any) {
				m := got.(*insales.Marketplace)
				assert.Equal(t, "Yandex Model", m.Name)
				assert.Equal(t, "http://quentin.mylocalhost.localdomain:3000/marketplace/6.xml", m.URL)
				assert.False(t, *m.Supplementaries)
				assert.Nil(t, m.VendorID)
			}},
		{name: "marketplaces.create_google_merchant", status: 201, method: "POST", path: "/admin/marketplaces.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Marketplaces.CreateGoogleMerchant(ctx, &insales.GoogleMerchantCreate{Name: "GM", DescriptionType: insales.Ptr(int64(1)), Adult: insales.Ptr(insales.IntFlag(false))})
			},
			check: func(t *testing.T, got any) {
				m := got.(*insales.Marketplace)
				assert.Equal(t, int64(10), m.ID)
				assert.Equal(t, int64(1), *m.DescriptionType)
				assert.False(t, *m.Adult)
			}},
		{name: "marketplaces.create_model_yandex_market", status: 201, method: "POST", path: "/admin/marketplaces.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Marketplaces.CreateModelYandexMarket(ctx, &insales.ModelYandexMarketCreate{Name: "YM", ShopName: insales.Ptr("eBay"), ShopCompany: insales.Ptr("eBay"),
					DescriptionType: insales.Ptr(int64(1)), VendorID: 6, Adult: insales.Ptr(insales.IntFlag(false)), PageEncoding: "windows-1251",
					ImageStyle: "oroginal", CollectionIDs: colls})
			},
			check: func(t *testing.T, got any) {
				m := got.(*insales.Marketplace)
				assert.Equal(t, int64(6), *m.VendorID)
				assert.Equal(t, "windows-1251", *m.PageEncoding)
				assert.True(t, *m.Delivery)
			}},
		{name: "marketplaces.create_liquid_yandex_market", status: 201, method: "POST", path: "/admin/marketplaces.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Marketplaces.CreateLiquidYandexMarket(ctx, &insales.LiquidYandexMarketCreate{Name: "LYM", ShopName: insales.Ptr("eBay"),
					UseVariants: insales.Ptr(insales.IntFlag(true)), ShopCompany: insales.Ptr("eBay"), PageEncoding: "windows-1251", OfferLiquid: liquid, CollectionIDs: colls})
			},
			check: func(t *testing.T, got any) {
				m := got.(*insales.Marketplace)
				assert.Equal(t, liquid, *m.OfferLiquid)
				assert.True(t, *m.UseVariants)
			}},
		{name: "marketplaces.update_google_merchant", status: 200, method: "PUT", path: "/admin/marketplaces/14.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Marketplaces.UpdateGoogleMerchant(ctx, 14, &insales.GoogleMerchantUpdate{Name: insales.Ptr("New GM"), DescriptionType: insales.Ptr(int64(2)), Adult: insales.Ptr(insales.IntFlag(false))})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(2), *got.(*insales.Marketplace).DescriptionType) }},
		{name: "marketplaces.update_model_yandex_market", status: 200, method: "PUT", path: "/admin/marketplaces/8.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Marketplaces.UpdateModelYandexMarket(ctx, 8, &insales.ModelYandexMarketUpdate{Name: insales.Ptr("New YM"), VendorID: insales.Ptr(int64(4)), CollectionIDs: colls})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, int64(4), *got.(*insales.Marketplace).VendorID) }},
		{name: "marketplaces.update_liquid_yandex_market", status: 200, method: "PUT", path: "/admin/marketplaces/16.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Marketplaces.UpdateLiquidYandexMarket(ctx, 16, &insales.LiquidYandexMarketUpdate{Name: insales.Ptr("New LYM")})
			},
			check: func(t *testing.T, got any) { assert.Equal(t, "New LYM", got.(*insales.Marketplace).Name) }},
		{name: "marketplaces.delete", status: 200, method: "DELETE", path: "/admin/marketplaces/16.json",
			call: func(c *insales.Client) (any, error) { return nil, c.Marketplaces.Delete(ctx, 16) }},
	}
	runEP12(t, eps)
}
