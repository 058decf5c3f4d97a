package mycashflow_test

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	mcf "github.com/ecomkit/ecomkit-go/mycashflow"
	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

// pagedClient answers GET lists from pages (by the page parameter as sent,
// "" for none) and records the page parameters asked for.
func pagedClient(t *testing.T, pages map[string]string) (*mcf.Client, *[]string) {
	t.Helper()
	mt := httpmock.NewMockTransport()
	var asked []string
	mt.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		p := r.URL.Query().Get("page")
		asked = append(asked, p)
		body, ok := pages[p]
		if !ok {
			body = `{"error":"Not Found","description":"no such page"}`
			return httpmock.NewStringResponse(404, body), nil
		}
		return httpmock.NewStringResponse(200, body), nil
	})
	c, err := mcf.NewClient(testStore, testUser, testKey, mcf.WithHTTPClient(&http.Client{Transport: mt}), mcf.WithRetry(0))
	require.NoError(t, err)
	return c, &asked
}

func meta(page, size, count, items int) string {
	return fmt.Sprintf(`"meta":{"page":%d,"page_size":%d,"page_count":%d,"item_count":%d}`, page, size, count, items)
}

func TestAllFollowsMetaFromEitherFirstPage(t *testing.T) {
	cases := map[string]struct {
		pages map[string]string
		asked []string
	}{
		"one-based": {map[string]string{
			"":  `{"data":[{"code":"A"},{"code":"B"}],` + meta(1, 2, 3, 5) + `}`,
			"2": `{"data":[{"code":"C"},{"code":"D"}],` + meta(2, 2, 3, 5) + `}`,
			"3": `{"data":[{"code":"E"}],` + meta(3, 2, 3, 5) + `}`,
		}, []string{"", "2", "3"}},
		"zero-based": {map[string]string{
			"":  `{"data":[{"code":"A"},{"code":"B"}],` + meta(0, 2, 3, 5) + `}`,
			"1": `{"data":[{"code":"C"},{"code":"D"}],` + meta(1, 2, 3, 5) + `}`,
			"2": `{"data":[{"code":"E"}],` + meta(2, 2, 3, 5) + `}`,
		}, []string{"", "1", "2"}},
		"empty store": {map[string]string{"": `{"data":[],` + meta(1, 50, 0, 0) + `}`}, []string{""}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			c, asked := pagedClient(t, tc.pages)
			var codes string
			seq := c.GiftCards.All(context.Background(), nil)
			for g, err := range seq {
				require.NoError(t, err)
				codes += g.Code
			}
			again := ""
			for g, err := range seq {
				require.NoError(t, err)
				again += g.Code
			}
			assert.Equal(t, codes, again, "the sequence can be iterated again")
			*asked = (*asked)[:len(*asked)/2]
			if name == "empty store" {
				assert.Empty(t, codes)
			} else {
				assert.Equal(t, "ABCDE", codes)
			}
			assert.Equal(t, tc.asked, *asked)
		})
	}
}

func TestAllFromAMiddlePageOfAZeroBasedAPI(t *testing.T) {
	// Starting at page 1 of a 0-based API, page 0 is never seen: the short
	// last page ends the iteration (page 3 does not exist).
	c, asked := pagedClient(t, map[string]string{
		"1": `{"data":[{"code":"C"},{"code":"D"}],` + meta(1, 2, 3, 5) + `}`,
		"2": `{"data":[{"code":"E"}],` + meta(2, 2, 3, 5) + `}`,
	})
	var codes string
	for g, err := range c.GiftCards.All(context.Background(), &mcf.ListOptions{Page: 1, Limit: 2}) {
		require.NoError(t, err)
		codes += g.Code
	}
	assert.Equal(t, "CDE", codes)
	assert.Equal(t, []string{"1", "2"}, *asked)
}

func TestAllSequenceRangedConcurrently(t *testing.T) {
	srv := mycashflowtest.NewServer(mycashflowtest.Empty(), mycashflowtest.WithZeroBasedPages())
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	for i := 1; i <= 7; i++ {
		_, err := c.Brands.Create(ctx, &mcf.BrandCreate{Name: fmt.Sprintf("Brand %d", i)})
		require.NoError(t, err)
	}
	// One sequence, four goroutines ranging over it: each pages on its own
	// (run with -race).
	seq := c.Brands.All(ctx, &mcf.BrandListOptions{ListOptions: mcf.ListOptions{Limit: 3}})
	counts := make([]int, 4)
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for g := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, err := range seq {
				if err != nil {
					errs[g] = err
					return
				}
				counts[g]++
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, make([]error, 4), errs)
	assert.Equal(t, []int{7, 7, 7, 7}, counts)
}

func TestListWithoutMeta(t *testing.T) {
	c, asked := pagedClient(t, map[string]string{
		"":  `{"data":[{"version_id":1,"is_visible":true},{"version_id":2,"is_visible":false}]}`,
		"1": `{"data":[{"version_id":1,"is_visible":true},{"version_id":2,"is_visible":false}]}`,
	})
	p, err := c.Categories.ListVisibilities(context.Background(), 4, nil)
	require.NoError(t, err)
	assert.Len(t, p.Items, 2)
	assert.Equal(t, -1, p.Total)
	assert.Nil(t, p.Next, "a list without meta is one page")

	// Paged explicitly, a full page points at the next one.
	p, err = c.Categories.ListVisibilities(context.Background(), 4, &mcf.ListOptions{Page: 1, Limit: 2})
	require.NoError(t, err)
	require.NotNil(t, p.Next)
	assert.Equal(t, 2, p.Next.Number)
	assert.Equal(t, []string{"", "1"}, *asked)
}
