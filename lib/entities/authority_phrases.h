#pragma once
// A table from surface forms to values, matched exactly as written or ignoring case. Shared by
// the gazetteer and the per-language word lists of the authority recogniser.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/case_fold.h"

namespace finex::authority {

// True for a form of capitals only ("CNIL", "U.S."): such forms stand for acronyms and must not
// match ordinary lowercase words ("sec", "ico").
bool is_all_capitals(std::string_view form);

template <typename Value>
class PhraseTable {
 public:
  void add(std::string_view form, bool exact, Value value) {
    if (exact) {
      exact_[std::string(form)].push_back(value);
      exact_forms_.emplace_back(form);
    } else {
      folded_[fold_case(form)].push_back(value);
      any_case_forms_.emplace_back(form);
    }
  }
  // The values of a matched text: an exact form first, else a form that ignores case.
  const std::vector<Value>* find(std::string_view text) const {
    if (auto it = exact_.find(std::string(text)); it != exact_.end()) return &it->second;
    if (auto it = folded_.find(fold_case(text)); it != folded_.end()) return &it->second;
    return nullptr;
  }
  const std::vector<std::string>& exact_forms() const { return exact_forms_; }
  const std::vector<std::string>& any_case_forms() const { return any_case_forms_; }
  bool empty() const { return exact_forms_.empty() && any_case_forms_.empty(); }

 private:
  std::unordered_map<std::string, std::vector<Value>> exact_;
  std::unordered_map<std::string, std::vector<Value>> folded_;
  std::vector<std::string> exact_forms_;
  std::vector<std::string> any_case_forms_;
};

}  // namespace finex::authority
