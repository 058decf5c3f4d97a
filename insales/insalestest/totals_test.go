package insalestest_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// The order amounts of the fake, checked through the client against the
// relations the API documentation's order examples show: a line's
// total_price = sale_price × quantity, its discounts_amount its share of
// the order's discounts (in proportion to total_price, in cents, the last
// line taking the remainder), full_total_price = (total_price −
// discounts_amount) × (1 + margin/100), full_sale_price = full_total_price
// / quantity; items_price = Σ full_total_price, full_delivery_price =
// delivery_price × (1 + margin/100), total_price = items_price +
// full_delivery_price, a discount's full_amount = amount × (1 + margin/100).

// cents rounds r to two decimals, halves away from zero.
func cents(r *big.Rat) *big.Rat {
	c, _ := new(big.Rat).SetString(r.FloatString(2))
	return c
}

func ratOf(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

// decIs checks got against a literal, by value.
func decIs(t *testing.T, name string, got insales.Decimal, want string) {
	t.Helper()
	assert.Equal(t, 0, got.Rat().Cmp(ratOf(want)), "%s = %s, want %s", name, got, want)
}

// ratIs checks got against a computed value.
func ratIs(t *testing.T, name string, got insales.Decimal, want *big.Rat) {
	t.Helper()
	assert.Equal(t, 0, got.Rat().Cmp(want), "%s = %s, want %s", name, got, want.FloatString(4))
}

// checkTotals checks every amount of o against the relations above,
// computing the lines' shares of each discount independently of the fake.
func checkTotals(t *testing.T, o *insales.Order) {
	t.Helper()
	m := new(big.Rat).Add(big.NewRat(1, 1), new(big.Rat).Quo(o.Margin.Rat(), big.NewRat(100, 1)))
	share := map[int64]*big.Rat{}
	for _, l := range o.OrderLines {
		share[l.ID] = new(big.Rat)
	}
	offAll := new(big.Rat)
	for _, dsc := range o.Discounts {
		var on []insales.OrderLine
		base := new(big.Rat)
		for _, l := range o.OrderLines {
			if len(dsc.DiscountOrderLinesIDs) > 0 && !containsID(dsc.DiscountOrderLinesIDs, l.ID) {
				continue
			}
			on = append(on, l)
			base.Add(base, l.TotalPrice.Rat())
		}
		want := dsc.Discount.Rat()
		if dsc.TypeID != insales.DiscountMoney {
			want = cents(new(big.Rat).Mul(base, new(big.Rat).Quo(want, big.NewRat(100, 1))))
		}
		if want.Cmp(base) > 0 {
			want = base
		}
		ratIs(t, fmt.Sprintf("discount %d amount", dsc.ID), dsc.Amount, want)
		ratIs(t, fmt.Sprintf("discount %d full_amount", dsc.ID), dsc.FullAmount, cents(new(big.Rat).Mul(want, m)))
		left := new(big.Rat).Set(want)
		for i, l := range on {
			s := left
			if i < len(on)-1 {
				s = cents(new(big.Rat).Quo(new(big.Rat).Mul(want, l.TotalPrice.Rat()), base))
				// In proportion to total_price, within a rounding cent.
				exact := new(big.Rat).Quo(new(big.Rat).Mul(want, l.TotalPrice.Rat()), base)
				assert.True(t, new(big.Rat).Abs(new(big.Rat).Sub(s, exact)).Cmp(big.NewRat(1, 200)) <= 0)
			}
			share[l.ID].Add(share[l.ID], s)
			left = new(big.Rat).Sub(left, s)
		}
		offAll.Add(offAll, want)
	}
	items, offLines := new(big.Rat), new(big.Rat)
	for _, l := range o.OrderLines {
		f := fmt.Sprintf("line %d ", l.ID)
		ratIs(t, f+"total_price", l.TotalPrice, new(big.Rat).Mul(l.SalePrice.Rat(), l.Quantity.Rat()))
		ratIs(t, f+"discounts_amount", l.DiscountsAmount, share[l.ID])
		net := new(big.Rat).Sub(l.TotalPrice.Rat(), l.DiscountsAmount.Rat())
		ratIs(t, f+"full_total_price", l.FullTotalPrice, cents(new(big.Rat).Mul(net, m)))
		ratIs(t, f+"full_sale_price", l.FullSalePrice, cents(new(big.Rat).Quo(l.FullTotalPrice.Rat(), l.Quantity.Rat())))
		items.Add(items, l.FullTotalPrice.Rat())
		offLines.Add(offLines, l.DiscountsAmount.Rat())
	}
	assert.Equal(t, 0, offLines.Cmp(offAll), "the lines' discounts_amount add up to %s, the discounts' amount to %s", offLines.FloatString(2), offAll.FloatString(2))
	ratIs(t, "items_price (Σ full_total_price)", o.ItemsPrice, items)
	ratIs(t, "full_delivery_price", o.FullDeliveryPrice, cents(new(big.Rat).Mul(o.DeliveryPrice.Rat(), m)))
	ratIs(t, "total_price (items_price + full_delivery_price)", o.TotalPrice, new(big.Rat).Add(o.ItemsPrice.Rat(), o.FullDeliveryPrice.Rat()))
	if len(o.Discounts) > 0 {
		require.NotNil(t, o.Discount)
		assert.Equal(t, o.Discounts[0].ID, o.Discount.ID)
	} else {
		assert.Nil(t, o.Discount)
	}
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// twoLines creates an order of two lines (variant 1 and 2, self-pickup at
// 100.0, cash: margin 0) and sets their prices and quantities.
func twoLines(t *testing.T, c *insales.Client, price1, qty1, price2, qty2 string) *insales.Order {
	t.Helper()
	o, err := c.Orders.Create(ctx, &insales.OrderCreate{
		OrderLines:      []insales.OrderLineInput{{VariantID: 1, Quantity: d("1")}, {VariantID: 2, Quantity: d("1")}},
		Client:          insales.OrderClientInput{Name: "Vasya", Email: "vasya@example.com"},
		ShippingAddress: insales.OrderAddressInput{Address: "Moscow"}, DeliveryVariantID: 1, PaymentGatewayID: 1})
	require.NoError(t, err)
	require.Len(t, o.OrderLines, 2)
	decIs(t, "margin", o.Margin, "0")
	checkTotals(t, o)
	for i, p := range [][2]string{{price1, qty1}, {price2, qty2}} {
		o, err = c.Orders.UpdateLine(ctx, o.ID, &insales.OrderLineUpdate{ID: o.OrderLines[i].ID, SalePrice: insales.Ptr(d(p[0])), Quantity: insales.Ptr(d(p[1]))})
		require.NoError(t, err)
	}
	checkTotals(t, o)
	return o
}

// A 30% discount over two lines whose shares fall on half a cent each: the
// first line's share rounds up, the last takes the remainder, and the
// shares add up to the discount.
func TestFakeOrderTotalsPercentDiscount(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	o := twoLines(t, c, "4.01", "5", "20.05", "1") // 20.05 and 20.05
	decIs(t, "items_price before the discount", o.ItemsPrice, "40.10")
	decIs(t, "total_price before the discount", o.TotalPrice, "140.10")

	o, err := c.Orders.AddDiscounts(ctx, o.ID, insales.OrderDiscountCreate{Discount: d("30"), TypeID: insales.DiscountPercent, Description: "30%"})
	require.NoError(t, err)
	checkTotals(t, o)
	require.Len(t, o.Discounts, 1)
	decIs(t, "amount", o.Discounts[0].Amount, "12.03")
	decIs(t, "full_amount", o.Discounts[0].FullAmount, "12.03")
	require.NotNil(t, o.Discounts[0].Percent)
	decIs(t, "percent", *o.Discounts[0].Percent, "30")
	a, b := o.OrderLines[0], o.OrderLines[1]
	decIs(t, "line 1 total_price", a.TotalPrice, "20.05")
	decIs(t, "line 1 discounts_amount", a.DiscountsAmount, "6.02") // 6.015
	decIs(t, "line 1 full_total_price", a.FullTotalPrice, "14.03")
	decIs(t, "line 1 full_sale_price", a.FullSalePrice, "2.81") // 14.03 / 5 = 2.806
	decIs(t, "line 2 total_price", b.TotalPrice, "20.05")
	decIs(t, "line 2 discounts_amount", b.DiscountsAmount, "6.01") // the remainder, not 6.015 rounded
	decIs(t, "line 2 full_total_price", b.FullTotalPrice, "14.04")
	decIs(t, "line 2 full_sale_price", b.FullSalePrice, "14.04")
	decIs(t, "items_price", o.ItemsPrice, "28.07")
	decIs(t, "delivery_price", o.DeliveryPrice, "100")
	decIs(t, "full_delivery_price", o.FullDeliveryPrice, "100")
	decIs(t, "total_price", o.TotalPrice, "128.07")

	// Limited to the second line, the discount is all that line's.
	o, err = c.Orders.UpdateDiscount(ctx, o.ID, &insales.OrderDiscountUpdate{ID: o.Discounts[0].ID, OrderLinesIDs: []int64{b.ID}})
	require.NoError(t, err)
	checkTotals(t, o)
	decIs(t, "amount on line 2", o.Discounts[0].Amount, "6.02") // 30% of 20.05 = 6.015
	decIs(t, "line 1 discounts_amount", o.OrderLines[0].DiscountsAmount, "0")
	decIs(t, "line 1 full_total_price", o.OrderLines[0].FullTotalPrice, "20.05")
	decIs(t, "line 2 discounts_amount", o.OrderLines[1].DiscountsAmount, "6.02")
	decIs(t, "items_price", o.ItemsPrice, "34.08")
	decIs(t, "total_price", o.TotalPrice, "134.08")

	got, err := c.Orders.Get(ctx, o.ID)
	require.NoError(t, err)
	checkTotals(t, got)
	decIs(t, "total_price read back", got.TotalPrice, "134.08")
}

// Fixed discounts: 100 over lines of 200 and 150, then orders.update's
// example (10% of the first line, 100 and 20 over both) with its documented
// amounts; then the payment gateway with margin 20 and a discount larger
// than the lines.
func TestFakeOrderTotalsFixedDiscount(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	o := twoLines(t, c, "100", "2", "150", "1")
	o, err := c.Orders.AddDiscounts(ctx, o.ID, insales.OrderDiscountCreate{Discount: d("100"), TypeID: insales.DiscountMoney, Description: "-100"})
	require.NoError(t, err)
	checkTotals(t, o)
	a, b := o.OrderLines[0], o.OrderLines[1]
	decIs(t, "amount", o.Discounts[0].Amount, "100")
	decIs(t, "full_amount", o.Discounts[0].FullAmount, "100")
	decIs(t, "line 1 discounts_amount", a.DiscountsAmount, "57.14") // 100 × 200/350 = 57.142…
	decIs(t, "line 1 full_total_price", a.FullTotalPrice, "142.86")
	decIs(t, "line 1 full_sale_price", a.FullSalePrice, "71.43")
	decIs(t, "line 2 discounts_amount", b.DiscountsAmount, "42.86") // 100 − 57.14
	decIs(t, "line 2 full_total_price", b.FullTotalPrice, "107.14")
	decIs(t, "items_price", o.ItemsPrice, "250")
	decIs(t, "total_price", o.TotalPrice, "350")

	// orders.update's example: -20 already there, then -100 and 10% of line 25.
	o, err = c.Orders.RemoveDiscount(ctx, o.ID, o.Discounts[0].ID)
	require.NoError(t, err)
	o, err = c.Orders.AddDiscounts(ctx, o.ID, insales.OrderDiscountCreate{Discount: d("20"), TypeID: insales.DiscountMoney, Description: "-20 (absolute)"})
	require.NoError(t, err)
	o, err = c.Orders.AddDiscounts(ctx, o.ID,
		insales.OrderDiscountCreate{Discount: d("100"), TypeID: insales.DiscountMoney, Description: "-100 (absolute)"},
		insales.OrderDiscountCreate{Discount: d("10"), Description: "10% only for first order line", OrderLinesIDs: []int64{a.ID}})
	require.NoError(t, err)
	checkTotals(t, o)
	require.Len(t, o.Discounts, 3)
	amounts := map[string]string{}
	for _, x := range o.Discounts {
		amounts[x.Description] = x.Amount.String()
		ratIs(t, x.Description+" full_amount", x.FullAmount, x.Amount.Rat())
	}
	assert.Equal(t, map[string]string{"10% only for first order line": "20.0", "-100 (absolute)": "100.0", "-20 (absolute)": "20.0"}, amounts)
	a, b = o.OrderLines[0], o.OrderLines[1]
	decIs(t, "line 25 full_sale_price", a.FullSalePrice, "55.72")
	decIs(t, "line 25 total_price", a.TotalPrice, "200")
	decIs(t, "line 25 full_total_price", a.FullTotalPrice, "111.43")
	decIs(t, "line 25 discounts_amount", a.DiscountsAmount, "88.57")
	decIs(t, "line 26 full_sale_price", b.FullSalePrice, "98.57")
	decIs(t, "line 26 total_price", b.TotalPrice, "150")
	decIs(t, "line 26 full_total_price", b.FullTotalPrice, "98.57")
	decIs(t, "line 26 discounts_amount", b.DiscountsAmount, "51.43")
	decIs(t, "items_price", o.ItemsPrice, "210")
	decIs(t, "delivery_price", o.DeliveryPrice, "100")
	decIs(t, "full_delivery_price", o.FullDeliveryPrice, "100")
	decIs(t, "total_price", o.TotalPrice, "310")

	// Payment gateway 3 adds its margin, 20%, to the full_ amounts.
	o, err = c.Orders.Update(ctx, o.ID, &insales.OrderUpdate{PaymentGatewayID: insales.Ptr(int64(3))})
	require.NoError(t, err)
	checkTotals(t, o)
	decIs(t, "margin", o.Margin, "20")
	a, b = o.OrderLines[0], o.OrderLines[1]
	decIs(t, "line 1 discounts_amount", a.DiscountsAmount, "88.57")
	decIs(t, "line 1 full_total_price", a.FullTotalPrice, "133.72") // 111.43 × 1.2 = 133.716
	decIs(t, "line 1 full_sale_price", a.FullSalePrice, "66.86")
	decIs(t, "line 2 full_total_price", b.FullTotalPrice, "118.28") // 98.57 × 1.2 = 118.284
	decIs(t, "items_price", o.ItemsPrice, "252")
	decIs(t, "delivery_price", o.DeliveryPrice, "100")
	decIs(t, "full_delivery_price", o.FullDeliveryPrice, "120")
	decIs(t, "total_price", o.TotalPrice, "372")
	o, err = c.Orders.Update(ctx, o.ID, &insales.OrderUpdate{PaymentGatewayID: insales.Ptr(int64(1))})
	require.NoError(t, err)
	checkTotals(t, o)
	decIs(t, "total_price back on margin 0", o.TotalPrice, "310")

	// A discount larger than its lines takes them to 0, not below.
	for _, x := range o.Discounts {
		o, err = c.Orders.RemoveDiscount(ctx, o.ID, x.ID)
		require.NoError(t, err)
	}
	o, err = c.Orders.AddDiscounts(ctx, o.ID, insales.OrderDiscountCreate{Discount: d("1000"), TypeID: insales.DiscountMoney, Description: "-1000"})
	require.NoError(t, err)
	checkTotals(t, o)
	decIs(t, "amount, at most the lines", o.Discounts[0].Amount, "350")
	decIs(t, "line 1 full_total_price", o.OrderLines[0].FullTotalPrice, "0")
	decIs(t, "line 2 full_total_price", o.OrderLines[1].FullTotalPrice, "0")
	decIs(t, "items_price", o.ItemsPrice, "0")
	decIs(t, "total_price", o.TotalPrice, "100")
}

// The preloaded examples are served as written, and recomputing them (an
// update that changes no amount) gives the documented amounts again,
// margin 20 included: orders 3 (30% off lines 800 and 200) and 4 (330 off).
func TestFakeOrderTotalsReproduceTheDocumentation(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	type line struct{ total, off, full, unit string }
	docs := map[int64]struct {
		lines                            []line
		amount, fullAmount, items, total string
	}{
		3: {[]line{{"800", "240", "672", "672"}, {"200", "60", "168", "84"}}, "300", "360", "840", "840"},
		4: {[]line{{"800", "264", "643.2", "643.2"}, {"200", "66", "160.8", "80.4"}}, "330", "396", "804", "804"},
		1: {[]line{{"300", "0", "300", "300"}, {"1200", "0", "1200", "600"}}, "", "", "1500", "1600"},
	}
	for id, want := range docs {
		check := func(o *insales.Order) {
			t.Helper()
			require.Len(t, o.OrderLines, len(want.lines))
			for i, l := range want.lines {
				f := fmt.Sprintf("order %d line %d ", id, o.OrderLines[i].ID)
				decIs(t, f+"total_price", o.OrderLines[i].TotalPrice, l.total)
				decIs(t, f+"discounts_amount", o.OrderLines[i].DiscountsAmount, l.off)
				decIs(t, f+"full_total_price", o.OrderLines[i].FullTotalPrice, l.full)
				decIs(t, f+"full_sale_price", o.OrderLines[i].FullSalePrice, l.unit)
			}
			if want.amount != "" {
				require.Len(t, o.Discounts, 1)
				decIs(t, "amount", o.Discounts[0].Amount, want.amount)
				decIs(t, "full_amount", o.Discounts[0].FullAmount, want.fullAmount)
			}
			decIs(t, "items_price", o.ItemsPrice, want.items)
			decIs(t, "total_price", o.TotalPrice, want.total)
			checkTotals(t, o)
		}
		o, err := c.Orders.Get(ctx, id)
		require.NoError(t, err)
		check(o)
		o, err = c.Orders.Update(ctx, id, &insales.OrderUpdate{ManagerComment: insales.Ptr("recomputed")})
		require.NoError(t, err)
		assert.Equal(t, "recomputed", *o.ManagerComment)
		check(o)
	}
}
