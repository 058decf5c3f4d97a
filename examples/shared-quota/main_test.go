package main

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The example runs on its in-memory Redis, or on the real server
// ECOMKIT_REDIS_ADDR names (.ci/run starts one).
func TestWorkersStayWithinTheSharedQuota(t *testing.T) {
	var out bytes.Buffer
	res, err := measure(context.Background(), &out,
		[]string{"-workers", "4", "-quota", "600", "-period", "1m", "-for", "500ms"}, os.Getenv("ECOMKIT_REDIS_ADDR"))
	require.NoError(t, err, out.String())
	require.Len(t, res.perWorker, 4)
	assert.LessOrEqual(t, res.total, res.bound, "four workers together, not four quotas: %s", out.String())
	for i, n := range res.perWorker {
		assert.Positive(t, n, "worker %d called at least once", i+1)
	}
	assert.Contains(t, out.String(), "worker 4: ")
	assert.Contains(t, out.String(), `under key "shopkit/demo-store"`)
}

func TestBadFlags(t *testing.T) {
	var out bytes.Buffer
	assert.ErrorContains(t, run(context.Background(), &out, []string{"-workers", "x"}, ""), "-workers")
	assert.Error(t, run(context.Background(), &out, []string{"-workers", "0"}, ""))
	assert.Error(t, run(context.Background(), &out, []string{"-quota", "0"}, ""), "a zero quota is refused by redisrate.New")
}
