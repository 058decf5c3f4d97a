package mycashflow_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
)

// hostileClient answers every list request with page(n), n being the page
// asked for (1 when none), and counts the requests.
func hostileClient(t *testing.T, page func(n int) string, opts ...mcf.Option) (*mcf.Client, *atomic.Int64) {
	t.Helper()
	mt := httpmock.NewMockTransport()
	var n atomic.Int64
	mt.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		n.Add(1)
		p, err := strconv.Atoi(r.URL.Query().Get("page"))
		if err != nil {
			p = 1
		}
		return httpmock.NewStringResponse(200, page(p)), nil
	})
	all := append([]mcf.Option{mcf.WithHTTPClient(&http.Client{Transport: mt}), mcf.WithRetry(0)}, opts...)
	c, err := mcf.NewClient(testStore, testUser, testKey, all...)
	require.NoError(t, err)
	return c, &n
}

// drain ranges over seq and returns the codes seen and the final error.
func drainCodes(seq func(func(mcf.GiftCard, error) bool)) (codes []string, last error) {
	for g, err := range seq {
		if err != nil {
			return codes, err
		}
		codes = append(codes, g.Code)
	}
	return codes, nil
}

// TestAllEndsWhenTheServerDoesNotAdvance: a server whose page_count grows
// with every page must not make All loop forever.
func TestAllEndsWhenTheServerDoesNotAdvance(t *testing.T) {
	ctx := context.Background()

	t.Run("page ignored, page_count growing", func(t *testing.T) {
		c, n := hostileClient(t, func(p int) string {
			return `{"data":[{"code":"A"},{"code":"B"}],` + meta(p, 2, p+1, 2*(p+1)) + `}`
		})
		codes, err := drainCodes(c.GiftCards.All(ctx, nil))
		require.ErrorIs(t, err, mcf.ErrPagingLoop)
		assert.Equal(t, []string{"A", "B"}, codes, "the repeated page is not yielded again")
		assert.Equal(t, int64(2), n.Load())
	})

	t.Run("meta.page stuck", func(t *testing.T) {
		c, n := hostileClient(t, func(p int) string {
			return fmt.Sprintf(`{"data":[{"code":"P%d"}],`, p) + meta(1, 1, 1000, 1000) + `}`
		})
		_, err := drainCodes(c.GiftCards.All(ctx, nil))
		require.ErrorIs(t, err, mcf.ErrPagingLoop)
		assert.LessOrEqual(t, n.Load(), int64(3))
	})

	t.Run("new items forever, page_count growing: the ceiling", func(t *testing.T) {
		c, n := hostileClient(t, func(p int) string {
			return fmt.Sprintf(`{"data":[{"code":"P%d-1"},{"code":"P%d-2"}],`, p, p) + meta(p, 2, p+1, 2*(p+1)) + `}`
		}, ecomkit.WithMaxPages(5))
		codes, err := drainCodes(c.GiftCards.All(ctx, nil))
		require.ErrorIs(t, err, mcf.ErrPagingLoop)
		assert.Len(t, codes, 10, "five pages, then the ceiling")
		assert.Equal(t, int64(5), n.Load())
	})

	t.Run("an honest server still pages to the end", func(t *testing.T) {
		c, n := hostileClient(t, func(p int) string {
			if p > 3 {
				return `{"data":[],` + meta(p, 2, 3, 6) + `}`
			}
			return fmt.Sprintf(`{"data":[{"code":"P%d-1"},{"code":"P%d-2"}],`, p, p) + meta(p, 2, 3, 6) + `}`
		}, ecomkit.WithMaxPages(3))
		codes, err := drainCodes(c.GiftCards.All(ctx, nil))
		require.NoError(t, err, "three pages fit a ceiling of three")
		assert.Len(t, codes, 6)
		assert.Equal(t, int64(3), n.Load())
	})
}
