package insales_test

import (
	"sync/atomic"
	"time"
)

// tickingClock returns a clock for insalestest.WithClock that moves two
// seconds on every reading, so each write lands in a second the next
// answer's Date has already closed: Changes then sees it at once, with no
// dependence on the wall clock.
func tickingClock() func() time.Time {
	var n atomic.Int64
	base := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	return func() time.Time { return base.Add(time.Duration(n.Add(1)) * 2 * time.Second) }
}
