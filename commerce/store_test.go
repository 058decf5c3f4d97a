package commerce_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/mycashflow"
)

func TestCoreUnsupportedErrorTextAndIs(t *testing.T) {
	err := &commerce.UnsupportedError{
		Platform: commerce.MyCashflow, Resource: commerce.Orders, Op: commerce.OpAll,
		Reason: "the API has no order endpoints",
	}
	assert.EqualError(t, err,
		"commerce: mycashflow orders all: not supported by this platform (the API has no order endpoints)")
	assert.EqualError(t, &commerce.UnsupportedError{Platform: commerce.Shopkit, Resource: commerce.Products, Op: commerce.OpGet},
		"commerce: shopkit products get: not supported by this platform", "no reason, no parentheses")
	assert.Equal(t, "not supported by this platform", commerce.ErrUnsupported.Error())

	assert.ErrorIs(t, err, commerce.ErrUnsupported)
	assert.NotErrorIs(t, err, ecomkit.ErrNotFound)
	assert.NotErrorIs(t, errors.New("not supported by this platform"), commerce.ErrUnsupported,
		"the text alone does not match")

	wrapped := fmt.Errorf("sync: %w", err)
	assert.ErrorIs(t, wrapped, commerce.ErrUnsupported)
	var ue *commerce.UnsupportedError
	require.ErrorAs(t, wrapped, &ue)
	assert.Same(t, err, ue)
}

// coreDatelessShop is a MyCashflow API whose answers carry no Date header,
// listing the given customers (JSON objects) on one page, so that a Store's
// clock sets the Changes horizon.
func coreDatelessShop(t *testing.T, customers ...string) *mycashflow.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Date"] = nil // net/http sends none then
		w.Header().Set("Content-Type", "application/json")
		body := `{"data":[`
		for i, c := range customers {
			if i > 0 {
				body += ","
			}
			body += c
		}
		body += fmt.Sprintf(`],"meta":{"page":1,"page_size":50,"page_count":1,"item_count":%d}}`, len(customers))
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := mycashflow.NewClient("shop", "api@example.com", "key",
		mycashflow.WithBaseURL(srv.URL+"/api/v1"), mycashflow.WithoutRateLimit())
	require.NoError(t, err)
	return c
}

func coreChangedIDs(t *testing.T, st commerce.Store, from ecomkit.Checkpoint) []int64 {
	t.Helper()
	var ids []int64
	for cu, err := range st.Customers().Changes(context.Background(), from) {
		require.NoError(t, err)
		ids = append(ids, cu.ID)
	}
	return ids
}

func TestCoreWithClockSetsTheHorizonWithoutADateHeader(t *testing.T) {
	c := coreDatelessShop(t,
		`{"id":1,"updated_at":"2024-05-01T11:59:59+00:00"}`,
		`{"id":2,"updated_at":"2024-05-01T12:00:00+00:00"}`,
		`{"id":3,"updated_at":"2024-05-01T14:59:58+03:00"}`,
		`{"id":4,"updated_at":"2024-05-01T12:00:01+00:00"}`,
	)
	// The clock is in the second 12:00:00: what was updated in it or later
	// waits for the next call.
	clock := func() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 900_000_000, time.UTC) }
	st, err := commerce.NewMyCashflow(c, commerce.WithClock(clock))
	require.NoError(t, err)
	assert.Equal(t, []int64{3, 1}, coreChangedIDs(t, st, ecomkit.Checkpoint{}))

	// A second later, the second 12:00:00 is settled.
	later := func() time.Time { return time.Date(2024, 5, 1, 12, 0, 1, 0, time.UTC) }
	st, err = commerce.NewMyCashflow(c, commerce.WithClock(later))
	require.NoError(t, err)
	assert.Equal(t, []int64{3, 1, 2}, coreChangedIDs(t, st, ecomkit.Checkpoint{}))

	// A nil clock, and a nil option, keep the default (time.Now): a record
	// of 2024 is settled, one stamped in 2999 is not.
	c = coreDatelessShop(t,
		`{"id":1,"updated_at":"2024-05-01T11:59:59+00:00"}`,
		`{"id":2,"updated_at":"2999-01-01T00:00:00+00:00"}`,
	)
	st, err = commerce.NewMyCashflow(c, commerce.WithClock(nil), nil)
	require.NoError(t, err)
	assert.Equal(t, []int64{1}, coreChangedIDs(t, st, ecomkit.Checkpoint{}))
}

func TestCoreTheDateHeaderWinsOverTheClock(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", "Wed, 01 May 2024 12:00:00 GMT")
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"data":[{"id":1,"updated_at":"2024-05-01T11:59:59Z"},` +
			`{"id":2,"updated_at":"2024-05-01T12:00:00Z"}],` +
			`"meta":{"page":1,"page_size":50,"page_count":1,"item_count":2}}`))
	}))
	defer srv.Close()
	c, err := mycashflow.NewClient("shop", "api@example.com", "key",
		mycashflow.WithBaseURL(srv.URL+"/api/v1"), mycashflow.WithoutRateLimit())
	require.NoError(t, err)
	st, err := commerce.NewMyCashflow(c, commerce.WithClock(func() time.Time {
		return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	}))
	require.NoError(t, err)
	assert.Equal(t, []int64{1}, coreChangedIDs(t, st, ecomkit.Checkpoint{}),
		"the server's second, not the local clock's, is the horizon")
}
