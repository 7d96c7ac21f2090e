#!/usr/bin/env bash
# The two entry points of the README, for a fresh Debian 12 machine (as root):
#   bash tools/run.sh example   install what is missing, build, extract the bundled seed articles
#   bash tools/run.sh test      install what is missing, build, run the test suite
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libre2-dev libicu-dev libutf8proc-dev parallel
          nlohmann-json3-dev doctest-dev python3
          pybind11-dev python3-dev python3-pytest python3-dask python3-distributed)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
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
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j "$(nproc)"
}

case "${1:-}" in
  example)
    install_missing
    build
    ./build/examples/seed_table corpus/seeds
    ;;
  test)
    install_missing
    build
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    ;;
  *)
    echo "usage: bash tools/run.sh example|test" >&2
    exit 2
    ;;
esac
