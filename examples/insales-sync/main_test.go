package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

type line struct {
	ID        int64  `json:"id"`
	UpdatedAt string `json:"updated_at"`
}

func readLines(t *testing.T, path string) []line {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l line
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "every line is a whole object: %q", sc.Text())
		out = append(out, l)
	}
	require.NoError(t, sc.Err())
	return out
}

// clock is the manual clock the fake and the sync share.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func fakeWith(t *testing.T, n int) (*insalestest.Server, *clock) {
	t.Helper()
	clk := &clock{t: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)}
	srv := insalestest.NewServer(insalestest.WithoutQuota(), insalestest.WithClock(clk.now))
	t.Cleanup(srv.Close)
	require.NoError(t, fill(srv, n, clk.now()))
	return srv, clk
}

// A crash after 300 records, then a second run: every record is in the
// output exactly once, the same set as an uninterrupted run.
func TestInterruptedRunResumesWithoutLossOrRepeat(t *testing.T) {
	srv, clk := fakeWith(t, 700)
	dir := t.TempDir()
	args := []string{"-dir", dir, "-fake-edits", "0", "-per-page", "100"}
	err := run(context.Background(), io.Discard, args, config{server: srv, crashAfter: 300, now: clk.now})
	require.ErrorIs(t, err, errCrash)
	before := readLines(t, filepath.Join(dir, "products.jsonl"))
	assert.Len(t, before, 300, "the crash left lines after the last checkpoint")

	require.NoError(t, run(context.Background(), io.Discard, args, config{server: srv, now: clk.now}))

	ref := t.TempDir()
	require.NoError(t, run(context.Background(), io.Discard, []string{"-dir", ref, "-fake-edits", "0"}, config{server: srv, now: clk.now}))
	for _, res := range []string{"products", "orders"} {
		got := readLines(t, filepath.Join(dir, res+".jsonl"))
		want := readLines(t, filepath.Join(ref, res+".jsonl"))
		seen := map[int64]int{}
		for _, l := range got {
			seen[l.ID]++
		}
		for id, n := range seen {
			assert.Equal(t, 1, n, "%s %d written %d times", res, id, n)
		}
		assert.Len(t, got, len(want), res)
		assert.ElementsMatch(t, want, got, res)
		assert.GreaterOrEqual(t, len(got), 700, res)
	}

	// A third run finds nothing new.
	require.NoError(t, run(context.Background(), io.Discard, args, config{server: srv, now: clk.now}))
	assert.Len(t, readLines(t, filepath.Join(dir, "products.jsonl")), len(readLines(t, filepath.Join(ref, "products.jsonl"))))
}

// Records edited between and during runs come again as new lines: after
// a quiet run, the last line of each id is its newest state, and none is
// missing.
func TestEditsAreWrittenAsNewVersions(t *testing.T) {
	srv, clk := fakeWith(t, 300)
	dir := t.TempDir()
	args := []string{"-dir", dir, "-fake-edits", "40", "-fake-records", "300", "-per-page", "50"}
	require.ErrorIs(t, run(context.Background(), io.Discard, args, config{server: srv, crashAfter: 120, now: clk.now}), errCrash)
	require.NoError(t, run(context.Background(), io.Discard, args, config{server: srv, now: clk.now}))
	clk.advance(2 * time.Second) // the edits of the last run settle
	require.True(t, srv.Touch("products", 1005))
	require.True(t, srv.Touch("orders", 1007))
	clk.advance(2 * time.Second)
	quiet := []string{"-dir", dir, "-fake-edits", "0", "-per-page", "50"}
	require.NoError(t, run(context.Background(), io.Discard, quiet, config{server: srv, now: clk.now}))
	for _, res := range []string{"products", "orders"} {
		got := readLines(t, filepath.Join(dir, res+".jsonl"))
		last := map[int64]string{}
		for _, l := range got {
			last[l.ID] = l.UpdatedAt
		}
		for id := int64(1000); id < 1300; id++ {
			obj, ok := srv.Object(res, id)
			require.True(t, ok)
			assert.Equal(t, obj["updated_at"], last[id], "%s %d: the last line is the newest state", res, id)
		}
	}
}
