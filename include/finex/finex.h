#pragma once
// finex: extract the fines reported in news articles.
//
//   finex::Extractor extractor;                       // build once, share across threads
//   finex::Result r = extractor.extract(text, {.id = "doc-1"});
//   std::cout << finex::to_json(r) << '\n';
#include "finex/aggregate.h"
#include "finex/decimal.h"
#include "finex/extractor.h"
#include "finex/json.h"
#include "finex/options.h"
#include "finex/result.h"
#include "finex/version.h"
