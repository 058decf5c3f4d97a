package main

import (
	"bytes"
	"context"
	"flag"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go/sitebuilder"
)

func TestRunAgainstFake(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, func(string) string { return "" }))
	s := out.String()
	assert.Regexp(t, regexp.MustCompile(`receiver listening on http://127\.0\.0\.1:\d+/webhooks`), s)
	assert.Contains(t, s, "for order_updated\n")
	assert.Contains(t, s, "for contact_updated\n")
	assert.Contains(t, s, "delivery: order_updated: order 1234 (invoice 15) by John Doe, shipped, total 49\n")
	assert.Contains(t, s, "delivery: contact_updated: contact ")
	assert.Contains(t, s, "Ann Lee <ann@example.org>\n")
	assert.True(t, strings.HasSuffix(s, "2 deliveries received\n"), s)
}

func TestRunNeedsAllVariables(t *testing.T) {
	for _, tc := range []struct {
		env     map[string]string
		missing string
	}{
		{map[string]string{"SITEBUILDER_SITE": "example.com", "SITEBUILDER_API_KEY": "k"}, "set SITEBUILDER_WEBHOOK_URL too"},
		{map[string]string{"SITEBUILDER_WEBHOOK_URL": "https://hooks.example.net/in"}, "set SITEBUILDER_API_KEY and SITEBUILDER_SITE too"},
		{map[string]string{"SITEBUILDER_API_KEY": "k"}, "set SITEBUILDER_SITE and SITEBUILDER_WEBHOOK_URL too"},
	} {
		var out bytes.Buffer
		err := run(context.Background(), &out, func(k string) string { return tc.env[k] })
		assert.ErrorContains(t, err, tc.missing)
		assert.Empty(t, out.String(), "nothing ran against the fake")
	}
}

func TestDescribe(t *testing.T) {
	e, err := sitebuilder.DecodeWebhook(sitebuilder.EventFormSubmitted, []byte(`{"formName": "Quote", "formValues": [{"field": "msg", "value": "hi"}]}`))
	require.NoError(t, err)
	assert.Equal(t, `form "Quote": msg=hi`, describe(e))
	e, err = sitebuilder.DecodeWebhook(sitebuilder.EventBookingCreated, []byte(`{"id": 2, "name": "Di", "start": 1587936600}`))
	require.NoError(t, err)
	assert.Equal(t, "booking 2 for Di at 2020-04-26T21:30:00Z", describe(e))
	e, err = sitebuilder.DecodeWebhook(sitebuilder.EventProductCreated, []byte(`{"id": 3, "title": "Door", "type": "physical"}`))
	require.NoError(t, err)
	assert.Equal(t, `product 3 "Door" (physical)`, describe(e))
}

func TestDescribeKeepsOffset(t *testing.T) {
	// Unix seconds arrive as UTC; a timestamp with an offset keeps it.
	e, err := sitebuilder.DecodeWebhook(sitebuilder.EventBookingCreated, []byte(`{"id": 2, "name": "Di", "start": "2020-04-27T00:30:00+03:00"}`))
	require.NoError(t, err)
	assert.Equal(t, "booking 2 for Di at 2020-04-27T00:30:00+03:00", describe(e))
}

// TestHelp (issue 9 item 16, as for shopkit-orders): -h prints the usage
// and starts nothing; a flag or an argument is refused, not ignored.
func TestHelp(t *testing.T) {
	var stderr bytes.Buffer
	err := parseArgs([]string{"-h"}, &stderr)
	assert.ErrorIs(t, err, flag.ErrHelp)
	assert.Contains(t, stderr.String(), "Usage: sitebuilder-webhooks")
	assert.Contains(t, stderr.String(), "SITEBUILDER_WEBHOOK_URL")

	stderr.Reset()
	err = parseArgs([]string{"-listen", ":1"}, &stderr)
	require.Error(t, err)
	assert.Contains(t, stderr.String(), "flag provided but not defined: -listen")
	stderr.Reset()
	err = parseArgs([]string{"extra"}, &stderr)
	assert.ErrorContains(t, err, `unexpected argument "extra"`)
	assert.Contains(t, stderr.String(), "Usage: sitebuilder-webhooks")
	assert.NoError(t, parseArgs(nil, &stderr))
}
