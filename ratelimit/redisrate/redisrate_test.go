package redisrate

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
)

// fakeClock drives both the limiter's clock and miniredis' TIME, so GCRA
// runs on simulated time and no test waits.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
	mr *miniredis.Miniredis
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	t := c.t
	c.mu.Unlock()
	c.mr.SetTime(t)
	c.mr.FastForward(d)
}

// miniRedis starts an in-memory Redis on a simulated clock.
func miniRedis(t *testing.T) (*miniredis.Miniredis, *redis.Client, *fakeClock) {
	t.Helper()
	mr := miniredis.RunT(t)
	clock := &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), mr: mr}
	mr.SetTime(clock.t)
	rdb := redis.NewClient(&redis.Options{Addr: mr.Addr(), MaxRetries: -1})
	t.Cleanup(func() { _ = rdb.Close() })
	return mr, rdb, clock
}

// onClock makes l sleep by advancing clock.
func onClock(l *Limiter, clock *fakeClock) *Limiter {
	l.now = clock.Now
	l.sleep = func(ctx context.Context, d time.Duration) error {
		clock.Advance(d)
		return ctx.Err()
	}
	return l
}

// maxInWindow is the most timestamps any half-open window of length per
// holds.
func maxInWindow(ts []time.Time, per time.Duration) int {
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	best, lo := 0, 0
	for hi := range ts {
		for ts[hi].Sub(ts[lo]) >= per {
			lo++
		}
		if n := hi - lo + 1; n > best {
			best = n
		}
	}
	return best
}

func TestNewRefusesBadInput(t *testing.T) {
	_, rdb, _ := miniRedis(t)
	for name, build := range map[string]func() (*Limiter, error){
		"nil client": func() (*Limiter, error) { return New(nil, "k", 1, time.Second) },
		"nil *redis.Client": func() (*Limiter, error) {
			var c *redis.Client
			return New(c, "k", 1, time.Second)
		},
		"empty key": func() (*Limiter, error) { return New(rdb, " ", 1, time.Second) },
		"braces":    func() (*Limiter, error) { return New(rdb, "a{b}", 1, time.Second) },
		"no quota":  func() (*Limiter, error) { return New(rdb, "k", 0, time.Second) },
		"no period": func() (*Limiter, error) { return New(rdb, "k", 1, 0) },
		"nil fallback": func() (*Limiter, error) {
			return New(rdb, "k", 1, time.Second, WithFallback(nil))
		},
		"zero timeout": func() (*Limiter, error) { return New(rdb, "k", 1, time.Second, WithTimeout(0)) },
		"zero recheck": func() (*Limiter, error) { return New(rdb, "k", 1, time.Second, WithRecheck(-1)) },
		"no shop":      func() (*Limiter, error) { return NewInSales(rdb, "", "app") },
		"no app":       func() (*Limiter, error) { return NewInSales(rdb, "shop", "") },
		"no store":     func() (*Limiter, error) { return NewShopkit(rdb, "") },
	} {
		l, err := build()
		assert.Nil(t, l, name)
		var fe *ecomkit.FieldError
		assert.ErrorAs(t, err, &fe, name)
		assert.ErrorIs(t, err, ecomkit.ErrInvalidInput, name)
	}

	var zero Limiter
	assert.Error(t, zero.Wait(context.Background()), "a zero Limiter refuses instead of panicking")
	zero.Observe(1, 2)
	assert.Error(t, zero.Reset(context.Background()))
	var nilLimiter *Limiter
	assert.Error(t, nilLimiter.Wait(context.Background()))
	nilLimiter.Observe(1, 2)
	n, per := nilLimiter.Quota()
	assert.Zero(t, n)
	assert.Zero(t, per)

	l, err := New(rdb, "k", 10, time.Second)
	require.NoError(t, err)
	assert.ErrorIs(t, l.Wait(nil), ecomkit.ErrInvalidInput)
}

func TestPlatformQuotasAndKeys(t *testing.T) {
	_, rdb, _ := miniRedis(t)
	in, err := NewInSales(rdb, "myshop.myinsales.ru", "42")
	require.NoError(t, err)
	n, per := in.Quota()
	assert.Equal(t, 500, n)
	assert.Equal(t, 5*time.Minute, per)
	assert.Equal(t, "insales/myshop.myinsales.ru/42", in.Key())
	s := in.shape.Load()
	assert.Equal(t, 8, s.Burst, "about 1/60 of the quota at once, as the in-process limiter")
	assert.Equal(t, 492, s.Rate)

	sk, err := NewShopkit(rdb, "mystore")
	require.NoError(t, err)
	n, per = sk.Quota()
	assert.Equal(t, 3600, n)
	assert.Equal(t, time.Hour, per)
	assert.Equal(t, "shopkit/mystore", sk.Key())
	assert.Equal(t, 60, sk.shape.Load().Burst)

	one, err := New(rdb, "tiny", 1, time.Minute)
	require.NoError(t, err)
	n, _ = one.Quota()
	assert.Equal(t, 1, n)
	assert.Equal(t, redis_rate.Limit{Rate: 1, Burst: 1, Period: time.Minute}, *one.shape.Load(),
		"paced as burst 1 + refill 1, like ecomkit.RateLimiter")
}

// Several limiters (processes) on one key, on simulated time: no window of
// one period sees more than the quota, and the quota is used.
func TestSharedQuotaNeverExceededInAnyWindow(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	const quota, per = 120, time.Minute
	var procs []*Limiter
	for range 4 {
		l, err := New(rdb, Key("insales", "shop", "app"), quota, per)
		require.NoError(t, err)
		procs = append(procs, onClock(l, clock))
	}
	var allowed []time.Time
	start := clock.Now()
	end := start.Add(3 * per)
	for i := 0; clock.Now().Before(end); i++ {
		require.NoError(t, procs[i%len(procs)].Wait(context.Background()))
		if clock.Now().Before(end) {
			allowed = append(allowed, clock.Now())
		}
	}
	assert.LessOrEqual(t, maxInWindow(allowed, per), quota)
	// burst 2 plus 118 a period: 2 + 3*118 = 356 in three periods.
	assert.GreaterOrEqual(t, len(allowed), 354, "the quota is used, not only respected")
	assert.LessOrEqual(t, len(allowed), 357)
}

func TestObserveLateProcessLearnsWhatIsGone(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	const per = 5 * time.Minute
	l, err := NewInSales(rdb, "shop", "app")
	require.NoError(t, err)
	onClock(l, clock)

	// Others (a program outside the shared limiter) used 300 of 500 already.
	l.Observe(300, 500)
	var allowed []time.Time
	end := clock.Now().Add(per)
	for clock.Now().Before(end) {
		require.NoError(t, l.Wait(context.Background()))
		if clock.Now().Before(end) {
			allowed = append(allowed, clock.Now())
		}
	}
	assert.LessOrEqual(t, len(allowed), 200, "at most what the server has left before the window can end")
	assert.GreaterOrEqual(t, len(allowed), 190, "and the rest of it is used")
}

func TestObserveHoldsBackWithinTheWindow(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	const per = 5 * time.Minute
	l, err := NewInSales(rdb, "shop", "app")
	require.NoError(t, err)
	onClock(l, clock)

	l.Observe(1, 500) // the window begins
	clock.Advance(per / 2)
	l.Observe(450, 500) // others spent most of it meanwhile
	var allowed int
	end := clock.Now().Add(per / 2)
	for clock.Now().Before(end) {
		require.NoError(t, l.Wait(context.Background()))
		if clock.Now().Before(end) {
			allowed++
		}
	}
	assert.LessOrEqual(t, allowed, 50, "the 50 the server has left")
	assert.GreaterOrEqual(t, allowed, 45)

	// The next window: a low count after the end starts it, at full pace.
	l.Observe(1, 500)
	w, err := rdb.HGet(context.Background(), l.winKey, "seen").Result()
	require.NoError(t, err)
	assert.Equal(t, "1", w)
	allowed = 0
	end = clock.Now().Add(per)
	for clock.Now().Before(end) {
		require.NoError(t, l.Wait(context.Background()))
		if clock.Now().Before(end) {
			allowed++
		}
	}
	assert.GreaterOrEqual(t, allowed, 490)
	assert.LessOrEqual(t, allowed, 500)
}

func TestObserveIgnoresLateAnswersAndLowerCounts(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	const per = 5 * time.Minute
	l, err := NewInSales(rdb, "shop", "app")
	require.NoError(t, err)
	onClock(l, clock)
	ctx := context.Background()

	l.Observe(10, 500)
	l.Observe(5, 500) // out of order: the server's count never falls within a window
	seen, err := rdb.HGet(ctx, l.winKey, "seen").Result()
	require.NoError(t, err)
	assert.Equal(t, "10", seen)

	clock.Advance(per + time.Second)
	tatBefore, _ := rdb.Get(ctx, l.rateKey).Result()
	l.Observe(499, 500) // a late answer from the old window, not a new window
	seen, err = rdb.HGet(ctx, l.winKey, "seen").Result()
	require.NoError(t, err)
	assert.Equal(t, "10", seen)
	tatAfter, _ := rdb.Get(ctx, l.rateKey).Result()
	assert.Equal(t, tatBefore, tatAfter, "the late answer holds nothing back")
	require.NoError(t, l.Wait(ctx))
	for range 7 {
		require.NoError(t, l.Wait(ctx))
	}

	clock.Advance(2 * per) // stale state: any report starts a window
	l.Observe(499, 500)
	seen, err = rdb.HGet(ctx, l.winKey, "seen").Result()
	require.NoError(t, err)
	assert.Equal(t, "499", seen)

	l.Observe(-1, 500) // nonsense is ignored
	l.Observe(1, 0)
	n, _ := l.Quota()
	assert.Equal(t, 500, n)
	l.Observe(499, 1000) // the server raised the quota
	n, _ = l.Quota()
	assert.Equal(t, 1000, n)
}

// The GCRA key's value is redis_rate's theoretical arrival time in seconds
// since 2017-01-01; the observe script relies on that format.
func TestRedisRateStateFormat(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	l, err := New(rdb, "fmt", 60, time.Minute)
	require.NoError(t, err)
	onClock(l, clock)
	ctx := context.Background()
	require.NoError(t, l.Wait(ctx))
	v, err := rdb.Get(ctx, l.rateKey).Result()
	require.NoError(t, err, "redis_rate keeps its state under rate:+key")
	tat, err := strconv.ParseFloat(v, 64)
	require.NoError(t, err)
	since2017 := clock.Now().Sub(time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)).Seconds()
	assert.InDelta(t, since2017+60.0/59, tat, 0.001, "one emission interval after now")
}

func TestWaitHonoursContext(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	l, err := New(rdb, "ctx", 1, time.Hour)
	require.NoError(t, err)
	onClock(l, clock)
	ctx := context.Background()
	require.NoError(t, l.Wait(ctx)) // the burst of one

	short, cancel := context.WithDeadline(ctx, clock.Now().Add(time.Minute))
	defer cancel()
	before := clock.Now()
	err = l.Wait(short)
	assert.ErrorIs(t, err, context.DeadlineExceeded, "the slot is an hour away")
	assert.Equal(t, before, clock.Now(), "it does not sleep towards a deadline it cannot meet")

	canceled, cancel2 := context.WithCancel(ctx)
	cancel2()
	assert.ErrorIs(t, l.Wait(canceled), context.Canceled)

	// A cancel during the sleep ends the wait.
	l.sleep = func(ctx context.Context, d time.Duration) error { return context.Canceled }
	assert.ErrorIs(t, l.Wait(ctx), context.Canceled)
}

// closedAddr is a loopback address nothing listens on.
func closedAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

func TestUnreachableRedisIsAnErrorByDefault(t *testing.T) {
	rdb := redis.NewClient(&redis.Options{Addr: closedAddr(t), MaxRetries: -1, Password: "hunter2-secret"})
	defer rdb.Close()
	l, err := NewInSales(rdb, "shop", "app", WithTimeout(200*time.Millisecond))
	require.NoError(t, err)
	err = l.Wait(context.Background())
	require.ErrorIs(t, err, ErrUnavailable, "never silently unlimited")
	assert.Contains(t, err.Error(), "insales/shop/app")
	assert.NotContains(t, err.Error(), "hunter2")
	var ne net.Error
	assert.ErrorAs(t, err, &ne, "Redis' own error is kept")
	l.Observe(1, 500) // nothing to return: no panic, no hang
}

type countingLimiter struct {
	mu            sync.Mutex
	waits         int
	used, limit   int
	observedCalls int
}

func (c *countingLimiter) Wait(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.waits++
	return nil
}

func (c *countingLimiter) Observe(used, limit int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.used, c.limit = used, limit
	c.observedCalls++
}

func TestFallbackWhileRedisIsDownThenBack(t *testing.T) {
	mr, rdb, clock := miniRedis(t)
	local := &countingLimiter{}
	var logs bytes.Buffer
	l, err := NewInSales(rdb, "shop", "app", WithFallback(local), WithRecheck(10*time.Second),
		WithTimeout(200*time.Millisecond), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	require.NoError(t, err)
	onClock(l, clock)
	ctx := context.Background()

	require.NoError(t, l.Wait(ctx))
	assert.Equal(t, 0, local.waits, "Redis is up: the shared quota applies")
	l.Observe(3, 500)
	assert.Equal(t, 1, local.observedCalls, "the fallback follows the server's count all along")

	mr.Close()
	require.NoError(t, l.Wait(ctx))
	require.NoError(t, l.Wait(ctx))
	assert.Equal(t, 2, local.waits)
	assert.Contains(t, logs.String(), "using the fallback limiter")
	l.Observe(4, 500)
	assert.Equal(t, 4, local.used)

	require.NoError(t, mr.Restart())
	require.NoError(t, l.Wait(ctx))
	assert.Equal(t, 3, local.waits, "Redis is not asked again before the recheck interval")
	clock.Advance(11 * time.Second)
	require.NoError(t, l.Wait(ctx))
	assert.Equal(t, 3, local.waits, "after it, Redis serves again")
	assert.Contains(t, logs.String(), "reachable again")
	assert.Equal(t, 1, bytes.Count(logs.Bytes(), []byte("using the fallback")), "one line per outage")
}

func TestConcurrentWaitersOnSimulatedTime(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	l, err := New(rdb, "conc", 30, time.Minute)
	require.NoError(t, err)
	onClock(l, clock)
	// Many goroutines, no sleeping: only the burst and what the clock allows.
	l.sleep = func(ctx context.Context, d time.Duration) error { return errors.New("would sleep") }
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if l.Wait(context.Background()) == nil {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 1, ok, "burst of 30/60 rounds to 1: exactly one goes at once")
}

func TestObserveFollowsTheServersWindows(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	const per = 5 * time.Minute
	l, err := NewInSales(rdb, "shop", "app")
	require.NoError(t, err)
	onClock(l, clock)
	ctx := context.Background()
	state := func() (start float64, seen string) {
		w, err := rdb.HMGet(ctx, l.winKey, "start", "seen").Result()
		require.NoError(t, err)
		start, err = strconv.ParseFloat(w[0].(string), 64)
		require.NoError(t, err)
		return start, w[1].(string)
	}

	l.Observe(200, 500)
	first, seen := state()
	assert.Equal(t, "200", seen)
	clock.Advance(per + 3*time.Second)
	l.Observe(5, 500) // the server's count fell: its next window began
	next, seen := state()
	assert.Equal(t, "5", seen)
	assert.InDelta(t, per.Seconds(), next-first, 1e-6, "the estimate moves on by exactly one period, so its lag cannot grow")

	clock.Advance(per + 3*time.Second)
	l.Observe(400, 500) // high after the end: perhaps a late answer: ignored
	_, seen = state()
	assert.Equal(t, "5", seen)
	clock.Advance(per)
	l.Observe(450, 500) // two periods on: rolled over, as early as the pace allows
	rolled, seen := state()
	assert.Equal(t, "450", seen)
	since2017 := clock.Now().Sub(time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)).Seconds()
	interval := per.Seconds() / 492
	assert.InDelta(t, since2017-(450+8)*interval, rolled, 1e-3)
	tat, err := rdb.Get(ctx, l.rateKey).Float64()
	if err == nil {
		assert.LessOrEqual(t, tat, since2017+8*interval, "a roll-over by itself holds nothing back")
	}
}

// The goroutines of one process take turns: one polls Redis while the
// others queue locally, so each call costs about two Redis round trips
// (refused, then allowed) instead of one per waiting goroutine per slot.
func TestWaitersTakeTurnsPollingRedis(t *testing.T) {
	_, rdb, clock := miniRedis(t)
	counter := &countCalls{}
	rdb.AddHook(counter)
	l, err := New(rdb, "turns", 60, time.Minute) // one at once, then one a second
	require.NoError(t, err)
	onClock(l, clock)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.NoError(t, l.Wait(context.Background()))
		}()
	}
	wg.Wait()
	calls := int(counter.n.Load())
	assert.LessOrEqual(t, calls, 2*8+2, "one poller at a time (+2: EVALSHA, then EVAL loads the script once)")
	assert.GreaterOrEqual(t, calls, 8, "every call asked Redis")
}

// countCalls counts the commands a go-redis client sends.
type countCalls struct{ n atomic.Int64 }

func (c *countCalls) DialHook(next redis.DialHook) redis.DialHook { return next }

func (c *countCalls) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		c.n.Add(1)
		return next(ctx, cmd)
	}
}

func (c *countCalls) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}
