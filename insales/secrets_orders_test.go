package insales_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/insales"
)

// The external gateway's password and a new client's password never print.
func TestGatewayAndClientPasswordsNeverPrint(t *testing.T) {
	c, rec := serve(t, 201, fixture(t, "payment_gateways.create_external.response.json"))
	pg, err := c.PaymentGateways.Get(ctx, 21)
	require.NoError(t, err)
	require.Equal(t, insales.Secret("49aac67478d56756"), *pg.Password, "the value itself is kept")
	in := insales.ClientIndividualCreate{Name: "a", Password: insales.Ptr(insales.Secret("hunter2-secret"))}
	for _, verb := range []string{"%v", "%+v", "%s", "%q", "%#v"} {
		assert.NotContains(t, fmt.Sprintf(verb, *pg.Password), "49aac67478d56756", verb)
		assert.NotContains(t, fmt.Sprintf(verb, pg.Password), "49aac67478d56756", verb)
		assert.NotContains(t, fmt.Sprintf(verb, in), "hunter2-secret", verb)
	}
	var logs bytes.Buffer
	slog.New(slog.NewTextHandler(&logs, nil)).Info("gateway", "password", pg.Password, "client", in)
	assert.NotContains(t, logs.String(), "49aac67478d56756")
	assert.NotContains(t, logs.String(), "hunter2-secret")
	assert.Equal(t, 1, rec.count())
}
