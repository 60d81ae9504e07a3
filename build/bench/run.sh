#!/usr/bin/env bash
# Benchmarks DexApi's hot paths beside the framework's ceiling (build/bench/Ceiling), on one machine.
# Builds in Release, starts DexApi on SQLite and then on a throwaway PostgreSQL (build/postgres.sh), seeds
# 1,000 and then 1,000,000 users in bulk, drives each scenario with wrk and prints a Markdown table.
# Usage: bash build/bench/run.sh [--smoke] [--sqlite-only | --postgres-only]
#   --smoke        one second per scenario, 1,000 users only, SQLite only: checks that the script works
#   BENCH_DURATION seconds per scenario (default 10), after BENCH_WARMUP unmeasured ones (default 5);
#   BENCH_CONNECTIONS (default 32); BENCH_THREADS (default 2)
# Fails when a scenario answers anything but 2xx, never on timings. Results also go to $BENCH_OUT
# (default artifacts/bench/results.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

smoke=0
sqlite_only=0
postgres_only=0
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1; sqlite_only=1 ;;
    --sqlite-only) sqlite_only=1 ;;
    --postgres-only) postgres_only=1 ;;
    *) echo "usage: $0 [--smoke] [--sqlite-only | --postgres-only]" >&2; exit 2 ;;
  esac
done
duration="${BENCH_DURATION:-10}"
# Before each measured run, an unmeasured one of this many seconds, so that the JIT has compiled the path.
warmup="${BENCH_WARMUP:-5}"
[ "$smoke" = 1 ] && duration=1 && warmup=0
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
out="${BENCH_OUT:-$root/artifacts/bench/results.md}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install -y sqlite3)" >&2; exit 2; }

work="$(mktemp -d)"
# Not under $work, which only root may enter: the server runs as the postgres user.
cluster="$(mktemp -d -u)"
pids=()
cleanup() {
  local status=$?
  if [ "$status" != 0 ]; then
    # The logs go with the working folder: show how the services ended before they do.
    for log in "$work"/dexapi-*.log "$work"/migrate-*.log; do
      [ -f "$log" ] && { echo "== last lines of $(basename "$log")" >&2; tail -n 20 "$log" >&2; }
    done
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  bash build/postgres.sh stop "$cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

echo "== Building in Release"
dotnet build src/DexApi.Api/DexApi.Api.csproj -c Release -v q -nologo
dotnet build build/bench/Ceiling/Ceiling.csproj -c Release -v q -nologo
api_dir="$root/artifacts/bin/DexApi.Api/release"
ceiling_dir="$root/artifacts/bin/Ceiling/release"

admin_password='Bench-Admin-Passw0rd!'
client_id='bench-admin'
client_secret='bench-admin-secret-0123456789abcdef'
basic="$(printf '%s:%s' "$client_id" "$client_secret" | base64 -w0)"
master_key="$(head -c 32 /dev/urandom | base64 -w0)"
user_id='00000000-0000-4000-8000-000000000500'
tag="$(date +%s)"
rows=()
notes=()
peak_rss_kb=0

# --- measuring ------------------------------------------------------------------------------------------

# Samples the resident memory of a process every 200 ms into a file while wrk runs.
sample_rss() {
  local pid="$1" file="$2"
  while kill -0 "$pid" 2>/dev/null; do
    awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" >>"$file" 2>/dev/null || true
    sleep 0.2
  done
}

# measure <label> <provider> <base url> <lua>: the ceiling's GET, then the scenario, back to back, so
# that both see the same machine (it is shared): each row's ratio is to the ceiling figure measured just
# before it.
measure() {
  local target_pid="$server_pid"
  server_pid="$ceiling_pid"
  BENCH_PATH="/api/v1/users/$user_id" run_wrk "ceiling" "memory" "$ceiling_base" get.lua quiet
  ceiling_rps="$last_rps"
  server_pid="$target_pid"
  run_wrk "$@"
}

# run_wrk <label> <provider> <base url> <lua> [quiet]: drives one scenario, records a row unless quiet.
run_wrk() {
  local label="$1" provider="$2" base="$3" lua="$4" script result rss_file sampler
  script="$work/$(basename "$lua")"
  cat "build/bench/lua/$lua" build/bench/lua/report.lua >"$script"
  if [ "$warmup" -gt 0 ] && [ "${5:-}" != quiet ]; then
    BENCH_THREADS="$threads" BENCH_TOKENS_FILE="${BENCH_WARMUP_TOKENS_FILE:-${BENCH_TOKENS_FILE:-}}" \
      wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 5s -s "$script" "$base" >/dev/null
  fi
  rss_file="$work/rss"
  : >"$rss_file"
  sample_rss "$server_pid" "$rss_file" &
  sampler=$!
  result="$(BENCH_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s \
    -s "$script" "$base" | grep '^BENCH ')" || { kill "$sampler" 2>/dev/null; echo "wrk failed: $label" >&2; exit 1; }
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  local rss_kb
  rss_kb="$(sort -n "$rss_file" | tail -n 1)"
  if [ -n "$rss_kb" ] && [ "$rss_kb" -gt "$peak_rss_kb" ] && [ "${5:-}" != quiet ]; then
    peak_rss_kb="$rss_kb"
  fi
  field() { echo "$result" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  local requests rps p50 p99 non2xx socket
  requests="$(field requests)"; rps="$(field rps)"; p50="$(field p50_ms)"; p99="$(field p99_ms)"
  non2xx="$(field non2xx)"; socket="$(field socket_errors)"
  last_rps="$rps"
  printf '   %-44s %-10s %9s req/s  p50 %7s ms  p99 %7s ms  RSS %s MB  non-2xx %s\n' \
    "$label" "$provider" "$rps" "$p50" "$p99" "$(( ${rss_kb:-0} / 1024 ))" "$non2xx"
  if [ "${5:-}" = quiet ]; then
    return
  fi
  rows+=("$label|$provider|$rps|$p50|$p99|$(( ${rss_kb:-0} / 1024 ))|$non2xx|$socket|${ceiling_rps:-$rps}")
  if [ "$requests" = 0 ] || [ "$non2xx" -gt $(( requests / 100 )) ]; then
    echo "$label on $provider: $non2xx of $requests requests were not 2xx" >&2
    exit 1
  fi
}

# --- the services ---------------------------------------------------------------------------------------

# start_dexapi <provider> <connection string or empty>: starts DexApi, waits for /readyz, sets
# server_pid, base and ready_ms (from the start of the process to the first 200 of /readyz).
start_dexapi() {
  local provider="$1" connection="$2" port
  port="$(free_port)"
  base="http://127.0.0.1:$port"
  mkdir -p "$work/data-$provider"
  local args=(--urls "$base" --Issuer "$base" --Database:Provider "$provider"
    --Database:DataDirectory "$work/data-$provider" --Security:MasterKey "$master_key"
    --Bootstrap:AdminPassword "$admin_password" --Bootstrap:AdminClientId "$client_id"
    --Bootstrap:AdminClientSecret "$client_secret" --OpenApi:SwaggerUi false)
  [ -n "$connection" ] && args+=(--Database:ConnectionString "$connection")
  (cd "$api_dir" && dotnet DexApi.Api.dll migrate "${args[@]}" >"$work/migrate-$provider.log" 2>&1)
  # The first start also makes the signing key and the admin (a password hash); the second is a node's
  # usual start on an existing database, the figure the target is about.
  launch_dexapi "${args[@]}"
  first_ready_ms="$ready_ms"
  stop_server
  launch_dexapi "${args[@]}"
  echo "   DexApi on $provider ready after $ready_ms ms (first start on an empty database: $first_ready_ms ms)"
}

# launch_dexapi <arguments>: starts the process, waits for the first 200 of /readyz, sets ready_ms.
launch_dexapi() {
  local started
  started="$(now_ms)"
  (cd "$api_dir" && exec dotnet DexApi.Api.dll "$@" >>"$work/dexapi-$provider.log" 2>&1) &
  server_pid=$!
  pids+=("$server_pid")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/dexapi-$provider.log" >&2; exit 1; }
    [ $(( $(now_ms) - started )) -gt 60000 ] && { echo "DexApi not ready after 60 s" >&2; exit 1; }
    sleep 0.01
  done
  ready_ms=$(( $(now_ms) - started ))
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]] or "")' "$1"; }

password_token() {
  curl -sf -u "$client_id:$client_secret" -d grant_type=password -d username=admin@example.com \
    --data-urlencode "password=$admin_password" ${1:+-d "scope=$1"} "$base/token"
}

# --- seeding --------------------------------------------------------------------------------------------

# seed <provider> <first> <last>: inserts users u<first>…u<last> (seven digits) in one statement.
seed() {
  local provider="$1" first="$2" last="$3"
  if [ "$provider" = Sqlite ]; then
    sqlite3 "$work/data-Sqlite/dexapi.db" <<SQL
.timeout 10000
BEGIN;
WITH RECURSIVE n(i) AS (SELECT $first UNION ALL SELECT i + 1 FROM n WHERE i < $last)
INSERT INTO users (id, email, display_name, created_at)
SELECT printf('00000000-0000-4000-8000-%012d', i), printf('u%07d@bench.test', i), 'Bench User ' || i, 1767225600
FROM n;
COMMIT;
SQL
  else
    psql -q -v ON_ERROR_STOP=1 "$psql_url" <<SQL
INSERT INTO users (id, email, display_name, created_at)
SELECT '00000000-0000-4000-8000-' || lpad(i::text, 12, '0'), 'u' || lpad(i::text, 7, '0') || '@bench.test',
       'Bench User ' || i, 1767225600
FROM generate_series($first, $last) AS i;
ANALYZE users;
SQL
  fi
}

list_token_after() {
  curl -sf -H "Authorization: Bearer $token" "$base/api/v1/users?maxResults=100${1:+&nextPageToken=$1}" \
    | json_field nextPageToken
}

# --- one provider ---------------------------------------------------------------------------------------

bench_provider() {
  local provider="$1" connection="$2"
  echo "== DexApi on $provider"
  start_dexapi "$provider" "$connection"
  notes+=("$provider: ${ready_ms} ms from process start to the first 200 of /readyz on an existing database"\
" (${first_ready_ms} ms for the very first start, which makes the signing key and the admin)")
  token="$(password_token | json_field access_token)"

  # 1,000 users. The last page's cursor: seed the last 199 first, so that the first page (the admin and
  # u0000801…u0000899) ends right before the last 100; then seed the rest.
  seed "$provider" 801 999
  local cursor_1k
  cursor_1k="$(list_token_after "")"
  seed "$provider" 0 800
  curl -sf -H "Authorization: Bearer $token" "$base/api/v1/users/$user_id" >/dev/null

  # The JIT's tiers (with dynamic PGO) take tens of seconds to settle; warm the service up first.
  if [ "$warmup" -gt 0 ]; then
    BENCH_PATH="/api/v1/users/$user_id" BENCH_TOKEN="$token" wrk -t"$threads" -c"$connections" \
      -d"$(( 4 * warmup ))s" -s build/bench/lua/get.lua "$base" >/dev/null
  fi
  export BENCH_TOKEN="$token" BENCH_BASIC="$basic" BENCH_TAG="$tag-$provider"
  export BENCH_REDIRECT="$base/password-set"
  BENCH_PATH="/api/v1/users/$user_id" measure "GET /api/v1/users/{id}" "$provider" "$base" get.lua
  BENCH_PATH="/api/v1/users?maxResults=100" measure "GET users, first page, 1,000 users" "$provider" "$base" get.lua
  BENCH_PATH="/api/v1/users?maxResults=100&nextPageToken=$cursor_1k" \
    measure "GET users, last page, 1,000 users" "$provider" "$base" get.lua
  measure "POST /token client_credentials" "$provider" "$base" client_credentials.lua

  # One refresh-token family per connection, each token used once (lua/refresh_token.lua); the warm-up
  # has families of its own.
  local tokens_file="$work/refresh-tokens" warmup_tokens_file="$work/refresh-tokens-warmup"
  : >"$tokens_file"
  : >"$warmup_tokens_file"
  for _ in $(seq 1 $(( 3 * connections ))); do
    password_token "openid offline_access" | json_field refresh_token >>"$tokens_file"
    [ "$warmup" -gt 0 ] && password_token "openid offline_access" | json_field refresh_token >>"$warmup_tokens_file"
  done
  BENCH_TOKENS_FILE="$tokens_file" BENCH_WARMUP_TOKENS_FILE="$warmup_tokens_file" \
    measure "POST /token refresh_token" "$provider" "$base" refresh_token.lua
  measure "POST /api/v1/users" "$provider" "$base" create_user.lua

  if [ "$smoke" = 0 ]; then
    # 1,000,000 users. Seed u0999800…u0999999 first; two pages on from the 1,000-user cursor (u0000900…
    # u0000999, then u0999800…u0999899) is the cursor of the last page; then seed the rest.
    seed "$provider" 999800 999999
    local cursor_1m
    cursor_1m="$(list_token_after "$(list_token_after "$cursor_1k")")"
    local started
    started="$(now_ms)"
    seed "$provider" 1000 999799
    local seeded_ms=$(( $(now_ms) - started ))
    echo "   seeded 1,000,000 users in $seeded_ms ms"
    notes+=("$provider: seeded 1,000,000 users in bulk in $seeded_ms ms")
    BENCH_PATH="/api/v1/users/$user_id" measure "GET /api/v1/users/{id}, 1,000,000 users" "$provider" "$base" get.lua
    BENCH_PATH="/api/v1/users?maxResults=100" \
      measure "GET users, first page, 1,000,000 users" "$provider" "$base" get.lua
    BENCH_PATH="/api/v1/users?maxResults=100&nextPageToken=$cursor_1m" \
      measure "GET users, last page, 1,000,000 users" "$provider" "$base" get.lua
  fi
  notes+=("$provider: peak resident memory under load $(( peak_rss_kb / 1024 )) MB")
  peak_rss_kb=0
  stop_server
}

# --- the run --------------------------------------------------------------------------------------------

echo "== Ceiling (build/bench/Ceiling), measured before each scenario"
ceiling_port="$(free_port)"
ceiling_base="http://127.0.0.1:$ceiling_port"
(cd "$ceiling_dir" && exec dotnet Ceiling.dll --urls "$ceiling_base" >"$work/ceiling.log" 2>&1) &
ceiling_pid=$!
pids+=("$ceiling_pid")
until curl -sf -o /dev/null "$ceiling_base/api/v1/users/$user_id"; do sleep 0.05; done
server_pid="$ceiling_pid"
if [ "$warmup" -gt 0 ]; then
  BENCH_PATH="/api/v1/users/$user_id" BENCH_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"${warmup}s" \
    -s build/bench/lua/get.lua "$ceiling_base" >/dev/null
fi

[ "$postgres_only" = 1 ] || bench_provider Sqlite ""

if [ "$sqlite_only" = 0 ]; then
  postgres_status=0
  connection="$(bash build/postgres.sh start "$cluster")" || postgres_status=$?
  if [ "$postgres_status" = 0 ]; then
    port="$(cat "$cluster/port")"
    psql -q "postgresql://postgres@127.0.0.1:$port/postgres" -c 'CREATE DATABASE bench' >/dev/null
    psql_url="postgresql://postgres@127.0.0.1:$port/bench"
    bench_provider Postgres "$connection;Database=bench;Maximum Pool Size=100"
  else
    echo "== PostgreSQL SKIPPED: build/postgres.sh could not start a cluster (exit $postgres_status)"
  fi
fi

mkdir -p "$(dirname "$out")"
{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
    "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(date -u '+%Y-%m-%d %H:%M UTC');"\
    "wrk -t$threads -c$connections -d${duration}s"
  echo
  echo "| Scenario | Provider | req/s | p50 ms | p99 ms | ceiling req/s | ratio to ceiling | RSS MB | non-2xx |"
  echo "|---|---|--:|--:|--:|--:|--:|--:|--:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r label provider rps p50 p99 rss non2xx _ ceiling <<<"$row"
    ratio="$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.3f", a / b }')"
    echo "| $label | $provider | $rps | $p50 | $p99 | $ceiling | $ratio | $rss | $non2xx |"
  done
  echo
  for note in "${notes[@]}"; do echo "- $note"; done
} | tee "$out"
