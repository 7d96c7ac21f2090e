#include "extract_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include "exit_status.h"
#include "finex/extractor.h"
#include "inputs.h"
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

OrderedPool::Task file_task(const Extractor& extractor, Input input, const Settings& settings,
                            bool keep_input) {
  return [&extractor, &settings, input = std::move(input), keep_input]() -> Processed {
    if (!input.error.empty()) return error_record(input.path, "unreadable", input.error);
    // One buffer per thread, reused from file to file; a huge file's is not kept.
    thread_local std::string contents;
    std::string error;
    if (!read_input(input.path, contents, error))
      return error_record(input.path, "unreadable", error);
    DocumentInfo info = settings.defaults;
    info.id = input.path;
    const bool page = has_extension(input.path, ".html") || has_extension(input.path, ".htm");
    info.format = settings.input_format.value_or(page ? InputFormat::html : InputFormat::text);
    Processed done{extractor.extract(contents, info), contents.size(), {}};
    if (keep_input) done.input = std::move(contents);
    else if (contents.capacity() > (std::size_t{16} << 20)) contents = std::string();
    return done;
  };
}

OrderedPool::Task stream_task(const Extractor& extractor, std::string line, std::size_t number,
                              const DocumentInfo& defaults, bool keep_input) {
  return [&extractor, &defaults, line = std::move(line), number, keep_input]() -> Processed {
    StreamRecord record = parse_stream_record(line, number, defaults);
    if (record.error)
      return error_record(record.info.id, record.error->code, record.error->message);
    Processed done{extractor.extract(record.text, record.info), line.size(), {}};
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

}  // namespace

int run_extract(const Settings& settings) {
  OutputSink sink;
  if (!settings.output.empty() && !sink.open_file(settings.output)) {
    std::cerr << "finex: " << sink.error() << "\n";
    return kExitWriteFailed;
  }
  const Extractor extractor(settings.options);  // one for every thread: it is immutable
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

  std::vector<Input> inputs;
  if (!settings.stream) inputs = list_inputs(settings.paths, settings.extensions);
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
    OrderedPool pool(settings.threads, std::size_t{16} * settings.threads, deliver);
    if (settings.stream) {
      std::string line;
      for (std::size_t number = 1; std::getline(std::cin, line); ++number) {
        const std::string id = std::to_string(number);
        if (!pool.submit(guarded(stream_task(extractor, std::move(line), number, settings.defaults, keep_input), id)))
          break;
        line = std::string();
      }
    } else {
      for (Input& input : inputs) {
        std::string path = input.path;
        if (!pool.submit(guarded(file_task(extractor, std::move(input), settings, keep_input), path)))
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
