// Checks the language data compiled into the library (lib/data/) against the pack schemas, as
// part of the build: a broken line fails the build with its file and line, instead of every
// process that reads the packs paying for the check.
#include <cstdio>

#include "language/language_pack.h"

int main() {
  const std::string error = finex::LanguagePacks::check_compiled();
  if (error.empty()) return 0;
  std::fprintf(stderr, "%s\n", error.c_str());
  return 1;
}
