#include "fines/fine_assembler.h"

namespace finex {
struct FineAssembler::Impl { std::string error; };
FineAssembler::FineAssembler(const std::vector<std::string>&, const AuthorityRecognizer&) : impl_(std::make_unique<Impl>()) {}
FineAssembler::~FineAssembler() = default;
bool FineAssembler::ok() const { return impl_->error.empty(); }
const std::string& FineAssembler::error() const { return impl_->error; }
Field FineAssembler::topic(std::string_view, std::string_view) const { return Field::unknown; }
std::vector<FineRecord> FineAssembler::assemble(const DocumentAnalysis&) const { return {}; }
}  // namespace finex
