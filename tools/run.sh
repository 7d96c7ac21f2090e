#!/usr/bin/env bash
# The entry points of the README, for a fresh Debian 12 machine (as root):
#   bash tools/run.sh example   install what is missing, build, print the table of the fines of
#                               the bundled seed articles (and nothing else)
#   bash tools/run.sh test      install what is missing, build, run the test suite
#   bash tools/run.sh sanitize  the test suite and the CLI over the corpus under ASan + UBSan
#   bash tools/run.sh fuzz      build the libFuzzer targets with clang, fuzz each for
#                               FUZZ_SECONDS (default 60) seconds
#   bash tools/run.sh wheel     build the Python wheel from the sources alone, offline, install it
#                               into a fresh virtual environment and extract with it
# Every sanitizer report is fatal.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libre2-dev libicu-dev libutf8proc-dev libgumbo-dev parallel
          nlohmann-json3-dev doctest-dev python3
          pybind11-dev python3-dev python3-pytest python3-dask python3-distributed
          python3-jsonschema  # the records validated against schema/finex.schema.json
          python3-pip python3-setuptools python3-wheel python3-venv  # the wheel, built offline
          chromium)  # the review page's test in a real browser

# Only the fuzz step needs clang: the other modes do not install it.
fuzz_packages=(clang libclang-rt-14-dev)

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

install_missing() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  # The benchmark is built by bench/run.sh, in a Release build of its own.
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFINEX_BUILD_BENCH=OFF \
        -DFINEX_WERROR="${FINEX_WERROR:-OFF}" >/dev/null
  cmake --build build -j "$(nproc)"
}

# The CLI over every article at hand; any sanitizer report on its standard error fails.
sanitized_cli_over_corpus() {
  local folders=(corpus/seeds)
  [ -d ../shared/dev ] && folders+=(../shared/dev)
  local status=0
  ./build-asan/tools/finex/finex extract -q -j "$(nproc)" "${folders[@]}" \
    >build-asan/corpus.jsonl 2>build-asan/corpus.err || status=$?
  cat build-asan/corpus.err >&2
  if [ "$status" -gt 1 ] || grep -qE "Sanitizer|runtime error:" build-asan/corpus.err; then
    echo "sanitized CLI over ${folders[*]}: exit status $status" >&2
    return 1
  fi
  echo "sanitized CLI over ${folders[*]}: $(wc -l <build-asan/corpus.jsonl) records, clean"
}

case "${1:-}" in
  example)
    # Only the table on standard output: the installation and the build speak only on failure.
    log=$(mktemp)
    { install_missing && build; } >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
    rm -f "$log"
    ./build/examples/seed_table corpus/seeds
    ;;
  test)
    install_missing
    build
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    ;;
  sanitize)
    install_missing
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFINEX_SANITIZE=ON \
          -DFINEX_BUILD_BENCH=OFF -DFINEX_WERROR="${FINEX_WERROR:-OFF}" >/dev/null
    cmake --build build-asan -j "$(nproc)"
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
    sanitized_cli_over_corpus
    ;;
  fuzz)
    install_missing "${fuzz_packages[@]}"
    cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
          -DFINEX_FUZZ=ON -DFINEX_BUILD_TESTS=OFF -DFINEX_BUILD_EXAMPLES=OFF \
          -DFINEX_BUILD_BENCH=OFF >/dev/null
    cmake --build build-fuzz -j "$(nproc)" --target fuzz_extractor fuzz_normalizer fuzz_stream_reader
    bash fuzz/run.sh build-fuzz "${FUZZ_SECONDS:-60}"
    ;;
  wheel)
    # No build tree is handed over: setup.py configures and compiles its own, as a user's pip does.
    install_missing
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    /usr/bin/python3 -m venv --system-site-packages "$work/venv"  # Debian's, with its packages
    PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 "$work/venv/bin/pip" wheel -q \
      --no-build-isolation --no-index --no-deps -w "$work/wheels" ./python
    "$work/venv/bin/pip" install -q --no-index "$work"/wheels/finex-*.whl
    (cd "$work" && PYTHONPATH="" venv/bin/python -c '
import finex
record = finex.Extractor().extract("Die CNIL verhängte gegen Acme ein Bußgeld von 2 Millionen Euro.")
fine = record["fines"][0]
assert (fine["amount"]["value"], fine["amount"]["currency"]) == (2000000, "EUR"), fine
print("wheel", finex.__version__, "installed and extracting")')
    ;;
  *)
    echo "usage: bash tools/run.sh example|test|sanitize|fuzz|wheel" >&2
    exit 2
    ;;
esac
