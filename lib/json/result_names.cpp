#include "finex/result.h"

namespace finex {

const char* to_string(FineKind kind) {
  switch (kind) {
    case FineKind::fine: return "fine";
    case FineKind::periodic_penalty: return "periodic_penalty";
    case FineKind::proposed: return "proposed";
  }
  return "fine";
}

const char* to_string(DateResolution resolution) {
  switch (resolution) {
    case DateResolution::explicit_date: return "explicit";
    case DateResolution::weekday: return "weekday";
    case DateResolution::reference: return "reference";
    case DateResolution::context: return "context";
    case DateResolution::unresolved: return "unresolved";
  }
  return "explicit";
}

}  // namespace finex
