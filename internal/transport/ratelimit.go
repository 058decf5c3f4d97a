package transport

import (
	"context"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimiter paces requests to a quota of N per period. It is a token
// bucket whose burst plus refill over one period equals N exactly, so no
// window of that length sees more than N requests from it, while an idle
// client may still send a short burst. It is safe for concurrent use and can
// be shared by several clients of one shop (WithRateLimiter).
type RateLimiter struct {
	lim *rate.Limiter

	mu     sync.Mutex
	quota  int
	period time.Duration
}

// NewRateLimiter returns a limiter allowing requests per period.
// It panics if requests < 1 or per <= 0; use WithRateLimit to get an error.
func NewRateLimiter(requests int, per time.Duration) *RateLimiter {
	l, err := newRateLimiter(requests, per)
	if err != nil {
		panic(err)
	}
	return l
}

func newRateLimiter(requests int, per time.Duration) (*RateLimiter, error) {
	if requests < 1 || per <= 0 {
		return nil, Invalid("rate limit", "need at least 1 request per positive period, got %d per %s", requests, per)
	}
	burst, r := shape(requests, per)
	return &RateLimiter{lim: rate.NewLimiter(r, burst), quota: requests, period: per}, nil
}

// burstFor lets about 1/60 of the quota go at once, at least one request.
func burstFor(quota int) int {
	b := quota / 60
	if b < 1 {
		b = 1
	}
	return b
}

// shape returns the burst and refill rate for quota per period: the burst
// plus one period's refill equals the quota.
func shape(quota int, per time.Duration) (int, rate.Limit) {
	burst := burstFor(quota)
	refill := quota - burst
	if refill < 1 {
		refill = 1
	}
	return burst, rate.Limit(float64(refill) / per.Seconds())
}

// set changes the quota; mu must be held.
func (l *RateLimiter) set(quota int, per time.Duration) {
	burst, r := shape(quota, per)
	l.quota, l.period = quota, per
	l.lim.SetBurst(burst)
	l.lim.SetLimit(r)
}

// Wait blocks until a request may be sent or ctx ends.
func (l *RateLimiter) Wait(ctx context.Context) error {
	if l == nil {
		return nil
	}
	return l.lim.Wait(ctx)
}

// Quota returns the current quota: requests per period.
func (l *RateLimiter) Quota() (requests int, per time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.quota, l.period
}

// Observe corrects the limiter from the server's own count: used requests of
// limit in the current window. A changed limit replaces the quota, and the
// tokens left are cut to what the server says remains, so the client slows
// down before the server refuses it.
func (l *RateLimiter) Observe(used, limit int) {
	if l == nil || limit <= 0 || used < 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if limit != l.quota {
		l.set(limit, l.period)
	}
	now := time.Now()
	remaining := float64(limit - used)
	if remaining < 0 {
		remaining = 0
	}
	if excess := l.lim.TokensAt(now) - remaining; excess >= 1 {
		// Taking tokens without waiting: later calls wait for the refill.
		l.lim.ReserveN(now, int(math.Floor(excess)))
	}
}

// UsageHeader returns an observer for a header of the form "used/limit",
// such as InSales' "API-Usage-Limit: 2/500".
func UsageHeader(name string) func(http.Header) (used, limit int, ok bool) {
	return func(h http.Header) (int, int, bool) {
		v := h.Get(name)
		if v == "" {
			return 0, 0, false
		}
		a, b, found := strings.Cut(strings.TrimSpace(v), "/")
		if !found {
			return 0, 0, false
		}
		used, err1 := strconv.Atoi(strings.TrimSpace(a))
		limit, err2 := strconv.Atoi(strings.TrimSpace(b))
		if err1 != nil || err2 != nil || limit <= 0 {
			return 0, 0, false
		}
		return used, limit, true
	}
}
