package commerce

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// checkpointer is a normalized model with a place in a change feed.
type checkpointer interface {
	Checkpoint() ecomkit.Checkpoint
}

// settled is Changes for a platform whose incremental filter is coarse (a
// day, a date) or whose answer is not ordered by update time: candidates
// are the records the platform's filter returns, read in full (the filter
// keeps that to what changed since from); settled keeps those after from,
// sorts them by (update time, id) and yields those updated before the
// horizon: the second of the platform's first answer (its Date header, or
// the store's clock without one; never later than the store's clock). A
// record updated in that second or later may still change within it, so it
// waits for the next call, whose checkpoint is older than it.
//
// candidates must list in an order edits do not change (by id or creation),
// so no record shifts between pages during the walk; a record listed twice
// (an insert shifting a page boundary) is yielded once, at its latest.
func settled[T checkpointer](ctx context.Context, from ecomkit.Checkpoint, now func() time.Time,
	candidates func(context.Context) iter.Seq2[T, error]) iter.Seq2[T, error] {
	return settledWithin(ctx, from, now, defaultMaxWindow, candidates)
}

// settledWithin is settled holding at most max records: past that it ends
// with an error matching ErrWindowTooLarge, as a server that never stops
// answering new records must not exhaust memory.
func settledWithin[T checkpointer](ctx context.Context, from ecomkit.Checkpoint, now func() time.Time, max int,
	candidates func(context.Context) iter.Seq2[T, error]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		var meta ecomkit.Response
		var horizon time.Time
		var keep []T
		at := map[int64]int{} // id → index in keep
		for v, err := range candidates(ecomkit.CaptureResponse(ctx, &meta)) {
			if err != nil {
				yield(zero, err)
				return
			}
			if horizon.IsZero() {
				horizon = serverSecond(meta.Header, now)
			}
			cp := v.Checkpoint()
			if !from.IsZero() && !cp.After(from) {
				continue // the zero Checkpoint reads every record
			}
			// Offset paging lists a record twice when an insert shifts a
			// page boundary; keep its latest version once. An id of 0 or
			// below names no record: each is kept.
			if i, ok := at[cp.ID]; ok && cp.ID > 0 {
				if cp.Compare(keep[i].Checkpoint()) > 0 {
					keep[i] = v
				}
				continue
			}
			if len(keep) == max {
				yield(zero, fmt.Errorf("%w: more than %d records changed after %s #%d; resume from a later "+
					"checkpoint or raise WithMaxWindow", ErrWindowTooLarge, max, from.Time.Format(time.RFC3339), from.ID))
				return
			}
			at[cp.ID] = len(keep)
			keep = append(keep, v)
		}
		slices.SortStableFunc(keep, func(a, b T) int {
			return a.Checkpoint().Compare(b.Checkpoint())
		})
		for _, v := range keep {
			if !v.Checkpoint().Time.Before(horizon) {
				return
			}
			if !yield(v, nil) {
				return
			}
		}
	}
}

// serverSecond is the start of the platform's current second: its Date
// header when it sent one, else the local clock's; never later than the
// local clock's, so that a Date header in the future (a broken proxy, a
// hostile server) cannot release the records of the current second, nor
// records stamped in the future, whose checkpoint would make later walks
// skip every edit made until then. A local clock behind the server's holds
// back more, which delays records but never skips one.
func serverSecond(h http.Header, now func() time.Time) time.Time {
	server, local := transport.ServerSecond(h, now), now().Truncate(time.Second)
	if server.Before(local) {
		return server
	}
	return local
}

// ordered is Changes for a platform whose feed is already ordered by
// (update time, id) and resumes after from on the server (InSales): it drops
// what a server that ignores the filter sends again (at or before from),
// and holds the platform to its order: a record at or before one already
// yielded in this walk (a page answered twice, a feed out of order) ends the
// walk with an error matching ecomkit.ErrInvalidResponse, as yielding it
// would either read it twice or put it behind a checkpoint the caller may
// already have stored. It also stops before the first record updated in
// now's current second or later, whatever the server's Date header says: a
// Date in the future must not release the open second, nor records stamped
// in the future, whose checkpoint would make later walks skip every edit
// made until then. A record without a readable update time passes as it
// comes (only a walk from the zero Checkpoint sees one).
func ordered[T checkpointer](from ecomkit.Checkpoint, now func() time.Time, seq iter.Seq2[T, error]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		horizon := now().Truncate(time.Second)
		last := from
		for v, err := range seq {
			if err != nil {
				yield(zero, err)
				return
			}
			cp := v.Checkpoint()
			if !from.IsZero() && !cp.After(from) {
				continue // the zero Checkpoint reads every record
			}
			if !cp.Time.IsZero() {
				if !cp.Time.Before(horizon) {
					return
				}
				if !cp.After(last) {
					yield(zero, fmt.Errorf("commerce: %w: record #%d (%s) answered after #%d (%s), out of the "+
						"(update time, id) order the feed must keep; resume from the last checkpoint",
						ecomkit.ErrInvalidResponse, cp.ID, cp.Time.Format(time.RFC3339), last.ID, last.Time.Format(time.RFC3339)))
					return
				}
				last = cp
			}
			if !yield(v, nil) {
				return
			}
		}
	}
}
