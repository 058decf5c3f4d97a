package main

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/mycashflow/mycashflowtest"
)

func TestRunAddsNewCustomersToTheGroup(t *testing.T) {
	srv := mycashflowtest.NewServer()
	defer srv.Close()
	c := srv.Client()
	ctx := context.Background()
	require.NoError(t, seedFake(ctx, c))
	since := time.Now().Add(-time.Hour)

	var out bytes.Buffer
	require.NoError(t, run(ctx, &out, c, since, "Welcome", true))
	assert.Contains(t, out.String(), `would create customer group "Welcome"`)
	assert.Contains(t, out.String(), "Aino Virtanen <aino@example.fi>")
	assert.Contains(t, out.String(), `added 0 customers to "Welcome"`)

	out.Reset()
	require.NoError(t, run(ctx, &out, c, since, "Welcome", false))
	assert.Contains(t, out.String(), `created customer group "Welcome"`)
	assert.Contains(t, out.String(), "Helmi Nieminen <helmi@example.fi>")
	assert.NotContains(t, out.String(), "mail@domain.fi", "the 2013 customer is not new")
	assert.Contains(t, out.String(), `added 3 customers to "Welcome" (0 were members already)`)

	out.Reset()
	require.NoError(t, run(ctx, &out, c, since, "Welcome", false))
	assert.Contains(t, out.String(), `added 0 customers to "Welcome" (3 were members already)`)
}
