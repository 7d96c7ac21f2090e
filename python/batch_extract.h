#pragma once
// Many documents through one shared Extractor on a small pool of threads, for the Python
// module's extract_many(). Pure C++: the caller releases the GIL around it.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "finex/finex.h"

namespace finex::python {

struct Document {
  std::string text;
  DocumentInfo info;
  // Set when the item could not be read as a document: the result is this error, not an
  // extraction (one record per input, never dropped).
  std::optional<Error> error;
};

// The JSON record of each document (finex::to_json), in input order. threads == 0 uses the
// hardware concurrency; never more threads than documents.
std::vector<std::string> extract_to_json(const Extractor& extractor,
                                         const std::vector<Document>& documents,
                                         std::size_t threads);

}  // namespace finex::python
