package sitebuilder

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A hostile or broken server that ignores skip and reports a huge total
// must not keep All running forever: the repeated page ends it with
// ErrPagingLoop.
func TestAllEndsWhenTheServerIgnoresSkip(t *testing.T) {
	cases := map[string]func(r *http.Request) string{
		"echoes skip": func(r *http.Request) string {
			skip := r.URL.Query().Get("skip")
			if skip == "" {
				skip = "0"
			}
			return fmt.Sprintf(`{"totalCount": 1000000000, "limit": 2, "skip": %s, "items": [{"id": 1}, {"id": 2}]}`, skip)
		},
		"omits skip and limit": func(*http.Request) string {
			return `{"totalCount": "1000000000", "items": [{"id": 1}, {"id": 2}]}`
		},
		"always skip 0": func(*http.Request) string {
			return `{"totalCount": 1000000000, "limit": 2, "skip": 0, "items": [{"id": 1}, {"id": 2}]}`
		},
	}
	for name, answer := range cases {
		t.Run(name, func(t *testing.T) {
			var n atomic.Int64
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if n.Add(1) > 100 {
					// A guard so that a regression fails instead of hanging.
					http.Error(w, `{"success": false, "message": "test guard"}`, http.StatusTeapot)
					return
				}
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(answer(r)))
			}))
			defer srv.Close()
			c, err := NewClient("example.com", testKey, WithBaseURL(srv.URL), WithRetry(0))
			require.NoError(t, err)
			var ids []int64
			var last error
			for ct, err := range c.Contacts.All(context.Background(), &ContactListOptions{ListOptions: ListOptions{Limit: 2}}) {
				if err != nil {
					last = err
					break
				}
				ids = append(ids, ct.ID)
			}
			require.ErrorIs(t, last, ErrPagingLoop)
			assert.Equal(t, []int64{1, 2}, ids, "the repeated page is not yielded again")
			assert.Equal(t, int64(2), n.Load())
		})
	}
}

// A server that pages correctly is followed to the end, and a page that
// happens to hold the same values as the one before is not one that
// repeats when the ids differ.
func TestAllFollowsHonestPages(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		skip := r.URL.Query().Get("skip")
		if skip == "" {
			skip = "0"
		}
		var s int
		fmt.Sscan(skip, &s)
		items := ""
		for i := s; i < s+2 && i < 5; i++ {
			if items != "" {
				items += ","
			}
			items += fmt.Sprintf(`{"id": %d, "name": "same"}`, i+1)
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"totalCount": 5, "limit": 2, "skip": %d, "items": [%s]}`, s, items)
	}))
	defer srv.Close()
	c, err := NewClient("example.com", testKey, WithBaseURL(srv.URL), WithRetry(0))
	require.NoError(t, err)
	var ids []int64
	for ct, err := range c.Contacts.All(context.Background(), &ContactListOptions{ListOptions: ListOptions{Limit: 2}}) {
		require.NoError(t, err)
		ids = append(ids, ct.ID)
	}
	assert.Equal(t, []int64{1, 2, 3, 4, 5}, ids)

	// The same sequence ranged over again starts afresh: its first page is
	// not taken for a repeat of the last run's.
	one, _ := mockClient(t, http.StatusOK, []byte(`{"totalCount": 2, "items": [{"id": 1}, {"id": 2}]}`))
	seq := one.Contacts.All(context.Background(), nil)
	for run := 0; run < 2; run++ {
		n := 0
		for _, err := range seq {
			require.NoError(t, err, "run %d", run)
			n++
		}
		assert.Equal(t, 2, n, "run %d", run)
	}
}

// The client's page ceiling (WithMaxPages) bounds All.
func TestAllStopsAtThePageCeiling(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := n.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"totalCount": 1000, "limit": 1, "skip": %d, "items": [{"id": %d}]}`, i-1, i)
	}))
	defer srv.Close()
	c, err := NewClient("example.com", testKey, WithBaseURL(srv.URL), WithRetry(0), ecomkit.WithMaxPages(3))
	require.NoError(t, err)
	var ids []int64
	var last error
	for ct, err := range c.Contacts.All(context.Background(), &ContactListOptions{ListOptions: ListOptions{Limit: 1}}) {
		if err != nil {
			last = err
			break
		}
		ids = append(ids, ct.ID)
	}
	assert.ErrorIs(t, last, ErrPagingLoop)
	assert.Equal(t, []int64{1, 2, 3}, ids)
	assert.Equal(t, int64(3), n.Load())
}
