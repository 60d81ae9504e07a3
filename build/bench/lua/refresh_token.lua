-- POST /token with the refresh_token grant. Each refresh rotates the token, and a token used twice
-- revokes its family, so every token is used once: each thread starts with its share of the tokens in
-- BENCH_TOKENS_FILE (one family each) and queues the token each answer returns. wrk asks for a
-- connection's next request before it hands over the answer to the last one, so the file holds three
-- tokens per connection: the queue then never runs dry and no token is sent twice.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  queue = {}
  local index = 0
  for line in io.lines(os.getenv("BENCH_TOKENS_FILE")) do
    if index % tonumber(os.getenv("BENCH_THREADS")) == id then
      table.insert(queue, line)
    end
    index = index + 1
  end
  basic = "Basic " .. os.getenv("BENCH_BASIC")
end

function request()
  -- An answer without a new token (an error) ends its chain; what follows is counted as an error.
  local token = table.remove(queue, 1) or "exhausted"
  return wrk.format("POST", "/token", {
    ["Authorization"] = basic,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "grant_type=refresh_token&refresh_token=" .. token)
end

function response(status, headers, body)
  local token = body:match('"refresh_token"%s*:%s*"([^"]+)"')
  if token then
    table.insert(queue, token)
  end
end
