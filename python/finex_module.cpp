// The Python module `finex`: finex::Extractor for Python, returning the JSON contract as plain
// dicts (json.loads of finex::to_json, so a dict equals the command line's record).
//
//   import finex
//   extractor = finex.Extractor(languages=["en", "fr"])
//   record = extractor.extract("The CNIL fined Clearview AI 20 million euros.", document="a1")
//   records = extractor.extract_many(["...", {"id": "b2", "text": b"..."}], threads=4)
//   events = finex.aggregate(records)              # one dict per real-world fine
//
// THREAD SAFETY: an Extractor is immutable; extract() and extract_many() release the GIL while
// C++ works, so Python threads (and extract_many's own threads) run extractions in parallel.
#include <pybind11/eval.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "batch_extract.h"
#include "finex/finex.h"

namespace py = pybind11;

namespace finex::python {
namespace {

// Defined in Python so that it behaves as any Python exception (pickles, carries attributes).
constexpr const char* kErrorClass = R"(
class Error(ValueError):
    """A document finex cannot process.

    code is the error code of the JSON contract: "empty", "binary", "too_large" or
    "invalid_input"; message says why; record is the error record as extract_many() returns it.
    """
    def __init__(self, code, message, record=None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.record = record

    def __reduce__(self):
        return (type(self), (self.code, self.message, self.record))
)";

// Every field of finex::Options, by the name the README gives it in Python.
constexpr const char* kOptionNames =
    "languages, language_dirs, max_document_bytes, max_mentions, max_sentence_bytes, evidence, "
    "prefilter";

// A list of strings; a bare string would otherwise be read as a list of one-letter items.
std::vector<std::string> strings_option(const std::string& name, py::handle value) {
  if (py::isinstance<py::str>(value) || !py::isinstance<py::iterable>(value))
    throw py::type_error("option '" + name + "' must be a list of strings");
  std::vector<std::string> out;
  for (py::handle item : value) {
    if (!py::isinstance<py::str>(item)) throw py::type_error("option '" + name + "' must hold strings");
    out.push_back(item.cast<std::string>());
  }
  return out;
}

std::size_t size_option(const std::string& name, py::handle value) {
  if (!py::isinstance<py::int_>(value) || py::isinstance<py::bool_>(value))
    throw py::type_error("option '" + name + "' must be an int");
  const long long number = value.cast<long long>();
  if (number < 0) throw py::value_error("option '" + name + "' must not be negative");
  return static_cast<std::size_t>(number);
}

Options options_from(const py::dict& settings) {
  Options options;
  for (const auto& [key, value] : settings) {
    if (!py::isinstance<py::str>(key)) throw py::type_error("option names must be strings");
    const std::string name = key.cast<std::string>();
    if (name == "languages") {
      options.languages = strings_option(name, value);
    } else if (name == "language_dirs") {
      options.extra_language_dirs = strings_option(name, value);
    } else if (name == "max_document_bytes") {
      options.max_document_bytes = size_option(name, value);
    } else if (name == "max_mentions") {
      options.max_mentions = size_option(name, value);
    } else if (name == "max_sentence_bytes") {
      options.max_sentence_bytes = size_option(name, value);
    } else if (name == "evidence" || name == "prefilter") {
      if (!py::isinstance<py::bool_>(value)) throw py::type_error("option '" + name + "' must be a bool");
      (name == "evidence" ? options.evidence : options.prefilter) = value.cast<bool>();
    } else {
      throw py::type_error("unknown option '" + name + "' (known: " + kOptionNames + ")");
    }
  }
  return options;
}

py::dict options_dict(const Options& options) {
  py::dict settings;
  settings["languages"] = py::cast(options.languages);
  settings["language_dirs"] = py::cast(options.extra_language_dirs);
  settings["max_document_bytes"] = py::int_(options.max_document_bytes);
  settings["max_mentions"] = py::int_(options.max_mentions);
  settings["max_sentence_bytes"] = py::int_(options.max_sentence_bytes);
  settings["evidence"] = py::bool_(options.evidence);
  settings["prefilter"] = py::bool_(options.prefilter);
  return settings;
}

// str is encoded as UTF-8; bytes and bytearray are the raw input (offsets are byte offsets).
bool read_text(py::handle value, std::string& text) {
  if (py::isinstance<py::bytes>(value)) {
    text = value.cast<std::string>();
  } else if (py::isinstance<py::str>(value)) {
    text = value.cast<std::string>();  // raises UnicodeEncodeError on lone surrogates
  } else if (py::isinstance<py::bytearray>(value)) {
    text = py::reinterpret_borrow<py::bytearray>(value).cast<std::string>();
  } else {
    return false;
  }
  return true;
}

std::string optional_string(py::handle value, const char* name) {
  if (value.is_none()) return {};
  if (!py::isinstance<py::str>(value))
    throw py::type_error(std::string("'") + name + "' must be a string or None");
  return value.cast<std::string>();
}

// One item of extract_many(): text, or a mapping {"id", "text", "published", "language"} as in
// the command line's stream mode. A malformed item becomes an "invalid_input" record with the
// message stream mode gives a malformed line.
Document document_from(py::handle item, std::size_t position, const py::object& mapping_type) {
  Document document;
  document.info.id = "line:" + std::to_string(position);  // as stream mode names a line
  if (read_text(item, document.text)) return document;
  const auto invalid = [&](std::string message) {
    document.text.clear();
    document.error = Error{"invalid_input", std::move(message)};
    return document;
  };
  if (!py::isinstance(item, mapping_type))
    return invalid("item " + std::to_string(position) + " is neither text (str, bytes) nor a mapping");
  const auto field = [&](const char* key) -> py::object {
    return item.attr("get")(key, py::none());
  };
  const py::object id = field("id");
  if (py::isinstance<py::str>(id)) document.info.id = id.cast<std::string>();
  else if (py::isinstance<py::int_>(id) && !py::isinstance<py::bool_>(id))
    document.info.id = py::str(id).cast<std::string>();
  else if (!id.is_none()) return invalid("\"id\" must be a string or an integer");
  for (const auto& [key, into] : {std::pair{"published", &document.info.published},
                                  std::pair{"language", &document.info.language}}) {
    const py::object value = field(key);
    if (value.is_none()) continue;
    if (!py::isinstance<py::str>(value))
      return invalid(std::string("\"") + key + "\" must be a string");
    *into = value.cast<std::string>();
  }
  if (!read_text(field("text"), document.text))
    return invalid("\"text\" must be present and be a string or bytes");
  return document;
}

class PythonExtractor {
 public:
  explicit PythonExtractor(const Options& options) {
    {
      py::gil_scoped_release released;  // compiling the patterns takes tens of milliseconds
      extractor_ = std::make_unique<const Extractor>(options);
    }
    // Every way construction fails comes from the options (an unknown language, a broken
    // language pack): a bad value.
    if (!extractor_->ok())
      throw py::value_error("the extractor cannot start: " + extractor_->error());
  }

  const Options& options() const { return extractor_->options(); }

  py::object extract(py::handle text, py::handle document, py::handle published,
                     py::handle language, py::handle encoding, py::handle input_format) const {
    std::string input;
    if (!read_text(text, input)) throw py::type_error("text must be str or bytes");
    DocumentInfo info{optional_string(document, "document"),
                      optional_string(published, "published"),
                      optional_string(language, "language")};
    info.encoding = optional_string(encoding, "encoding");
    const std::string format = optional_string(input_format, "input_format");
    if (format != "" && format != "text" && format != "html")
      throw py::value_error("input_format must be \"text\" or \"html\"");
    if (format == "html") info.format = InputFormat::html;
    std::string json;
    std::optional<Error> error;
    {
      py::gil_scoped_release released;
      const Result result = extractor_->extract(input, info);
      json = to_json(result);
      error = result.error;
    }
    py::object record = loads()(json);
    if (error) {
      py::object exception =
          error_class()(error->code, error->message, record);
      PyErr_SetObject(error_class().ptr(), exception.ptr());
      throw py::error_already_set();
    }
    return record;
  }

  py::list extract_many(py::iterable items, long long threads) const {
    if (threads < 0) throw py::value_error("threads must not be negative (0: every core)");
    const py::object mapping_type = py::module_::import("collections.abc").attr("Mapping");
    std::vector<Document> documents;
    for (py::handle item : items)  // converted while holding the GIL
      documents.push_back(document_from(item, documents.size() + 1, mapping_type));
    std::vector<std::string> records;
    {
      py::gil_scoped_release released;
      records = extract_to_json(*extractor_, documents, static_cast<std::size_t>(threads));
    }
    py::list results(records.size());
    const py::object parse = loads();
    for (std::size_t i = 0; i < records.size(); ++i) results[i] = parse(records[i]);
    return results;
  }

  static py::object error_class() { return py::module_::import("finex").attr("Error"); }

 private:
  static py::object loads() { return py::module_::import("json").attr("loads"); }

  std::unique_ptr<const Extractor> extractor_;
};

// Records (dicts of the JSON contract, as extract() returns them) to real-world fines (dicts of
// `finex aggregate`'s records).
py::list aggregate_records(py::iterable records) {
  const py::object dumps = py::module_::import("json").attr("dumps");
  std::vector<Result> results;
  std::size_t position = 0;
  for (py::handle record : records) {
    ++position;
    std::string error;
    std::optional<Result> result = result_from_json(dumps(record).cast<std::string>(), &error);
    if (!result) throw py::value_error("record " + std::to_string(position) + ": " + error);
    results.push_back(std::move(*result));
  }
  std::vector<std::string> events;
  {
    py::gil_scoped_release released;
    for (const Event& event : aggregate(results)) events.push_back(to_json(event));
  }
  const py::object loads = py::module_::import("json").attr("loads");
  py::list out;
  for (const std::string& event : events) out.append(loads(event));
  return out;
}

py::dict merged_settings(py::handle options, const py::kwargs& keywords) {
  py::dict settings;
  if (!options.is_none()) {
    if (!py::isinstance<py::dict>(options))
      throw py::type_error("options must be a dict (or pass them as keyword arguments)");
    settings = py::dict(py::reinterpret_borrow<py::dict>(options));
  }
  for (const auto& [key, value] : keywords) settings[key] = value;
  return settings;
}

}  // namespace
}  // namespace finex::python

PYBIND11_MODULE(finex, module) {
  using finex::python::PythonExtractor;
  module.doc() = "Extract the fines reported in news articles (the finex C++ library).";
  module.attr("__version__") = finex::version;
  py::exec(finex::python::kErrorClass, module.attr("__dict__"));

  module.def("aggregate", &finex::python::aggregate_records, py::arg("records"),
             R"(aggregate(records) -> list of dicts

One dict per real-world fine, as `finex aggregate` writes them: the fines of the records (dicts
as extract() and extract_many() return them) that report the same fine, grouped with their
sources. Raises ValueError for an item that is no record.)");

  py::class_<PythonExtractor>(module, "Extractor", R"(Extractor(options=None, **keywords)

Options, as a dict or as keywords: languages (list of ISO 639-1 codes; empty: all bundled),
language_dirs (folders of language packs read after the bundled ones; see the README),
max_document_bytes (larger documents are refused with "too_large"), max_mentions,
max_sentence_bytes, evidence (True: every fine also gets its sentence's text, its "trigger" and
its "rule"), prefilter (False changes no result, only the time taken): those of finex::Options.
Build one and reuse it: construction compiles every pattern. It is immutable and safe to share
between threads; it pickles as its options, so it can be shipped to Dask workers.)")
      .def(py::init([](py::object options, py::kwargs keywords) {
             return PythonExtractor(
                 finex::python::options_from(finex::python::merged_settings(options, keywords)));
           }),
           py::arg("options") = py::none())
      .def_property_readonly("options",
                             [](const PythonExtractor& self) {
                               return finex::python::options_dict(self.options());
                             })
      .def("extract", &PythonExtractor::extract, py::arg("text"), py::arg("document") = py::none(),
           py::arg("published") = py::none(), py::arg("language") = py::none(),
           py::arg("encoding") = py::none(), py::arg("input_format") = py::none(),
           R"(extract(text, document=None, published=None, language=None, encoding=None,
        input_format=None) -> dict

The record of one document, equal to the command line's JSON record. text is str (encoded as
UTF-8) or bytes (raw input); every offset is a byte offset into those bytes. Bytes that are not
UTF-8 are read in the encoding detected, or in encoding= ("windows-1252", "UTF-16", ...), and a
warning names it; a span's text is then decoded. input_format="html" reads an HTML page for its
visible text; spans point into the page. A document that
cannot be processed raises finex.Error with .code "empty", "binary", "too_large" or
"invalid_input" and .record the error record.)")
      .def("extract_many", &PythonExtractor::extract_many, py::arg("items"),
           py::arg("threads") = 0,
           R"(extract_many(items, threads=0) -> list of dicts

One record per item, in input order, never raising for a bad document: its error record
({"document", "error": {"code", "message"}, "fines": []}) takes its place. Items are text (str or
bytes) or mappings {"id", "text", "published", "language"} as in `finex extract --stream`; an
item without an id is named "line:N", N its position from 1, as stream mode names a line
without one (no numeric id can clash with it). threads: 0 uses every core. The GIL is
released while the documents are extracted.)")
      .def(py::pickle(
          [](const PythonExtractor& self) { return finex::python::options_dict(self.options()); },
          [](const py::dict& settings) {
            return PythonExtractor(finex::python::options_from(settings));
          }))
      .def("__repr__", [](const PythonExtractor& self) {
        return "finex.Extractor(" +
               py::repr(finex::python::options_dict(self.options())).cast<std::string>() + ")";
      });
}
