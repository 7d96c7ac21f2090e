#include "batch_extract.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace finex::python {
namespace {

Result error_result(const std::string& document, Error error) {
  Result result;
  result.document = document;
  result.error = std::move(error);
  return result;
}

// Exceptions stay inside one document, as in the command line's worker pool: one bad
// document must not lose the records of the others.
std::string extract_one(const Extractor& extractor, const Document& document) {
  if (document.error) return to_json(error_result(document.info.id, *document.error));
  try {
    return to_json(extractor.extract(document.text, document.info));
  } catch (const std::exception& e) {
    return to_json(error_result(document.info.id,
                                {"invalid_input", std::string("cannot process: ") + e.what()}));
  }
}

}  // namespace

std::vector<std::string> extract_to_json(const Extractor& extractor,
                                         const std::vector<Document>& documents,
                                         std::size_t threads) {
  std::vector<std::string> records(documents.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, documents.size());

  // Documents are claimed one at a time: article sizes vary too much for fixed chunks.
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < documents.size(); i = next++)
      records[i] = extract_one(extractor, documents[i]);
  };
  if (threads <= 1) {
    work();
    return records;
  }
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();  // the calling thread works too
  }  // joins every thread before the records are read
  return records;
}

}  // namespace finex::python
