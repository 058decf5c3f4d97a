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

	var nilCtx context.Context
	_, err = collect(t, transport.Iterate(nilCtx, transport.PageRequest{}, fetch))
	assert.ErrorIs(t, err, transport.ErrInvalidInput, "a nil context is an error, not a panic")
}
