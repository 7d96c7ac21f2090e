#include "extract_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <future>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "exit_status.h"
#include "finex/extractor.h"
#include "inputs.h"
#include "line_reader.h"
#include "ordered_pool.h"
#include "output_sink.h"
#include "progress.h"
#include "record_writer.h"
#include "stream_record.h"

namespace finex::cli {
namespace {

Processed error_record(std::string document, std::string code, std::string message) {
  Processed p;
  p.result.document = std::move(document);
  p.result.error = Error{std::move(code), std::move(message)};
  return p;
}

// Exceptions stay inside the task: one bad document must not take the run down.
OrderedPool::Task guarded(OrderedPool::Task task, std::string document) {
  return [task = std::move(task), document = std::move(document)]() -> Processed {
    try {
      return task();
    } catch (const std::exception& e) {
      return error_record(document, "invalid_input", std::string("cannot process: ") + e.what());
    }
  };
}

// A file as read by the thread that submits it: its bytes, or why they cannot be read.
struct ReadFile {
  std::string path;
  std::string contents;
  std::optional<Error> error;
};

ReadFile read_file(const Input& input, std::size_t max_bytes) {
  ReadFile file{input.path, {}, std::nullopt};
  if (!input.error.empty()) {
    file.error = Error{"unreadable", input.error};
    return file;
  }
  Error error;
  if (!read_input(input, max_bytes, file.contents, error)) file.error = std::move(error);
  return file;
}

OrderedPool::Task file_task(const Extractor& extractor, ReadFile file, const Settings& settings,
                            bool keep_input) {
  return [&extractor, &settings, file = std::move(file), keep_input]() mutable -> Processed {
    if (file.error) return error_record(file.path, file.error->code, file.error->message);
    DocumentInfo info = settings.defaults;
    info.id = file.path;
    const bool page = has_extension(file.path, ".html") || has_extension(file.path, ".htm");
    info.format = settings.input_format.value_or(page ? InputFormat::html : InputFormat::text);
    Processed done{extractor.extract(file.contents, info), file.contents.size(), {}};
    if (keep_input) done.input = std::move(file.contents);
    return done;
  };
}

OrderedPool::Task stream_task(const Extractor& extractor, std::string line, std::size_t number,
                              const DocumentInfo& defaults, bool keep_input) {
  return [&extractor, &defaults, line = std::move(line), number, keep_input]() mutable -> Processed {
    StreamRecord record = parse_stream_record(line, number, defaults);
    const std::size_t bytes = line.size();
    line = std::string();  // the text was taken out of it: only one copy stays
    if (record.error)
      return error_record(record.info.id, record.error->code, record.error->message);
    Processed done{extractor.extract(record.text, record.info), bytes, {}};
    if (!record.warning.empty()) done.result.warnings.push_back({"invalid_utf8", record.warning});
    if (keep_input) done.input = std::move(record.text);
    return done;
  };
}

// The progress line is redrawn in place on standard error: only on a terminal, and never on
// the terminal that shows the output, where it would share lines with the records.
bool progress_fits(const Settings& settings) {
  if (!::isatty(2)) return false;
  if (!settings.output.empty() || !::isatty(1)) return true;
  struct stat out {}, err {};
  return ::fstat(1, &out) == 0 && ::fstat(2, &err) == 0 && out.st_rdev != err.st_rdev;
}

// A line over the size limit, of which only the first bytes were kept: its id if they hold one.
Processed too_long_line(const Line& line, std::size_t max_bytes) {
  std::string id = readable_id(line.text);
  if (id.empty()) id = line_name(line.number);
  const std::string which = "line " + std::to_string(line.number);
  const std::string bytes = std::to_string(line.bytes);
  Processed p = error_record(
      id, "too_large",
      line.unended ? which + " ran on for more than " + bytes +
                         " bytes without a line end: the input is no JSON Lines, read no further"
                   : which + " has " + bytes + " bytes, more than the limit of " +
                         std::to_string(max_bytes));
  p.bytes = line.bytes;
  return p;
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// Lines are read here, each within the size limit, and parsed by the workers.
void submit_stream(OrderedPool& pool, const Extractor& extractor, const Settings& settings,
                   bool keep_input) {
  const std::size_t max_bytes = extractor.options().max_document_bytes;
  LineReader reader(LineReader::standard_input(), max_bytes);
  Line line;
  while (reader.next(line)) {
    if (line.too_long) {
      Processed p = too_long_line(line, max_bytes);
      if (!pool.submit([p = std::move(p)]() mutable { return std::move(p); })) return;
      continue;
    }
    if (blank(line.text)) continue;  // a blank line is no record
    const std::size_t bytes = line.text.size();
    OrderedPool::Task task =
        stream_task(extractor, std::move(line.text), line.number, settings.defaults, keep_input);
    if (!pool.submit(guarded(std::move(task), line_name(line.number)), bytes)) return;
    line.text = std::string();
  }
}

}  // namespace

int run_extract(const Settings& settings) {
  // The extractor is built on a thread of its own while the folders are listed: on a folder of
  // many small files each is a good share of a run that nothing else can overlap.
  std::future<std::unique_ptr<const Extractor>> building = std::async(
      std::launch::async, [&] { return std::make_unique<const Extractor>(settings.options); });
  // Listed before the output is opened, so that a run that has nothing to read creates nothing,
  // and an earlier run's output in a folder read is known and skipped.
  std::vector<Input> inputs;
  if (!settings.stream) inputs = list_inputs(settings.paths, settings.extensions, settings.output);
  if (!settings.stream && inputs.empty()) {
    std::string endings;
    for (const std::string& e : settings.extensions) endings += (endings.empty() ? "" : ", ") + e;
    std::cerr << "finex: no document to read: no file ending in " << endings << " in the folders given\n";
    return kExitUsage;
  }
  OutputSink sink;
  if (!settings.output.empty() && !sink.open_file(settings.output)) {
    std::cerr << "finex: " << sink.error() << "\n";
    return kExitWriteFailed;
  }
  const std::unique_ptr<const Extractor> built = building.get();
  const Extractor& extractor = *built;  // one for every thread: it is immutable
  if (!extractor.ok()) {
    std::cerr << "finex: the extractor cannot start: " << extractor.error() << "\n";
    // A language pack given on the command line is the caller's to mend.
    return settings.options.extra_language_dirs.empty() ? kExitDocumentErrors : kExitUsage;
  }
  if (!settings.defaults.language.empty())
    if (auto why = extractor.check_language(settings.defaults.language)) {
      std::cerr << "finex: --lang: " << *why << "\nTry 'finex --help'.\n";
      return kExitUsage;
    }
  const std::unique_ptr<RecordWriter> writer =
      settings.aggregate ? make_event_writer(settings.format) : make_record_writer(settings.format, settings.options.evidence);
  const bool keep_input = writer->shows_input();
  // A line-by-line consumer (a pipe protocol, a person at a terminal) gets each record at once.
  const bool flush_each = settings.stream || (settings.output.empty() && ::isatty(1));

  Progress progress(settings.stream ? std::nullopt : std::optional<std::size_t>(inputs.size()),
                    !settings.quiet && progress_fits(settings));
  RunCounts counts;
  auto deliver = [&](Processed&& done) {
    const Result& r = done.result;
    ++counts.documents;
    counts.fines += r.fines.size();
    counts.bytes += done.bytes;
    if (!r.ok()) {
      ++counts.errors;
      // Whatever the format, and even with -q: an error is never only in the output.
      progress.clear();
      std::cerr << "finex: " << r.document << ": " << r.error->code << ": " << r.error->message
                << "\n";
    }
    writer->write_document(r, done.input, sink);
    if (flush_each) sink.flush();
    progress.update(counts);
    return sink.ok();
  };

  if (settings.bom) sink.write("\xEF\xBB\xBF");
  writer->begin(sink);
  if (flush_each) sink.flush();
  {
    // The lines of a stream wait within one document's size limit, not a window's worth of it;
    // files read ahead within a few megabytes a worker, so that a folder of large files holds
    // few of them at a time (a file larger than that waits alone).
    // 64 documents a worker: the reader is woken once per 32 small files, not once per few (on
    // a virtual machine a wake-up costs as much as reading a file).
    constexpr std::size_t kReadAheadBytesPerWorker = std::size_t{4} << 20;
    const std::size_t waiting_bytes =
        settings.stream ? settings.options.max_document_bytes : kReadAheadBytesPerWorker * settings.threads;
    OrderedPool pool(settings.threads, std::size_t{64} * settings.threads, deliver, waiting_bytes);
    if (settings.stream) {
      submit_stream(pool, extractor, settings, keep_input);
    } else {
      // Read here, ahead of the workers: reading the next files overlaps with extracting,
      // with one worker too.
      const std::size_t max_bytes = extractor.options().max_document_bytes;
      for (const Input& input : inputs) {
        ReadFile file = read_file(input, max_bytes);
        const std::size_t bytes = file.contents.size();
        if (!pool.submit(guarded(file_task(extractor, std::move(file), settings, keep_input), input.path),
                         bytes))
          break;
      }
    }
    pool.finish();
  }
  writer->end(sink);
  sink.close();
  progress.clear();

  if (sink.state() == OutputSink::State::failed) {
    std::cerr << "finex: " << sink.error() << "\n";
    return kExitWriteFailed;
  }
  // The reader went away (`| head`): a normal, quiet end.
  if (sink.state() == OutputSink::State::closed_by_reader)
    return counts.errors > 0 ? kExitDocumentErrors : kExitOk;
  if (!settings.quiet) progress.summary(counts);
  return counts.errors > 0 ? kExitDocumentErrors : kExitOk;
}

}  // namespace finex::cli
