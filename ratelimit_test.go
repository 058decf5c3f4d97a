package ecomkit

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLimiterShapeNeverExceedsQuotaInAWindow(t *testing.T) {
	for _, q := range []struct {
		n   int
		per time.Duration
	}{{3600, time.Hour}, {500, 5 * time.Minute}, {10, time.Second}, {2, time.Minute}} {
		l, err := NewRateLimiter(q.n, q.per)
		require.NoError(t, err)
		burst := l.lim.Burst()
		refill := float64(l.lim.Limit()) * q.per.Seconds()
		assert.GreaterOrEqual(t, burst, 1)
		assert.LessOrEqual(t, float64(burst)+refill, float64(q.n)+1e-6, "%d per %s", q.n, q.per)
		assert.InDelta(t, float64(q.n), float64(burst)+refill, 1.0, "the whole quota is usable")
		n, per := l.Quota()
		assert.Equal(t, q.n, n)
		assert.Equal(t, q.per, per)
	}
	l, err := NewRateLimiter(3600, time.Hour)
	require.NoError(t, err)
	assert.Equal(t, 60, l.lim.Burst())
	_, err = NewRateLimiter(0, time.Hour)
	assert.ErrorIs(t, err, ErrInvalidInput, "a quota from configuration gives an error, not a panic")
}

// frozen returns a limiter whose clock stands still at t0 unless the test
// moves it, so no assertion depends on how fast the machine runs.
func frozen(t *testing.T, n int, per time.Duration) (*RateLimiter, *time.Time) {
	t.Helper()
	l, err := NewRateLimiter(n, per)
	require.NoError(t, err)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l.now = func() time.Time { return now }
	l.lim.SetLimitAt(now, l.lim.Limit()) // start the bucket at the frozen time, full
	l.lim.SetBurstAt(now, l.lim.Burst())
	return l, &now
}

func TestLimiterObserveCutsTokensToServerRemaining(t *testing.T) {
	l, now := frozen(t, 500, 5*time.Minute)
	require.InDelta(t, 8, l.lim.TokensAt(*now), 0.01, "idle limiter holds its burst")

	l.Observe(498, 500) // the server says 2 remain
	assert.InDelta(t, 2, l.lim.TokensAt(*now), 0.01)

	l.Observe(500, 500) // none remain: the next request must wait
	assert.InDelta(t, 0, l.lim.TokensAt(*now), 0.01)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// One token takes 300s/492 = 610ms to come back by the frozen clock;
	// a minute is enough, so check the refusal against a shorter deadline.
	short, cancel2 := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel2()
	err := l.Wait(short)
	require.Error(t, err, "a request now would be refused by the server, so the limiter holds it")
	assert.Contains(t, err.Error(), "610ms")
	assert.InDelta(t, 0, l.lim.TokensAt(*now), 0.01, "a refused wait uses up nothing")

	*now = now.Add(700 * time.Millisecond) // the token is back
	assert.NoError(t, l.Wait(ctx))

	l.Observe(3, 1000) // the server raised the quota
	n, _ := l.Quota()
	assert.Equal(t, 1000, n)
	assert.Equal(t, burstFor(1000), l.lim.Burst())

	l.Observe(-1, 0) // nonsense is ignored
	n, _ = l.Quota()
	assert.Equal(t, 1000, n)
	var nilLimiter *RateLimiter
	nilLimiter.Observe(1, 2)
	assert.NoError(t, nilLimiter.Wait(context.Background()))
}

func TestLimiterWaitStopsOnCancel(t *testing.T) {
	l, _ := frozen(t, 1, time.Hour)
	require.NoError(t, l.Wait(context.Background()), "the burst of one")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, l.Wait(ctx), context.Canceled)
}

// Every path to a limiter gives an error or a working limiter, never a
// panic: bad quotas, a zero RateLimiter, nonsense usage reports.
func TestLimiterNeverPanics(t *testing.T) {
	for _, q := range []struct {
		n   int
		per time.Duration
	}{{0, time.Hour}, {-1, time.Hour}, {1, 0}, {1, -time.Second}} {
		_, err := NewRateLimiter(q.n, q.per)
		assert.ErrorIs(t, err, ErrInvalidInput, "%d per %s", q.n, q.per)
		var c Config
		assert.ErrorIs(t, WithRateLimit(q.n, q.per)(&c), ErrInvalidInput)
	}
	var zero RateLimiter
	assert.NoError(t, zero.Wait(context.Background()))
	zero.Observe(1, 10)
	n, _ := zero.Quota()
	assert.Zero(t, n)
	var c Config
	assert.ErrorIs(t, WithRateLimiter(&zero)(&c), ErrInvalidInput)
	assert.ErrorIs(t, WithRateLimiter(nil)(&c), ErrInvalidInput)
	var nilRL *RateLimiter
	assert.ErrorIs(t, WithRateLimiter(nilRL)(&c), ErrInvalidInput)

	l, _ := frozen(t, 10, time.Second)
	for _, u := range [][2]int{{0, 1}, {5, 1}, {1 << 40, 1 << 41}, {1, 1 << 50}, {0, 1 << 62}} {
		l.Observe(u[0], u[1])
	}
	n, _ = l.Quota()
	assert.Equal(t, 1<<62, n)
}
