#include "extract/outlet_finder.h"

#include <algorithm>
#include <string>

#include "extract/name_finder.h"

namespace sitrep::extract {
namespace {

// A role or title right after an acronym ("according to DIU chief Lt Gen
// Name", "SBU head Name"): the acronym is the person's service, not an
// outlet cited.
bool RoleFollows(const DocView& v, const Lexicon& lex, size_t k, size_t end) {
  return k < end && v.IsWord(k) && (lex.roles.Has(v.ids[k]) || lex.titles.Has(v.ids[k]));
}

// An all-capital acronym of 3-6 letters: "NTV", "RBC".
bool Acronym(std::string_view w) {
  if (w.size() < 3 || w.size() > 6) return false;
  for (char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Quoted name starting at the opening mark i: the words up to the closing
// mark, without trailing punctuation. Sets [*a, *b) and returns true.
bool QuotedName(const DocView& v, size_t i, size_t end, size_t* a, size_t* b, size_t* next) {
  if (!v.IsQuoteMark(i)) return false;
  size_t j = i + 1;
  while (j < end && j < i + 10 && !v.IsQuoteMark(j)) ++j;
  if (j >= end || !v.IsQuoteMark(j) || j == i + 1) return false;
  size_t e = j;
  while (e > i + 1 && v.IsPunct(e - 1) && v.raw[e - 1] != ".") --e;
  if (e == i + 1 || !v.Cap(i + 1)) return false;
  *a = i + 1;
  *b = e;
  *next = j + 1;
  return true;
}

// A brand written with a capital run before lower case: "EADaily",
// "NEWSru", "RBCnews". No person's name is spelled so.
// A one-word brand in camel case ("PolitNavigator", "DeepStateUA"): a
// capital after three lower-case letters (not "McDonald", "MacArthur").
bool CamelBrand(std::string_view w) {
  if (w.size() < 6 || w[0] < 'A' || w[0] > 'Z') return false;
  int lower_run = 0;
  for (size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if (c >= 'a' && c <= 'z') {
      ++lower_run;
    } else if (c >= 'A' && c <= 'Z') {
      if (lower_run >= 3) return true;
      lower_run = 0;
    } else {
      return false;
    }
  }
  return false;
}

bool BrandName(std::string_view w) {
  if (w.size() < 4 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z') return false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// "KHARKIV (dpa-AFX) - ...", "Moscow, July 28, (dpa/GNA) - ...": the agency
// a dateline credits, between the parentheses after capitalised place words
// (or a place in any case) and a date at the sentence start. Sets [*a, *b);
// not a generic credit ("MOSCOW (Agencies)").
bool DatelineCredit(const DocView& v, const Lexicon& lex, size_t begin, size_t end, size_t* a, size_t* b) {
  size_t k = begin;
  auto upper = [&](size_t i) {
    const std::string_view w = v.raw[i];
    if (w.size() < 2) return false;
    for (char c : w) {
      if (c >= 'a' && c <= 'z') return false;
    }
    return v.IsWord(i);
  };
  while (k < end && k < begin + 4 && (upper(k) || (k > begin && v.raw[k] == ","))) ++k;
  // A place in any case needs the date after it ("Moscow, July 28, (dpa)"):
  // "Kherson (southern Ukraine) -" credits nobody.
  const bool any_case = k == begin;
  if (any_case) {
    while (k < end && k < begin + 3 && v.InPlace(k)) ++k;
  }
  // The date after the place: ", July 28,".
  bool dated = false;
  if (k > begin) {
    size_t d = k < end && v.raw[k] == "," ? k + 1 : k;
    if (d + 1 < end && v.Cap(d) && lex.months.TagOf(v.ids[d]) != nullptr && v.IsNumber(d + 1)) {
      d += 2;
      if (d < end && v.raw[d] == ",") ++d;
      k = d;
      dated = true;
    }
  }
  // A dateline of the date alone ("July 28 (UPI) --"), or of the agency
  // alone opening the text ("(Dan Tri) – ...").
  bool bare = false;
  if (k == begin && k + 2 < end && v.Cap(k) && lex.months.TagOf(v.ids[k]) != nullptr && v.IsNumber(k + 1)) {
    k += 2;
    if (k < end && v.raw[k] == ",") ++k;
    dated = true;
  } else if (k == begin && begin == 0 && v.raw[k] == "(") {
    bare = true;
  }
  if (any_case && !dated && !bare) return false;
  if ((k == begin && !bare) || k + 2 >= end || v.raw[k] != "(") return false;
  // A label, not a city: "EXCLUSIVE (Video) -", "UPDATE (Adds comment) -".
  for (size_t q = begin; q < k; ++q) {
    const std::string_view w = v.words[q];
    if (w == "exclusive" || w == "update" || w == "updated" || w == "breaking" || w == "video" || w == "photo" ||
        w == "photos" || w == "watch" || w == "live" || w == "analysis" || w == "opinion" || w == "explainer" ||
        w == "factbox" || w == "correction" || w == "corrected") {
      return false;
    }
  }
  size_t close = k + 1;
  while (close < end && close < k + 8 && v.raw[close] != ")") ++close;
  if (close >= end || v.raw[close] != ")" || close == k + 1 || close + 1 >= end) return false;
  const std::string_view dash = v.raw[close + 1];
  if (dash != "-" && dash != "--" && dash != "\u2013" && dash != "\u2014") return false;
  // (Capitalised words only when nothing but the brackets opens the text.)
  for (size_t q = k + 1; bare && q < close; ++q) {
    if (!v.Cap(q)) return false;
  }
  const std::string_view w = v.words[k + 1];
  if (w == "agencies" || w == "agency" || w == "staff" || w == "updated" || w == "wires" || w == "photo" ||
      w == "video" || w == "file" || w == "pictured" || v.InPlace(k + 1)) {
    return false;
  }
  *a = k + 1;
  *b = close;
  return true;
}

// A lower-case noun after a cited name that makes the name a modifier of
// who is cited, not an outlet: "citing LPR intelligence agencies", "citing
// Kyiv officials" (not "citing TASS sources": an outlet's own sources, and
// never a name the outlet lexicon knows).
bool CitedBodyNoun(std::string_view w) {
  return w == "intelligence" || w == "agencies" || w == "officials" || w == "authorities" || w == "services" ||
         w == "military" || w == "command" || w == "officers";
}

}  // namespace

namespace {
}  // namespace

void OutletFinder::Gather(const DocView& v, DocFacts* f) const {
  f->ready = true;
  auto body_head = [&](size_t k) {
    return (lex_.not_names.Has(v.ids[k]) || lex_.unit_nouns.Has(v.ids[k])) && !lex_.outlet_words.Has(v.ids[k]);
  };
  for (size_t k = 0; k < v.size(); ++k) {
    if (!v.IsWord(k) || !v.Cap(k)) continue;
    const bool same = k > 0 && v.sentence_of[k - 1] == v.sentence_of[k];
    if (same && v.IsWord(k - 1) && v.Cap(k - 1) && !lex_.not_names.Has(v.ids[k - 1])) {
      f->named_people.insert(v.words[k]);
    }
    if (same && v.raw[k - 1] == "," && k + 1 < v.size() && v.words[k + 1] == "reports" &&
        (k + 2 >= v.size() || v.raw[k + 2] == "." || v.sentence_of[k + 2] != v.sentence_of[k])) {
      f->credited.insert(v.words[k]);
    }
    // "the Russian Volunteer Corps (RDK)": the bracket after the body's head.
    if (body_head(k) && k + 3 < v.size() && v.raw[k + 1] == "(" && v.raw[k + 3] == ")") {
      f->body_acronyms.insert(std::string(v.raw[k + 2]));
    }
    // "the Sumy Regional Military Administration": the initials of the
    // last two to five capitalised words up to the body's head.
    if (body_head(k)) {
      std::string initials;
      for (size_t n = 1; n <= 5 && n <= k + 1; ++n) {
        const size_t w = k + 1 - n;
        if (!v.IsWord(w) || !v.Cap(w) || v.raw[w].size() < 2) break;
        initials.insert(initials.begin(), v.raw[w][0]);
        if (n >= 2) f->body_acronyms.insert(initials);
      }
    }
  }
}

namespace {
// Words that open an outlet noun's phrase only as a cue naming the
// channel after it ("Name on the air of X", "Name aired on X"): NameAt
// reads no outlet noun from them.
bool ChannelCueWord(std::string_view w) {
  return w == "on" || w == "aired" || w == "broadcast" || w == "live" || w == "a";
}
}  // namespace

OutletFinder::OutletFinder(const Lexicon& lex)
    : lex_(lex), opens_outlet_noun_(lex.vocabulary.size(), false), opens_cue_or_outlet_(lex.vocabulary.size(), 0) {
  for (size_t id = 0; id < opens_cue_or_outlet_.size(); ++id) {
    const auto i = static_cast<int32_t>(id);
    opens_cue_or_outlet_[id] = lex.outlet_cues.StartsPhrase(i) || lex.outlets.StartsPhrase(i);
  }
  const int channel = lex.outlet_cues.TagIndex("channel");
  if (channel < 0) return;
  for (int32_t id : lex.outlet_cues.FirstWordsTagged(channel)) {
    if (!ChannelCueWord(lex.vocabulary.word(id))) opens_outlet_noun_[id] = true;
  }
}

bool OutletFinder::MayNameUncued(const DocView& v, size_t i, size_t end) const {
  // (An outlet's phrase; a site's name: word "." domain, or word "." label
  // "." domain.)
  if (lex_.outlets.Longest(v.ids, i, end, &v.raw).len ||
      (i + 2 < end && v.raw[i + 1] == "." && lex_.domains.Has(v.ids[i + 2])) ||
      (i + 4 < end && v.raw[i + 1] == "." && v.raw[i + 3] == "." && lex_.domains.Has(v.ids[i + 4]))) {
    return true;
  }
  // (A credit line or an agency's acronym after a comma or "as", then a
  // media verb; a brand, then a reporting verb.)
  if (i + 1 >= end) return false;
  const std::string_view next = v.words[i + 1];
  if (i > 0 && (next == "reported" || next == "reports" || next == "wrote" || next == "writes") &&
      (v.raw[i - 1] == "," || v.words[i - 1] == "as")) {
    return true;
  }
  if (BrandName(v.raw[i]) && lex_.reporting_verbs.StartsPhrase(v.ids[i + 1])) return true;
  if (!v.Cap(i)) return false;
  // (As NameAt reads them: an outlet noun's phrase at k after capitalised
  // words [i, k), k <= i + 3; the capitalised run [i, j), j <= i + 5,
  // ending in an outlet word.)
  for (size_t k = i + 1; k < end && k <= i + 3 && v.Cap(k - 1); ++k) {
    const int32_t id = v.ids[k];
    if (id >= 0 && opens_outlet_noun_[id]) return true;
  }
  size_t j = i;
  while (j < end && j < i + 5 && v.Cap(j)) ++j;
  return j >= i + 2 && j < end && lex_.outlet_words.Has(v.ids[j - 1]);
}

bool OutletFinder::NameAt(const DocView& v, size_t i, size_t end, size_t* len, std::string* name,
                          bool after_cue, bool after_channel, DocFacts* facts) const {
  auto gathered = [&]() -> const DocFacts& {
    if (!facts->ready) Gather(v, facts);
    return *facts;
  };
  if (!MayNameAt(v, i, end, after_cue)) return false;
  PhraseTable::Match m = lex_.outlets.Longest(v.ids, i, end, &v.raw);
  // A name that ends in a number ("Russia 24") is no outlet before a unit:
  // "Russia 24 hours later launched".
  if (m.len && v.IsNumber(i + m.len - 1) && i + m.len < end) {
    const std::string_view unit = v.words[i + m.len];
    if (unit == "hours" || unit == "hour" || unit == "days" || unit == "km" || unit == "kilometres" ||
        unit == "kilometers" || unit == "times" || unit == "percent" || unit == "%" || unit == "of") {
      m = PhraseTable::Match();
    }
  }
  // A name's generic word (news, agency, radio) matches only capitalised as
  // the name writes it: "the Ukrainian news outlet Pravda" names no
  // "Ukrainian News". (Only an alias whose space-separated words are its
  // tokens: not "aif.ru".)
  if (m.len > 1) {
    const std::string_view alias = lex_.outlets.surface(m.entry);
    if (static_cast<size_t>(std::count(alias.begin(), alias.end(), ' ')) + 1 == static_cast<size_t>(m.len)) {
      size_t k = i;
      for (size_t at = 0; at < alias.size() && m.len; ++k) {
        if (std::isupper(static_cast<unsigned char>(alias[at])) && !v.Cap(k) && lex_.outlet_words.Has(v.ids[k])) {
          m = PhraseTable::Match();
        }
        const size_t sp = alias.find(' ', at);
        at = sp == std::string_view::npos ? alias.size() : sp + 1;
      }
    }
  }
  // "The Times Square rally", "The Telegraph pole": an alias opening with
  // "The" is no paper when a capitalised word or a noun of the phrase goes on.
  if (m.len > 1 && v.words[i] == "the" && i + m.len < end && v.IsWord(i + m.len) &&
      (v.Cap(i + m.len) || v.words[i + m.len] == "pole" || v.words[i + m.len] == "poles" ||
       v.words[i + m.len] == "wire" || v.words[i + m.len] == "office")) {
    m = PhraseTable::Match();
  }
  if (m.len) {
    // "aif.ru" must not be the tail of a longer site name.
    *len = m.len;
    *name = lex_.outlets.tag(m.tag);
    if (name->empty()) *name = std::string(v.Text(i, i + m.len));
    return true;
  }
  // Site names: word "." tld, written without spaces.
  // (Not an embedded picture's link: "pic.twitter.com/5gzb".)
  const bool picture = i >= 2 && v.raw[i - 1] == "." && v.words[i - 2] == "pic" &&
                       v.tok(i - 2).span.end == v.tok(i - 1).span.begin;
  auto glued = [&](size_t k) { return v.tok(k).span.end == v.tok(k + 1).span.begin; };
  // A second-level label: a short one before a country's ("in.ua",
  // "gov.ua", "dn.ua", "com.tr", "co.uk").
  auto second_level = [&](size_t k) { return v.IsWord(k) && v.words[k].size() <= 4 && v.words[k] != "www"; };
  // (Not a mail address: "press@mod.gov.ua".)
  const bool mail = i >= 1 && v.raw[i - 1] == "@";
  // A host of three labels is named whole ("zss.in.ua", "mil.gov.ua",
  // "anews.com.tr"), and not by its tail ("in.ua").
  if (v.IsWord(i) && v.words[i] != "www" && i + 4 < end && v.raw[i + 1] == "." && second_level(i + 2) &&
      v.raw[i + 3] == "." && lex_.domains.Has(v.ids[i + 4]) && !picture && !mail && glued(i) && glued(i + 1) &&
      glued(i + 2) && glued(i + 3)) {
    *len = 5;
    *name = std::string(v.Text(i, i + 5));
    return true;
  }
  // (A second-level label after a host's first one is its tail: "in.ua" of
  // "zss.in.ua"; "www.radiosvoboda.org" is still named "radiosvoboda.org".)
  const bool tail = i >= 2 && v.raw[i - 1] == "." && glued(i - 1) && v.IsWord(i - 2) && glued(i - 2) &&
                    v.words[i - 2] != "www" && second_level(i);
  if (v.IsWord(i) && i + 2 < end && v.raw[i + 1] == "." && lex_.domains.Has(v.ids[i + 2]) && !picture && !tail &&
      !mail && glued(i) && glued(i + 1)) {
    *len = 3;
    *name = std::string(v.Text(i, i + 3));
    // (A name typed with Cyrillic look-alikes is written in Latin letters:
    // "Censor.NЕТ" -> "censor.net".)
    if (v.words[i].size() != v.raw[i].size() || v.words[i + 2].size() != v.raw[i + 2].size()) {
      *name = std::string(v.words[i]) + "." + std::string(v.words[i + 2]);
    }
    return true;
  }
  // A capitalised name before an outlet noun: "the Xinhua news agency",
  // "the Two Majors Telegram channel".
  if (i < end && v.Cap(i)) {
    size_t a = i;
    // A common capitalised word may open a longer name ("the Military
    // Affairs Telegram channel"), never stand alone ("the Russian Telegram
    // channel").
    const bool common = lex_.not_names.Has(v.ids[a]);
    const bool article = v.words[a] == "the" || v.words[a] == "a" || v.words[a] == "an" ||
                         v.words[a] == "this" || v.words[a] == "that" || v.words[a] == "as";
    // ("the Kremlin-aligned news agency TASS": an adjective, no name.)
    const std::string_view first = v.raw[a];
    bool adjective = false;
    for (size_t h = 0; v.Hyphenated(a) && h + 1 < first.size() && !adjective; ++h) {
      adjective = first[h] == '-' && first[h + 1] >= 'a' && first[h + 1] <= 'z';
    }
    if (!article && !adjective && (!common || (a + 1 < end && v.Cap(a + 1) && !lex_.not_names.Has(v.ids[a + 1]))) &&
        (a == 0 || !v.Cap(a - 1) || lex_.not_names.Has(v.ids[a - 1]))) {
      for (size_t k = a + (common ? 2 : 1); k < end && k <= a + 3 && v.Cap(k - 1); ++k) {
        PhraseTable::Match c = lex_.outlet_cues.Longest(v.ids, k, end);
        // An outlet noun, not a cue that names the channel after it ("Name
        // on the air of X", "Name aired on X": Name is no outlet).
        if (ChannelCueWord(v.words[k])) continue;
        if (c.len && lex_.outlet_cues.tag(c.tag) == "channel") {
          // A capitalised outlet noun belongs to the name ("the Eastern
          // Ridge News Agency"), a lower-case one not ("the Xinhua news agency").
          bool named_noun = true;
          for (size_t q = k; q < k + c.len; ++q) named_noun &= v.Cap(q);
          *len = named_noun ? k + c.len - a : k - a;
          *name = std::string(v.Text(a, a + *len));
          // "the Ukrainian Ukrinform news agency": a known outlet after a
          // common word is that outlet.
          if (common && !named_noun) {
            PhraseTable::Match known = lex_.outlets.Longest(v.ids, a + 1, k, &v.raw);
            if (known.len == static_cast<int>(k - a - 1) && !lex_.outlets.tag(known.tag).empty()) {
              *name = lex_.outlets.tag(known.tag);
            }
          }
          return true;
        }
      }
    }
  }
  // A capitalised name ending in an outlet word, then a reporting verb:
  // "As Ukrainian News Agency reported", "Kyiv Post reported"; not a common
  // word and one outlet word ("Russian Media reported").
  if (v.Cap(i) && v.words[i] != "the" && v.words[i] != "as" &&
      (i == 0 || !v.Cap(i - 1) || v.words[i - 1] == "the" || v.words[i - 1] == "as")) {
    size_t j = i;
    while (j < end && j < i + 5 && v.Cap(j)) ++j;
    // ("As Ukrainian News Agency earlier reported": an adverb between.)
    const size_t verb = j + 1 < end && (v.words[j] == "earlier" || v.words[j] == "previously" ||
                                        v.words[j] == "also" || v.words[j] == "already" || v.words[j] == "first")
                            ? j + 1
                            : j;
    if (j >= i + 2 && j < end && lex_.outlet_words.Has(v.ids[j - 1]) &&
        lex_.reporting_verbs.Longest(v.ids, verb, verb + 1).len) {
      // (Nor "Russian State Media", "Separatist Press": a kind of outlet.)
      bool named = v.words[j - 1] != "media" && v.words[j - 1] != "press";
      bool any = false;
      for (size_t k = i; k + 1 < j; ++k) any |= !lex_.not_names.Has(v.ids[k]) || lex_.outlet_words.Has(v.ids[k]);
      named = named && any;
      if (named) {
        *len = j - i;
        *name = std::string(v.Text(i, j));
        return true;
      }
    }
  }
  // An agency's acronym after a comma, then a media verb: "..., Reuters
  // reported, BTA reported" (not an institution's or a unit's).
  if (i > 0 && v.raw[i - 1] == "," && Acronym(v.raw[i]) && i + 1 < end &&
      (v.words[i + 1] == "reported" || v.words[i + 1] == "reports" || v.words[i + 1] == "wrote" ||
       v.words[i + 1] == "writes") &&
      !lex_.not_names.Has(v.ids[i]) && !lex_.unit_nouns.Has(v.ids[i]) && !lex_.institutions.Longest(v.ids, i, end).len &&
      !gathered().body_acronyms.count(std::string(v.raw[i]))) {
    *len = 1;
    *name = std::string(v.raw[i]);
    return true;
  }
  // A lone name after a comma that closes the sentence with "reports" (a
  // person "reported"): "..., said this in a Telegram post, Vigilant
  // reports." An agency's credit line; not a person the text names in full
  // anywhere ("Oleksandr Syrskyi ... , Syrskyi reports."). "As Vigilant
  // reported, ..." too, where the text credits the name so elsewhere.
  const bool credit_close = i > 0 && v.raw[i - 1] == "," && (i + 2 >= end || v.raw[i + 2] == ".") &&
                            i + 1 < end && v.words[i + 1] == "reports";
  const bool credit_open = i > 0 && v.words[i - 1] == "as" && v.sentence_of[i - 1] == v.sentence_of[i] &&
                           i + 2 < end && v.raw[i + 2] == "," &&
                           (v.words[i + 1] == "reports" || v.words[i + 1] == "reported");
  if ((credit_close || credit_open) && v.IsWord(i) && v.Cap(i) && !v.InPlace(i) && !lex_.not_names.Has(v.ids[i]) &&
      !lex_.unit_nouns.Has(v.ids[i]) && !lex_.institutions.Longest(v.ids, i, end).len &&
      !lex_.titles.Has(v.ids[i]) && !lex_.roles.Has(v.ids[i]) && !SurnameShaped(v.words[i])) {
    const DocFacts& f = gathered();
    if (!f.named_people.count(v.words[i]) && (credit_close || f.credited.count(v.words[i]))) {
      *len = 1;
      *name = std::string(v.raw[i]);
      return true;
    }
  }
  // A brand followed by its reporting verb: "..., URA-Inform reports."
  // (Not a unit's abbreviation: "the 110th OMBr believes".)
  if (BrandName(v.raw[i]) && i + 1 < end && lex_.reporting_verbs.Longest(v.ids, i + 1, i + 2).len &&
      !lex_.unit_nouns.Has(v.ids[i])) {
    *len = 1;
    *name = std::string(v.raw[i]);
    return true;
  }
  if (!after_cue) return false;
  size_t a, b, next;
  if (QuotedName(v, i, end, &a, &b, &next)) {
    *len = next - i;
    *name = std::string(v.Text(a, b));
    return true;
  }
  // A title with a capitalised "The" ("reported by The Independent",
  // "according to The Atlantic"; the cue skipped "The"): a paper's name, not
  // an institution ("The Kremlin") nor a place.
  if (i > 0 && v.raw[i - 1] == "The" && v.Cap(i) &&
      !lex_.institutions.Longest(v.ids, i - 1, end).len && !lex_.institutions.Longest(v.ids, i, end).len) {
    size_t k = i;
    bool place = false;
    while (k < end && k < i + 3 && v.Cap(k)) {
      // An institution or a state, not a paper: "The Interior Ministry",
      // "The Ukrainian Army", "The UN", "The Hague", "The Netherlands".
      const std::string_view w = v.words[k];
      place |= v.InPlace(k) || lex_.institutions.Longest(v.ids, k, end).len || lex_.sides.Has(v.ids[k]) ||
               w == "ministry" || w == "army" || w == "government" || w == "governor" || w == "court" ||
               w == "tribunal" || w == "council" || w == "un" || w == "hague" || w == "netherlands" ||
               w == "administration" || w == "command" || w == "office";
      ++k;
    }
    if (!place) {
      *len = k - i;
      *name = std::string(v.Text(i - 1, k));
      return true;
    }
  }
  // A capitalised run ending in an outlet word ("Kyiv Post"), or an acronym.
  size_t j = i;
  while (j < end && j < i + 5 && v.Cap(j)) ++j;
  if (j == i) return false;
  // (Not a grouping's abbreviation: "according to the OSTG \"Khortytsia\"".)
  // ("told Radio Khartia": a station's name opening with its outlet word;
  // not "told Ukrainian TV", an outlet named by its kind.)
  bool named_kind = false;
  for (size_t k = i; k + 1 < j && !named_kind; ++k) named_kind = !lex_.not_names.Has(v.ids[k]);
  if ((lex_.outlet_words.Has(v.ids[j - 1]) && (j == i + 1 || named_kind)) ||
      (j >= i + 2 && (v.words[i] == "radio" || v.words[i] == "tv")) || (j == i + 1 && CamelBrand(v.raw[i])) ||
      (j == i + 1 && Acronym(v.raw[i]) && !lex_.not_names.Has(v.ids[i]) && !lex_.unit_nouns.Has(v.ids[i]) &&
       !gathered().body_acronyms.count(std::string(v.raw[i])) && !RoleFollows(v, lex_, i + 1, end)) ||
      (j == i + 1 && BrandName(v.raw[i])) ||
      (after_channel && !lex_.not_names.Has(v.ids[i]))) {
    *len = j - i;
    *name = std::string(v.Text(i, j));
    return true;
  }
  return false;
}

void OutletFinder::Find(const DocView& v, std::vector<Outlet>* out, Sources* src) const {
  DocFacts facts;
  const int32_t* const ids = v.ids.data();
  const text::Token* const tokens = v.t.tokens.data();
  const std::string_view* const raw = v.raw.data();
  const uint8_t* const opens = opens_cue_or_outlet_.data();
  const size_t opens_size = opens_cue_or_outlet_.size();
  for (size_t s = 0; s < v.t.sentences.size(); ++s) {
    const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
    int prev_in_sentence = -1;
    bool cue = false;       // the previous words were a citation cue
    bool citing = false;    // ... and it was "citing"
    bool channel = false;   // ... and it was an outlet noun ("the Telegram channel")
    size_t credit_a = 0, credit_b = 0;
    const bool credit = s == 0 && DatelineCredit(v, lex_, begin, end, &credit_a, &credit_b);
    for (size_t i = begin; i < end;) {
      // Without a cue before, nothing below starts at a word that opens no
      // cue's or outlet's phrase, is not capitalised and stands before no
      // "." (MayNameAt), unless the dateline credits it: pass over those
      // through local pointers (the loop is too large to keep the arrays'
      // addresses in registers, and most words are such).
      if (!cue) {
        while (i < end) {
          const auto u = static_cast<uint32_t>(ids[i]);
          if ((u < opens_size && opens[u]) || (tokens[i].capitalized && tokens[i].kind == text::TokenKind::kWord) ||
              (i + 1 < end && raw[i + 1] == ".") || (credit && i == credit_a)) {
            break;
          }
          ++i;
        }
        if (i == end) break;
      }
      PhraseTable::Match c = lex_.outlet_cues.Longest(v.ids, i, end);
      if (c.len && lex_.outlet_cues.tag(c.tag) == "caption") break;  // "(photo credit: X/Reuters)"
      if (c.len) {
        cue = true;
        citing = lex_.outlet_cues.tag(c.tag) == "citing";
        channel = lex_.outlet_cues.tag(c.tag) == "channel";
        i += c.len;
        if (i < end && v.words[i] == "the") ++i;
        // "A Telegram channel, 'Go and See,' reported": the name set off by commas.
        if (channel && i + 1 < end && v.raw[i] == "," && v.IsQuoteMark(i + 1)) ++i;
        continue;
      }
      // "Dva Mayora, another Telegram channel that ...": a name in apposition
      // to an outlet noun names an outlet.
      size_t apposed = 0;  // end of the name when so
      if (!cue && v.Cap(i) && (i == begin || !v.Cap(i - 1))) {
        size_t e = i;
        while (e < end && e < i + 4 && v.Cap(e)) ++e;
        if (e + 2 < end && v.raw[e] == "," &&
            (v.words[e + 1] == "a" || v.words[e + 1] == "an" || v.words[e + 1] == "another")) {
          for (size_t k = e + 2; k < end && k <= e + 4 && !apposed; ++k) {
            PhraseTable::Match cm = lex_.outlet_cues.Longest(v.ids, k, end);
            if (!cm.len || lex_.outlet_cues.tag(cm.tag) != "channel") continue;
            // The outlet noun heads the appositive ("a Telegram channel that
            // ...", "a news site,"), not "a newspaper journalist".
            const size_t after = k + cm.len;
            const std::string_view w = after < end ? v.words[after] : std::string_view(".");
            if (after >= end || v.IsPunct(after) || w == "that" || w == "which" || w == "run" || w == "based" ||
                w == "known" || w == "linked" || w == "close" || w == "affiliated" || w == "with" || w == "of") {
              apposed = e;
            }
          }
        }
      }
      // "the village of Hromadske": a settlement named like an outlet.
      if (!cue && v.InPlace(i) && i > begin) {
        const size_t n = i >= begin + 2 && v.words[i - 1] == "of" ? i - 2 : i - 1;
        const std::string_view w = v.words[n];
        if (w == "village" || w == "town" || w == "city" || w == "settlement" || w == "hamlet") {
          ++i;
          continue;
        }
      }
      size_t len = 0;
      std::string name;
      if (credit && i == credit_a) {
        // "(dpa/GNA/Xinhua)": each agency credited, known or not.
        size_t stop = credit_a;
        while (stop < credit_b && v.raw[stop] != "/") ++stop;
        if (!NameAt(v, i, stop, &len, &name, true, false, &facts)) {
          len = stop - credit_a;
          name = std::string(v.Text(credit_a, stop));
        }
        if (stop + 1 < credit_b) credit_a = stop + 1;
      }
      if (len > 0 || (apposed ? NameAt(v, i, apposed, &len, &name, true, true, &facts)
                              : MayNameAt(v, i, end, cue) && NameAt(v, i, end, &len, &name, cue, channel, &facts))) {
        if (citing && i + len < end && !v.Cap(i + len) && CitedBodyNoun(v.words[i + len]) &&
            lex_.outlets.Longest(v.ids, i, end, &v.raw).len != static_cast<int>(len)) {
          i += len;
          cue = citing = channel = false;
          continue;
        }
        int idx = -1;
        for (size_t k = 0; k < out->size(); ++k) {
          if ((*out)[k].name == name) idx = static_cast<int>(k);
        }
        if (idx < 0) {
          Outlet o;
          o.name = name;
          o.text = std::string(v.Text(i, i + len));
          if (citing && prev_in_sentence >= 0) o.via = (*out)[prev_in_sentence].name;
          out->push_back(std::move(o));
          idx = static_cast<int>(out->size()) - 1;
        }
        for (size_t k = i; k < i + len; ++k) src->taken[k] = 1;
        if (src->sentence[s].outlet < 0) {
          src->sentence[s].outlet = idx;
          src->sentence[s].reported = true;
        }
        if (src->main_outlet < 0) src->main_outlet = idx;
        prev_in_sentence = idx;
        i += len;
        // "Source: BBC, PAP": a list of outlets goes on after a comma, "and"
        // or a slash, as after a citation cue.
        if (i + 1 < end && (v.raw[i] == "," || v.raw[i] == "/" || v.words[i] == "and") && v.Cap(i + 1)) {
          ++i;
          cue = true;
          citing = channel = false;
          continue;
        }
      } else {
        ++i;
      }
      cue = citing = channel = false;
    }
  }
}

}  // namespace sitrep::extract
