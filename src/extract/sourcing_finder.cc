#include "extract/sourcing_finder.h"

#include <algorithm>

namespace sitrep::extract {

bool ClauseBreak(const DocView& v, size_t i) {
  if (!v.IsPunct(i)) return false;
  std::string_view w = v.raw[i];
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "\u2014" || w == "\u2013" ||
         v.IsQuoteMark(i);
}

namespace {

// "a TASS news agency source", "another security force insider": an
// indefinite determiner, at most four words, then "source" or "insider"
// (not "a source of"). The length in tokens from i, or 0.
size_t DeterminedSource(const DocView& v, size_t i, size_t end) {
  const std::string_view d = v.words[i];
  if (d != "a" && d != "an" && d != "another" && d != "one") return 0;
  for (size_t k = i + 1; k < end && k <= i + 5 && v.IsWord(k); ++k) {
    if (v.words[k] != "source" && v.words[k] != "insider") continue;
    if (k == i + 1 || (k + 1 < end && v.words[k + 1] == "of")) return 0;  // the lexicon has "a source"
    return k + 1 - i;
  }
  return 0;
}

}  // namespace

SourcingFinder::SourcingFinder(const Lexicon& lex) : lex_(lex) {
  const Vocabulary& vocab = lex.vocabulary;
  the_ = vocab.Find("the");
  a_ = vocab.Find("a");
  an_ = vocab.Find("an");
  opens_flag_.assign(vocab.size(), 0);
  for (size_t id = 0; id < opens_flag_.size(); ++id) {
    opens_flag_[id] = lex.sourcing.StartsPhrase(static_cast<int32_t>(id));
  }
  // The words Find tests by text besides the sourcing phrases' first words
  // (DeterminedSource's determiners, "sources").
  for (std::string_view w : {"a", "an", "another", "one", "sources"}) {
    const int32_t id = vocab.Find(w);
    if (id >= 0) {
      opens_flag_[id] = 1;
    } else {
      unknown_openers_.push_back(w);
    }
  }
}

void SourcingFinder::Find(const DocView& v, std::vector<SourcingFlag>* out) const {
  for (const auto& s : v.t.sentences) {
    const size_t begin = s.first_token, end = s.end_token;
    size_t last_a = 0, last_b = 0;  // clause of the previous flag in this sentence
    bool have_last = false;
    for (size_t i = begin; i < end; ++i) {
      while (i < end && !MayOpenFlag(v, i)) ++i;
      if (i == end) break;
      PhraseTable::Match m = lex_.sourcing.Longest(v.ids, i, end, &v.raw);  // raw: "a US official"
      size_t at = i;  // the flag's first token (i itself never moves back)
      if (!m.len) {
        if (size_t len = DeterminedSource(v, i, end); len) {
          m.len = static_cast<int>(len);
          m.tag = lex_.sourcing.TagIndex("anonymous");
        } else if (v.words[i] == "sources" && i > begin && v.IsWord(i - 1) && v.Cap(i - 1) && !v.Cap(i) &&
                   (i - 1 > begin || v.InPlace(i - 1))) {
          // "according to TASS sources", "Kyiv sources confirmed": an
          // outlet's or a capital's unnamed sources, cited as such (after
          // "according to", "citing", "quoting", "by" or before a reporting
          // verb; not "electricity from EU sources", "using OSINT sources").
          const std::string_view p = i - 1 > begin ? v.words[i - 2] : std::string_view();
          const bool cited = p == "to" || p == "citing" || p == "quoting" || p == "by" ||
                             (p != "using" && p != "from" && p != "of" && p != "with" && p != "via" &&
                              i + 1 < end && lex_.reporting_verbs.Longest(v.ids, i + 1, i + 2).len);
          if (cited) {
            at = i - 1;
            m.len = 2;
            m.tag = lex_.sourcing.TagIndex("anonymous");
          }
        }
      }
      if (!m.len || m.tag < 0) continue;
      // "statements attributed to Vladimir Putin" names its source (not
      // "... attributed to Russian security officials").
      // ("a source close to TASS" stays unnamed.)
      if (const size_t n = at + m.len; n >= at + 2 && v.words[n - 1] == "to" && v.words[n - 2] == "attributed" &&
                                       n < end && v.Cap(n) && !lex_.sides.Has(v.ids[n])) {
        continue;
      }
      // "according to military officers Ivan Petrenko and ...": named.
      if (const size_t n = at + m.len; v.words[at] == "according" && n < end && v.IsWord(n) && v.Cap(n)) continue;
      PhraseTable::Match ex = lex_.sourcing_except.Longest(v.ids, at, end);
      if (ex.len >= m.len && lex_.sourcing_except.tag(ex.tag) == "except") {
        i = std::max(i, at + ex.len - 1);
        continue;
      }
      size_t a = at, b = at + m.len;
      while (a > begin && !ClauseBreak(v, a - 1)) --a;
      while (b < end && !ClauseBreak(v, b) && !(v.IsPunct(b) && v.raw[b] == ".")) ++b;
      // "..., who spoke on condition of anonymity": include the noun.
      if (a > begin + 1 && (v.words[a] == "who") && v.raw[a - 1] == ",") {
        a -= 1;
        while (a > begin && !ClauseBreak(v, a - 1)) --a;
      }
      while (a < at) {
        const std::string* opener = lex_.sourcing_except.TagOf(v.ids[a]);
        if (opener == nullptr || *opener != "opener") break;
        ++a;
      }
      // A clause of a few words ("WarGonzo, citing sources", "According to
      // military commanders,", "pro-Russian sources \"acknowledged ...\"")
      // says little alone: the flag takes the clause before it (its
      // subject), else the next one, up to six words.
      auto words = [&](size_t x, size_t y) {
        size_t c = 0;
        for (size_t k = x; k < y; ++k) c += v.IsWord(k) || v.IsNumber(k);
        return c;
      };
      for (int grow = 0; grow < 2 && words(a, b) < 6; ++grow) {
        if (a > begin + 1 && ClauseBreak(v, a - 1)) {
          --a;
          while (a > begin && ClauseBreak(v, a - 1)) --a;
          while (a > begin && !ClauseBreak(v, a - 1)) --a;
        } else if (b + 1 < end && ClauseBreak(v, b)) {
          ++b;
          while (b < end && ClauseBreak(v, b)) ++b;
          while (b < end && !ClauseBreak(v, b) && !(v.IsPunct(b) && v.raw[b] == ".")) ++b;
        } else {
          break;
        }
      }
      const std::string& kind = lex_.sourcing.tag(m.tag);
      if (have_last && a < last_b && b > last_a) {
        // Same clause as the previous flag: widen it.
        SourcingFlag& f = out->back();
        last_a = std::min(a, last_a);
        last_b = std::max(b, last_b);
        f.text = std::string(v.Text(last_a, last_b));
      } else {
        out->push_back(SourcingFlag{kind, std::string(v.Text(a, b))});
        last_a = a;
        last_b = b;
        have_last = true;
      }
      i = std::max(i, at + m.len - 1);
    }
  }
}

namespace {

// True when `role` is a word of the role or name of one of the speakers.
bool HeldByNamedSpeaker(std::string_view role, const std::vector<Speaker>& speakers) {
  for (const Speaker& sp : speakers) {
    for (std::string_view field : {std::string_view(sp.role), std::string_view(sp.name)}) {
      for (size_t at = 0; (at = field.find(role, at)) != std::string_view::npos; at += role.size()) {
        const bool starts = at == 0 || field[at - 1] == ' ';
        const size_t e = at + role.size();
        const bool ends = e == field.size() || field[e] == ' ' || field[e] == ',';
        if (starts && ends) return true;
      }
    }
  }
  return false;
}

}  // namespace

void SourcingFinder::UnnamedRoles(const DocView& v, const Sources& src, const std::vector<Speaker>& speakers,
                                  std::vector<SourcingFlag>* out) const {
  for (size_t s = 0; s < v.t.sentences.size() && s < src.sentence.size(); ++s) {
    if (src.sentence[s].speaker >= 0 || src.sentence[s].institution >= 0) continue;
    const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
    for (size_t i = begin; i + 2 < end; ++i) {
      if (!IsArticleAt(v, i)) continue;
      // At the start of the sentence or of a clause, maybe after "and", "but".
      size_t open = i;
      if (open > begin) {
        const std::string* opener = lex_.sourcing_except.TagOf(v.ids[open - 1]);
        if (opener != nullptr && *opener == "opener") --open;
      }
      if (open > begin && !ClauseBreak(v, open - 1)) continue;
      size_t r = i + 1;  // the role, after at most three modifiers
      while (r < end && r <= i + 3 && v.IsWord(r) && !v.Cap(r) && !lex_.roles.Has(v.ids[r])) ++r;
      if (r >= end || v.Cap(r) || !lex_.roles.Has(v.ids[r])) continue;
      while (r + 1 < end && !v.Cap(r + 1) && lex_.roles.Has(v.ids[r + 1])) ++r;  // "deputy commander"
      // A spokesperson speaks on the record for the body named ("a
      // spokesman for the southern command said"): no anonymous source.
      if (v.words[r].starts_with("spokes")) continue;
      // The complement makes the role a description of its own; a bare "the
      // spokesperson said" points back to a speaker named before.
      size_t k = r + 1;
      if (k >= end || (v.words[k] != "of" && v.words[k] != "for")) continue;
      for (++k; k < end && k <= r + 8 && v.IsWord(k) && !lex_.reporting_verbs.Longest(v.ids, k, end).len;) ++k;
      PhraseTable::Match m = lex_.reporting_verbs.Longest(v.ids, k, end);
      if (!m.len || HeldByNamedSpeaker(v.words[r], speakers)) continue;
      size_t b = k + m.len;
      while (b < end && !ClauseBreak(v, b) && !(v.IsPunct(b) && v.raw[b] == ".") && v.words[b] != "that") ++b;
      out->push_back(SourcingFlag{"anonymous", std::string(v.Text(i, b))});
      break;
    }
  }
}

}  // namespace sitrep::extract
