#!/usr/bin/env bash
# Runs every benchmark once on this machine and regenerates docs/performance.md and its chart from the
# results. About 40 minutes on 2 cores; run it on a quiet machine (the figures are ratios measured in
# the same run, but a busy neighbour still moves them).
#   bash bench/report/run.sh [results-directory]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-artifacts/benchmarks}"
rm -rf "$out"
mkdir -p "$out"

dotnet build -c Release bench/CodeExecGen.Benchmarks
dotnet build -c Release bench/CodeExecGen.GeneratorBenchmarks

# The job every run-time figure uses: one process, 2 warm-up and 8 measured iterations of about 0.5 s each.
job=(--launchCount 1 --warmupCount 2 --iterationCount 8 --exporters json)
dotnet run -c Release --no-build --project bench/CodeExecGen.Benchmarks -- --filter '*' "${job[@]}" --artifacts "$out/runtime"
dotnet run -c Release --no-build --project bench/CodeExecGen.GeneratorBenchmarks -- --filter '*GeneratorRun*' "${job[@]}" --artifacts "$out/generator"
# Whole-document runs take up to 14 s each: fewer iterations.
dotnet run -c Release --no-build --project bench/CodeExecGen.GeneratorBenchmarks -- --filter '*LargeDocument*' --launchCount 1 --warmupCount 1 --iterationCount 3 --exporters json --artifacts "$out/documents"
dotnet run -c Release --no-build --project bench/CodeExecGen.GeneratorBenchmarks -- --analyzer-cost "$out/analyzer-cost.json" 5

python3 bench/report/make_report.py "$out" docs/performance.md docs/performance.svg
