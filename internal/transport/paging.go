package transport

import (
	"context"
	"iter"
)

// Iterate yields every item of every page, fetching one page at a time from
// first on. It stops at the last page, when the consumer breaks, or at the
// first error, which it yields as the final element.
func Iterate[T any](ctx context.Context, first PageRequest, fetch func(context.Context, PageRequest) (*Page[T], error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		if ctx == nil {
			var zero T
			yield(zero, Invalid("context", "must not be nil"))
			return
		}
		req := first
		for {
			if err := ctx.Err(); err != nil {
				var zero T
				yield(zero, err)
				return
			}
			page, err := fetch(ctx, req)
			if err != nil {
				var zero T
				yield(zero, err)
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
			if *page.Next == req {
				var zero T
				yield(zero, ErrPagingLoop)
				return
			}
			req = *page.Next
		}
	}
}
