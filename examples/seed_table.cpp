// Extracts every .txt article of a folder and prints a table of the fines found, one row per
// fine. Copy it into any project that finds finex (find_package or pkg-config):
//   seed_table corpus/seeds
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include <finex/finex.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER  (a folder of .txt articles)\n", argv[0]);
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  std::vector<std::filesystem::path> articles;
  std::error_code error;
  for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
       it.increment(error))
    if (it->path().extension() == ".txt") articles.push_back(it->path());
  if (error) {
    std::fprintf(stderr, "seed_table: cannot read the folder %s: %s\n", folder.string().c_str(),
                 error.message().c_str());
    return 1;
  }
  std::sort(articles.begin(), articles.end());

  const finex::Extractor extractor;  // built once, reused for every article
  std::printf("%-26s %-4s %-17s %-16s %16s %-4s %-10s\n", "article", "lang", "kind", "entity",
              "amount", "cur", "date");
  for (const auto& path : articles) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    finex::DocumentInfo info;
    info.id = path.filename().string();
    const finex::Result r = extractor.extract(text.str(), info);
    const char* id = r.document.c_str();
    if (!r.ok()) std::printf("%-26s error: %s\n", id, r.error->message.c_str());
    else if (r.fines.empty()) std::printf("%-26s %-4s (no fine found)\n", id, r.language.c_str());
    for (const finex::Fine& f : r.fines)
      std::printf("%-26s %-4s %-17s %-16.16s %16s %-4s %-10s\n", id, r.language.c_str(),
                  finex::to_string(f.kind), f.entity ? f.entity->text.c_str() : "-",
                  f.amount ? f.amount->value.to_string().c_str() : "-",
                  f.amount ? f.amount->currency.c_str() : "-",
                  f.date ? f.date->value.c_str() : "-");
  }
  return 0;
}
