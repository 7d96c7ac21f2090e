// The library in a pipeline: each line of standard input is one document; each result is one
// JSON line on standard output.   printf 'CNIL fined X 20 million euros.\n' | ./pipeline
#include <iostream>
#include <string>

#include <finex/finex.h>

int main() {
  const finex::Extractor extractor;  // build once: construction compiles every pattern
  finex::DocumentInfo info;  // what the caller knows: id, publication date, language
  std::string line;
  for (int number = 1; std::getline(std::cin, line); ++number) {
    info.id = std::to_string(number);
    std::cout << finex::to_json(extractor.extract(line, info)) << '\n';
  }
}
