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

// Words between a plural source and its reporting verb: "have also
// reported", "on both sides reported", "earlier claimed".
bool GroupFiller(std::string_view w) {
  for (std::string_view f : {"have", "has", "had", "also", "further", "soon", "earlier", "later", "now", "already",
                             "recently", "repeatedly", "all", "on", "both", "sides", "too"}) {
    if (w == f) return true;
  }
  return false;
}

}  // namespace

size_t SourcingFinder::UnnamedMedium(const DocView& v, size_t begin, size_t i, size_t end) const {
  if (!v.IsWord(i)) return 0;
  const std::string_view d = v.words[i];
  const bool indefinite = d == "a" || d == "an" || d == "another" || d == "one";
  // "reported by Russian war correspondents", "according to pro-Kremlin
  // channels", "citing Ukrainian media": an agent named only by its kind.
  const bool agent = i >= begin + 2 && ((v.words[i - 1] == "by" && lex_.reporting_verbs.Longest(v.ids, i - 2, i - 1).len) ||
                                        (v.words[i - 1] == "to" && v.words[i - 2] == "according") ||
                                        v.words[i - 1] == "citing");
  // A plural subject opens a clause ("Russian military bloggers said").
  const bool opens = i == begin || ClauseBreak(v, i - 1) || v.words[i - 1] == "and" || v.words[i - 1] == "but" ||
                     v.words[i - 1] == "while" || v.words[i - 1] == "as" || v.words[i - 1] == "earlier";
  if (!indefinite && !agent && !opens) return 0;
  if (d == "the" || d == "these" || d == "those" || d == "its" || d == "their") return 0;  // refers back
  // "Dva Mayora, another Telegram channel that covers the war,": describes a name.
  if (indefinite && i >= begin + 2 && v.raw[i - 1] == "," && v.Cap(i - 2)) return 0;
  for (size_t k = indefinite ? i + 1 : i; k < end && k <= i + 4 && v.IsWord(k); ++k) {
    const PhraseTable::Match m = lex_.unnamed_media.Longest(v.ids, k, end);
    if (!m.len) {
      // Only modifiers stand before the noun: "state media", "official" or
      // "diplomatic channels" are no unnamed media, "the BBC and other
      // media" name one, "journalists from Russian media" are people.
      const std::string_view w = v.words[k];
      if (w == "state" || w == "official" || w == "other" || w == "diplomatic" || w == "back" || w == "and" ||
          w == "or" || w == "from" || w == "of" || w == "in" || w == "with" || w == "for" || w == "to" ||
          w == "by" || lex_.reporting_verbs.Longest(v.ids, k, k + 1).len) {
        return 0;
      }
      continue;
    }
    const bool group = lex_.unnamed_media.tag(m.tag) == "group";
    if (group == indefinite) return 0;
    // A bare "channels" may be any channel ("Channels said talks were possible").
    if (k == i && v.words[k] == "channels") return 0;
    const size_t n = k + m.len;
    // "media reports", "channel reports": a noun, no reporting verb.
    if (n < end && (v.words[n] == "reports" || v.words[n] == "report")) return 0;
    // "..., including TASS": the group is named after all.
    for (size_t x = n; x + 1 < end && x < n + 12; ++x) {
      if (v.words[x] == "including" || (v.words[x] == "such" && v.words[x + 1] == "as")) return 0;
      if (v.IsPunct(x) && v.raw[x] == ".") break;
    }
    // A name after it names the medium ("a Telegram channel, Rybar,").
    if (n < end && (v.Cap(n) || v.IsQuoteMark(n) || v.words[n] == "of" || v.words[n] == "called" ||
                    v.words[n] == "named" || (v.raw[n] == "," && n + 1 < end && v.Cap(n + 1)))) {
      return 0;
    }
    if (agent && !indefinite) return n - i;
    // The reporting verb follows in the clause: for a group at once or
    // after auxiliaries and adverbs ("have also reported", "on both sides
    // reported"; not "media video provided by"), for a medium after a
    // relative clause ("a website that tracks the front claimed").
    for (size_t j = n; j < end && j <= n + 12 && !ClauseBreak(v, j) && !(v.IsPunct(j) && v.raw[j] == "."); ++j) {
      if (lex_.reporting_verbs.Longest(v.ids, j, j + 1).len) return n - i;
      if (group && !GroupFiller(v.words[j])) return 0;
    }
    return 0;
  }
  return 0;
}

void SourcingFinder::Find(const DocView& v, std::vector<SourcingFlag>* out) const {
  std::vector<size_t> media_at;  // tokens where a medium noun phrase starts, per sentence
  for (const auto& s : v.t.sentences) {
    const size_t begin = s.first_token, end = s.end_token;
    size_t last_a = 0, last_b = 0;  // clause of the previous flag in this sentence
    bool have_last = false;
    // Most sentences name no medium at all: UnnamedMedium runs only where a
    // medium noun follows within its four words.
    media_at.clear();
    for (size_t k = begin; k < end; ++k) {
      if (lex_.unnamed_media.StartsPhrase(v.ids[k]) && lex_.unnamed_media.Longest(v.ids, k, end).len) media_at.push_back(k);
    }
    size_t next_media = 0;  // index of the first medium at or after the token
    for (size_t i = begin; i < end; ++i) {
      PhraseTable::Match m = lex_.sourcing.Longest(v.ids, i, end, &v.raw);  // raw: "a US official"
      if (!m.len) {
        while (next_media < media_at.size() && media_at[next_media] < i) ++next_media;
        const bool medium_near = next_media < media_at.size() && media_at[next_media] <= i + 4;
        if (size_t len = DeterminedSource(v, i, end); len || (medium_near && (len = UnnamedMedium(v, begin, i, end)))) {
          m.len = static_cast<int>(len);
          m.tag = lex_.sourcing.TagIndex("anonymous");
        }
      }
      if (!m.len || m.tag < 0) continue;
      // "statements attributed to Vladimir Putin" names its source (not
      // "... attributed to Russian security officials").
      if (const size_t n = i + m.len; v.words[n - 1] == "to" && n < end && v.Cap(n) && !lex_.sides.Has(v.ids[n])) {
        continue;
      }
      // "according to military officers Ivan Petrenko and ...": named.
      if (const size_t n = i + m.len; v.words[i] == "according" && n < end && v.IsWord(n) && v.Cap(n)) continue;
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
      i += m.len - 1;
    }
  }
}

namespace {

bool IsArticle(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

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
      // Articles are lexicon words: compare ids first, the text only then.
      if (v.ids[i] < 0 || !IsArticle(v.words[i])) continue;
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
