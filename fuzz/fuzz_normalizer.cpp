// libFuzzer target: any bytes through normalize(), checking the canonical-text and offset-map
// promises of lib/normalize/normalizer.h.
#include <cstdio>
#include <cstdlib>

#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const finex::NormalizedText norm = finex::normalize(input);
  const std::string broken = finex::invariants::check_normalized(input, norm);
  if (!broken.empty()) {
    std::fprintf(stderr, "normalize: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}
