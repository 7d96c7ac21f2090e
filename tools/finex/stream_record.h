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
                               // read, else "line:N" (N from 1)
  std::string warning;         // set when invalid UTF-8 or lone surrogates were replaced
};

StreamRecord parse_stream_record(std::string_view line, std::size_t line_number,
                                 const DocumentInfo& defaults);

// The name of a line's record when it has no readable id: "line:N", which no numeric id can be.
std::string line_name(std::size_t line_number);

// The value of a line's "id" read without parsing the line (which may be malformed or cut
// short), or "" when none can be read: the first `"id": "..."` or `"id": 123` in it.
std::string readable_id(std::string_view line);

}  // namespace finex::cli
