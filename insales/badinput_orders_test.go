package insales_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestOrdersAndSettingsBadInputIsRefusedBeforeSending(t *testing.T) {
	c, rec := serve(t, 200, []byte(`{}`))
	okOrder := func() *insales.OrderCreate {
		return &insales.OrderCreate{OrderLines: []insales.OrderLineInput{{VariantID: 1, Quantity: dec("1")}},
			Client: insales.OrderClientInput{Name: "a", Email: "a@b.c"}, ShippingAddress: insales.OrderAddressInput{Address: "x"},
			DeliveryVariantID: 1, PaymentGatewayID: 1}
	}
	cases := map[string]struct {
		call  func() error
		field string
	}{
		"order get 0":        {func() error { _, err := c.Orders.Get(ctx, 0); return err }, "order_id"},
		"order create nil":   {func() error { _, err := c.Orders.Create(ctx, nil); return err }, "body"},
		"order create lines": {func() error { o := okOrder(); o.OrderLines = nil; _, err := c.Orders.Create(ctx, o); return err }, "order_lines_attributes"},
		"order create qty": {func() error {
			o := okOrder()
			o.OrderLines[0].Quantity = dec("0")
			_, err := c.Orders.Create(ctx, o)
			return err
		}, "quantity"},
		"order create vat": {func() error {
			o := okOrder()
			o.OrderLines[0].VAT = insales.Ptr(int64(-5))
			_, err := c.Orders.Create(ctx, o)
			return err
		}, "vat"},
		"order create contact": {func() error { o := okOrder(); o.Client.Email = ""; _, err := c.Orders.Create(ctx, o); return err }, "email"},
		"order create delivery": {func() error {
			o := okOrder()
			o.DeliveryVariantID = 0
			_, err := c.Orders.Create(ctx, o)
			return err
		}, "delivery_variant_id"},
		"bundle create empty": {func() error { _, err := c.Orders.CreateWithBundle(ctx, &insales.OrderBundleCreate{}); return err }, "order_lines_attributes"},
		"order update empty":  {func() error { _, err := c.Orders.Update(ctx, 1, &insales.OrderUpdate{}); return err }, "body"},
		"order update financial": {func() error {
			_, err := c.Orders.Update(ctx, 1, &insales.OrderUpdate{FinancialStatus: insales.Ptr(insales.FinancialStatus("refunded"))})
			return err
		}, "financial_status"},
		"order update field both": {func() error {
			_, err := c.Orders.Update(ctx, 1, &insales.OrderUpdate{FieldsValues: []insales.AdditionalFieldInput{{FieldID: 1, Handle: "h", Value: "v"}}})
			return err
		}, "fields_values_attributes"},
		"custom status empty": {func() error { _, err := c.Orders.SetCustomStatus(ctx, 1, "", ""); return err }, "custom_status_permalink"},
		"shipping address":    {func() error { _, err := c.Orders.SetShippingAddress(ctx, 1, ""); return err }, "address"},
		"line by product": {func() error {
			_, err := c.Orders.AddLineByProduct(ctx, 1, &insales.OrderLineByProduct{Quantity: dec("1")})
			return err
		}, "product_id"},
		"line by variant nil": {func() error { _, err := c.Orders.AddLineByVariant(ctx, 1, nil); return err }, "body"},
		"line update empty":   {func() error { _, err := c.Orders.UpdateLine(ctx, 1, &insales.OrderLineUpdate{ID: 1}); return err }, "body"},
		"line remove":         {func() error { _, err := c.Orders.RemoveLine(ctx, 1, 0); return err }, "line_id"},
		"discount add none":   {func() error { _, err := c.Orders.AddDiscounts(ctx, 1); return err }, "discounts_attributes"},
		"discount add type": {func() error {
			_, err := c.Orders.AddDiscounts(ctx, 1, insales.OrderDiscountCreate{Discount: dec("1"), TypeID: 3, Description: "x"})
			return err
		}, "type_id"},
		"discount remove":     {func() error { _, err := c.Orders.RemoveDiscount(ctx, 1, -1); return err }, "discount_id"},
		"orders list from_id": {func() error { _, err := c.Orders.List(ctx, &insales.OrderListOptions{FromID: 3}); return err }, "from_id"},
		"orders list gateway": {func() error {
			_, err := c.Orders.Count(ctx, &insales.OrderListOptions{PaymentGatewayIDs: []int64{0}})
			return err
		}, "payment_gateway_id[]"},
		"client individual": {func() error { _, err := c.Clients.CreateIndividual(ctx, &insales.ClientIndividualCreate{}); return err }, "name"},
		"client email": {func() error {
			_, err := c.Clients.CreateIndividual(ctx, &insales.ClientIndividualCreate{Name: "a", Email: insales.Ptr("nope")})
			return err
		}, "email"},
		"client registered": {func() error {
			_, err := c.Clients.CreateIndividual(ctx, &insales.ClientIndividualCreate{Name: "a", Email: insales.Ptr("a@b.c"), Registered: insales.Ptr(true)})
			return err
		}, "password"},
		"client juridical inn": {func() error {
			_, err := c.Clients.CreateJuridical(ctx, &insales.ClientJuridicalCreate{Name: "a", INN: insales.Ptr(insales.Digits("12a"))})
			return err
		}, "inn"},
		"client update empty": {func() error { _, err := c.Clients.Update(ctx, 1, &insales.ClientUpdate{}); return err }, "body"},
		"client delete":       {func() error { return c.Clients.Delete(ctx, 0) }, "client_id"},
		"group discount": {func() error {
			_, err := c.ClientGroups.Create(ctx, &insales.ClientGroupCreate{Title: "a", Discount: insales.Ptr(dec("101"))})
			return err
		}, "discount"},
		"group update empty": {func() error { return c.ClientGroups.Update(ctx, 1, &insales.ClientGroupUpdate{}) }, "body"},
		"status permalink":   {func() error { _, err := c.CustomStatuses.Get(ctx, "../orders"); return err }, "permalink"},
		"status create": {func() error {
			_, err := c.CustomStatuses.Create(ctx, &insales.CustomStatusCreate{Title: "x"})
			return err
		}, "system_status"},
		"delivery fixed title": {func() error {
			_, err := c.DeliveryVariants.CreateFixed(ctx, &insales.DeliveryFixedCreate{})
			return err
		}, "title"},
		"delivery zones": {func() error {
			_, err := c.DeliveryVariants.CreateLocationDepend(ctx, &insales.DeliveryLocationDependCreate{DeliveryCommon: insales.DeliveryCommon{Title: "a"}})
			return err
		}, "delivery_zones_attributes"},
		"delivery external url": {func() error {
			_, err := c.DeliveryVariants.CreateExternal(ctx, &insales.DeliveryExternalCreate{DeliveryCommon: insales.DeliveryCommon{Title: "a"}})
			return err
		}, "url"},
		"delivery link both": {func() error {
			_, err := c.DeliveryVariants.Update(ctx, 1, &insales.DeliveryVariantUpdate{PaymentGateways: []insales.PaymentGatewayLinkChange{{UnlinkID: 1, PaymentGatewayID: 2}}})
			return err
		}, "payment_delivery_variants_attributes"},
		"gateway type": {func() error {
			_, err := c.PaymentGateways.Create(ctx, &insales.PaymentGatewayCreate{Title: "a", Type: insales.PaymentExternal})
			return err
		}, "type"},
		"gateway external": {func() error {
			_, err := c.PaymentGateways.CreateExternal(ctx, &insales.PaymentGatewayExternalCreate{Title: "a", URL: "u"})
			return err
		}, "shop_id"},
		"gateway delete": {func() error { return c.PaymentGateways.Delete(ctx, 0) }, "payment_gateway_id"},
		"code type": {func() error {
			_, err := c.DiscountCodes.Create(ctx, &insales.DiscountCodeCreate{Code: "a", Discount: dec("1")})
			return err
		}, "type_id"},
		"code percent": {func() error {
			_, err := c.DiscountCodes.Create(ctx, &insales.DiscountCodeCreate{Code: "a", TypeID: insales.DiscountPercent, Discount: dec("150")})
			return err
		}, "discount"},
		"code update empty": {func() error { return c.DiscountCodes.Update(ctx, 1, &insales.DiscountCodeUpdate{}) }, "body"},
		"bonus zero": {func() error {
			_, err := c.BonusSystemTransactions.Create(ctx, 1, &insales.BonusSystemTransactionCreate{})
			return err
		}, "bonus_points"},
		"bonus client": {func() error { _, err := c.BonusSystemTransactions.List(ctx, 0); return err }, "client_id"},
		"field destiny": {func() error {
			_, err := c.OrderFields.Create(ctx, &insales.OrderFieldCreate{Type: insales.OrderFieldText, OfficeTitle: "a"})
			return err
		}, "destiny"},
		"field file not order": {func() error {
			_, err := c.OrderFields.Create(ctx, &insales.OrderFieldCreate{Type: insales.OrderFieldFile, OfficeTitle: "a", Destiny: 1})
			return err
		}, "type"},
		"field update empty": {func() error { _, err := c.OrderFields.Update(ctx, 1, &insales.OrderFieldUpdate{}); return err }, "body"},
		"market name": {func() error {
			_, err := c.Marketplaces.CreateGoogleMerchant(ctx, &insales.GoogleMerchantCreate{})
			return err
		}, "name"},
		"market vendor": {func() error {
			_, err := c.Marketplaces.CreateModelYandexMarket(ctx, &insales.ModelYandexMarketCreate{Name: "a", PageEncoding: "utf-8"})
			return err
		}, "vendor_id"},
		"market encoding": {func() error {
			_, err := c.Marketplaces.CreateLiquidYandexMarket(ctx, &insales.LiquidYandexMarketCreate{Name: "a", PageEncoding: "koi8-r", OfferLiquid: "x"})
			return err
		}, "page_encoding"},
		"market update empty": {func() error {
			_, err := c.Marketplaces.UpdateLiquidYandexMarket(ctx, 1, &insales.LiquidYandexMarketUpdate{})
			return err
		}, "body"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			err := tc.call()
			var fe *insales.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
		})
	}
	assert.Zero(t, rec.count(), "nothing was sent")
}

func TestOrderStatusesDecodeUnknownValues(t *testing.T) {
	c, _ := serve(t, 200, []byte(`{"id": "7", "fulfillment_status": "lost_in_space", "financial_status": "refunded", "total_price": "12.30",
		"custom_status": {"permalink": "x", "title": "X", "color": "#fff"}, "order_lines": {"0": {"id": 1, "quantity": "2", "sale_price": "6.15"}}, "future": 1}`))
	o, err := c.Orders.Get(ctx, 7)
	require.NoError(t, err)
	assert.Equal(t, int64(7), o.ID)
	assert.Equal(t, insales.FulfillmentStatus("lost_in_space"), o.FulfillmentStatus)
	assert.Equal(t, insales.FinancialStatus("refunded"), o.FinancialStatus)
	assert.Equal(t, "12.30", o.TotalPrice.String())
	assert.Equal(t, `"#fff"`, string(o.CustomStatus.Extra["color"]))
	require.Len(t, o.OrderLines, 1)
	assert.Equal(t, "6.15", o.OrderLines[0].SalePrice.String())
	assert.Equal(t, "1", string(o.Extra["future"]))
}

func TestDigitsKeepLeadingZeros(t *testing.T) {
	b, err := insales.Digits("0123456789").MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `"0123456789"`, string(b), "a number would lose the zero")
	b, err = insales.Digits("1234567890").MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `1234567890`, string(b), "as the API documentation sends it")
}
