// ReportDate: the dates analyst views compare and sort. Stored dates are ISO
// ("2025-11-21", "2025-11-21T08:00:00Z") or year-less ("--11-21", what the
// extractor gives when a text names no year). A year-less date compares by
// month and day with any other date (both read as the same year), which is
// right for the news of a few weeks the store usually holds.
#ifndef SITREP_REPORT_REPORT_DATE_H_
#define SITREP_REPORT_REPORT_DATE_H_

#include <string>
#include <string_view>

namespace sitrep::report {

struct ReportDate {
  int year = 0;  // 0 when unknown
  int month = 0;
  int day = 0;

  // Parses "YYYY-MM-DD[...]", "--MM-DD" or "YYYY-MM" (day 1). Invalid or
  // empty input gives a date with ok() false.
  static ReportDate Parse(std::string_view s);
  bool ok() const { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }
  bool has_year() const { return year != 0; }

  // "YYYY-MM-DD", "--MM-DD", or "" when !ok().
  std::string ToString() const;
  // Days since 1970-01-01; a year-less date counts as year `default_year`.
  long DayNumber(int default_year = 2000) const;
  // This date moved by n days (keeps "no year" when it had none).
  ReportDate AddDays(long n) const;
  // <0, 0, >0. Year-less dates compare by month and day only.
  // REQUIRES: both ok().
  int Compare(const ReportDate& other) const;
  // Takes other's year when this one has none.
  ReportDate WithYearFrom(const ReportDate& other) const;
};

// The horizon a prediction states, in days: "within one or two days" -> 2,
// "in a week" -> 7, "within 48 hours" -> 2, "within days" -> 3,
// "by the end of the month" -> 0 (not handled: -1). -1 when none is found.
int HorizonDays(std::string_view sentence);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_REPORT_DATE_H_
