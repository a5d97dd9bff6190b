#!/usr/bin/env bash
# The full benchmark at one scale, ours beside SQLite FTS5 and PostgreSQL FTS:
#   scripts/bench/run.sh 27127            # the shared corpus' size
#   scripts/bench/run.sh 1000000          # several GB of JSONL in $BENCH_DATA
# Generated corpora, indexes and the report go to $BENCH_DATA (default ../bench-data, outside the repo).
# Knobs: BENCH_QUERIES (500), BENCH_ROUNDS (3), BENCH_CLIENTS (1,8,32), BENCH_WRK_SECONDS (10).
# PostgreSQL runs on a temp data dir bound to 127.0.0.1 and is stopped when the script ends, however it ends;
# our index is built by the indexer binary in a new process, as users build it;
# the API is started on 127.0.0.1:5087 (BENCH_API_PORT) by the harness and killed when it is done;
# PostgreSQL listens on 54329 (BENCH_PG_PORT), so two scales can run side by side with other ports.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-27127}
data=$(realpath -m "${BENCH_DATA:-../bench-data}")
out=${2:-$data/report-$articles}
mkdir -p "$data"

for tool in wrk psql; do
  command -v "$tool" >/dev/null || { echo "installing $tool"; apt-get install -y -q wrk postgresql sqlite3 >/dev/null; }
done

dotnet build -c Release -v q scripts/bench/Search.Bench >/dev/null
dotnet build -c Release -v q src/Search.Api >/dev/null
dotnet build -c Release -v q src/Search.Indexer >/dev/null
bench() { dotnet scripts/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll "$@"; }

corpus=$data/corpus-$articles.jsonl
[ -s "$corpus" ] || bench corpus --source ../shared/corpus/news --count "$articles" --out "$corpus"

pgdir=$(mktemp -d /tmp/bench-pg.XXXXXX)
trap 'scripts/bench/postgres.sh stop "$pgdir"' EXIT
pg=$(scripts/bench/postgres.sh start "$pgdir")

bench run --corpus "$corpus" --work "$data/work-$articles" --out "$out" \
  --queries "${BENCH_QUERIES:-500}" --rounds "${BENCH_ROUNDS:-3}" --clients "${BENCH_CLIENTS:-1,8,32}" \
  --wrk-seconds "${BENCH_WRK_SECONDS:-10}" --pg "$pg" --api src/Search.Api/bin/Release/net10.0/Search.Api.dll \
  --indexer src/Search.Indexer/bin/Release/net10.0/Search.Indexer.dll
