#include "input/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "input/utf8_scan.h"

namespace finex {
namespace {

// What separates the next visible character from the last one; a stronger break wins.
enum class Break { none, space, line, paragraph };

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_hidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// Elements that start a new line rather than a paragraph.
bool is_line_block(GumboTag tag) {
  return tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD ||
         tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_OPTION;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER: case GUMBO_TAG_LEGEND:
      return true;
    default:
      return is_line_block(tag);
  }
}

// One stretch of a text node: `dec_len` decoded bytes read from `raw_len` bytes of the page.
// `copied` stretches map byte for byte; the others (a reference, a CR LF) as a whole.
struct Stretch {
  std::size_t dec_begin, dec_len, raw_begin, raw_len;
  bool copied;
};

std::size_t char_length(std::string_view s, std::size_t at) {
  if (at >= s.size()) return 0;
  const std::size_t n = utf8_sequence_length(s, at);
  return n == 0 ? 1 : n;
}

// How many decoded bytes the character reference at raw[i] ('&') became and where it ends in
// raw; false when the '&' stands for itself. The parser's own decoding is taken as it is: the
// length of a reference is found by where the decoded text and the page agree again.
bool reference_at(std::string_view raw, std::size_t i, std::string_view dec, std::size_t j,
                  std::size_t& raw_end, std::size_t& dec_len) {
  std::size_t r = i + 1;
  const bool numeric = r < raw.size() && raw[r] == '#';
  if (numeric) {
    ++r;
    if (r < raw.size() && (raw[r] == 'x' || raw[r] == 'X')) ++r;
  }
  const std::size_t name_begin = r;
  while (r < raw.size() && r - name_begin < 40 && is_alnum(raw[r])) ++r;
  if (r == name_begin) return false;
  const std::string_view name = raw.substr(name_begin, r - name_begin);
  if (r < raw.size() && raw[r] == ';') ++r;
  if (j >= dec.size()) return false;
  if (dec[j] == '&' && !numeric && name != "amp" && name != "AMP") return false;
  // What follows the reference up to the next one, which the decoded text must go on with.
  std::size_t next = r;
  while (next < raw.size() && next - r < 8 && raw[next] != '&' && raw[next] != '\r') ++next;
  const std::string_view after = raw.substr(r, next - r);
  const std::size_t one = char_length(dec, j);
  const std::size_t two = one + char_length(dec, j + one);
  for (const std::size_t d : {one, two}) {
    if (j + d > dec.size()) continue;
    const bool agrees = after.empty() ? (r < raw.size() || j + d == dec.size())
                                      : dec.substr(j + d, after.size()) == after;
    if (agrees) {
      raw_end = r;
      dec_len = d;
      return true;
    }
    if (numeric) break;  // a numeric reference is one character
  }
  return false;
}

// Aligns a text node's decoded text with its bytes in the page. Empty when they cannot be
// aligned (text the parser moved or made up): the node then maps as a whole.
std::vector<Stretch> align(std::string_view raw, std::string_view dec) {
  std::vector<Stretch> out;
  std::size_t i = 0, j = 0;
  auto copy = [&](std::size_t n) {
    if (!out.empty() && out.back().copied && out.back().raw_begin + out.back().raw_len == i) {
      out.back().dec_len += n;
      out.back().raw_len += n;
    } else {
      out.push_back({j, n, i, n, true});
    }
    i += n;
    j += n;
  };
  while (j < dec.size()) {
    if (i >= raw.size()) return {};
    std::size_t raw_end = 0, dec_len = 0;
    if (raw[i] == '&' && reference_at(raw, i, dec, j, raw_end, dec_len)) {
      out.push_back({j, dec_len, i, raw_end - i, false});
      i = raw_end;
      j += dec_len;
    } else if (raw[i] == '\r' && dec[j] == '\n') {
      const std::size_t n = i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
      out.push_back({j, 1, i, n, false});
      i += n;
      ++j;
    } else if (raw[i] == dec[j]) {
      copy(1);
    } else {
      return {};
    }
  }
  return out;
}

class VisibleText {
 public:
  explicit VisibleText(std::string_view page) : page_(page) {}

  void request(Break b) {
    if (b == Break::space && (out_.text.empty() || out_.text.back() == ' ' ||
                              out_.text.back() == '\n'))
      return;
    pending_ = std::max(pending_, b);
  }

  // A table cell after the first of its row: the separator is written at once, so that an empty
  // cell still counts as a column.
  void cell_separator(std::size_t at) {
    if (pending_ == Break::space) pending_ = Break::none;
    flush(at);
    append_separator(" | ", at);
  }

  void text_node(const GumboText& node, bool pre) {
    const std::string_view dec(node.text);
    if (dec.empty()) return;
    const char* data = node.original_text.data;
    const bool in_page = data != nullptr && data >= page_.data() &&
                         data + node.original_text.length <= page_.data() + page_.size();
    std::vector<Stretch> stretches;
    std::size_t base = node.start_pos.offset;
    std::size_t raw_len = 0;
    if (in_page) {
      base = static_cast<std::size_t>(data - page_.data());
      raw_len = node.original_text.length;
      stretches = align(page_.substr(base, raw_len), dec);
    }
    if (stretches.empty()) stretches.push_back({0, dec.size(), 0, raw_len, false});
    for (const Stretch& s : stretches) {
      if (s.copied) {
        for (std::size_t k = 0; k < s.dec_len; ++k)
          put(dec.substr(s.dec_begin + k, 1), base + s.raw_begin + k, 1, pre);
      } else {
        // A rewritten stretch maps as a whole, one character at a time.
        for (std::size_t k = s.dec_begin; k < s.dec_begin + s.dec_len;) {
          const std::size_t n = std::min(char_length(dec, k), s.dec_begin + s.dec_len - k);
          put(dec.substr(k, n), base + s.raw_begin, s.raw_len, pre);
          k += n;
        }
      }
    }
  }

  // A list item starts with "- ", as a text browser writes it and as lists in text are written.
  void list_item() { bullet_ = true; }

  HtmlText& result() { return out_; }

 private:
  void put(std::string_view c, std::size_t raw_begin, std::size_t raw_len, bool pre) {
    if (c.size() == 1 && is_space(c[0])) {
      request(pre && c[0] == '\n' ? Break::line : Break::space);
      return;
    }
    flush(raw_begin);
    out_.text.append(c);
    out_.map.add(raw_begin, c.size(), raw_len);
  }

  void flush(std::size_t at) {
    const Break b = pending_;
    pending_ = Break::none;
    if (!out_.text.empty()) {
      if (b == Break::space) append_separator(" ", at);
      else if (b == Break::line) append_separator("\n", at);
      else if (b == Break::paragraph) append_separator("\n\n", at);
    }
    if (bullet_) append_separator("- ", at);
    bullet_ = false;
  }

  void append_separator(std::string_view s, std::size_t at) {
    out_.text.append(s);
    out_.map.add(at, s.size(), 0);
  }

  std::string_view page_;
  HtmlText out_;
  Break pending_ = Break::none;
  bool bullet_ = false;
};

std::string attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string(a->value) : std::string();
}

// "2024-03-05T10:00:00+01:00" → "2024-03-05"; anything not starting with a date → empty.
std::string iso_date_prefix(std::string_view v) {
  const std::size_t start = v.find_first_not_of(" \t\n");
  if (start == std::string_view::npos) return {};
  v.remove_prefix(start);
  if (v.size() < 10 || v[4] != '-' || v[7] != '-') return {};
  for (const std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (v[k] < '0' || v[k] > '9') return {};
  if (v.size() > 10 && v[10] >= '0' && v[10] <= '9') return {};
  return std::string(v.substr(0, 10));
}

std::string collapsed_text(const GumboNode& node) {
  std::string out;
  bool space = false;
  for (unsigned k = 0; k < node.v.element.children.length; ++k) {
    const auto* child = static_cast<const GumboNode*>(node.v.element.children.data[k]);
    if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_WHITESPACE) continue;
    for (const char* p = child->v.text.text; *p; ++p) {
      if (is_space(*p)) {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += *p;
    }
  }
  return out;
}

}  // namespace

HtmlText html_visible_text(std::string_view page) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the parse errors of a saved page are of no use here
  GumboOutput* output = gumbo_parse_with_options(&options, page.data(), page.size());
  VisibleText visible(page);
  std::string meta_time, time_element, title;

  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  std::vector<Frame> stack{{output->root, 0}};
  std::vector<unsigned> row_cells;  // cells seen in each open table row
  unsigned pre = 0;
  auto block_break = [&](GumboTag tag) {
    // Inside a table cell a block is only a space: the row must stay one line.
    if (!row_cells.empty()) visible.request(Break::space);
    else visible.request(is_line_block(tag) ? Break::line : Break::paragraph);
  };
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboNode* node = frame.node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
          node->type == GUMBO_NODE_CDATA)
        visible.text_node(node->v.text, pre > 0);
      stack.pop_back();
      continue;
    }
    const GumboElement& e = node->v.element;
    const GumboTag tag = node->type == GUMBO_NODE_TEMPLATE ? GUMBO_TAG_TEMPLATE : e.tag;
    if (frame.next_child == 0) {  // entering
      if (tag == GUMBO_TAG_TITLE && title.empty()) title = collapsed_text(*node);
      if (tag == GUMBO_TAG_META && meta_time.empty()) {
        const std::string property = attribute(e, "property") + attribute(e, "name");
        if (property == "article:published_time") meta_time = iso_date_prefix(attribute(e, "content"));
      }
      if (tag == GUMBO_TAG_TIME && time_element.empty())
        time_element = iso_date_prefix(attribute(e, "datetime"));
      if (tag == GUMBO_TAG_HEAD) {
        // Not shown, but the title and the meta elements are read.
        stack.pop_back();
        for (unsigned k = e.children.length; k-- > 0;) {
          const auto* child = static_cast<const GumboNode*>(e.children.data[k]);
          if (child->type == GUMBO_NODE_ELEMENT &&
              (child->v.element.tag == GUMBO_TAG_TITLE || child->v.element.tag == GUMBO_TAG_META))
            stack.push_back({child, 0});
        }
        continue;
      }
      if (is_hidden(tag)) {
        stack.pop_back();
        continue;
      }
      if (tag == GUMBO_TAG_BR) visible.request(Break::line);
      if (tag == GUMBO_TAG_PRE) ++pre;
      if (tag == GUMBO_TAG_TR) {
        visible.request(Break::line);
        row_cells.push_back(0);
      } else if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && !row_cells.empty()) {
        if (row_cells.back()++ > 0) visible.cell_separator(e.start_pos.offset);
      } else if (is_block(tag)) {
        block_break(tag);
        if (tag == GUMBO_TAG_LI && row_cells.empty()) visible.list_item();
      }
    }
    if (frame.next_child < e.children.length) {
      const auto* child = static_cast<const GumboNode*>(e.children.data[frame.next_child++]);
      stack.push_back({child, 0});
      continue;
    }
    // leaving
    if (tag == GUMBO_TAG_PRE) --pre;
    if (tag == GUMBO_TAG_TR) {
      row_cells.pop_back();
      visible.request(Break::line);
    } else if (is_block(tag)) {
      block_break(tag);
    }
    stack.pop_back();
  }
  gumbo_destroy_output(&options, output);

  HtmlText result = std::move(visible.result());
  result.title = std::move(title);
  result.published_time = !meta_time.empty() ? std::move(meta_time) : std::move(time_element);
  return result;
}

}  // namespace finex
