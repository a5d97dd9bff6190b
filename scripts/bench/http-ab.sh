#!/usr/bin/env bash
# Two or more API builds under wrk, taking turns on one machine (A B A B ...), so load from elsewhere falls
# on each alike. Per run: searches/s, p99, errors, and the figures that swing less on a shared machine than
# throughput: KB allocated per search and gen-0/gen-2 collections (dotnet-counters), processor ms per search
# (the API's own user+system time over the run), peak RSS.
#   scripts/bench/http-ab.sh <index dir> <urls.txt> <api dir>...
#   e.g. dotnet build -c Release src/Search.Api -o /tmp/api-before   (then again after a change, to /tmp/api-after)
#        scripts/bench/http-ab.sh ../bench-data/work-27127/lucene ../bench-data/work-27127/urls.txt /tmp/api-before /tmp/api-after
# urls.txt is the bench's query mix as URL paths; Search.Bench run/http writes it, and the wrk script mix.lua, beside the index.
# Knobs: AB_ROUNDS (2), AB_SECONDS (15), AB_CONNECTIONS (32), AB_PORT (5193); extra environment passes through
# to the API (e.g. DOTNET_GCDynamicAdaptationMode=1).
set -euo pipefail
index=$(realpath "$1"); urls=$(realpath "$2"); shift 2
rounds=${AB_ROUNDS:-2}; seconds=${AB_SECONDS:-15}; connections=${AB_CONNECTIONS:-32}; port=${AB_PORT:-5193}
counters=$(command -v dotnet-counters || echo "$HOME/.dotnet/tools/dotnet-counters")
work=$(mktemp -d /tmp/http-ab.XXXXXX)
# The wrk script the bench writes beside urls.txt (Search.Bench run/http), so both drive wrk alike.
mix=$(dirname "$urls")/mix.lua
[ -f "$mix" ] || { echo "no mix.lua beside $urls: run Search.Bench run or http first" >&2; exit 2; }
api=""
trap '[ -n "$api" ] && kill "$api" 2>/dev/null; rm -rf "$work"' EXIT

run() { # <api dir> <label>
  local dir=$1 label=$2 out=$work/$2
  mkdir -p "$out"
  (cd "$dir" && Search__IndexPath=$index ASPNETCORE_URLS=http://127.0.0.1:$port ASPNETCORE_ENVIRONMENT=Production \
    Serilog__MinimumLevel__Default=Warning RateLimiting__Enabled=false exec dotnet Search.Api.dll >"$out/api.log" 2>&1) &
  api=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=berita" && break; sleep 0.2; done
  # Warm-up: every query once, then five seconds of load.
  while read -r u; do curl -s -o /dev/null "http://127.0.0.1:$port$u"; done < "$urls"
  BENCH_URLS=$urls wrk -t 2 -c "$connections" -d 5s -s "$mix" "http://127.0.0.1:$port" >/dev/null
  local pid=$api # the subshell exec'd dotnet
  if [ -x "$counters" ]; then
    "$counters" collect -p "$pid" --refresh-interval 1 --format csv -o "$out/c.csv" --counters System.Runtime >/dev/null 2>&1 &
    local cpid=$!
    sleep 2
  fi
  local t0 t1
  t0=$(awk '{print $14+$15}' "/proc/$pid/stat")
  BENCH_URLS=$urls wrk -t 2 -c "$connections" -d "${seconds}s" --latency -s "$mix" "http://127.0.0.1:$port" > "$out/wrk.txt" 2>&1
  t1=$(awk '{print $14+$15}' "/proc/$pid/stat")
  local rss
  rss=$(awk '/VmHWM/{print $2/1024}' "/proc/$pid/status")
  if [ -x "$counters" ]; then sleep 2; kill "$cpid" 2>/dev/null; wait "$cpid" 2>/dev/null || true; fi
  kill "$api"; wait "$api" 2>/dev/null || true; api=""
  local sum='BEGIN{s=0} {s+=$NF} END{printf "%.0f", s}'
  local alloc=0 g0=0 g2=0
  if [ -s "$out/c.csv" ]; then
    alloc=$(grep -F 'dotnet.gc.heap.total_allocated' "$out/c.csv" | awk -F, "$sum")
    g0=$(grep -F '[gc.heap.generation=gen0]' "$out/c.csv" | grep -F 'dotnet.gc.collections' | awk -F, "$sum")
    g2=$(grep -F '[gc.heap.generation=gen2]' "$out/c.csv" | grep -F 'dotnet.gc.collections' | awk -F, "$sum")
  fi
  local requests rps p99 non2xx socket
  requests=$(grep -oP '\d+(?= requests in)' "$out/wrk.txt")
  rps=$(grep -oP 'Requests/sec:\s+\K[\d.]+' "$out/wrk.txt")
  p99=$(grep -P '^\s+99%' "$out/wrk.txt" | awk '{print $2}')
  non2xx=$(grep -oP 'Non-2xx or 3xx responses:\s+\K\d+' "$out/wrk.txt" || echo 0)
  socket=$(grep -oP 'Socket errors: \K.*' "$out/wrk.txt" || echo "none")
  awk -v l="$label" -v r="$rps" -v n="$requests" -v p="$p99" -v a="$alloc" -v g0="$g0" -v g2="$g2" -v c=$((t1 - t0)) \
      -v t="$(getconf CLK_TCK)" -v rss="$rss" -v e="$non2xx" -v s="$socket" -v ld="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {printf "%-24s %6.0f searches/s  p99 %-9s  %6.1f KB/search  gen0 %4d  gen2 %3d  %5.2f cpu ms/search  peak RSS %4.0f MB  non-2xx %s  socket errors %s  load %s\n",
            l, r, p, a / n / 1024, g0, g2, c / t * 1000 / n, rss, e, s, ld}'
}

for round in $(seq 1 "$rounds"); do
  for dir in "$@"; do
    run "$dir" "$(basename "$dir")-$round"
  done
done
