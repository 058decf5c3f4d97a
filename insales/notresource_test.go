package insales_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go/insales"
)

// A 2xx body that is not the resource never reads as a zero item with a
// nil error.
func TestGetOfABodyThatIsNotTheResource(t *testing.T) {
	for _, body := range []string{`{"data": null}`, `{"0": {"id": 5, "title": "x"}}`, `{"something": "else"}`, `{}`, `null`, `[]`} {
		c, _ := serve(t, 200, []byte(body), insales.WithRetry(0))
		p, err := c.Products.Get(context.Background(), 5)
		assert.Nil(t, p, body)
		var de *insales.DecodeError
		assert.True(t, errors.As(err, &de), "%s: %v", body, err)
	}
	c, _ := serve(t, 200, []byte(`{"error": "Product not found"}`), insales.WithRetry(0))
	_, err := c.Products.Get(context.Background(), 5)
	var ae *insales.APIError
	assert.True(t, errors.As(err, &ae), "an error shape on a 2xx is an APIError: %v", err)
}
