package insalestest_test

import (
	"time"

	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func d(s string) insales.Decimal { return insales.MustDecimal(s) }

// TestFakeOrdersLifecycle drives every documented operation of an order
// through the fake and checks the totals it keeps.
func TestFakeOrdersLifecycle(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	n, err := c.Orders.Count(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	page, err := c.Orders.List(ctx, &insales.OrderListOptions{FulfillmentStatuses: []insales.FulfillmentStatus{insales.FulfillmentNew}, PaymentGatewayIDs: []int64{1}})
	require.NoError(t, err)
	require.NotEmpty(t, page.Items)
	none, err := c.Orders.Count(ctx, &insales.OrderListOptions{FulfillmentStatuses: []insales.FulfillmentStatus{insales.FulfillmentDelivered}})
	require.NoError(t, err)
	assert.Zero(t, none)

	o, err := c.Orders.Create(ctx, &insales.OrderCreate{
		OrderLines:      []insales.OrderLineInput{{VariantID: 1, Quantity: d("2")}},
		Client:          insales.OrderClientInput{Name: "Vasya", Email: "vasya@example.com"},
		ShippingAddress: insales.OrderAddressInput{Address: "Moscow"}, DeliveryVariantID: 1, PaymentGatewayID: 1})
	require.NoError(t, err)
	require.Len(t, o.OrderLines, 1)
	assert.Equal(t, o.ID, o.OrderLines[0].OrderID)
	price := o.OrderLines[0].SalePrice
	assert.Equal(t, 0, o.ItemsPrice.Cmp(mul(price, 2)), "items %s, price %s", o.ItemsPrice, price)
	assert.Equal(t, "100.0", o.FullDeliveryPrice.String())
	assert.Equal(t, insales.FulfillmentNew, o.FulfillmentStatus)
	assert.Equal(t, "vasya@example.com", *o.Client.Email)

	o, err = c.Orders.AddLineByVariant(ctx, o.ID, &insales.OrderLineByVariant{VariantID: 1, Quantity: d("1")})
	require.NoError(t, err)
	require.Len(t, o.OrderLines, 2)
	second := o.OrderLines[1].ID
	o, err = c.Orders.UpdateLine(ctx, o.ID, &insales.OrderLineUpdate{ID: second, SalePrice: insales.Ptr(d("10.25")), Quantity: insales.Ptr(d("2"))})
	require.NoError(t, err)
	assert.Equal(t, "20.5", o.OrderLines[1].TotalPrice.String())
	o, err = c.Orders.AddDiscounts(ctx, o.ID, insales.OrderDiscountCreate{Discount: d("5"), TypeID: insales.DiscountMoney, Description: "-5"})
	require.NoError(t, err)
	require.Len(t, o.Discounts, 1)
	want := mul(price, 2)
	want = add(want, d("20.5"), d("100"), d("-5"))
	assert.Equal(t, 0, o.TotalPrice.Cmp(want), "total %s, want %s", o.TotalPrice, want)
	o, err = c.Orders.UpdateDiscount(ctx, o.ID, &insales.OrderDiscountUpdate{ID: o.Discounts[0].ID, OrderLinesIDs: []int64{second}})
	require.NoError(t, err)
	assert.Equal(t, []int64{second}, o.Discounts[0].DiscountOrderLinesIDs)
	o, err = c.Orders.RemoveDiscount(ctx, o.ID, o.Discounts[0].ID)
	require.NoError(t, err)
	assert.Empty(t, o.Discounts)
	o, err = c.Orders.RemoveLine(ctx, o.ID, second)
	require.NoError(t, err)
	assert.Len(t, o.OrderLines, 1)
	o, err = c.Orders.AddLineByProduct(ctx, o.ID, &insales.OrderLineByProduct{ProductID: 1, Quantity: d("1")})
	require.NoError(t, err)
	assert.Len(t, o.OrderLines, 2)
	o, err = c.Orders.SetCustomStatus(ctx, o.ID, "accepted", "")
	require.NoError(t, err)
	assert.Equal(t, insales.FulfillmentAccepted, o.FulfillmentStatus)
	assert.Equal(t, "accepted", o.CustomStatus.Permalink)
	_, err = c.Orders.SetCustomStatus(ctx, o.ID, "no-such-status", "")
	assert.ErrorIs(t, err, insales.ErrValidation)
	o, err = c.Orders.SetShippingAddress(ctx, o.ID, "Moscow, Znamenka 12")
	require.NoError(t, err)
	assert.Equal(t, "Moscow, Znamenka 12", *o.ShippingAddress.Address)
	o, err = c.Orders.Update(ctx, o.ID, &insales.OrderUpdate{FinancialStatus: insales.Ptr(insales.FinancialPaid), ManagerComment: insales.Ptr("ok")})
	require.NoError(t, err)
	assert.Equal(t, insales.FinancialPaid, o.FinancialStatus)
	got, err := c.Orders.Get(ctx, o.ID)
	require.NoError(t, err)
	assert.Equal(t, "ok", *got.ManagerComment)
	assert.Equal(t, 0, got.TotalPrice.Cmp(o.TotalPrice))

	b, err := c.Orders.CreateWithBundle(ctx, &insales.OrderBundleCreate{OrderLines: []insales.OrderBundleLineInput{{VariantID: 1, Quantity: d("1")}},
		Client: insales.OrderClientInput{Name: "B", Phone: "7911"}, ShippingAddress: insales.OrderAddressInput{Address: "x"}, DeliveryVariantID: 2, PaymentGatewayID: 3})
	require.NoError(t, err)
	assert.Equal(t, got.Number+1, b.Number)
}

func mul(x insales.Decimal, n int64) insales.Decimal {
	r := x.Rat()
	r.Mul(r, insales.DecimalFromInt(n).Rat())
	return insales.MustDecimal(r.FloatString(4))
}

func add(x insales.Decimal, ys ...insales.Decimal) insales.Decimal {
	r := x.Rat()
	for _, y := range ys {
		r.Add(r, y.Rat())
	}
	return insales.MustDecimal(r.FloatString(4))
}

// TestFakeAnswersEverySettingsEndpoint calls every method of clients and
// the shop's settings against the fake.
func TestFakeAnswersEverySettingsEndpoint(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	cl, err := c.Clients.CreateIndividual(ctx, &insales.ClientIndividualCreate{Name: "Ivan", Email: insales.Ptr("i@example.com")})
	require.NoError(t, err)
	assert.Equal(t, insales.ClientIndividual, cl.Type)
	jur, err := c.Clients.CreateJuridical(ctx, &insales.ClientJuridicalCreate{Name: "OOO", INN: insales.Ptr(insales.Digits("1234567890"))})
	require.NoError(t, err)
	assert.Equal(t, insales.ClientJuridical, jur.Type)
	assert.Equal(t, insales.Digits("1234567890"), *jur.INN)
	cl, err = c.Clients.Update(ctx, cl.ID, &insales.ClientUpdate{Phone: insales.Ptr("+7 911")})
	require.NoError(t, err)
	assert.Equal(t, "+7 911", *cl.Phone)
	got, err := c.Clients.Get(ctx, cl.ID)
	require.NoError(t, err)
	assert.Equal(t, "Ivan", got.Name)
	all, err := c.Clients.List(ctx, nil)
	require.NoError(t, err)
	assert.Len(t, all.Items, 5)
	tx, err := c.BonusSystemTransactions.Create(ctx, cl.ID, &insales.BonusSystemTransactionCreate{BonusPoints: 100})
	require.NoError(t, err)
	assert.Equal(t, insales.BonusCharged, tx.Status)
	txs, err := c.BonusSystemTransactions.List(ctx, cl.ID)
	require.NoError(t, err)
	require.Len(t, txs, 1)
	tx2, err := c.BonusSystemTransactions.Get(ctx, txs[0].ID)
	require.NoError(t, err)
	assert.Equal(t, int64(100), tx2.BonusPoints)
	got, err = c.Clients.Get(ctx, cl.ID)
	require.NoError(t, err)
	assert.Equal(t, "100", got.BonusPoints.String())
	require.NoError(t, c.Clients.Delete(ctx, cl.ID))
	_, err = c.Clients.Get(ctx, cl.ID)
	assert.ErrorIs(t, err, insales.ErrNotFound)

	g, err := c.ClientGroups.Create(ctx, &insales.ClientGroupCreate{Title: "vip2", Discount: insales.Ptr(d("5"))})
	require.NoError(t, err)
	require.NoError(t, c.ClientGroups.Update(ctx, g.ID, &insales.ClientGroupUpdate{Title: insales.Ptr("vip3")}))
	g, err = c.ClientGroups.Get(ctx, g.ID)
	require.NoError(t, err)
	assert.Equal(t, "vip3", g.Title)
	groups, err := c.ClientGroups.List(ctx)
	require.NoError(t, err)
	assert.Len(t, groups, 2)
	require.NoError(t, c.ClientGroups.Delete(ctx, g.ID))

	st, err := c.CustomStatuses.Create(ctx, &insales.CustomStatusCreate{SystemStatus: insales.FulfillmentNew, Title: "New (ordered by phone)"})
	require.NoError(t, err)
	require.NoError(t, c.CustomStatuses.Update(ctx, st.Permalink, &insales.CustomStatusUpdate{Title: insales.Ptr("By phone")}))
	st, err = c.CustomStatuses.Get(ctx, st.Permalink)
	require.NoError(t, err)
	assert.Equal(t, "By phone", st.Title)
	sts, err := c.CustomStatuses.List(ctx)
	require.NoError(t, err)
	assert.Len(t, sts, 4)
	require.NoError(t, c.CustomStatuses.Delete(ctx, st.Permalink))

	common := insales.DeliveryCommon{Title: "x", AddPaymentGateways: insales.Ptr(true)}
	dv, err := c.DeliveryVariants.CreateFixed(ctx, &insales.DeliveryFixedCreate{DeliveryCommon: common, Price: d("300")})
	require.NoError(t, err)
	assert.Equal(t, insales.DeliveryFixed, dv.Type)
	assert.Len(t, dv.PaymentDeliveryVariants, 2)
	_, err = c.DeliveryVariants.CreatePriceDepend(ctx, &insales.DeliveryPriceDependCreate{DeliveryCommon: common, Rules: []insales.DeliveryRuleInput{{Price: d("1"), OrderPrice: d("2")}}})
	require.NoError(t, err)
	_, err = c.DeliveryVariants.CreateLocationDepend(ctx, &insales.DeliveryLocationDependCreate{DeliveryCommon: common,
		Zones: []insales.DeliveryZoneInput{{Tariffs: []insales.DeliveryTariffInput{{MaxWeight: d("1"), Price: d("1"), Step: d("1"), StepPrice: d("1")}}}}})
	require.NoError(t, err)
	ext, err := c.DeliveryVariants.CreateExternal(ctx, &insales.DeliveryExternalCreate{DeliveryCommon: common, URL: "http://example.com"})
	require.NoError(t, err)
	assert.Equal(t, "http://example.com", *ext.URL)
	dv, err = c.DeliveryVariants.Update(ctx, dv.ID, &insales.DeliveryVariantUpdate{Title: insales.Ptr("y")})
	require.NoError(t, err)
	assert.Equal(t, "y", dv.Title)
	dv, err = c.DeliveryVariants.Get(ctx, dv.ID)
	require.NoError(t, err)
	assert.Equal(t, "300", dv.Price.String())
	dvs, err := c.DeliveryVariants.List(ctx)
	require.NoError(t, err)
	assert.Len(t, dvs, 6)
	require.NoError(t, c.DeliveryVariants.Delete(ctx, dv.ID))

	pg, err := c.PaymentGateways.Create(ctx, &insales.PaymentGatewayCreate{Type: insales.PaymentCod, Title: "cod", Margin: insales.Ptr(d("10")),
		DeliveryVariants: []insales.DeliveryLink{{DeliveryVariantID: 1}}})
	require.NoError(t, err)
	assert.Equal(t, "10.0", pg.Margin.String())
	assert.Len(t, pg.PaymentDeliveryVariants, 1)
	_, err = c.PaymentGateways.CreateExternal(ctx, &insales.PaymentGatewayExternalCreate{Title: "ext", URL: "u", ShopID: "1"})
	require.NoError(t, err)
	pg, err = c.PaymentGateways.Update(ctx, pg.ID, &insales.PaymentGatewayUpdate{DeliveryVariants: []insales.DeliveryVariantLinkChange{{UnlinkID: pg.PaymentDeliveryVariants[0].ID}, {DeliveryVariantID: 2}}})
	require.NoError(t, err)
	require.Len(t, pg.PaymentDeliveryVariants, 1)
	assert.Equal(t, int64(2), pg.PaymentDeliveryVariants[0].DeliveryVariantID)
	_, err = c.PaymentGateways.Get(ctx, pg.ID)
	require.NoError(t, err)
	pgs, err := c.PaymentGateways.List(ctx)
	require.NoError(t, err)
	assert.Len(t, pgs, 4)
	require.NoError(t, c.PaymentGateways.Delete(ctx, pg.ID))

	dc, err := c.DiscountCodes.Create(ctx, &insales.DiscountCodeCreate{Code: "B", TypeID: insales.DiscountPercent, Discount: d("10"), ExpiredAt: insales.Ptr(insales.NewDate(2030, 1, 2))})
	require.NoError(t, err)
	assert.Equal(t, "2030-01-02", dc.ExpiredAt.String())
	require.NoError(t, c.DiscountCodes.Update(ctx, dc.ID, &insales.DiscountCodeUpdate{Discount: insales.Ptr(d("15"))}))
	dc, err = c.DiscountCodes.Get(ctx, dc.ID)
	require.NoError(t, err)
	assert.Equal(t, "15.0", dc.Discount.String())
	dcs, err := c.DiscountCodes.List(ctx)
	require.NoError(t, err)
	assert.Len(t, dcs, 3)
	require.NoError(t, c.DiscountCodes.Delete(ctx, dc.ID))

	f, err := c.OrderFields.Create(ctx, &insales.OrderFieldCreate{Type: insales.OrderFieldText, OfficeTitle: "t", Destiny: insales.DestinyOrder})
	require.NoError(t, err)
	f, err = c.OrderFields.Update(ctx, f.ID, &insales.OrderFieldUpdate{Obligatory: insales.Ptr(true)})
	require.NoError(t, err)
	assert.True(t, f.Obligatory)
	_, err = c.OrderFields.Get(ctx, f.ID)
	require.NoError(t, err)
	fs, err := c.OrderFields.List(ctx)
	require.NoError(t, err)
	assert.Len(t, fs, 13)
	require.NoError(t, c.OrderFields.Delete(ctx, f.ID))

	gm, err := c.Marketplaces.CreateGoogleMerchant(ctx, &insales.GoogleMerchantCreate{Name: "GM", Adult: insales.Ptr(insales.IntFlag(true))})
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/marketplace/"+strconv.FormatInt(gm.ID, 10)+".xml", gm.URL)
	assert.True(t, *gm.Adult)
	ym, err := c.Marketplaces.CreateModelYandexMarket(ctx, &insales.ModelYandexMarketCreate{Name: "YM", VendorID: 1, PageEncoding: "utf-8"})
	require.NoError(t, err)
	ly, err := c.Marketplaces.CreateLiquidYandexMarket(ctx, &insales.LiquidYandexMarketCreate{Name: "LY", PageEncoding: "utf-8", OfferLiquid: "<offer/>"})
	require.NoError(t, err)
	_, err = c.Marketplaces.UpdateGoogleMerchant(ctx, gm.ID, &insales.GoogleMerchantUpdate{Name: insales.Ptr("GM2")})
	require.NoError(t, err)
	ym, err = c.Marketplaces.UpdateModelYandexMarket(ctx, ym.ID, &insales.ModelYandexMarketUpdate{VendorID: insales.Ptr(int64(4))})
	require.NoError(t, err)
	assert.Equal(t, int64(4), *ym.VendorID)
	ly, err = c.Marketplaces.UpdateLiquidYandexMarket(ctx, ly.ID, &insales.LiquidYandexMarketUpdate{Name: insales.Ptr("LY2")})
	require.NoError(t, err)
	assert.Equal(t, "LY2", ly.Name)
	gm, err = c.Marketplaces.Get(ctx, gm.ID)
	require.NoError(t, err)
	assert.Equal(t, "GM2", gm.Name)
	ms, err := c.Marketplaces.List(ctx)
	require.NoError(t, err)
	assert.Len(t, ms, 6)
	require.NoError(t, c.Marketplaces.Delete(ctx, gm.ID))
}

// TestFakeChangesOfOrdersAndClients walks the change feeds of orders and
// clients through the fake, resuming from a stored checkpoint after an
// edit.
func TestFakeChangesOfOrdersAndClients(t *testing.T) {
	clk := newClock()
	srv := insalestest.NewServer(insalestest.WithClock(clk.Now))
	defer srv.Close()
	c := srv.Client()

	var last insales.Checkpoint
	var ids []int64
	for o, err := range c.Orders.Changes(ctx, last, &insales.OrderListOptions{Limit: 10}) {
		require.NoError(t, err)
		ids = append(ids, o.ID)
		last = o.Checkpoint()
	}
	assert.Equal(t, []int64{3, 4, 1}, ids, "updated_at, then id")
	require.True(t, srv.Touch("orders", 3))
	clk.Add(time.Second) // Changes reads only seconds the server has closed
	ids = nil
	for o, err := range c.Orders.Changes(ctx, last, nil) {
		require.NoError(t, err)
		ids = append(ids, o.ID)
	}
	assert.Equal(t, []int64{3}, ids, "only the edited order comes again")

	var cl insales.Checkpoint
	n := 0
	for x, err := range c.Clients.Changes(ctx, cl, nil) {
		require.NoError(t, err)
		n++
		cl = x.Checkpoint()
	}
	assert.Equal(t, 3, n)
	_, err := c.Clients.Update(ctx, 2, &insales.ClientUpdate{Phone: insales.Ptr("+7 900")})
	require.NoError(t, err)
	clk.Add(time.Second)
	var again []int64
	for x, err := range c.Clients.Changes(ctx, cl, nil) {
		require.NoError(t, err)
		again = append(again, x.ID)
	}
	assert.Equal(t, []int64{2}, again)
}
