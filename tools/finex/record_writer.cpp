#include "record_writer.h"

namespace finex::cli {

std::unique_ptr<RecordWriter> make_record_writer(Format format, bool evidence) {
  switch (format) {
    case Format::jsonl: return make_jsonl_writer();
    case Format::json: return make_json_writer();
    case Format::csv: return make_csv_writer(evidence);
    case Format::table: return make_table_writer();
    case Format::html: return make_html_writer();
  }
  return make_jsonl_writer();
}

}  // namespace finex::cli
