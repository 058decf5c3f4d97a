package redisrate

import "github.com/redis/go-redis/v9"

// observeScript records a usage report and holds the GCRA back so that at
// most limit-seen requests are allowed before the server's window ends.
//
// KEYS[1] is redis_rate's GCRA key: its value is the theoretical arrival
// time in seconds since 2017-01-01 (redis_rate v10's format, pinned in
// go.mod and checked by the tests). KEYS[2] is a hash of this package: the
// estimated start of the server's window and the highest count seen in it.
// ARGV: used, limit, period (s), emission interval T (s), burst B.
//
// The window: the server (InSales) starts one at the first request after
// the previous one ended. With no state (first use, or three periods
// without reports) the estimate starts at the report: the window may have
// begun earlier, so the estimated end is never before the server's (the
// safe side; part of that first window may go unused). After the estimated
// end, a report of at most half the highest count seen means the server
// started the next window: the estimate moves on by one period, keeping
// its distance to the server's, or, after a pause of more than a period,
// starts as early as this pace could have made used requests. A higher
// report may be a late answer from the old window (answers overtake each
// other), which must not hold anything back, so it is ignored; after a
// further period the window is rolled over in the same way.
//
// The hold-back: from a backlog of u requests, GCRA allows floor(B - u +
// L/T) requests in the next L seconds, so u >= B + L/T - (limit - seen)
// keeps them within what the server has left.
var observeScript = redis.NewScript(`
redis.replicate_commands()
local t = redis.call("TIME")
local now = (t[1] - 1483228800) + (t[2] / 1000000)
local used = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local period = tonumber(ARGV[3])
local interval = tonumber(ARGV[4])
local burst = tonumber(ARGV[5])

local w = redis.call("HMGET", KEYS[2], "start", "seen")
local start = tonumber(w[1])
local seen = tonumber(w[2])
local hold = true
if not start or not seen then
  start = now
  seen = used
elseif now < start + period then
  if used > seen then
    seen = used
  end
elseif 2 * used <= seen then
  if now < start + 2 * period then
    start = start + period
  else
    start = now - (used + burst) * interval
  end
  seen = used
elseif now >= start + 2 * period then
  start = now - (used + burst) * interval
  seen = used
else
  hold = false
end
redis.call("HSET", KEYS[2], "start", tostring(start), "seen", tostring(seen))
redis.call("PEXPIRE", KEYS[2], math.ceil(3 * period * 1000))
if not hold then
  return 0
end

local left = start + period - now
local remaining = limit - seen
if remaining < 0 then
  remaining = 0
end
local backlog = burst + left / interval - remaining
if backlog <= 0 then
  return 0
end
local tat = tonumber(redis.call("GET", KEYS[1]))
if not tat or tat < now then
  tat = now
end
local want = now + backlog * interval
if want <= tat then
  return 0
end
redis.call("SET", KEYS[1], want, "EX", math.ceil(want - now))
return math.ceil((want - tat) * 1000000)
`)
