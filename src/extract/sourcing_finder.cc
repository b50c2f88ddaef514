#include "extract/sourcing_finder.h"

#include <algorithm>

namespace sitrep::extract {

bool ClauseBreak(const DocView& v, size_t i) {
  if (!v.IsPunct(i)) return false;
  std::string_view w = v.raw[i];
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "\u2014" || w == "\u2013" ||
         v.IsQuoteMark(i);
}

void SourcingFinder::Find(const DocView& v, std::vector<SourcingFlag>* out) const {
  for (const auto& s : v.t.sentences) {
    const size_t begin = s.first_token, end = s.end_token;
    size_t last_a = 0, last_b = 0;  // clause of the previous flag in this sentence
    bool have_last = false;
    for (size_t i = begin; i < end; ++i) {
      PhraseTable::Match m = lex_.sourcing.Longest(v.ids, i, end);
      if (!m.len) continue;
      PhraseTable::Match ex = lex_.sourcing_except.Longest(v.ids, i, end);
      if (ex.len >= m.len && lex_.sourcing_except.tag(ex.tag) == "except") {
        i += ex.len - 1;
        continue;
      }
      size_t a = i, b = i + m.len;
      while (a > begin && !ClauseBreak(v, a - 1)) --a;
      while (b < end && !ClauseBreak(v, b) && !(v.IsPunct(b) && v.raw[b] == ".")) ++b;
      // "..., who spoke on condition of anonymity": include the noun.
      if (a > begin + 1 && (v.words[a] == "who") && v.raw[a - 1] == ",") {
        a -= 1;
        while (a > begin && !ClauseBreak(v, a - 1)) --a;
      }
      while (a < i) {
        const std::string* opener = lex_.sourcing_except.TagOf(v.ids[a]);
        if (opener == nullptr || *opener != "opener") break;
        ++a;
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
      i += m.len - 1;
    }
  }
}

}  // namespace sitrep::extract
