package commerce

import (
	"context"
	"errors"
	"iter"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go"
)

// coreItem is a record of a hand-made change feed.
type coreItem struct {
	at time.Time
	id int64
}

func (c coreItem) Checkpoint() ecomkit.Checkpoint { return ecomkit.Checkpoint{Time: c.at, ID: c.id} }

// coreT0 is the base time of the feeds below.
var coreT0 = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

func coreAt(sec int, id int64) coreItem {
	return coreItem{at: coreT0.Add(time.Duration(sec) * time.Second), id: id}
}

// corePage is one answer of a hand-made paged list: its Date header ("" for
// none) and its items.
type corePage struct {
	date  string
	items []coreItem
}

// coreCandidates answers pages as a platform's All would: each page's
// headers go to the response the context captures, then its items follow.
// calls counts the iterations started.
func coreCandidates(calls *int, err error, pages ...corePage) func(context.Context) iter.Seq2[coreItem, error] {
	return func(ctx context.Context) iter.Seq2[coreItem, error] {
		*calls++
		return func(yield func(coreItem, error) bool) {
			for _, p := range pages {
				if r := ecomkit.CapturedResponse(ctx); r != nil {
					r.StatusCode = http.StatusOK
					r.Header = http.Header{}
					if p.date != "" {
						r.Header.Set("Date", p.date)
					}
				}
				for _, it := range p.items {
					if !yield(it, nil) {
						return
					}
				}
			}
			if err != nil {
				yield(coreItem{}, err)
			}
		}
	}
}

// coreClock is a fixed clock; it fails the test when called if forbid is set.
func coreClock(t *testing.T, now time.Time, forbid bool) func() time.Time {
	return func() time.Time {
		if forbid {
			t.Error("the clock was read although the server sent a Date header")
		}
		return now
	}
}

// coreCollect runs a feed to its end, or to limit items (0: no limit).
func coreCollect(t *testing.T, seq iter.Seq2[coreItem, error], limit int) ([]coreItem, []error) {
	t.Helper()
	var items []coreItem
	var errs []error
	for it, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		items = append(items, it)
		if len(items) == limit {
			break
		}
	}
	return items, errs
}

func coreDate(t time.Time) string { return t.UTC().Format(http.TimeFormat) }

func TestCoreSettledSortsAndKeepsWhatIsAfterTheCheckpoint(t *testing.T) {
	ctx := context.Background()
	var calls int
	// Candidates in id order, as a platform lists them; update times mixed.
	feed := coreCandidates(&calls, nil, corePage{
		date: coreDate(coreT0.Add(time.Hour)),
		items: []coreItem{
			coreAt(30, 1), coreAt(10, 2), coreAt(20, 3), coreAt(10, 4), coreAt(-10, 5), coreAt(20, 6),
		},
	})
	clock := coreClock(t, coreT0.AddDate(1, 0, 0), false)

	got, errs := coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, clock, feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{coreAt(-10, 5), coreAt(10, 2), coreAt(10, 4), coreAt(20, 3), coreAt(20, 6), coreAt(30, 1)},
		got, "sorted by (time, id)")

	// From a checkpoint inside a second: the same second's larger ids, and
	// everything later.
	got, _ = coreCollect(t, settled(ctx, ecomkit.Checkpoint{Time: coreT0.Add(10 * time.Second), ID: 2}, clock, feed), 0)
	assert.Equal(t, []coreItem{coreAt(10, 4), coreAt(20, 3), coreAt(20, 6), coreAt(30, 1)}, got)

	// From the last record: nothing.
	got, _ = coreCollect(t, settled(ctx, coreAt(30, 1).Checkpoint(), clock, feed), 0)
	assert.Empty(t, got)

	// An equal time in another zone is the same instant.
	inZone := ecomkit.Checkpoint{Time: coreT0.Add(20 * time.Second).In(time.FixedZone("", 3*3600)), ID: 3}
	got, _ = coreCollect(t, settled(ctx, inZone, clock, feed), 0)
	assert.Equal(t, []coreItem{coreAt(20, 6), coreAt(30, 1)}, got)
	assert.Equal(t, 4, calls, "one walk of the candidates per call")
}

func TestCoreSettledResumesReadingEachRecordOnce(t *testing.T) {
	ctx := context.Background()
	var calls int
	feed := coreCandidates(&calls, nil, corePage{
		date:  coreDate(coreT0.Add(time.Hour)),
		items: []coreItem{coreAt(5, 1), coreAt(5, 2), coreAt(1, 3), coreAt(9, 4), coreAt(5, 5)},
	})
	clock := coreClock(t, coreT0.AddDate(1, 0, 0), false)
	var seen []coreItem
	from := ecomkit.Checkpoint{}
	for range 10 {
		got, errs := coreCollect(t, settled(ctx, from, clock, feed), 2)
		require.Empty(t, errs)
		if len(got) == 0 {
			break
		}
		seen = append(seen, got...)
		from = got[len(got)-1].Checkpoint()
	}
	assert.Equal(t, []coreItem{coreAt(1, 3), coreAt(5, 1), coreAt(5, 2), coreAt(5, 5), coreAt(9, 4)}, seen)
}

func TestCoreSettledHorizonIsTheServersDateHeader(t *testing.T) {
	ctx := context.Background()
	var calls int
	// The server's clock says 12:00:10; the local clock is an hour ahead, so
	// the server's second is the horizon (the earlier of the two).
	feed := coreCandidates(&calls, nil,
		corePage{date: coreDate(coreT0.Add(10 * time.Second)), items: []coreItem{coreAt(9, 1), coreAt(10, 2)}},
		// A later page with a later Date does not move the horizon: it is
		// the first answer's.
		corePage{date: coreDate(coreT0.Add(time.Hour)), items: []coreItem{coreAt(11, 3), coreAt(8, 4)}},
	)
	got, errs := coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, coreClock(t, coreT0.Add(time.Hour), false), feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{coreAt(8, 4), coreAt(9, 1)}, got,
		"records in the server's current second or later wait for the next call")

	// A local clock behind the server's (12:00:08.5) holds back more: the
	// earlier second is the horizon, which delays records but skips none.
	got, errs = coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, coreClock(t, coreT0.Add(8500*time.Millisecond), false), feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{}, append([]coreItem{}, got...))
}

func TestCoreSettledHorizonIsTheClockWithoutADateHeader(t *testing.T) {
	ctx := context.Background()
	var calls int
	items := []coreItem{
		{at: coreT0.Add(-100 * time.Millisecond), id: 1}, // the second before
		{at: coreT0, id: 2},                             // the clock's second
		{at: coreT0.Add(300 * time.Millisecond), id: 3}, // in the clock's second
		{at: coreT0.Add(-time.Minute), id: 4},
	}
	// The clock is 12:00:00.7: the horizon is 12:00:00.
	clock := coreClock(t, coreT0.Add(700*time.Millisecond), false)
	for _, date := range []string{"", "not a date"} {
		got, errs := coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, clock, coreCandidates(&calls, nil, corePage{date: date, items: items})), 0)
		assert.Empty(t, errs)
		assert.Equal(t, []coreItem{items[3], items[0]}, got, "Date %q", date)
	}

	// A Date header with a fraction-free second: the horizon is that second.
	got, _ := coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, coreClock(t, coreT0.AddDate(1, 0, 0), false),
		coreCandidates(&calls, nil, corePage{date: coreDate(coreT0.Add(time.Second)), items: items})), 0)
	assert.Equal(t, []coreItem{items[3], items[0], items[1], items[2]}, got)
}

func TestCoreSettledStopsWhenTheCallerBreaks(t *testing.T) {
	ctx := context.Background()
	var calls int
	feed := coreCandidates(&calls, nil, corePage{date: coreDate(coreT0.Add(time.Hour)),
		items: []coreItem{coreAt(3, 1), coreAt(1, 2), coreAt(2, 3)}})
	// Breaking out of the loop must not call yield again (range-over-func
	// panics if it does).
	got, errs := coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, time.Now, feed), 1)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{coreAt(1, 2)}, got)
}

func TestCoreSettledPassesErrorsAndYieldsNothingElse(t *testing.T) {
	ctx := context.Background()
	boom := errors.New("page 2 failed")
	var calls int

	// An error after some candidates: the error alone, once; none of the
	// candidates (their order is not known yet).
	feed := coreCandidates(&calls, boom, corePage{date: coreDate(coreT0.Add(time.Hour)),
		items: []coreItem{coreAt(1, 1), coreAt(2, 2)}})
	var n int
	var got error
	for it, err := range settled(ctx, ecomkit.Checkpoint{}, time.Now, feed) {
		n++
		got = err
		assert.Zero(t, it)
	}
	assert.Equal(t, 1, n)
	assert.Same(t, boom, got)

	// An error before any candidate (the first request failed).
	first := func(context.Context) iter.Seq2[coreItem, error] { return failing[coreItem](boom) }
	items, errs := coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, time.Now, first), 0)
	assert.Empty(t, items)
	assert.Equal(t, []error{boom}, errs)

	// No candidates: nothing, and no clock needed.
	empty := coreCandidates(&calls, nil)
	items, errs = coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, coreClock(t, coreT0.AddDate(1, 0, 0), false), empty), 0)
	assert.Empty(t, items)
	assert.Empty(t, errs)
}

func TestCoreSettledPassesTheCallersContext(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	var seen any
	var captured bool
	feed := func(c context.Context) iter.Seq2[coreItem, error] {
		seen = c.Value(key{})
		captured = ecomkit.CapturedResponse(c) != nil
		return func(func(coreItem, error) bool) {}
	}
	coreCollect(t, settled(ctx, ecomkit.Checkpoint{}, time.Now, feed), 0)
	assert.Equal(t, "v", seen)
	assert.True(t, captured, "the candidates' responses are captured for the Date header")
}

func TestCoreServerSecond(t *testing.T) {
	clock := func() time.Time { return coreT0.Add(1500 * time.Millisecond) }
	assert.Equal(t, coreT0.Add(time.Second), serverSecond(nil, clock))
	assert.Equal(t, coreT0.Add(time.Second), serverSecond(http.Header{"Date": {"garbage"}}, clock))
	h := http.Header{}
	h.Set("Date", "Wed, 01 May 2024 12:00:00 GMT")
	assert.True(t, serverSecond(h, clock).Equal(coreT0))
	h.Set("Date", "Wed, 01 May 2024 12:00:07 GMT") // ahead of the local clock: the local second
	assert.True(t, serverSecond(h, clock).Equal(coreT0.Add(time.Second)))
}

func TestCoreOrderedDropsWhatWasReadAndKeepsTheOrder(t *testing.T) {
	items := []coreItem{coreAt(1, 5), coreAt(2, 1), coreAt(2, 2), coreAt(2, 3), coreAt(3, 1)}
	seq := func(err error) iter.Seq2[coreItem, error] {
		return func(yield func(coreItem, error) bool) {
			for _, it := range items {
				if !yield(it, nil) {
					return
				}
			}
			if err != nil {
				yield(coreItem{}, err)
			}
		}
	}
	got, errs := coreCollect(t, ordered(ecomkit.Checkpoint{}, coreClock(t, coreT0.Add(time.Hour), false), seq(nil)), 0)
	assert.Empty(t, errs)
	assert.Equal(t, items, got)

	// A server that ignores the filter sends the records up to the
	// checkpoint again: they are dropped.
	got, _ = coreCollect(t, ordered(coreAt(2, 2).Checkpoint(), coreClock(t, coreT0.Add(time.Hour), false), seq(nil)), 0)
	assert.Equal(t, []coreItem{coreAt(2, 3), coreAt(3, 1)}, got)

	// Early break.
	got, _ = coreCollect(t, ordered(ecomkit.Checkpoint{}, coreClock(t, coreT0.Add(time.Hour), false), seq(nil)), 2)
	assert.Equal(t, items[:2], got)

	// An error ends the feed after what came before it.
	boom := errors.New("boom")
	var n int
	var last error
	for it, err := range ordered(coreAt(2, 3).Checkpoint(), coreClock(t, coreT0.Add(time.Hour), false), seq(boom)) {
		n++
		if err != nil {
			last = err
			assert.Zero(t, it)
		}
	}
	assert.Equal(t, 2, n, "one record, then the error")
	assert.Same(t, boom, last)
}

func TestCoreNewConfigAndWithClock(t *testing.T) {
	assert.NotNil(t, newConfig(nil).now)
	assert.NotNil(t, newConfig([]StoreOption{nil, WithClock(nil)}).now, "nil options change nothing")
	fixed := coreT0.Add(42 * time.Second)
	c := newConfig([]StoreOption{WithClock(func() time.Time { return fixed })})
	assert.Equal(t, fixed, c.now())
	later := fixed.Add(time.Hour)
	c = newConfig([]StoreOption{WithClock(func() time.Time { return fixed }), WithClock(func() time.Time { return later })})
	assert.Equal(t, later, c.now(), "the last clock wins")
}

func TestCoreConvertGetAndFailing(t *testing.T) {
	boom := errors.New("boom")
	src := func(yield func(int, error) bool) {
		for i := 1; i <= 3; i++ {
			if !yield(i, nil) {
				return
			}
		}
		yield(0, boom)
	}
	var got []string
	var errs []error
	for s, err := range convert(src, func(p *int) string { return string(rune('a' + *p - 1)) }) {
		if err != nil {
			errs = append(errs, err)
			assert.Empty(t, s)
			continue
		}
		got = append(got, s)
	}
	assert.Equal(t, []string{"a", "b", "c"}, got)
	assert.Equal(t, []error{boom}, errs)

	n := 0
	for range convert(src, func(p *int) int { return *p }) {
		n++
		break
	}
	assert.Equal(t, 1, n)

	seven := 7
	v, err := get(&seven, nil, func(p *int) int { return *p * 2 })
	require.NoError(t, err)
	assert.Equal(t, 14, *v)
	v, err = get((*int)(nil), boom, func(p *int) int { return *p })
	assert.Nil(t, v)
	assert.Same(t, boom, err)

	n = 0
	for x, err := range failing[int](boom) {
		n++
		assert.Zero(t, x)
		assert.Same(t, boom, err)
	}
	assert.Equal(t, 1, n)
}

func TestCoreUnsupportedReader(t *testing.T) {
	u := reader[Order]{platform: Shopkit, resource: Orders, why: "why"}
	ctx := context.Background()
	o, err := u.Get(ctx, 1)
	assert.Nil(t, o)
	assert.Equal(t, &UnsupportedError{Platform: Shopkit, Resource: Orders, Op: OpGet, Reason: "why"}, err)
	for _, tc := range []struct {
		op  Op
		seq iter.Seq2[Order, error]
	}{{OpAll, u.All(ctx)}, {OpChanges, u.Changes(ctx, ecomkit.Checkpoint{})}} {
		n := 0
		for v, err := range tc.seq {
			n++
			assert.Zero(t, v.ID)
			assert.Equal(t, &UnsupportedError{Platform: Shopkit, Resource: Orders, Op: tc.op, Reason: "why"}, err)
		}
		assert.Equal(t, 1, n, "%s yields one error", tc.op)
	}
}

func TestCoreSettledReadsARecordListedTwiceOnceAtItsLatest(t *testing.T) {
	var calls int
	// Offset paging under an insert: id 2 is listed on both pages, edited
	// in between (second 25 on the later page).
	feed := coreCandidates(&calls, nil,
		corePage{date: coreDate(coreT0.Add(time.Hour)), items: []coreItem{coreAt(10, 1), coreAt(20, 2)}},
		corePage{items: []coreItem{coreAt(25, 2), coreAt(30, 3), coreAt(10, 1)}},
	)
	got, errs := coreCollect(t, settled(context.Background(), ecomkit.Checkpoint{}, coreClock(t, coreT0.AddDate(1, 0, 0), false), feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{coreAt(10, 1), coreAt(25, 2), coreAt(30, 3)}, got)
}

func TestCoreSettledRefusesAWindowLargerThanItsLimit(t *testing.T) {
	var calls int
	feed := coreCandidates(&calls, nil, corePage{date: coreDate(coreT0.Add(time.Hour)),
		items: []coreItem{coreAt(1, 1), coreAt(2, 2), coreAt(3, 3)}})
	clock := coreClock(t, coreT0.AddDate(1, 0, 0), false)
	got, errs := coreCollect(t, settledWithin(context.Background(), ecomkit.Checkpoint{}, clock, 2, feed), 0)
	assert.Empty(t, got, "nothing is yielded from a window that is not whole")
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrWindowTooLarge)
	assert.Contains(t, errs[0].Error(), "more than 2 records changed after")

	// Records at or before the checkpoint do not count against the limit.
	got, errs = coreCollect(t, settledWithin(context.Background(), coreAt(1, 1).Checkpoint(), clock, 2, feed), 0)
	assert.Empty(t, errs)
	assert.Equal(t, []coreItem{coreAt(2, 2), coreAt(3, 3)}, got)

	cfg := newConfig([]StoreOption{WithMaxWindow(5)})
	assert.Equal(t, 5, cfg.maxWindow)
	assert.Equal(t, defaultMaxWindow, newConfig([]StoreOption{WithMaxWindow(0)}).maxWindow, "n < 1 keeps the default")
}
