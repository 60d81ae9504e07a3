-- POST /api/v1/users with a new email each time: run tag, start time, thread and a counter. The emails start with
-- "load-", which sorts before the seeded "u…" users, so the paging cursors stay valid.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  sent = 0
  -- The start time keeps a warm-up's emails apart from the measured run's.
  tag = os.getenv("BENCH_TAG") .. "-" .. os.time()
  redirect = os.getenv("BENCH_REDIRECT")
end

function request()
  sent = sent + 1
  local body = string.format(
    '{"user":{"email":"load-%s-%d-%d@bench.test","displayName":"Load"},"redirectURL":"%s"}',
    tag, id, sent, redirect)
  return wrk.format("POST", "/api/v1/users", {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
    ["Content-Type"] = "application/json",
  }, body)
end
