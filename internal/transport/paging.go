package transport

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"reflect"
	"time"
)

// IterateOption tunes Iterate: MaxPages, ItemKey.
type IterateOption interface{ iterateOption() }

type maxPagesOption int

func (maxPagesOption) iterateOption() {}

// MaxPages sets the ceiling on pages one iteration fetches (default
// DefaultMaxPages; a client's own is Client.MaxPages). Past it the
// iteration ends with an error matching ErrPagingLoop. n < 1 keeps the
// default.
func MaxPages(n int) IterateOption { return maxPagesOption(n) }

// itemKey compares pages by their items' keys.
type itemKey[T any] struct{ newSame func() func([]T) bool }

func (itemKey[T]) iterateOption() {}

// ItemKey tells Iterate how to identify an item (its id), so that a page
// whose items have the same keys, in order, as the previous page's is
// recognised as the server repeating itself. Without it, Iterate compares
// the pages' lengths and their first and last items by value.
func ItemKey[T any, K comparable](key func(T) K) IterateOption {
	return itemKey[T]{newSame: func() func([]T) bool {
		var prev []K
		return func(items []T) bool {
			same := len(prev) == len(items) && len(items) > 0
			for i, it := range items {
				k := key(it)
				if same && prev[i] != k {
					same = false
				}
				if i < len(prev) {
					prev[i] = k
				} else {
					prev = append(prev, k)
				}
			}
			prev = prev[:len(items)]
			return same
		}
	}}
}

// samePageByValue is the default comparison: same length, and the first and
// last items deeply equal to the previous page's. It keeps two items, not
// the page.
func samePageByValue[T any]() func([]T) bool {
	var first, last T
	n := 0
	return func(items []T) bool {
		same := n > 0 && n == len(items) &&
			reflect.DeepEqual(first, items[0]) && reflect.DeepEqual(last, items[len(items)-1])
		n = len(items)
		if n > 0 {
			first, last = items[0], items[n-1]
		}
		return same
	}
}

// Iterate yields every item of every page, fetching one page at a time from
// first on. It stops at the last page, when the consumer breaks, or at the
// first error, which it yields as the final element.
//
// It ends with an error matching ErrPagingLoop when the server does not
// advance: a page request (number, offset or cursor) asked for before, a
// page whose items repeat the previous page's (see ItemKey), or more pages
// than the ceiling (see MaxPages). A context that ends between pages yields
// a *RequestError wrapping ctx.Err(), as a call does.
func Iterate[T any](ctx context.Context, first PageRequest, fetch func(context.Context, PageRequest) (*Page[T], error), opts ...IterateOption) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		if ctx == nil {
			yield(zero, Invalid("context", "must not be nil"))
			return
		}
		maxPages := DefaultMaxPages
		var same func([]T) bool
		for _, o := range opts {
			switch o := o.(type) {
			case nil:
			case maxPagesOption:
				if o > 0 {
					maxPages = int(o)
				}
			case itemKey[T]:
				same = o.newSame()
			default:
				yield(zero, Invalid("iterate option", "%T does not apply to items of type %T", o, zero))
				return
			}
		}
		if same == nil {
			same = samePageByValue[T]()
		}
		seen := map[PageRequest]struct{}{}
		req := first
		for pages := 0; ; pages++ {
			if err := ctx.Err(); err != nil {
				yield(zero, &RequestError{Err: err})
				return
			}
			if pages >= maxPages {
				yield(zero, fmt.Errorf("stopped after %d pages, the ceiling (WithMaxPages): %w", maxPages, ErrPagingLoop))
				return
			}
			seen[req] = struct{}{}
			page, err := fetch(ctx, req)
			if err != nil {
				yield(zero, err)
				return
			}
			if page == nil {
				yield(zero, &DecodeError{Err: fmt.Errorf("no page for %+v", req)})
				return
			}
			if same(page.Items) {
				yield(zero, fmt.Errorf("the page after %+v repeats the previous page's items: %w", req, ErrPagingLoop))
				return
			}
			for _, it := range page.Items {
				if !yield(it, nil) {
					return
				}
			}
			if page.Next == nil {
				return
			}
			if _, ok := seen[*page.Next]; ok {
				yield(zero, fmt.Errorf("page %+v asked for again: %w", *page.Next, ErrPagingLoop))
				return
			}
			req = *page.Next
		}
	}
}

// ServerSecond is the start of the server's current second, for change
// feeds that must leave that second open (records stamped in it may still
// be joined by others): the answer's Date header, or, without a readable
// one (a proxy that strips it, a hostile server), the local clock now.
func ServerSecond(h http.Header, now func() time.Time) time.Time {
	if v := h.Get("Date"); v != "" {
		if t, err := http.ParseTime(v); err == nil {
			return t.Truncate(time.Second)
		}
	}
	return now().Truncate(time.Second)
}
