package redisrate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
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
	"github.com/ecomkit/ecomkit-go/internal/transport"
)

// The load test is opt-in: it takes about 50 s of wall-clock time.
//
//	ECOMKIT_LOADTEST=1 ECOMKIT_REDIS_ADDR=127.0.0.1:6379 \
//	  go test -run TestLoadSharedQuota -v ./ratelimit/redisrate/
//
// It starts a loopback server enforcing an InSales-like quota (500 requests
// per window, the window shortened to LOAD_PERIOD, default 5 s) and four
// OS processes (this test binary again) of eight goroutines each, first
// sharing the quota through Redis, then each with its own in-process
// ecomkit.RateLimiter, and logs the share of the quota used and the
// refusals.
const (
	loadEnv   = "ECOMKIT_LOADTEST"
	workerEnv = "ECOMKIT_LOADTEST_WORKER"
	resultTag = "LOADRESULT "
)

type loadWindow struct {
	start             time.Time
	accepted, refused int
}

// quotaServer enforces what InSales documents: quota requests per period,
// the window starting at the first request after the previous one ended;
// past the quota 503 with Retry-After (seconds); API-Usage-Limit on every
// answer.
type quotaServer struct {
	quota  int
	period time.Duration

	mu      sync.Mutex
	windows []loadWindow
	last    time.Time
}

func (s *quotaServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	now := time.Now()
	s.mu.Lock()
	if n := len(s.windows); n == 0 || now.Sub(s.windows[n-1].start) >= s.period {
		s.windows = append(s.windows, loadWindow{start: now})
	}
	win := &s.windows[len(s.windows)-1]
	s.last = now
	ok := win.accepted < s.quota
	if ok {
		win.accepted++
	} else {
		win.refused++
	}
	used := win.accepted
	retry := int(math.Ceil(win.start.Add(s.period).Sub(now).Seconds()))
	s.mu.Unlock()

	w.Header().Set("API-Usage-Limit", fmt.Sprintf("%d/%d", used, s.quota))
	w.Header().Set("Content-Type", "application/json")
	if !ok {
		w.Header().Set("Retry-After", strconv.Itoa(max(retry, 1)))
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"error":"API usage limit exceeded"}`))
		return
	}
	_, _ = w.Write([]byte(`{"count":1}`))
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
	serverRefuse int
	maxWindow    int
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
			t.Logf("%s limiter, %d processes x %d goroutines, %d per %s: %d complete windows, accepted %v per window, "+
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
	srv := &quotaServer{quota: quota, period: period}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	start := time.Now().Add(2 * time.Second) // the processes start together
	var wg sync.WaitGroup
	results := make([]workerResult, procs)
	errs := make([]error, procs)
	for i := range procs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLoadWorker$", "-test.count=1")
		cmd.Env = append(os.Environ(),
			workerEnv+"=1",
			"LOAD_URL="+hs.URL,
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
	srv.mu.Lock()
	defer srv.mu.Unlock()
	for _, w := range srv.windows {
		res.serverRefuse += w.refused
		res.maxWindow = max(res.maxWindow, w.accepted)
		if !w.start.Add(period).After(srv.last) { // complete: the load went on past its end
			res.windows = append(res.windows, w)
			res.accepted += w.accepted
		}
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
	c, err := transport.New(transport.Settings{
		Platform:  "insales-like",
		BaseURL:   env("LOAD_URL"),
		Usage:     transport.UsageHeader("API-Usage-Limit"),
		Throttled: func(r *http.Response) bool { return r.StatusCode == http.StatusServiceUnavailable },
	}, transport.WithRateLimiter(lim))
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
				_, err := c.Do(context.Background(), &ecomkit.Request{Method: http.MethodGet, Path: "/admin/products/count.json"}, nil)
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
