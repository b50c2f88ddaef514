#include "dedup/doc_signature.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "dedup/name_fold.h"
#include "util/string_hash.h"

namespace sitrep::dedup {
namespace {

uint64_t Hash(std::string_view s, uint64_t seed) { return XXH3_64bits_withSeed(s.data(), s.size(), seed); }

constexpr uint64_t kSeedWord = 0x77, kSeedName = 0x6e, kSeedNumber = 0x23, kSeedDate = 0x64,
                   kSeedPlace = 0x70, kSeedShingle = 0x73;

uint32_t DateFeature(int month, int day) {
  return MakeFeature(FeatureKind::kDate, Hash(std::to_string(month * 100 + day), kSeedDate));
}

// Leading decimal digits of s as a day of month (1..31), or 0.
int DayOf(std::string_view s) {
  int v = 0;
  size_t i = 0;
  for (; i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9'; ++i) v = v * 10 + (s[i] - '0');
  if (i == 0 || i > 2) return 0;
  std::string_view rest = s.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

// Digits of a number token ("1,500" -> "1500", "3.5" stays).
std::string NumberKey(std::string_view s) {
  std::string k;
  for (char c : s) {
    if (c >= '0' && c <= '9') k.push_back(c);
    else if (c == '.') k.push_back(c);
  }
  while (!k.empty() && k.back() == '.') k.pop_back();
  return k;
}

// Demonyms ("Russian", "Ukrainian") are capitalised but say little about
// which story a sentence tells; they count as content words.
bool IsDemonym(const std::string& f) {
  auto ends = [&f](const char* s) {
    size_t n = std::strlen(s);
    return f.size() > n + 2 && f.compare(f.size() - n, n, s) == 0;
  };
  return ends("ian") || ends("ean") || ends("ish") || ends("ese");
}

void SortUnique(std::vector<uint32_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

void SignatureBuilder::Build(const text::AnalyzedText& t, const extract::Record& record, DocSignature* out) {
  out->sentences.clear();
  out->quotes.clear();
  out->facts.clear();
  out->text.clear();
  const auto& toks = t.tokens;
  // Scratch: the folded form of each token. Per thread and kept between
  // documents, so that its strings' storage is reused (builders are made
  // per document, on several threads at once).
  static thread_local std::vector<std::string> folded_;
  folded_.resize(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind == text::TokenKind::kPunct) folded_[i].clear();
    else FoldWordTo(t.Slice(toks[i].span), &folded_[i]);
  }
  // Resolved places: each folded word of each surface form -> the place code.
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> place_words;
  for (const auto& p : record.places) {
    std::string code = p.code.empty() ? p.name : p.code;
    uint32_t f = MakeFeature(FeatureKind::kPlace, Hash(code, kSeedPlace));
    for (const auto& s : p.surface) {
      size_t b = 0;
      while (b < s.size()) {
        size_t e = s.find_first_of(" -", b);
        if (e == std::string::npos) e = s.size();
        std::string w = FoldWord(std::string_view(s).substr(b, e - b));
        if (!w.empty() && !lex_->IsStopword(w)) place_words.emplace(w, f);
        b = e + 1;
      }
    }
  }
  // Capitalised words seen inside a sentence are names wherever they occur.
  std::unordered_set<std::string_view, StringHash, std::equal_to<>> names;  // views into folded_
  for (const auto& s : t.sentences) {
    bool first = true;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (toks[i].kind == text::TokenKind::kPunct) continue;
      if (!first && toks[i].capitalized && toks[i].kind == text::TokenKind::kWord) names.insert(folded_[i]);
      first = false;
    }
  }
  std::vector<uint32_t> shingle;  // rolling window of word hashes
  std::vector<uint32_t> facts, quote_words;
  out->sentences.resize(t.sentences.size());
  std::vector<std::vector<uint32_t>> quote_feats(t.quotes.size());
  size_t qi = 0;
  for (size_t si = 0; si < t.sentences.size(); ++si) {
    const auto& s = t.sentences[si];
    SentenceSig& sig = out->sentences[si];
    sig.span = s.span;
    bool first = true;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const auto& tok = toks[i];
      if (tok.kind == text::TokenKind::kPunct) continue;
      const std::string& w = folded_[i];
      if (w.empty()) continue;
      bool initial = first;
      first = false;
      uint64_t wh = Hash(w, kSeedShingle);
      shingle.push_back(static_cast<uint32_t>(wh));
      if (shingle.size() >= 3) {
        uint64_t sh = Hash(std::string_view(reinterpret_cast<const char*>(&shingle[shingle.size() - 3]), 12), kSeedShingle);
        out->text.push_back(sh);
      }
      uint32_t f = 0;
      if (tok.kind == text::TokenKind::kNumber || (w[0] >= '0' && w[0] <= '9')) {
        int day = DayOf(w);
        int month = 0;
        if (day && i + 1 < s.end_token) month = lex_->Month(folded_[i + 1]);
        if (day && !month && i + 2 < s.end_token && folded_[i + 1] == "of") month = lex_->Month(folded_[i + 2]);
        if (month) {
          f = DateFeature(month, day);
        } else if (i > s.first_token && day && lex_->Month(folded_[i - 1])) {
          continue;  // the day of "Month D", counted with the month
        } else {
          std::string k = NumberKey(t.Slice(tok.span));
          if (k.empty()) continue;
          f = MakeFeature(FeatureKind::kNumber, Hash(k, kSeedNumber));
        }
      } else {
        const RewriteLexicon::WordInfo* info = lex_->Lookup(w);
        if (info != nullptr && info->denial) sig.denial = true;
        if (int m = info != nullptr ? info->month : 0) {
          int day = i + 1 < s.end_token ? DayOf(folded_[i + 1]) : 0;
          if (day) {
            f = DateFeature(m, day);
            goto add;
          }
          if (tok.capitalized) continue;  // a month alone ("by May") is too vague
        }
        if (info != nullptr && info->stop) continue;
        if (tok.capitalized && (!initial || names.count(w)) && !IsDemonym(w)) {
          auto pw = place_words.find(w);
          f = pw != place_words.end() ? pw->second : MakeFeature(FeatureKind::kName, Hash(w, kSeedName));
        } else {
          if (w.size() < 3) continue;
          uint64_t stem = Hash(StemView(w), kSeedWord);
          f = MakeFeature(FeatureKind::kWord, stem);
          out->text.push_back(stem);
        }
      }
    add:
      sig.features.push_back(f);
      if (IsFact(f)) facts.push_back(f);
      // Quotes are few and ordered: advance to the first one not ending before this token.
      while (qi < t.quotes.size() && t.quotes[qi].span.end <= tok.span.begin) ++qi;
      for (size_t q = qi; q < t.quotes.size() && t.quotes[q].span.begin <= tok.span.begin; ++q) {
        if (t.quotes[q].span.Contains(tok.span.begin)) quote_feats[q].push_back(f);
      }
    }
  }
  // Dates the extract stage found ("the 16th of April") join their sentence.
  for (const auto& d : record.dates) {
    const std::string& v = d.value;
    if (v.size() < 7) continue;
    int mm = std::atoi(v.substr(v.size() - 5, 2).c_str()), dd = std::atoi(v.substr(v.size() - 2).c_str());
    int si = t.SentenceAt(d.span.begin);
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31 || si < 0 || d.span.end == 0) continue;
    uint32_t f = DateFeature(mm, dd);
    out->sentences[si].features.push_back(f);
    facts.push_back(f);
  }
  for (auto& s : out->sentences) {
    SortUnique(&s.features);
    s.span = {t.SourceOffset(s.span.begin), t.SourceOffset(s.span.end)};  // index the stored text
  }
  for (size_t q = 0; q < t.quotes.size(); ++q) {
    QuoteSig qs;
    qs.span = {t.SourceOffset(t.quotes[q].span.begin), t.SourceOffset(t.quotes[q].span.end)};
    qs.sentence = t.quotes[q].sentence;
    qs.words = std::move(quote_feats[q]);
    SortUnique(&qs.words);
    out->quotes.push_back(std::move(qs));
  }
  SortUnique(&facts);
  out->facts.assign(facts.begin(), facts.end());
}

bool HasDistinct(const std::vector<uint64_t>& v, size_t n) {
  if (v.size() < n) return false;
  if (n == 0) return true;
  // At most n distinct values are kept, so each test is short.
  std::vector<uint64_t> seen;
  seen.reserve(n);
  for (uint64_t x : v) {
    if (std::find(seen.begin(), seen.end(), x) != seen.end()) continue;
    seen.push_back(x);
    if (seen.size() == n) return true;
  }
  return false;
}

namespace {
void Put(std::string* s, uint32_t v) { s->append(reinterpret_cast<const char*>(&v), 4); }
}  // namespace

std::string EncodeSignature(const DocSignature& sig) {
  std::string s;
  Put(&s, 1);  // format version
  Put(&s, static_cast<uint32_t>(sig.sentences.size()));
  Put(&s, static_cast<uint32_t>(sig.quotes.size()));
  for (const auto& x : sig.sentences) {
    Put(&s, x.span.begin);
    Put(&s, x.span.end);
    Put(&s, static_cast<uint32_t>(x.features.size()) | (x.denial ? 0x80000000u : 0));
    s.append(reinterpret_cast<const char*>(x.features.data()), 4 * x.features.size());
  }
  for (const auto& q : sig.quotes) {
    Put(&s, q.span.begin);
    Put(&s, q.span.end);
    Put(&s, q.sentence);
    Put(&s, static_cast<uint32_t>(q.words.size()));
    s.append(reinterpret_cast<const char*>(q.words.data()), 4 * q.words.size());
  }
  return s;
}

Status DecodeSignature(std::string_view blob, DocSignature* out) {
  size_t pos = 0;
  auto get = [&](uint32_t* v) {
    if (pos + 4 > blob.size()) return false;
    std::memcpy(v, blob.data() + pos, 4);
    pos += 4;
    return true;
  };
  auto get_vec = [&](uint32_t n, std::vector<uint32_t>* v) {
    if (pos + 4ull * n > blob.size()) return false;
    v->resize(n);
    std::memcpy(v->data(), blob.data() + pos, 4ull * n);
    pos += 4ull * n;
    return true;
  };
  uint32_t version, ns, nq;
  if (!get(&version) || version != 1 || !get(&ns) || !get(&nq)) return Status::Corruption("rewrite signature: bad header");
  out->sentences.assign(ns, {});
  out->quotes.assign(nq, {});
  for (auto& x : out->sentences) {
    uint32_t n;
    if (!get(&x.span.begin) || !get(&x.span.end) || !get(&n)) return Status::Corruption("rewrite signature: truncated");
    x.denial = (n & 0x80000000u) != 0;
    if (!get_vec(n & 0x7fffffffu, &x.features)) return Status::Corruption("rewrite signature: truncated");
  }
  for (auto& q : out->quotes) {
    uint32_t n;
    if (!get(&q.span.begin) || !get(&q.span.end) || !get(&q.sentence) || !get(&n) || !get_vec(n, &q.words)) {
      return Status::Corruption("rewrite signature: truncated quote");
    }
  }
  return Status::OK();
}

}  // namespace sitrep::dedup
