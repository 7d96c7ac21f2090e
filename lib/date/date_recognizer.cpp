#include "date/date_recognizer.h"

namespace finex {
struct DateRecognizer::Impl { std::string error; };
DateRecognizer::DateRecognizer(const std::vector<std::string>&) : impl_(std::make_unique<Impl>()) {}
DateRecognizer::~DateRecognizer() = default;
bool DateRecognizer::ok() const { return impl_->error.empty(); }
const std::string& DateRecognizer::error() const { return impl_->error; }
}  // namespace finex
namespace finex {
std::vector<DateMention> DateRecognizer::find(std::string_view, std::string_view, std::string_view) const { return {}; }
std::string DateRecognizer::find_reference(std::string_view, std::string_view) const { return {}; }
}
