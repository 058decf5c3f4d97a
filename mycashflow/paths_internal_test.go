package mycashflow

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithPathsConcurrentClientsKeepTheirOwnTables(t *testing.T) {
	var wg sync.WaitGroup
	clients := make([]*Client, 32)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := NewClient("shop", "a@b.fi", "key-1234",
				WithPaths(map[string]string{"brands.get": fmt.Sprintf("/brands-%d/{brandID}", i)}))
			if assert.NoError(t, err) {
				clients[i] = c
			}
		}()
	}
	wg.Wait()
	for i, c := range clients {
		require.NotNil(t, c)
		assert.Equal(t, fmt.Sprintf("/brands-%d/{brandID}", i), c.Paths()["brands.get"])
	}
	assert.Equal(t, "/brands/{brandID}", DefaultPaths()["brands.get"], "overrides never touch the defaults")

	// One option value may serve several clients without them sharing a table.
	opt := WithPaths(map[string]string{"brands.list": "/all-brands"})
	a, err := NewClient("shop", "a@b.fi", "key-1234", opt)
	require.NoError(t, err)
	b, err := NewClient("shop", "a@b.fi", "key-1234", opt, WithPaths(map[string]string{"brands.list": "/b2"}))
	require.NoError(t, err)
	assert.Equal(t, "/all-brands", a.Paths()["brands.list"])
	assert.Equal(t, "/b2", b.Paths()["brands.list"], "later WithPaths win")
	plain, err := NewClient("shop", "a@b.fi", "key-1234")
	require.NoError(t, err)
	assert.Equal(t, DefaultPaths(), plain.Paths())
}
