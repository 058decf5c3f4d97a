package insales_test

import (
	"iter"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// noDateServer answers every request with body and no Date header (a proxy
// that strips it), or with date when it is not empty, and counts the calls.
func noDateServer(t *testing.T, body, date string) (string, *atomic.Int64) {
	t.Helper()
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if date == "" {
			w.Header()["Date"] = nil // net/http adds one otherwise
		} else {
			w.Header().Set("Date", date)
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/admin", &calls
}

// walkIDs collects the ids a Changes walk yields, failing on an error.
func walkIDs[T interface{ Checkpoint() insales.Checkpoint }](t *testing.T, seq iter.Seq2[T, error]) []int64 {
	t.Helper()
	var out []int64
	for v, err := range seq {
		require.NoError(t, err)
		out = append(out, v.Checkpoint().ID)
	}
	return out
}

// Without a Date header Changes falls back to the client's clock: an object
// stamped in the clock's current second is held back (a lower id edited
// later in that second would fall behind from_id), one a second earlier is
// read. Every Changes of the package goes through the same walk.
func TestChangesWithoutDateHoldsBackTheLocalCurrentSecond(t *testing.T) {
	// The local clock reads 12:00:05.600; the open second is 12:00:05.
	open := time.Date(2026, 3, 1, 12, 0, 5, 0, time.UTC)
	var readings atomic.Int64
	clock := func() time.Time { readings.Add(1); return open.Add(600 * time.Millisecond) }
	// Ordered by updated_at as the server answers: id 7 a second before the
	// open second, id 3 at its start (in +03:00, the same instant).
	body := `[
		{"id": 7, "title": "earlier", "updated_at": "2026-03-01T15:00:04+03:00"},
		{"id": 3, "title": "open", "updated_at": "2026-03-01T15:00:05+03:00"}]`
	walks := map[string]func(t *testing.T, c *insales.Client) []int64{
		"orders": func(t *testing.T, c *insales.Client) []int64 {
			return walkIDs(t, c.Orders.Changes(ctx, insales.Checkpoint{}, nil))
		},
		"products": func(t *testing.T, c *insales.Client) []int64 {
			return walkIDs(t, c.Products.Changes(ctx, insales.Checkpoint{}, nil))
		},
		"clients": func(t *testing.T, c *insales.Client) []int64 {
			return walkIDs(t, c.Clients.Changes(ctx, insales.Checkpoint{}, nil))
		},
		"collections": func(t *testing.T, c *insales.Client) []int64 {
			return walkIDs(t, c.Collections.Changes(ctx, insales.Checkpoint{}, nil))
		},
	}
	for name, walk := range walks {
		for _, date := range []string{"", "not a date"} {
			t.Run(name+"/date="+date, func(t *testing.T) {
				base, calls := noDateServer(t, body, date)
				readings.Store(0)
				c, err := insales.NewClient("myshop", "my-app", "app-password",
					insales.WithBaseURL(base), insales.WithoutRateLimit(), insales.WithRetry(0), insales.WithClock(clock))
				require.NoError(t, err)
				assert.Equal(t, []int64{7}, walk(t, c), "the object of the open second waits for the next walk")
				assert.Equal(t, int64(1), calls.Load(), "one page: the walk ended at the held-back object")
				assert.Positive(t, readings.Load(), "the injected clock was read")
			})
		}
	}
}

// With a readable Date header the server's second decides, not the local
// clock: here the server's clock is a minute ahead of the local one, so
// both objects are in closed seconds and read.
func TestChangesWithDatePrefersTheServersSecond(t *testing.T) {
	local := time.Date(2026, 3, 1, 12, 0, 5, 600_000_000, time.UTC)
	base, _ := noDateServer(t, `[
		{"id": 7, "updated_at": "2026-03-01T12:00:04Z"},
		{"id": 3, "updated_at": "2026-03-01T12:00:05Z"}]`,
		local.Add(time.Minute).Format(http.TimeFormat))
	c, err := insales.NewClient("myshop", "my-app", "app-password",
		insales.WithBaseURL(base), insales.WithoutRateLimit(), insales.WithRetry(0),
		insales.WithClock(func() time.Time { return local }))
	require.NoError(t, err)
	assert.Equal(t, []int64{7, 3}, walkIDs(t, c.Products.Changes(ctx, insales.Checkpoint{}, nil)))
}

func TestWithClockRefusesNil(t *testing.T) {
	_, err := insales.NewClient("myshop", "my-app", "app-password", insales.WithClock(nil))
	require.ErrorIs(t, err, insales.ErrInvalidInput)
	var fe *insales.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "now", fe.Field)
	assert.Equal(t, "must not be nil", fe.Problem)
}
