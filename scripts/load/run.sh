#!/usr/bin/env bash
# Load test on loopback: wrk runs a query mix against the API while articles are posted through the
# admin endpoint and a full rebuild switches generations underneath. Everything it starts stops by itself.
#   scripts/load/run.sh                               # the sample, 60 s, 64 connections
#   scripts/load/run.sh ../shared/corpus/news         # a real corpus
#   DURATION=20 CONNECTIONS=32 scripts/load/run.sh    # shorter
#   RATE=200 scripts/load/run.sh                      # a real rate limit: expect intended 429s
#   REBUILD_AFTER=auto scripts/load/run.sh ../shared/corpus/news   # start wrk when the rebuild has read 3/4 of the input
#   RECORD=scripts/bench/results/2026-11-28/load-27k.md scripts/load/run.sh ../shared/corpus/news   # also write the result there
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${DURATION:-60}"
connections="${CONNECTIONS:-64}"
port="${PORT:-5077}"
rate="${RATE:-1000000}"
rebuild_after="${REBUILD_AFTER:-$((duration / 3))}"
record="${RECORD:-}"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(index-data/sample)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed"; exit 2; }

dotnet build Search.sln -c Release -v quiet -nologo >/dev/null
work="$(mktemp -d /tmp/search-load.XXXXXX)"
indexer=(dotnet src/Search.Indexer/bin/Release/net10.0/Search.Indexer.dll)
index_start=$SECONDS
"${indexer[@]}" index "${inputs[@]}" --index "$work/index" >"$work/index.log" 2>&1 || [ $? -eq 1 ]
index_seconds=$((SECONDS - index_start))

key="load-admin-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export Search__IndexPath="$work/index"
export Security__Keys__0__Name=load-test Security__Keys__0__Role=Admin
export Security__Keys__0__Sha256="$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
export RateLimiting__PermitsPerSecond="$rate" RateLimiting__Burst="$rate"
export Serilog__MinimumLevel__Default=Warning
# The server is bounded too: it exits by itself after the run's time plus a margin (a corpus rebuild may outlast the run).
# Warnings only, except the index's own lines (switches, replays, journal compaction), which the record quotes.
(cd src/Search.Api && exec env Serilog__MinimumLevel__Override__Search.Core=Information timeout $((duration + 900)) dotnet bin/Release/net10.0/Search.Api.dll --urls "http://127.0.0.1:$port") >"$work/api.log" 2>&1 &
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
ready_before=$(curl -s "http://127.0.0.1:$port/health/ready" | grep -o '"documents":[0-9]*')

# A full rebuild: a new generation is built beside the live one and switched to. It starts REBUILD_AFTER s
# after wrk (default: a third of the run). REBUILD_AFTER=auto starts it first and starts wrk once the rebuild
# has read three quarters of the input, so on a big corpus its switch lands inside the wrk window instead of
# after it (how long a rebuild takes under load on a shared machine is not predictable in seconds).
total=$(grep -o 'Read [0-9]*, indexed' "$work/index.log" | tail -1 | grep -o '[0-9]*' || echo 0)
auto=false
if [ "$rebuild_after" = auto ]; then auto=true; rebuild_after=0; fi
launch=$SECONDS
(
  [ "$rebuild_after" -le 0 ] || sleep "$rebuild_after"
  echo $SECONDS >"$work/rebuild.start"
  Serilog__MinimumLevel__Default=Information "${indexer[@]}" index "${inputs[@]}" --index "$work/index" --rebuild >"$work/rebuild.log" 2>&1 || true
  echo $SECONDS >"$work/rebuild.end"
) &
pids+=($!)
if $auto; then
  while [ ! -f "$work/rebuild.end" ]; do
    read=$(grep -o 'Read [0-9]*, indexed' "$work/rebuild.log" 2>/dev/null | tail -1 | grep -o '[0-9]*' || echo 0)
    [ "${read:-0}" -lt $((total * 3 / 4)) ] || break
    sleep 1
  done
fi
run_start=$SECONDS   # when wrk starts

# Ingestion for the whole wrk run: a new article every half second, and every fourth post a correction of
# load-1 (an update, which the journal compaction after the switch collapses); each checked for a 200.
(
  end=$((SECONDS + duration)); n=0; posts=0; failed=0
  while [ $SECONDS -lt $end ]; do
    posts=$((posts + 1))
    if [ $((posts % 4)) -eq 0 ] && [ "$n" -gt 0 ]; then id=load-1; text="Ralat nomor $posts"; else n=$((n + 1)); id=load-$n; text="Uji beban banjir pasar nomor $n."; fi
    body="{\"id\":\"$id\",\"url\":\"https://contoh.id/$id\",\"source\":\"contoh.id\",\"title\":\"Berita beban $id\",\"published\":\"2025-01-01T08:00:00+07:00\",\"category\":\"Daerah\",\"body\":\"$text\"}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$port/api/admin/articles")
    [ "$code" = 200 ] || failed=$((failed + 1))
    sleep 0.5
  done
  echo "posted $posts times during the run ($n new articles, $((posts - n)) corrections of load-1), $failed not answered 200" >"$work/ingest.txt"
) &
pids+=($!)

echo "wrk: ${duration}s, ${connections} connections, http://127.0.0.1:$port (index: ${inputs[*]})"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s scripts/load/search-mix.lua "http://127.0.0.1:$port" | tee "$work/wrk.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
for pid in "${pids[@]}"; do wait "$pid" || true; done
pids=()
sleep 3   # the API follows a switch within a second, then compacts the journal
echo "rebuild ran from $(( $(cat "$work/rebuild.start") - run_start )) s to $(( $(cat "$work/rebuild.end") - run_start )) s of the ${duration} s wrk run; live generation now $(cat "$work/index/current")" >"$work/rebuild.txt"
cat "$work/ingest.txt" "$work/rebuild.txt" 2>/dev/null || true
ready=$(curl -s "http://127.0.0.1:$port/health/ready")
echo "load average (1/5/15 min) before wrk: $load_before; when wrk ended: $load_after"
echo "before the run: $ready_before; after the run: $ready"
grep -h "Switched\|Replayed\|Compacted\|Now serving" "$work/rebuild.log" "$work/api.log" 2>/dev/null | cut -c1-220 || true
echo "logs and index in $work"
if [ -n "$record" ]; then
  mkdir -p "$(dirname "$record")"
  {
    echo "# Load run: ${inputs[*]}, ${duration} s, ${connections} connections"
    echo
    echo "At commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), on $(nproc) cores shared with other work."
    echo "Command: \`DURATION=$duration CONNECTIONS=$connections REBUILD_AFTER=$($auto && echo auto || echo "$rebuild_after") RATE=$rate scripts/load/run.sh ${inputs[*]}\`"
    echo "Initial index: ${index_seconds} s. Load average (1/5/15 min) before wrk: $load_before; when wrk ended: $load_after."
    echo
    echo '```'
    cat "$work/wrk.txt" "$work/ingest.txt" "$work/rebuild.txt" 2>/dev/null
    echo "before the run: $ready_before; after the run: $ready"
    grep -h "Switched\|Replayed\|Compacted\|Now serving" "$work/rebuild.log" "$work/api.log" 2>/dev/null | cut -c1-220 || true
    echo '```'
  } >"$record"
  echo "result written to $record"
fi
