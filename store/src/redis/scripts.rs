//! The scripts every write runs, each one atomic step on the server.

/// One write: only if the horizon and every fact read are as read (version `0`: absent). Facts
/// are `<version> <json>` in the room's hash; versions come from one counter. Then the room set,
/// the prune index and the log entry (`XADD`). The log is trimmed to the retention once it holds
/// 100 entries more, with `XDEL`, so that Redis records the newest entry removed
/// (`max-deleted-entry-id`, which trimming with `MAXLEN` leaves at `0-0`) and a follower behind
/// it can be told. Returns nil when something read had moved, `""` when written without a log
/// entry, else the entry's id.
///
/// KEYS: facts hash, rooms set, due zset, horizon, changes stream, version counter.
/// ARGV: room, horizon (nanoseconds, or ""), then the reads (count, then key and version
/// each), the puts (count, then key and value each), the deletes (count, then keys), the due
/// mode (`lower`/`exact`) and time (milliseconds, or ""), the notice (or ""), the retention.
pub const WRITE: &str = r"
local h = redis.call('GET', KEYS[4]) or ''
if h ~= ARGV[2] then return false end
local i = 3
local n = tonumber(ARGV[i]); i = i + 1
for _ = 1, n do
  local cur = redis.call('HGET', KEYS[1], ARGV[i])
  local have = '0'
  if cur then have = string.match(cur, '^(%d+) ') end
  if have ~= ARGV[i + 1] then return false end
  i = i + 2
end
n = tonumber(ARGV[i]); i = i + 1
for _ = 1, n do
  local v = redis.call('INCR', KEYS[6])
  redis.call('HSET', KEYS[1], ARGV[i], v .. ' ' .. ARGV[i + 1])
  i = i + 2
end
n = tonumber(ARGV[i]); i = i + 1
for _ = 1, n do
  redis.call('HDEL', KEYS[1], ARGV[i])
  i = i + 1
end
local mode, due = ARGV[i], ARGV[i + 1]
local room = ARGV[1]
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('SADD', KEYS[2], room)
  if due ~= '' then
    if mode == 'exact' then
      redis.call('ZADD', KEYS[3], due, room)
    else
      redis.call('ZADD', KEYS[3], 'LT', due, room)
    end
  elseif mode == 'exact' then
    redis.call('ZREM', KEYS[3], room)
  end
else
  redis.call('SREM', KEYS[2], room)
  redis.call('ZREM', KEYS[3], room)
end
local change, keep = ARGV[i + 2], tonumber(ARGV[i + 3])
if change == '' then return '' end
local id = redis.call('XADD', KEYS[5], '*', 'change', change)
local len = redis.call('XLEN', KEYS[5])
if len > keep + 100 then
  local old = redis.call('XRANGE', KEYS[5], '-', '+', 'COUNT', len - keep)
  for j = 1, #old, 500 do
    local ids = {}
    for k = j, math.min(j + 499, #old) do ids[#ids + 1] = old[k][1] end
    redis.call('XDEL', KEYS[5], unpack(ids))
  end
end
return id
";

/// Raises the horizon, never lowers it.
pub const RAISE: &str = r"
local h = redis.call('GET', KEYS[1])
if h == false or tonumber(h) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1])
end
return 1
";

/// Moves a follower's position forward only (stream ids compared as two numbers).
pub const ACKNOWLEDGE: &str = r"
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local a1, b1 = string.match(cur, '^(%d+)-(%d+)$')
  local a2, b2 = string.match(ARGV[2], '^(%d+)-(%d+)$')
  if tonumber(a1) > tonumber(a2) or (a1 == a2 and tonumber(b1) >= tonumber(b2)) then
    return 0
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
";
