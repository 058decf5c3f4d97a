package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunAgainstFake(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, io.Discard, []string{"-status", "sent", "-paid"}, ""))
	rows, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3, "header and the seed order's two lines")
	assert.Equal(t, header, rows[0])
	assert.Equal(t, []string{"1337", "2017-05-17T10:45:05+01:00", "sent", "true", "EUR", "info@shopk.it",
		"44753", "Shelving Tree with Birds", "Azul / Small", "STHFBF7574", "1", "77.32", "7.732", "85.59324", "157.03"}, rows[1])
	assert.Equal(t, "", rows[2][8], "a line without options")
	assert.Equal(t, "64.188", rows[2][13], "unrounded money kept exactly")
}

func TestRunFilters(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, io.Discard, []string{"-from", "2020-01-01"}, ""))
	rows, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 1, "the seed order is from 2017: only the header")

	err = run(context.Background(), &out, io.Discard, []string{"-from", "yesterday"}, "")
	assert.ErrorContains(t, err, "-from")

	out.Reset()
	require.NoError(t, run(context.Background(), &out, io.Discard, []string{"-status", "sent, delivered"}, ""))
	rows, err = csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 3, "spaces after the commas are ignored")

	err = run(context.Background(), &out, io.Discard, []string{"-status", "shipped"}, "")
	assert.ErrorContains(t, err, `invalid status_alias[0]: must be one of`, "refused before sending")
	assert.ErrorContains(t, err, `got "shipped"`)
}

// TestHelp (issue 9 item 16): -h prints the flag help and is not an error;
// a bad flag prints the usage and is one.
func TestHelp(t *testing.T) {
	var out, stderr bytes.Buffer
	require.NoError(t, run(context.Background(), &out, &stderr, []string{"-h"}, ""))
	assert.Empty(t, out.String(), "no export")
	assert.Contains(t, stderr.String(), "Usage: shopkit-orders")
	assert.Contains(t, stderr.String(), "-from")
	assert.Contains(t, stderr.String(), "-status")

	stderr.Reset()
	err := run(context.Background(), &out, &stderr, []string{"-since", "5h"}, "")
	assert.ErrorIs(t, err, errUsage)
	assert.Contains(t, stderr.String(), "flag provided but not defined: -since")
	assert.Contains(t, stderr.String(), "Usage: shopkit-orders")
	err = run(context.Background(), &out, &stderr, []string{"extra"}, "")
	assert.ErrorIs(t, err, errUsage)
}
