#!/usr/bin/env bash
# Command 2: run every test (unit, index, HTTP host, browser) and print "N passed, N failed".
# Tests that read ../shared skip with a message when it is absent, and fail under CI=true.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-dependencies.sh chromium || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test Search.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E "^\s*(Failed|Passed|Skipped) |error|Passed!|Failed!|Skipped " || true
status=${PIPESTATUS[0]}

passed=$(grep -Eo "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo "Skipped: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
assemblies=$(grep -cE "Total tests: " "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or a test host failed before reporting
fi
rm -f "$log"
echo "ran $assemblies test assemblies"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
