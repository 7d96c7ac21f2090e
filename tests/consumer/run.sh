#!/usr/bin/env bash
# Installs the built project into a temporary prefix, then builds and runs this consumer against
# it twice: with find_package(finex) and with pkg-config.
#   bash tests/consumer/run.sh BUILD_DIR [CXX_COMPILER [EXTRA_FLAGS]]
set -euo pipefail
build_dir=$1
cxx=${2:-c++}
extra_flags=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null

check() {  # check NAME OUTPUT
  local expected
  for expected in "finex 0.1.0" "document consumer-1" "amount 20000000 EUR"; do
    if ! grep -qxF "$expected" <<<"$2"; then
      echo "$1: expected a line '$expected' in:" >&2
      echo "$2" >&2
      exit 1
    fi
  done
  echo "$1: ok"
}

cmake -S "$here" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$work/prefix" \
      -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="$extra_flags" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
check "find_package(finex)" "$("$work/cmake-build/consumer")"

pc_dir=$(dirname "$(find "$work/prefix" -name finex.pc | head -1)")
flags=$(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags --libs finex)
# shellcheck disable=SC2086  # the flags are words
"$cxx" -std=c++20 $extra_flags "$here/main.cpp" -o "$work/consumer-pc" $flags
check "pkg-config finex" "$("$work/consumer-pc")"

# examples/seed_table.cpp compiles as a user copies it, with nothing but the installed package.
cp "$here/../../examples/seed_table.cpp" "$work/seed_table.cpp"
# shellcheck disable=SC2086  # the flags are words
"$cxx" -std=c++20 $extra_flags "$work/seed_table.cpp" -o "$work/seed_table" $flags
table=$("$work/seed_table" "$here/../../corpus/seeds")
[ "$(head -c 7 <<<"$table")" = "article" ] || { echo "seed_table: no table in: $table" >&2; exit 1; }
echo "examples/seed_table.cpp, copied: ok"

# The command line is installed too.
[ "$("$work/prefix/bin/finex" --version)" = "finex 0.1.0" ] || { echo "installed finex --version failed" >&2; exit 1; }
echo "installed finex: ok"
# So is the JSON Schema of the record.
python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["x-finex-schema-version"] == 2' \
  "$work/prefix/share/finex/finex.schema.json" || { echo "no installed schema" >&2; exit 1; }
echo "installed schema: ok"
for file in share/man/man1/finex.1 share/bash-completion/completions/finex share/doc/finex/LICENSE; do
  [ -f "$work/prefix/$file" ] || { echo "not installed: $file" >&2; exit 1; }
done
[ -n "$(find "$work/prefix" -path '*/cmake/finex/LICENSE')" ] || { echo "no licence in the CMake package" >&2; exit 1; }
echo "installed manual page, completion and licence: ok"
