// Locating the project's data files (lexicons, rules, the built gazetteer).
#ifndef SITREP_UTIL_DATA_PATH_H_
#define SITREP_UTIL_DATA_PATH_H_

#include <string>
#include <vector>

#include "util/status.h"

namespace sitrep {

// The directory holding data files: $SITREP_DATA_DIR when set, else the
// source tree's data/ (compiled in), else ./data.
std::string DataDir();

// DataDir() + "/" + name.
std::string DataPath(const std::string& name);

// Reads a line-oriented data file: strips '#' comment lines, trailing white
// space and blank lines. Each kept line is returned with its 1-based number.
struct DataLine {
  int line_no;
  std::string text;
};
Status ReadDataLines(const std::string& path, std::vector<DataLine>* out);

}  // namespace sitrep

#endif  // SITREP_UTIL_DATA_PATH_H_
