"""The key pool's Lua scripts. State per key label (never the key itself):

  <prefix><label>:req    ZSET request id -> stamp. A request in flight is stamped at the end of
                         its longest possible call (acquire + timeout); when its answer arrives
                         it is re-stamped at that moment. Counted by score in the minute and
                         day windows; pruned past the day window when the key is chosen.
  <prefix><label>:tok    ZSET "<request id>:<tokens>" -> acquire time, re-stamped at release
                         (summed in the minute window; pruned when the key is chosen)
  <prefix><label>:state  HASH disabled, disabled_reason, cool_until, spend_until, open_until,
                         probe_until, fails, errors, ok, last_error, last_error_at

and per pool configuration (<cfg> = a hash of the labels and their limits):

  <prefix>pool:<cfg>:idx ZSET label -> when the key next has room for a request (a past time,
                         or minus its free fraction while it has never been full: the lowest
                         score is the key with the most headroom). Choosing a key reads this
                         index and the chosen key only, whatever the number of keys.
  <prefix>pool:<cfg>:lim HASH label -> "rpm rpd tpm"
  <prefix>pool:<cfg>:idx:lines  ZSET waiting line (one per process and event loop) -> when
                         its longest waiter arrived; a caller gets a key only while more keys
                         have room than lines arrived before it (lines that stop refreshing
                         age out: their process went away)

Every script that changes a key's state re-scores that key in the index; a score that went
stale (another configuration changed the key) is corrected when the key is next looked at.
Times come from Redis (TIME) so every process on every machine shares one clock.

Redis Cluster: <prefix> carries the hash tag `{keypool}`, so every key above lives in one
slot (one node) and each script stays atomic there. Every call declares the pool's index,
limits and lines as KEYS (the cluster client routes by them); the per-label keys a script
picks as it runs are built from the prefix, in the same slot
(tests/llm/test_redis_script_slots.py).
"""

from __future__ import annotations

# Shared by every script: KEYS[1] index, KEYS[2] limits hash, KEYS[3] waiting lines; ARGV[1]
# prefix, ARGV[2] minute window, ARGV[3] day window (both with the margin added). Script
# arguments follow.
_COMMON = r"""
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local idx, limkey, lines = KEYS[1], KEYS[2], KEYS[3]
local prefix = ARGV[1]
local mwin, dwin = tonumber(ARGV[2]), tonumber(ARGV[3])
local DISABLED = 1e15  -- the index score of a key that never frees by itself

local function limits(label)
  local raw = redis.call('HGET', limkey, label)
  if not raw then return nil end
  local rpm, rpd, tpm = string.match(raw, '^(%d+) (%d+) (%d+)$')
  return {tonumber(rpm), tonumber(rpd), tonumber(tpm)}
end

-- When the key has room under one request limit: the moment its `limit`-th latest stamp
-- leaves the window; while it holds fewer stamps than that, minus its free fraction.
local function rate_free(rk, count, limit, win)
  if count < limit then return -(limit - count) / limit end
  local e = redis.call('ZREVRANGE', rk, limit - 1, limit - 1, 'WITHSCORES')
  return tonumber(e[2]) + win
end

-- When `est` more tokens fit in the minute window (minus the free fraction while they do),
-- given the window's reservations `timed` (member, stamp, ...) and their sum `used`.
local function tokens_free(timed, used, tpm, est)
  if used + est <= tpm then return -(tpm - used - est) / tpm end
  local freed = 0
  for j = 1, #timed, 2 do
    freed = freed + (tonumber(string.match(timed[j], ':(%d+)$')) or 0)
    if used - freed + est <= tpm then return tonumber(timed[j + 1]) + mwin end
  end
  return now + mwin
end

-- (when a request of `est` tokens fits, the key's index score, would it be a half-open probe,
--  its stamps, its tokens in the minute window)
local function inspect(label, lim, est)
  local base = prefix .. label
  local st = redis.call('HMGET', base .. ':state', 'disabled', 'cool_until', 'spend_until',
                        'open_until', 'probe_until')
  if st[1] == '1' then return DISABLED, DISABLED, false, 0, 0 end
  local hold = math.max(tonumber(st[2] or '0') or 0, tonumber(st[3] or '0') or 0)
  local open_until = tonumber(st[4] or '0') or 0
  local probe_until = tonumber(st[5] or '0') or 0
  local probing = false
  if open_until > 0 then
    if open_until > now then
      hold = math.max(hold, open_until)
    elseif probe_until > now then
      -- half-open and a probe is in flight: nobody else until it reports (or its lease ends)
      hold = math.max(hold, probe_until)
    else
      probing = true
    end
  end
  local rk = base .. ':req'
  local count = redis.call('ZCARD', rk)
  local rate = math.max(rate_free(rk, count, lim[1], mwin), rate_free(rk, count, lim[2], dwin))
  local timed = redis.call('ZRANGEBYSCORE', base .. ':tok', '(' .. (now - mwin), '+inf',
                          'WITHSCORES')
  local used = 0
  for j = 1, #timed, 2 do
    used = used + (tonumber(string.match(timed[j], ':(%d+)$')) or 0)
  end
  -- the score is for the smallest request (one token); `fits` for this one
  local score = math.max(rate, tokens_free(timed, used, lim[3], 1))
  local fits = math.max(rate, tokens_free(timed, used, lim[3], est))
  if hold > now then
    score = math.max(score, hold)
    fits = math.max(fits, hold)
  end
  return fits, score, probing, count, used
end

local function rescore(label)
  local lim = limits(label)
  if lim then
    local _, score = inspect(label, lim, 1)
    redis.call('ZADD', idx, score, label)
  end
end

-- Seconds until the index's earliest key has room (-1: every key is disabled).
local function earliest_in()
  local first = redis.call('ZRANGE', idx, 0, 0, 'WITHSCORES')
  if #first == 0 or tonumber(first[2]) >= DISABLED then return -1 end
  return math.max(0, tonumber(first[2]) - now)
end
"""

# ARGV[4..] rid, probe lease, in-flight hold, wanted tokens, candidates to look at, the
# caller's waiting line ('' for a caller that is not waiting), how long this caller has
# waited, how long a line may go unrefreshed before it counts as gone (its process died),
# and how long the line's next waiter has waited (-1: nobody after this caller).
ACQUIRE = (
    _COMMON
    + r"""
local rid = ARGV[4]
local probe_lease = tonumber(ARGV[5])
local inflight = tonumber(ARGV[6])
local want = tonumber(ARGV[7])
local tries = tonumber(ARGV[8])
local line, head_age, stale = ARGV[9], tonumber(ARGV[10]), tonumber(ARGV[11])
local next_age = tonumber(ARGV[12])  -- the line's next waiter once this one is served (-1: none)

-- Waiting lines of every process, by their head's arrival: a line (or a caller that does
-- not wait) gets a key only while more keys have room than lines arrived before it, so each
-- freed slot goes to the longest waiter of any process and wakes only its line.
redis.call('ZREMRANGEBYSCORE', lines, '-inf', now - stale)
local ahead
if line == '' then
  ahead = redis.call('ZCARD', lines)
else
  redis.call('ZADD', lines, now - head_age, line)
  redis.call('EXPIRE', lines, math.ceil(stale) + 60)
  ahead = redis.call('ZRANK', lines, line)
end
if ahead > 0 and redis.call('ZCOUNT', idx, '-inf', now) <= ahead then
  -- this line's turn comes with the key after those the earlier lines take
  local nth = redis.call('ZRANGE', idx, ahead, ahead, 'WITHSCORES')
  if #nth == 0 or tonumber(nth[2]) >= DISABLED then
    nth = redis.call('ZRANGE', idx, 0, 0, 'WITHSCORES')
  end
  if #nth == 0 then return {2} end
  if tonumber(nth[2]) >= DISABLED then return {0, '-1'} end
  return {0, tostring(math.max(0.005, tonumber(nth[2]) - now))}
end

local earliest = -1
local cands = redis.call('ZRANGEBYSCORE', idx, '-inf', now, 'LIMIT', 0, tries)
if #cands == 0 and redis.call('EXISTS', idx) == 0 then
  return {2}  -- the index is gone (Redis flushed or restarted): the caller re-syncs
end
for i = 1, #cands do
  local label = cands[i]
  local lim = limits(label)
  if not lim then
    redis.call('ZREM', idx, label)
  else
    local est = math.min(want, lim[3])
    local fits, score, probing, count, used = inspect(label, lim, est)
    if fits <= now then
      local rk = prefix .. label .. ':req'
      local tk = prefix .. label .. ':tok'
      count = count + 1 - redis.call('ZREMRANGEBYSCORE', rk, '-inf', now - dwin)
      redis.call('ZREMRANGEBYSCORE', tk, '-inf', now - mwin)
      -- Held until the call's longest possible end; release re-stamps it at the answer.
      redis.call('ZADD', rk, now + inflight, rid)
      redis.call('ZADD', tk, now, rid .. ':' .. est)
      redis.call('EXPIRE', rk, math.ceil(dwin + inflight) + 60)
      redis.call('EXPIRE', tk, math.ceil(mwin) + 60)
      -- The new score from what changed: one more stamp, `est` more tokens (a probe holds
      -- the key until it reports).
      score = math.max(rate_free(rk, count, lim[1], mwin), rate_free(rk, count, lim[2], dwin))
      if used + est + 1 <= lim[3] then
        score = math.max(score, -(lim[3] - used - est - 1) / lim[3])
      else
        score = nil
      end
      if probing then
        redis.call('HSET', prefix .. label .. ':state', 'probe_until',
                   tostring(now + probe_lease))
        score = nil
      end
      if score then redis.call('ZADD', idx, score, label) else rescore(label) end
      -- When this caller's line should ask next: its next waiter's turn, behind the lines
      -- that arrived before that waiter (or leave the ranking when nobody else waits).
      local next_in = earliest_in()
      if line ~= '' then
        if next_age < 0 then
          redis.call('ZREM', lines, line)
        else
          redis.call('ZADD', lines, now - next_age, line)
          local rank = redis.call('ZRANK', lines, line)
          local nth = redis.call('ZRANGE', idx, rank, rank, 'WITHSCORES')
          if rank > 0 and #nth > 0 and tonumber(nth[2]) < DISABLED then
            next_in = math.max(0, tonumber(nth[2]) - now)
          end
        end
      end
      return {1, label, probing and 1 or 0, tostring(est), tostring(next_in),
              redis.call('ZCOUNT', idx, '-inf', now)}
    end
    -- stale or too few tokens for this request: correct its score, look at the next one
    redis.call('ZADD', idx, score, label)
    if fits < DISABLED and (earliest < 0 or fits - now < earliest) then
      earliest = fits - now
    end
  end
end
-- Keys not looked at have room no sooner than their score says.
local nxt = redis.call('ZRANGEBYSCORE', idx, '(' .. now, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
if #nxt > 0 and tonumber(nxt[2]) < DISABLED then
  local later = tonumber(nxt[2]) - now
  if earliest < 0 or later < earliest then earliest = later end
end
if #cands == tries then
  -- more keys may have room (their scores were stale); look again shortly, not in a spin
  if earliest < 0 or earliest > 0.05 then earliest = 0.05 end
end
return {0, tostring(earliest)}
"""
)

# ARGV[4..] label, rid, estimated tokens, actual tokens, outcome, retry after, default
# cool-down, breaker threshold, breaker cool-off, detail, probing. Returns the key's state and
# the seconds until the pool's earliest key has room (an answer may have brought it closer).
RELEASE = (
    _COMMON
    + r"""
local label, rid = ARGV[4], ARGV[5]
local est, actual = ARGV[6], ARGV[7]
local outcome = ARGV[8]
local retry_after = tonumber(ARGV[9])
local cooldown = tonumber(ARGV[10])
local threshold = tonumber(ARGV[11])
local cooloff = tonumber(ARGV[12])
local detail = ARGV[13]
local probing = ARGV[14] == '1'
local sk = prefix .. label .. ':state'
local rk = prefix .. label .. ':req'
local tk = prefix .. label .. ':tok'
local old = rid .. ':' .. est

if outcome == 'unused' then
  -- the lease was never used (its caller went away): no request reached the upstream
  redis.call('ZREM', rk, rid)
  redis.call('ZREM', tk, old)
  if probing then redis.call('HDEL', sk, 'probe_until') end
  rescore(label)
  return {'ok', tostring(earliest_in())}
end

-- The upstream counted this request somewhere between acquire and now; re-stamp it at now
-- (the latest possible moment) so that the next request on this slot can never reach the
-- upstream inside its window, however long this one took to get there. The token
-- reservation becomes the actual count.
if redis.call('ZSCORE', rk, rid) then
  redis.call('ZADD', rk, now, rid)
end
if redis.call('ZSCORE', tk, old) then
  redis.call('ZREM', tk, old)
  redis.call('ZADD', tk, now, rid .. ':' .. actual)
end

local state = 'ok'
if outcome == 'success' or outcome == 'permanent' then
  -- the key answered (a 400 or a safety block is the request's fault, not the key's)
  redis.call('HSET', sk, 'fails', 0)
  redis.call('HDEL', sk, 'open_until', 'probe_until')
  redis.call('HINCRBY', sk, 'ok', 1)
  rescore(label)
  return {state, tostring(earliest_in())}
end

redis.call('HINCRBY', sk, 'errors', 1)
redis.call('HSET', sk, 'last_error', detail, 'last_error_at', tostring(now))
if outcome == 'rate_limited' then
  local wait = cooldown
  if retry_after and retry_after > 0 then wait = retry_after end
  redis.call('HSET', sk, 'cool_until', tostring(now + wait))
  state = 'cooling_down'
elseif outcome == 'spend_cap' then
  -- out until the next UTC day (or an admin re-enables it)
  redis.call('HSET', sk, 'spend_until', tostring(now - (now % 86400) + 86400))
  state = 'spend_cap'
elseif outcome == 'bad_key' then
  redis.call('HSET', sk, 'disabled', '1', 'disabled_reason', 'bad_key')
  state = 'disabled'
end
if outcome == 'transient' or outcome == 'malformed' or probing then
  local fails = redis.call('HINCRBY', sk, 'fails', 1)
  if probing or fails >= threshold then
    redis.call('HSET', sk, 'open_until', tostring(now + cooloff))
    redis.call('HDEL', sk, 'probe_until')
    state = 'circuit_open'
  end
end
rescore(label)
return {state, tostring(earliest_in())}
"""
)

# ARGV[4] the number of keys, then (label, rpm, rpd, tpm) per key: write the limits and score
# every key (once per process and configuration; again if the index was flushed).
SYNC = (
    _COMMON
    + r"""
local n = tonumber(ARGV[4])
for i = 0, n - 1 do
  local base = 5 + i * 4
  redis.call('HSET', limkey, ARGV[base],
             ARGV[base + 1] .. ' ' .. ARGV[base + 2] .. ' ' .. ARGV[base + 3])
end
for i = 0, n - 1 do
  rescore(ARGV[5 + i * 4])
end
return n
"""
)

# ARGV[4] label, ARGV[5] "1" to enable (clears every hold) or "0" to disable, ARGV[6] reason.
SET_ENABLED = (
    _COMMON
    + r"""
local label, enable, reason = ARGV[4], ARGV[5] == '1', ARGV[6]
local sk = prefix .. label .. ':state'
if enable then
  redis.call('HSET', sk, 'disabled', '0', 'fails', '0')
  redis.call('HDEL', sk, 'disabled_reason', 'spend_until', 'cool_until', 'open_until',
             'probe_until')
else
  redis.call('HSET', sk, 'disabled', '1', 'disabled_reason', reason)
end
rescore(label)
return 1
"""
)

# ARGV[4] a waiting line, ARGV[5] how long its head has waited, ARGV[6] when it counts as gone:
# register the line as soon as someone waits in it, so that other processes' callers queue
# behind it (the acquire script refreshes it).
JOIN = (
    _COMMON
    + r"""
redis.call('ZADD', lines, now - tonumber(ARGV[5]), ARGV[4])
redis.call('EXPIRE', lines, math.ceil(tonumber(ARGV[6])) + 60)
return 1
"""
)
