#!/usr/bin/env bash
# Restores, builds and runs every test project on SQLite; then, when PostgreSQL's server binaries are
# installed (apt-get install -y postgresql), starts a throwaway cluster on loopback and runs the repository
# and HTTP tests again against it; and when DEXAPI_TEST_SQLSERVER holds a connection string to a SQL
# Server, runs them against that too. Ends with one summary line.
# Usage: bash build/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Release}"
# Each pass names its own server; none leaks into the SQLite pass.
sqlserver="${DEXAPI_TEST_SQLSERVER:-}"
unset DEXAPI_TEST_SQLSERVER DEXAPI_TEST_POSTGRES DEXAPI_TEST_POSTGRES_CLUSTER
log="$(mktemp)"
cluster="$(mktemp -d -u)"
cleanup() {
  bash build/postgres.sh stop "$cluster" >/dev/null 2>&1 || true
  rm -f "$log"
}
trap cleanup EXIT

dotnet restore DexApi.sln
dotnet build DexApi.sln --no-restore -c "$configuration"

status=0
echo "== Tests on SQLite"
dotnet test DexApi.sln --no-build -c "$configuration" "$@" 2>&1 | tee -a "$log" || status=$?

postgres_status=0
connection="$(bash build/postgres.sh start "$cluster")" || postgres_status=$?
if [ "$postgres_status" = 0 ]; then
  echo "== Repository and HTTP tests on PostgreSQL"
  for project in tests/DexApi.Infrastructure.IntegrationTests tests/DexApi.Api.FunctionalTests; do
    DEXAPI_TEST_POSTGRES="$connection" DEXAPI_TEST_POSTGRES_CLUSTER="$cluster" dotnet test "$project" --no-build -c "$configuration" "$@" 2>&1 \
      | tee -a "$log" || status=$?
  done
elif [ "$postgres_status" = 3 ]; then
  echo "== PostgreSQL tests SKIPPED: no PostgreSQL server binaries (apt-get install -y postgresql)"
else
  echo "== PostgreSQL could not be started (exit $postgres_status)"
  status=1
fi

if [ -n "$sqlserver" ]; then
  echo "== Repository and HTTP tests on SQL Server"
  for project in tests/DexApi.Infrastructure.IntegrationTests tests/DexApi.Api.FunctionalTests; do
    DEXAPI_TEST_SQLSERVER="$sqlserver" dotnet test "$project" --no-build -c "$configuration" "$@" 2>&1 \
      | tee -a "$log" || status=$?
  done
else
  echo "== SQL Server tests SKIPPED: DEXAPI_TEST_SQLSERVER is not set (see docs/operations.md)"
fi

# dotnet test prints one result line per test project and run; add them up into a line any CI can read.
awk '/(Passed|Failed|Skipped)!  *- Failed:/ {
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
