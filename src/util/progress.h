// Progress: a one-line progress bar on stderr (documents, MB/s, ETA), drawn
// only when stderr is a terminal and at most ten times a second.
#ifndef SITREP_UTIL_PROGRESS_H_
#define SITREP_UTIL_PROGRESS_H_

#include <cstdint>
#include <string>

namespace sitrep {

class Progress {
 public:
  // total_bytes may be 0 when unknown (stdin); then no ETA is shown.
  Progress(std::string label, uint64_t total_bytes);
  ~Progress();
  // Updates the counters; redraws when due.
  void Update(uint64_t docs, uint64_t bytes);
  // Clears the bar line (before printing the summary).
  void Finish();
  bool enabled() const { return enabled_; }

 private:
  std::string label_;
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  double start_;
  double last_draw_ = 0;
};

}  // namespace sitrep

#endif  // SITREP_UTIL_PROGRESS_H_
