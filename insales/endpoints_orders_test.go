package insales_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// ep12 is one endpoint of orders, clients and the shop's settings: the
// call, what must go on the wire, and checks of the documentation's
// example decoded. Fixtures are testdata/<name>.{request,response}.json,
// copied byte for byte from the API documentation.
type ep12 struct {
	name   string
	status int
	call   func(c *insales.Client) (any, error)
	method string
	path   string
	query  string
	// request compares the body with the request example; wrapped
	// compares only the wrapper's object (the example carries a stray
	// top-level key).
	request bool
	wrapped string
	check   func(t *testing.T, got any)
}

func runEP12(t *testing.T, eps []ep12) {
	t.Helper()
	for _, ep := range eps {
		t.Run(ep.name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", ep.name+".response.json"))
			if os.IsNotExist(err) {
				body = []byte(" ") // the documentation shows an empty answer
			} else {
				require.NoError(t, err)
			}
			c, rec := serve(t, ep.status, body)
			got, err := ep.call(c)
			require.NoError(t, err)
			r := rec.last(t)
			assert.Equal(t, ep.method, r.Method)
			assert.Equal(t, ep.path, r.Path)
			assert.Equal(t, ep.query, r.RawQuery)
			checkAuth(t, r, ep.method != "GET")
			switch {
			case ep.wrapped != "":
				var want, sent map[string]json.RawMessage
				require.NoError(t, json.Unmarshal(fixture(t, ep.name+".request.json"), &want))
				require.NoError(t, json.Unmarshal(r.Body, &sent))
				requireJSONEq(t, want[ep.wrapped], sent[ep.wrapped])
			case ep.request:
				requireJSONEq(t, fixture(t, ep.name+".request.json"), r.Body)
			case ep.method == "GET" || ep.method == "DELETE":
				assert.Empty(t, r.Body)
			}
			if ep.check != nil {
				ep.check(t, got)
			}
		})
	}
}

func dec(s string) insales.Decimal { return insales.MustDecimal(s) }

func TestOrdersEndpoints(t *testing.T) {
	client := insales.OrderClientInput{Name: "Vasya", Email: "vasya@example.com", Phone: "79111112233"}
	addr := insales.OrderAddressInput{Address: "Moscow, Krasnaya Presna 24"}
	orderOf := func(t *testing.T, got any) *insales.Order {
		t.Helper()
		o, ok := got.(*insales.Order)
		require.True(t, ok, "%T", got)
		return o
	}
	eps := []ep12{
		{name: "orders.list", status: 200, method: "GET", path: "/admin/orders.json",
			query: "delivery_variant%5B%5D=1&delivery_variant%5B%5D=2&fulfillment_status%5B%5D=new&fulfillment_status%5B%5D=delivered&payment_gateway_id%5B%5D=1&payment_gateway_id%5B%5D=3",
			call: func(c *insales.Client) (any, error) {
				return c.Orders.List(ctx, &insales.OrderListOptions{
					FulfillmentStatuses: []insales.FulfillmentStatus{insales.FulfillmentNew, insales.FulfillmentDelivered},
					DeliveryVariantIDs:  []int64{1, 2}, PaymentGatewayIDs: []int64{1, 3}})
			},
			check: func(t *testing.T, got any) {
				p := got.(*insales.Page[insales.Order])
				require.Len(t, p.Items, 3)
				assert.Equal(t, int64(4), p.Items[0].ID)
				assert.Equal(t, int64(1005), p.Items[0].Number)
				assert.Equal(t, "804.0", p.Items[0].TotalPrice.String())
				assert.Nil(t, p.Items[0].ShippingAddress)
				assert.Equal(t, insales.FulfillmentNew, p.Items[2].FulfillmentStatus)
				assert.NotNil(t, p.Items[2].ShippingAddress)
			}},
		{name: "orders.count", status: 200, method: "GET", path: "/admin/orders/count.json",
			call:  func(c *insales.Client) (any, error) { return c.Orders.Count(ctx, nil) },
			check: func(t *testing.T, got any) { assert.Equal(t, 4, got.(int)) }},
		{name: "orders.get", status: 200, method: "GET", path: "/admin/orders/1.json",
			call: func(c *insales.Client) (any, error) { return c.Orders.Get(ctx, 1) },
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				assert.Equal(t, int64(1), o.ID)
				assert.Equal(t, "teest", o.Key)
				assert.Equal(t, int64(1001), o.Number)
				assert.Equal(t, "1600.0", o.TotalPrice.String())
				assert.Equal(t, "1500.0", o.ItemsPrice.String())
				assert.Equal(t, "100.0", o.DeliveryPrice.String())
				assert.Equal(t, "100.0", o.FullDeliveryPrice.String())
				assert.Equal(t, "0.0", o.Margin.String())
				assert.Equal(t, insales.FulfillmentNew, o.FulfillmentStatus)
				assert.Equal(t, insales.FinancialPending, o.FinancialStatus)
				assert.Equal(t, "new", o.CustomStatus.Permalink)
				assert.Equal(t, "Новый", o.CustomStatus.Title)
				assert.Equal(t, insales.CurrencyRUR, o.CurrencyCode)
				assert.Equal(t, "comment", *o.Comment)
				assert.Equal(t, "manager comment1", *o.ManagerComment)
				assert.Equal(t, "самовывоз", *o.DeliveryTitle)
				assert.Equal(t, "наличными курьеру", *o.PaymentTitle)
				assert.Nil(t, o.PaymentDescription)
				assert.Equal(t, int64(1), *o.DeliveryVariantID)
				assert.Equal(t, int64(1), *o.PaymentGatewayID)
				assert.Equal(t, int64(1), *o.ClientTransactionID)
				assert.Equal(t, int64(1), o.AccountID)
				assert.Equal(t, "ru", o.Locale)
				assert.Equal(t, "Google", *o.FirstSource)
				assert.Equal(t, "Прямой трафик", *o.Source)
				assert.Nil(t, o.DeliveredAt)
				assert.Nil(t, o.Discount)
				assert.Empty(t, o.Discounts)
				assert.Empty(t, o.OrderChanges)
				assert.True(t, o.CreatedAt.Equal(mustTime(t, "2009-03-18T10:53:14+03:00")))
				assert.True(t, o.UpdatedAt.Equal(mustTime(t, "2017-01-01T03:00:00+03:00")))
				require.Len(t, o.OrderLines, 2)
				assert.Equal(t, "0.3", o.OrderLines[1].Weight.String(), "a decimal string")
				assert.Equal(t, int64(18), o.OrderLines[1].VAT)
				l := o.OrderLines[0]
				assert.Equal(t, int64(1), l.ID)
				assert.Equal(t, int64(1), l.OrderID)
				assert.Equal(t, "300.0", l.SalePrice.String())
				assert.Equal(t, "300.0", l.FullSalePrice.String())
				assert.Equal(t, "300.0", l.TotalPrice.String())
				assert.Equal(t, "300.0", l.FullTotalPrice.String())
				assert.Equal(t, "0.0", l.DiscountsAmount.String())
				assert.Equal(t, "1", l.Quantity.String())
				assert.Nil(t, l.ReservedQuantity)
				assert.Equal(t, "423", *l.SKU)
				assert.Equal(t, "Cool t-shirt", l.Title)
				assert.Equal(t, "pce", l.Unit)
				assert.Equal(t, int64(-1), l.VAT)
				assert.Equal(t, int64(1), l.VariantID)
				assert.Equal(t, int64(1), l.ProductID)
				require.Len(t, o.FieldsValues, 1)
				assert.Equal(t, int64(192), o.FieldsValues[0].FieldID)
				assert.Equal(t, "my_awesome_field", *o.FieldsValues[0].Handle)
				assert.Equal(t, "old value", *o.FieldsValues[0].Value)
				a := o.ShippingAddress
				require.NotNil(t, a)
				assert.Equal(t, "Tom Dellay", *a.Name)
				assert.Equal(t, "123456, state, London, address, old value", *a.FullDeliveryAddress)
				assert.Equal(t, "London", *a.Location.City)
				assert.False(t, a.Location.IsKladr)
				assert.Equal(t, int64(191), a.FieldsValues[0].FieldID)
				cl := o.Client
				require.NotNil(t, cl)
				assert.Equal(t, int64(2), cl.ID)
				assert.Equal(t, insales.ClientIndividual, cl.Type)
				assert.Equal(t, "some-one@yandex.ru", *cl.Email)
				assert.Equal(t, "0", cl.BonusPoints.String())
				assert.True(t, cl.Subscribe)
				assert.Nil(t, o.Extra, "every field is declared")
			}},
		{name: "orders.create_with_product", status: 201, method: "POST", path: "/admin/orders.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.Create(ctx, &insales.OrderCreate{
					OrderLines: []insales.OrderLineInput{{VariantID: 3, Quantity: dec("2"), VAT: insales.Ptr(int64(10))}},
					Client:     client, ShippingAddress: addr, DeliveryVariantID: 1, PaymentGatewayID: 1, Coupon: "20% discount"})
			},
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				require.Len(t, o.Discounts, 1)
				d := o.Discounts[0]
				assert.Equal(t, insales.DiscountPercent, d.TypeID)
				assert.Equal(t, "240.0", d.Amount.String())
				assert.Equal(t, "20.0", d.Percent.String())
				assert.Equal(t, "DiscountCode", *d.ReferenceType)
				assert.Equal(t, int64(176), *d.DiscountCodeID)
				assert.Equal(t, "order_created", o.OrderChanges[0].Action)
				assert.JSONEq(t, `{"type_id": 1, "discount": "20.0", "description": "Скидка по купону 20% discount"}`, string(o.OrderChanges[1].ValueIs))
			}},
		{name: "orders.create_with_bundle", status: 201, method: "POST", path: "/admin/orders.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.CreateWithBundle(ctx, &insales.OrderBundleCreate{
					OrderLines: []insales.OrderBundleLineInput{{VariantID: 5, Quantity: dec("2")}},
					Client:     client, ShippingAddress: addr, DeliveryVariantID: 1, PaymentGatewayID: 1, Coupon: "20% discount"})
			},
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				assert.NotEmpty(t, o.OrderLines)
				assert.Positive(t, o.ID)
			}},
		{name: "orders.update", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.Update(ctx, 1, &insales.OrderUpdate{
					Client: &insales.OrderClientUpdate{ID: 2, Name: insales.Ptr("Ivan"), Email: insales.Ptr("ivan@example.com"), Phone: insales.Ptr("79111113344"),
						FieldsValues: []insales.AdditionalFieldInput{{FieldID: 247, Value: "new!"}}},
					DeliveryVariantID: insales.Ptr(int64(2)), PaymentGatewayID: insales.Ptr(int64(3)), Coupon: insales.Ptr("20% discount"),
					Comment: insales.Ptr("Please call from 9 to 18"), ManagerComment: insales.Ptr("New client"),
					FinancialStatus: insales.Ptr(insales.FinancialPaid),
					FieldsValues:    []insales.AdditionalFieldInput{{Handle: "my_awesome_field", Value: "new value"}},
					ShippingAddress: &insales.OrderAddressFieldsUpdate{FieldsValues: []insales.AdditionalFieldInput{{FieldID: 248, Value: "new value!"}}},
				})
			},
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				assert.Equal(t, insales.FinancialPaid, o.FinancialStatus)
				assert.Equal(t, "Please call from 9 to 18", *o.Comment)
			}},
		{name: "orders.update_custom_status", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) { return c.Orders.SetCustomStatus(ctx, 1, "v-obrabotke", "") },
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				assert.Equal(t, "accepted", o.CustomStatus.Permalink, "as the documentation's answer shows")
				assert.Equal(t, "В обработке", o.CustomStatus.Title)
				assert.Equal(t, insales.FulfillmentAccepted, o.FulfillmentStatus)
			}},
		{name: "orders.update_shipping_address", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.SetShippingAddress(ctx, 1, "Moscow, Znamenka 12")
			},
			check: func(t *testing.T, got any) {
				assert.Equal(t, "Moscow, Znamenka 12", *orderOf(t, got).ShippingAddress.Address)
			}},
		{name: "orders.create_order_line_by_product_id", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.AddLineByProduct(ctx, 1, &insales.OrderLineByProduct{ProductID: 1, Quantity: dec("1"), VAT: insales.Ptr(int64(18))})
			},
			check: func(t *testing.T, got any) {
				l := orderOf(t, got).OrderLines[0]
				assert.Equal(t, int64(24), l.ID)
				assert.Equal(t, int64(18), l.VAT)
				assert.Equal(t, "300.0", l.SalePrice.String())
			}},
		{name: "orders.create_order_line_by_variant_id", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.AddLineByVariant(ctx, 1, &insales.OrderLineByVariant{VariantID: 1, Quantity: dec("1"), VAT: insales.Ptr(int64(-1))})
			},
			check: func(t *testing.T, got any) {
				l := orderOf(t, got).OrderLines[0]
				assert.Equal(t, int64(23), l.ID)
				assert.Equal(t, int64(-1), l.VAT)
			}},
		{name: "orders.update_order_line", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.UpdateLine(ctx, 1, &insales.OrderLineUpdate{ID: 1, SalePrice: insales.Ptr(dec("100")), Quantity: insales.Ptr(dec("2")),
					Comment: insales.Ptr("New comment"), VAT: insales.Ptr(int64(0))})
			},
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				l := o.OrderLines[0]
				assert.Equal(t, "100.0", l.SalePrice.String())
				assert.Equal(t, "200.0", l.TotalPrice.String())
				assert.Equal(t, "2", l.Quantity.String())
				assert.Equal(t, "New comment", *l.Comment)
				assert.Equal(t, "order_line_price_changed", o.OrderChanges[1].Action)
				assert.JSONEq(t, `{"title": "Cool t-shirt", "sale_price": "300.0"}`, string(o.OrderChanges[1].ValueWas), "a string on one side")
				assert.JSONEq(t, `{"title": "Cool t-shirt", "sale_price": 100.0}`, string(o.OrderChanges[1].ValueIs), "a number on the other")
			}},
		{name: "orders.remove_order_line", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call:  func(c *insales.Client) (any, error) { return c.Orders.RemoveLine(ctx, 1, 1) },
			check: func(t *testing.T, got any) { assert.Positive(t, orderOf(t, got).ID) }},
		{name: "orders.create_discount", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.AddDiscounts(ctx, 1,
					insales.OrderDiscountCreate{Discount: dec("100"), TypeID: insales.DiscountMoney, Description: "-100 (absolute)"},
					insales.OrderDiscountCreate{Discount: dec("10"), Description: "10% only for first order line", OrderLinesIDs: []int64{25}})
			},
			check: func(t *testing.T, got any) {
				o := orderOf(t, got)
				d := o.Discounts[0]
				assert.Equal(t, int64(16), d.ID)
				assert.Equal(t, "10.0", d.Discount.String())
				assert.Equal(t, "20.0", d.Amount.String())
				assert.Equal(t, []int64{1}, d.DiscountProductsIDs)
				assert.Equal(t, []int64{25}, d.DiscountOrderLinesIDs)
				assert.Nil(t, o.Discounts[1].Percent)
				assert.Equal(t, insales.DiscountMoney, o.Discounts[1].TypeID)
				assert.Equal(t, int64(16), o.Discount.ID)
			}},
		{name: "orders.update_discount", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call: func(c *insales.Client) (any, error) {
				return c.Orders.UpdateDiscount(ctx, 1, &insales.OrderDiscountUpdate{ID: 18, OrderLinesIDs: []int64{29}})
			},
			check: func(t *testing.T, got any) { assert.NotEmpty(t, orderOf(t, got).Discounts) }},
		{name: "orders.remove_discount", status: 200, method: "PUT", path: "/admin/orders/1.json", request: true,
			call:  func(c *insales.Client) (any, error) { return c.Orders.RemoveDiscount(ctx, 1, 17) },
			check: func(t *testing.T, got any) { assert.Positive(t, orderOf(t, got).ID) }},
	}
	runEP12(t, eps)
}
