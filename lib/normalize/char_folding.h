#pragma once
// Which characters are deleted, folded or treated as whitespace. The Unicode properties come from
// ICU (Default_Ignorable_Code_Point, White_Space, Dash are not in utf8proc's tables); general
// categories come from utf8proc, whose lookup is a plain table read.
namespace finex::normalize_detail {

// Invisible characters deleted from the text: soft hyphen, zero-width space and joiners, word
// joiner, BOM inside text, direction marks and embeddings (Default_Ignorable_Code_Point).
// Variation selectors are kept: they choose an emoji's or an ideograph's glyph.
bool is_deleted(char32_t c);

// Quote, prime and dash variants that matter for matching, and the Greek question mark (a
// sentence end, which NFKC would turn into a semicolon), folded to ASCII. Applied both before
// NFKC (U+00B4 would otherwise decompose to a space and a combining accent) and after it (NFKC
// turns U+2011 into U+2010 and U+FE58 into U+2014). Returns `c` when nothing applies.
char32_t fold_variant(char32_t c);

enum class SpaceKind { none, space, line_break };
// White_Space characters, and control characters, which separate words as spaces do.
SpaceKind space_kind(char32_t c);

bool is_lowercase_letter(char32_t c);
bool is_letter(char32_t c);
// The characters a writer uses to hyphenate a word at the end of a line.
bool is_hyphen(char32_t c);

}  // namespace finex::normalize_detail
