package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInSalesSectionRunsAgainstTheFake(t *testing.T) {
	for _, v := range []string{"INSALES_SHOP", "INSALES_API_KEY", "INSALES_PASSWORD"} {
		t.Setenv(v, "")
	}
	var out bytes.Buffer
	require.NoError(t, runInSales(context.Background(), &out))
	text := out.String()
	assert.Contains(t, text, "5 products")
	assert.Contains(t, text, `product #1 "Cool t-shirt", 1 variant, from 10.0 LVL`)
	assert.Contains(t, text, "synced 5 products; resume from 2017-08-25 12:59:21 #5")
	assert.Contains(t, text, "7 categories")
}

func TestInSalesSectionRefusesHalfSetCredentials(t *testing.T) {
	t.Setenv("INSALES_SHOP", "myshop")
	t.Setenv("INSALES_API_KEY", "")
	t.Setenv("INSALES_PASSWORD", "")
	err := runInSales(context.Background(), &bytes.Buffer{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "missing: INSALES_API_KEY, INSALES_PASSWORD")
}
