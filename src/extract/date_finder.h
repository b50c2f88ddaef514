// DateFinder: calendar dates in a document, absolute ("November 21",
// "Nov. 21", "21 November 2025", "April 18th", "2025-11-21") and relative
// ("24 hours later", "two days earlier", "yesterday", "last week",
// "on Tuesday"), the latter resolved against the last explicit date before
// them or the document's published date.
//
// Output contract (DateMention): an absolute date has value "YYYY-MM-DD", or
// "--MM-DD" when no year is stated or inferable from `published` (a date
// more than two months after publication is taken to be of the year
// before). A relative mention has relative = true, an empty value (it is
// not a calendar date the text states, so the scorer does not count it) and
// its resolution in `resolved` ("" when there is nothing to resolve against).
#ifndef SITREP_EXTRACT_DATE_FINDER_H_
#define SITREP_EXTRACT_DATE_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"

namespace sitrep::extract {

// A day; year 0 = unknown.
struct Ymd {
  int y = 0, m = 0, d = 0;
  bool ok() const { return m > 0 && d > 0; }
  std::string Iso() const;  // "2025-11-21" or "--11-21"; "" when !ok()
};

// Parses "2025-11-21", "2025-11-21T10:00:00Z" or "2025-11-21 10:00".
Ymd ParseIsoDate(std::string_view s);

// `days` after (negative: before) a; keeps a's unknown year unknown.
Ymd AddDays(Ymd a, int days);

class DateFinder {
 public:
  // `lex` is fully loaded and outlives the finder.
  explicit DateFinder(const Lexicon& lex);
  // Appends the dates of v in text order to *out.
  void Find(const DocView& v, std::string_view published, std::vector<DateMention>* out) const;

 private:
  // Absolute date at token i: sets *len and returns it, or !ok().
  Ymd Absolute(const DocView& v, size_t i, size_t end, size_t* len) const;
  // Relative expression at token i: days offset and anchor kind.
  bool Relative(const DocView& v, size_t i, size_t end, size_t* len, int* days, bool* from_last,
                int* weekday) const;
  int Month(const DocView& v, size_t i, size_t end, size_t* len) const;
  // False when word token i can start no date (a prefilter before the
  // parsers above).
  bool CanStartDate(const DocView& v, size_t i) const;
  const Lexicon& lex_;
  std::vector<uint8_t> starts_date_;  // vocabulary id -> can start a date (IsOne's words too, when by id)
  bool one_words_by_id_ = false;     // "a" and "one" are marked in starts_date_
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_DATE_FINDER_H_
