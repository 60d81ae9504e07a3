#!/usr/bin/env bash
# Starts DexApi on a throwaway SQLite folder and walks its pages in headless Chromium (Debian's package),
# saving screenshots to docs/screenshots. Needs node and /usr/bin/chromium.
# Usage: bash build/browser-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser check skipped: chromium is not installed (apt-get install -y chromium)" >&2
  exit 1
fi

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
# A mail server that is never there: the forgotten-password page shows its form only when mail is set up,
# and a failed send makes the API return the invitation link, which the check follows.
mail_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
client_id="browser-check@127.0.0.1"
client_secret="$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
admin_password="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"

# Published and started from its own folder, as an operator runs it (the pages' stylesheet is in wwwroot).
dotnet publish src/DexApi.Api -c Release -o "$data/app" -v quiet -nologo
(cd "$data/app" && exec dotnet DexApi.Api.dll --urls "$base" \
  --Database:DataDirectory="$data" \
  --Bootstrap:AdminEmail=admin@example.com \
  --Bootstrap:AdminPassword="$admin_password" \
  --Bootstrap:AdminClientId="$client_id" \
  --Bootstrap:AdminClientSecret="$client_secret" \
  --Bootstrap:AdminClientRedirectUris:0="$base/password-set" \
  --Email:Smtp:Host=127.0.0.1 --Email:Smtp:Port="$mail_port" --Email:Smtp:Security=None \
  >"$data/service.log" 2>&1) &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 60); do
  curl -fsS "$base/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$base/readyz" >/dev/null || { cat "$data/service.log"; exit 1; }

(cd build/browser && npm ci --no-audit --no-fund --silent)
node build/browser/check.mjs "$base" "$client_id" "$client_secret" admin@example.com "$admin_password" docs/screenshots
