// A file whose contents a fuzz target replaces on every input, for code that
// reads by path (LineStream, ReadInput). Backed by memfd_create, so nothing is
// written to disk; Path() is "/proc/self/fd/N".
#ifndef SITREP_FUZZ_FUZZ_INPUT_FILE_H_
#define SITREP_FUZZ_FUZZ_INPUT_FILE_H_

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace sitrep::fuzz {

class FuzzInputFile {
 public:
  FuzzInputFile() {
    fd_ = memfd_create("sitrep-fuzz", 0);
    if (fd_ < 0) std::abort();
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  // Replaces the contents with data[0, size).
  void Set(const uint8_t* data, size_t size) {
    if (ftruncate(fd_, 0) != 0) std::abort();
    size_t done = 0;
    while (done < size) {
      ssize_t n = pwrite(fd_, data + done, size - done, static_cast<off_t>(done));
      if (n <= 0) std::abort();
      done += static_cast<size_t>(n);
    }
  }
  const std::string& Path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

}  // namespace sitrep::fuzz

#endif  // SITREP_FUZZ_FUZZ_INPUT_FILE_H_
