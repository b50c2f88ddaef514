#include "util/progress.h"

#include <unistd.h>

#include <cstdio>

#include "util/env.h"

namespace sitrep {

Progress::Progress(std::string label, uint64_t total_bytes)
    : label_(std::move(label)), total_(total_bytes), enabled_(isatty(STDERR_FILENO) == 1),
      start_(Env::Default()->NowSeconds()) {}

Progress::~Progress() { Finish(); }

void Progress::Update(uint64_t docs, uint64_t bytes) {
  if (!enabled_) return;
  double now = Env::Default()->NowSeconds();
  if (now - last_draw_ < 0.1) return;
  last_draw_ = now;
  double el = now - start_;
  double mbs = el > 0 ? bytes / 1e6 / el : 0;
  char bar[32] = "";
  char eta[32] = "";
  if (total_ > 0) {
    double f = bytes >= total_ ? 1.0 : static_cast<double>(bytes) / total_;
    int n = static_cast<int>(f * 20);
    for (int i = 0; i < 20; ++i) bar[i] = i < n ? '#' : '.';
    bar[20] = 0;
    if (bytes > 0 && f < 1.0) std::snprintf(eta, sizeof eta, " ETA %.0fs", el * (1 - f) / f);
  }
  std::fprintf(stderr, "\r%s [%s] %llu docs, %.1f MB/s%s   ", label_.c_str(), bar,
               static_cast<unsigned long long>(docs), mbs, eta);
  drawn_ = true;
}

void Progress::Finish() {
  if (enabled_ && drawn_) {
    std::fprintf(stderr, "\r%*s\r", 79, "");
    drawn_ = false;
  }
}

}  // namespace sitrep
