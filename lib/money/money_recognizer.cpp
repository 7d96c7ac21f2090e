#include "money/money_recognizer.h"

namespace finex {
struct MoneyRecognizer::Impl { std::string error; };
MoneyRecognizer::MoneyRecognizer(const std::vector<std::string>&) : impl_(std::make_unique<Impl>()) {}
MoneyRecognizer::~MoneyRecognizer() = default;
bool MoneyRecognizer::ok() const { return impl_->error.empty(); }
const std::string& MoneyRecognizer::error() const { return impl_->error; }
}  // namespace finex
namespace finex {
std::vector<MoneyMention> MoneyRecognizer::find(std::string_view, std::string_view) const { return {}; }
}
