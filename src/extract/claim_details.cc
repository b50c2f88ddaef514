// ClaimFinder::Describe: attribution, date, deadline, side and modality of
// one claim, from its sentence.
#include <cstdlib>

#include "extract/claim_finder.h"
#include "extract/date_finder.h"
#include "extract/number_parser.h"

namespace sitrep::extract {
namespace {

// "within one or two days", "a question of days": the longest span named,
// in days; 0 when the sentence names none.
int DeadlineDays(const DocView& v, const Lexicon& lex, size_t begin, size_t end) {
  int best = 0;
  for (size_t i = begin; i < end; ++i) {
    double n = 0, n2 = 0;
    size_t len = 0;
    if (!ParseNumberAt(v, lex, i, end, &n, &len)) continue;
    size_t j = i + len;
    if (j + 1 < end && v.words[j] == "or" && ParseNumberAt(v, lex, j + 1, end, &n2, &len)) j += 1 + len;
    if (j >= end) continue;
    const std::string* unit = lex.relative_dates.TagOf(v.ids[j]);
    if (unit == nullptr || unit->rfind("unit", 0) != 0) continue;
    // Not "two days later": that is a date, not a span.
    if (j + 1 < end) {
      const std::string* dir = lex.relative_dates.TagOf(v.ids[j + 1]);
      if (dir != nullptr && dir->rfind("dir", 0) == 0) continue;
    }
    double days = std::max(n, n2) * std::strtod(unit->c_str() + 5, nullptr);
    best = std::max(best, static_cast<int>(days + 0.5));
  }
  return best;
}

}  // namespace

void ClaimFinder::Describe(const DocView& v, const Sources& src, const Record& rec, size_t s, const Trigger& t,
                           const Markers& mk, Claim* c) const {
  const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
  const SentenceSource& ss = src.sentence[s];
  if (ss.speaker >= 0) {
    c->speaker = rec.speakers[ss.speaker].name;
  } else if (ss.institution >= 0) {
    c->speaker = rec.institutions[ss.institution].name;
  }
  int outlet = ss.outlet >= 0 ? ss.outlet : src.main_outlet;
  c->outlet = outlet >= 0 ? rec.outlets[outlet].name : rec.outlet;
  // Side: the side word nearest the trigger; the other side when the
  // trigger names the side it drove out ("drove Ukrainian troops out of X").
  size_t best = SIZE_MAX;
  for (size_t i = begin; i < end; ++i) {
    const std::string* tag = lex_.sides.TagOf(v.ids[i]);
    std::string_view side = tag != nullptr ? std::string_view(*tag) : std::string_view();
    // "the Defense Forces": Ukraine's armed forces by their own name
    // (capitalised, after "the", "our" or opening the sentence: not "the Russian
    // Defense Forces", "Aerospace Defense Forces").
    if (side.empty() && i + 1 < end && (v.raw[i] == "Defense" || v.raw[i] == "Defence") &&
        v.raw[i + 1] == "Forces" && (i == begin || v.words[i - 1] == "the" || v.words[i - 1] == "our")) {
      side = "UA";
    }
    if (side.empty()) continue;
    // "the eastern Ukrainian town of X": whose the place is, not who acts
    // (not a control adjective: "the Russia-controlled city of X").
    if (i + 1 < end && SettlementNoun(v.words[i + 1]) && v.words[i].find('-') == std::string_view::npos) continue;
    // "advances in eastern Ukraine": the country as a place, not a side.
    if ((v.words[i] == "ukraine" || v.words[i] == "russia") && i > begin) {
      const std::string_view p = v.words[i - 1];
      if (p == "in" || p == "across" || p == "into" || p == "throughout" || p == "from" ||
          p == "eastern" || p == "western" || p == "northern" || p == "southern" || p == "northeastern" ||
          p == "southeastern" || p == "northwestern" || p == "southwestern" || p == "central") {
        continue;
      }
    }
    if (t.ousted && i >= t.a && i < t.b) {
      c->side = side == "RU" ? "UA" : "RU";
      break;
    }
    // A passive's agent right after the trigger ("has been occupied by
    // Russian troops") acts, whatever a relative clause before it says.
    if (i >= t.b && i <= t.b + 3 && !t.ousted && !t.loser) {
      bool agent = false;
      for (size_t k = t.b; k < i && !agent; ++k) agent = v.words[k] == "by";
      if (agent) {
        c->side = std::string(side);
        break;
      }
    }
    // A side inside the trigger states the holder ("remains under Ukrainian
    // control"): nearest of all.
    size_t d = i < t.a ? t.a - i : i < t.b ? 0 : i - t.a;
    if (d < best) {
      best = d;
      // "Ukrainian forces lost X": the side before the verb lost it (not
      // "the Russian ministry said the enemy lost X": a reporting verb or a
      // clause break between them).
      bool subject = t.loser && i < t.a;
      for (size_t k = i + 1; subject && k < t.a; ++k) {
        subject = !(v.IsPunct(k) && v.raw[k] != "'" && v.raw[k] != "\u2019") &&
                  !lex_.reporting_verbs.Longest(v.ids, k, k + 1).len && v.words[k] != "that";
      }
      c->side = subject ? (side == "RU" ? "UA" : "RU") : std::string(side);
    }
  }
  // Date: the one stated in the sentence; the anchor for deadlines also
  // falls back to the last explicit date before it, then publication.
  // (Only a prediction has a deadline: the anchor is parsed for it alone.)
  const bool prediction = c->kind == "prediction";
  Ymd anchor;
  for (const auto& d : rec.dates) {
    const std::string& value = d.relative ? d.resolved : d.value;
    if (!prediction) {
      if (c->date.empty() && !value.empty() && SentenceHolds(v.t, s, d.span.begin)) c->date = value;
      continue;
    }
    int ds = v.t.SentenceAt(d.span.begin);
    if (ds == static_cast<int>(s) && c->date.empty() && !value.empty()) c->date = value;
    if (ds <= static_cast<int>(s) && !d.relative && !d.value.empty()) anchor = ParseIsoDate(d.value);
    if (ds <= static_cast<int>(s) && !d.relative && d.value.size() == 7) {
      anchor = Ymd{0, std::atoi(d.value.substr(2, 2).c_str()), std::atoi(d.value.substr(5, 2).c_str())};
    }
  }
  if (prediction) {
    if (!c->date.empty()) {
      Ymd own = c->date.size() == 7 ? Ymd{0, std::atoi(c->date.substr(2, 2).c_str()),
                                           std::atoi(c->date.substr(5, 2).c_str())}
                                     : ParseIsoDate(c->date);
      if (own.ok()) anchor = own;
    }
    if (!anchor.ok()) anchor = ParseIsoDate(rec.published);
    int days = DeadlineDays(v, lex_, begin, end);
    if (days > 0 && anchor.ok()) c->deadline = AddDays(anchor, days).Iso();
  }
  c->negated = mk.negation;
  if (c->kind == "prediction" || mk.future) {
    c->modality = "predicted";
  } else if (mk.deny) {
    c->modality = "denied";
  } else if (mk.hedge || ss.hedged) {
    c->modality = "hedged";
  } else if (ss.speaker < 0 && (ss.reported || ss.outlet >= 0)) {
    c->modality = "reported";
  } else {
    c->modality = "asserted";
  }
}

}  // namespace sitrep::extract
