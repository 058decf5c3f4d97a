package commerce_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
	"github.com/ecomkit/ecomkit-go/sitebuilder/sitebuildertest"
)

// One loop lists the orders of shops on three platforms (here their fakes,
// preloaded with the API documentation's examples); MyCashflow's API has no
// orders and says so.
func Example() {
	ctx := context.Background()
	is, sk, mc, sb := insalestest.NewServer(), shopkittest.NewServer(), mycashflowtest.NewServer(), sitebuildertest.NewServer()
	defer is.Close()
	defer sk.Close()
	defer mc.Close()
	defer sb.Close()

	var stores []commerce.Store
	for _, build := range []func() (commerce.Store, error){
		func() (commerce.Store, error) { return commerce.NewInSales(is.Client()) },
		func() (commerce.Store, error) { return commerce.NewShopkit(sk.Client()) },
		func() (commerce.Store, error) { return commerce.NewMyCashflow(mc.Client()) },
		func() (commerce.Store, error) { return commerce.NewSiteBuilder(sb.Client()) },
	} {
		s, err := build()
		if err != nil {
			fmt.Println(err)
			return
		}
		stores = append(stores, s)
	}

	for _, s := range stores {
		for o, err := range s.Orders().All(ctx) {
			if errors.Is(err, commerce.ErrUnsupported) {
				fmt.Println(s.Platform(), "has no orders")
				break
			}
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Println(o.Platform, o.ID, o.Status, o.Total, o.Currency)
		}
	}
	// Output:
	// insales 1 open 1600.0 RUR
	// insales 3 open 840.0 RUR
	// insales 4 open 804.0 RUR
	// shopkit 1337 shipped 157.03 EUR
	// mycashflow has no orders
	// sitebuilder 1234 completed 49
}

// Changes reads what changed since a checkpoint; store the last record's
// Checkpoint and pass it back next time to go on from there.
func ExampleReader_Changes() {
	srv := insalestest.NewServer()
	defer srv.Close()
	store, err := commerce.NewInSales(srv.Client())
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()

	var last ecomkit.Checkpoint // loaded from your database; zero the first time
	for p, err := range store.Products().Changes(ctx, last) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("product", p.ID, p.Title, p.UpdatedAt.Format("2006-01-02"))
		last = p.Checkpoint() // save it once the product is processed
	}
	n := 0
	for _, err := range store.Products().Changes(ctx, last) {
		if err != nil {
			fmt.Println(err)
			return
		}
		n++
	}
	fmt.Println("changed since:", n)
	// Output:
	// product 1 Cool t-shirt 2017-08-25
	// product 2 shirt 2017-08-25
	// product 3 pants 2017-08-25
	// product 4 shirt & t-short 2017-08-25
	// product 5 shirt & pants 2017-08-25
	// changed since: 0
}

// Source reaches every field the normalized model does not carry.
func ExampleOrder_source() {
	srv := insalestest.NewServer()
	defer srv.Close()
	store, err := commerce.NewInSales(srv.Client())
	if err != nil {
		fmt.Println(err)
		return
	}
	o, err := store.Orders().Get(context.Background(), 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	if src, ok := o.Source.(*insales.Order); ok {
		fmt.Println(o.Number, o.PlatformStatus, src.DeliveryTitle != nil)
	}
	// Output: 1001 new true
}
