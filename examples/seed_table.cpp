// Extracts every article in a folder (by default the bundled corpus/seeds) and prints the JSON
// of each, then a table of the fines found per article.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <finex/finex.h>

int main(int argc, char** argv) {
  const std::filesystem::path folder = argc > 1 ? argv[1] : FINEX_CORPUS_DIR "/seeds";
  std::vector<std::filesystem::path> articles;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".txt") articles.push_back(entry.path());
  std::sort(articles.begin(), articles.end());

  const finex::Extractor extractor;  // built once, reused for every article
  std::vector<finex::Result> results;
  for (const auto& path : articles) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    finex::DocumentInfo info;
    info.id = path.filename().string();
    results.push_back(extractor.extract(text.str(), info));
    std::cout << finex::to_json(results.back()) << "\n";
  }

  std::printf("\n%-26s %-4s %-17s %-16s %16s %-4s %-10s\n", "article", "lang", "kind", "entity",
              "amount", "cur", "date");
  for (const finex::Result& r : results) {
    if (r.fines.empty()) std::printf("%-26s %-4s (no fine found)\n", r.document.c_str(), r.language.c_str());
    for (const finex::Fine& f : r.fines)
      std::printf("%-26s %-4s %-17s %-16.16s %16s %-4s %-10s\n", r.document.c_str(),
                  r.language.c_str(), finex::to_string(f.kind),
                  f.entity ? f.entity->text.c_str() : "-",
                  f.amount ? f.amount->value.to_string().c_str() : "-",
                  f.amount ? f.amount->currency.c_str() : "-",
                  f.date ? f.date->value.c_str() : "-");
  }
  return 0;
}
