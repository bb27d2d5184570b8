"""The key pool's Lua scripts. State per key label (never the key itself):

  <prefix><label>:req    ZSET request id -> acquire time (counted by score in the minute and day
                         windows; pruned past the day window when the key is chosen)
  <prefix><label>:tok    ZSET "<request id>:<tokens>" -> acquire time (summed in the minute
                         window; pruned when the key is chosen)
  <prefix><label>:state  HASH disabled, disabled_reason, cool_until, spend_until, open_until,
                         probe_until, fails, errors, ok, last_error, last_error_at

Times come from Redis (TIME) so every process on every machine shares one clock. Scripts
build key names from the prefix: the pool assumes one Redis node (no cluster slots).
"""

from __future__ import annotations

ACQUIRE = r"""
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local prefix = ARGV[1]
local rid = ARGV[2]
local margin = tonumber(ARGV[6])
local mwin = tonumber(ARGV[4]) + margin
local dwin = tonumber(ARGV[5]) + margin
local probe_lease = tonumber(ARGV[7])
local n = tonumber(ARGV[8])
local want = tonumber(ARGV[9])
local best, best_score, best_probe, best_est = nil, -1, false, 0
local earliest = -1

-- When a full window (used >= limit requests since `from`) next has room: the moment the
-- request that must leave it does; 0 while it has room.
local function slot_frees(rk, from, used, limit, win)
  if used < limit then return 0 end
  local e = redis.call('ZRANGEBYSCORE', rk, from, '+inf', 'WITHSCORES', 'LIMIT', used - limit, 1)
  return tonumber(e[2]) + win
end

for i = 0, n - 1 do
  local base = 10 + i * 4
  local label = ARGV[base]
  local rpm = tonumber(ARGV[base + 1])
  local rpd = tonumber(ARGV[base + 2])
  local tpm = tonumber(ARGV[base + 3])
  local est = math.min(want, tpm)
  local sk = prefix .. label .. ':state'
  local st = redis.call('HMGET', sk, 'disabled', 'cool_until', 'spend_until', 'open_until',
                        'probe_until')
  if st[1] ~= '1' then
    local free_at = now
    local cool = tonumber(st[2] or '0') or 0
    local spend = tonumber(st[3] or '0') or 0
    local open_until = tonumber(st[4] or '0') or 0
    local probe_until = tonumber(st[5] or '0') or 0
    local probing = false
    if cool > free_at then free_at = cool end
    if spend > free_at then free_at = spend end
    if open_until > 0 then
      if open_until > now then
        if open_until > free_at then free_at = open_until end
      elseif probe_until > now then
        -- half-open and a probe is in flight: nobody else until it reports (or its lease ends)
        if probe_until > free_at then free_at = probe_until end
      else
        probing = true
      end
    end
    local rk = prefix .. label .. ':req'
    local tk = prefix .. label .. ':tok'
    -- Count inside the windows by score; only the chosen key's sets are pruned (below), so
    -- a scan of every key stays four reads per key.
    local min_from = '(' .. (now - mwin)
    local day_from = '(' .. (now - dwin)
    local min_used = redis.call('ZCOUNT', rk, min_from, '+inf')
    local day_used = redis.call('ZCOUNT', rk, day_from, '+inf')
    local toks = redis.call('ZRANGEBYSCORE', tk, min_from, '+inf')
    local tok_used = 0
    for j = 1, #toks do
      tok_used = tok_used + (tonumber(string.match(toks[j], ':(%d+)$')) or 0)
    end
    free_at = math.max(free_at, slot_frees(rk, min_from, min_used, rpm, mwin),
                       slot_frees(rk, day_from, day_used, rpd, dwin))
    if tok_used + est > tpm then
      -- the time enough reserved tokens leave the window for this request to fit
      local timed = redis.call('ZRANGEBYSCORE', tk, min_from, '+inf', 'WITHSCORES')
      local freed = 0
      for j = 1, #timed, 2 do
        freed = freed + (tonumber(string.match(timed[j], ':(%d+)$')) or 0)
        if tok_used - freed + est <= tpm then
          local at = tonumber(timed[j + 1]) + mwin
          if at > free_at then free_at = at end
          break
        end
      end
    end
    if free_at <= now then
      local score = math.min((rpm - min_used) / rpm, (rpd - day_used) / rpd,
                             (tpm - tok_used - est) / tpm)
      if score > best_score then
        best, best_score, best_probe, best_est = label, score, probing, est
      end
    elseif earliest < 0 or free_at < earliest then
      earliest = free_at
    end
  end
end

if best then
  local rk = prefix .. best .. ':req'
  local tk = prefix .. best .. ':tok'
  redis.call('ZREMRANGEBYSCORE', rk, '-inf', now - dwin)
  redis.call('ZREMRANGEBYSCORE', tk, '-inf', now - mwin)
  redis.call('ZADD', rk, now, rid)
  redis.call('ZADD', tk, now, rid .. ':' .. best_est)
  redis.call('EXPIRE', rk, math.ceil(dwin) + 60)
  redis.call('EXPIRE', tk, math.ceil(mwin) + 60)
  if best_probe then
    redis.call('HSET', prefix .. best .. ':state', 'probe_until', tostring(now + probe_lease))
  end
  return {1, best, best_probe and 1 or 0, tostring(best_est)}
end
if earliest < 0 then
  return {0, '-1'}
end
return {0, tostring(earliest - now)}
"""

RELEASE = r"""
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local prefix, label, rid = ARGV[1], ARGV[2], ARGV[3]
local est, actual = ARGV[4], ARGV[5]
local outcome = ARGV[6]
local retry_after = tonumber(ARGV[7])
local cooldown = tonumber(ARGV[8])
local threshold = tonumber(ARGV[9])
local cooloff = tonumber(ARGV[10])
local detail = ARGV[11]
local probing = ARGV[12] == '1'
local sk = prefix .. label .. ':state'
local tk = prefix .. label .. ':tok'

-- The upstream counted this request somewhere between acquire and now; re-stamp it at now
-- (the latest possible moment) so that the next request on this slot can never reach the
-- upstream inside its window, however long this one took to get there. The token
-- reservation becomes the actual count.
local rk = prefix .. label .. ':req'
if redis.call('ZSCORE', rk, rid) then
  redis.call('ZADD', rk, now, rid)
end
local old = rid .. ':' .. est
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
  return state
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
return state
"""
