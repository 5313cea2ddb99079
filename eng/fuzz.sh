#!/usr/bin/env bash
# Runs the command fuzzer for N inputs (default 10000) with a seed (default 19) and prints how each run ended:
# success, clean error, crash, hang (no answer in 300 s), slow (over 60 s of processor time), non-finite result, lost file. Usage: eng/fuzz.sh [N] [SEED] [SECONDS]
# (SECONDS, when given, stops the run after that long, with the count it reached).
# A defect's input is kept in the temporary folder (its path is in the report) to replay it with 'entente'.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs="${1:-10000}"
seed="${2:-19}"
if [ -n "${3:-}" ]; then export ENTENTE_FUZZ_SECONDS="$3"; fi
report="$(mktemp)"
export ENTENTE_FUZZ_INPUTS="$inputs" ENTENTE_FUZZ_SEED="$seed" ENTENTE_FUZZ_REPORT="$report"
status=0
dotnet test tests/Entente.Cli.Tests --filter "FullyQualifiedName~CommandFuzzTests" -v q --nologo >/dev/null || status=$?
cat "$report"
rm -f "$report"
exit "$status"
