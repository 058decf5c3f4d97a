package insales_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"sync"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// Receiving webhooks: one address per topic (WebhookAddress names it), a
// handler that decodes each topic into its payload, and, because InSales
// neither signs nor guarantees deliveries, a reconciliation pass over the
// change feed from the last stored checkpoint.
func ExampleWebhookHandler() {
	ctx := context.Background()
	// The fake's clock moves two seconds a reading, so the output does not
	// depend on the wall clock (Changes stops before the current second).
	srv := insalestest.NewServer(insalestest.WithClock(tickingClock()))
	defer srv.Close()
	c := srv.Client()

	var mu sync.Mutex
	handler := insales.WebhookHandler(func(_ context.Context, e *insales.Event) error {
		mu.Lock()
		defer mu.Unlock()
		switch e.Type {
		case insales.TopicProductsCreate, insales.TopicProductsUpdate:
			for _, p := range e.Products { // a batch of up to BatchSize
				fmt.Printf("%s: product %d %q\n", e.Type, p.ID, p.Title)
			}
		case insales.TopicOrdersCreate:
			fmt.Printf("%s: order %d\n", e.Type, e.ID)
		}
		return nil // queue slow work: keep the answer quick
	})
	app := httptest.NewServer(handler)
	defer app.Close()

	// A random path segment stands in for the signature InSales does not send.
	for _, topic := range []insales.EventType{insales.TopicProductsUpdate, insales.TopicOrdersCreate} {
		addr, _ := insales.WebhookAddress(app.URL+"/hooks/9f8e7d", topic)
		if _, err := c.Webhooks.Create(ctx, &insales.WebhookCreate{Address: addr, Topic: topic, BatchSize: batch(topic)}); err != nil {
			fmt.Println(err)
			return
		}
	}
	_, _ = c.Products.Update(ctx, 1, &insales.ProductUpdate{Title: insales.Ptr("Renamed")})
	_, _ = srv.Deliver(ctx, insales.TopicOrdersCreate, map[string]any{"id": 42})

	// Reconcile on a schedule: whatever a lost delivery missed is in the
	// change feed after the stored checkpoint.
	var last insales.Checkpoint // load it from storage
	n := 0
	for p, err := range c.Products.Changes(ctx, last, nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		n++
		last = p.Checkpoint() // store it
	}
	fmt.Println("reconciled", n, "products")
	// Output:
	// products/update: product 1 "Renamed"
	// orders/create: order 42
	// reconciled 5 products
}

func batch(t insales.EventType) *int64 {
	if t.Batched() {
		return insales.Ptr(int64(insales.DefaultBatchSize))
	}
	return nil
}

// Charges: InSales notifies the application of a payment once only, so
// poll the charge (daily, say) until it leaves pending.
func ExampleApplicationChargesService_Get() {
	ctx := context.Background()
	srv := insalestest.NewServer()
	defer srv.Close()
	c := srv.Client()

	ch, err := c.ApplicationCharges.Create(ctx, &insales.ApplicationChargeCreate{Name: "Premium", Price: insales.MustDecimal("300"), Test: insales.Ptr(true)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ch.Status, ch.Price) // send the owner to ch.ConfirmationURL

	ch, _ = c.ApplicationCharges.Get(ctx, ch.ID) // later, on a schedule
	fmt.Println(ch.Status == insales.ChargePending)
	// Output:
	// pending 300.0
	// true
}
