package insales_test

import (
	"context"
	"fmt"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

func ExampleOrdersService_Changes() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	var last insales.Checkpoint // load it from your store; zero starts at the beginning
	for o, err := range c.Orders.Changes(ctx, last, nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(o.Number, o.FulfillmentStatus, o.TotalPrice)
		last = o.Checkpoint() // save it after processing o
	}
	fmt.Println("resume after", last.ID)
	// Output:
	// 1004 new 840.0
	// 1005 new 804.0
	// 1001 new 1600.0
	// resume after 1
}

func ExampleOrdersService_UpdateLine() {
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()

	o, err := c.Orders.UpdateLine(ctx, 1, &insales.OrderLineUpdate{ID: 1, SalePrice: insales.Ptr(insales.MustDecimal("250.50"))})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.OrderLines[0].SalePrice, o.ItemsPrice, o.TotalPrice)
	// Output: 250.5 1450.5 1550.5
}
