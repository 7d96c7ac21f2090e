#pragma once
// What the prefilter looks for, read from the packs: for every currency phrase, the piece of it
// that no match can do without; the fine words whole.
#include <string>
#include <string_view>
#include <vector>

namespace finex::prefilter {

// A phrase as the scan looks for it: its longest run of tokens written together ("US$" of
// "US$", "sterling" of "pounds sterling"), which the phrase cannot match without.
struct Needle {
  std::u32string run;
  bool word_start = false, word_end = false;  // the run begins or ends with a word
  bool exact_case = false;
};

// Currency phrases of one file: every line of money_currencies.tsv or money_symbols.tsv, or
// (`scales`) the lines of money_scales.tsv that name a currency ("mnkr").
void add_needles(std::string_view contents, bool scales, std::vector<Needle>& out);

// The fine words of a language: the phrases of fine_cues.tsv whose category makes an amount a
// fine (see FineAssembler::may_report_fines), whole, as the file writes them (with their
// spaces, apostrophes, optional hyphens and '*'; text/phrase_matcher.h).
void add_fine_phrases(std::string_view contents, std::vector<std::u32string>& out);

// The code points of UTF-8 text.
std::u32string code_points(std::string_view s);

}  // namespace finex::prefilter
