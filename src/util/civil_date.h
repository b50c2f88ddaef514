// Days on the proleptic Gregorian calendar (Howard Hinnant's algorithms),
// for comparing and moving dates without the C library's time zones.
//
//   long d = DaysFromCivil(2025, 11, 21);   // days since 1970-01-01
//   long p;  ParseIsoDay("2025-11-21T08:00:00Z", &p);   // p == d
#ifndef SITREP_UTIL_CIVIL_DATE_H_
#define SITREP_UTIL_CIVIL_DATE_H_

#include <string_view>

namespace sitrep {

// Days since 1970-01-01 of year y, month m (1-12), day d (1-31).
long DaysFromCivil(int y, unsigned m, unsigned d);
// The inverse of DaysFromCivil.
void CivilFromDays(long z, int* y, int* m, int* d);
// The day of an ISO date or date-time with a year ("YYYY-MM-DD..."): false
// for anything else ("", "--11-21", "yesterday", month 13).
bool ParseIsoDay(std::string_view s, long* days);

}  // namespace sitrep

#endif  // SITREP_UTIL_CIVIL_DATE_H_
