package insales_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ecomkit/ecomkit-go/insales"
)

func TestContentServicesNeverPrintCredentials(t *testing.T) {
	c, err := insales.NewClient("myshop", "app-key-XYZ", "pass-word-XYZ")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{c.Account, *c.Account, c.Webhooks, *c.Webhooks, c.Files, c.ApplicationCharges, *c.CollectionFilters, c.Warehouses} {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%t"} {
			out := fmt.Sprintf(verb, v)
			assert.NotContains(t, out, "XYZ", verb)
			assert.NotContains(t, out, "pass-word", verb)
		}
	}
	assert.Contains(t, fmt.Sprint(c.Webhooks), "insales.WebhooksService")
}
