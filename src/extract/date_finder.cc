#include "extract/date_finder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "extract/number_parser.h"

namespace sitrep::extract {
namespace {

namespace chr = std::chrono;

constexpr int kUnknownYear = 2001;  // arithmetic stand-in for an unknown year

chr::sys_days ToDays(Ymd a) {
  return chr::sys_days(chr::year(a.y ? a.y : kUnknownYear) / chr::month(a.m) / chr::day(a.d));
}

Ymd FromDays(chr::sys_days d, bool year_known) {
  chr::year_month_day ymd(d);
  return Ymd{year_known ? static_cast<int>(ymd.year()) : 0, static_cast<int>(static_cast<unsigned>(ymd.month())),
             static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool ValidDay(int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

// A two-digit-or-less day number token, 1..31.
// (Its leading ASCII digits, as atoi reads them: a number token opens with
// a digit, an ASCII one or another script's, which reads 0. Asked of every
// number token several times: no string copy, no strtol.)
int DayAt(const DocView& v, size_t i) {
  if (!v.IsNumber(i) || v.raw[i].size() > 2) return 0;
  int d = 0;
  for (char c : v.raw[i]) {
    if (c < '0' || c > '9') break;
    d = d * 10 + (c - '0');
  }
  return d >= 1 && d <= 31 ? d : 0;
}

bool Adjacent(const DocView& v, size_t a, size_t b) { return v.tok(a).span.end == v.tok(b).span.begin; }

// "a" and "one" count one unit ("a day later") without being number words.
bool IsOne(std::string_view w) { return w == "a" || w == "one"; }

// A four-digit year 1900..2100 at token i, or 0.
int YearAt(const DocView& v, size_t i) {
  if (!v.IsNumber(i) || v.raw[i].size() != 4) return 0;
  int y = 0;
  for (char c : v.raw[i]) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1900 && y <= 2100 ? y : 0;
}

// "30/6" at token i (day, slash, month; or month first): the two numbers,
// each of one or two digits, tight around the slash and followed by no
// third number ("1/2/3"); false otherwise.
bool SlashPairAt(const DocView& v, size_t i, size_t end, int* a, int* b) {
  if (i + 2 >= end || v.raw[i + 1] != "/" || !Adjacent(v, i, i + 1) || !Adjacent(v, i + 1, i + 2)) return false;
  *a = DayAt(v, i);
  *b = DayAt(v, i + 2);
  if (!*a || !*b) return false;
  return !(i + 3 < end && v.raw[i + 3] == "/" && Adjacent(v, i + 2, i + 3));
}

}  // namespace

std::string Ymd::Iso() const {
  if (!ok()) return "";
  char buf[48];
  if (y > 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
    // The usual case, without snprintf: YYYY-MM-DD.
    const char out[10] = {static_cast<char>('0' + y / 1000),      static_cast<char>('0' + y / 100 % 10),
                          static_cast<char>('0' + y / 10 % 10),   static_cast<char>('0' + y % 10),
                          '-',
                          static_cast<char>('0' + m / 10),        static_cast<char>('0' + m % 10),
                          '-',
                          static_cast<char>('0' + d / 10),        static_cast<char>('0' + d % 10)};
    return std::string(out, sizeof out);
  }
  // A year outside 1-9999 (a relative date counted back from a document
  // dated year 25) is no year to print: the month and day alone.
  std::snprintf(buf, sizeof buf, "--%02d-%02d", m, d);
  return buf;
}

Ymd ParseIsoDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return {};
  for (int k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[k] < '0' || s[k] > '9') return {};
  }
  auto num = [&](int from, int digits) {
    int v = 0;
    for (int k = from; k < from + digits; ++k) v = v * 10 + (s[k] - '0');
    return v;
  };
  Ymd r{num(0, 4), num(5, 2), num(8, 2)};
  return ValidDay(r.m, r.d) ? r : Ymd{};
}

Ymd AddDays(Ymd a, int days) {
  if (!a.ok()) return a;
  return FromDays(ToDays(a) + chr::days(days), a.y != 0);
}

DateFinder::DateFinder(const Lexicon& lex) : lex_(lex) {
  starts_date_.resize(lex.vocabulary.size());
  for (size_t id = 0; id < starts_date_.size(); ++id) {
    const auto i = static_cast<int32_t>(id);
    starts_date_[id] = lex.months.StartsPhrase(i) || lex.weekdays.StartsPhrase(i) ||
                       lex.relative_dates.StartsPhrase(i) || lex.numbers.StartsPhrase(i);
  }
  // IsOne's words by id too, when the vocabulary has both.
  const int32_t a = lex.vocabulary.Find("a"), one = lex.vocabulary.Find("one");
  one_words_by_id_ = a >= 0 && one >= 0 && static_cast<size_t>(std::max(a, one)) < starts_date_.size();
  if (one_words_by_id_) starts_date_[a] = starts_date_[one] = 1;
}

bool DateFinder::CanStartDate(const DocView& v, size_t i) const {
  const int32_t id = v.ids[i];
  if (id >= 0 && static_cast<size_t>(id) < starts_date_.size() && starts_date_[id]) return true;
  return (!one_words_by_id_ && IsOne(v.words[i])) || v.Hyphenated(i);
}

int DateFinder::Month(const DocView& v, size_t i, size_t end, size_t* len) const {
  if (!v.Cap(i)) return 0;
  const std::string* tag = lex_.months.TagOf(v.ids[i]);
  if (tag == nullptr) return 0;
  *len = 1;
  // "Nov." : the abbreviation's period belongs to the month.
  if (i + 1 < end && v.raw[i + 1] == "." && v.words[i].size() <= 4) *len = 2;
  return std::atoi(tag->c_str());
}

Ymd DateFinder::Absolute(const DocView& v, size_t i, size_t end, size_t* len) const {
  size_t ml = 0;
  // Month Day[th][, Year]
  if (int m = Month(v, i, end, &ml); m) {
    size_t j = i + ml;
    int d = j < end ? DayAt(v, j) : 0;
    if (!d || !ValidDay(m, d)) return {};
    ++j;
    if (j < end && OrdinalSuffixAt(v, j)) ++j;
    int y = 0;
    if (j + 1 < end && v.raw[j] == "," && (y = YearAt(v, j + 1))) {
      j += 2;
    } else if (j < end && (y = YearAt(v, j))) {
      ++j;
    }
    *len = j - i;
    return Ymd{y, m, d};
  }
  // Day[th] [of] Month [Year]
  if (int d = DayAt(v, i); d) {
    size_t j = i + 1;
    if (j < end && OrdinalSuffixAt(v, j)) ++j;
    if (j < end && v.words[j] == "of") ++j;
    if (j >= end) return {};
    int m = Month(v, j, end, &ml);
    if (!m || !ValidDay(m, d)) return {};
    j += ml;
    int y = 0;
    if (j < end && (y = YearAt(v, j))) ++j;
    *len = j - i;
    return Ymd{y, m, d};
  }
  // YYYY-MM-DD
  if (YearAt(v, i) && i + 4 < end && v.raw[i + 1] == "-" && v.raw[i + 3] == "-" && v.IsNumber(i + 2) &&
      v.IsNumber(i + 4) && Adjacent(v, i, i + 1) && Adjacent(v, i + 3, i + 4)) {
    Ymd r = ParseIsoDate(v.Text(i, i + 5));
    if (r.ok()) {
      *len = 5;
      return r;
    }
  }
  return {};
}

bool DateFinder::Relative(const DocView& v, size_t i, size_t end, size_t* len, int* days, bool* from_last,
                          int* weekday) const {
  *weekday = 0;
  // Fixed expressions: "yesterday", "the next day", "last week".
  PhraseTable::Match m = lex_.relative_dates.Longest(v.ids, i, end);
  if (m.len) {
    const std::string& tag = lex_.relative_dates.tag(m.tag);
    if (tag.rfind("unit", 0) != 0 && tag.rfind("dir", 0) != 0) {
      // "<days> pub|last"
      *days = std::atoi(tag.c_str());
      *from_last = tag.find("last") != std::string::npos;
      *len = m.len;
      return true;
    }
  }
  // Weekdays: "on Tuesday", "last Tuesday", "Tuesday".
  if (const std::string* wd = v.Cap(i) ? lex_.weekdays.TagOf(v.ids[i]) : nullptr) {
    *weekday = std::atoi(wd->c_str());
    *days = 0;
    *from_last = false;
    *len = 1;
    return true;
  }
  // "<number> <unit> later|earlier|ago"; "a day later".
  double n = 0;
  size_t nl = 0;
  if (IsOne(v.words[i])) {
    n = 1;
    nl = 1;
  } else if (!ParseNumberAt(v, lex_, i, end, &n, &nl)) {
    return false;
  }
  size_t j = i + nl;
  if (j >= end) return false;
  const std::string* unit = lex_.relative_dates.TagOf(v.ids[j]);
  if (unit == nullptr || unit->rfind("unit", 0) != 0 || j + 1 >= end) return false;
  const std::string* dir = lex_.relative_dates.TagOf(v.ids[j + 1]);
  if (dir == nullptr || dir->rfind("dir", 0) != 0) return false;
  double unit_days = std::strtod(unit->c_str() + 5, nullptr);
  int sign = dir->find('-') != std::string::npos ? -1 : 1;
  // "7777777777777 days later" is no date: beyond a century (and NaN) the
  // offset is dropped rather than overflowing an int.
  double offset = n * unit_days;
  if (!(offset >= 0 && offset <= 36600)) return false;
  *days = sign * static_cast<int>(offset + 1e-9);
  *from_last = dir->find("last") != std::string::npos;
  *len = j + 2 - i;
  return true;
}

void DateFinder::Find(const DocView& v, std::string_view published, std::vector<DateMention>* out) const {
  const Ymd pub = ParseIsoDate(published);
  Ymd last;  // last explicit date seen
  const size_t n = v.size();
  // A date without a year takes the publication's (the year before for a
  // month more than two months after it).
  auto with_year = [&](Ymd d) {
    if (!d.y && pub.ok()) {
      d.y = pub.y;
      if (d.m > pub.m + 2) d.y = pub.y - 1;
    }
    return d;
  };
  // The date stated by tokens [a, b).
  auto add = [&](size_t a, size_t b, const Ymd& d) {
    DateMention dm;
    dm.span = v.SpanOf(a, b);
    dm.text = std::string(v.t.Slice(dm.span));
    dm.value = d.Iso();
    out->push_back(std::move(dm));
  };
  // The document's order of numeric day and month ("on 30/6" is day first,
  // "on 6/30" month first): set by a pair that only one order reads as a
  // date; with none, a pair both orders read ("on 8/6") is no date.
  // (Only pairs after "on", as those read below; "24/7" is no date.) Found
  // when first needed: most documents have no numeric date to read.
  auto find_day_first = [&]() {
    for (size_t i = 1; i + 2 < n; ++i) {
      int a = 0, b = 0;
      // (A pair opens with a number: most tokens are passed over at once.)
      if (!v.IsNumber(i) || v.words[i - 1] != "on" || !SlashPairAt(v, i, n, &a, &b) || (a == 24 && b == 7)) {
        continue;
      }
      if (a > 12 && b <= 12) return 1;
      if (a <= 12 && b > 12) return -1;
    }
    return 0;
  };
  const text::Token* const tokens = v.t.tokens.data();
  const int32_t* const ids = v.ids.data();
  const uint8_t* const starts = starts_date_.data();
  const size_t starts_size = starts_date_.size();
  int day_first = 0;  // 1 day first, -1 month first, 0 unknown
  bool day_first_known = false;
  for (const auto& s : v.t.sentences) {
    const size_t end = s.end_token;
    for (size_t i = s.first_token; i < end;) {
      // (The test below, through local pointers, when every word it asks
      // about has a vocabulary id: the loop is too large to keep the
      // arrays' addresses in registers.)
      if (one_words_by_id_) {
        while (i < end) {
          const text::Token& tk = tokens[i];
          const auto u = static_cast<uint32_t>(ids[i]);
          if (tk.kind == text::TokenKind::kNumber ||
              (tk.kind == text::TokenKind::kWord && ((u < starts_size && starts[u]) || tk.hyphenated))) {
            break;
          }
          ++i;
        }
        if (i == end) break;
      }
      // Most tokens start no date: a date starts at a number, or at a word
      // that starts a phrase of the date lexicons (months, weekdays,
      // relative expressions, number words), IsOne ("a day later") or a
      // hyphenated number word ("twenty-four hours later").
      if (!v.IsNumber(i) && !(v.IsWord(i) && CanStartDate(v, i))) {
        ++i;
        continue;
      }
      size_t len = 0;
      // "the night of 8-9 August": the first day of a range takes the
      // month (and year) of the date that closes it.
      if (int d1 = DayAt(v, i); d1 && i + 2 < end && (v.raw[i + 1] == "-" || v.raw[i + 1] == "\u2013") &&
                                Adjacent(v, i, i + 1) && Adjacent(v, i + 1, i + 2) && v.IsNumber(i + 2)) {
        size_t len2 = 0;
        Ymd b = Absolute(v, i + 2, end, &len2);
        if (b.ok() && b.d > d1 && ValidDay(b.m, d1)) {
          add(i, i + 1, with_year(Ymd{b.y, b.m, d1}));
          i += 2;
          continue;
        }
      }
      // "on 22 and 23 June", "5, 6 and 7 May": the days listed before the
      // date that closes the list take its month (and year).
      if (int d1 = DayAt(v, i); d1 && i + 2 < end && (v.words[i + 1] == "and" || v.raw[i + 1] == "," || v.words[i + 1] == "or")) {
        size_t k = i + 1;
        std::vector<size_t> days = {i};
        while (k + 1 < end && k < i + 10 && (v.words[k] == "and" || v.raw[k] == "," || v.words[k] == "or")) {
          if (k + 1 < end && (v.words[k + 1] == "and" || v.words[k + 1] == "or")) ++k;  // ", and"
          if (!DayAt(v, k + 1)) break;
          days.push_back(k + 1);
          k += 2;
        }
        size_t len2 = 0;
        const Ymd last_day = days.size() >= 2 ? Absolute(v, days.back(), end, &len2) : Ymd();
        if (last_day.ok() && v.IsNumber(days.back())) {
          for (size_t q = 0; q + 1 < days.size(); ++q) {
            const int d = DayAt(v, days[q]);
            if (!ValidDay(last_day.m, d)) continue;
            add(days[q], days[q] + 1, with_year(Ymd{last_day.y, last_day.m, d}));
          }
          i = days.back();
          continue;
        }
      }
      // "on 30/6", "published on 29/6": a numeric date after "on" (not
      // "on 24/7 alert", nor a fraction: "control on 1/5 of the region").
      if (int d = 0, m = 0; i > s.first_token && v.words[i - 1] == "on" && SlashPairAt(v, i, end, &d, &m) &&
                            !(d == 24 && m == 7) && !(i + 3 < end && v.words[i + 3] == "of")) {
        if (!day_first_known) {
          day_first = find_day_first();
          day_first_known = true;
        }
        const bool first = d > 12 || (d <= 12 && m <= 12 && day_first == 1);
        const bool second = !first && (m > 12 || (d <= 12 && m <= 12 && day_first == -1));
        if (first || second) {
          if (second) std::swap(d, m);
          if (ValidDay(m, d)) {
            const Ymd day = with_year(Ymd{0, m, d});
            add(i, i + 3, day);
            last = day;
            i += 3;
            continue;
          }
        }
      }
      Ymd a = Absolute(v, i, end, &len);
      if (a.ok()) {
        a = with_year(a);
        add(i, i + len, a);
        last = a;
        i += len;
        // "between December 20 and 26", "from March 3 to 7": the day that
        // closes the range takes the month and year of the first.
        if (size_t k = i; v.IsWord(k - len) && k + 1 < end &&
                          (v.words[k] == "and" || v.words[k] == "to" || v.words[k] == "through" ||
                           v.words[k] == "until" || v.raw[k] == "-" || v.raw[k] == "\u2013")) {
          const int d2 = DayAt(v, k + 1);
          // ("August 23rd and 24th": the closing day's ordinal suffix.)
          size_t after = k + 2;
          if (d2 && after < end && OrdinalSuffixAt(v, after)) ++after;
          const bool closes = after >= end || v.IsPunct(after) || YearAt(v, after) || v.words[after] == "in" ||
                              v.words[after] == "the" || v.words[after] == "when" || v.words[after] == "as" ||
                              (after > k + 2 && v.words[after] == "and");
          if (d2 > a.d && ValidDay(a.m, d2) && closes) {
            last = Ymd{a.y, a.m, d2};
            add(k + 1, after, last);
            i = after;
          }
        }
        continue;
      }
      int days = 0, weekday = 0;
      bool from_last = false;
      if (v.IsWord(i) || v.IsNumber(i)) {
        if (Relative(v, i, end, &len, &days, &from_last, &weekday)) {
          Ymd anchor = from_last ? (last.ok() ? last : pub) : (pub.ok() ? pub : last);
          DateMention dm;
          dm.relative = true;
          dm.span = v.SpanOf(i, i + len);
          dm.text = std::string(v.t.Slice(dm.span));
          if (anchor.ok()) {
            if (weekday && anchor.y) {
              // The latest such weekday on or before the anchor.
              chr::weekday aw(ToDays(anchor));
              int back = (static_cast<int>(aw.iso_encoding()) - weekday + 7) % 7;
              dm.resolved = AddDays(anchor, -back).Iso();
            } else if (!weekday) {
              dm.resolved = AddDays(anchor, days).Iso();
            }
          }
          out->push_back(std::move(dm));
          i += len;
          continue;
        }
      }
      ++i;
    }
  }
  (void)n;
}

}  // namespace sitrep::extract
