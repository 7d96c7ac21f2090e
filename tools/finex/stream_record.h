#pragma once
// One line of --stream input: a JSON object {"id", "text", "published", "language"}. Every line
// stands alone (no state between lines), which is what lets GNU parallel --pipe, Spark's
// RDD.pipe and Hadoop streaming cut a stream anywhere between lines.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "finex/options.h"
#include "finex/result.h"

namespace finex::cli {

struct StreamRecord {
  DocumentInfo info;           // id, published, language (the defaults where the line has none)
  std::string text;
  std::optional<Error> error;  // "invalid_input": info.id is the record's id if it could be
                               // read, else the line number (from 1)
};

StreamRecord parse_stream_record(std::string_view line, std::size_t line_number,
                                 const DocumentInfo& defaults);

}  // namespace finex::cli
