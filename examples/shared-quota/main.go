// Command shared-quota shows several workers sharing one API quota through
// Redis, as separate processes or pods syncing the same shop would.
//
//	go run ./examples/shared-quota                          # in-memory Redis, fake store
//	REDIS_ADDR=localhost:6379 go run ./examples/shared-quota -workers 4 -for 10s
//
// Each worker has what a separate process has: its own Redis connection
// pool, its own redisrate.Limiter and its own shopkit client. Only Redis is
// shared, under one key, so together they stay within one quota (a small
// demonstration quota, -quota per -period, so the effect shows in seconds;
// a real program uses redisrate.NewShopkit or redisrate.NewInSales). The
// requests go to shopkittest, the in-memory fake Shopkit store.
//
// With REDIS_ADDR unset the example starts an in-memory Redis (miniredis)
// inside the process, so it runs anywhere; set REDIS_ADDR (host:port) to
// use a real server, which separate processes can share.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/ecomkit/ecomkit-go/ratelimit/redisrate"
	"github.com/ecomkit/ecomkit-go/shopkit"
	"github.com/ecomkit/ecomkit-go/shopkit/shopkittest"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, os.Args[1:], os.Getenv("REDIS_ADDR")); err != nil {
		fmt.Fprintln(os.Stderr, "shared-quota:", err)
		os.Exit(1)
	}
}

// result is what one run measured.
type result struct {
	perWorker []int
	total     int
	bound     int // the most the shared quota's pace allows in the run's time
}

// run parses args, connects to Redis at addr (an in-memory one when addr is
// empty), runs the workers and reports to w.
func run(ctx context.Context, w io.Writer, args []string, addr string) error {
	_, err := measure(ctx, w, args, addr)
	return err
}

func measure(ctx context.Context, w io.Writer, args []string, addr string) (*result, error) {
	fs := flag.NewFlagSet("shared-quota", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	workers := fs.Int("workers", 3, "workers (processes) sharing the quota")
	quota := fs.Int("quota", 120, "requests per period, shared by all workers")
	period := fs.Duration("period", time.Minute, "the quota's period")
	runFor := fs.Duration("for", 3*time.Second, "how long the workers send requests")
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("%w (flags: -workers N, -quota N, -period D, -for D)", err)
	}
	if *workers < 1 || *runFor <= 0 {
		return nil, errors.New("-workers must be at least 1 and -for positive")
	}

	if addr == "" {
		mr, err := miniredis.Run()
		if err != nil {
			return nil, err
		}
		defer mr.Close()
		addr = mr.Addr()
		fmt.Fprintln(w, "Redis: in-memory (miniredis); set REDIS_ADDR=host:port to use a real server")
	} else {
		fmt.Fprintln(w, "Redis:", addr)
	}

	store := shopkittest.NewServer()
	defer store.Close()

	key := redisrate.Key("shopkit", "demo-store", "")
	admin := redis.NewClient(&redis.Options{Addr: addr})
	defer admin.Close()
	reset, err := redisrate.New(admin, key, *quota, *period)
	if err != nil {
		return nil, err
	}
	if err := reset.Reset(ctx); err != nil { // a fresh quota for the demonstration
		return nil, fmt.Errorf("redis at %s: %w", addr, err)
	}
	fmt.Fprintf(w, "%d workers share %d requests per %s under key %q for %s\n", *workers, *quota, *period, key, *runFor)

	res := &result{perWorker: make([]int, *workers)}
	start := time.Now()
	var wg sync.WaitGroup
	errs := make([]error, *workers)
	for i := range *workers {
		// What each process would build for itself.
		rdb := redis.NewClient(&redis.Options{Addr: addr})
		defer rdb.Close()
		lim, err := redisrate.New(rdb, key, *quota, *period)
		if err != nil {
			return nil, err
		}
		c := store.Client(shopkit.WithRateLimiter(lim))
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker calls at least once, and starts no call after -for.
			for res.perWorker[i] == 0 || time.Since(start) < *runFor {
				if _, err := c.Products.List(ctx, nil); err != nil {
					errs[i] = err
					return
				}
				res.perWorker[i]++
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, n := range res.perWorker {
		res.total += n
		fmt.Fprintf(w, "worker %d: %d requests\n", i+1, n)
	}
	// GCRA lets about 1/60 of the quota go at once, then the rest evenly.
	burst := max(*quota/60, 1)
	interval := *period / time.Duration(max(*quota-burst, 1))
	res.bound = burst + int(elapsed/interval) + 1
	fmt.Fprintf(w, "total: %d requests in %s; the shared quota allows at most %d in that time (%d at once, then one every %s), whatever the number of workers\n",
		res.total, elapsed.Round(time.Millisecond), res.bound, burst, interval.Round(time.Millisecond))
	return res, nil
}
