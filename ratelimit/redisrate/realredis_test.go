package redisrate

import (
	"context"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
)

// redisAddrEnv names the variable giving a real Redis server's address
// (host:port). .ci/run starts one and sets it.
const redisAddrEnv = "ECOMKIT_REDIS_ADDR"

// realRedis connects to the Redis server named by ECOMKIT_REDIS_ADDR. Without
// it the test is skipped, unless CI is set: there it fails, so CI cannot pass
// without having run against a real server.
func realRedis(t testing.TB) *redis.Client {
	t.Helper()
	addr := os.Getenv(redisAddrEnv)
	if addr == "" {
		if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
			t.Fatalf("CI=%s but %s is not set: .ci/run starts redis-server and sets it", ci, redisAddrEnv)
		}
		t.Skipf("%s is not set: run .ci/run, or start redis-server and set %s=host:port", redisAddrEnv, redisAddrEnv)
	}
	rdb := redis.NewClient(&redis.Options{Addr: addr})
	t.Cleanup(func() { _ = rdb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.NoError(t, rdb.Ping(ctx).Err(), "%s=%s does not answer", redisAddrEnv, addr)
	return rdb
}

// testKey is unique per run, so -count=N and parallel packages do not share
// state; the state is deleted afterwards.
func testKey(t testing.TB, rdb *redis.Client) string {
	k := Key("test", t.Name(), strconv.FormatInt(time.Now().UnixNano(), 36))
	t.Cleanup(func() {
		l, err := New(rdb, k, 1, time.Second)
		if err == nil {
			_ = l.Reset(context.Background())
		}
	})
	return k
}

func redisNow(t testing.TB, rdb *redis.Client) time.Time {
	now, err := rdb.Time(context.Background()).Result()
	require.NoError(t, err)
	return now
}

// Four "processes" (each its own connection pool and Limiter) with eight
// goroutines each share one quota on a real Redis: within one period no
// more than the quota is allowed.
func TestRealRedisProcessesShareOneQuota(t *testing.T) {
	rdb := realRedis(t)
	key := testKey(t, rdb)
	const quota, per = 50, 500 * time.Millisecond
	var allowed atomic.Int64
	start := redisNow(t, rdb)
	ctx, cancel := context.WithTimeout(context.Background(), per*8/10)
	defer cancel()
	var wg sync.WaitGroup
	for range 4 {
		proc := redis.NewClient(&redis.Options{Addr: rdb.Options().Addr})
		defer proc.Close()
		l, err := New(proc, key, quota, per)
		require.NoError(t, err)
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for l.Wait(ctx) == nil {
					allowed.Add(1)
				}
			}()
		}
	}
	wg.Wait()
	span := redisNow(t, rdb).Sub(start)
	n := int(allowed.Load())
	s := shapeOf(quota, per)
	interval := per / time.Duration(s.Rate)
	// GCRA's own bound for the time the run took, by Redis' clock.
	assert.LessOrEqual(t, n, s.Burst+int(span/interval)+1, "%d allowed in %s", n, span)
	if span < per {
		assert.LessOrEqual(t, n, quota, "%d allowed within one period (%s)", n, span)
	}
	t.Logf("%d allowed in %s (quota %d per %s)", n, span, quota, per)
	assert.GreaterOrEqual(t, n, s.Burst, "at least the burst goes at once")
}

// On a real Redis, a report that most of the window is gone holds every
// process back, and the state has the format the script expects.
func TestRealRedisObserveHoldsEveryProcessBack(t *testing.T) {
	rdb := realRedis(t)
	key := testKey(t, rdb)
	a, err := New(rdb, key, InSalesQuota, InSalesPeriod)
	require.NoError(t, err)
	other := redis.NewClient(&redis.Options{Addr: rdb.Options().Addr})
	defer other.Close()
	b, err := New(other, key, InSalesQuota, InSalesPeriod)
	require.NoError(t, err)
	ctx := context.Background()

	require.NoError(t, a.Wait(ctx), "a fresh key has its burst")
	a.Observe(300, 500) // 300 gone: 200 left for up to 5 minutes

	v, err := rdb.Get(ctx, a.rateKey).Float64()
	require.NoError(t, err)
	since2017 := redisNow(t, rdb).Sub(time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)).Seconds()
	interval := InSalesPeriod.Seconds() / 492
	assert.InDelta(t, since2017+300*interval, v, 2, "backlog of 300 requests' worth")

	short, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	assert.ErrorIs(t, b.Wait(short), context.DeadlineExceeded, "the other process is held back too")

	seen, err := rdb.HGet(ctx, a.winKey, "seen").Result()
	require.NoError(t, err)
	assert.Equal(t, "300", seen)
	ttl, err := rdb.PTTL(ctx, a.winKey).Result()
	require.NoError(t, err)
	assert.Greater(t, ttl, InSalesPeriod, "the window state outlives one period")
	assert.LessOrEqual(t, ttl, 3*InSalesPeriod, "and goes after three periods without reports")
}

// BenchmarkWait is the cost a limiter adds to each call when the quota is
// not the constraint: the in-process ecomkit.RateLimiter beside this one
// (one Redis round trip).
func BenchmarkWait(b *testing.B) {
	ctx := context.Background()
	b.Run("in-process", func(b *testing.B) {
		l, err := ecomkit.NewRateLimiter(1<<30, time.Second)
		require.NoError(b, err)
		b.ReportAllocs()
		for b.Loop() {
			if err := l.Wait(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("redis", func(b *testing.B) {
		rdb := realRedis(b)
		l, err := New(rdb, testKey(b, rdb), 1<<30, time.Second)
		require.NoError(b, err)
		b.ReportAllocs()
		for b.Loop() {
			if err := l.Wait(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("redis-observe", func(b *testing.B) {
		rdb := realRedis(b)
		l, err := New(rdb, testKey(b, rdb), 1<<30, time.Second)
		require.NoError(b, err)
		b.ReportAllocs()
		for b.Loop() {
			l.Observe(1, 1<<30)
		}
	})
}
