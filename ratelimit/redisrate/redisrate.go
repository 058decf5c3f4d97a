// Package redisrate shares one API quota between many processes through
// Redis: several workers or pods syncing the same InSales shop, or a job
// queue calling one Shopkit account, pace themselves against one count
// instead of each believing it owns the whole quota.
//
// A *Limiter implements ecomkit.Limiter, so every platform's
// WithRateLimiter accepts it:
//
//	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379"})
//	lim, err := redisrate.NewInSales(rdb, "myshop", "my-app") // names, never a credential
//	if err != nil { ... }
//	c, err := insales.NewClient("myshop", apiKey, password, insales.WithRateLimiter(lim))
//
// The pacing is GCRA (github.com/go-redis/redis_rate), evaluated atomically
// inside Redis against Redis' own clock, with the same shape as the
// in-process ecomkit.RateLimiter: a burst of about 1/60 of the quota plus
// a steady refill, together equal to the quota, so no window of one period
// sees more than the quota from all processes together.
//
// # The server's usage reports
//
// APIs that report usage (InSales "API-Usage-Limit: used/limit") correct
// the shared state on every response (Observe): the limiter keeps, in Redis,
// the highest count the server reported in its current window and when that
// window began, and holds back every process so that no more than
// limit-used requests go out before the window ends. Requests made outside
// the shared limiter (another program on the same app, a process that fell
// back to a local limiter) are thus accounted for, and a process that starts
// late learns how much of the window is gone from the first response. When
// the shared state is empty (first use, or Redis lost it), the first report
// is assumed to come from a window that has just begun: the limiter may
// leave part of that first window unused, but never overshoots it.
//
// # When Redis is unreachable
//
// The caller chooses at construction. By default Wait returns an error
// matching ErrUnavailable (the request is not sent; the client returns the
// error), so a quota is never silently dropped. With
// WithFallback(local), Wait uses the local limiter instead until Redis
// answers again (it is retried after WithRecheck's interval, 1 s by
// default); give each process a share of the quota, for example
// ecomkit.NewRateLimiter(quota/processes, period). The local limiter also
// receives every usage report, so it starts from the server's count.
//
// # Dependencies
//
// Only programs that import this package compile Redis code or download
// its source; add it with
//
//	go get github.com/ecomkit/ecomkit-go/ratelimit/redisrate
//
// The SDK's go.mod still requires the Redis modules, so Go's module graph
// (and a program's go.sum) lists them either way.
package redisrate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"

	ecomkit "github.com/ecomkit/ecomkit-go"
)

// Documented quotas.
const (
	// InSalesQuota requests per InSalesPeriod, per application and shop.
	InSalesQuota  = 500
	InSalesPeriod = 5 * time.Minute
	// ShopkitQuota requests per ShopkitPeriod, per store.
	ShopkitQuota  = 3600
	ShopkitPeriod = time.Hour
)

// Defaults of the options.
const (
	DefaultTimeout = time.Second
	DefaultRecheck = time.Second
)

// ErrUnavailable is matched (errors.Is) by the error Wait returns when Redis
// cannot be reached and no fallback was chosen. The error also wraps Redis'
// own error.
var ErrUnavailable = errors.New("redisrate: Redis unavailable")

// Limiter paces requests to a quota shared through Redis. Build it with New,
// NewInSales or NewShopkit; a zero Limiter is not usable (its Wait returns
// an error). It is safe for concurrent use.
type Limiter struct {
	rdb      redis.UniversalClient
	gcra     *redis_rate.Limiter
	key      string // the caller's key
	rateKey  string // redis_rate's key (it adds "rate:")
	winKey   string // this package's window state
	period   time.Duration
	shape    atomic.Pointer[redis_rate.Limit]
	quota    atomic.Int64
	fallback ecomkit.Limiter
	timeout  time.Duration
	recheck  time.Duration
	logger   *slog.Logger

	turn      chan struct{} // one waiter per process polls Redis
	mu        sync.Mutex
	downUntil time.Time
	heldBack  atomic.Int64 // microseconds the reports added to the wait (tests)

	// Tests replace these with a fake clock.
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// Option configures a Limiter.
type Option func(*Limiter) error

// WithFallback makes Wait use local while Redis is unreachable, instead of
// returning an error. local must not be nil; a per-process share of the
// quota is the usual choice (ecomkit.NewRateLimiter(quota/processes, period)).
func WithFallback(local ecomkit.Limiter) Option {
	return func(l *Limiter) error {
		if local == nil {
			return &ecomkit.FieldError{Field: "fallback", Problem: "must not be nil"}
		}
		l.fallback = local
		return nil
	}
}

// WithTimeout bounds each Redis call (default DefaultTimeout); a call that
// takes longer counts as Redis being unreachable.
func WithTimeout(d time.Duration) Option {
	return func(l *Limiter) error {
		if d <= 0 {
			return &ecomkit.FieldError{Field: "timeout", Problem: "must be positive"}
		}
		l.timeout = d
		return nil
	}
}

// WithRecheck sets how long the fallback serves after Redis failed before
// Redis is tried again (default DefaultRecheck). It matters only with
// WithFallback.
func WithRecheck(d time.Duration) Option {
	return func(l *Limiter) error {
		if d <= 0 {
			return &ecomkit.FieldError{Field: "recheck", Problem: "must be positive"}
		}
		l.recheck = d
		return nil
	}
}

// WithLogger logs switching to the fallback and back (warn and info) and
// usage reports Redis could not record (warn). Off by default.
func WithLogger(logger *slog.Logger) Option {
	return func(l *Limiter) error {
		l.logger = logger
		return nil
	}
}

// Key builds the key a quota is shared under: platform, shop and, when the
// platform counts per application, app ("insales/myshop.myinsales.ru/42").
// Use names and ids, never a credential: the key is visible to anyone who
// can read Redis and appears in errors.
func Key(platform, shop, app string) string {
	k := platform + "/" + shop
	if app != "" {
		k += "/" + app
	}
	return k
}

// NewInSales returns a limiter for the InSales quota, 500 requests per 5
// minutes per application and shop, keyed by Key("insales", shop, app).
func NewInSales(rdb redis.UniversalClient, shop, app string, opts ...Option) (*Limiter, error) {
	if err := named("shop", shop); err != nil {
		return nil, err
	}
	if err := named("app", app); err != nil {
		return nil, err
	}
	return New(rdb, Key("insales", shop, app), InSalesQuota, InSalesPeriod, opts...)
}

// NewShopkit returns a limiter for the Shopkit quota, 3600 requests per hour
// per store, keyed by Key("shopkit", store, ""). store names the account
// (its shop name, not its API key).
func NewShopkit(rdb redis.UniversalClient, store string, opts ...Option) (*Limiter, error) {
	if err := named("store", store); err != nil {
		return nil, err
	}
	return New(rdb, Key("shopkit", store, ""), ShopkitQuota, ShopkitPeriod, opts...)
}

func named(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return &ecomkit.FieldError{Field: field, Problem: "is required"}
	}
	return nil
}

// New returns a limiter allowing quota requests per period to all processes
// sharing key in the Redis rdb points to (a *redis.Client, *redis.ClusterClient
// or *redis.Ring). It validates its input and does not touch Redis. Bad input
// is a *ecomkit.FieldError.
func New(rdb redis.UniversalClient, key string, quota int, period time.Duration, opts ...Option) (*Limiter, error) {
	if isNil(rdb) {
		return nil, &ecomkit.FieldError{Field: "rdb", Problem: "must not be nil"}
	}
	if strings.TrimSpace(key) == "" {
		return nil, &ecomkit.FieldError{Field: "key", Problem: "is required"}
	}
	if strings.ContainsAny(key, "{}") {
		// The braces make one Redis Cluster hash slot of the key's two entries.
		return nil, &ecomkit.FieldError{Field: "key", Problem: "must not contain { or }"}
	}
	if quota < 1 || period <= 0 {
		return nil, &ecomkit.FieldError{Field: "rate limit", Problem: fmt.Sprintf("need at least 1 request per positive period, got %d per %s", quota, period)}
	}
	base := "ecomkit:{" + key + "}"
	l := &Limiter{
		rdb:     rdb,
		gcra:    redis_rate.NewLimiter(rdb),
		key:     key,
		rateKey: "rate:" + base,
		winKey:  base + ":window",
		period:  period,
		timeout: DefaultTimeout,
		recheck: DefaultRecheck,
		turn:    make(chan struct{}, 1),
		now:     time.Now,
		sleep:   sleepCtx,
	}
	l.setQuota(quota)
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(l); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// isNil also catches a nil client pointer in a non-nil interface.
func isNil(rdb redis.UniversalClient) bool {
	switch c := rdb.(type) {
	case nil:
		return true
	case *redis.Client:
		return c == nil
	case *redis.ClusterClient:
		return c == nil
	case *redis.Ring:
		return c == nil
	}
	return false
}

// shapeOf gives the GCRA's burst and refill: about 1/60 of the quota at once
// and the rest over the period, so burst plus refill equals the quota (as
// ecomkit.RateLimiter does).
func shapeOf(quota int, period time.Duration) redis_rate.Limit {
	burst := quota / 60
	if burst < 1 {
		burst = 1
	}
	refill := quota - burst
	if refill < 1 {
		refill = 1
	}
	return redis_rate.Limit{Rate: refill, Burst: burst, Period: period}
}

func (l *Limiter) setQuota(quota int) {
	s := shapeOf(quota, l.period)
	l.shape.Store(&s)
	l.quota.Store(int64(quota))
}

// Quota returns the current quota: requests per period. It starts as the
// constructor's and follows the limit the server reports.
func (l *Limiter) Quota() (requests int, per time.Duration) {
	if l == nil || l.shape.Load() == nil {
		return 0, 0
	}
	return int(l.quota.Load()), l.period
}

// Key returns the key the quota is shared under.
func (l *Limiter) Key() string {
	if l == nil {
		return ""
	}
	return l.key
}

// Wait blocks until one request may be sent, polling Redis when the quota
// is spent. The waiters of one process queue for their turn locally, so
// only one of them polls Redis at a time. It returns ctx's error when ctx
// ends first, an error wrapping context.DeadlineExceeded at once when the
// wait would outlast ctx's deadline, and, when Redis is unreachable, an
// error matching ErrUnavailable (or the fallback's answer, see
// WithFallback).
func (l *Limiter) Wait(ctx context.Context) error {
	if ctx == nil {
		return &ecomkit.FieldError{Field: "ctx", Problem: "must not be nil"}
	}
	if l == nil || l.rdb == nil {
		return errors.New("redisrate: a zero Limiter is not usable: call New")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if l.fallback != nil && l.isDown() {
		return l.fallback.Wait(ctx)
	}
	select {
	case l.turn <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	err := l.waitRedis(ctx)
	<-l.turn
	if errors.Is(err, errFallback) {
		return l.fallback.Wait(ctx)
	}
	return err
}

// errFallback tells Wait to use the fallback.
var errFallback = errors.New("use the fallback")

// waitRedis is Wait's loop on Redis; the caller holds the turn.
func (l *Limiter) waitRedis(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if l.fallback != nil && l.isDown() {
			return errFallback
		}
		res, err := l.allow(ctx)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			if l.fallback != nil {
				l.markDown(err)
				return errFallback
			}
			return fmt.Errorf("redisrate %s: %w: %w", l.key, ErrUnavailable, err)
		}
		l.markUp()
		if res.Allowed > 0 {
			return nil
		}
		// Up to the next millisecond: waking a hair early costs a round trip.
		wait := res.RetryAfter.Truncate(time.Millisecond) + time.Millisecond
		if dl, ok := ctx.Deadline(); ok && l.now().Add(wait).After(dl) {
			return fmt.Errorf("redisrate %s: the next slot is %s away, after the context's deadline: %w", l.key, wait.Round(time.Millisecond), context.DeadlineExceeded)
		}
		if err := l.sleep(ctx, wait); err != nil {
			return err
		}
	}
}

func (l *Limiter) allow(ctx context.Context) (*redis_rate.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()
	// redis_rate adds its "rate:" prefix.
	return l.gcra.Allow(ctx, strings.TrimPrefix(l.rateKey, "rate:"), *l.shape.Load())
}

// Observe corrects the shared state from the server's own count: used
// requests of limit in the server's current window (see the package doc).
// A changed limit replaces this process's quota. Observe has no context:
// its Redis call is bounded by WithTimeout; a failure is logged and, with a
// fallback, switches to it.
func (l *Limiter) Observe(used, limit int) {
	if l == nil || l.rdb == nil || used < 0 || limit <= 0 {
		return
	}
	if l.fallback != nil {
		l.fallback.Observe(used, limit)
	}
	if q, _ := l.Quota(); q != limit {
		l.setQuota(limit)
	}
	if l.fallback != nil && l.isDown() {
		return
	}
	s := l.shape.Load()
	interval := l.period.Seconds() / float64(s.Rate)
	ctx, cancel := context.WithTimeout(context.Background(), l.timeout)
	defer cancel()
	held, err := observeScript.Run(ctx, l.rdb, []string{l.rateKey, l.winKey},
		used, limit, l.period.Seconds(), interval, s.Burst).Int64()
	l.heldBack.Add(held)
	if err != nil {
		if l.fallback != nil {
			l.markDown(err)
			return
		}
		l.log(slog.LevelWarn, "redisrate: usage report not recorded", err)
	}
}

// Reset forgets the shared state of the key: the GCRA and the server's
// window. Every process sharing it starts afresh.
func (l *Limiter) Reset(ctx context.Context) error {
	if l == nil || l.rdb == nil {
		return errors.New("redisrate: a zero Limiter is not usable: call New")
	}
	return l.rdb.Del(ctx, l.rateKey, l.winKey).Err()
}

func (l *Limiter) isDown() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.now().Before(l.downUntil)
}

func (l *Limiter) markDown(err error) {
	l.mu.Lock()
	wasUp := l.downUntil.IsZero()
	l.downUntil = l.now().Add(l.recheck)
	l.mu.Unlock()
	if wasUp {
		l.log(slog.LevelWarn, "redisrate: Redis unreachable, using the fallback limiter", err)
	}
}

func (l *Limiter) markUp() {
	if l.fallback == nil {
		return
	}
	l.mu.Lock()
	wasDown := !l.downUntil.IsZero()
	l.downUntil = time.Time{}
	l.mu.Unlock()
	if wasDown {
		l.log(slog.LevelInfo, "redisrate: Redis reachable again, the shared quota applies", nil)
	}
}

func (l *Limiter) log(level slog.Level, msg string, err error) {
	if l.logger == nil {
		return
	}
	attrs := []any{"key", l.key}
	if err != nil {
		attrs = append(attrs, "error", err.Error())
	}
	l.logger.Log(context.Background(), level, msg, attrs...)
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

var _ ecomkit.Limiter = (*Limiter)(nil)
