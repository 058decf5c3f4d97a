package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// With no credentials set, the tour runs every platform against its fake.
func TestQuickstartRunsAgainstTheFakes(t *testing.T) {
	for _, v := range []string{"SHOPKIT_API_KEY", "MYCASHFLOW_STORE", "MYCASHFLOW_USER", "MYCASHFLOW_API_KEY",
		"SITEBUILDER_SITE", "SITEBUILDER_API_KEY"} {
		t.Setenv(v, "")
	}
	var out bytes.Buffer
	require.NoError(t, runAll(context.Background(), &out))
	text := out.String()
	for _, section := range []string{"== MyCashflow", "== Shopkit", "== Website builder"} {
		assert.Contains(t, text, section)
	}
	assert.Less(t, strings.Index(text, "== MyCashflow"), strings.Index(text, "== Shopkit"), "sections are in name order")
	assert.Contains(t, text, "Rustic Spice Bowl Set", "the Shopkit fake's seed data is listed")
	assert.Contains(t, text, "john@doe.com", "the website builder fake's seed data is listed")
	assert.Contains(t, text, "Example Customer", "the MyCashflow fake's seed data is listed")
}

// The tour prints what a newcomer can read: no loopback address, exact
// prices with their currency, counted nouns that agree with their number.
func TestQuickstartOutputReadsWell(t *testing.T) {
	clearCredentials(t)
	var out bytes.Buffer
	require.NoError(t, runAll(context.Background(), &out))
	text := out.String()
	assert.NotContains(t, text, "127.0.0.1", "the fake is named, not its loopback URL")
	assert.Contains(t, text, "store the built-in fake: 1 customer\n")
	assert.NotContains(t, text, " 1 customers")
	assert.NotContains(t, text, " 1 variants")
	assert.Contains(t, text, "Rustic Spice Bowl Set, 40.73 EUR", "the exact Decimal, not the localised price")
	assert.Contains(t, text, "total 157.03 EUR")
}

// A partial set of one platform's variables names the missing variables
// and fails that section only.
func TestQuickstartPartialCredentialsNameTheVariables(t *testing.T) {
	clearCredentials(t)
	t.Setenv("MYCASHFLOW_STORE", "mystore")
	var out bytes.Buffer
	err := runAll(context.Background(), &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "MyCashflow")
	text := out.String()
	assert.Contains(t, text, "missing: MYCASHFLOW_USER, MYCASHFLOW_API_KEY")
	assert.NotContains(t, text, "apiUser", "the variable is named, not the Go parameter")
	assert.Contains(t, text, "Rustic Spice Bowl Set", "the other sections still run")
}

func clearCredentials(t *testing.T) {
	for _, v := range []string{"SHOPKIT_API_KEY", "MYCASHFLOW_STORE", "MYCASHFLOW_USER", "MYCASHFLOW_API_KEY",
		"SITEBUILDER_SITE", "SITEBUILDER_API_KEY", "INSALES_SHOP", "INSALES_API_KEY", "INSALES_PASSWORD",
		"STOREFRONT_BASE_URL", "STOREFRONT_AUTH_KEY"} {
		t.Setenv(v, "")
	}
}
