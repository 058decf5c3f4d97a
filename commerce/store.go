package commerce

import (
	"context"
	"errors"
	"iter"
	"time"

	"github.com/ecomkit/ecomkit-go"
)

// Platform names the platform a Store reads.
type Platform string

// The platforms with a Store.
const (
	InSales     Platform = "insales"
	Shopkit     Platform = "shopkit"
	MyCashflow  Platform = "mycashflow"
	SiteBuilder Platform = "sitebuilder"
	Storefront  Platform = "storefront"
)

// Resource names what a Reader reads.
type Resource string

// The resources a Store offers.
const (
	Orders    Resource = "orders"
	Products  Resource = "products"
	Customers Resource = "customers"
)

// Op names a Reader operation, for UnsupportedError.
type Op string

// Reader operations.
const (
	OpGet     Op = "get"
	OpAll     Op = "all"
	OpChanges Op = "changes"
)

// Store reads one shop's orders, products and customers through the same
// calls on every platform. Build one with NewInSales, NewShopkit,
// NewMyCashflow, NewSiteBuilder or NewStorefront. A Store is safe for
// concurrent use when its platform client is (they all are).
type Store interface {
	// Platform is the platform this Store reads.
	Platform() Platform
	// Orders reads the shop's orders.
	Orders() Reader[Order]
	// Products reads the shop's catalogue.
	Products() Reader[Product]
	// Customers reads the shop's customers.
	Customers() Reader[Customer]
}

// Reader reads one resource of a Store. An operation the platform does not
// offer answers an error matching ErrUnsupported (an *UnsupportedError
// saying why), from the call or as the first item of the iteration.
type Reader[T any] interface {
	// Get reads one record by the platform's id. A missing one is an error
	// matching ecomkit.ErrNotFound.
	Get(ctx context.Context, id int64) (*T, error)
	// All iterates every record, page by page. Stop early by breaking out
	// of the loop; an error ends the iteration.
	All(ctx context.Context) iter.Seq2[T, error]
	// Changes iterates the records created or updated after from, oldest
	// first by (update time, id), with the platform's own incremental
	// filter. Store the Checkpoint of each record once it is processed and
	// pass the last one back to resume after a crash: no record is skipped,
	// and none read before is read again unless it changed again. The zero
	// Checkpoint starts from the beginning. Records whose update time is the
	// current second of the platform's clock are left to the next call, so
	// an edit later in that second cannot fall behind a checkpoint. A record
	// without a readable update time is read by All, and by Changes only
	// from the zero Checkpoint.
	Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[T, error]
}

// ErrUnsupported is matched (errors.Is) by every error a Store returns for
// an operation its platform does not offer, such as orders on MyCashflow,
// whose API has none. The error is an *UnsupportedError saying what and why.
var ErrUnsupported = errors.New("not supported by this platform")

// UnsupportedError is the error of an operation a platform does not offer.
type UnsupportedError struct {
	// Platform, Resource and Op say what was asked.
	Platform Platform
	Resource Resource
	Op       Op
	// Reason says why the platform cannot answer it.
	Reason string
}

// Error returns "commerce: <platform> <resource> <op>: not supported by
// this platform (<reason>)".
func (e *UnsupportedError) Error() string {
	s := "commerce: " + string(e.Platform) + " " + string(e.Resource) + " " + string(e.Op) + ": " + ErrUnsupported.Error()
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	return s
}

// Is matches ErrUnsupported.
func (e *UnsupportedError) Is(target error) bool { return target == ErrUnsupported }

// StoreOption configures a Store.
type StoreOption func(*storeConfig)

type storeConfig struct {
	now func() time.Time
}

// WithClock sets the clock a Store uses for Changes when the platform's
// answer has no Date header (the server's clock is used when it has one);
// tests pass a fixed one. The default is time.Now.
func WithClock(now func() time.Time) StoreOption {
	return func(c *storeConfig) {
		if now != nil {
			c.now = now
		}
	}
}

func newConfig(opts []StoreOption) storeConfig {
	c := storeConfig{now: time.Now}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// unsupported is the Reader of a resource the platform does not offer.
type unsupported[T any] struct {
	platform Platform
	resource Resource
	reason   string
}

func (u unsupported[T]) err(op Op) error {
	return &UnsupportedError{Platform: u.platform, Resource: u.resource, Op: op, Reason: u.reason}
}

func (u unsupported[T]) Get(context.Context, int64) (*T, error) { return nil, u.err(OpGet) }

func (u unsupported[T]) All(context.Context) iter.Seq2[T, error] { return failing[T](u.err(OpAll)) }

func (u unsupported[T]) Changes(context.Context, ecomkit.Checkpoint) iter.Seq2[T, error] {
	return failing[T](u.err(OpChanges))
}

// failing yields err once.
func failing[T any](err error) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		yield(zero, err)
	}
}

// convert maps a platform iteration to normalized values.
func convert[S, T any](seq iter.Seq2[S, error], f func(*S) T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		for s, err := range seq {
			if err != nil {
				yield(zero, err)
				return
			}
			if !yield(f(&s), nil) {
				return
			}
		}
	}
}

// get maps a platform Get to a normalized value.
func get[S, T any](s *S, err error, f func(*S) T) (*T, error) {
	if err != nil {
		return nil, err
	}
	t := f(s)
	return &t, nil
}
