// MappedArray<T>: a growable array of numbers in memory of its own, mapped
// from the kernel rather than taken from the heap, for the few arrays that
// grow with every document of an ingest (the rewrite index's chains,
// sketches and hash slots).
//
// A std::vector that doubles copies its elements into fresh memory each
// time, so every page of the final array is faulted in about twice, 4 KiB
// at a time (at 100k documents those arrays cost 20k of the ingest's 48k
// page faults). Here growth is mremap: the kernel moves the pages already
// touched, nothing is copied, and only new pages fault; a mapping of 2 MiB
// or more asks for transparent huge pages (madvise), one fault per 2 MiB
// where the kernel allows them. New elements are zero (anonymous memory
// is), so growing by zeros writes nothing.
//
//   MappedArray<uint32_t> a(1024);   // 1024 zeros
//   a.push_back(7);
//   a.resize(1 << 20);               // zeros appended
//
// Not thread-safe; moves, does not copy. Throws std::bad_alloc when the
// kernel refuses memory, as std::vector would.
#ifndef SITREP_UTIL_MAPPED_ARRAY_H_
#define SITREP_UTIL_MAPPED_ARRAY_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <type_traits>
#include <utility>

namespace sitrep {

// The untyped mapping under MappedArray (mapped_array.cc).
class MappedBytes {
 public:
  MappedBytes() = default;
  ~MappedBytes();
  MappedBytes(MappedBytes&& o) noexcept { swap(o); }
  MappedBytes& operator=(MappedBytes&& o) noexcept {
    MappedBytes(std::move(o)).swap(*this);
    return *this;
  }
  MappedBytes(const MappedBytes&) = delete;
  MappedBytes& operator=(const MappedBytes&) = delete;

  // At least `bytes` mapped (zero beyond what was mapped before); keeps the
  // contents. Grows to at least twice the mapping, never shrinks.
  void Reserve(size_t bytes);
  char* data() const { return data_; }
  size_t capacity() const { return capacity_; }
  void swap(MappedBytes& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(capacity_, o.capacity_);
  }

 private:
  char* data_ = nullptr;
  size_t capacity_ = 0;
};

template <class T>
class MappedArray {
  static_assert(std::is_arithmetic_v<T>, "MappedArray holds numbers: zero bytes are its zero value");

 public:
  MappedArray() = default;
  explicit MappedArray(size_t n) { resize(n); }
  MappedArray(size_t n, T value) { assign(n, value); }
  MappedArray(MappedArray&& o) noexcept { swap(o); }
  MappedArray& operator=(MappedArray&& o) noexcept {
    MappedArray(std::move(o)).swap(*this);
    return *this;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return mem_.capacity() / sizeof(T); }
  T* data() { return reinterpret_cast<T*>(mem_.data()); }
  const T* data() const { return reinterpret_cast<const T*>(mem_.data()); }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  T* begin() { return data(); }
  T* end() { return data() + size_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size_; }

  // New elements are zero.
  void resize(size_t n) {
    if (n > size_) {
      const size_t zeroed = size_ * sizeof(T);  // beyond it: mapped zeros or stale data
      mem_.Reserve(n * sizeof(T));
      if (high_water_ > zeroed) std::memset(mem_.data() + zeroed, 0, std::min(high_water_, n * sizeof(T)) - zeroed);
    }
    size_ = n;
    if (n * sizeof(T) > high_water_) high_water_ = n * sizeof(T);
  }
  void assign(size_t n, T value) {
    resize(0);
    resize(n);
    if (value != T{}) std::fill(begin(), end(), value);
  }
  void push_back(T v) {
    if (size_ == capacity()) mem_.Reserve((size_ + 1) * sizeof(T));
    data()[size_++] = v;
    if (size_ * sizeof(T) > high_water_) high_water_ = size_ * sizeof(T);
  }
  void append(const T* p, size_t n) {
    const size_t at = size_;
    resize(size_ + n);
    if (n) std::memcpy(data() + at, p, n * sizeof(T));
  }
  void clear() { resize(0); }
  void swap(MappedArray& o) noexcept {
    mem_.swap(o.mem_);
    std::swap(size_, o.size_);
    std::swap(high_water_, o.high_water_);
  }

 private:
  MappedBytes mem_;
  size_t size_ = 0;
  size_t high_water_ = 0;  // bytes ever used: past it the mapping is still zero
};

}  // namespace sitrep

#endif  // SITREP_UTIL_MAPPED_ARRAY_H_
