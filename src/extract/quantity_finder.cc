#include "extract/quantity_finder.h"

#include "extract/number_parser.h"

namespace sitrep::extract {
namespace {

bool IsMonth(const Lexicon& lex, const DocView& v, size_t i) { return v.Cap(i) && lex.months.Has(v.ids[i]); }

// Words that end the phrase a count belongs to: past a preposition, a verb
// or a relative pronoun, the noun counted is behind ("five counterattacks
// by Ukrainian troops", "no one is forcing soldiers").
bool EndsCountedPhrase(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "by", "in", "on", "at", "with", "to", "for", "against", "near", "over", "into", "per", "is", "are",
      "was", "were", "has", "have", "had", "will", "would", "who", "which", "that", "than"};
  for (std::string_view s : kStops) {
    if (w == s) return true;
  }
  return false;
}

// "50 to 60", "40-50", "between 50 and 60": the token before `at` joins a
// range; *first receives the first number's token.
bool RangeBefore(const DocView& v, const Lexicon& lex, size_t begin, size_t at, size_t* first, double* value) {
  if (at < begin + 2) return false;
  std::string_view joint = v.raw[at - 1];
  if (joint != "to" && joint != "-" && joint != "\u2013" && joint != "and" && joint != "or") return false;
  for (size_t k = at - 1; k-- > begin && k + 4 > at;) {
    size_t len;
    if (ParseNumberAt(v, lex, k, at - 1, value, &len) && k + len == at - 1) {
      *first = k;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view QuantityFinder::BoundBefore(const DocView& v, size_t begin, size_t i, size_t* start) const {
  *start = i;
  for (size_t k = 3; k >= 1; --k) {
    if (i < begin + k) continue;
    PhraseTable::Match m = lex_.quantity_bounds.Longest(v.ids, i - k, i);
    if (m.len == static_cast<int>(k)) {
      *start = i - k;
      return lex_.quantity_bounds.tag(m.tag);
    }
  }
  return "exact";
}

size_t QuantityFinder::Territory(const DocView& v, size_t j, size_t end) const {
  // "70% under Russian control": the share of a place named before.
  if (j < end && v.words[j] == "under") {
    for (size_t k = j + 1; k < end && k < j + 4; ++k) {
      if (v.words[k] == "control") return k + 1;
      if (v.IsPunct(k) && v.raw[k] != "'" && v.raw[k] != "\u2019") break;
    }
    return 0;
  }
  // "60% is controlled by the Russian Federation": the share a side holds
  // (not "60% are occupied by displaced families": a side, its forces or a
  // country after "by").
  if (j + 1 < end && (v.words[j] == "is" || v.words[j] == "are" || v.words[j] == "was" || v.words[j] == "were")) {
    size_t k = j + 1;
    if (k + 1 < end && (v.words[k] == "now" || v.words[k] == "already" || v.words[k] == "still")) ++k;
    if (!(v.words[k] == "controlled" || v.words[k] == "occupied" || v.words[k] == "held")) return 0;
    if (k + 2 >= end || v.words[k + 1] != "by") return 0;
    for (size_t b = k + 2; b < end && b < k + 5; ++b) {
      const std::string_view w = v.words[b];
      if (lex_.sides.Has(v.ids[b]) || w == "forces" || w == "troops" || w == "army" ||
          (v.mention_at[b] >= 0 && v.places.places[v.places.mentions[v.mention_at[b]].place].kind == geo::PlaceKind::kCountry)) {
        return k + 1;
      }
    }
    return 0;
  }
  if (j >= end || v.words[j] != "of") return 0;
  for (size_t k = j + 1; k < end && k < j + 6; ++k) {
    const std::string* t = lex_.quantity_units.TagOf(v.ids[k]);
    if (t != nullptr && *t == "territory") return k + 1;
    // "20 percent of RF forces around Kyiv": a share of people or materiel.
    if (t != nullptr && (*t == "personnel" || *t == "equipment")) return 0;
    if (v.words[k] == "forces" || v.words[k] == "units" || v.words[k] == "army" || v.words[k] == "population") return 0;
    if (v.mention_at[k] >= 0) {  // a region, country or settlement
      size_t e = k + 1;
      while (e < end && v.mention_at[e] == v.mention_at[k]) ++e;
      return e;
    }
    if (v.IsPunct(k) && v.raw[k] != "'" && v.raw[k] != "\u2019") break;  // (then "of the city.")
  }
  // "60 percent of the city": a place named before.
  if (j + 1 < end) {
    PhraseTable::Match m = lex_.references.Longest(v.ids, j + 1, end);
    if (m.len && lex_.references.tag(m.tag).rfind("place", 0) == 0) return j + 1 + m.len;
  }
  // ... also with adjectives: "90 % of the ruined city".
  if (j + 2 < end && v.words[j + 1] == "the") {
    for (size_t k = j + 2; k < end && k < j + 5 && v.IsWord(k) && !v.Cap(k); ++k) {
      const std::string_view w = v.words[k];
      if (w == "city" || w == "town" || w == "village" || w == "settlement" || w == "metropolis") return k + 1;
    }
  }
  return 0;
}

bool QuantityFinder::IsLedgerUnit(std::string_view unit) {
  return unit == "killed" || unit == "wounded" || unit == "percent_territory" ||
         unit == "km" || unit == "brigades";
}

QuantityFinder::QuantityFinder(const Lexicon& lex) : lex_(lex), number_word_(lex.vocabulary.size(), 0) {
  for (size_t id = 0; id < number_word_.size(); ++id) number_word_[id] = lex.numbers.Has(static_cast<int32_t>(id));
}

void QuantityFinder::Find(const DocView& v, std::vector<Quantity>* quantities,
                          std::vector<Quantity>* measures) const {
  std::vector<Quantity> all;
  std::vector<Quantity>* out = &all;
  // A count whose number stands at token `at`, its text running from its
  // bound ("up to") to token `stop`.
  auto add_count = [&](size_t begin, size_t at, double value, std::string unit, size_t stop) {
    size_t start;
    Quantity q;
    q.value = value;
    q.unit = std::move(unit);
    q.bound = BoundBefore(v, begin, at, &start);
    q.text = std::string(v.Text(start, stop));
    out->push_back(std::move(q));
  };
  const text::Token* const tokens = v.t.tokens.data();
  const int32_t* const ids = v.ids.data();
  const uint8_t* const number_words = number_word_.data();
  const size_t number_words_size = number_word_.size();
  auto number_word = [number_words, number_words_size](int32_t id) {
    const auto u = static_cast<uint32_t>(id);  // kNone wraps to the top: out of range
    return u < number_words_size && number_words[u];
  };
  // The numbers of a coordinated count (below), reused from number to number.
  std::vector<std::pair<size_t, double>> nums;
  for (const auto& s : v.t.sentences) {
    const size_t begin = s.first_token, end = s.end_token;
    for (size_t i = begin; i < end; ++i) {
      // Past the tokens that start no number (MayStartNumber), through
      // local pointers: the loop below is too large to keep the arrays'
      // addresses in registers, and most tokens are words.
      while (i < end && !(tokens[i].kind == text::TokenKind::kNumber ||
                          (tokens[i].kind == text::TokenKind::kWord &&
                           (tokens[i].hyphenated || number_word(ids[i]))))) {
        ++i;
      }
      if (i == end) break;
      double value;
      size_t nl;
      if (!ParseNumberFrom(v, lex_, i, end, &value, &nl)) continue;
      if ((i > begin && IsMonth(lex_, v, i - 1)) || (i + nl < end && IsMonth(lex_, v, i + nl))) continue;
      // A year ("a man born in 1984", "since 2014"): four digits after
      // "in", "since", "of", "born", "from" or "until" count nothing.
      if (nl == 1 && v.IsNumber(i) && v.raw[i].size() == 4 && value >= 1900 && value <= 2099 && i > begin) {
        const std::string_view p = v.words[i - 1];
        if (p == "in" || p == "since" || p == "of" || p == "born" || p == "from" || p == "until" || p == "by") continue;
      }
      // "the 305th brigade", "72nd": an ordinal names a unit, it counts none.
      if (nl == 1 && i + 1 < end && OrdinalSuffixAt(v, i + 1)) continue;
      // "three times as many wounded": a multiplier, no count.
      if (i + nl < end && v.words[i + nl] == "times") {
        i += nl - 1;
        continue;
      }
      // "two men aged 50 and 48": ages count nobody.
      if (i > begin && v.words[i - 1] == "aged") {
        size_t a = i + nl;
        double age;
        size_t al;
        while (a + 1 < end && (v.words[a] == "and" || v.raw[a] == ",") && ParseNumberAt(v, lex_, a + 1, end, &age, &al)) {
          a += 1 + al;
        }
        i = a - 1;
        continue;
      }
      // "80%" / "80 percent"
      size_t j = i + nl;
      if (j < end && (v.raw[j] == "%" || v.words[j] == "percent" || v.words[j] == "per")) {
        size_t after = j + (v.words[j] == "per" && j + 1 < end && v.words[j + 1] == "cent" ? 2 : 1);
        size_t start;
        Quantity q;
        q.value = value;
        q.bound = BoundBefore(v, begin, i, &start);
        size_t territory_end = Territory(v, after, end);
        // "90% of the city has been damaged": a share of buildings, not of
        // ground held.
        for (size_t k = territory_end; territory_end && k < end && k < territory_end + 5 && !v.IsPunct(k); ++k) {
          if (v.words[k] == "damaged" || v.words[k] == "destroyed" || v.words[k] == "ruined" ||
              v.words[k] == "razed" || v.words[k] == "flooded" || v.words[k] == "burned") {
            territory_end = 0;
          }
        }
        q.unit = territory_end ? "percent_territory" : "percent";
        size_t stop = territory_end ? territory_end : after;
        size_t first;
        double low;
        if (RangeBefore(v, lex_, begin, i, &first, &low)) {
          Quantity r = q;
          r.value = low;
          r.bound = BoundBefore(v, begin, first, &start);
          r.text = std::string(v.Text(start, stop));
          out->push_back(std::move(r));
        }
        BoundBefore(v, begin, i, &start);
        q.text = std::string(v.Text(start, stop));
        out->push_back(std::move(q));
        i = after - 1;
        continue;
      }
      // A bare count right after "killed" or "wounded" counts people: "the
      // strike killed 12 and wounded 30", "killed more than 70, while ...".
      {
        size_t start;
        BoundBefore(v, begin, i, &start);
        const std::string_view verb = start > begin ? v.words[start - 1] : std::string_view();
        const char* bare_unit = verb == "killed" || verb == "killing" ? "killed"
                                : verb == "wounded" || verb == "injured" || verb == "wounding" || verb == "injuring"
                                    ? "wounded"
                                    : nullptr;
        const std::string_view next = j < end ? v.words[j] : std::string_view();
        const bool bare = j >= end || (v.IsPunct(j) && v.raw[j] != "%" && v.raw[j] != "-") || next == "and" ||
                          next == "while" || next == "but" || next == "in" || next == "on" || next == "at" ||
                          next == "near" || next == "during" || next == "as" || next == "including" ||
                          next == "when" || next == "more" || next == "others" ||
                          (next == "of" && j + 1 < end && (v.words[j + 1] == "them" || v.words[j + 1] == "whom"));
        // (Not a count that goes on: "killed 12 and 30 more", "killed 12, 15 ...".)
        double v2;
        size_t l2;
        const bool continued = j + 1 < end && (next == "and" || v.raw[j] == ",") &&
                               ParseNumberAt(v, lex_, j + 1, end, &v2, &l2);
        // (Not "killed or wounded 40": a count of both.)
        const bool both = start >= begin + 3 && (v.words[start - 2] == "or" || v.words[start - 2] == "and") &&
                          (v.words[start - 3] == "killed" || v.words[start - 3] == "wounded" ||
                           v.words[start - 3] == "injured");
        if (bare_unit != nullptr && bare && !continued && !both) {
          add_count(begin, i, value, bare_unit, j);
          i = j - 1;
          continue;
        }
      }
      // A bare count that a passive casualty verb follows: "70 of them are
      // said to have been killed", "of whom 250 have already been
      // eliminated" (no unit noun between).
      {
        size_t k = j;
        if (k + 1 < end && v.words[k] == "of" && (v.words[k + 1] == "them" || v.words[k + 1] == "those")) k += 2;
        size_t aux = 0;
        while (k < end && aux < 6 &&
               (v.words[k] == "are" || v.words[k] == "is" || v.words[k] == "were" || v.words[k] == "was" ||
                v.words[k] == "have" || v.words[k] == "has" || v.words[k] == "had" || v.words[k] == "been" ||
                v.words[k] == "already" || v.words[k] == "reportedly" || v.words[k] == "said" ||
                v.words[k] == "believed" || v.words[k] == "thought" || v.words[k] == "to" || v.words[k] == "be")) {
          ++k;
          ++aux;
        }
        const bool passive = aux > 0 && k < end &&
                             (v.words[k - 1] == "been" || v.words[k - 1] == "were" || v.words[k - 1] == "was" ||
                              v.words[k - 1] == "are" || v.words[k - 1] == "is" || v.words[k - 1] == "be");
        const PhraseTable::Match cm = passive ? lex_.quantity_units.Longest(v.ids, k, end) : PhraseTable::Match();
        const std::string* t = cm.len ? &lex_.quantity_units.tag(cm.tag) : nullptr;
        if (t != nullptr && (*t == "killed" || *t == "wounded") && v.IsWord(k) && v.words[k].ends_with("ed")) {
          add_count(begin, i, value, *t, k + cm.len);
          i = k + cm.len - 1;
          continue;
        }
      }
      // Counts, possibly coordinated: "seven mechanized and two assault brigades".
      nums.clear();
      nums.push_back({i, value});
      std::string unit;
      size_t k = j, skipped = 0;
      // (past a quotation's close: "killing \"up to 25\" Ukrainian personnel")
      if (k + 1 < end && v.IsQuoteMark(k) && i > begin) {
        size_t s0;
        BoundBefore(v, begin, i, &s0);
        if (s0 > begin && v.IsQuoteMark(s0 - 1)) ++k;
      }
      while (k < end && skipped <= 3) {
        // Units of two words too ("service members"); k ends on the last.
        const PhraseTable::Match um = lex_.quantity_units.Longest(v.ids, k, end);
        if (um.len && lex_.quantity_units.tag(um.tag) != "territory") {
          unit = lex_.quantity_units.tag(um.tag);
          k += um.len - 1;
          break;
        }
        double v2;
        size_t l2;
        if ((v.words[k] == "and" || v.words[k] == "or" || v.raw[k] == ",") && k + 1 < end &&
            ParseNumberAt(v, lex_, k + 1, end, &v2, &l2)) {
          nums.push_back({k + 1, v2});
          k += 1 + l2;
          skipped = 0;
          continue;
        }
        // "up to four of their brigades": the count of a group's own.
        if (v.words[k] == "of" && k + 2 < end && skipped == 0 && value > 1 &&  // ("one of our brigades": which one)
            (v.words[k + 1] == "their" || v.words[k + 1] == "its" || v.words[k + 1] == "our" ||
             v.words[k + 1] == "his" || v.words[k + 1] == "these" || v.words[k + 1] == "those")) {
          k += 2;
          ++skipped;
          continue;
        }
        // "five mechanized, rifle, and airborne brigades": a list of
        // adjectives; not "two police officers and wounded four".
        if ((v.raw[k] == "," || v.words[k] == "and") && k + 1 < end && k > j && v.IsWord(k + 1) && !v.Cap(k + 1) &&
            skipped < 6) {
          const PhraseTable::Match cm = lex_.casualty_verbs.Longest(v.ids, k + 1, end);
          const PhraseTable::Match um = lex_.quantity_units.Longest(v.ids, k + 1, end);
          if (cm.len == 0 && !(um.len && (lex_.quantity_units.tag(um.tag) == "killed" ||
                                          lex_.quantity_units.tag(um.tag) == "wounded"))) {
            ++k;  // (the list's commas and "and" are no words of the phrase)
            continue;
          }
          break;
        }
        if (!v.IsWord(k) || v.words[k] == "of" || v.words[k] == "from" || v.words[k] == "and" || v.words[k] == "or") {
          break;
        }
        if (EndsCountedPhrase(v.words[k])) {
          // "12 civilians were wounded": an auxiliary before a casualty word
          // goes on ("had been injured": past "been" too).
          if (k + 2 < end && v.words[k + 1] == "been") ++k;
          const PhraseTable::Match nm = k + 1 < end ? lex_.quantity_units.Longest(v.ids, k + 1, end) : PhraseTable::Match();
          const std::string* next = nm.len ? &lex_.quantity_units.tag(nm.tag) : nullptr;
          if (next == nullptr || (*next != "killed" && *next != "wounded" && *next != "captured")) break;
        }
        ++k;
        ++skipped;
      }
      // "200 bodies of enemy servicemen" count the dead; "20 bodies on a
      // road" are a finding, not a casualty count.
      if (unit == "killed" && v.words[k] == "bodies" && (k + 1 >= end || v.words[k + 1] != "of")) unit.clear();
      // "killed two police officers and wounded four": the people a
      // casualty verb counts, named by a noun the lexicon lacks.
      if (unit.empty() && nums.size() == 1 && j < end && v.IsWord(j)) {
        size_t start;
        BoundBefore(v, begin, i, &start);
        const PhraseTable::Match cv = start > begin ? lex_.casualty_verbs.Longest(v.ids, start - 1, start)
                                                    : PhraseTable::Match();
        const std::string tag = cv.len ? lex_.casualty_verbs.tag(cv.tag) : std::string();
        // (A verb that only people suffer: not "destroyed 975 facilities".)
        const std::string_view verb = start > begin ? v.words[start - 1] : std::string_view();
        const bool people = verb == "killed" || verb == "killing" || verb == "kill" || verb == "wounded" ||
                            verb == "wounding" || verb == "injured" || verb == "injuring";
        if (people && (tag == "killed" || tag == "wounded")) {
          size_t n = j;
          while (n < end && n < j + 3 && v.IsWord(n) && v.words[n] != "and" && v.words[n] != "or" &&
                 v.words[n] != "in" && v.words[n] != "on" && v.words[n] != "of") {
            ++n;
          }
          const std::string_view noun = v.words[n - 1];
          const bool stop = n >= end || v.IsPunct(n) || v.words[n] == "and" || v.words[n] == "or" ||
                            v.words[n] == "in" || v.words[n] == "on";
          const bool time = noun == "days" || noun == "hours" || noun == "weeks" || noun == "months" ||
                            noun == "years" || noun == "times" || noun == "minutes";
          if (stop && n > j && noun.size() > 3 && noun.ends_with("s") && !time) {
            add_count(begin, i, value, tag, n);
            i = n - 1;
            continue;
          }
        }
      }
      if (unit.empty()) continue;
      size_t unit_end = k + 1;
      // "units of 14, 41 separate mechanized brigades": numbers that name
      // units (Russian reports drop the ordinal suffix), not a count.
      {
        bool designation = false;
        for (size_t q = nums.back().first; q < k && !designation; ++q) {
          designation = v.words[q] == "separate" || v.words[q] == "independent";
        }
        // (Not "moved three separate brigades": after "of"/"by", a list of
        // numbers or a singular noun.)
        const size_t first = nums.front().first;
        const bool named = first > begin && (v.words[first - 1] == "of" || v.words[first - 1] == "by");
        const bool singular = !v.words[k].ends_with("s");
        // "forces of 128 assault brigade": a number above one before a
        // singular formation noun names the unit, it counts none.
        const bool formation = unit == "brigades" || unit == "battalions" || unit == "regiments" ||
                               unit == "divisions" || unit == "companies";
        if (formation && singular && nums.size() == 1 && value > 1) designation = true;
        if (designation && (named || nums.size() >= 2 || singular)) {
          i = unit_end - 1;
          continue;
        }
      }
      // An area, not a distance: "square km", "sq km".
      if (unit == "km" && k > j && (v.words[k - 1] == "square" || v.words[k - 1] == "sq")) unit = "km2";
      // A length, not a distance: "a spit nearly 5 km long" (a gap "2.8 km
      // wide" between the fronts is one).
      if (unit == "km" && unit_end < end &&
          (v.words[unit_end] == "long" || v.words[unit_end] == "high" || v.words[unit_end] == "tall")) {
        i = unit_end;  // past the adjective too
        continue;
      }
      // "armoured personnel carriers" are vehicles.
      if (unit == "personnel" && k + 1 < end && (v.words[k + 1] == "carrier" || v.words[k + 1] == "carriers")) {
        unit = "equipment";
        unit_end = k + 2;
      }
      // "eliminated up to 400 soldiers", "killed nine people and injured
      // seven others": a casualty verb right before the count (and its
      // bound) is its unit, whatever the next clause says.
      std::string verb_unit;
      if (unit == "personnel") {
        size_t start;
        BoundBefore(v, begin, nums.front().first, &start);
        // (past a quotation's opening: "had killed \"about 70 troops\"")
        if (start > begin && v.IsQuoteMark(start - 1)) --start;
        for (size_t len = 1; len <= 2 && start >= begin + len; ++len) {
          PhraseTable::Match m = lex_.casualty_verbs.Longest(v.ids, start - len, start);
          if (m.len == static_cast<int>(len)) {
            verb_unit = lex_.casualty_verbs.tag(m.tag);
            break;
          }
        }
      }
      if (unit == "personnel" && !verb_unit.empty()) unit = verb_unit;
      if (unit == "personnel") {
        // "310 Ukrainian soldiers killed": a casualty word after the noun,
        // also past the unit they served in ("90 gunners from the 12th
        // Brigade were killed").
        size_t ages = 0;  // tokens of an age phrase passed over
        for (size_t c = k + 1; c < end && c < k + 8 + ages; ++c) {
          const PhraseTable::Match cm = lex_.quantity_units.Longest(v.ids, c, end);
          const std::string* t = cm.len ? &lex_.quantity_units.tag(cm.tag) : nullptr;
          if (t != nullptr && (*t == "killed" || *t == "wounded" || *t == "captured")) {
            unit = *t;
            unit_end = c + cm.len;
            break;
          }
          // ("Two men aged 50 and 48 were killed": past their ages.)
          if (v.words[c] == "aged" && c + 1 < end) {
            size_t a = c + 1;
            while (a < end && (v.IsNumber(a) || v.words[a] == "and" || v.raw[a] == ",")) ++a;
            if (a > c + 1) {
              ages += a - c;  // the window runs on past the ages
              c = a - 1;
              continue;
            }
          }
          // ("100 soldiers are also estimated to have died": an estimate's
          // words stretch the window too.)
          if (ages < 4 && (v.words[c] == "also" || v.words[c] == "estimated" || v.words[c] == "believed" ||
                           v.words[c] == "thought" || v.words[c] == "said" || v.words[c] == "reported" ||
                           v.words[c] == "reportedly" || v.words[c] == "been")) {
            ++ages;
          }
          if (c >= k + 4 + ages && !(v.words[k + 1] == "from" || v.words[k + 1] == "of")) break;
          if (v.IsNumber(c) && c + 1 < end && OrdinalSuffixAt(v, c + 1)) {
            ++c;  // "the 155th"
            continue;
          }
          if (!v.IsWord(c) || (t != nullptr && (*t == "personnel" || *t == "equipment"))) break;
        }
      }
      // "two mechanized brigades, an airborne assault brigade, and a
      // territorial defense brigade": single formations listed after a
      // count add to it (four brigades).
      if (unit == "brigades" && nums.size() == 1) {
        size_t k2 = unit_end;
        for (int items = 0; items < 4 && k2 + 2 < end; ++items) {
          size_t c = k2;
          while (c < end && c < k2 + 4 &&
                 (v.raw[c] == "," || v.words[c] == "and" || v.words[c] == "along" || v.words[c] == "with" ||
                  v.words[c] == "as" || v.words[c] == "well")) {
            ++c;
          }
          if (c == k2 || c >= end || (v.words[c] != "a" && v.words[c] != "an" && v.words[c] != "another")) break;
          // (Adjectives and a bracket only: not "a company from another
          // brigade"; the item ends at "brigade": not "a brigade
          // headquarters".)
          size_t f = c + 1;
          while (f < end && f < c + 8 && v.words[f] != "brigade" && v.raw[f] != "," && v.raw[f] != "." &&
                 v.raw[f] != ";" && v.words[f] != "and" && v.words[f] != "from" && v.words[f] != "of" &&
                 v.words[f] != "another" && v.words[f] != "other") {
            ++f;
          }
          if (f >= end || v.words[f] != "brigade") break;
          if (f + 1 < end && !(v.IsPunct(f + 1) || v.words[f + 1] == "and" || v.words[f + 1] == "in" ||
                               v.words[f + 1] == "near" || v.words[f + 1] == "on" || v.words[f + 1] == "at" ||
                               v.words[f + 1] == "as")) {
            break;
          }
          nums.front().second += 1;
          unit_end = f + 1;
          k2 = f + 1;
        }
      }
      for (const auto& [at, val] : nums) add_count(begin, at, val, unit, unit_end);
      i = unit_end - 1;
    }
  }
  for (auto& q : all) (IsLedgerUnit(q.unit) ? quantities : measures)->push_back(std::move(q));
}

}  // namespace sitrep::extract
