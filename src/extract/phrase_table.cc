#include "extract/phrase_table.h"

#include <cctype>

#include "text/tokenizer.h"
#include "util/data_path.h"

namespace sitrep::extract {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "took control of|seized" -> {"took control of", "seized"}.
std::vector<std::string> Expand(std::string_view phrase) {
  std::vector<std::string> out;
  size_t a = 0;
  while (a <= phrase.size()) {
    size_t b = phrase.find('|', a);
    if (b == std::string_view::npos) b = phrase.size();
    std::string_view alt = phrase.substr(a, b - a);
    while (!alt.empty() && alt.front() == ' ') alt.remove_prefix(1);
    while (!alt.empty() && alt.back() == ' ') alt.remove_suffix(1);
    if (!alt.empty()) out.emplace_back(alt);
    a = b + 1;
  }
  return out;
}

bool CaseExact(std::string_view w) {
  if (w.size() > 4 || w.size() < 2) return false;
  for (char c : w) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

void PhraseTable::Add(std::string_view phrase, std::string_view tag) {
  auto [it, inserted] = tag_index_.emplace(std::string(tag), static_cast<int>(tags_.size()));
  if (inserted) tags_.emplace_back(tag);
  int tag_id = it->second;
  for (const auto& p : Expand(phrase)) {
    std::vector<text::Token> toks;
    text::Tokenize(p, text::Span{0, static_cast<uint32_t>(p.size())}, &toks);
    if (toks.empty()) continue;
    Entry e;
    e.tag = tag_id;
    e.surface = p;
    bool exact = false;
    std::vector<std::string> words;
    for (const auto& t : toks) {
      std::string_view w = std::string_view(p).substr(t.span.begin, t.span.size());
      if (CaseExact(w)) exact = true;
      words.emplace_back(w);
    }
    if (exact) e.exact = words;
    for (size_t k = 1; k < words.size(); ++k) e.rest.push_back(Lower(words[k]));
    int id = static_cast<int>(entries_.size());
    entries_.push_back(std::move(e));
    std::string first = Lower(words[0]);
    first_filter_.set(FilterKey(first));
    by_first_[first].push_back(id);
  }
}

Status PhraseTable::LoadFile(const std::string& path) {
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  for (const auto& l : lines) {
    size_t tab = l.text.find('\t');
    std::string_view phrase = std::string_view(l.text).substr(0, tab);
    std::string_view tag = tab == std::string::npos ? std::string_view() : std::string_view(l.text).substr(tab + 1);
    while (!tag.empty() && tag.front() == '\t') tag.remove_prefix(1);
    while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
    if (phrase.empty()) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) + ": empty phrase");
    }
    size_t before = entries_.size();
    Add(phrase, tag);
    if (entries_.size() == before) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) + ": phrase has no words: " +
                                std::string(phrase));
    }
  }
  return Status::OK();
}

PhraseTable::Match PhraseTable::Longest(const std::vector<std::string_view>& words, size_t i, size_t end,
                                        const std::vector<std::string_view>* raw) const {
  Match best;
  if (i >= end || !MayStart(words[i])) return best;
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return best;
  for (int id : it->second) {
    const Entry& e = entries_[id];
    size_t n = e.rest.size() + 1;
    if (static_cast<int>(n) <= best.len || i + n > end) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = words[i + 1 + k] == e.rest[k];
    if (ok && !e.exact.empty()) {
      if (raw == nullptr) {
        ok = false;
      } else {
        for (size_t k = 0; k < n && ok; ++k) ok = (*raw)[i + k] == e.exact[k];
      }
    }
    if (ok) best = Match{static_cast<int>(n), e.tag, id};
  }
  return best;
}

bool PhraseTable::Has(std::string_view w) const { return TagOf(w) != nullptr; }

const std::string* PhraseTable::TagOf(std::string_view w) const {
  if (!MayStart(w)) return nullptr;
  auto it = by_first_.find(w);
  if (it == by_first_.end()) return nullptr;
  for (int id : it->second) {
    if (entries_[id].rest.empty() && entries_[id].exact.empty()) return &tags_[entries_[id].tag];
  }
  return nullptr;
}

}  // namespace sitrep::extract
