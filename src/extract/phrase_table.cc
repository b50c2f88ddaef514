#include "extract/phrase_table.h"

#include <algorithm>
#include <cctype>

#include "text/tokenizer.h"
#include "util/string_hash.h"
#include "util/data_path.h"

namespace sitrep::extract {
namespace {

// `s` with its ASCII letters lower-cased into *buf (what std::tolower does
// in the "C" locale the program runs in, without a call a byte).
const std::string& Lower(std::string_view s, std::string* buf) {
  buf->assign(s);
  for (char& c : *buf) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return *buf;
}

// ExpandGroups the slow way, one bracket at a time: the text with each
// choice of the first group put in, expanded again. Only for a group with
// a '[' among its choices (a nested bracket the loader refuses).
void ExpandGroupsNested(const std::string& alt, std::vector<std::string>* out) {
  const size_t open = alt.find('[');
  const size_t close = open == std::string::npos ? std::string::npos : alt.find(']', open);
  if (close == std::string::npos) {
    out->push_back(alt);
    return;
  }
  const std::string head = alt.substr(0, open), tail = alt.substr(close + 1);
  size_t a = open + 1;
  while (a <= close) {
    size_t b = alt.find('/', a);
    if (b == std::string::npos || b > close) b = close;
    ExpandGroupsNested(head + alt.substr(a, b - a) + tail, out);
    a = b + 1;
  }
}

// "[drove/pushed] [the enemy/them] out of" -> the four phrases, one for
// each choice in each bracket (brackets do not nest), the first bracket's
// choice varying slowest. Each phrase is put together once from the text
// between the brackets and one choice of each (a claim trigger of a
// dozen groups expands to thousands of phrases).
void ExpandGroups(const std::string& alt, std::vector<std::string>* out) {
  const std::string_view text(alt);
  std::vector<std::string_view> between;              // text before each group, then after the last
  std::vector<std::vector<std::string_view>> choices;  // each group's choices
  for (size_t at = 0;;) {
    const size_t open = text.find('[', at);
    const size_t close = open == std::string_view::npos ? open : text.find(']', open);
    if (close == std::string_view::npos) {  // (an unclosed '[' is text)
      between.push_back(text.substr(at));
      break;
    }
    if (text.find('[', open + 1) < close) {
      ExpandGroupsNested(alt, out);
      return;
    }
    between.push_back(text.substr(at, open - at));
    std::vector<std::string_view>& group = choices.emplace_back();
    for (size_t a = open + 1; a <= close;) {
      size_t b = text.find('/', a);
      if (b == std::string_view::npos || b > close) b = close;
      group.push_back(text.substr(a, b - a));
      a = b + 1;
    }
    at = close + 1;
  }
  // Odometer over the choices; after a step only the text from the group
  // that changed on is put together again (the last group changes most).
  std::vector<size_t> pick(choices.size(), 0), at(choices.size(), 0);  // at: length before group g
  std::string phrase(between[0]);
  size_t from = 0;  // first group whose choice changed
  for (;;) {
    for (size_t g = from; g < choices.size(); ++g) {
      at[g] = phrase.size();
      phrase.append(choices[g][pick[g]]).append(between[g + 1]);
    }
    out->push_back(phrase);
    size_t g = choices.size();
    while (g > 0 && ++pick[g - 1] == choices[g - 1].size()) pick[--g] = 0;
    if (g == 0) return;
    from = g - 1;
    phrase.resize(at[from]);
  }
}

}  // namespace

std::vector<std::string> ExpandPhrase(std::string_view phrase) {
  std::vector<std::string> out;
  size_t a = 0;
  while (a <= phrase.size()) {
    size_t b = phrase.find('|', a);
    if (b == std::string_view::npos) b = phrase.size();
    std::string_view alt = phrase.substr(a, b - a);
    while (!alt.empty() && alt.front() == ' ') alt.remove_prefix(1);
    while (!alt.empty() && alt.back() == ' ') alt.remove_suffix(1);
    if (!alt.empty()) ExpandGroups(std::string(alt), &out);
    a = b + 1;
  }
  return out;
}

namespace {

// Only lower-case ASCII letters and spaces.
bool PlainWords(std::string_view p) {
  for (char c : p) {
    if (!((c >= 'a' && c <= 'z') || c == ' ')) return false;
  }
  return true;
}

// Every phrase ExpandPhrase(entry) gives is PlainWords: the entry has
// lower-case ASCII letters and spaces, and brackets that pair up without
// nesting, with '/' only inside them and '|' only outside (so that no
// bracket, slash or bar is left in an expansion). Checked once a line
// rather than once for each of its expansions.
bool ExpandsToPlainWords(std::string_view entry) {
  bool open = false;
  for (char c : entry) {
    if ((c >= 'a' && c <= 'z') || c == ' ') continue;
    if (c == '[' && !open) {
      open = true;
    } else if (c == ']' && open) {
      open = false;
    } else if (!((c == '/' && open) || (c == '|' && !open))) {
      return false;
    }
  }
  return !open;
}

bool CaseExact(std::string_view w) {
  if (w.size() > 4 || w.size() < 2) return false;
  for (char c : w) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

PhraseTable::PhraseTable() : own_vocab_(std::make_unique<Vocabulary>()), vocab_(own_vocab_.get()) {}

void PhraseTable::UseVocabulary(Vocabulary* vocab) {
  vocab_ = vocab;
  own_vocab_.reset();
}

void PhraseTable::Add(std::string_view phrase, std::string_view tag) {
  AddUnindexed(phrase, tag);
  Reindex();
}

std::string PhraseTable::AddUnindexed(std::string_view phrase, std::string_view tag) {
  std::string conflict;
  auto [it, inserted] = tag_index_.emplace(std::string(tag), static_cast<int>(tags_.size()));
  if (inserted) tags_.emplace_back(tag);
  int tag_id = it->second;
  const bool all_plain = ExpandsToPlainWords(phrase);
  for (std::string& p : ExpandPhrase(phrase)) {
    words_.clear();
    bool exact = false;
    const bool plain = all_plain || PlainWords(p);
    if (plain) {
      // Lower-case letters and spaces: the tokenizer's words are the runs
      // of letters, already in lower case (most phrases; no call needed).
      for (size_t a = 0; a < p.size();) {
        const size_t b = std::min(p.find(' ', a), p.size());
        if (b > a) words_.push_back(std::string_view(p).substr(a, b - a));
        a = b + 1;
      }
      if (words_.empty()) continue;
    } else if (!TokenizeWords(p, &exact)) {
      continue;
    }
    Entry e;
    e.tag = tag_id;
    if (exact) e.exact.assign(words_.begin(), words_.end());
    auto lower = [&](std::string_view w) { return plain ? w : std::string_view(Lower(w, &lower_)); };
    e.rest_at = static_cast<uint32_t>(rest_.size());
    e.rest_len = static_cast<uint32_t>(words_.size() - 1);
    for (size_t k = 1; k < words_.size(); ++k) rest_.push_back(vocab_->Intern(lower(words_[k])));
    const int32_t* rest = rest_.data() + e.rest_at;
    int id = static_cast<int>(entries_.size());
    int32_t first = vocab_->Intern(lower(words_[0]));
    e.first = first;
    if (by_first_.size() <= static_cast<size_t>(first)) by_first_.resize(first + 1);
    if (starts_bits_ <= static_cast<uint32_t>(first)) {
      starts_.resize(static_cast<size_t>(first) / 64 + 1, 0);
      starts_bits_ = static_cast<uint32_t>(64 * starts_.size());
    }
    starts_[first >> 6] |= uint64_t{1} << (first & 63);
    // The same phrase with another tag: the first would win silently. The
    // entries with the same words are chained by a hash of the words.
    lower_.assign(reinterpret_cast<const char*>(&first), sizeof first);
    lower_.append(reinterpret_cast<const char*>(rest), e.rest_len * sizeof(int32_t));
    for (const std::string& w : e.exact) {
      const uint32_t len = static_cast<uint32_t>(w.size());
      lower_.append(reinterpret_cast<const char*>(&len), sizeof len).append(w);
    }
    auto [last, fresh] = last_same_.try_emplace(XXH3_64bits(lower_.data(), lower_.size()), id);
    prev_same_.push_back(fresh ? -1 : last->second);
    if (!fresh) {
      int32_t earliest = -1;
      for (int32_t other = last->second; other >= 0; other = prev_same_[other]) {
        const Entry& o = entries_[other];
        if (o.first == e.first && o.rest_len == e.rest_len &&
            std::equal(rest, rest + e.rest_len, rest_.data() + o.rest_at) && o.exact == e.exact && o.tag != e.tag) {
          earliest = other;
        }
      }
      if (earliest >= 0 && conflict.empty()) {
        conflict = p + " (also tagged \"" + tags_[entries_[earliest].tag] + "\")";
      }
      last->second = id;
    }
    by_first_[first].push_back(Start{id, e.rest_len == 0 ? Vocabulary::kNone : rest[0],
                                     e.rest_len < 2 ? Vocabulary::kNone : rest[1], tag_id, e.rest_at + 1,
                                     static_cast<uint16_t>(e.rest_len + 1), !e.exact.empty()});
    if (e.rest_len == 0 && e.exact.empty()) {
      if (single_tag_.size() <= static_cast<size_t>(first)) single_tag_.resize(first + 1, -1);
      if (single_tag_[first] < 0) single_tag_[first] = tag_id;
    }
    e.surface = std::move(p);  // (words_ views into it are used up)
    entries_.push_back(std::move(e));
  }
  return conflict;
}

bool PhraseTable::TokenizeWords(std::string_view p, bool* exact) {
  std::vector<text::Token>& toks = toks_;
  toks.clear();
  text::Tokenize(p, text::Span{0, static_cast<uint32_t>(p.size())}, &toks);
  if (toks.empty()) return false;
  // A phrase that opens with a possessive ("'s fall") has no word before
  // it to split the "'s" off: its apostrophe and letters are the one token
  // that text has after a name ("Avdiivka's fall").
  if (toks.size() >= 2 && toks[0].kind == text::TokenKind::kPunct && toks[1].kind == text::TokenKind::kWord &&
      toks[1].span.begin == toks[0].span.end) {
    const std::string_view mark = p.substr(toks[0].span.begin, toks[0].span.size());
    if (mark == "'" || mark == "\u2019") {
      toks[1].span.begin = toks[0].span.begin;
      toks.erase(toks.begin());
    }
  }
  *exact = false;
  for (const auto& t : toks) {
    std::string_view w = p.substr(t.span.begin, t.span.size());
    if (CaseExact(w)) *exact = true;
    words_.push_back(w);
  }
  return true;
}

void PhraseTable::Reindex() {
  flat_.clear();
  first_index_.assign(by_first_.size(), FirstIndex{});
  for (size_t f = 0; f < by_first_.size(); ++f) {
    FirstIndex& fi = first_index_[f];
    fi.begin = static_cast<uint32_t>(flat_.size());
    fi.singles = fi.begin;
    for (const Start& st : by_first_[f]) {
      if (st.len > 1) {
        fi.second_mask |= uint64_t{1} << (st.second & 63);
        ++fi.singles;
      }
      flat_.push_back(st);
    }
    fi.end = static_cast<uint32_t>(flat_.size());
    if (fi.end - fi.begin < 2) continue;  // (most words start one phrase: nothing to order)
    // Longest first, then in file order.
    std::stable_sort(flat_.begin() + fi.begin, flat_.end(),
                     [](const Start& a, const Start& b) { return a.len > b.len; });
    // The longer phrases grouped by second word; within a group the
    // two-word phrases first, then the longer ones grouped by third word
    // (longest first, then in file order, within each): a lookup goes
    // straight to the next two tokens' group ("the" + "enemy" opens hundreds
    // of phrases, "of" + "the" dozens, that a third word tells apart).
    std::stable_sort(flat_.begin() + fi.begin, flat_.begin() + fi.singles, [](const Start& a, const Start& b) {
      if (a.second != b.second) return a.second < b.second;
      return ThirdKey(a) < ThirdKey(b);
    });
  }
  for (FirstIndex& fi : first_index_) {
    if (fi.singles < fi.end && !flat_[fi.singles].exact) fi.plain_single = static_cast<int32_t>(fi.singles);
  }
  // The (first, second) groups into pairs_.
  std::vector<PairGroup> groups;
  for (const FirstIndex& fi : first_index_) {
    for (uint32_t k = fi.begin; k < fi.singles;) {
      const Start& head = flat_[k];
      PairGroup g{PairKey(entries_[head.entry].first, head.second), k, k, k};
      while (g.longer < fi.singles && flat_[g.longer].second == head.second && flat_[g.longer].len == 2) ++g.longer;
      g.end = g.longer;
      while (g.end < fi.singles && flat_[g.end].second == head.second) ++g.end;
      groups.push_back(g);
      k = g.end;
    }
  }
  size_t slots = 16;
  while (slots < 2 * groups.size()) slots *= 2;
  pairs_.assign(slots, PairGroup{kFreePair, 0, 0, 0});
  pair_mask_ = slots - 1;
  for (const PairGroup& g : groups) {
    size_t p = PairHome(g.key);
    while (pairs_[p].key != kFreePair) p = (p + 1) & pair_mask_;
    pairs_[p] = g;
  }
}

Status PhraseTable::LoadFile(const std::string& path) {
  // The lines read are matched even when a later one is refused.
  Status s = LoadLines(path);
  Reindex();
  return s;
}

Status PhraseTable::LoadLines(const std::string& path) {
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  // A file's lines are all tagged or all plain (word lists): a line
  // without the tag its neighbours have lost its tab.
  int tagged = -1;  // unknown, 0 plain, 1 tagged
  for (const auto& l : lines) {
    size_t tab = l.text.find('\t');
    if (tagged < 0) tagged = tab != std::string::npos;
    if (tagged != (tab != std::string::npos)) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) +
                                (tagged ? ": no tab before a tag, as every other line has"
                                        : ": a tab and a tag in a file of plain phrases"));
    }
    std::string_view phrase = std::string_view(l.text).substr(0, tab);
    std::string_view tag = tab == std::string::npos ? std::string_view() : std::string_view(l.text).substr(tab + 1);
    while (!tag.empty() && tag.front() == '\t') tag.remove_prefix(1);
    while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
    if (phrase.empty()) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) + ": empty phrase");
    }
    // Brackets pair up and do not nest.
    int depth = 0;
    for (char c : phrase) {
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (depth < 0 || depth > 1) break;
    }
    if (depth != 0) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) + ": unbalanced or nested [...] in " +
                                std::string(phrase));
    }
    size_t before = entries_.size();
    const std::string conflict = AddUnindexed(phrase, tag);
    if (!conflict.empty()) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) + ": phrase listed with two tags: " +
                                conflict);
    }
    if (entries_.size() == before) {
      return Status::Corruption(path + ":" + std::to_string(l.line_no) + ": phrase has no words: " +
                                std::string(phrase));
    }
  }
  return Status::OK();
}

bool PhraseTable::LongRestMatches(const Start& st, const std::vector<int32_t>& ids, size_t i,
                                  const std::vector<std::string_view>* raw) const {
  for (size_t k = 3; k < st.len; ++k) {
    if (ids[i + k] != rest_[st.rest3 + k - 2]) return false;
  }
  if (!st.exact) return true;
  if (raw == nullptr) return false;
  const Entry& e = entries_[st.entry];
  for (size_t k = 0; k < st.len; ++k) {
    if ((*raw)[i + k] != e.exact[k]) return false;
  }
  return true;
}

int32_t PhraseTable::LongestFrom(int32_t first, const std::vector<int32_t>& ids, size_t i, size_t end,
                                 const std::vector<std::string_view>* raw) const {
  const size_t avail = end - i;
  const int32_t second = avail > 1 ? ids[i + 1] : Vocabulary::kNone;
  const FirstIndex& fi = first_index_[first];
  // Phrases of several words first (longest first); when no phrase's second
  // word is the next token's, only the one-word phrases can match.
  if (MayGoOn(fi, second)) {
    if (const PairGroup* g = FindPair(first, second)) {
      const Start* const flat = flat_.data();
      const int32_t third = avail > 2 ? ids[i + 2] : Vocabulary::kNone;
      if (third >= 0 && g->longer < g->end) {
        // (Every word of a phrase has an id: a token without one ends no
        // phrase of three words or more.)
        const Start* const e = flat + g->end;
        const Start* p = std::lower_bound(flat + g->longer, e, third,
                                          [](const Start& st, int32_t w) { return st.third < w; });
        for (; p != e && p->third == third; ++p) {
          if (p->len <= avail && RestMatches(*p, ids, i, raw)) return static_cast<int32_t>(p - flat);
        }
      }
      for (uint32_t k = g->begin; k < g->longer; ++k) {
        if (RestMatches(flat[k], ids, i, raw)) return static_cast<int32_t>(k);
      }
    }
  }
  return fi.plain_single >= 0 ? fi.plain_single : LongestSingle(fi, ids, i, raw);
}

int32_t PhraseTable::LongestSingle(const FirstIndex& fi, const std::vector<int32_t>& ids, size_t i,
                                   const std::vector<std::string_view>* raw) const {
  for (uint32_t k = fi.singles; k < fi.end; ++k) {
    if (RestMatches(flat_[k], ids, i, raw)) return static_cast<int32_t>(k);
  }
  return -1;
}

std::vector<int32_t> PhraseTable::FirstWordsTagged(int tag) const {
  std::vector<int32_t> out;
  for (const Entry& e : entries_) {
    if (e.tag == tag) out.push_back(e.first);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

PhraseTable::Match PhraseTable::Longest(const std::vector<std::string_view>& words, size_t i, size_t end,
                                        const std::vector<std::string_view>* raw) const {
  std::vector<int32_t> ids(words.size(), Vocabulary::kNone);
  for (size_t k = i; k < end && k < words.size(); ++k) ids[k] = vocab_->Find(words[k]);
  return Longest(ids, i, end, raw);
}

}  // namespace sitrep::extract
