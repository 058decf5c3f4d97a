package shopkit_test

import (
	"context"
	"fmt"

	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// The package documentation's calls, run against the fake.
func Example() {
	srv := shopkittest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	page, err := c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []string{shopkit.OrderSent}, ListOptions: shopkit.ListOptions{Limit: 50}})
	if err != nil {
		panic(err)
	}
	for _, o := range page.Items {
		fmt.Println(o.ID, o.CreatedAt.Format("2006-01-02T15:04:05-07:00"), o.Total, o.Currency)
	}
	o, err := c.Orders.Update(ctx, shopkittest.SeedOrderID, &shopkit.OrderUpdate{Paid: shopkit.Ptr(true), StatusAlias: shopkit.OrderDelivered})
	if err != nil {
		panic(err)
	}
	fmt.Println(o.StatusAlias)
	_, err = c.Orders.List(ctx, &shopkit.OrderListOptions{StatusAlias: []string{"shipped"}})
	fmt.Println(err)
	// Output:
	// 1337 2017-05-17T10:45:05+01:00 157.03 EUR
	// delivered
	// invalid status_alias[0]: "shipped" is not one of all, pending, processing, sent, canceled, waiting_confirmation, waiting_payment, waiting_stock, delivered, returned, pickup_available, waiting_shipment
}
