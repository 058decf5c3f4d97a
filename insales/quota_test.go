package insales_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// virtualClock is a fake clock whose Sleep moves time instead of waiting.
type virtualClock struct{ fakeClock }

func (c *virtualClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.Add(d)
	return nil
}

func newVirtual() *virtualClock {
	return &virtualClock{fakeClock{t: time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)}}
}

func quotaLimiter(t *testing.T, clk *virtualClock, limit int, window time.Duration) *insales.QuotaLimiter {
	l, err := insales.NewQuotaLimiter(limit, window)
	require.NoError(t, err)
	l.Now, l.Sleep = clk.Now, clk.Sleep
	return l
}

func TestQuotaLimiterWaitsForTheWindowDatedByTheFirstAnswer(t *testing.T) {
	clk := newVirtual()
	l := quotaLimiter(t, clk, 3, time.Minute)
	for i := 1; i <= 3; i++ {
		require.NoError(t, l.Wait(ctx))
		clk.Add(time.Second) // the answer comes a second later
		l.Observe(i, 3)
	}
	start := clk.Now()
	require.NoError(t, l.Wait(ctx))
	// The first answer came at 12:00:01, so the window ends by 12:01:01.
	assert.Equal(t, time.Date(2024, 6, 1, 12, 1, 1, 0, time.UTC), clk.Now())
	n, total := l.Waits()
	assert.Equal(t, 1, n)
	assert.Equal(t, clk.Now().Sub(start), total)
}

func TestQuotaLimiterTakesOtherClientsUsage(t *testing.T) {
	clk := newVirtual()
	l := quotaLimiter(t, clk, 500, time.Minute)
	require.NoError(t, l.Wait(ctx))
	l.Observe(498, 500) // another client of the app used most of the window
	require.NoError(t, l.Wait(ctx))
	require.NoError(t, l.Wait(ctx))
	before := clk.Now()
	require.NoError(t, l.Wait(ctx))
	assert.Equal(t, time.Minute, clk.Now().Sub(before), "an undated window is waited out in full")
}

func TestQuotaLimiterGivesUpBeforeADeadline(t *testing.T) {
	clk := newVirtual()
	l := quotaLimiter(t, clk, 1, time.Hour)
	require.NoError(t, l.Wait(ctx))
	l.Observe(1, 1)
	c, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	assert.ErrorIs(t, l.Wait(c), context.DeadlineExceeded)
	_, err := insales.NewQuotaLimiter(0, time.Minute)
	assert.ErrorIs(t, err, insales.ErrInvalidInput)
}

// syncAll reads every product through Changes and reports how many times
// each id was read.
func syncAll(t *testing.T, c *insales.Client, limit int) map[int64]int {
	seen := map[int64]int{}
	for p, err := range c.Products.Changes(ctx, insales.Checkpoint{}, &insales.ProductListOptions{Limit: limit}) {
		require.NoError(t, err)
		seen[p.ID]++
	}
	return seen
}

// The measure: 10,000 products through the fake with the real
// quota, on a virtual clock (no test waits for real time).
func TestSyncOf10000ProductsIsNeverRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 products")
	}
	const products = 10000
	for _, tc := range []struct {
		name        string
		perPage     int
		window      time.Duration
		wantCalls   int
		wantWaits   int
		wantElapsed time.Duration
	}{
		{"250 per page, the real 5-minute window", 250, 5 * time.Minute, products/250 + 1, 0, 0},
		{"10 per page, window shortened to 1 minute", 10, time.Minute, products/10 + 1, 2, 2 * time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clk := newVirtual()
			srv := insalestest.NewServer(insalestest.WithQuota(500, tc.window), insalestest.WithClock(clk.Now))
			defer srv.Close()
			srv.Empty()
			require.NoError(t, srv.Load("products", productsJSON(products, 1, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC))))
			lim := quotaLimiter(t, clk, 500, tc.window)
			c := srv.Client(insales.WithRateLimiter(lim), insales.WithRetry(0))

			start := clk.Now()
			seen := syncAll(t, c, tc.perPage)
			require.Len(t, seen, products, "every product read")
			for id, n := range seen {
				require.Equal(t, 1, n, "product %d read %d times", id, n)
			}
			assert.Zero(t, srv.Refused(), "no call refused")
			assert.Equal(t, 500, max(srv.PeakUsage(), 500), "never more than the quota in a window")
			assert.LessOrEqual(t, srv.PeakUsage(), 500)
			waits, _ := lim.Waits()
			assert.Equal(t, tc.wantWaits, waits)
			assert.Equal(t, tc.wantElapsed, clk.Now().Sub(start), "virtual time spent waiting for windows")
			t.Logf("%s: %d products, %d calls expected, %d waits, %s of (virtual) waiting, peak %d/500 per window, refused %d",
				tc.name, products, tc.wantCalls, waits, clk.Now().Sub(start), srv.PeakUsage(), srv.Refused())
		})
	}
}

// Several goroutines share one client (and its limiter): still no call
// refused, never more than the quota in a window.
func TestQuotaLimiterUnderConcurrentCalls(t *testing.T) {
	clk := newVirtual()
	srv := insalestest.NewServer(insalestest.WithQuota(500, time.Minute), insalestest.WithClock(clk.Now))
	defer srv.Close()
	lim := quotaLimiter(t, clk, 500, time.Minute)
	c := srv.Client(insales.WithRateLimiter(lim), insales.WithRetry(0))
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			var err error
			for i := 0; i < 150 && err == nil; i++ {
				_, err = c.Products.Count(ctx, nil)
			}
			errs <- err
		}()
	}
	for g := 0; g < 8; g++ {
		require.NoError(t, <-errs)
	}
	assert.Zero(t, srv.Refused())
	assert.LessOrEqual(t, srv.PeakUsage(), 500)
	waits, _ := lim.Waits()
	assert.GreaterOrEqual(t, waits, 2, "1200 calls need at least three windows")
}
