#include "extract/metonym_filter.h"

#include <vector>

namespace sitrep::extract {

bool IsCapital(const DocView& v, const Lexicon& lex, size_t i) {
  std::string_view w = v.words[i];
  // A word without a hyphen is the token itself, whose id the view holds
  // (the lexicon's tables share one vocabulary).
  if (w.find('-') == std::string_view::npos) {
    const std::string* tag = lex.claim_modifiers.TagOf(v.ids[i]);
    return tag != nullptr && *tag == "capital";
  }
  if (w.starts_with("pro-")) w.remove_prefix(4);  // "pro-Kyiv officials"
  if (w.starts_with("anti-")) w.remove_prefix(5);
  const size_t dash = w.find('-');
  if (dash != std::string_view::npos) w = w.substr(0, dash);  // "kyiv-controlled"
  const std::string* tag = lex.claim_modifiers.TagOf(w);
  return tag != nullptr && *tag == "capital";
}

bool GovernmentMention(const DocView& v, const Lexicon& lex, const Sources& src, size_t i, size_t j) {
  if (src.taken[i]) return true;                             // "the Kyiv Independent"
  if (v.words[i].find('-') != std::string_view::npos) return true;  // "Kyiv-controlled", "Kiev-backed"
  // "under the control of Moscow", "\"are not under the total control\" of
  // Moscow": the side that holds, not the city held.
  if (i >= 3 && v.words[i - 1] == "of") {
    size_t c = i - 2;
    if (c > 0 && v.IsQuoteMark(c)) --c;
    if (v.words[c] == "control") {
      for (size_t k = c; k-- > 0 && k + 5 > c && v.sentence_of[k] == v.sentence_of[i];) {
        if (v.words[k] == "under") return true;
      }
    }
  }
  const size_t n = v.size();
  if (j >= n || v.sentence_of[j] != v.sentence_of[i]) return false;
  std::string_view next = v.words[j];
  // A time between the name and its verb: "Kyiv on Monday conceded",
  // "Moscow yesterday said".
  // (Also "Moscow in October launched", "Kyiv last week said", set off by
  // commas or not: "Moscow, in October, took".)
  {
    auto same = [&](size_t k) { return k < n && v.sentence_of[k] == v.sentence_of[i]; };
    size_t k = j;
    const bool comma = next == ",";
    if (comma) ++k;
    const std::string_view w = same(k) ? v.words[k] : std::string_view();
    const size_t t0 = k;
    if ((w == "on" || w == "in") && same(k + 1) &&
        (lex.months.Has(v.ids[k + 1]) || (w == "on" && lex.weekdays.Has(v.ids[k + 1])))) {
      k += 2;
      while (same(k) && v.IsNumber(k)) ++k;  // "on November 21", "in October 2023"
    } else if ((w == "last" || w == "this" || w == "earlier" || w == "later") && same(k + 1)) {
      size_t q = k + 1;
      if (w == "earlier" && v.words[q] == "this" && same(q + 1)) ++q;
      const std::string_view unit = v.words[q];
      if (unit == "week" || unit == "month" || unit == "year" || unit == "weekend" || lex.months.Has(v.ids[q]) ||
          lex.weekdays.Has(v.ids[q])) {
        k = q + 1;
      }
    } else if (!comma && (w == "yesterday" || w == "today" || w == "now" || w == "also" || w == "again" ||
                          w == "already" || w == "meanwhile" || w == "however" || w == "instead" || w == "then" ||
                          w == "still")) {
      k += 1;
    }
    if (comma && k > t0) {
      if (!same(k) || v.raw[k] != ",") k = j;  // the time's closing comma
      else ++k;
    }
    if (k > t0 && same(k) && GovernmentMention(v, lex, src, i, k)) return true;
  }
  // The complement of a noun: "the army of Moscow" is its army, "the mayor
  // of Kyiv said" the city's mayor (the verb is the mayor's).
  // ("thousands of Moscow troops": the capital's army after a count; not
  // "the suburbs of Kyiv troops found", decided by the head below.)
  if (const std::string* tag = lex.claim_modifiers.TagOf(v.ids[j]); tag != nullptr && *tag == "metonym") {
    const std::string_view head = i >= 2 && v.words[i - 1] == "of" ? v.words[i - 2] : std::string_view();
    if (head.empty() || head == "thousands" || head == "hundreds" || head == "dozens" || head == "tens" ||
        head == "millions") {
      return true;  // "the Kiev regime", "Kiev troops"
    }
  }
  if (i >= 2 && v.words[i - 1] == "of" && v.sentence_of[i - 2] == v.sentence_of[i] && next != "'s" &&
      next != "\u2019s") {
    // (Not the city's own offices: "the military administration of Kyiv".)
    const std::string_view head = v.words[i - 2];
    const std::string* tag = lex.claim_modifiers.TagOf(v.ids[i - 2]);
    return tag != nullptr && *tag == "metonym" && head != "administration" && head != "authorities" &&
           head != "command" && head != "military" && head != "officials";
  }
  if (next == "'s" || next == "\u2019s") return true;  // "Kiev's attempts"
  if (next == ":" && (i == 0 || v.sentence_of[i - 1] != v.sentence_of[i])) return true;  // "Kyiv: troops ..."
  if (next == ":" && i >= 2 && v.raw[i - 1] == "/" && (i == 2 || v.sentence_of[i - 3] != v.sentence_of[i])) {
    return true;  // "Moscow/Kyiv: Russian forces ..."
  }
  if (next == "/" && j + 2 < n && v.raw[j + 2] == ":" && (i == 0 || v.sentence_of[i - 1] != v.sentence_of[i])) {
    return true;  // "Kyiv/Moscow: ..."
  }
  if (lex.reporting_verbs.Longest(v.ids, j, j + 1).len) return true;  // "Kyiv said"
  // "the Defense Ministry in Moscow (earlier) said": where an institution
  // that speaks sits.
  if (i >= 2 && v.words[i - 1] == "in" && src.taken[i - 2]) {
    for (size_t k = j; k < j + 3 && k < n && v.sentence_of[k] == v.sentence_of[i]; ++k) {
      if (lex.reporting_verbs.Longest(v.ids, k, k + 1).len) return true;
    }
  }
  // "soldiers from Moscow": its army.
  if (i >= 2 && v.words[i - 1] == "from") {
    const std::string_view noun = v.words[i - 2];
    if (noun == "soldiers" || noun == "troops" || noun == "forces" || noun == "units" || noun == "fighters") return true;
  }
  // The capital as a party: "according to Moscow, ...", "harder for Moscow
  // to mass troops", "the administration loyal to Moscow", "claims by Kiev".
  if (i >= 2 && v.sentence_of[i - 2] == v.sentence_of[i]) {
    const std::string_view before = v.words[i - 1], head = v.words[i - 2];
    if (before == "to" && head == "according" && (next == "," || next == "." || next == "'s" || next == "\u2019s")) {
      return true;
    }
    if (before == "for" && next == "to" && j + 1 < n && v.IsWord(j + 1) && !v.Cap(j + 1)) return true;
    if ((before == "to" || before == "with") && (head == "loyal" || head == "allied" || head == "aligned")) return true;
    if (before == "by" && (head == "claims" || head == "claim" || head == "statements" || head == "allegations")) {
      return true;
    }
  }
  // After a preposition of place the name is the city whatever verb
  // follows: "the situation in Kyiv is calm", "fighting near Kyiv had eased".
  if (i > 0 && v.sentence_of[i - 1] == v.sentence_of[i]) {
    std::string_view before = v.words[i - 1];
    // (Not the side one has "the upper hand over".)
    if (before == "over" && i >= 3 && v.words[i - 2] == "hand" && v.words[i - 3] == "upper") return true;
    if (before == "in" || before == "near" || before == "around" || before == "outside" || before == "into" ||
        before == "across" || before == "over") {
      return false;
    }
  }
  // Past adverbs: "Moscow allegedly maintains control".
  if (size_t k = j; v.IsWord(k) && !v.Cap(k) && v.words[k].size() > 4 && v.words[k].ends_with("ly")) {
    while (k < n && v.sentence_of[k] == v.sentence_of[i] && v.IsWord(k) && !v.Cap(k) && v.words[k].size() > 4 &&
           v.words[k].ends_with("ly")) {
      ++k;
    }
    if (k < n && v.sentence_of[k] == v.sentence_of[i]) {
      // "Moscow currently controls": what follows the adverbs decides.
      if (GovernmentMention(v, lex, src, i, k)) return true;
      if (const std::string* tag = lex.claim_modifiers.TagOf(v.ids[k]); tag != nullptr && *tag == "metonym") return true;
      // "Moscow illegally annexed"
      if (v.IsWord(k) && !v.Cap(k) && v.words[k].size() > 3 && v.words[k].ends_with("ed") &&
          lex.claim_triggers.Longest(v.ids, k, k + 1).len == 0) {
        return true;
      }
    }
  }
  // The object of a verb done to a government: "accused Moscow of",
  // "offers Moscow advantages", "seen by Moscow as".
  if (i > 0 && v.sentence_of[i - 1] == v.sentence_of[i]) {
    size_t b = i - 1;
    if (v.words[b] == "by" && b > 0) --b;
    // ("accused" is also a government's own act: tag "metonym")
    if (const std::string* tag = lex.claim_modifiers.TagOf(v.ids[b]);
        tag != nullptr && (*tag == "acted_on" || v.words[b].starts_with("accus"))) {
      return true;
    }
    // "the incursion forces Moscow to redeploy" ("forces" is otherwise a
    // metonym noun: "Moscow's forces").
    if (v.words[b] == "forces" && next == "to") return true;
  }
  if (const std::string* tag = lex.modality.TagOf(v.ids[j]);
      tag != nullptr && (*tag == "aux" || *tag == "past" || *tag == "present" || *tag == "future" ||
                         *tag == "negation" || *tag == "deny")) {
    return true;  // "Kyiv had withdrawn", "Kiev did not accept"
  }
  // "Kyiv may have hoped", not "Kyiv could fall": a modal before a verb
  // that says nothing happened to the city.
  if ((next == "may" || next == "might" || next == "could") && lex.claim_triggers.Longest(v.ids, j, n).len == 0) {
    size_t k = j + 1;
    while (k < n && (v.words[k] == "have" || v.words[k] == "be" || v.words[k] == "soon")) ++k;
    if (k < n && lex.claim_triggers.Longest(v.ids, k, n).len == 0) return true;
  }
  // The capital taking a place: "Kiev takes back X", "Kyiv retook X" (not
  // "Kyiv fell", whose place comes before the verb).
  if (PhraseTable::Match m = lex.claim_triggers.Longest(v.ids, j, n); m.len) {
    const std::string& tag = lex.claim_triggers.tag(m.tag);
    if (tag.rfind("captured", 0) == 0 && (tag.find(" fwd") != std::string::npos || tag.find(" both") != std::string::npos)) {
      return true;
    }
  }
  if (v.IsWord(j) && !v.Cap(j) && next.size() > 3 && next.ends_with("ed") &&
      lex.claim_triggers.Longest(v.ids, j, j + 1).len == 0) {
    return true;  // "Kyiv rejected"
  }
  // "with Kyiv deploying missiles and Moscow firing a new weapon": the
  // capital as the subject of a participle (not a place's trigger:
  // "Moscow advancing" is none either, but "shelling" follows places).
  // (Only the subject of an absolute phrase or a clause: after "with",
  // "and", "while", "as" or opening the sentence; not "a Moscow shopping
  // centre", "struck Kyiv injuring two".)
  const std::string_view prev = i > 0 && v.sentence_of[i - 1] == v.sentence_of[i] ? v.words[i - 1] : std::string_view();
  const bool subject = prev.empty() || prev == "with" || prev == "and" || prev == "while" || prev == "as";
  if (subject && v.IsWord(j) && !v.Cap(j) && next.size() > 5 && next.ends_with("ing") && next != "during" &&
      next != "including" && next != "following" && next != "according" &&
      lex.claim_triggers.Longest(v.ids, j, j + 1).len == 0 && lex.claim_modifiers.TagOf(v.ids[j]) == nullptr) {
    return true;
  }
  if (j + 1 < n && (v.words[j + 1] == "'t" || v.words[j + 1] == "\u2019t")) return true;  // "Kyiv hasn't"
  // "Kyiv withdrew most of its group from X": a capital does not retreat.
  if (PhraseTable::Match m = lex.claim_triggers.Longest(v.ids, j, n);
      m.len && lex.claim_triggers.tag(m.tag).rfind("withdrawal", 0) == 0) {
    return true;
  }
  // "talks with Kyiv", "collaborating with Kiev"
  if (i >= 2 && v.words[i - 1] == "with") {
    const std::string* tag = lex.claim_modifiers.TagOf(v.ids[i - 2]);
    if (tag != nullptr && *tag == "dealings") return true;
  }
  // "claimed by Kiev", "lands controlled by Kyiv"
  if (i >= 2 && v.words[i - 1] == "by" && v.IsWord(i - 2) &&
      (v.words[i - 2].ends_with("ed") || v.words[i - 2] == "held" || v.words[i - 2] == "won" ||
       v.words[i - 2] == "lost" || v.words[i - 2] == "taken" || v.words[i - 2] == "seen")) {
    return true;  // ("the easternmost city held by Kyiv")
  }
  // "strategic targets for Moscow", "a blow for Kyiv": its aims and fortunes
  // (a closing quotation mark between: "become \"critical\" for Kyiv").
  if (i >= 2 && v.words[i - 1] == "for") {
    size_t at = i - 2;
    if (at >= 1 && (v.words[at] == "\"" || v.words[at] == "\u201d" || v.words[at] == "'")) --at;
    const std::string_view noun = v.words[at];
    if (noun == "targets" || noun == "target" || noun == "goal" || noun == "goals" || noun == "priority" ||
        noun == "blow" || noun == "setback" || noun == "victory" || noun == "win" || noun == "success" ||
        noun == "importance" || noun == "objective" || noun == "objectives" || noun == "opportunity" ||
        noun == "chance" || noun == "stronghold" || noun == "bastion" || noun == "prize" || noun == "boost" ||
        ((noun == "critical" || noun == "dangerous" || noun == "difficult") &&
         !(j + 1 < n && v.raw[j] == "," && v.words[j + 1] == "where"))) {  // not "difficult for Kyiv, where drones hit"
      return true;
    }
  }
  // "both Kyiv and military analysts acknowledged": a subject the capital
  // shares with others, of a reporting verb within a few words.
  // (opening its clause: "..., as both Kyiv and analysts acknowledged"; not
  // "Missiles hit both Kyiv and Lviv as officials said".)
  if (next == "and" && i >= 1 && v.words[i - 1] == "both" &&
      (i == 1 || v.sentence_of[i - 2] != v.sentence_of[i] || v.IsPunct(i - 2) || v.words[i - 2] == "as" ||
       v.words[i - 2] == "while" || v.words[i - 2] == "and" || v.words[i - 2] == "but" ||
       v.words[i - 2] == "though" || v.words[i - 2] == "because" || v.words[i - 2] == "since")) {
    for (size_t k = j + 1; k < n && k <= j + 4 && v.sentence_of[k] == v.sentence_of[i] && !v.IsPunct(k); ++k) {
      if (lex.reporting_verbs.Longest(v.ids, k, k + 1).len) return true;
    }
  }
  // "Moscow and Kyiv appear to be ...": capitals joined, then a government verb.
  if (next == "and" && j + 2 < n && v.sentence_of[j + 1] == v.sentence_of[i] && IsCapital(v, lex, j + 1) &&
      GovernmentMention(v, lex, src, j + 1, j + 2)) {
    return true;
  }
  // "For Kyiv, holding X has become ...", "For Moscow, capturing the town
  // would ...": the government's view, the capital opening its clause.
  if (i >= 1 && next == "," && v.words[i - 1] == "for" && (i == 1 || v.sentence_of[i - 2] != v.sentence_of[i])) {
    return true;
  }
  // "reports from Moscow", "accusations from Kyiv": what its government says.
  if (i >= 2 && v.words[i - 1] == "from") {
    const std::string_view noun = v.words[i - 2];
    if (noun == "reports" || noun == "accusations" || noun == "claims" || noun == "statements" ||
        noun == "comment" || noun == "comments" || noun == "response" || noun == "reaction" ||
        noun == "confirmation" ||
        noun == "signals" || noun == "demands" || noun == "orders" || noun == "pressure" || noun == "threats" ||
        noun == "messages" || noun == "warnings") {
      return true;
    }
  }
  // "two cities that fell to Moscow", "the land ceded to Kyiv": the
  // government that won or lost them; "a blow to Moscow": its fortunes
  // (not "a threat to Kyiv", which may be the city's).
  if (i >= 2 && v.words[i - 1] == "to") {
    const std::string_view verb = v.words[i - 2];
    if (verb == "fell" || verb == "fallen" || verb == "falls" || verb == "fall" || verb == "lost" ||
        verb == "ceded" || verb == "cede" || verb == "surrendered" || verb == "blow" || verb == "setback" ||
        verb == "ultimatum") {
      return true;
    }
  }
  // "pressure on Kiev to cede territory", "piling pressure on Kyiv days
  // before ...": the government pressed.
  if (i >= 2 && v.words[i - 1] == "on" && v.words[i - 2] == "pressure") return true;
  // "a target by Moscow", "a sought-after prize for Kyiv": its aims.
  if (i >= 2 && v.words[i - 1] == "by" && (v.words[i - 2] == "target" || v.words[i - 2] == "targets")) return true;
  // "an attempt by Kyiv to draw reserves away"
  if (i >= 2 && v.words[i - 1] == "by" && next == "to") {
    const std::string_view noun = v.words[i - 2];
    if (noun == "attempt" || noun == "attempts" || noun == "effort" || noun == "efforts" || noun == "bid" ||
        noun == "move" || noun == "plan" || noun == "plans" || noun == "decision" || noun == "push" ||
        noun == "campaign" || noun == "request" || noun == "refusal" || noun == "failure" || noun == "proposal") {
      return true;
    }
  }
  return false;
}

namespace {

bool IsQuoteMark(std::string_view w) {
  return w == "\"" || w == "'" || w == "\u201c" || w == "\u201d" || w == "\u00ab" || w == "\u00bb" ||
         w == "\u2018" || w == "\u2019";
}

}  // namespace

bool SourceMention(const DocView& v, const Lexicon& lex, size_t i, size_t j) {
  const size_t n = v.size();
  const int sentence = v.sentence_of[i];
  auto same = [&](size_t k) { return k < n && v.sentence_of[k] == sentence; };
  size_t b = i;  // first token of the name, an opening quote included
  if (b > 0 && same(b - 1) && IsQuoteMark(v.words[b - 1])) --b;
  size_t e = j;  // first token after the name, a closing quote skipped
  if (same(e) && IsQuoteMark(v.words[e])) ++e;
  // "According to X, ...": the name is the whole source.
  if (b >= 2 && same(b - 2) && v.words[b - 1] == "to" && v.words[b - 2] == "according" &&
      (!same(e) || v.words[e] == "," || v.words[e] == "." || v.words[e] == ";")) {
    return true;
  }
  // "the spokesperson of (the) X", "a spokesman for X": the name is the
  // whole object (not "a spokesman for Kupiansk's military administration").
  size_t c = b;
  if (c > 0 && same(c - 1) && v.words[c - 1] == "the") --c;
  const bool whole = !same(e) || v.words[e] == "," || v.words[e] == "." || v.words[e] == ";" ||
                     lex.reporting_verbs.Longest(v.ids, e, e + 1).len > 0;
  if (whole && c >= 2 && same(c - 2) && (v.words[c - 1] == "of" || v.words[c - 1] == "for")) {
    const std::string_view noun = v.words[c - 2];
    if (noun == "spokesperson" || noun == "spokesman" || noun == "spokeswoman" || noun == "spokespeople") return true;
  }
  // "X said", "\"X\" emphasized": the name heads the subject (not
  // "Residents of X say", "People who fled X described").
  if (!same(e) || lex.reporting_verbs.Longest(v.ids, e, e + 1).len == 0) return false;
  if (b == 0 || !same(b - 1)) return true;
  const std::string_view before = v.words[b - 1];
  return before == "the" || before == "," || before == ";" || before == ":" || before == "and" || before == "but" ||
         IsQuoteMark(before) || v.raw[b - 1] == "(";
}

bool LineOfAdvance(const DocView& v, const Lexicon& lex, size_t i, size_t j) {
  const size_t n = v.size();
  const int sentence = v.sentence_of[i];
  size_t k = j;
  if (k < n && IsQuoteMark(v.words[k])) ++k;  // "the \"Kupiansk\" direction"
  // "the Kupiansk-Lyman front", "the Orikhiv and Huliaipole directions":
  // past the other names of the line.
  while (k + 1 < n && k < j + 8 && v.sentence_of[k + 1] == sentence &&
         (v.raw[k] == "-" || v.raw[k] == "\u2013" || v.raw[k] == "\u2014" || v.raw[k] == "--" ||
          v.words[k] == "and") &&
         (v.mention_at[k + 1] >= 0 || v.Cap(k + 1))) {
    size_t e = k + 1;
    const int other = v.mention_at[e];
    do {
      ++e;
    } while (other >= 0 && e < n && v.mention_at[e] == other);
    k = e;
  }
  if (k >= n || v.sentence_of[k] != sentence) return false;
  const std::string* tag = lex.claim_modifiers.TagOf(v.ids[k]);
  return tag != nullptr && *tag == "line";
}

namespace {

// Formations are named after small towns and villages (Azov, Khortytsia);
// a city's name before a unit noun is the city's unit.
constexpr uint32_t kFormationTownPopulation = 100000;

// A word after a name that makes it a military formation's ("the Azov
// brigade", "Khortytsia operational and strategic group", "the \"Azov\"
// NGU"); not "unit", "group", "fighters" or "national", which follow a
// city's name as often ("a Kupiansk unit commander", "Kharkiv National
// University").
bool FormationWord(std::string_view w) {
  return w == "brigade" || w == "brigades" || w == "battalion" || w == "regiment" || w == "detachment" ||
         w == "corps" || w == "grouping" || w == "operational" || w == "operational-strategic" || w == "ostg" ||
         w == "osg" || w == "osuv" || w == "ngu";
}

// The places the text names a formation after: word `w` (the one-word
// mention's lower-case text) somewhere followed by a formation word, past
// a closing quotation mark.
bool NamesAFormation(const DocView& v, std::string_view w) {
  const size_t n = v.size();
  const std::string_view* words = v.words.data();
  for (size_t k = 0; k + 1 < n; ++k) {
    if (words[k].size() != w.size() || words[k] != w) continue;
    size_t e = k + 1;
    if (e + 1 < v.size() && IsQuoteMark(v.words[e])) ++e;
    if (v.sentence_of[e] != v.sentence_of[k]) continue;
    if (FormationWord(v.words[e])) return true;
    // "the Khortytsia army unit", "the Khortytsya Security Service"
    const std::string_view next = e + 1 < v.size() ? v.words[e + 1] : std::string_view();
    if ((v.words[e] == "army" && (next == "unit" || next == "grouping")) ||
        (v.words[e] == "security" && next == "service")) {
      return true;
    }
  }
  return false;
}

// A preposition of place right before token i: "in X", "near X", "the
// battles in \"X\"" (past an opening quotation mark); or a list's
// introduction: "major cities, including X".
bool AfterPlacePreposition(const DocView& v, size_t i) {
  size_t b = i;
  if (b > 0 && IsQuoteMark(v.words[b - 1])) --b;
  if (b == 0 || v.sentence_of[b - 1] != v.sentence_of[i]) return false;
  const std::string_view p = v.words[b - 1];
  return p == "in" || p == "near" || p == "around" || p == "outside" || p == "into" || p == "from" || p == "to" ||
         p == "toward" || p == "towards" || p == "at" || p == "of" || p == "through" || p == "across" ||
         p == "including" || p == "namely" || p == "as" || p == "like";  // "cities including X"
}

// A name in quotation marks that holds other capitalised words besides
// the mention at [i, j): a blog's, channel's or operation's title ("the
// blogger \"Moscow Calling\"").
bool InQuotedTitle(const DocView& v, size_t i, size_t j) {
  const size_t n = v.size();
  size_t b = i, others = 0;
  while (b > 0 && b + 4 > i && v.sentence_of[b - 1] == v.sentence_of[i] && v.Cap(b - 1) && v.mention_at[b - 1] < 0) {
    --b;
    ++others;
  }
  if (b == 0 || !IsQuoteMark(v.words[b - 1]) || v.sentence_of[b - 1] != v.sentence_of[i]) return false;
  size_t e = j;
  while (e < n && e < j + 4 && v.sentence_of[e] == v.sentence_of[i] && v.Cap(e) && v.mention_at[e] < 0) {
    ++e;
    ++others;
  }
  return others > 0 && e < n && IsQuoteMark(v.words[e]) && v.sentence_of[e] == v.sentence_of[i];
}

}  // namespace

void MetonymFilter::Apply(const DocView& v, const Sources& src, Record* rec) const {
  const size_t np = rec->places.size();
  std::vector<uint8_t> figurative(np, 0), literal(np, 0);  // mentions as a government or a name; as a place
  // A one-word place the text names a formation after ("the Azov brigade")
  // is that formation wherever no preposition of place introduces it
  // ("Azov emphasized", "Azov managed to stabilize the front").
  std::vector<int8_t> formation(np, -1);  // -1 not yet known
  const size_t n = v.size();
  const int* mention_at = v.mention_at.data();
  for (size_t i = 0; i < n;) {
    while (i < n && mention_at[i] < 0) ++i;  // (most tokens are in no mention)
    if (i >= n) break;
    const int m = mention_at[i];
    size_t j = i + 1;
    while (j < n && mention_at[j] == m) ++j;
    const int p = v.places.mentions[m].place;
    // A place already used literally stays whatever its other mentions are.
    if (p >= 0 && static_cast<size_t>(p) < np && literal[p]) {
      i = j;
      continue;
    }
    // A name the outlet or speaker finders took whole ("told Hromadske")
    // is no use of the place.
    bool taken = true;
    for (size_t k = i; k < j && taken; ++k) taken = k < src.taken.size() && src.taken[k];
    if (taken && p >= 0 && static_cast<size_t>(p) < np) {
      figurative[p] = 1;
    } else if (p >= 0 && static_cast<size_t>(p) < np) {
      if (InQuotedTitle(v, i, j)) {
        figurative[p] = 1;  // the blogger "Moscow Calling"
      } else if (IsCapital(v, lex_, i)) {
        figurative[p] = 1;
        if (!GovernmentMention(v, lex_, src, i, j)) literal[p] = 1;
      } else if (SourceMention(v, lex_, i, j)) {
        figurative[p] = 1;  // "according to Khortytsia": a grouping named like the place
      } else if (LineOfAdvance(v, lex_, i, j)) {
        figurative[p] = 1;  // "in the Kupiansk direction": a line of advance named after it
      } else if (j == i + 1 && rec->places[p].kind == geo::PlaceKind::kSettlement &&
                 rec->places[p].population < kFormationTownPopulation && !AfterPlacePreposition(v, i) &&
                 (formation[p] < 0 ? (formation[p] = NamesAFormation(v, v.words[i]) ? 1 : 0) : formation[p])) {
        figurative[p] = 1;
      } else {
        literal[p] = 1;  // another spelling of the place, used as a place
      }
    }
    i = j;
  }
  // Compacted in place: most records keep every place, and then nothing moves.
  size_t kept = 0;
  for (size_t p = 0; p < np; ++p) {
    if (figurative[p] && !literal[p]) continue;
    if (kept != p) rec->places[kept] = std::move(rec->places[p]);
    ++kept;
  }
  rec->places.erase(rec->places.begin() + kept, rec->places.end());
}

}  // namespace sitrep::extract
