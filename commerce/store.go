package commerce

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/transport"
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
	// matching ecomkit.ErrNotFound; an answer that is not the record asked
	// for (another id, or none: an empty or status object) is an error
	// matching ecomkit.ErrInvalidResponse. The storefront's order is the
	// exception to "none": its API documentation shows an order without id.
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
	now       func() time.Time
	maxWindow int
}

// defaultMaxWindow is how many changed records a Changes walk that reads
// its window into memory holds at most, unless WithMaxWindow says otherwise.
const defaultMaxWindow = 200_000

// ErrWindowTooLarge is matched by the error that ends a Changes walk whose
// window (the records changed after the checkpoint, which some platforms
// make the Store read into memory and sort; see the package doc) holds more
// records than WithMaxWindow allows.
var ErrWindowTooLarge = errors.New("commerce: changes window too large")

// WithMaxWindow sets how many changed records a Changes walk may hold in
// memory where the platform makes it read its window whole (Shopkit,
// MyCashflow, the storefront's products); past it the walk ends with an
// error matching ErrWindowTooLarge instead of exhausting memory. The
// default is 200,000; n < 1 keeps it.
func WithMaxWindow(n int) StoreOption {
	return func(c *storeConfig) {
		if n >= 1 {
			c.maxWindow = n
		}
	}
}

// WithClock sets the clock a Store uses for Changes when the platform's
// answer has no Date header (the server's clock is used when it has one);
// tests pass a fixed one. The default is time.Now. The InSales Store reads
// the insales client's own clock without a Date header (insales.WithClock)
// and this one as well: it never yields a record changed in this clock's
// current second or later, whatever the Date header says.
func WithClock(now func() time.Time) StoreOption {
	return func(c *storeConfig) {
		if now != nil {
			c.now = now
		}
	}
}

func newConfig(opts []StoreOption) storeConfig {
	c := storeConfig{now: time.Now, maxWindow: defaultMaxWindow}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// store is the Store every adapter returns: the platform and its three
// readers. It prints as "commerce.Store{<platform>}" under every fmt verb,
// so formatting a Store never reaches the client inside (and its
// credentials).
type store struct {
	platform  Platform
	orders    reader[Order]
	products  reader[Product]
	customers reader[Customer]
}

// newStore names each reader's platform and resource, for its errors.
func newStore(p Platform, orders reader[Order], products reader[Product], customers reader[Customer]) *store {
	orders.platform, orders.resource = p, Orders
	products.platform, products.resource = p, Products
	customers.platform, customers.resource = p, Customers
	return &store{platform: p, orders: orders, products: products, customers: customers}
}

func (s *store) Platform() Platform          { return s.platform }
func (s *store) Orders() Reader[Order]       { return s.orders }
func (s *store) Products() Reader[Product]   { return s.products }
func (s *store) Customers() Reader[Customer] { return s.customers }

// String returns "commerce.Store{<platform>}".
func (s *store) String() string { return "commerce.Store{" + string(s.platform) + "}" }

// Format prints String for every verb.
func (s *store) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, s.String()) }

// reader is a Reader made of a platform's calls, already mapped to the
// normalized model (newStore fills in platform and resource). A nil call is
// an operation the platform does not offer: it answers an
// *UnsupportedError with reason why.
type reader[T any] struct {
	platform Platform
	resource Resource
	get      func(ctx context.Context, id int64) (*T, error)
	all      func(ctx context.Context) iter.Seq2[T, error]
	changes  func(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[T, error]
	why      string
}

func (r reader[T]) unsupported(op Op) error {
	return &UnsupportedError{Platform: r.platform, Resource: r.resource, Op: op, Reason: r.why}
}

func (r reader[T]) Get(ctx context.Context, id int64) (*T, error) {
	if r.get == nil {
		return nil, r.unsupported(OpGet)
	}
	return r.get(ctx, id)
}

func (r reader[T]) All(ctx context.Context) iter.Seq2[T, error] {
	if r.all == nil {
		return failing[T](r.unsupported(OpAll))
	}
	return r.all(ctx)
}

func (r reader[T]) Changes(ctx context.Context, from ecomkit.Checkpoint) iter.Seq2[T, error] {
	if r.changes == nil {
		return failing[T](r.unsupported(OpChanges))
	}
	return r.changes(ctx, from)
}

// String returns "commerce.Reader{<platform> <resource>}".
func (r reader[T]) String() string {
	return "commerce.Reader{" + string(r.platform) + " " + string(r.resource) + "}"
}

// Format prints String for every verb.
func (r reader[T]) Format(f fmt.State, verb rune) { transport.FormatText(f, verb, r.String()) }

// errNilClient is the error of a New* given a nil client.
func errNilClient() error { return &ecomkit.FieldError{Field: "client", Problem: "must not be nil"} }

// mapGet is a reader's get from a platform's Get and the mapping.
func mapGet[S any, T identified](call func(context.Context, int64) (*S, error), to func(*S) T) func(context.Context, int64) (*T, error) {
	return func(ctx context.Context, id int64) (*T, error) {
		s, err := call(ctx, id)
		return checkID[T](id)(get(s, err, to))
	}
}

// identified is a normalized model with its platform id.
type identified interface{ Checkpoint() ecomkit.Checkpoint }

// checkID refuses a Get's answer that is not the record asked for: a 2xx
// body without the id (an empty object, a status object) or with another
// one. It is an error matching ecomkit.ErrInvalidResponse, never a record.
func checkID[T identified](want int64) func(*T, error) (*T, error) {
	return checkIDOf[T](want, false)
}

// checkIDOf is checkID; with absentOK an answer without an id (0) passes,
// for a platform whose API documentation shows the record without one (the
// storefront's order).
func checkIDOf[T identified](want int64, absentOK bool) func(*T, error) (*T, error) {
	return func(v *T, err error) (*T, error) {
		if err != nil || v == nil {
			return v, err
		}
		if got := (*v).Checkpoint().ID; got != want && !(absentOK && got == 0) {
			return nil, fmt.Errorf("commerce: %w: asked for id %d, the answer holds id %d", ecomkit.ErrInvalidResponse, want, got)
		}
		return v, nil
	}
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
