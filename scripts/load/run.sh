#!/usr/bin/env bash
# Load test on loopback: wrk runs a query mix against the API while articles are posted through the
# admin endpoint and a full rebuild switches generations underneath. Everything it starts stops by itself.
#   scripts/load/run.sh                               # the sample, 60 s, 64 connections
#   scripts/load/run.sh ../shared/corpus/news         # a real corpus
#   DURATION=20 CONNECTIONS=32 scripts/load/run.sh    # shorter
#   RATE=200 scripts/load/run.sh                      # a real rate limit: expect intended 429s
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${DURATION:-60}"
connections="${CONNECTIONS:-64}"
port="${PORT:-5077}"
rate="${RATE:-1000000}"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(index-data/sample)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed"; exit 2; }

dotnet build Search.sln -c Release -v quiet -nologo >/dev/null
work="$(mktemp -d /tmp/search-load.XXXXXX)"
indexer=(dotnet src/Search.Indexer/bin/Release/net10.0/Search.Indexer.dll)
"${indexer[@]}" index "${inputs[@]}" --index "$work/index" >"$work/index.log" 2>&1 || [ $? -eq 1 ]

key="load-admin-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export Search__IndexPath="$work/index"
export Security__Keys__0__Name=load-test Security__Keys__0__Role=Admin
export Security__Keys__0__Sha256="$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
export RateLimiting__PermitsPerSecond="$rate" RateLimiting__Burst="$rate"
export Serilog__MinimumLevel__Default=Warning
# The server is bounded too: it exits by itself after the run's time plus a margin.
(cd src/Search.Api && exec timeout $((duration + 120)) dotnet bin/Release/net10.0/Search.Api.dll --urls "http://127.0.0.1:$port") >"$work/api.log" 2>&1 &
api=$!
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  kill "$api" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "API did not become ready"; tail -20 "$work/api.log"; exit 2; }

# Ingestion: one article every half second for the whole run, each checked for a 200.
(
  end=$((SECONDS + duration)); n=0; failed=0
  while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    body="{\"id\":\"load-$n\",\"url\":\"https://contoh.id/load-$n\",\"source\":\"contoh.id\",\"title\":\"Berita beban $n\",\"published\":\"2025-01-01T08:00:00+07:00\",\"category\":\"Daerah\",\"body\":\"Uji beban banjir pasar nomor $n.\"}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$port/api/admin/articles")
    [ "$code" = 200 ] || failed=$((failed + 1))
    sleep 0.5
  done
  echo "ingested $n articles during the run, $failed not answered 200" >"$work/ingest.txt"
) &
pids+=($!)

# A full rebuild a third of the way in: a new generation is built beside the live one and switched to.
(
  sleep $((duration / 3))
  start=$SECONDS
  "${indexer[@]}" index "${inputs[@]}" --index "$work/index" --rebuild >"$work/rebuild.log" 2>&1 || true
  echo "rebuild finished after $((SECONDS - start)) s; live generation now $(cat "$work/index/current")" >"$work/rebuild.txt"
) &
pids+=($!)

echo "wrk: ${duration}s, ${connections} connections, http://127.0.0.1:$port (index: ${inputs[*]})"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s scripts/load/search-mix.lua "http://127.0.0.1:$port" | tee "$work/wrk.txt"
for pid in "${pids[@]}"; do wait "$pid" || true; done
pids=()
cat "$work/ingest.txt" "$work/rebuild.txt" 2>/dev/null || true
ready=$(curl -s "http://127.0.0.1:$port/health/ready")
echo "after the run: $ready"
echo "logs and index in $work"
