package ecomkit

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimiter paces requests to a quota of N per period. Build it with
// NewRateLimiter: a zero RateLimiter limits nothing, and WithRateLimiter
// refuses it. It is a token
// bucket whose burst plus refill over one period equals N exactly, so no
// window of that length sees more than N requests from it, while an idle
// client may still send a short burst. It is safe for concurrent use and can
// be shared by several clients of one shop (WithRateLimiter).
type RateLimiter struct {
	lim *rate.Limiter
	now func() time.Time // the clock; tests freeze it

	mu     sync.Mutex
	quota  int
	period time.Duration
}

// Limiter paces a client's requests. The transport calls Wait before every
// attempt and Observe with every usage report the server sends ("used of
// limit in the current window"). *RateLimiter is the in-process
// implementation; a limiter shared by several processes (for example one
// kept in Redis) implements the same interface, and every platform's
// WithRateLimiter accepts either. Implementations must be safe for
// concurrent use.
type Limiter interface {
	// Wait blocks until one request may be sent, or returns an error when
	// ctx ends first (or the wait would outlast its deadline).
	Wait(ctx context.Context) error
	// Observe corrects the limiter from the server's own count.
	Observe(used, limit int)
}

// NewRateLimiter returns an in-process limiter allowing requests per
// period. It returns a *FieldError when requests < 1 or per <= 0, so a quota
// read from configuration cannot crash the program.
func NewRateLimiter(requests int, per time.Duration) (*RateLimiter, error) {
	if requests < 1 || per <= 0 {
		return nil, &FieldError{Field: "rate limit", Problem: fmt.Sprintf("need at least 1 request per positive period, got %d per %s", requests, per)}
	}
	burst, r := shape(requests, per)
	return &RateLimiter{lim: rate.NewLimiter(r, burst), now: time.Now, quota: requests, period: per}, nil
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

// Wait blocks until a request may be sent or ctx ends. When the wait would
// outlast ctx's deadline it returns an error at once, without waiting and
// without using up a request.
func (l *RateLimiter) Wait(ctx context.Context) error {
	if l == nil || l.lim == nil {
		return nil // a RateLimiter not built by NewRateLimiter limits nothing
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	now := l.now()
	r := l.lim.ReserveN(now, 1)
	if !r.OK() {
		return fmt.Errorf("rate: cannot reserve a request (burst %d)", l.lim.Burst())
	}
	delay := r.DelayFrom(now)
	if delay <= 0 {
		return nil
	}
	if dl, ok := ctx.Deadline(); ok && delay > time.Until(dl) {
		r.CancelAt(now)
		return fmt.Errorf("rate: waiting %s for the quota would pass the context deadline", delay.Round(time.Millisecond))
	}
	t := time.NewTimer(delay)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		r.CancelAt(l.now())
		return ctx.Err()
	}
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
	if l == nil || l.lim == nil || limit <= 0 || used < 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if limit != l.quota {
		l.set(limit, l.period)
	}
	now := l.now()
	remaining := float64(limit - used)
	if remaining < 0 {
		remaining = 0
	}
	if excess := l.lim.TokensAt(now) - remaining; excess >= 1 {
		// Taking tokens without waiting: later calls wait for the refill.
		l.lim.ReserveN(now, int(math.Floor(excess)))
	}
}
