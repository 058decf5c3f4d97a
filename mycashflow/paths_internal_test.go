package mycashflow

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/internal/transport"
)

func TestWithPathsOutsideNewClientIsRefused(t *testing.T) {
	_, err := transport.New(transport.Settings{BaseURL: "https://example.com"}, WithPaths(map[string]string{"brands.list": "/b"}))
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "paths", fe.Field)
}

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
		assert.Equal(t, fmt.Sprintf("/brands-%d/{brandID}", i), c.paths["brands.get"])
	}
	n := 0
	building.Range(func(any, any) bool { n++; return true })
	assert.Zero(t, n, "no registration outlives NewClient")

	// A refused option leaves nothing behind either.
	_, err := NewClient("shop", "a@b.fi", "key-1234", WithRetry(-1), WithPaths(map[string]string{"brands.get": "/b/{brandID}"}))
	require.Error(t, err)
	building.Range(func(any, any) bool { n++; return true })
	assert.Zero(t, n)
}
