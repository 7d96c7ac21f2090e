// The finex benchmark: throughput of each stage and of the whole extraction on a generated
// corpus, the command-line program's scaling over a folder of files, construction time and peak
// memory. Prints one Markdown table (the README's Performance section). See bench/run.sh.
//
//   finex_bench [--runs N] [--mixed-mb N] [--dense-mb N] [--files N] [--cli PATH]
//               [--languages en,fr,...]   (a corpus in these languages only)
//               [--against PATH]...   (another build's CLI on the same folders, in the same run:
//                                      is this build slower than that one?)
//               [--extraction-only]   (only the full-extraction rows: for perf or callgrind)
//   finex_bench --peak-memory [--mixed-mb N]   (internal: prints the peak MB of extraction)
//   finex_bench --write-corpora DIR [--mixed-mb N] [--dense-mb N]   (DIR/mixed, DIR/dense as
//               files, for comparing the command line's output of two builds)
#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "bench_corpus.h"
#include "date/date_recognizer.h"
#include "entities/authority_recognizer.h"
#include "finex/extractor.h"
#include "fines/fine_assembler.h"
#include "measure.h"
#include "money/money_recognizer.h"
#include "normalize/normalizer.h"
#include "prefilter/prefilter.h"
#include "pipeline_breakdown.h"
#include "processes.h"
#include "segment/language_identifier.h"
#include "segment/sentence_splitter.h"
#include "templates.h"

namespace fb = finex::bench;

namespace {

struct Settings {
  int runs = 3;
  std::size_t mixed_mb = 100;
  std::size_t dense_mb = 10;
  std::size_t files = 10000;
  std::string cli = FINEX_CLI;
  std::vector<std::string> languages;  // of the corpora; empty: every language of the templates
  std::vector<std::string> against;    // other builds' CLIs, timed beside this one
  bool peak_memory = false;
  bool extraction_only = false;  // for profilers: perf record finex_bench --extraction-only
  std::string write_corpora;     // a folder to write the corpora into, instead of measuring
};

struct Row {
  std::string measure, input, result, target;
};

std::string format(const char* pattern, double value) {
  char out[64];
  std::snprintf(out, sizeof out, pattern, value);
  return out;
}

std::string describe(const fb::Corpus& corpus, const char* name) {
  return std::string(name) + " " + format("%.0f MB", static_cast<double>(corpus.bytes) / 1e6) +
         ", " + std::to_string(corpus.documents.size()) + " docs";
}

std::vector<std::string> article_folders() {
  return {FINEX_CORPUS_DIR "/seeds", FINEX_SHARED_DIR "/dev"};
}

// The real articles in `languages` (as identified), or all of them.
std::vector<fb::Document> articles_in(const std::vector<std::string>& languages) {
  std::vector<fb::Document> articles = fb::load_articles(article_folders());
  if (!languages.empty())
    std::erase_if(articles, [&](const fb::Document& d) {
      return std::find(languages.begin(), languages.end(), d.language) == languages.end();
    });
  return articles;
}

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= list.size()) {
    const std::size_t comma = std::min(list.find(',', begin), list.size());
    if (comma > begin) out.push_back(list.substr(begin, comma - begin));
    begin = comma + 1;
  }
  return out;
}

// Extraction over the mixed corpus streamed one document at a time: the peak resident memory
// is the extractor's and one document's, not the corpus's.
int print_peak_memory(const Settings& settings) {
  const fb::TextTemplates templates(FINEX_BENCH_TEMPLATES, settings.languages);
  const std::vector<fb::Document> articles = articles_in(settings.languages);
  const finex::Extractor extractor;
  fb::ArticleStream stream(templates, articles, fb::ArticleStream::Kind::mixed,
                           settings.mixed_mb * 1000000);
  fb::Document document;
  bool reports_fine = false;
  std::size_t fines = 0;
  while (stream.next(document, reports_fine))
    fines += extractor.extract(document.text).fines.size();
  fb::keep(fines);
  std::printf("%.1f\n", fb::peak_resident_mb());
  return 0;
}

// Construction time of the extractor and of each component it builds, in milliseconds.
void construction_rows(const Settings& settings, std::vector<Row>& rows) {
  auto ms = [&](auto&& build) { return 1000 * fb::median_seconds(settings.runs, build); };
  const double extractor = ms([] { fb::keep(finex::Extractor().ok()); });
  rows.push_back({"extractor construction", "all languages", format("%.0f ms", extractor),
                  "<= 50 ms"});
  const std::vector<std::pair<const char*, double>> parts = {
      {"language identifier", ms([] { fb::keep(finex::LanguageIdentifier().languages().size()); })},
      {"sentence splitter", ms([] { fb::keep(finex::SentenceSplitter().ok()); })},
      {"money recogniser", ms([] { fb::keep(finex::MoneyRecognizer().ok()); })},
      {"prefilter", ms([] { fb::keep(finex::Prefilter().read("").anything); })},
      {"date recogniser", ms([] { fb::keep(finex::DateRecognizer().ok()); })},
      {"authority recogniser", ms([] { fb::keep(finex::AuthorityRecognizer().ok()); })},
      {"party recogniser", ms([] { fb::keep(finex::PartyRecognizer().ok()); })},
      {"fine assembler", ms([] { fb::keep(finex::FineAssembler().ok()); })},
  };
  for (const auto& [name, value] : parts)
    rows.push_back({std::string("  of which ") + name, "", format("%.0f ms", value), ""});
}

template <typename Work>
double time_corpus(const Settings& settings, const Work& work) {
  return fb::median_seconds(settings.runs, work);
}

void stage_rows(const Settings& settings, const fb::Corpus& mixed, std::vector<Row>& rows,
                double& floor_mbps) {
  const std::string input = describe(mixed, "mixed");
  const std::size_t bytes = mixed.bytes;

  const double read = time_corpus(settings, [&] {
    std::size_t lines = 0;
    for (const fb::Document& d : mixed.documents)
      lines += static_cast<std::size_t>(std::count(d.text.begin(), d.text.end(), '\n'));
    fb::keep(lines);
  });
  rows.push_back({"plain read of the bytes (count lines)", input,
                  fb::megabytes_per_second(bytes, read) + " MB/s", ""});

  RE2::Options options;
  options.set_log_errors(false);
  const RE2 currency("[€$£]|EUR|euro", options);
  const double floor = time_corpus(settings, [&] {
    std::size_t hits = 0;
    for (const fb::Document& d : mixed.documents) {
      re2::StringPiece rest(d.text);
      while (RE2::FindAndConsume(&rest, currency)) ++hits;
    }
    fb::keep(hits);
  });
  floor_mbps = static_cast<double>(bytes) / 1e6 / floor;
  rows.push_back({"floor: RE2 scan for `[€$£]\\|EUR\\|euro`", input,
                  fb::megabytes_per_second(bytes, floor) + " MB/s", ""});

  const finex::Prefilter prefilter;
  std::size_t passed = 0;
  const double scan = time_corpus(settings, [&] {
    passed = 0;
    for (const fb::Document& d : mixed.documents)
      passed += prefilter.read(d.text).anything || (prefilter.may_hold_fine_words(d.text, d.language) &&
                                                    prefilter.may_hold_money(d.text, d.language));
  });
  rows.push_back({"prefilter (raw bytes; the language known)", input,
                  fb::megabytes_per_second(bytes, scan) + " MB/s, " + std::to_string(passed) +
                      " docs may hold money and fine words",
                  ""});

  std::vector<std::string> normalised;
  normalised.reserve(mixed.documents.size());
  const double normalise = time_corpus(settings, [&] {
    normalised.clear();
    for (const fb::Document& d : mixed.documents) normalised.push_back(finex::normalize(d.text).text);
  });
  rows.push_back({"normalisation", input, fb::megabytes_per_second(bytes, normalise) + " MB/s", ""});

  // The later stages read normalised text, as in the pipeline; throughput is still counted
  // against the corpus's raw bytes.
  auto stage = [&](const char* name, const auto& run) {
    const double seconds = time_corpus(settings, [&] {
      std::size_t found = 0;
      for (std::size_t i = 0; i < normalised.size(); ++i)
        found += run(normalised[i], mixed.documents[i].language);
      fb::keep(found);
    });
    rows.push_back({name, input, fb::megabytes_per_second(bytes, seconds) + " MB/s", ""});
  };
  const finex::LanguageIdentifier identifier;
  stage("language identification",
        [&](const std::string& t, const std::string&) { return identifier.identify(t).code.size(); });
  const finex::SentenceSplitter splitter;
  stage("segmentation (sentences)",
        [&](const std::string& t, const std::string& l) { return splitter.split(t, l).size(); });
  const finex::MoneyRecognizer money;
  stage("money recognition",
        [&](const std::string& t, const std::string& l) { return money.find(t, l).size(); });
  const finex::DateRecognizer dates;
  stage("date recognition", [&](const std::string& t, const std::string& l) {
    return dates.find(t, l, "2024-01-01").size();
  });
  const finex::AuthorityRecognizer authorities;
  stage("authority recognition", [&](const std::string& t, const std::string& l) {
    return authorities.find(t, l, finex::Field::unknown).size();
  });
}

Row extraction_row(const Settings& settings, const finex::Extractor& extractor,
                   const fb::Corpus& corpus, const char* name, double floor_mbps,
                   const char* target, finex::InputFormat input_format = finex::InputFormat::text) {
  std::size_t documents_with_fines = 0;
  finex::DocumentInfo info;
  info.format = input_format;
  const double seconds = time_corpus(settings, [&] {
    documents_with_fines = 0;
    for (const fb::Document& d : corpus.documents)
      documents_with_fines += extractor.extract(d.text, info).fines.empty() ? 0 : 1;
  });
  const double mbps = seconds > 0 ? static_cast<double>(corpus.bytes) / 1e6 / seconds : 0;
  std::string result = format("%.1f MB/s", mbps);
  if (floor_mbps > 0) result += format(" (%.2f of the RE2 floor)", mbps / floor_mbps);
  result += ", " + std::to_string(documents_with_fines) + " docs with fines";
  const bool prefilter = extractor.options().prefilter;
  return {std::string("full extraction, 1 thread") + (prefilter ? "" : ", without the prefilter"),
          describe(corpus, name), result, target};
}

// The command line over a folder of each corpus, beside the machine's floors: `cat` for
// reading the files, and two `-j 1` processes at once for what a second core adds to work that
// shares nothing (caches, memory and a virtual machine's cores are shared all the same).
void cli_rows(const Settings& settings, const fb::Corpus& mixed, const fb::Corpus& dense, std::vector<Row>& rows) {
  for (const auto& [corpus, name] : {std::pair{&mixed, "mixed"}, std::pair{&dense, "dense"}}) {
    const std::string folder = (std::filesystem::temp_directory_path() /
                                ("finex_bench_" + std::to_string(getpid()) + "_" + name)).string();
    const std::size_t bytes = fb::write_files(*corpus, settings.files, folder);
    const std::size_t count = std::min(settings.files, corpus->documents.size());
    const std::string input = std::string(name) + ", " + std::to_string(count) + " files, " +
                              format("%.0f MB", static_cast<double>(bytes) / 1e6);
    auto median = [&](const auto& run) {
      std::vector<double> times;
      for (int r = 0; r < settings.runs; ++r) times.push_back(run());
      std::sort(times.begin(), times.end());
      return times.front() > 0 ? times[times.size() / 2] : -1.0;
    };
    const double cat = median([&] { return fb::cat_seconds(folder); });
    rows.push_back({"floor: `cat DIR/* > /dev/null`", input,
                    cat > 0 ? fb::megabytes_per_second(bytes, cat) + " MB/s" : "failed", ""});
    const double one = median([&] { return fb::cli_seconds(settings.cli, folder, 1); });
    const double two = median([&] { return fb::cli_seconds(settings.cli, folder, 2); });
    const double pair = median([&] { return fb::concurrent_cli_seconds(settings.cli, folder, 2); });
    // Two processes do twice the work of one: their speed-up is 2 * one / pair.
    const double machine = one > 0 && pair > 0 ? 2 * one / pair : -1.0;
    rows.push_back({"floor: two `finex extract DIR -j 1` at once", input,
                    machine > 0 ? format("%.2fx one of them", machine) : "failed", ""});
    for (const auto& [jobs, seconds] : {std::pair{1, one}, std::pair{2, two}}) {
      std::string result = "failed";
      if (seconds > 0) {
        result = fb::megabytes_per_second(bytes, seconds) + " MB/s, " +
                 format("%.0f docs/s", static_cast<double>(count) / seconds);
        if (cat > 0) result += format(", %.2f of cat", cat / seconds);
        if (jobs == 2 && one > 0) {
          result += format(", %.2fx -j 1", one / seconds);
          if (machine > 0) result += format(" (%.2f of the two-process floor)", one / seconds / machine);
        }
      }
      const bool mixed_news = corpus == &mixed;
      rows.push_back({"CLI `finex extract DIR -j " + std::to_string(jobs) + "`", input, result,
                      jobs == 2 ? ">= 1.85x -j 1" : mixed_news ? ">= 80 MB/s" : ""});
    }
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
  }
}

// This build's CLI and each other one over the same folders, one after the other in every run,
// so that a busy machine slows them alike: the ratio says which build is faster.
void against_rows(const Settings& settings, const fb::Corpus& mixed, const fb::Corpus& dense,
                  std::vector<Row>& rows) {
  const std::string base =
      (std::filesystem::temp_directory_path() / ("finex_against_" + std::to_string(getpid()))).string();
  for (const auto& [corpus, name] : {std::pair{&mixed, "mixed"}, std::pair{&dense, "dense"}}) {
    const std::string folder = base + "_" + name;
    const std::size_t bytes = fb::write_files(*corpus, settings.files, folder);
    const std::string input = std::string(name) + ", " +
                              std::to_string(std::min(settings.files, corpus->documents.size())) +
                              " files, " + format("%.0f MB", static_cast<double>(bytes) / 1e6);
    std::vector<std::string> clis{settings.cli};
    clis.insert(clis.end(), settings.against.begin(), settings.against.end());
    std::vector<std::vector<double>> times(clis.size());
    for (int r = 0; r < settings.runs; ++r)
      for (std::size_t c = 0; c < clis.size(); ++c)
        times[c].push_back(fb::cli_seconds(clis[c], folder, 1));
    // A shared machine only ever adds time to a run: the fastest of each build says most
    // surely which build does less work; the median is shown beside it.
    std::vector<double> medians, fastest;
    for (std::vector<double>& t : times) {
      std::sort(t.begin(), t.end());
      medians.push_back(t.front() > 0 ? t[t.size() / 2] : -1.0);
      fastest.push_back(t.front() > 0 ? t.front() : -1.0);
    }
    for (std::size_t c = 0; c < clis.size(); ++c) {
      std::string result = "failed";
      if (medians[c] > 0) {
        result = fb::megabytes_per_second(bytes, medians[c]) + " MB/s";
        if (c > 0 && medians[0] > 0)
          result += format(", this build %.2fx as fast (fastest runs)", fastest[c] / fastest[0]) +
                    format(", %.2fx (medians)", medians[c] / medians[0]);
      }
      rows.push_back({"CLI `-j 1` of " + (c == 0 ? std::string("this build") : clis[c]), input, result, ""});
    }
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
  }
}

void print_table(const std::vector<Row>& rows) {
  std::cout << "| Measure | Input | Result | Target |\n|---|---|---|---|\n";
  for (const Row& r : rows)
    std::cout << "| " << r.measure << " | " << r.input << " | " << r.result << " | " << r.target
              << " |\n";
}

bool parse(int argc, char** argv, Settings& settings) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--peak-memory") settings.peak_memory = true;
    else if (arg == "--extraction-only") settings.extraction_only = true;
    else if (arg == "--runs" && has_value) settings.runs = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--mixed-mb" && has_value) settings.mixed_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--dense-mb" && has_value) settings.dense_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--files" && has_value) settings.files = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--cli" && has_value) settings.cli = argv[++i];
    else if (arg == "--against" && has_value) settings.against.push_back(argv[++i]);
    else if (arg == "--languages" && has_value) settings.languages = split_list(argv[++i]);
    else if (arg == "--write-corpora" && has_value) settings.write_corpora = argv[++i];
    else return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  if (!parse(argc, argv, settings)) {
    std::cerr << "usage: finex_bench [--runs N] [--mixed-mb N] [--dense-mb N] [--files N] "
                 "[--cli PATH] [--languages LIST] [--against PATH]... [--extraction-only] "
                 "[--write-corpora DIR]\n";
    return 2;
  }
  if (settings.peak_memory) return print_peak_memory(settings);

  const fb::TextTemplates templates(FINEX_BENCH_TEMPLATES, settings.languages);
  if (!templates.ok()) {
    std::cerr << "finex_bench: " << templates.error() << '\n';
    return 1;
  }
  const std::vector<fb::Document> articles = articles_in(settings.languages);
  std::cerr << "generating corpora (" << articles.size() << " real articles)...\n";
  const fb::Corpus mixed = fb::mixed_corpus(templates, articles, settings.mixed_mb * 1000000);
  const fb::Corpus dense = fb::dense_corpus(templates, articles, settings.dense_mb * 1000000);
  if (!settings.write_corpora.empty()) {
    fb::write_files(mixed, mixed.documents.size(), settings.write_corpora + "/mixed");
    fb::write_files(dense, dense.documents.size(), settings.write_corpora + "/dense");
    return 0;
  }

  std::vector<Row> rows;
  double floor_mbps = 0;
  if (!settings.extraction_only) {
    std::cerr << "construction...\n";
    construction_rows(settings, rows);
    std::cerr << "stages...\n";
    stage_rows(settings, mixed, rows, floor_mbps);
  }
  std::cerr << "full extraction...\n";
  const finex::Extractor extractor;
  if (!extractor.ok()) {
    std::cerr << "finex_bench: " << extractor.error() << '\n';
    return 1;
  }
  rows.push_back(extraction_row(settings, extractor, mixed, "mixed", floor_mbps,
                                ">= 100 MB/s, >= 1/3 of the floor"));
  finex::Options full_options;
  full_options.prefilter = false;
  const finex::Extractor full(full_options);
  rows.push_back(extraction_row(settings, full, mixed, "mixed", floor_mbps, ""));
  rows.push_back(extraction_row(settings, extractor, dense, "dense", 0, ">= 20 MB/s"));
  {
    // Text as it arrives: the same news hard-wrapped at 72 columns, and saved as web pages.
    const fb::Corpus wrapped = fb::wrapped_corpus(mixed, 72);
    rows.push_back(extraction_row(settings, extractor, wrapped, "mixed, wrapped at 72 columns", floor_mbps, ""));
    const fb::Corpus pages = fb::html_corpus(mixed);
    rows.push_back(extraction_row(settings, extractor, pages, "mixed, as HTML pages", 0, "",
                                  finex::InputFormat::html));
  }
  std::cerr << "where extraction spends its time...\n";
  constexpr std::size_t kBreakdownBytes = 20000000;
  rows.push_back({"time per step of extraction", "mixed, first 20 MB",
                  fb::pipeline_breakdown(mixed, kBreakdownBytes), ""});
  rows.push_back({"time per step of extraction", "dense, first 20 MB",
                  fb::pipeline_breakdown(dense, kBreakdownBytes), ""});
  if (settings.extraction_only) {
    print_table(rows);
    return 0;
  }
  std::cerr << "command-line program...\n";
  cli_rows(settings, mixed, dense, rows);
  if (!settings.against.empty()) against_rows(settings, mixed, dense, rows);
  std::cerr << "peak memory...\n";
  std::string languages;
  for (const std::string& l : settings.languages) languages += (languages.empty() ? "" : ",") + l;
  const double peak = fb::number_printed_by(
      fb::own_path() + " --peak-memory --mixed-mb " + std::to_string(settings.mixed_mb) +
      (languages.empty() ? "" : " --languages " + languages));
  const double limit = 64 + 2 * static_cast<double>(mixed.largest) / 1e6;
  rows.push_back({"peak resident memory, full extraction", describe(mixed, "mixed"),
                  peak < 0 ? "failed" : format("%.0f MB", peak), format("<= %.0f MB", limit)});

  std::cout << "Corpus: mixed = " << mixed.fine_documents << " of " << mixed.documents.size()
            << " documents report a fine (largest " << mixed.largest << " bytes); dense = "
            << dense.documents.size() << " fine reports; " << articles.size()
            << " real articles. Median of " << settings.runs << " runs.\n\n";
  print_table(rows);
  return 0;
}
