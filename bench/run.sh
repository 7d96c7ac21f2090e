#!/usr/bin/env bash
# Builds the benchmark in Release (build-bench/) and prints its table, as in the README's
# Performance section:   bash bench/run.sh
# Options go to the benchmark, e.g. a quick look: bash bench/run.sh --runs 1 --mixed-mb 10
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DFINEX_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j "$(nproc)" --target finex_bench finex_cli >/dev/null
exec ./build-bench/bench/finex_bench "$@"
