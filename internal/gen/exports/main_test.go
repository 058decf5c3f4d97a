package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var generateLine = regexp.MustCompile(`//go:generate go run \.\./internal/gen/exports -pkg (\S+) -account "([^"]*)" -quota "([^"]*)"( -webhooks)?`)

// Every platform's exports.go is what its go:generate line renders, so the
// re-exported names cannot drift apart between platforms.
func TestExportsAreGenerated(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	docs, err := filepath.Glob(filepath.Join(root, "*", "doc.go"))
	require.NoError(t, err)
	found := 0
	for _, doc := range docs {
		src, err := os.ReadFile(doc)
		require.NoError(t, err)
		m := generateLine.FindStringSubmatch(string(src))
		if m == nil {
			continue
		}
		found++
		want, err := Render(Params{Package: m[1], Account: m[2], Quota: m[3], Webhooks: m[4] != ""})
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(filepath.Dir(doc), "exports.go"))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s: run go generate ./%s", m[1], filepath.Base(filepath.Dir(doc)))
		assert.True(t, strings.HasPrefix(string(got), "// Code generated"), m[1])
	}
	assert.GreaterOrEqual(t, found, 3, "shopkit, mycashflow and sitebuilder generate their exports")
}

func TestRenderFillsTheTemplate(t *testing.T) {
	b, err := Render(Params{Package: "demo", Account: "Demo", Quota: "off by default"})
	require.NoError(t, err)
	s := string(b)
	assert.Contains(t, s, "package demo")
	assert.Contains(t, s, "same Demo account")
	assert.Contains(t, s, "(off by default)")
	assert.NotContains(t, s, "{{")
}
