package transport_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// numbered serves items 1..total in pages, like a page-number API; it
// records the pages asked for.
type numbered struct {
	total, size, first int
	report             string // "pages", "total" or "" (neither)
	asked              []int
}

func (n *numbered) fetch(_ context.Context, req transport.PageRequest) (*transport.Page[int], error) {
	n.asked = append(n.asked, req.Number)
	p := &transport.Page[int]{Number: req.Number, Size: n.size, Total: -1}
	start := (req.Number - n.first) * n.size
	for i := start; i < start+n.size && i < n.total; i++ {
		p.Items = append(p.Items, i+1)
	}
	switch n.report {
	case "pages":
		p.Pages = (n.total + n.size - 1) / n.size
	case "total":
		p.Total = n.total
	}
	p.SetNextByNumber(n.first)
	return p, nil
}

func collect(t *testing.T, seq func(func(int, error) bool)) ([]int, error) {
	t.Helper()
	var out []int
	for v, err := range seq {
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

func seqInts(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	return s
}

func TestIterateByNumberEveryReportingStyle(t *testing.T) {
	for _, first := range []int{0, 1} {
		for _, report := range []string{"pages", "total", ""} {
			for _, total := range []int{0, 1, 9, 10, 11} {
				n := &numbered{total: total, size: 5, first: first, report: report}
				got, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{Number: first, Size: 5}, n.fetch))
				require.NoError(t, err)
				want := seqInts(total)
				if total == 0 {
					want = nil
				}
				assert.Equal(t, want, got, "first=%d report=%q total=%d", first, report, total)
				full := total / 5
				maxAsked := full + 1
				assert.LessOrEqual(t, len(n.asked), maxAsked, "no needless pages")
				assert.Equal(t, first, n.asked[0])
			}
		}
	}
}

func TestIterateByOffset(t *testing.T) {
	const total = 23
	var skips []int
	fetch := func(_ context.Context, req transport.PageRequest) (*transport.Page[int], error) {
		skips = append(skips, req.Offset)
		p := &transport.Page[int]{Offset: req.Offset, Size: req.Size, Total: total}
		for i := req.Offset; i < req.Offset+req.Size && i < total; i++ {
			p.Items = append(p.Items, i+1)
		}
		p.SetNextByOffset()
		return p, nil
	}
	got, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{Size: 10}, fetch))
	require.NoError(t, err)
	assert.Equal(t, seqInts(total), got)
	assert.Equal(t, []int{0, 10, 20}, skips)

	// Without a total a short page ends the list.
	p := &transport.Page[int]{Items: []int{1, 2}, Size: 10, Total: -1}
	p.SetNextByOffset()
	assert.False(t, p.HasNext())
	p = &transport.Page[int]{Items: make([]int, 10), Size: 10, Total: -1, Offset: 30}
	p.SetNextByOffset()
	require.True(t, p.HasNext())
	assert.Equal(t, transport.PageRequest{Offset: 40, Size: 10}, *p.Next)
}

func TestIterateStopsOnBreakAndError(t *testing.T) {
	n := &numbered{total: 100, size: 10, first: 1, report: "total"}
	count := 0
	for v, err := range transport.Iterate(context.Background(), transport.PageRequest{Number: 1, Size: 10}, n.fetch) {
		require.NoError(t, err)
		count++
		if v == 15 {
			break
		}
	}
	assert.Equal(t, 15, count)
	assert.Equal(t, []int{1, 2}, n.asked, "breaking in page 2 fetches no page 3")

	boom := errors.New("boom")
	calls := 0
	fetch := func(_ context.Context, req transport.PageRequest) (*transport.Page[int], error) {
		calls++
		if req.Number == 2 {
			return nil, boom
		}
		p := &transport.Page[int]{Items: []int{1, 2}, Number: req.Number, Size: 2, Total: -1}
		p.SetNextByNumber(1)
		return p, nil
	}
	got, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{Number: 1, Size: 2}, fetch))
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, []int{1, 2}, got)
	assert.Equal(t, 2, calls)
}

func TestIterateDetectsALoopAndCancelledContext(t *testing.T) {
	fetch := func(_ context.Context, req transport.PageRequest) (*transport.Page[int], error) {
		return &transport.Page[int]{Items: []int{1}, Next: &req}, nil
	}
	_, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{Number: 1}, fetch))
	assert.ErrorIs(t, err, transport.ErrPagingLoop)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = collect(t, transport.Iterate(ctx, transport.PageRequest{}, fetch))
	assert.ErrorIs(t, err, context.Canceled)
	var re *transport.RequestError
	assert.ErrorAs(t, err, &re, "wrapped as a call's error is")

	var nilCtx context.Context
	_, err = collect(t, transport.Iterate(nilCtx, transport.PageRequest{}, fetch))
	assert.ErrorIs(t, err, transport.ErrInvalidInput, "a nil context is an error, not a panic")
}

// record is an item with an id, as the platforms' models have.
type record struct {
	ID   int64
	Name string
	Tags []string
}

// Servers that never advance: each iteration must end with ErrPagingLoop
// after a bounded number of pages, having yielded each item once.
func TestIterateEndsWhenTheServerDoesNotAdvance(t *testing.T) {
	page := func(ids ...int64) []record {
		out := make([]record, len(ids))
		for i, id := range ids {
			out[i] = record{ID: id, Name: "r", Tags: []string{"t"}}
		}
		return out
	}
	cases := []struct {
		name  string
		fetch func(context.Context, transport.PageRequest) (*transport.Page[record], error)
		opts  []transport.IterateOption
		items int
		pages int
	}{
		{
			// Shopkit ignoring page, X-Total-Count growing: the same page forever.
			name: "page ignored",
			fetch: func(_ context.Context, pr transport.PageRequest) (*transport.Page[record], error) {
				return &transport.Page[record]{Items: page(1, 2, 3), Number: pr.Number, Size: 3, Total: 1000 * (pr.Number + 1),
					Next: &transport.PageRequest{Number: pr.Number + 1, Size: 3}}, nil
			},
			items: 3, pages: 2,
		},
		{
			// The same, compared by id: the server returns fresh copies with other names.
			name: "page ignored, by key",
			fetch: func(_ context.Context, pr transport.PageRequest) (*transport.Page[record], error) {
				items := page(1, 2, 3)
				items[1].Name = string(rune('a' + pr.Number))
				return &transport.Page[record]{Items: items, Number: pr.Number, Next: &transport.PageRequest{Number: pr.Number + 1}}, nil
			},
			opts:  []transport.IterateOption{transport.ItemKey(func(r record) int64 { return r.ID })},
			items: 3, pages: 2,
		},
		{
			// Sitebuilder ignoring skip with a large total.
			name: "skip ignored",
			fetch: func(_ context.Context, pr transport.PageRequest) (*transport.Page[record], error) {
				p := &transport.Page[record]{Items: page(7, 8), Offset: pr.Offset, Size: 2, Total: 1_000_000}
				p.SetNextByOffset()
				return p, nil
			},
			items: 2, pages: 2,
		},
		{
			// A cursor cycling A -> B -> A.
			name: "cursor cycle",
			fetch: func(_ context.Context, pr transport.PageRequest) (*transport.Page[record], error) {
				next := map[string]string{"": "A", "A": "B", "B": "A"}[pr.Cursor]
				ids := map[string][]int64{"": {1, 2}, "A": {3, 4}, "B": {5, 6}}[pr.Cursor]
				return &transport.Page[record]{Items: page(ids...), Next: &transport.PageRequest{Cursor: next}}, nil
			},
			items: 6, pages: 3,
		},
		{
			// MyCashflow with a page_count that grows as it is read: new
			// items each time, so only the ceiling ends it.
			name: "ceiling",
			fetch: func(_ context.Context, pr transport.PageRequest) (*transport.Page[record], error) {
				p := &transport.Page[record]{Items: page(int64(pr.Number)), Number: pr.Number, Size: 1, Total: -1, Pages: pr.Number + 2}
				p.SetNextByNumber(1)
				return p, nil
			},
			opts:  []transport.IterateOption{transport.MaxPages(50)},
			items: 50, pages: 50,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fetched := 0
			fetch := func(ctx context.Context, pr transport.PageRequest) (*transport.Page[record], error) {
				fetched++
				require.Less(t, fetched, 1000, "runaway")
				return tc.fetch(ctx, pr)
			}
			n := 0
			var err error
			for _, e := range transport.Iterate(context.Background(), transport.PageRequest{Number: 1}, fetch, tc.opts...) {
				if e != nil {
					err = e
					break
				}
				n++
			}
			assert.ErrorIs(t, err, transport.ErrPagingLoop)
			assert.Equal(t, tc.items, n, "items yielded before the loop was seen")
			assert.Equal(t, tc.pages, fetched)
		})
	}
}

func TestIterateOptionsValidated(t *testing.T) {
	fetch := func(_ context.Context, pr transport.PageRequest) (*transport.Page[int], error) {
		return &transport.Page[int]{Items: []int{1}}, nil
	}
	_, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{}, fetch, transport.ItemKey(func(s string) string { return s })))
	assert.ErrorIs(t, err, transport.ErrInvalidInput, "a key for another item type")
	got, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{}, fetch, nil, transport.MaxPages(0)))
	require.NoError(t, err)
	assert.Equal(t, []int{1}, got)
}

// A client's WithMaxPages reaches Iterate through Client.MaxPages.
func TestClientMaxPagesFeedsIterate(t *testing.T) {
	c, err := transport.New(transport.Settings{BaseURL: "https://api.example.test"}, transport.WithMaxPages(7))
	require.NoError(t, err)
	assert.Equal(t, 7, c.MaxPages())
	d, err := transport.New(transport.Settings{BaseURL: "https://api.example.test"})
	require.NoError(t, err)
	assert.Equal(t, transport.DefaultMaxPages, d.MaxPages())
	_, err = transport.New(transport.Settings{BaseURL: "https://api.example.test"}, transport.WithMaxPages(0))
	assert.ErrorIs(t, err, transport.ErrInvalidInput)

	fetched := 0
	fetch := func(_ context.Context, pr transport.PageRequest) (*transport.Page[int], error) {
		fetched++
		return &transport.Page[int]{Items: []int{pr.Number}, Next: &transport.PageRequest{Number: pr.Number + 1}}, nil
	}
	got, err := collect(t, transport.Iterate(context.Background(), transport.PageRequest{Number: 1}, fetch, transport.MaxPages(c.MaxPages())))
	assert.ErrorIs(t, err, transport.ErrPagingLoop)
	assert.ErrorContains(t, err, "7 pages")
	assert.Equal(t, []int{1, 2, 3, 4, 5, 6, 7}, got)
	assert.Equal(t, 7, fetched)
}
