package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunsOfflineAgainstTheFake(t *testing.T) {
	var out, errOut bytes.Buffer
	code := realMain(nil, &out, &errOut, func(string) string { return "" })
	assert.Equal(t, 0, code, errOut.String())
	s := out.String()
	assert.Contains(t, s, "guest cart: 2 x Heat-friendly synthetic wig (9800 cents)")
	assert.Contains(t, s, "<shopper@example.com>; session held by the client")
	assert.Contains(t, s, "paid 9800 cents")
	assert.Contains(t, s, "1 order(s) in the history")
	assert.NotContains(t, s, "auth-", "the session never reaches the output")
}

func TestBadFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, realMain([]string{"-quantity", "0"}, &out, &errOut, func(string) string { return "" }))
	assert.Equal(t, 2, realMain([]string{"-nope"}, &out, &errOut, func(string) string { return "" }))
}

func TestUnknownProductFails(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, realMain([]string{"-product", "999"}, &out, &errOut, func(string) string { return "" }))
	assert.Contains(t, errOut.String(), "add to cart")
	assert.Contains(t, errOut.String(), "404")
}
