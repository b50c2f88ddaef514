#include "extract/speaker_finder.h"

#include <algorithm>

#include <string_view>
#include <vector>

#include "extract/name_finder.h"
#include "geo/fuzzy_index.h"

namespace sitrep::extract {
namespace {

bool StartsWithArticle(const DocView& v, size_t i) {
  return v.words[i] == "a" || v.words[i] == "an" || v.words[i] == "the";
}

// "on Friday", "on May 22", "on the 22nd of May" right after a name: the
// token after the date phrase (a month or weekday among at most five
// tokens), else `b`.
size_t DateAfter(const DocView& v, const Lexicon& lex, size_t b, size_t end) {
  if (b >= end || v.words[b] != "on") return b;
  size_t k = b + 1;
  bool date = false;
  while (k < end && k <= b + 5 && v.raw[k] != ",") {
    // (the period of an abbreviated month: "on Jan. 11")
    if (v.raw[k] == ".") {
      if (!(k > b + 1 && lex.months.Has(v.ids[k - 1]))) break;
      ++k;
      continue;
    }
    const bool day = lex.months.Has(v.ids[k]) || lex.weekdays.Has(v.ids[k]);
    if (!day && !v.IsNumber(k) && v.words[k] != "the" && v.words[k] != "of" && !v.words[k].ends_with("th") &&
        !v.words[k].ends_with("st") && !v.words[k].ends_with("nd") && !v.words[k].ends_with("rd")) {
      break;
    }
    date |= day;
    ++k;
  }
  return date ? k : b;
}

// "in a video address", "in his evening statement", "in an interview"
// right after a name: the token after the medium (its noun among at most
// four words after the article or possessive), else `b`.
size_t MediumAfter(const DocView& v, size_t b, size_t end) {
  if (b + 2 >= end || v.words[b] != "in") return b;
  const std::string_view det = v.words[b + 1];
  if (!(det == "a" || det == "an" || det == "his" || det == "her" || det == "their")) return b;
  for (size_t k = b + 2; k < end && k <= b + 5 && v.IsWord(k) && !v.Cap(k); ++k) {
    const std::string_view w = v.words[k];
    if (w == "address" || w == "statement" || w == "interview" || w == "speech" || w == "post" || w == "message" ||
        w == "briefing" || w == "appeal" || w == "comment" || w == "remarks") {
      return k + 1;
    }
  }
  return b;
}

// "'s grim report", "'s account", "'s words" right after a name: what the
// person said, as the subject or object of the sentence. The token after
// the statement noun (at most two lower-case words between), else `b`.
size_t StatementNounAfterPossessive(const DocView& v, size_t b, size_t end) {
  if (b + 1 >= end || !v.IsPossessive(b)) return b;
  for (size_t k = b + 1; k < end && k <= b + 3 && v.IsWord(k) && !v.Cap(k); ++k) {
    const std::string_view w = v.words[k];
    if (w == "report" || w == "account" || w == "statement" || w == "statements" || w == "words" ||
        w == "remarks" || w == "comments" || w == "testimony" || w == "assessment" || w == "announcement") {
      return k + 1;
    }
  }
  return b;
}

// Only a title's words ("Governor of Zaporizhzhia Oblast", "the") stand
// before token a in its sentence.
bool OpensSentence(const DocView& v, size_t begin, size_t a) {
  for (size_t k = begin; k < a; ++k) {
    if (!(v.Cap(k) || v.words[k] == "of" || v.words[k] == "the")) return false;
  }
  return true;
}

// Some reporting verb (reporting_verbs.txt) starts at a token of [from, end).
bool ReportingVerbFrom(const DocView& v, const Lexicon& lex, size_t from, size_t end) {
  for (size_t k = from; k < end; ++k) {
    if (lex.reporting_verbs.Longest(v.ids, k, end).len) return true;
  }
  return false;
}

// A headline in title case ("Forces Intensify Efforts Amid Encirclement,
// Says Expert"): nearly every longer word capitalised, so capitals say
// nothing about names.
bool TitleCase(const DocView& v, size_t begin, size_t end) {
  int words = 0, caps = 0;
  for (size_t k = begin; k < end; ++k) {
    if (!v.IsWord(k) || v.words[k].size() < 4) continue;
    ++words;
    caps += v.Cap(k) ? 1 : 0;
  }
  return words >= 4 && caps * 5 >= words * 4;
}

// Three ASCII capitals in a row in w. Every three bytes in a row hold one
// at a position 2, 5, 8, ...: only a capital there is looked around.
bool HasThreeCapitals(std::string_view w) {
  const size_t n = w.size();
  auto cap = [&](size_t k) { return k < n && w[k] >= 'A' && w[k] <= 'Z'; };
  for (size_t q = 2; q < n; q += 3) {
    if (!cap(q)) continue;
    const bool left = cap(q - 1), right = cap(q + 1);
    if ((left && (cap(q - 2) || right)) || (right && cap(q + 2))) return true;
  }
  return false;
}

// A run of three capitals in a word of [a, b): "URA-Inform", "NATO".
bool HasAcronym(const DocView& v, size_t a, size_t b) {
  for (size_t k = a; k < b; ++k) {
    if (HasThreeCapitals(v.raw[k])) return true;
  }
  return false;
}

// a == b, the bytes compared only past equal sizes and first letters (most
// surnames of a document differ there).
inline bool SameKey(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

// The surnames a document introduced: in full ("Sergei Ivanov"), with a
// title ("General Ivanov") or as a call sign. A handful a document, so a
// vector searched in order (no hashing, no node per key).
class SurnameBook {
 public:
  struct Entry {
    std::string key;           // SurnameKey
    bool full = false;         // introduced in full or with a title
    std::string name, title;   // as introduced (when full)
  };
  // The index of the entry of `key`, or -1. Indices stay valid as
  // entries are added.
  int IndexOf(std::string_view key) const {
    for (size_t k = 0; k < entries_.size(); ++k) {
      if (SameKey(entries_[k].key, key)) return static_cast<int>(k);
    }
    return -1;
  }
  // Adds an entry for `key` and returns its index. REQUIRES: IndexOf(key) < 0.
  int Append(std::string_view key) {
    entries_.emplace_back().key = key;
    return static_cast<int>(entries_.size()) - 1;
  }
  // The index of the entry of `key`, added when missing.
  int Add(std::string_view key) {
    const int k = IndexOf(key);
    return k >= 0 ? k : Append(key);
  }
  Entry& at(int k) { return entries_[k]; }
  const Entry& at(int k) const { return entries_[k]; }
  // The entry of `key` when it was introduced in full or with a title, or null.
  const Entry* FindFull(std::string_view key) const {
    const int k = IndexOf(key);
    return k >= 0 && entries_[k].full ? &entries_[k] : nullptr;
  }

 private:
  std::vector<Entry> entries_;
};

bool SentenceInitial(const DocView& v, size_t begin, size_t i) {
  for (size_t k = begin; k < i; ++k) {
    if (!v.IsQuoteMark(k)) return false;
  }
  return true;
}

// An appositive after the comma at c: ", a senior official," -> "a senior
// official". At most 14 tokens, up to the next comma or sentence end; one
// that runs to the sentence end with a past-tense verb and no role word
// (", the army advanced.") is the main clause, not an appositive.
std::string Appositive(const DocView& v, const Lexicon& lex, size_t c, size_t end) {
  if (c + 1 >= end || v.raw[c] != "," || !StartsWithArticle(v, c + 1)) return "";
  size_t k = c + 1;
  bool role = false, verb = false, finite = false;
  while (k < end && k < c + 15 && v.raw[k] != "," && v.raw[k] != "." && !v.IsQuoteMark(k)) {
    role = role || lex.roles.Has(v.ids[k]);
    std::string_view w = v.words[k];
    verb = verb || (k >= c + 3 && v.IsWord(k) && w.size() > 4 && w.ends_with("ed"));
    // ("According to Name, the direction remains the hottest.": a finite
    // verb makes the rest of the sentence its main clause.)
    finite = finite || w == "is" || w == "are" || w == "was" || w == "were" || w == "remains" || w == "remain" ||
             w == "has" || w == "have" || w == "had" || w == "will" || w == "continues" || w == "continue";
    ++k;
  }
  const bool closed = k < end && v.raw[k] == ",";
  if (!closed && (finite || (!role && verb))) return "";
  return std::string(v.Text(c + 1, k));
}

}  // namespace

SpeakerFinder::SpeakerFinder(const Lexicon& lex)
    : lex_(lex), opens_(lex.vocabulary.size(), 0), opens_verb_(lex.vocabulary.size(), 0) {
  for (size_t id = 0; id < opens_.size(); ++id) {
    const auto i = static_cast<int32_t>(id);
    opens_[id] = (lex.institutions.StartsPhrase(i) ? kOpensInstitution : 0) |
                 (lex.speaker_cues.StartsPhrase(i) ? kOpensCue : 0) |
                 (lex.references.StartsPhrase(i) ? kOpensReference : 0);
    opens_verb_[id] = lex.reporting_verbs.StartsPhrase(i) || lex.name_skip.Has(i);
  }
}

bool SpeakerFinder::PrefixBefore(const DocView& v, size_t begin, size_t r) const {
  for (size_t k = 1; k <= 5 && r >= begin + k; ++k) {
    PhraseTable::Match m = lex_.speaker_cues.Longest(v.ids, r - k, r);
    if (m.len == static_cast<int>(k) && lex_.speaker_cues.tag(m.tag) == "prefix") return true;
  }
  return false;
}

size_t SpeakerFinder::RoleStart(const DocView& v, size_t begin, size_t r) const {
  if (r <= begin || !lex_.roles.Has(v.ids[r - 1])) return r;
  size_t k = r - 1;
  while (k > begin && k + 3 > r && v.IsWord(k - 1) && !v.Cap(k - 1) && !StartsWithArticle(v, k - 1) &&
         !lex_.not_names.Has(v.ids[k - 1]) && !lex_.reporting_verbs.Has(v.ids[k - 1])) {
    --k;
  }
  return k;
}

namespace {

// A verb whose next name is who was told (or what was named: "a village
// called Pobeda"), not who speaks.
// Words of an office's name between a place and a title ("Luhansk military
// administration head", "Kharkiv regional governor").
bool OfficeWord(std::string_view w) {
  return w == "military" || w == "administration" || w == "regional" || w == "oblast" || w == "city" ||
         w == "district" || w == "state";
}

// A reporting verb whose object is no speaker: the listener ("told Name")
// or ...
bool ToldVerb(std::string_view w) {
  return w == "told" || w == "tells" || w == "tell" || w == "telling" || w == "informed" || w == "called" ||
         w == "calls" ||
         // ... or someone spoken of: "Moscow condemned Zelensky as ...".
         w == "condemned" || w == "condemns" || w == "condemn" || w == "described" || w == "describes" ||
         w == "labeled" || w == "labelled" || w == "labels" || w == "dismissed" || w == "dismisses" ||
         w == "rejected" || w == "rejects";
}

// Past "of" and the capitalised name of a body after a person's full name
// ("of Ukraine's Security Council", "of the Institute for the Study of
// War"), or b.
// (Not a title and the next person's name: "X of the Territories Minister
// Name announced".)
size_t OrganisationOfAfter(const DocView& v, const Lexicon& lex, size_t b, size_t end) {
  if (b + 2 >= end || v.words[b] != "of") return b;
  size_t k = b + 1;
  bool cap = false;
  while (k < end && k < b + 9 && !lex.titles.Has(v.ids[k]) &&
         (v.Cap(k) || v.words[k] == "the" || v.words[k] == "'s" || v.words[k] == "\u2019s" ||
          ((v.words[k] == "of" || v.words[k] == "for" || v.words[k] == "and") && cap))) {
    cap |= v.Cap(k);
    ++k;
  }
  return cap && k > b + 1 && v.Cap(k - 1) ? k : b;
}

// The ")" closing a bracket that opens at token b, within 14 tokens, or b.
size_t ClosingBracket(const DocView& v, size_t b, size_t end) {
  if (b >= end || v.raw[b] != "(") return b;
  for (size_t k = b + 1; k < end && k < b + 15; ++k) {
    if (v.raw[k] == ")") return k;
    if (v.raw[k] == "(") break;
  }
  return b;
}

// At most three capitalised words from token j, then the end of the
// sentence: the subject of an inverted reporting verb ("..., reports
// DeepState."), not what was said ("said Thursday that", "said Russian
// troops ...").
bool SubjectClosesSentence(const DocView& v, size_t j, size_t end) {
  size_t k = j;
  while (k < end && k < j + 3 && v.Cap(k)) ++k;
  return k > j && (k >= end || v.words[k] == "." || v.words[k] == "!" || v.words[k] == "?");
}

}  // namespace

namespace {
// A colon and an opening quotation mark right after token b, past a
// parenthesis ("Name (10.00, May 2): “...") or a short role after a comma
// ("Name, Governor of Belgorod: “..."); the quotation may open the next
// line. The quotation mark's token, or 0.
size_t ColonQuoteAfter(const DocView& v, size_t b, size_t end) {
  size_t k = b;
  if (k < end && v.raw[k] == "(") {
    while (k < end && k < b + 16 && v.raw[k] != ")") ++k;
    if (k >= end || v.raw[k] != ")") return 0;
    ++k;
  } else if (k + 2 < end && v.raw[k] == ",") {
    // (the role's words only, up to the colon)
    size_t c = k + 1;
    while (c < end && c < k + 10 && v.IsWord(c)) ++c;
    if (c > k + 1 && c < end && v.raw[c] == ":") k = c;
  }
  if (k >= end || v.raw[k] != ":") return 0;
  return k + 1 < v.size() && v.IsQuoteMark(k + 1) ? k + 1 : 0;
}
// The sentences [first, last) of the quotation whose opening mark is token q.
std::pair<size_t, size_t> QuoteSentences(const DocView& v, size_t q) {
  const uint32_t at = v.tok(q).span.begin;
  for (const text::Quote& quote : v.t.quotes) {
    if (quote.outer.begin != at) continue;
    const int first = v.t.SentenceAt(quote.outer.begin), last = v.t.SentenceAt(quote.outer.end - 1);
    if (first < 0 || last < first) break;
    return {static_cast<size_t>(first), static_cast<size_t>(last) + 1};
  }
  return {0, 0};
}
}  // namespace

bool SpeakerFinder::LinkedBefore(const DocView& v, size_t begin, size_t r, VerbHit* hit) const {
  // Past an age: "said 68-year-old Name".
  if (r > begin + 1 && (v.words[r - 1] == "year-old" || v.words[r - 1].ends_with("-year-old"))) {
    size_t k = r - 1;
    if (k > begin && v.raw[k - 1] == "-") --k;
    if (k > begin && (v.IsNumber(k - 1) || lex_.numbers.Has(v.ids[k - 1]))) --k;
    r = k;
  }
  if (r <= begin) return false;
  PhraseTable::Match m = lex_.reporting_verbs.Longest(v.ids, r - 1, r);
  // "said Name" is Name speaking; "told Name" is Name listening.
  if (m.len && !ToldVerb(v.words[r - 1])) {
    hit->tag = lex_.reporting_verbs.tag(m.tag);
    hit->hedged = hit->tag == "hedge";
    return true;
  }
  // Past the place a title belongs to: "reported Kharkiv Oblast Governor Name".
  {
    size_t q = r;
    // ("..., stated Donetsk governor Name": a lower-case title too.)
    // ("said Luhansk military administration head Name": an office's words.)
    auto office = [&](size_t k) { return OfficeWord(v.words[k]); };
    // ("says 24th Brigade photographer Name": a unit's ordinal.)
    auto ordinal = [&](size_t k) {
      const std::string_view w = v.words[k];
      return w.size() >= 3 && w[0] >= '0' && w[0] <= '9' &&
             (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"));
    };
    // ("according to the OSTG \"Khortytsia\" speaker Name": a quoted name too.)
    while (q > begin + 1 && q + 8 > r &&
           ((v.IsWord(q - 1) &&
             (v.Cap(q - 1) || lex_.titles.Has(v.ids[q - 1]) || lex_.roles.Has(v.ids[q - 1]) || office(q - 1))) ||
            v.IsQuoteMark(q - 1) || ordinal(q - 1))) {
      --q;
    }
    if (q < r && q > begin && v.words[q - 1] == "the" && q - 1 > begin) --q;  // "according to the OSTG ..."
    // "according to the country's Vice Prime Minister Name", "according to
    // Ukraine's Defence Minister Name": a possessive before the title.
    // (The title may open the name's run: r is then its first word.)
    auto titled = [&](size_t k) {
      for (size_t t = k; t < k + 3 && t < v.size(); ++t) {
        if (lex_.roles.Has(v.ids[t]) || lex_.titles.Has(v.ids[t])) return true;
      }
      return false;
    };
    if (q >= begin + 3 && v.IsPossessive(q - 1) && v.IsWord(q - 2) && titled(q)) {
      size_t p = q - 2;
      if (p > begin && v.words[p - 1] == "the") --p;
      if (PrefixBefore(v, begin, p)) {
        hit->tag = "say";
        return true;
      }
    }
    // Inverted only: the verb follows a comma or a quotation ("..., reported
    // Kharkiv Oblast Governor Name"), not a subject ("The ministry said
    // Kharkiv Governor Name had been injured").
    if (q < r && q >= begin + 2 && (v.raw[q - 2] == "," || v.IsQuoteMark(q - 2))) {
      PhraseTable::Match mq = lex_.reporting_verbs.Longest(v.ids, q - 1, q);
      if (mq.len && !ToldVerb(v.words[q - 1])) {
        hit->tag = lex_.reporting_verbs.tag(mq.tag);
        hit->hedged = hit->tag == "hedge";
        return true;
      }
    }
    // "according to DeepState co-founder Name", "according to the regional
    // governor Name": a prefix, then the organisation and the role or title.
    if (q < r && (lex_.roles.Has(v.ids[r - 1]) || lex_.titles.Has(v.ids[r - 1])) && PrefixBefore(v, begin, q)) {
      hit->tag = "say";
      return true;
    }
  }
  if (PrefixBefore(v, begin, r)) {  // "according to Name", "in the words of Name"
    hit->tag = "say";
    return true;
  }
  // "according to its mayor Name", "..., announced its governor Name": a
  // possessive and a lower-case title or role before the name.
  {
    size_t q = r;
    while (q > begin && q + 3 > r && v.IsWord(q - 1) && !v.Cap(q - 1) &&
           (lex_.titles.Has(v.ids[q - 1]) || lex_.roles.Has(v.ids[q - 1]))) {
      --q;
    }
    if (q < r && q > begin &&
        (v.words[q - 1] == "its" || v.words[q - 1] == "their" || v.words[q - 1] == "his" ||
         v.words[q - 1] == "her")) {
      const size_t p = q - 1;
      if (PrefixBefore(v, begin, p)) {
        hit->tag = "say";
        return true;
      }
      if (p >= begin + 2 && (v.raw[p - 2] == "," || v.IsQuoteMark(p - 2))) {
        PhraseTable::Match mq = lex_.reporting_verbs.Longest(v.ids, p - 1, p);
        if (mq.len && !ToldVerb(v.words[p - 1])) {
          hit->tag = lex_.reporting_verbs.tag(mq.tag);
          hit->hedged = hit->tag == "hedge";
          return true;
        }
      }
    }
  }
  // "according to the starosta, Name, ...": a role phrase and a comma between.
  if (r >= begin + 3 && v.raw[r - 1] == ",") {
    size_t q = r - 1;
    while (q > begin && q + 6 > r && v.IsWord(q - 1) && !v.Cap(q - 1) && !StartsWithArticle(v, q)) --q;
    if (q + 1 < r && StartsWithArticle(v, q) && PrefixBefore(v, begin, q)) {
      hit->tag = "say";
      return true;
    }
  }
  if (r >= begin + 2 && v.words[r - 1] == "by" && lex_.reporting_verbs.Longest(v.ids, r - 2, r - 1).len) {
    hit->tag = "say";  // "corroborated by Name"
    return true;
  }
  return false;
}

bool SpeakerFinder::VerbFrom(const DocView& v, size_t j, size_t end, VerbHit* hit) const {
  size_t start = j;
  bool hedged = false;
  int skipped = 0;
  while (j < end && skipped < 4) {
    if (v.IsQuoteMark(j)) {
      ++j;
      continue;
    }
    const std::string* t = lex_.name_skip.TagOf(v.ids[j]);
    if (t == nullptr) break;
    if (*t == "hedge") hedged = true;
    ++j;
    ++skipped;
  }
  // "Name, commander of ..., initially confirmed": adverbs before the verb
  // (not nouns in -ly: "The Kovalenko family said").
  auto adverb = [&](size_t k) {
    const std::string_view w = v.words[k];
    return v.IsWord(k) && !v.Cap(k) && w.size() > 4 && w.ends_with("ly") && w != "family" && w != "assembly" &&
           w != "supply" && w != "rally" && w != "anomaly" && w != "monopoly" && w != "reply" && w != "ally";
  };
  for (int adverbs = 0; adverbs < 2 && j + 1 < end && adverb(j) && !lex_.reporting_verbs.Longest(v.ids, j, end).len;
       ++adverbs) {
    ++j;
  }
  PhraseTable::Match m = lex_.reporting_verbs.Longest(v.ids, j, end);
  if (!m.len) return false;
  // A passive with its agent: "X is partially confirmed by a TASS report"
  // (the subject is what was said, not who said it; "is" and "was" are the
  // auxiliaries name_skip.txt lets stand between).
  // ("Name was quoted by Ukrainian television as saying": a quotation's
  // passive names its speaker.)
  if (j + m.len < end && v.words[j + m.len] == "by" && v.words[j] != "quoted" && v.words[j] != "cited") {
    for (size_t k = start; k < j; ++k) {
      const std::string_view w = v.words[k];
      if (w == "is" || w == "was") return false;
    }
  }
  // "Name, who was said to have been furious": what others say of the
  // subject ("was said to", "is reported to"), not what the subject said.
  // (Passive participles only: "Name was speaking to reporters" speaks.)
  if (j + m.len < end && v.words[j + m.len] == "to" && j > start &&
      (v.words[j - 1] == "is" || v.words[j - 1] == "was" || v.words[j - 1] == "were" || v.words[j - 1] == "are" ||
       v.words[j - 1] == "been")) {
    const std::string_view p = v.words[j + m.len - 1];
    if (p == "said" || p == "reported" || p == "believed" || p == "thought" || p == "understood" || p == "known" ||
        p == "alleged" || p == "rumoured" || p == "rumored" || p == "claimed" || p == "expected" ||
        p == "described") {
      return false;
    }
  }
  hit->tag = lex_.reporting_verbs.tag(m.tag);
  hit->hedged = hedged || hit->tag == "hedge";
  hit->len = j + m.len - start;
  return true;
}

void SpeakerFinder::Find(const DocView& v, Record* rec, Sources* src) const {
  // Surnames introduced in full (or as call signs), and how.
  SurnameBook book;
  // SurnameKey of each speaker's name (a longer name that replaces one
  // has the same key).
  std::vector<std::string> speaker_keys;
  for (const Speaker& sp : rec->speakers) speaker_keys.push_back(SurnameKey(sp.name));
  int last_speaker = -1;
  // REQUIRES: key == SurnameKey(name).
  auto add_speaker = [&](std::string_view key, std::string_view name, std::string_view role, bool anonymous) {
    for (size_t k = 0; k < speaker_keys.size(); ++k) {
      if (!SameKey(speaker_keys[k], key)) continue;
      Speaker& sp = rec->speakers[k];
      if (name.size() > sp.name.size()) sp.name = name;
      if (sp.role.empty()) sp.role = role;
      return static_cast<int>(k);
    }
    // "According to Zhmail" after "Dmytro Zhmailo ... noted": a lone
    // surname one letter off (or cut short by up to two) of a full name's
    // is that person, misspelt; the full introduction's spelling stays (a
    // majority vote of the spellings lost a held-out set's gold and won a
    // read one's).
    // (Not a surname with a title of its own, "Colonel Popov", nor the
    // other gender's form: "Kadyrova" and "Kadyrov", "Kovalska" and
    // "Kovalsky" are two people.)
    if (key.size() >= 5 && name.find(' ') == std::string::npos && role.empty()) {
      for (size_t k = 0; k < rec->speakers.size(); ++k) {
        const Speaker& sp = rec->speakers[k];
        if (sp.anonymous || sp.name.find(' ') == std::string::npos) continue;
        const std::string_view other = speaker_keys[k];
        if (other[0] != key[0] || other.ends_with('a') != key.ends_with('a')) continue;
        const bool cut = other.size() > key.size() && other.size() <= key.size() + 2 && other.starts_with(key);
        if (!cut && geo::BoundedEditDistance(key, other, 1) > 1) continue;
        return static_cast<int>(k);
      }
    }
    rec->speakers.push_back(Speaker{std::string(name), std::string(role), "", anonymous});
    speaker_keys.emplace_back(key);
    return static_cast<int>(rec->speakers.size()) - 1;
  };
  // Quotations a name opened with a colon on the line before: their
  // sentences, given to the name once every sentence's own attribution is
  // known (only those still without a speaker).
  struct PendingQuote {
    std::pair<size_t, size_t> sentences;
    int speaker;
    VerbHit hit;
  };
  std::vector<PendingQuote> pending_quotes;
  auto attribute = [&](size_t s, int speaker, const VerbHit& hit) {
    SentenceSource& ss = src->sentence[s];
    if (ss.speaker >= 0) return;
    ss.speaker = speaker;
    ss.hedged = ss.hedged || hit.hedged;
    if (hit.tag == "deny") ss.reported = false;
  };

  std::vector<size_t> references;  // the sentence's words that open a reference ("he", "the general")
  const int32_t* const ids_data = v.ids.data();
  const text::Token* const tokens = v.t.tokens.data();
  const int* const mention_at = v.mention_at.data();
  const std::string_view* const raw_text = v.raw.data();
  const uint8_t* const opens_data = opens_.data();
  const size_t opens_size = opens_.size();
  for (size_t s = 0; s < v.t.sentences.size(); ++s) {
    const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
    // Institutions (kept apart from people) and call signs ("an unnamed
    // serviceman under the call sign Falcon"), in one pass over the words
    // that may open either: the two fill different fields and neither
    // reads the tokens the other takes.
    // (It notes the words that open a reference for the last loop below.)
    size_t institution_from = begin;  // no institution starts inside the last one
    references.clear();
    for (size_t i = begin; i < end; ++i) {
      // (Skipping the words that open nothing reads the arrays through
      // local pointers: the byte stores into src->taken below may alias any
      // vector's fields, which would have them reloaded at every word.)
      size_t k = i;
      while (k < end && OpensIn(opens_data, opens_size, ids_data[k]) == 0) ++k;
      if (k == end) break;
      i = k;
      const uint8_t opens = Opens(v.ids[i]);
      if (opens & kOpensReference) references.push_back(i);
      if ((opens & kOpensInstitution) && i >= institution_from) {
        if (PhraseTable::Match m = lex_.institutions.Longest(v.ids, i, end); m.len) {
          const std::string& name = lex_.institutions.tag(m.tag);
          int idx = -1;
          for (size_t k = 0; k < rec->institutions.size(); ++k) {
            if (rec->institutions[k].name == name) idx = static_cast<int>(k);
          }
          if (idx < 0) {
            rec->institutions.push_back(Institution{name});
            idx = static_cast<int>(rec->institutions.size()) - 1;
          }
          for (size_t k = i; k < i + m.len; ++k) src->taken[k] = 1;
          VerbHit hit;
          if (src->sentence[s].institution < 0 && VerbAt(v, i + m.len, end, &hit)) src->sentence[s].institution = idx;
          institution_from = i + m.len;
        }
      }
      if (!(opens & kOpensCue)) continue;
      PhraseTable::Match m = lex_.speaker_cues.Longest(v.ids, i, end);
      if (!m.len || lex_.speaker_cues.tag(m.tag) == "prefix") continue;
      size_t j = i + m.len;
      if (j < end && v.IsQuoteMark(j)) ++j;
      if (j >= end || !v.Cap(j) || v.InPlace(j)) continue;
      // "Mykola Volokhov, known under the call sign X", "Stanislav Bunyatov,
      // with the callsign X": the named person's call sign, not a speaker of
      // its own.
      {
        size_t k = i;
        while (k > begin && k + 5 > i && v.IsWord(k - 1) && !v.Cap(k - 1) &&
               (v.words[k - 1] == "known" || v.words[k - 1] == "with" || v.words[k - 1] == "by" ||
                v.words[k - 1] == "under" || v.words[k - 1] == "going" || v.words[k - 1] == "the" ||
                v.words[k - 1] == "a" || v.words[k - 1] == "his" || v.words[k - 1] == "her")) {
          --k;
        }
        if (k >= begin + 3 && (v.raw[k - 1] == "," || v.raw[k - 1] == "(") && v.Cap(k - 2) && v.Cap(k - 3) &&
            !lex_.not_names.Has(v.ids[k - 2]) && !lex_.not_names.Has(v.ids[k - 3]) && !v.InPlace(k - 2) &&
            !v.InPlace(k - 3)) {
          src->taken[j] = 1;
          continue;
        }
      }
      const std::string_view key = SurnameKeyIn(v, v.raw[j]);
      book.Add(key);
      int idx = add_speaker(key, v.raw[j], lex_.speaker_cues.tag(m.tag), true);
      src->taken[j] = 1;
      last_speaker = idx;
    }
    // Named speakers.
    size_t linked_end = 0;  // the token after the last name found speaking in the sentence
    VerbHit linked_hit;     // ... and its verb
    for (size_t i = begin; i < end; ++i) {
      // A name starts capitalised, outside a place's name (v.Cap(i) &&
      // !v.InPlace(i), through local pointers as above).
      while (i < end && !(tokens[i].capitalized && tokens[i].kind == text::TokenKind::kWord && mention_at[i] < 0)) ++i;
      if (i == end) break;
      if (LoneNonName(v, lex_, i, end)) continue;
      NameSpan ns;
      if (!NameAt(v, lex_, src->taken, i, end, &ns)) continue;
      const size_t a = ns.a, b = ns.b;
      // "the state-run Suspilne Novyni": a word right after an outlet's name
      // is part of it; "URA-Inform": an acronym inside a name makes it an
      // organisation's.
      // A lone quoted word ("Battalion "Aidar" announced") names a unit or a
      // channel; call signs come with their cue (above).
      // (The closing mark may follow the comma: 'the brigade "Magura," Name'.)
      const bool quoted = b - a == 1 && a > begin && b < end && v.IsQuoteMark(a - 1) &&
                          (v.IsQuoteMark(b) || (v.raw[b] == "," && b + 1 < end && v.IsQuoteMark(b + 1)));
      if ((b - a == 1 && a > begin && src->taken[a - 1] && ns.title.empty()) || HasAcronym(v, a, b) || quoted) {
        i = ns.run_end - 1;
        continue;
      }
      // "said Luhansk military administration head Name", "said Zelensky
      // adviser Name": capitalised words before a lower-case title are the
      // title's (its place, its chief), not the speaker's name.
      if (ns.title.empty() && b - a <= 2 && b < end && v.IsWord(b) && !v.Cap(b) &&
          (lex_.titles.Has(v.ids[b]) || lex_.roles.Has(v.ids[b]) || OfficeWord(v.words[b]))) {
        i = ns.run_end - 1;
        continue;
      }
      // "an adviser to President Name stated", "a spokesman for Name said":
      // the adviser speaks; Name is the role's object.
      if (ns.run >= begin + 2 && (v.words[ns.run - 1] == "to" || v.words[ns.run - 1] == "for") &&
          v.IsWord(ns.run - 2) && !v.Cap(ns.run - 2) &&
          (v.words[ns.run - 2] == "aide" || lex_.roles.Has(v.ids[ns.run - 2]) ||
           lex_.titles.Has(v.ids[ns.run - 2]))) {
        i = ns.run_end - 1;
        continue;
      }
      // "Shot said": a lone word the document cites as an outlet ("Shot
      // Telegram channel says") is that outlet again.
      // So is a lone word that ends outlets' names ("...Novosti reported").
      if (b - a == 1 && ns.title.empty() &&
          (lex_.outlet_words.Has(v.ids[a]) ||
           std::any_of(rec->outlets.begin(), rec->outlets.end(),
                       [&](const Outlet& o) { return o.name == v.raw[a]; }))) {
        i = ns.run_end - 1;
        continue;
      }
      const std::string_view name_text = v.Text(a, b);
      const std::string_view key = SurnameKeyIn(v, name_text);
      int entry = book.IndexOf(key);  // (no other surname is added while the name is read)
      const bool introduced_before = entry >= 0;
      if (b - a >= 2 || !ns.title.empty()) {
        if (entry < 0) entry = book.Append(key);
        SurnameBook::Entry& fn = book.at(entry);
        fn.full = true;
        if (b - a >= 2 && fn.name.empty()) fn.name = name_text;
        if (fn.title.empty()) fn.title = ns.title;
      }
      VerbHit hit;
      bool linked = false;
      std::pair<size_t, size_t> quote_lines{0, 0};  // sentences of a quotation the name opens
      std::string role = ns.title;
      std::string appositive;
      size_t clause_end = 0;  // the comma closing "Name, <appositive>," when linked through it
      NameSpan mate;  // "Name and Name said": the second name of a pair that speaks together
      if (b < end && VerbAt(v, b, end, &hit)) {
        linked = true;  // "Dronov stated"
      } else if (b - a >= 2 && b + 1 < end && v.words[b] == "and" && v.Cap(b + 1) &&
                 !(ns.run > begin && (v.words[ns.run - 1] == "of" || v.words[ns.run - 1] == "to" ||
                                      v.words[ns.run - 1] == "for" || v.words[ns.run - 1] == "with" ||
                                      v.words[ns.run - 1] == "by" || v.words[ns.run - 1] == "from")) &&
                 NameAt(v, lex_, src->taken, b + 1, end, &mate) && mate.a == b + 1 && mate.b - mate.a >= 2 &&
                 mate.b < end && VerbAt(v, mate.b, end, &hit)) {
        linked = true;  // "Ivan Petrenko and Oleh Marchuk said"
      } else if (size_t d = DateAfter(v, lex_, b, end); d > b && VerbAt(v, d, end, &hit)) {
        linked = true;  // "Konashenkov on Friday also told"
      } else if (d > b && d < end && v.raw[d] == "," && VerbAt(v, d + 1, end, &hit)) {
        linked = true;  // "Dandykin on May 22, noted"
      } else if (const size_t d2 = b < end && v.raw[b] == "," ? DateAfter(v, lex_, b + 1, end) : b;
                 d2 > b + 1 && VerbAt(v, d2, end, &hit)) {
        linked = true;  // "Russia's defence minister, Sergei Shoigu, on Wednesday announced"
      } else if (const size_t m = MediumAfter(v, b, end);
                 m > b && (VerbAt(v, m, end, &hit) || VerbAt(v, DateAfter(v, lex_, m, end), end, &hit))) {
        linked = true;  // "President Name in a video address on September 4 said"
      } else if (const size_t n = (b - a >= 2 || introduced_before) && OpensSentence(v, begin, a)
                                      ? StatementNounAfterPossessive(v, b, end)
                                      : b;
                 n > b && !ReportingVerbFrom(v, lex_, n, end)) {
        // "Governor Name's grim report amplifies", "Name's account details"
        // (a full name or one introduced before: not "The MoD's account";
        // the sentence's subject: not "Zelensky rejected Name's remarks";
        // and no other speaker's verb: not "Name's statement was echoed by
        // Peskov, who said")
        linked = true;
        hit.tag = "say";
      } else if (const size_t of_end = b - a >= 2 ? OrganisationOfAfter(v, lex_, b, end) : b;
                 of_end > b && VerbAt(v, of_end, end, &hit)) {
        linked = true;  // "Oleg Starikov of Ukraine's Security Council said"
      } else if (const size_t close = ClosingBracket(v, b, end);
                 close > b + 1 && !src->taken[b + 1] && !HasAcronym(v, b + 1, close) && VerbAt(v, close + 1, end, &hit)) {
        linked = true;  // "Igor Strelkov (a.k.a. Igor Girkin) wrote"; not "Corporation (BBC) acknowledges"
      } else if (b - a >= 2 && b + 6 <= end && v.raw[b] == ":" && ns.title.empty() && SentenceInitial(v, begin, ns.run) &&
                 v.Cap(b + 1) && !TitleCase(v, b + 1, end)) {
        // "Yuri Baranchik: Our people went to Ugledar.": a full name opening
        // the sentence, a colon, then what the person says (not a headline's
        // "Name: A Profile Of The General").
        linked = true;
        hit.tag = "say";
      } else if (const size_t q = ColonQuoteAfter(v, b, end);
                 q > 0 && !(ns.run > begin && (v.words[ns.run - 1] == "to" || v.words[ns.run - 1] == "for" ||
                                              v.words[ns.run - 1] == "with" || v.words[ns.run - 1] == "about" ||
                                              v.words[ns.run - 1] == "against"))) {
        // "Major General Name (10.00, May 2): “Our units took ...”": the
        // name introduces the quotation, on its line or on the next, whose
        // sentences are the name's (not "Letter to General Name: “...”":
        // the name addressed).
        linked = true;
        hit.tag = "say";
        if (q >= end) quote_lines = QuoteSentences(v, q);
      } else if (const size_t bc = d > b && d < end && v.raw[d] == "," ? d : b; bc + 1 < end && v.raw[bc] == ",") {
        // "Name, <appositive>, <verb>"; "Name on May 22, in an interview with X, <verb>"
        const bool dated = bc != b;
        // "Name, officially confirmed": an adverb before the verb.
        const size_t vb = bc + 2 < end && v.IsWord(bc + 1) && !v.Cap(bc + 1) && v.words[bc + 1].size() > 4 &&
                                  v.words[bc + 1].ends_with("ly") && VerbAt(v, bc + 2, end, &hit)
                              ? bc + 2
                              : bc + 1;
        if (VerbAt(v, vb, end, &hit)) {
          // "The analyst, Oleg Varnin, provided" (also "..., said Thursday
          // that", "..., told TASS"); not "near X and Name, reports
          // DeepState.", where the verb's subject follows it and closes the
          // sentence.
          const size_t after = vb + hit.len;
          linked = ToldVerb(v.words[after - 1]) || !SubjectClosesSentence(v, after, end);
        } else if (v.words[bc + 1] == "who" &&
                   (VerbAt(v, bc + 2, end, &hit) ||
                    (bc + 3 < end &&
                     (v.words[bc + 2] == "first" || v.words[bc + 2] == "earlier" || v.words[bc + 2] == "also" ||
                      v.words[bc + 2] == "previously" || v.words[bc + 2] == "initially" ||
                      v.words[bc + 2] == "later") &&
                     VerbAt(v, bc + 3, end, &hit)))) {
          linked = true;  // "Yuri Gavrin, who argued", "Name, who first reported"
        } else if (v.words[bc + 1] == "which") {
          // "the firm, Acme, which publishes his videos, posted": a thing's name
        } else {
          // "Name, <appositive>, <verb>"; also with the closing comma left
          // out ("Name, the head of the X administration mentioned on TV
          // that"): an article, words, the verb.
          // (Or a lower-case role or title opening it: "Name, spokesperson of
          // the Group \"Luhansk\" told Ukrainska Pravda"; quoted names inside.)
          const bool role_first = !v.Cap(bc + 1) && (lex_.roles.Has(v.ids[bc + 1]) || lex_.titles.Has(v.ids[bc + 1]));
          if (!dated && (StartsWithArticle(v, bc + 1) || role_first)) {
            for (size_t k = bc + 2; k < end && k < bc + 14 && (v.IsWord(k) || v.IsQuoteMark(k)); ++k) {
              // ("..., the Second Chechen War, the BBC News Russia reported":
              // an outlet's name in the phrase makes it the verb's subject.)
              if (src->taken[k]) break;
              if (v.IsQuoteMark(k) || v.Cap(k) || lex_.reporting_verbs.Longest(v.ids, k, k + 1).len == 0 ||
                  !VerbAt(v, k, end, &hit)) {
                continue;
              }
              // ("said", "says" take any clause: "Name, an adviser to the
              // minister said the successes were real".)
              // ("told Ukrainska Pravda": "told" and whom.)
              const std::string_view verb = v.words[k];
              if (!(k + hit.len < end && (v.words[k + hit.len] == "that" || v.words[k + hit.len] == "on" ||
                                          v.words[k + hit.len] == "in" || v.IsPunct(k + hit.len) ||
                                          verb == "said" || verb == "says" ||
                                          (verb == "told" && v.Cap(k + hit.len))))) {
                break;
              }
              linked = true;
              appositive = std::string(v.Text(b + 1, k));
              clause_end = k;  // names inside it are not speaking ("an adviser to Minister Name said")
              break;
            }
          }
          for (size_t k = bc + 1; k < end && k < bc + 32 && !linked; ++k) {
            if (v.raw[k] != ",") continue;
            if (v.words[bc + 1] == "and" || v.words[bc + 1] == "but") break;  // a clause, no appositive
            // (past a day or a clock time: "Name, an Ivankiv resident, at
            // 11:00 posted a report saying")
            size_t after = DateAfter(v, lex_, k + 1, end);
            if (after == k + 1 && k + 2 < end && v.words[k + 1] == "at" && v.IsNumber(k + 2)) {
              after = k + 3;
              if (after + 1 < end && v.raw[after] == ":" && v.IsNumber(after + 1)) after += 2;
            }
            if (VerbAt(v, after, end, &hit)) {
              // "The aide to President Name, Other Name, said": the name
              // between the commas is the one speaking (linked when the
              // walk reaches it).
              // ("Name, Deputy Defense Minister, said": a title-case role.)
              bool name_between = k - bc >= 3 && k - bc <= 5;
              for (size_t w = bc + 1; w < k && name_between; ++w) {
                name_between = v.IsWord(w) && v.Cap(w) && !lex_.titles.Has(v.ids[w]) && !lex_.roles.Has(v.ids[w]);
              }
              if (name_between) break;
              linked = true;
              clause_end = k;
              if (!dated && StartsWithArticle(v, b + 1)) appositive = std::string(v.Text(b + 1, k));
              break;
            }
          }
        }
      }
      if (!linked && ns.run > begin) {
        // "said Anna Kovalchuk"; "according to Name"; "corroborated by Name";
        // the same with a role between: "according to military expert Name".
        linked = LinkedBefore(v, begin, ns.run, &hit);
        // "according to Name and Name": the second of a pair the verb before
        // the first names.
        if (!linked && linked_end > begin && ns.run == linked_end + 1 && v.words[linked_end] == "and" && b - a >= 2) {
          linked = true;
          hit = linked_hit;
        }
        // "Source: Name, head of the X administration": a report's credit line.
        if (!linked && ns.run == begin + 2 && b - a >= 2 && (v.words[begin] == "source" || v.words[begin] == "sources") &&
            v.raw[begin + 1] == ":") {
          linked = true;
          hit.tag = "say";
          hit.hedged = false;
        }
        // A full name closing its clause: not "National Security" in "the
        // Committee on National Security, Defence and Intelligence".
        // Also before a preposition that opens the circumstances ("...
        // Oleksandr Syrskyi during his online participation").
        const bool closes = b - a >= 2 && ns.run_end == b &&
                            (b >= end || v.raw[b] == "." || (v.raw[b] == "," && b + 1 < end && !v.Cap(b + 1)) ||
                             v.words[b] == "during" || v.words[b] == "at" || v.words[b] == "on" ||
                             v.words[b] == "in" || v.words[b] == "via");
        // "According to the commander of the X unit, Name, Russian forces
        // ...": a full name set off by commas after a role phrase.
        const bool set_off = b - a >= 2 && ns.run_end == b && ns.run > begin + 1 && v.raw[ns.run - 1] == "," &&
                             b < end && v.raw[b] == ",";
        if (!linked && (closes || set_off)) {
          // "This was said on air by the spokesman for the X administration,
          // Name": a passive reporting verb, "by", a role phrase, the name;
          // also "was announced by Chief of the General Staff Name" (a
          // title standing for the article and role).
          // (A long role phrase: "by the acting press officer of the 32nd
          // separate mechanised brigade of the Armed Forces of Ukraine, Name".)
          for (size_t k = ns.run; k-- > begin && k + 24 > ns.run;) {
            if (v.raw[k] == "." || v.raw[k] == ";") break;
            // Also inverted: "..., said the collaborator and so-called
            // governor of the occupied region Volodymyr Rohov."
            PhraseTable::Match said = lex_.reporting_verbs.Longest(v.ids, k, k + 1);
            // ("About it informed the head of the X administration Name": a
            // translation's inversion, the statement named first.)
            const bool about_it = begin + 2 < ns.run && v.words[begin] == "about" &&
                                  (v.words[begin + 1] == "it" || v.words[begin + 1] == "this") &&
                                  (v.words[k] == "informed" || v.words[k] == "informs" || v.words[k] == "told");
            const bool inverted = (said.len && !ToldVerb(v.words[k])) || about_it;
            const bool according = v.words[k] == "according" && k + 1 < ns.run && v.words[k + 1] == "to";
            if ((v.words[k] != "by" && !inverted && !according) || k + 2 >= ns.run) continue;
            if (set_off && !closes && !according && !inverted) continue;
            // (The role phrase runs up to the comma before the name: not
            // "According to the governor, the victims were a teacher, Name,".)
            if (according) {
              bool comma = false;
              for (size_t q = k + 2; q + 1 < ns.run && !comma; ++q) comma = v.raw[q] == ",";
              if (comma) continue;
            }
            const size_t r0 = according ? k + 1 : k;  // the word before the role phrase
            const bool titled = lex_.titles.Has(v.ids[r0 + 1]);
            // (Or with a side's possessive: "said Ukraine's senior commander
            // in the area, Name".)
            const bool sides_own =
                r0 + 2 < ns.run && lex_.sides.Has(v.ids[r0 + 1]) && v.IsPossessive(r0 + 2);
            if (!StartsWithArticle(v, r0 + 1) && !titled && !sides_own) continue;
            bool has_role = titled;
            for (size_t r = r0 + 2; r < ns.run; ++r) has_role |= lex_.roles.Has(v.ids[r]) || lex_.titles.Has(v.ids[r]);
            bool verb = false;
            if (according) {
              verb = true;
              hit.tag = "say";
              hit.hedged = false;
            } else if (inverted) {
              verb = true;
              hit.tag = said.len ? std::string_view(lex_.reporting_verbs.tag(said.tag)) : std::string_view("say");
              hit.hedged = hit.tag == "hedge";
            }
            // ("announced on February 17 by", "reported on the air of Radio X by")
            for (size_t r = k; r-- > begin && r + 9 > k && !verb;) {
              PhraseTable::Match m = lex_.reporting_verbs.Longest(v.ids, r, r + 1);
              if (m.len) {
                verb = true;
                hit.tag = lex_.reporting_verbs.tag(m.tag);
                hit.hedged = hit.tag == "hedge";
              } else if (v.IsWord(r) && v.words[r].size() > 3 && v.words[r].ends_with("ed")) {
                break;  // another participle's agent: "was defended by the brigade commander, Name"
              }
            }
            if (has_role && verb) {
              linked = true;
              size_t re = ns.run;
              while (re > r0 + 1 && (v.raw[re - 1] == "," || v.IsQuoteMark(re - 1))) --re;
              if (role.empty()) role = std::string(v.Text(r0 + 1, re));
            }
            break;
          }
        }
        if (!linked && lex_.roles.Has(v.ids[ns.run - 1])) {
          // The role may open with a side: "according to Russian military expert Name".
          for (size_t k = ns.run - 1; k > begin && k + 4 >= ns.run && v.IsWord(k) &&
                                      (!v.Cap(k) || lex_.sides.Has(v.ids[k]));
               --k) {
            if (LinkedBefore(v, begin, k, &hit)) {
              linked = true;
              if (role.empty()) role = std::string(v.Text(k, ns.run));
              break;
            }
          }
        }
      }
      i = ns.run_end - 1;
      if (!linked) continue;
      // A lone word opening a sentence ("Residents said") must be a known surname.
      // So must a lone word of a title-case headline.
      // (Unless it is shaped like a Slavic surname: "Zelenskiy previously
      // claimed", "Bratchuk noted".)
      if (b - a == 1 && ns.title.empty() && entry < 0 &&
          (SentenceInitial(v, begin, a) || TitleCase(v, begin, end)) &&
          !(SentenceInitial(v, begin, a) && SurnameShaped(v.words[a]))) {
        continue;
      }
      // A lone word before the troops it describes is their side, however
      // spelt: "the governor said Ukrainain forces had crossed".
      if (b - a == 1 && ns.title.empty() && entry < 0 && b < end && ArmedMenNoun(v.words[b])) continue;
      // "the Muscovites ..., stating": a lone word after an article names a
      // group, not a person; after "of" ("the Ministry of Defens said"), an
      // organisation's name; after a unit noun ("the group Khortytsia
      // indicated"), the unit's.
      if (b - a == 1 && ns.title.empty() && entry < 0 && ns.run > begin &&
          (StartsWithArticle(v, ns.run - 1) || v.words[ns.run - 1] == "of" ||
           (lex_.unit_nouns.Has(v.ids[ns.run - 1]) &&
            (!v.Cap(ns.run - 1) || std::all_of(v.raw[ns.run - 1].begin(), v.raw[ns.run - 1].end(),
                                                [](char c) { return c >= 'A' && c <= 'Z'; }))))) {
        continue;
      }
      // "... Amid Tactical Realignment, Says Expert Name": in a title-case
      // headline the words before "Says" are the headline's, not a name.
      if (b - a >= 2 && !introduced_before && TitleCase(v, begin, end) && hit.len > 0 && ns.run_end < end &&
          (v.raw[ns.run_end] == "," || v.Cap(ns.run_end))) {
        continue;
      }
      if (appositive.empty()) appositive = Appositive(v, lex_, b, end);
      if (role.empty()) role = appositive;
      if (role.empty()) {
        const size_t rs = RoleStart(v, begin, ns.run);
        if (rs < ns.run) role = std::string(v.Text(rs, ns.run));
      }
      std::string_view name = name_text;
      if (entry >= 0 && book.at(entry).full) {
        // A lone surname takes the full name and title it was introduced with.
        const SurnameBook::Entry& fn = book.at(entry);
        if (!fn.name.empty() && b - a == 1) name = fn.name;
        if (role.empty()) role = fn.title;
      }
      int idx = add_speaker(key, name, role, false);
      for (size_t k = a; k < b; ++k) src->taken[k] = 1;
      attribute(s, idx, hit);
      linked_end = b;
      linked_hit = hit;
      if (quote_lines.second > quote_lines.first) pending_quotes.push_back({quote_lines, idx, hit});
      last_speaker = idx;
      // Names inside the appositive are not the ones speaking: "Prigozhin,
      // who is a close ally of President Putin, said"; but a second subject
      // the clause coordinates is ("Name, a commander, and Name, a
      // spokesman, said").
      for (size_t p = b; p + 3 < clause_end; ++p) {
        if (v.raw[p] != "," || v.words[p + 1] != "and" || !v.Cap(p + 2)) continue;
        NameSpan mate;
        if (!NameAt(v, lex_, src->taken, p + 2, clause_end, &mate) || mate.a != p + 2 || mate.b - mate.a < 2 ||
            mate.b >= clause_end || v.raw[mate.b] != ",") {
          continue;
        }
        std::string mate_role = Appositive(v, lex_, mate.b, clause_end);
        const std::string_view mate_name = v.Text(mate.a, mate.b);
        const int other = add_speaker(SurnameKeyIn(v, mate_name), mate_name, mate_role, false);
        for (size_t k = mate.a; k < mate.b; ++k) src->taken[k] = 1;
        attribute(s, other, hit);
        break;
      }
      if (clause_end > i) i = clause_end;
    }
    // "Russian President Vladimir Putin replaced the governor ..., saying it
    // needed a crisis manager": the subject that opens the sentence speaks
    // in the participle clause after a comma.
    if (src->sentence[s].speaker < 0) {
      for (size_t k = begin + 2; k + 1 < end; ++k) {
        if (raw_text[k] != ",") continue;
        PhraseTable::Match m = lex_.reporting_verbs.Longest(v.ids, k + 1, k + 2);
        if (!m.len || !v.words[k + 1].ends_with("ing")) continue;
        NameSpan ns;
        for (size_t i = begin; i < begin + 4 && i < k; ++i) {
          if (!NameAt(v, lex_, src->taken, i, k, &ns)) continue;
          // (A lone word opens many sentences; not a surname the text
          // introduced in full: "Putin praised the gains, calling them crucial".)
          const std::string_view pkey = SurnameKeyIn(v, v.Text(ns.a, ns.b));
          if (ns.b - ns.a < 2 && ns.title.empty() && book.IndexOf(pkey) < 0) break;
          VerbHit hit;
          hit.tag = lex_.reporting_verbs.tag(m.tag);
          hit.hedged = hit.tag == "hedge";
          std::string_view pname = v.Text(ns.a, ns.b);
          std::string_view prole = ns.title;
          if (const SurnameBook::Entry* fn = book.FindFull(pkey); fn != nullptr && ns.b - ns.a == 1) {
            if (!fn->name.empty()) pname = fn->name;  // as introduced
            if (prole.empty()) prole = fn->title;
          }
          const int idx = add_speaker(pkey, pname, prole, false);
          attribute(s, idx, hit);
          last_speaker = idx;
          break;
        }
        break;
      }
    }
    // "He noted", "The general emphasised": the last named speaker.
    if (src->sentence[s].speaker < 0 && last_speaker >= 0) {
      for (size_t i : references) {
        PhraseTable::Match m = lex_.references.Longest(v.ids, i, end);
        if (!m.len || lex_.references.tag(m.tag) != "person") continue;
        VerbHit hit;
        if (VerbAt(v, i + m.len, end, &hit)) {
          attribute(s, last_speaker, hit);
          break;
        }
      }
    }
  }
  for (const PendingQuote& pq : pending_quotes) {
    for (size_t qs = pq.sentences.first; qs < pq.sentences.second; ++qs) attribute(qs, pq.speaker, pq.hit);
  }
  // A quotation running over several sentences is one statement: its
  // sentences without a speaker take the one attributed within it ("We hold
  // the town. We will not leave," the officer said.).
  for (const text::Quote& q : v.t.quotes) {
    const int first = v.t.SentenceAt(q.outer.begin), last = v.t.SentenceAt(q.outer.end - 1);
    if (first < 0 || last <= first) continue;
    int from = -1;
    bool conflict = false;
    for (int s = first; s <= last; ++s) {
      const int sp = src->sentence[s].speaker;
      if (sp < 0) continue;
      conflict |= from >= 0 && src->sentence[from].speaker != sp;
      from = s;
    }
    if (from < 0 || conflict) continue;
    for (int s = first; s <= last; ++s) {
      SentenceSource& ss = src->sentence[s];
      if (ss.speaker >= 0) continue;
      ss.speaker = src->sentence[from].speaker;
      ss.hedged = src->sentence[from].hedged;
      ss.reported = src->sentence[from].reported;
    }
  }
  // The main speaker: the one most sentences are attributed to.
  std::vector<int> count(rec->speakers.size(), 0);
  for (const auto& ss : src->sentence) {
    if (ss.speaker >= 0) ++count[ss.speaker];
  }
  for (size_t k = 0; k < count.size(); ++k) {
    if (count[k] > 0 && (src->main_speaker < 0 || count[k] > count[src->main_speaker])) {
      src->main_speaker = static_cast<int>(k);
    }
  }
}

}  // namespace sitrep::extract
