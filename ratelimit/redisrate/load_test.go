package redisrate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ecomkit "github.com/ecomkit/ecomkit-go"
	"github.com/ecomkit/ecomkit-go/insales"
	"github.com/ecomkit/ecomkit-go/insales/insalestest"
)

// The load test is opt-in: it takes about 50 s of wall-clock time.
//
//	ECOMKIT_LOADTEST=1 ECOMKIT_REDIS_ADDR=127.0.0.1:6379 \
//	  go test -run TestLoadSharedQuota -v ./ratelimit/redisrate/
//
// It starts insalestest, the fake InSales, with its quota (500 calls per
// window from the window's first call, 503 and Retry-After past it,
// API-Usage-Limit on every answer) shortened to LOAD_PERIOD (default 5 s),
// and four OS processes (this test binary again) of eight goroutines each
// calling Products.Count through production insales clients: first sharing
// the quota through Redis, then each with its own in-process
// ecomkit.RateLimiter. It logs the share of the quota used and the
// refusals of both.
const (
	loadEnv   = "ECOMKIT_LOADTEST"
	workerEnv = "ECOMKIT_LOADTEST_WORKER"
	resultTag = "LOADRESULT "
)

type loadWindow struct {
	start             time.Time
	accepted, refused int
}

// callClock is insalestest's clock: the fake reads it once per call, under
// its quota lock, to decide the call (GETs read it nowhere else), so the
// times it hands out replay the fake's own windows exactly.
type callClock struct {
	mu    sync.Mutex
	calls []time.Time
}

func (c *callClock) now() time.Time {
	t := time.Now()
	c.mu.Lock()
	c.calls = append(c.calls, t)
	c.mu.Unlock()
	return t
}

// windows replays the fake's rule: a window of one period from the first
// call after the previous window; the first quota calls of a window are
// accepted, the rest refused. Only windows the load outlasted are returned.
func (c *callClock) windows(quota int, period time.Duration) []loadWindow {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ws []loadWindow
	for _, t := range c.calls {
		if n := len(ws); n == 0 || !t.Before(ws[n-1].start.Add(period)) {
			ws = append(ws, loadWindow{start: t})
		}
		w := &ws[len(ws)-1]
		if w.accepted < quota {
			w.accepted++
		} else {
			w.refused++
		}
	}
	if n := len(ws); n > 0 && ws[n-1].start.Add(period).After(c.calls[len(c.calls)-1]) {
		ws = ws[:n-1] // the load stopped inside it
	}
	return ws
}

type workerResult struct {
	OK, Refused, Other int
	FirstOther         string
	Late               time.Duration // how late this process was ready
	HeldBack           time.Duration // added by usage reports (Redis mode)
	Slowest            time.Duration // the longest call, retries included
}

type loadResult struct {
	windows      []loadWindow // complete windows only
	accepted     int
	serverRefuse int // insalestest's own count
	maxWindow    int // insalestest's own peak
	share        float64
	workers      workerResult
}

func TestLoadSharedQuota(t *testing.T) {
	if os.Getenv(workerEnv) != "" {
		t.Skip("inside a load worker")
	}
	if os.Getenv(loadEnv) == "" {
		t.Skipf("opt-in: set %s=1 (and %s) to run the 4 processes x 8 goroutines load test", loadEnv, redisAddrEnv)
	}
	rdb := realRedis(t)
	period := 5 * time.Second
	if v := os.Getenv("LOAD_PERIOD"); v != "" {
		d, err := time.ParseDuration(v)
		require.NoError(t, err)
		period = d
	}
	const quota, procs, goroutines, windows = 500, 4, 8, 4
	for _, mode := range []string{"redis", "local"} {
		t.Run(mode, func(t *testing.T) {
			key := testKey(t, rdb)
			res := runLoad(t, rdb, mode, key, quota, period, windows*period+period/4, procs, goroutines)
			t.Logf("%s limiter, %d processes x %d goroutines, %d per %s (retry budget scaled alike): %d complete windows, accepted %v per window, "+
				"share of the quota used %.1f%%, server refusals (503) %d, refusals surfaced to callers %d, other errors %d %s, slowest call %s (latest process start %s late; usage reports held back %s in all)",
				mode, procs, goroutines, quota, period, len(res.windows), acceptedOf(res.windows), 100*res.share,
				res.serverRefuse, res.workers.Refused, res.workers.Other, res.workers.FirstOther, res.workers.Slowest.Round(time.Millisecond), res.workers.Late, res.workers.HeldBack)
			assert.LessOrEqual(t, res.maxWindow, quota)
			if mode == "redis" {
				assert.GreaterOrEqual(t, res.share, 0.97, "share of the quota used")
				assert.Zero(t, res.workers.Refused, "refusals surfaced to callers")
				assert.Zero(t, res.workers.Other, "other errors: %s", res.workers.FirstOther)
			}
		})
	}
}

func acceptedOf(ws []loadWindow) []int {
	var out []int
	for _, w := range ws {
		out = append(out, w.accepted)
	}
	return out
}

func runLoad(t *testing.T, rdb *redis.Client, mode, key string, quota int, period, run time.Duration, procs, goroutines int) loadResult {
	clock := &callClock{}
	fake := insalestest.NewServer(insalestest.WithQuota(quota, period), insalestest.WithClock(clock.now))
	defer fake.Close()
	start := time.Now().Add(2 * time.Second) // the processes start together
	var wg sync.WaitGroup
	results := make([]workerResult, procs)
	errs := make([]error, procs)
	for i := range procs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLoadWorker$", "-test.count=1")
		cmd.Env = append(os.Environ(),
			workerEnv+"=1",
			"LOAD_URL="+fake.BaseURL(),
			"LOAD_MODE="+mode,
			"LOAD_KEY="+key,
			"LOAD_QUOTA="+strconv.Itoa(quota),
			"LOAD_PERIOD="+period.String(),
			"LOAD_START="+strconv.FormatInt(start.UnixNano(), 10),
			"LOAD_RUN="+run.String(),
			"LOAD_GOROUTINES="+strconv.Itoa(goroutines),
			"REDIS_ADDR_FOR_WORKER="+rdb.Options().Addr,
		)
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := cmd.CombinedOutput()
			if err != nil {
				errs[i] = fmt.Errorf("worker %d: %v\n%s", i, err, out)
				return
			}
			errs[i] = parseResult(out, &results[i])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}

	var res loadResult
	for _, r := range results {
		res.workers.OK += r.OK
		res.workers.Refused += r.Refused
		res.workers.Other += r.Other
		res.workers.Late = max(res.workers.Late, r.Late)
		res.workers.HeldBack += r.HeldBack
		res.workers.Slowest = max(res.workers.Slowest, r.Slowest)
		if res.workers.FirstOther == "" {
			res.workers.FirstOther = r.FirstOther
		}
	}
	res.serverRefuse = fake.Refused()
	res.maxWindow = fake.PeakUsage()
	res.windows = clock.windows(quota, period)
	for _, w := range res.windows {
		res.accepted += w.accepted
	}
	require.NotEmpty(t, res.windows, "no complete window")
	res.share = float64(res.accepted) / float64(quota*len(res.windows))
	return res
}

func parseResult(out []byte, r *workerResult) error {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if line, ok := strings.CutPrefix(sc.Text(), resultTag); ok {
			return json.Unmarshal([]byte(line), r)
		}
	}
	return fmt.Errorf("no result in worker output:\n%s", out)
}

// TestLoadWorker is one process of the load test; it runs only when the
// load test starts it.
func TestLoadWorker(t *testing.T) {
	if os.Getenv(workerEnv) == "" {
		t.Skip("started by TestLoadSharedQuota only")
	}
	env := func(name string) string { return os.Getenv(name) }
	quota, _ := strconv.Atoi(env("LOAD_QUOTA"))
	period, _ := time.ParseDuration(env("LOAD_PERIOD"))
	run, _ := time.ParseDuration(env("LOAD_RUN"))
	goroutines, _ := strconv.Atoi(env("LOAD_GOROUTINES"))
	startNano, _ := strconv.ParseInt(env("LOAD_START"), 10, 64)

	var lim ecomkit.Limiter
	var shared *Limiter
	switch env("LOAD_MODE") {
	case "redis":
		rdb := redis.NewClient(&redis.Options{Addr: env("REDIS_ADDR_FOR_WORKER"), PoolSize: goroutines * 2})
		defer rdb.Close()
		l, err := New(rdb, env("LOAD_KEY"), quota, period)
		require.NoError(t, err)
		lim, shared = l, l
		// Open the connections before the start, as a running worker has.
		var warm sync.WaitGroup
		for range goroutines {
			warm.Add(1)
			go func() {
				defer warm.Done()
				_ = rdb.Ping(context.Background()).Err()
			}()
		}
		warm.Wait()
	default:
		l, err := ecomkit.NewRateLimiter(quota, period)
		require.NoError(t, err)
		lim = l
	}
	// A production client: default retries, Retry-After honoured. The
	// window is shortened, so the client's retry budget (5.5 minutes for a
	// 5-minute window) shrinks by the same factor.
	budget := time.Duration(float64(insales.DefaultRetryBudget) * period.Seconds() / insales.DefaultRatePeriod.Seconds())
	c, err := insales.NewClient(insalestest.Shop, insalestest.APIKey, insalestest.Password,
		insales.WithBaseURL(env("LOAD_URL")), insales.WithRateLimiter(lim), insales.WithRetryBudget(budget))
	require.NoError(t, err)

	late := -time.Until(time.Unix(0, startNano))
	time.Sleep(-late)
	end := time.Now().Add(run)
	var mu sync.Mutex
	res := workerResult{Late: max(late, 0)}
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(end) {
				began := time.Now()
				_, err := c.Products.Count(context.Background(), nil)
				took := time.Since(began)
				mu.Lock()
				res.Slowest = max(res.Slowest, took)
				switch {
				case err == nil:
					res.OK++
				case errors.Is(err, ecomkit.ErrRateLimited):
					res.Refused++
				default:
					res.Other++
					if res.FirstOther == "" {
						res.FirstOther = err.Error()
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if shared != nil {
		res.HeldBack = time.Duration(shared.heldBack.Load()) * time.Microsecond
	}
	b, _ := json.Marshal(res)
	fmt.Println(resultTag + string(b))
}
