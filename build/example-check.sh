#!/usr/bin/env bash
# Starts DexApi on a throwaway SQLite folder, runs the DexApi.Client example program against it and checks
# that it signed in, created its user and listed it. Also packs DexApi.Client.
# Usage: bash build/example-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
client_id="example-check@127.0.0.1"
client_secret="$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
admin_password="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
trap 'rm -rf "$data"' EXIT

dotnet pack src/DexApi.Client -c Release -o "$data/packages" -v quiet -nologo
ls "$data/packages"/DexApi.Client.*.nupkg >/dev/null

dotnet build src/DexApi.Api -c Release -v quiet -nologo
dotnet build samples/DexApi.Client.Example -c Release -v quiet -nologo
(exec dotnet run --project src/DexApi.Api -c Release --no-build -- --urls "$base" \
  --Database:DataDirectory="$data" \
  --Bootstrap:AdminPassword="$admin_password" \
  --Bootstrap:AdminClientId="$client_id" \
  --Bootstrap:AdminClientSecret="$client_secret" \
  >"$data/service.log" 2>&1) &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 60); do
  curl -fsS "$base/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$base/readyz" >/dev/null || { cat "$data/service.log"; exit 1; }

dotnet run --project samples/DexApi.Client.Example -c Release --no-build -- --url "$base" \
  --client-id "$client_id" --client-secret "$client_secret" --password "$admin_password" --page-size 1 \
  | tee "$data/example.log"
grep -q '^Signed in as admin@example.com\.$' "$data/example.log"
created="$(sed -n 's/^Created \(example-[0-9a-f]*@example\.com\) with id .*/\1/p' "$data/example.log")"
test -n "$created"
grep -q "^  $created (" "$data/example.log"
grep -q '^Page 2:$' "$data/example.log"
echo "example check passed"
