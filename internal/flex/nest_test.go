package flex_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/internal/flex"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// node is a self-similar model keeping Extra at every level, as Shopkit's
// categories nest their children.
type node struct {
	ID       int64              `json:"id"`
	Title    string             `json:"title"`
	Count    ecomkit.Int        `json:"num_products"`
	Price    ecomkit.Decimal    `json:"price"`
	Desc     string             `json:"description"`
	Children ecomkit.List[node] `json:"children"`
	Extra    ecomkit.Extra      `json:"-"`
}

func (n *node) UnmarshalJSON(b []byte) error {
	type plain node
	return flex.DecodeWithExtra(b, (*plain)(n), &n.Extra)
}

var filler = strings.Repeat("lorem ipsum ", 12)

// nested is a chain of depth nodes; tolerant sends numbers as strings.
func nested(depth int, tolerant bool) []byte {
	id := func(i int) string {
		if tolerant {
			return fmt.Sprintf(`"%d"`, i)
		}
		return fmt.Sprint(i)
	}
	var b strings.Builder
	for i := range depth {
		fmt.Fprintf(&b, `{"id": %s, "title": "level %d", "num_products": %s, "price": "9.90", "seo": {"k": [1, 2]}, "description": "%s", "children": [`, id(i), i, id(i), filler)
	}
	for range depth {
		b.WriteString(`]}`)
	}
	return []byte(b.String())
}

func TestNestedModelsDecodeEveryLevel(t *testing.T) {
	for _, tolerant := range []bool{false, true} {
		body := nested(3000, tolerant)
		for name, decode := range map[string]func([]byte, *node) error{
			"flex.Unmarshal": func(b []byte, n *node) error { return flex.Unmarshal(b, n) },
			"json.Unmarshal": func(b []byte, n *node) error { return json.Unmarshal(b, n) },
		} {
			var root node
			require.NoError(t, decode(body, &root), name)
			n, level := &root, 0
			for {
				require.Equal(t, int64(level), n.ID, "%s tolerant=%t", name, tolerant)
				require.Equal(t, json.RawMessage(`{"k": [1, 2]}`), n.Extra["seo"])
				if len(n.Children) == 0 {
					break
				}
				n, level = &n.Children[0], level+1
			}
			assert.Equal(t, 2999, level, name)
		}
	}
	// A failure deep down names its place.
	body := nested(50, false)
	i := strings.LastIndex(string(body), `"num_products": 49`)
	bad := string(body[:i]) + `"num_products": "x"` + string(body[i+len(`"num_products": 49`):])
	var root node
	err := flex.Unmarshal([]byte(bad), &root)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `field "children[0].children[0]`)
}

// Goroutines decoding the very same bytes register the same handoff
// addresses; each must still read every level.
func TestNestedModelsConcurrentlyOnSharedBytes(t *testing.T) {
	body := nested(300, true)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			for range 10 {
				var root node
				if err := flex.Unmarshal(body, &root); err != nil {
					errs <- err
					return
				}
				n, depth := &root, 0
				for len(n.Children) > 0 {
					n, depth = &n.Children[0], depth+1
				}
				if depth != 299 || n.ID != 299 {
					errs <- fmt.Errorf("read %d levels, last id %d", depth, n.ID)
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		require.NoError(t, <-errs)
	}
}
