#include "language/language_pack.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/data_files.h"
#include "language/pack_schema.h"

namespace finex {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kManifest = "manifest.tsv";
// A pack file larger than this is not a word list: refuse it rather than read it whole.
constexpr std::uintmax_t kMaxPackFileBytes = 16u << 20;

constexpr std::array<std::pair<std::string_view, Capability>, 7> kCapabilities = {{
    {"sentences", Capability::sentences},
    {"identification", Capability::identification},
    {"money", Capability::money},
    {"dates", Capability::dates},
    {"authorities", Capability::authorities},
    {"fines", Capability::fines},
    {"parties", Capability::parties},
}};

bool is_language_code(std::string_view code) {
  return code.size() == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z';
}

// Reads manifest.tsv into the pack: "name <TAB> English", "provides <TAB> money dates ...".
std::string read_manifest(std::string_view contents, std::string_view path, std::string& name,
                          unsigned& capabilities) {
  std::string error;
  int line_number = 0;
  std::string_view rest = contents;
  while (error.empty() && !rest.empty()) {
    ++line_number;
    const std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = data::split_tabs(line);
    const std::string where = std::string(path) + ":" + std::to_string(line_number) + ": ";
    if (fields.size() != 2) {
      error = where + "expected key <TAB> value";
    } else if (fields[0] == "name") {
      name = std::string(fields[1]);
    } else if (fields[0] == "provides") {
      std::istringstream words{std::string(fields[1])};
      for (std::string word; words >> word;) {
        const auto it = std::find_if(kCapabilities.begin(), kCapabilities.end(),
                                     [&](const auto& c) { return c.first == word; });
        if (it == kCapabilities.end()) {
          error = where + "unknown capability '" + word + "'";
          break;
        }
        capabilities |= 1u << static_cast<int>(it->second);
      }
    } else {
      error = where + "unknown key '" + std::string(fields[0]) + "' (known: name, provides)";
    }
  }
  if (error.empty() && name.empty()) error = std::string(path) + ": the manifest gives no name";
  return error;
}

// Whether check_pack reads every line of every file against its schema, or trusts the lines:
// the compiled packs were checked when the library was built (check_compiled()).
enum class Lines { check, trust };

// Checks a pack whose files are all in place: the manifest, then every file against its
// schema, then that each capability it declares has the files it needs.
std::string check_pack(const std::map<std::string, std::string_view, std::less<>>& files,
                       const std::string& source, std::string& name, unsigned& capabilities,
                       Lines lines) {
  const auto manifest = files.find(kManifest);
  if (manifest == files.end()) return source + ": no manifest.tsv";
  if (std::string e = read_manifest(manifest->second, source + "/manifest.tsv", name, capabilities);
      !e.empty())
    return e;
  for (const auto& [file_name, contents] : files) {
    if (file_name == kManifest) continue;
    const std::string path = source + "/" + file_name;
    if (!pack_schema::known(file_name)) return path + ": no language pack file has this name";
    // The shared lists are read from lib/data/ only; a pack brings its bodies in authorities.tsv.
    if (!pack_schema::capability_of(file_name) && file_name != "authorities.tsv")
      return path + ": a file shared by all languages, read from lib/data/ only";
    if (const auto c = pack_schema::capability_of(file_name);
        c && !((capabilities >> static_cast<int>(*c)) & 1u))
      return path + ": belongs to '" + std::string(to_string(*c)) +
             "', which manifest.tsv does not list under provides";
    if (lines == Lines::trust) continue;
    if (std::string e = pack_schema::check(file_name, contents, path); !e.empty()) return e;
  }
  for (const auto& [word, c] : kCapabilities) {
    if (!((capabilities >> static_cast<int>(c)) & 1u)) continue;
    for (std::string_view needed : pack_schema::required_files(c))
      if (files.find(needed) == files.end())
        return source + ": provides " + std::string(word) + " but has no " + std::string(needed);
  }
  return "";
}

}  // namespace

std::string_view to_string(Capability c) {
  for (const auto& [word, capability] : kCapabilities)
    if (capability == c) return word;
  return "";
}

std::string_view LanguagePack::file(std::string_view name) const {
  const auto it = files_.find(name);
  return it == files_.end() ? std::string_view{} : it->second;
}

LanguagePacks::LanguagePacks(const std::vector<std::string>& extra_dirs)
    : LanguagePacks(extra_dirs, false) {}

std::string LanguagePacks::check_compiled() { return LanguagePacks({}, true).error_; }

LanguagePacks::LanguagePacks(const std::vector<std::string>& extra_dirs, bool check_compiled_lines) {
  const Lines compiled_lines = check_compiled_lines ? Lines::check : Lines::trust;
  // The compiled packs: every embedded file "<code>/<name>", and the shared files at the top.
  std::map<std::string, std::map<std::string, std::string_view, std::less<>>, std::less<>> compiled;
  for (const data::DataFile& f : data::all_files()) {
    const std::size_t slash = f.path.find('/');
    if (slash == std::string_view::npos) {
      shared_.emplace(std::string(f.path), f.contents);
      if (error_.empty() && compiled_lines == Lines::check)
        error_ = pack_schema::check(f.path, f.contents, "lib/data/" + std::string(f.path));
      continue;
    }
    compiled[std::string(f.path.substr(0, slash))].emplace(std::string(f.path.substr(slash + 1)),
                                                           f.contents);
  }
  for (auto& [code, files] : compiled) {
    LanguagePack pack;
    pack.code_ = code;
    pack.source_ = "lib/data/" + code;
    pack.files_ = std::move(files);
    if (error_.empty())
      error_ = check_pack(pack.files_, pack.source_, pack.name_, pack.capabilities_, compiled_lines);
    packs_.insert_or_assign(code, std::move(pack));
  }

  for (const std::string& dir : extra_dirs) {
    std::error_code ec;
    std::vector<fs::path> folders;
    if (fs::exists(fs::path(dir) / kManifest, ec)) {
      folders.emplace_back(dir);
    } else if (fs::is_directory(dir, ec)) {
      for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_directory() && fs::exists(entry.path() / kManifest, ec)) folders.push_back(entry.path());
      std::sort(folders.begin(), folders.end());
      if (folders.empty() && error_.empty()) error_ = dir + ": holds no language pack (no manifest.tsv)";
    } else if (error_.empty()) {
      error_ = dir + ": not a folder";
    }
    for (const fs::path& folder : folders) {
      LanguagePack pack;
      pack.code_ = folder.filename().string();
      pack.source_ = folder.string();
      if (!is_language_code(pack.code_)) {
        if (error_.empty()) error_ = pack.source_ + ": a pack's folder is named by its ISO 639-1 code";
        continue;
      }
      for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file()) continue;
        const std::string path = entry.path().string();
        if (entry.file_size(ec) > kMaxPackFileBytes) {
          if (error_.empty()) error_ = path + ": too large for a word list";
          continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream contents;
        contents << in.rdbuf();
        if (!in && !in.eof()) {
          if (error_.empty()) error_ = path + ": cannot be read";
          continue;
        }
        pack.owned_.push_back(std::make_unique<std::string>(contents.str()));
        pack.files_.emplace(entry.path().filename().string(), *pack.owned_.back());
      }
      if (error_.empty())
        error_ = check_pack(pack.files_, pack.source_, pack.name_, pack.capabilities_, Lines::check);
      packs_.insert_or_assign(pack.code_, std::move(pack));
    }
  }
}

LanguagePacks::~LanguagePacks() = default;
LanguagePacks::LanguagePacks(LanguagePacks&&) noexcept = default;
LanguagePacks& LanguagePacks::operator=(LanguagePacks&&) noexcept = default;

const LanguagePacks& LanguagePacks::compiled() {
  static const LanguagePacks packs;
  return packs;
}

const LanguagePack* LanguagePacks::find(std::string_view code) const {
  const auto it = packs_.find(code);
  return it == packs_.end() ? nullptr : &it->second;
}

std::vector<std::string> LanguagePacks::codes() const {
  std::vector<std::string> out;
  for (const auto& [code, pack] : packs_) out.push_back(code);
  return out;
}

std::vector<std::string> LanguagePacks::providing(Capability c) const { return providing(c, {}); }

std::vector<std::string> LanguagePacks::providing(Capability c,
                                                  const std::vector<std::string>& wanted) const {
  std::vector<std::string> out;
  for (const auto& [code, pack] : packs_)
    if (pack.provides(c) &&
        (wanted.empty() || std::find(wanted.begin(), wanted.end(), code) != wanted.end()))
      out.push_back(code);
  return out;
}

std::string_view LanguagePacks::file(std::string_view code, std::string_view name) const {
  const LanguagePack* pack = find(code);
  return pack ? pack->file(name) : std::string_view{};
}

std::string_view LanguagePacks::shared_file(std::string_view name) const {
  const auto it = shared_.find(name);
  return it == shared_.end() ? std::string_view{} : it->second;
}

std::vector<std::string_view> LanguagePacks::pack_authority_files() const {
  std::vector<std::string_view> out;
  for (const auto& [code, pack] : packs_)
    if (const std::string_view f = pack.file("authorities.tsv"); !f.empty()) out.push_back(f);
  return out;
}

}  // namespace finex
