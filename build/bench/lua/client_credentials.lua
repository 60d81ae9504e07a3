-- POST /token with the client_credentials grant; the client authenticates by HTTP Basic (BENCH_BASIC).
wrk.method = "POST"
wrk.path = "/token"
wrk.headers["Authorization"] = "Basic " .. os.getenv("BENCH_BASIC")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials"
