package main

import (
	"bytes"
	"context"
	"strings"
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

	links := srv.Len("customer_group_links")
	var out bytes.Buffer
	require.NoError(t, run(ctx, &out, c, since, "Welcome", true))
	assert.Contains(t, out.String(), `would create customer group "Welcome"`)
	assert.Contains(t, out.String(), "Aino Virtanen <aino@example.fi>")
	assert.Contains(t, out.String(), `would add 3 customers to "Welcome" (0 members already)`, "a dry run says what it would do")
	assert.NotContains(t, out.String(), "added 0")
	assert.Equal(t, links, srv.Len("customer_group_links"), "a dry run changes nothing")

	out.Reset()
	require.NoError(t, run(ctx, &out, c, since, "Welcome", false))
	assert.Contains(t, out.String(), `created customer group "Welcome"`)
	assert.Contains(t, out.String(), "Helmi Nieminen <helmi@example.fi>")
	assert.NotContains(t, out.String(), "mail@domain.fi", "the 2013 customer is not new")
	assert.Contains(t, out.String(), `added 3 customers to "Welcome" (0 members already)`)
	assert.Equal(t, links+3, srv.Len("customer_group_links"))

	out.Reset()
	require.NoError(t, run(ctx, &out, c, since, "Welcome", true))
	assert.Contains(t, out.String(), `would add 0 customers to "Welcome" (3 members already)`)
	out.Reset()
	require.NoError(t, run(ctx, &out, c, since, "Welcome", false))
	assert.Contains(t, out.String(), `added 0 customers to "Welcome" (3 members already)`)
}

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestPartialEnvironmentNamesTheMissingVariable(t *testing.T) {
	cases := map[string]struct {
		vars    map[string]string
		missing []string
	}{
		"user missing":   {map[string]string{"MYCASHFLOW_STORE": "shop", "MYCASHFLOW_API_KEY": "k"}, []string{"MYCASHFLOW_USER"}},
		"only the store": {map[string]string{"MYCASHFLOW_STORE": "shop"}, []string{"MYCASHFLOW_USER", "MYCASHFLOW_API_KEY"}},
		"blank key":      {map[string]string{"MYCASHFLOW_STORE": "shop", "MYCASHFLOW_USER": "a@b.fi", "MYCASHFLOW_API_KEY": " "}, []string{"MYCASHFLOW_API_KEY"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := realMain(nil, &stdout, &stderr, env(tc.vars))
			assert.Equal(t, 1, code)
			for _, m := range tc.missing {
				assert.Contains(t, stderr.String(), m)
			}
			assert.NotContains(t, stderr.String(), "apiUser")
			assert.NotContains(t, stderr.String(), "apiKey")
			assert.Empty(t, stdout.String(), "nothing ran")
		})
	}

	var stdout, stderr bytes.Buffer
	code := realMain(nil, &stdout, &stderr, env(map[string]string{"MYCASHFLOW_STORE": "bad store!", "MYCASHFLOW_USER": "a@b.fi", "MYCASHFLOW_API_KEY": "k"}))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr.String(), "MYCASHFLOW_STORE:", "a bad value names its variable")
}

func TestFlags(t *testing.T) {
	none := env(nil)

	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, realMain([]string{"-h"}, &stdout, &stderr, none), "-h is not an error")
	assert.Contains(t, stdout.String(), "Usage: mycashflow-customers")
	assert.Contains(t, stdout.String(), "-dry-run")
	assert.Contains(t, stdout.String(), "-since")

	for _, bad := range [][]string{{"-since", "-5h"}, {"-since", "0s"}, {"-group", " "}, {"-nope"}, {"extra"}} {
		stdout.Reset()
		stderr.Reset()
		assert.Equal(t, 2, realMain(bad, &stdout, &stderr, none), "%v is refused", bad)
		assert.NotEmpty(t, stderr.String())
		assert.Empty(t, stdout.String(), "%v ran nothing", bad)
	}
	stderr.Reset()
	realMain([]string{"-since", "-5h"}, &stdout, &stderr, none)
	assert.Contains(t, stderr.String(), "-since must be a positive duration")

	stdout.Reset()
	stderr.Reset()
	require.Equal(t, 0, realMain([]string{"-since", "1h", "-dry-run"}, &stdout, &stderr, none), stderr.String())
	assert.Equal(t, 1, strings.Count(stdout.String(), "would add 3 customers"), "the fake store runs without credentials")
}
