package commerce_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

// One Store serves many goroutines: each walk is its own, and the Shopkit
// store currency is read from GET /store once for all of them.
func TestOneStoreServesManyGoroutines(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	store, err := commerce.NewShopkit(srv.Client())
	require.NoError(t, err)
	ctx := context.Background()

	const workers = 8
	var wg sync.WaitGroup
	products := make([][]commerce.Product, workers)
	orders := make([][]commerce.Order, workers)
	errs := make(chan error, 2*workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p, err := range store.Products().All(ctx) {
				if err != nil {
					errs <- err
					return
				}
				products[w] = append(products[w], p)
			}
			for o, err := range store.Orders().Changes(ctx, orderCheckpointZero) {
				if err != nil {
					errs <- err
					return
				}
				orders[w] = append(orders[w], o)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	require.NotEmpty(t, products[0])
	require.NotEmpty(t, orders[0])
	for w := 1; w < workers; w++ {
		assert.Equal(t, ids(products[0]), ids(products[w]), "worker %d products", w)
		assert.Equal(t, orderIDs(orders[0]), orderIDs(orders[w]), "worker %d orders", w)
		assert.Equal(t, products[0][0].Currency, products[w][0].Currency)
	}
	assert.Equal(t, "EUR", products[0][0].Currency, "the store currency of the API documentation's example")
	storeReads := 0
	for _, r := range srv.Requests() {
		if r.Method == "GET" && r.Path == "/store" {
			storeReads++
		}
	}
	assert.Equal(t, 1, storeReads, "GET /store once per Store")
}

var orderCheckpointZero = commerce.Order{}.Checkpoint()

func ids(ps []commerce.Product) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func orderIDs(os []commerce.Order) []int64 {
	out := make([]int64, len(os))
	for i, o := range os {
		out[i] = o.ID
	}
	return out
}

// A Changes walk that must hold its window in memory stops at
// WithMaxWindow with an error, instead of growing without bound.
func TestWithMaxWindowBoundsAWalkHeldInMemory(t *testing.T) {
	srv := shopkittest.NewServer()
	defer srv.Close()
	ctx := context.Background()
	all, err := commerce.NewShopkit(srv.Client())
	require.NoError(t, err)
	n := 0
	for _, err := range all.Products().Changes(ctx, ecomkit.Checkpoint{}) {
		require.NoError(t, err)
		n++
	}
	require.Greater(t, n, 1, "the fake holds several products")

	small, err := commerce.NewShopkit(srv.Client(), commerce.WithMaxWindow(n-1))
	require.NoError(t, err)
	var got []error
	for p, err := range small.Products().Changes(ctx, ecomkit.Checkpoint{}) {
		if err == nil {
			t.Errorf("product %d yielded from a window over the limit", p.ID)
			continue
		}
		got = append(got, err)
	}
	require.Len(t, got, 1)
	assert.ErrorIs(t, got[0], commerce.ErrWindowTooLarge)
}
