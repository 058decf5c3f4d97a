package insales

import (
	"context"
	"sync"
	"time"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// QuotaLimiter paces requests to InSales' fixed-window quota: limit calls
// per window, the window starting at the first call of a series. It lets
// calls go at once until the window's quota is used, then waits for the
// window to end, so a long sync runs at full speed and is never refused.
// Each answer's API-Usage-Limit corrects its count (other clients of the
// same application and shop use the same quota). Because the server's
// window starts when the first call arrives, the limiter dates it from the
// first answer, never earlier, and so never resumes before the server does.
// Share one between clients of the same shop with WithRateLimiter. It is
// safe for concurrent use.
type QuotaLimiter struct {
	limit  int
	window time.Duration

	// Now and Sleep are the clock; tests replace them (Sleep must return
	// ctx.Err() when ctx ends first).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error

	mu        sync.Mutex
	used      int       // calls counted in the current window
	end       time.Time // the window's end, zero while unknown
	waits     int
	waitedFor time.Duration
}

// NewQuotaLimiter returns a limiter of limit calls per window (InSales: 500
// per 5 minutes, the default of every client).
func NewQuotaLimiter(limit int, window time.Duration) (*QuotaLimiter, error) {
	if limit < 1 || window <= 0 {
		return nil, transport.Invalid("rate limit", "need at least 1 request per positive window, got %d per %s", limit, window)
	}
	return &QuotaLimiter{limit: limit, window: window, Now: time.Now, Sleep: sleep}, nil
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Wait blocks until a call fits in the quota, or ctx ends (at once when
// the wait would outlast ctx's deadline).
func (l *QuotaLimiter) Wait(ctx context.Context) error {
	for {
		l.mu.Lock()
		now := l.Now()
		if l.expired(now) {
			l.used, l.end = 0, time.Time{}
		}
		if l.used < l.limit {
			l.used++
			l.mu.Unlock()
			return nil
		}
		end := l.end
		if end.IsZero() {
			// No answer dated the window yet: the server's started at or
			// after our first send and lasts one window from there; wait
			// until a full window after now to be safe.
			end = now.Add(l.window)
		}
		d := end.Sub(now)
		l.waits++
		l.waitedFor += d
		l.mu.Unlock()
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < d {
			return context.DeadlineExceeded
		}
		if err := l.Sleep(ctx, d); err != nil {
			return err
		}
		l.mu.Lock()
		if !l.Now().Before(end) {
			l.used, l.end = 0, time.Time{}
		}
		l.mu.Unlock()
	}
}

// expired reports whether the current window is over; mu is held.
func (l *QuotaLimiter) expired(now time.Time) bool {
	return !l.end.IsZero() && !now.Before(l.end)
}

// Observe corrects the count from the server's report of used calls of
// limit in its current window.
func (l *QuotaLimiter) Observe(used, limit int) {
	if l == nil || limit <= 0 || used < 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.Now()
	l.limit = limit
	switch {
	case used > l.used:
		// Other clients share the quota, or the answer belongs to an
		// earlier window: take the higher count, but do not date the
		// window from it (Wait then waits a whole window when full).
		l.used = used
	case l.end.IsZero() && l.used > 0:
		// The first answer of a window we opened dates it: the server's
		// window began before this answer, so it ends no later than one
		// window from now.
		l.end = now.Add(l.window)
	}
}

// Quota returns the limit and window.
func (l *QuotaLimiter) Quota() (limit int, window time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.limit, l.window
}

// Waits returns how many times Wait had to wait for a window to end, and
// for how long in all.
func (l *QuotaLimiter) Waits() (n int, total time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.waits, l.waitedFor
}
