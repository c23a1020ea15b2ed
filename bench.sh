#!/usr/bin/env bash
# Runs the benchmarks (Release build) and prints their figures: ./bench.sh list | NAME | all
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export AISEC_REPO_ROOT="$root"
exec dotnet run -c Release --project "$root/bench/AiSec.Bench" -- "$@"
