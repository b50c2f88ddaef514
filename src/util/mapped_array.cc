#include "util/mapped_array.h"

#include <sys/mman.h>
#include <unistd.h>

#include <new>

namespace sitrep {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;

size_t RoundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

// Huge pages where the kernel allows them on request (a hint: without THP,
// 4 KiB pages as before).
void AskHuge(char* p, size_t bytes) {
#ifdef MADV_HUGEPAGE
  if (bytes >= kHugePage) madvise(p, bytes, MADV_HUGEPAGE);
#endif
}

}  // namespace

MappedBytes::~MappedBytes() {
  if (data_ != nullptr) munmap(data_, capacity_);
}

void MappedBytes::Reserve(size_t bytes) {
  if (bytes <= capacity_) return;
  static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t want = std::max(bytes, 2 * capacity_);
  // Whole huge pages once past one, so that the tail is not a partial one.
  want = RoundUp(want, want >= kHugePage ? kHugePage : page);
  void* p;
  if (data_ == nullptr) {
    p = mmap(nullptr, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  } else {
    p = mremap(data_, capacity_, want, MREMAP_MAYMOVE);
  }
  if (p == MAP_FAILED) throw std::bad_alloc();
  data_ = static_cast<char*>(p);
  capacity_ = want;
  AskHuge(data_, capacity_);
}

}  // namespace sitrep
