// libFuzzer target: any bytes through Extractor::extract() and to_json(), checking the promises
// of finex/result.h and finex/json.h. The first byte chooses the language (or identification),
// so every language's patterns see the input; the rest is the document.
#include <cstdio>
#include <cstdlib>

#include "finex/extractor.h"
#include "invariants.h"

namespace {

const finex::Extractor& extractor() {
  // Built once: construction compiles every pattern.
  static const finex::Extractor instance = [] {
    finex::Options options;
    options.max_document_bytes = 1 << 20;
    return finex::Extractor(options);
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  static constexpr const char* kLanguages[] = {"", "en", "fr", "de", "nl", "it", "es", "pt"};
  if (!extractor().ok()) {
    std::fprintf(stderr, "extractor: %s\n", extractor().error().c_str());
    std::abort();
  }
  if (size == 0) return 0;
  finex::DocumentInfo info;
  info.id = "fuzz";
  info.language = kLanguages[data[0] % (sizeof kLanguages / sizeof *kLanguages)];
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const finex::Result result = extractor().extract(input, info);
  const std::string broken = finex::invariants::check_result(input, result);
  if (!broken.empty()) {
    std::fprintf(stderr, "extract: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}
