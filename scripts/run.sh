#!/usr/bin/env bash
# Command 1: install what is missing, build, index the bundled sample (or the paths given),
# and serve the API and web page on http://localhost:5000.
#   scripts/run.sh                          # the bundled sample
#   scripts/run.sh ../shared/corpus/news    # any files or directories (.jsonl, .txt)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-dependencies.sh
dotnet build Search.sln -c Release -v quiet -nologo

inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(index-data/sample)
index="${Search__IndexPath:-index-data/index}"

# The indexer exits 1 when it rejected records; the rest is indexed and served all the same.
dotnet src/Search.Indexer/bin/Release/net10.0/Search.Indexer.dll index "${inputs[@]}" --index "$index" || [ $? -eq 1 ]

url="${URLS:-http://localhost:5000}"
echo
echo "Search is serving on $url  (try $url/api/search?q=gubernur)"
echo
export Search__IndexPath="$(realpath "$index")"
cd src/Search.Api
exec dotnet bin/Release/net10.0/Search.Api.dll --urls "$url"
