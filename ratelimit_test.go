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

func TestLimiterObserveCutsTokensToServerRemaining(t *testing.T) {
	l, err := NewRateLimiter(500, 5*time.Minute)
	require.NoError(t, err)
	now := time.Now()
	require.InDelta(t, 8, l.lim.TokensAt(now), 0.01, "idle limiter holds its burst")

	l.Observe(498, 500) // the server says 2 remain
	assert.LessOrEqual(t, l.lim.TokensAt(time.Now()), 2.01)
	assert.Greater(t, l.lim.TokensAt(time.Now()), 1.9)

	l.Observe(500, 500) // none remain: the next request must wait
	assert.Less(t, l.lim.TokensAt(time.Now()), 0.1)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	assert.Error(t, l.Wait(ctx), "a request now would be refused by the server, so the limiter holds it")

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
