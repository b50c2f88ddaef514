#include "dedup/doc_signature.h"

#include <algorithm>
#include <cstring>

#include "dedup/word_memo.h"

namespace sitrep::dedup {
namespace {

uint32_t DateFeature(int month, int day) {
  return MakeFeature(FeatureKind::kDate, FeatureHash(std::to_string(month * 100 + day), kSeedDate));
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

void SortUnique(std::vector<uint32_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

void SignatureBuilder::Build(const text::AnalyzedText& t, const extract::Record& record, DocSignature* out) {
  // The sentences and quotes keep their vectors' storage: a builder's
  // caller that reuses *out (one per thread at ingest) allocates nothing
  // per document once they are large enough.
  out->sentences.resize(t.sentences.size());
  for (auto& sig : out->sentences) {
    sig.denial = false;
    sig.features.clear();
  }
  out->quotes.resize(t.quotes.size());
  for (auto& q : out->quotes) q.words.clear();
  out->facts.clear();
  out->text.clear();
  const auto& toks = t.tokens;
  // Each token's word in the thread's memo (punctuation: the empty word,
  // which is what a punctuation token folded to). Scratch kept per thread.
  WordMemo& memo = WordMemo::ForDocument(lex_);
  const uint32_t doc = memo.doc();
  static thread_local std::vector<uint32_t> word_of;
  word_of.resize(toks.size());
  const uint32_t no_word = memo.OfFolded("");
  for (size_t i = 0; i < toks.size(); ++i) {
    word_of[i] = toks[i].kind == text::TokenKind::kPunct ? no_word : memo.OfRaw(t.Slice(toks[i].span));
  }
  // Resolved places: each folded word of each surface form -> the place
  // code (the first place to claim a word keeps it).
  for (const auto& p : record.places) {
    const std::string& code = p.code.empty() ? p.name : p.code;
    uint32_t f = MakeFeature(FeatureKind::kPlace, FeatureHash(code, kSeedPlace));
    for (const auto& s : p.surface) {
      size_t b = 0;
      while (b < s.size()) {
        size_t e = s.find_first_of(" -", b);
        if (e == std::string::npos) e = s.size();
        WordMemo::Word& w = memo.word(memo.OfRaw(std::string_view(s).substr(b, e - b)));
        if (w.folded_size != 0 && !w.info.stop && w.place_doc != doc) {
          w.place_doc = doc;
          w.place = f;
        }
        b = e + 1;
      }
    }
  }
  // From here on the memo only gives views: no word is added.
  auto folded = [&memo](uint32_t token) { return memo.folded(memo.word(word_of[token])); };
  // Capitalised words seen inside a sentence are names wherever they occur.
  for (const auto& s : t.sentences) {
    bool first = true;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (toks[i].kind == text::TokenKind::kPunct) continue;
      if (!first && toks[i].capitalized && toks[i].kind == text::TokenKind::kWord) memo.word(word_of[i]).name_doc = doc;
      first = false;
    }
  }
  static thread_local std::vector<uint32_t> shingle, facts;  // rolling window of word hashes; scratch
  shingle.clear();
  facts.clear();
  size_t qi = 0;
  for (size_t si = 0; si < t.sentences.size(); ++si) {
    const auto& s = t.sentences[si];
    SentenceSig& sig = out->sentences[si];
    sig.span = s.span;
    bool first = true;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const auto& tok = toks[i];
      if (tok.kind == text::TokenKind::kPunct) continue;
      const WordMemo::Word& word = memo.word(word_of[i]);
      const std::string_view w = memo.folded(word);
      if (w.empty()) continue;
      bool initial = first;
      first = false;
      shingle.push_back(static_cast<uint32_t>(word.shingle));
      if (shingle.size() >= 3) {
        uint64_t sh = FeatureHash(std::string_view(reinterpret_cast<const char*>(&shingle[shingle.size() - 3]), 12), kSeedShingle);
        out->text.push_back(sh);
      }
      uint32_t f = 0;
      if (tok.kind == text::TokenKind::kNumber || (w[0] >= '0' && w[0] <= '9')) {
        int day = DayOf(w);
        int month = 0;
        if (day && i + 1 < s.end_token) month = memo.word(word_of[i + 1]).info.month;
        if (day && !month && i + 2 < s.end_token && folded(i + 1) == "of") month = memo.word(word_of[i + 2]).info.month;
        if (month) {
          f = DateFeature(month, day);
        } else if (i > s.first_token && day && memo.word(word_of[i - 1]).info.month) {
          continue;  // the day of "Month D", counted with the month
        } else {
          std::string k = NumberKey(t.Slice(tok.span));
          if (k.empty()) continue;
          f = MakeFeature(FeatureKind::kNumber, FeatureHash(k, kSeedNumber));
        }
      } else {
        const RewriteLexicon::WordInfo& info = word.info;
        if (info.denial) sig.denial = true;
        if (int m = info.month) {
          int day = i + 1 < s.end_token ? DayOf(folded(i + 1)) : 0;
          if (day) {
            f = DateFeature(m, day);
            goto add;
          }
          if (tok.capitalized) continue;  // a month alone ("by May") is too vague
        }
        if (info.stop) continue;
        if (tok.capitalized && (!initial || word.name_doc == doc) && !word.demonym) {
          f = word.place_doc == doc ? word.place : word.name;
        } else {
          if (w.size() < 3) continue;
          f = MakeFeature(FeatureKind::kWord, word.stem);
          out->text.push_back(word.stem);
        }
      }
    add:
      sig.features.push_back(f);
      if (IsFact(f)) facts.push_back(f);
      // Quotes are few and ordered: advance to the first one not ending before this token.
      while (qi < t.quotes.size() && t.quotes[qi].span.end <= tok.span.begin) ++qi;
      for (size_t q = qi; q < t.quotes.size() && t.quotes[q].span.begin <= tok.span.begin; ++q) {
        if (t.quotes[q].span.Contains(tok.span.begin)) out->quotes[q].words.push_back(f);
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
    QuoteSig& qs = out->quotes[q];
    qs.span = {t.SourceOffset(t.quotes[q].span.begin), t.SourceOffset(t.quotes[q].span.end)};
    qs.sentence = t.quotes[q].sentence;
    SortUnique(&qs.words);
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
  // One allocation of the exact size (appending grew it five or six times).
  size_t words = 3 + 3 * sig.sentences.size() + 4 * sig.quotes.size();
  for (const auto& x : sig.sentences) words += x.features.size();
  for (const auto& q : sig.quotes) words += q.words.size();
  std::string s;
  s.reserve(4 * words);
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
