#!/usr/bin/env bash
# Runs each libFuzzer target over the seed corpus for a bounded time; exits non-zero on the first
# finding (crash, sanitizer report, invariant broken, timeout, out of memory).
#   bash fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# BUILD_DIR is a clang build configured with -DFINEX_FUZZ=ON. The corpus each run grows is kept
# in BUILD_DIR/fuzz-corpus/<target>, so later runs start where earlier ones stopped; crashing
# inputs are written to BUILD_DIR/fuzz-artifacts/<target>/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_extractor fuzz_normalizer fuzz_stream_reader)

# LeakSanitizer on; every report is fatal.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"

for target in "${targets[@]}"; do
  binary="$build/fuzz/$target"
  [ -x "$binary" ] || { echo "fuzz/run.sh: $binary is not built" >&2; exit 2; }
  corpus="$build/fuzz-corpus/$target"
  seeds="$build/fuzz-seeds/$target"
  artifacts="$build/fuzz-artifacts/$target"
  rm -rf "$seeds"
  mkdir -p "$corpus" "$seeds" "$artifacts"
  # The articles of corpus/ plus the hostile samples of fuzz/seeds (and, for the stream reader,
  # its JSON Lines samples). The extractor target reads its first byte as a language choice: a
  # NUL there means "identify the language"; the stream reader, as the size of the pieces its
  # input comes in.
  files=("$root"/corpus/seeds/*.txt "$root"/fuzz/seeds/*.txt)
  [ "$target" = fuzz_stream_reader ] && files+=("$root"/fuzz/seeds/*.jsonl)
  for file in "${files[@]}"; do
    case "$target" in
      fuzz_extractor) { printf '\0'; cat "$file"; } > "$seeds/$(basename "$file")" ;;
      fuzz_stream_reader) { printf '\x10'; cat "$file"; } > "$seeds/$(basename "$file")" ;;
      *) cp "$file" "$seeds/" ;;
    esac
  done
  echo "== $target: ${seconds}s"
  "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
            -dict="$root/fuzz/finex.dict" -print_final_stats=1 -artifact_prefix="$artifacts/" \
            "$corpus" "$seeds"
done
