package insales

import (
	"context"
	"iter"
	"strconv"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// Checkpoint is a position in a resource's change feed: the updated_at and
// id of the last object read (see ecomkit.Checkpoint). Store it and pass it
// to Changes to resume where a sync stopped; the zero Checkpoint starts from
// the beginning.
type Checkpoint = ecomkit.Checkpoint

// syncable is a model that knows its place in the change feed.
type syncable interface{ Checkpoint() Checkpoint }

// feedStart is sent as updated_since for a zero Checkpoint: without
// updated_since the server neither orders by updated_at nor honours from_id.
var feedStart = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// changes walks the objects at p changed since from, in the order the API
// gives them (updated_at, then id), as the vendor's sync guide says: always
// the first page, with updated_since and from_id moved to the last object
// read after each page. Objects changed during the walk come again later
// with their new updated_at. updated_at has whole seconds, so the walk ends
// before the first object changed in the server's current second (by the
// answer's Date header, or the client's clock when the answer has no
// readable Date; see transport.ServerSecond): from_id would skip an object with a lower
// id changed later in that same second. None is skipped; the next walk from
// the last checkpoint reads the rest. opts supply filters and the
// page size (MaxPerPage by default); their page, updated_since and from_id
// are replaced.
func changes[T syncable](ctx context.Context, s *service, p string, from Checkpoint, limit int, opts validator) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		if ctx == nil {
			yield(zero, transport.Invalid("context", "must not be nil"))
			return
		}
		if err := s.ready(); err != nil {
			yield(zero, err)
			return
		}
		if from.ID < 0 {
			yield(zero, transport.Invalid("from_id", "must be a positive id"))
			return
		}
		if err := checkOpts(opts); err != nil {
			yield(zero, err)
			return
		}
		q, err := queryOf(opts)
		if err != nil {
			yield(zero, err)
			return
		}
		if limit <= 0 {
			limit = MaxPerPage
		}
		size := max(limit, MinPerPage)
		now := s.clock()
		cur := from
		// A server that answers new objects forever must not keep the walk
		// going: like All, it fetches at most the client's WithMaxPages.
		for pages := 1; ; pages++ {
			if err := ctx.Err(); err != nil {
				yield(zero, err)
				return
			}
			since := cur.Time
			if since.IsZero() {
				since = feedStart
			}
			q.Set("updated_since", since.Format(TimeLayout))
			if cur.ID > 0 && !cur.Time.IsZero() {
				q.Set("from_id", strconv.FormatInt(cur.ID, 10))
			} else {
				q.Del("from_id")
			}
			q.Set("page", "1")
			q.Set("per_page", strconv.Itoa(limit))
			var meta Response
			page, err := fetchPage[T](ecomkit.CaptureResponse(ctx, &meta), s, p, q)
			if err != nil {
				yield(zero, err)
				return
			}
			// The answer's Date, or the local clock read after the answer
			// arrived: a clock behind the server's holds back more (safe).
			open := transport.ServerSecond(meta.Header, now)
			next := cur
			for _, item := range page.Items {
				cp := item.Checkpoint()
				if !cp.Time.IsZero() && !cp.Time.Before(open) {
					// The server's current second is still open: an object
					// with a lower id changed later in it would get this
					// updated_at and be skipped by from_id. Stop before it;
					// the next Changes from the last checkpoint reads it.
					return
				}
				if !yield(item, nil) {
					return
				}
				if !cp.Time.IsZero() {
					next = cp
				}
			}
			if len(page.Items) < size {
				return
			}
			if !next.After(cur) || pages >= s.t.MaxPages() {
				yield(zero, ErrPagingLoop)
				return
			}
			cur = next
		}
	}
}

// WithClock makes Changes read the local time from now instead of
// time.Now. Changes needs the time only when an answer has no readable Date
// header: it then stops before the objects changed in the local clock's
// current second (see OrdersService.Changes). Tests use it to pin that
// second; a nil now is a *FieldError from NewClient.
func WithClock(now func() time.Time) Option {
	return transport.WithValue(clockKey{}, func(any) (any, error) {
		if now == nil {
			return nil, transport.Invalid("now", "must not be nil")
		}
		return now, nil
	})
}

// clockKey records WithClock's clock among the client's options.
type clockKey struct{}

// clock returns the client's clock: WithClock's, or time.Now.
func (s *service) clock() func() time.Time {
	if now, ok := s.t.Value(clockKey{}).(func() time.Time); ok {
		return now
	}
	return time.Now
}
