package insales_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// fakeClock is a manual clock for the fake.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// products builds n products whose updated_at repeat in groups of three
// seconds apart, so that pages end inside a group of equal times.
func productsJSON(n int, first int64, base time.Time) []byte {
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		at := base.Add(time.Duration(i/3) * time.Second).Format(time.RFC3339)
		fmt.Fprintf(&b, `{"id":%d,"title":"p%d","category_id":1,"created_at":%q,"updated_at":%q,"variants":[{"id":%d,"price":"%d.50","quantity":"3.0"}]}`,
			first+int64(i), i, at, at, 100000+first+int64(i), i)
	}
	b.WriteString("]")
	return []byte(b.String())
}

type version struct {
	id int64
	at time.Time
}

func TestChangesReadsEveryProductWhileTheyChange(t *testing.T) {
	clk := &fakeClock{t: time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)}
	srv := insalestest.NewServer(insalestest.WithClock(clk.Now))
	defer srv.Close()
	srv.Empty()
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("MSK", 3*3600))
	require.NoError(t, srv.Load("products", productsJSON(300, 1, base)))
	c := srv.Client()

	seen := map[version]int{}
	last := map[int64]time.Time{}
	var prev insales.Checkpoint
	n := 0
	for p, err := range c.Products.Changes(ctx, insales.Checkpoint{}, &insales.ProductListOptions{Limit: 10}) {
		require.NoError(t, err)
		cp := p.Checkpoint()
		assert.False(t, cp.Time.Before(prev.Time), "ordered by updated_at")
		prev = cp
		seen[version{p.ID, cp.Time.UTC()}]++
		last[p.ID] = cp.Time.UTC()
		n++
		if n%7 == 0 && n < 400 {
			// The shop edits one product already read and one not yet read.
			clk.Add(time.Second)
			require.True(t, srv.Touch("products", int64(n/2)))
			require.True(t, srv.Touch("products", int64(300-n/7)))
			clk.Add(time.Second) // the server's clock moves on past the edits' second
		}
	}
	// Edits made while the last page was read are the next run's: resume.
	clk.Add(time.Second)
	for p, err := range c.Products.Changes(ctx, prev, &insales.ProductListOptions{Limit: 10}) {
		require.NoError(t, err)
		seen[version{p.ID, p.UpdatedAt.UTC()}]++
		last[p.ID] = p.UpdatedAt.UTC()
	}
	for v, k := range seen {
		assert.Equal(t, 1, k, "version %v read twice", v)
	}
	require.Len(t, last, 300, "every product read")
	for id, at := range last {
		o, ok := srv.Object("products", id)
		require.True(t, ok)
		want, err := time.Parse(time.RFC3339, o["updated_at"].(string))
		require.NoError(t, err)
		assert.True(t, want.Equal(at), "product %d: the last version read is the current one", id)
	}
	assert.Greater(t, n, 300, "edited products come again")

	// On the wire: always page 1, the filter moved to the last item read.
	reqs := srv.Requests()
	first := reqs[0].Query
	assert.Equal(t, "2000-01-01 00:00:00 +00:00", first.Get("updated_since"))
	assert.Empty(t, first.Get("from_id"))
	assert.Equal(t, "1", first.Get("page"))
	assert.Equal(t, "10", first.Get("per_page"))
	second := reqs[1].Query
	assert.Equal(t, "2024-01-01 00:00:03 +03:00", second.Get("updated_since"), "the 10th product's updated_at, in its own zone")
	assert.Equal(t, "10", second.Get("from_id"))
	assert.Equal(t, "1", second.Get("page"))
}

func TestChangesResumesFromAStoredCheckpoint(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	srv.Empty()
	require.NoError(t, srv.Load("products", productsJSON(95, 1, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))))
	c := srv.Client()

	var stored []byte // what a caller would persist
	var got []int64
	for p, err := range c.Products.Changes(ctx, insales.Checkpoint{}, &insales.ProductListOptions{Limit: 20}) {
		require.NoError(t, err)
		got = append(got, p.ID)
		b, err := json.Marshal(p.Checkpoint())
		require.NoError(t, err)
		stored = b
		if len(got) == 31 {
			break // the process stops here
		}
	}
	var from insales.Checkpoint
	require.NoError(t, json.Unmarshal(stored, &from))
	for p, err := range c.Products.Changes(ctx, from, &insales.ProductListOptions{Limit: 20}) {
		require.NoError(t, err)
		got = append(got, p.ID)
	}
	want := make([]int64, 95)
	for i := range want {
		want[i] = int64(i + 1)
	}
	assert.Equal(t, want, got, "every product once, in order")
}

func TestChangesStopsWhenTheServerIgnoresFromID(t *testing.T) {
	// Ten products at the same second and a server that drops from_id would
	// answer the same page for ever.
	at := "2024-01-01T00:00:00Z"
	var page strings.Builder
	page.WriteString("[")
	for i := 1; i <= 10; i++ {
		if i > 1 {
			page.WriteString(",")
		}
		fmt.Fprintf(&page, `{"id":%d,"updated_at":%q}`, i, at)
	}
	page.WriteString("]")
	c, rec := serve(t, 200, []byte(page.String()))
	var errs []error
	n := 0
	for _, err := range c.Products.Changes(ctx, insales.Checkpoint{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), ID: 10}, &insales.ProductListOptions{Limit: 10}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		n++
	}
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], insales.ErrPagingLoop)
	assert.Equal(t, 10, n)
	assert.Equal(t, 1, rec.count())
	assert.Contains(t, rec.last(t).RawQuery, "from_id=10")
}

// An object with a lower id changed in the same second as the last object
// read would be skipped by from_id; Changes therefore never ends a walk
// inside the server's current second (its Date header), and the object
// comes with the next walk.
func TestChangesNeverSkipsAnEditInTheSameSecond(t *testing.T) {
	t0 := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	clk := &fakeClock{t: t0.Add(10 * time.Second)}
	srv := insalestest.NewServer(insalestest.WithClock(clk.Now))
	defer srv.Close()
	srv.Empty()
	at := func(d time.Duration) string { return t0.Add(d).Format(time.RFC3339) }
	require.NoError(t, srv.Load("products", []byte(`[
		{"id": 1, "title": "a", "updated_at": "`+at(0)+`"},
		{"id": 2, "title": "b", "updated_at": "`+at(10*time.Second)+`"}]`)))
	c := srv.Client()

	var read []int64
	var last insales.Checkpoint
	for p, err := range c.Products.Changes(ctx, insales.Checkpoint{}, nil) {
		require.NoError(t, err)
		read = append(read, p.ID)
		last = p.Checkpoint()
	}
	assert.Equal(t, []int64{1}, read, "product 2 changed in the server's current second: not yet")

	// Still in that second, the shop edits product 1 (a lower id).
	require.True(t, srv.Touch("products", 1))
	clk.Add(time.Second)
	read = nil
	for p, err := range c.Products.Changes(ctx, last, nil) {
		require.NoError(t, err)
		read = append(read, p.ID)
	}
	assert.Equal(t, []int64{1, 2}, read, "both changes of that second arrive; none is skipped by from_id")
}
