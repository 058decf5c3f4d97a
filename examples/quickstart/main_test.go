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
