#include "entities/authority_recognizer.h"

namespace finex {
struct AuthorityRecognizer::Impl { std::string error; };
AuthorityRecognizer::AuthorityRecognizer(const std::vector<std::string>&) : impl_(std::make_unique<Impl>()) {}
AuthorityRecognizer::~AuthorityRecognizer() = default;
bool AuthorityRecognizer::ok() const { return impl_->error.empty(); }
const std::string& AuthorityRecognizer::error() const { return impl_->error; }
}  // namespace finex
namespace finex {
std::vector<AuthorityMention> AuthorityRecognizer::find(std::string_view, std::string_view, Field) const { return {}; }
const Authority* AuthorityRecognizer::lookup(std::string_view, Field) const { return nullptr; }
}
