package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/commerce"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

func noEnv(string) string { return "" }

// runOffline runs the example against every fake and returns the CSV rows
// (header first) and the report.
func runOffline(t *testing.T, getenv func(string) string, args ...string) (rows [][]string, report string, err error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), args, &stdout, &stderr, getenv)
	rows, cerr := csv.NewReader(&stdout).ReadAll()
	require.NoError(t, cerr, "the CSV must parse")
	return rows, stderr.String(), err
}

func TestListsEveryPlatformsOrdersThroughOneInterface(t *testing.T) {
	rows, report, err := runOffline(t, noEnv)
	require.NoError(t, err, report)
	require.Equal(t, header, rows[0])

	perPlatform := map[string]int{}
	for _, r := range rows[1:] {
		require.Len(t, r, len(header))
		perPlatform[r[0]]++
	}
	// The fakes hold the API documentation's orders: three on InSales, one
	// on Shopkit and the website builder, and the one the storefront
	// customer buys; MyCashflow's API has no orders.
	assert.Equal(t, map[string]int{"insales": 3, "shopkit": 1, "sitebuilder": 1, "storefront": 1}, perPlatform)
	assert.Contains(t, report, "MyCashflow (the built-in fake): no orders: the MyCashflow API documentation has no order endpoints")
	assert.Contains(t, report, "InSales (the built-in fake): 3 orders")

	// The Shopkit row carries the documentation's order exactly.
	var shopkitRow []string
	for _, r := range rows[1:] {
		if r[0] == "shopkit" {
			shopkitRow = r
		}
	}
	col := func(name string) string {
		for i, h := range header {
			if h == name {
				return shopkitRow[i]
			}
		}
		t.Fatalf("no column %q", name)
		return ""
	}
	assert.Equal(t, "1337", col("id"))
	assert.Equal(t, "EUR", col("currency"))
	assert.Equal(t, "157.03", col("total"))
	assert.Equal(t, "shipped", col("status"))
	assert.Equal(t, "sent", col("platform_status"))
	assert.Equal(t, "info@shopk.it", col("customer_email"))
}

func TestTotalsAreExactSumsPerPlatformAndCurrency(t *testing.T) {
	rows, report, err := runOffline(t, noEnv)
	require.NoError(t, err, report)
	// Sum the CSV's totals independently, per platform and currency.
	sums := map[string]*big.Rat{}
	for _, r := range rows[1:] {
		if r[14] == "" {
			continue
		}
		v, ok := new(big.Rat).SetString(r[14])
		require.True(t, ok, r[14])
		k := r[0] + " " + r[9]
		if sums[k] == nil {
			sums[k] = new(big.Rat)
		}
		sums[k].Add(sums[k], v)
	}
	insales, ok := sums["insales RUR"]
	require.True(t, ok, "an InSales RUR total: %v", sums)
	assert.Equal(t, "3244.0", insales.FloatString(1))
	assert.Regexp(t, `insales\s+RUR\s+3 orders, total 3244\.0\n`, report)
	assert.Regexp(t, `shopkit\s+EUR\s+1 order, total 157\.03\n`, report)
	assert.Regexp(t, `sitebuilder\s+\(currency not sent\)\s+1 order, total 49\n`, report)
	// The storefront's API documentation shows no order total: the order is
	// counted, and said to have none, not summed as 0.
	assert.Regexp(t, `storefront\s+\(currency not sent\)\s+1 order \(1 without a total\)\n`, report)
}

func TestCSVToAFileAndReportToStdout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "orders.csv")
	var stdout, stderr bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-o", path}, &stdout, &stderr, noEnv))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 7, "header and six orders")
	assert.Contains(t, stdout.String(), "totals per platform and currency:")
	assert.Empty(t, stderr.String())
}

func TestAPartialSetOfVariablesFailsOnlyThatPlatform(t *testing.T) {
	env := map[string]string{"INSALES_SHOP": "myshop"}
	rows, report, err := runOffline(t, func(k string) string { return env[k] })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "InSales failed")
	assert.Contains(t, report, "missing: INSALES_API_KEY, INSALES_PASSWORD")
	for _, r := range rows[1:] {
		assert.NotEqual(t, "insales", r[0])
	}
	assert.Len(t, rows, 1+3, "the other platforms' orders are still written")
}

func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-h"}, &stdout, &stderr, noEnv))
	assert.Contains(t, stderr.String(), "Usage: multi-shop-orders")
	assert.Empty(t, stdout.String(), "-h lists nothing")

	err := run(context.Background(), []string{"extra"}, &stdout, &stderr, noEnv)
	assert.True(t, errors.Is(err, errUsage), "%v", err)
}

// The fakes behind the example are the ones a caller's own tests use: the
// CSV's InSales rows are exactly what insalestest holds.
func TestRowsMatchThePlatformsTypedOrders(t *testing.T) {
	srv := insalestest.NewServer()
	defer srv.Close()
	want := map[string]string{}
	for o, err := range srv.Client().Orders.All(context.Background(), nil) {
		require.NoError(t, err)
		want[strconv.FormatInt(o.ID, 10)] = o.TotalPrice.String() + " " + string(o.CurrencyCode)
	}
	rows, report, err := runOffline(t, noEnv)
	require.NoError(t, err, report)
	got := map[string]string{}
	for _, r := range rows[1:] {
		if r[0] == "insales" {
			got[r[1]] = r[14] + " " + r[9]
		}
	}
	assert.Equal(t, want, got)

	sk := shopkittest.NewServer()
	defer sk.Close()
	o, err := sk.Client().Orders.Get(context.Background(), 1337)
	require.NoError(t, err)
	assert.Equal(t, o.Total.String(), "157.03")
}

func TestUnexpectedArgumentIsNamed(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"orders.csv"}, &stdout, &stderr, noEnv)
	assert.True(t, errors.Is(err, errUsage), "%v", err)
	assert.Contains(t, stderr.String(), `unexpected argument "orders.csv"`)
}

// A shop's text that a spreadsheet would run as a formula is written as
// text; amounts, even negative ones, are written as they are.
func TestCSVCellsFromShopsCannotBeFormulas(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://evil","x")`: `'=HYPERLINK("http://evil","x")`,
		"+1 555":                        "'+1 555",
		"-2":                            "'-2",
		"@SUM(A1)":                      "'@SUM(A1)",
		"\tx":                           "'\tx",
		"Ada Lovelace":                  "Ada Lovelace",
		"":                              "",
	} {
		assert.Equal(t, want, cell(in), "%q", in)
	}
	neg := ecomkit.MustDecimal("-3.50")
	o := commerce.Order{Platform: commerce.Shopkit, ID: 1, DiscountTotal: &neg,
		Customer: &commerce.CustomerRef{Name: "=1+1", Email: "a@example.com"}}
	r := row(&o)
	assert.Equal(t, "-3.50", r[12], "an amount is not text from the shop")
	assert.Equal(t, "'=1+1", r[18])
}
