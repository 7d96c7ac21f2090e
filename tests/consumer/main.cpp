// Uses the installed library: one sentence in, its fines out.
#include <iostream>

#include <finex/finex.h>

int main() {
  const finex::Extractor extractor;
  if (!extractor.ok()) {
    std::cerr << extractor.error() << "\n";
    return 1;
  }
  const finex::Result r = extractor.extract(
      "The French regulator CNIL fined Clearview AI 20 million euros on Thursday.",
      {.id = "consumer-1", .published = "2022-10-20", .language = "en"});
  std::cout << "finex " << finex::version << "\n" << "document " << r.document << "\n";
  for (const finex::Fine& fine : r.fines)
    if (fine.amount)
      std::cout << "amount " << fine.amount->value.to_string() << " " << fine.amount->currency << "\n";
  return r.ok() ? 0 : 1;
}
