#!/usr/bin/env bash
# Restores, builds and runs every test project, then prints one summary line.
# Usage: bash build/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Release}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet restore DexApi.sln
dotnet build DexApi.sln --no-restore -c "$configuration"

status=0
dotnet test DexApi.sln --no-build -c "$configuration" "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one result line per test project; add them up into a line any CI can read.
awk '/(Passed|Failed)!  *- Failed:/ {
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
