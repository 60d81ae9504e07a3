-- GET of BENCH_PATH, with BENCH_TOKEN as the bearer token when set.
wrk.method = "GET"
wrk.path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
