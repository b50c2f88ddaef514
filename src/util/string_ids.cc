#include "util/string_ids.h"

#include <algorithm>
#include <cstring>

namespace sitrep {
namespace {

// The bytes of a word of 1-8 bytes in one integer (zero above its length),
// read with two overlapping loads; false for other lengths and for a word
// of NUL bytes only (packed 0 marks a long word's slot).
inline bool ShortKey(std::string_view w, uint64_t* key) {
  const size_t n = w.size();
  const char* p = w.data();
  uint64_t k;
  if (n >= 4 && n <= 8) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    k = a | (uint64_t{b} << (8 * (n - 4)));
  } else if (n >= 1 && n <= 3) {
    k = static_cast<unsigned char>(p[0]) | (uint64_t{static_cast<unsigned char>(p[n / 2])} << (8 * (n / 2))) |
        (uint64_t{static_cast<unsigned char>(p[n - 1])} << (8 * (n - 1)));
  } else {
    return false;
  }
  *key = k;
  return k != 0;
}

inline size_t ShortHome(uint64_t key, size_t n, size_t mask) {
  return static_cast<size_t>(((key ^ n) * 0x9E3779B97F4A7C15ull) >> 29) & mask;
}

}  // namespace

void StringIds::Place(int32_t id) {
  const std::string& w = words_[id];
  Slot s{0, id, 0};
  size_t p;
  if (ShortKey(w, &s.key)) {
    s.tag = static_cast<uint32_t>(w.size());
    p = ShortHome(s.key, w.size(), mask_);
  } else {
    const uint64_t h = StringHash()(w);
    s.tag = static_cast<uint32_t>(h >> 32);
    p = h & mask_;
  }
  while (slots_[p].id != kNone) p = (p + 1) & mask_;
  slots_[p] = s;
}

void StringIds::Rehash(size_t slots) {
  slots_.assign(slots, Slot{0, kNone, 0});
  mask_ = slots - 1;
  for (size_t id = 0; id < words_.size(); ++id) Place(static_cast<int32_t>(id));
}

int32_t StringIds::Intern(std::string_view word) {
  int32_t id = Find(word);
  if (id != kNone) return id;
  id = static_cast<int32_t>(words_.size());
  words_.emplace_back(word);
  shapes_.Add(word);
  if (words_.size() * 2 > slots_.size()) {
    Rehash(slots_.empty() ? 64 : slots_.size() * 2);  // places every word, this one too
  } else {
    Place(id);
  }
  return id;
}

int32_t StringIds::FindSlow(std::string_view word) const {
  if (slots_.empty()) return kNone;
  uint64_t key;
  if (ShortKey(word, &key)) {
    // Short words (most article words): key and length compared in the
    // slot, no hash of the bytes and no string compare.
    for (size_t p = ShortHome(key, word.size(), mask_); slots_[p].id != kNone; p = (p + 1) & mask_) {
      if (slots_[p].key == key && slots_[p].tag == word.size()) return slots_[p].id;
    }
    return kNone;
  }
  return FindLong(word);
}

void StringIds::FindEach(const std::string_view* words, size_t n, int32_t* ids) const {
  if (slots_.empty()) {
    std::fill(ids, ids + n, kNone);
    return;
  }
  const Slot* const slots = slots_.data();
  const size_t mask = mask_;
  for (size_t k = 0; k < n; ++k) {
    const std::string_view word = words[k];
    uint64_t key;
    if (!ShortKey(word, &key)) {
      ids[k] = FindLong(word);
      continue;
    }
    int32_t id = kNone;
    for (size_t p = ShortHome(key, word.size(), mask); slots[p].id != kNone; p = (p + 1) & mask) {
      if (slots[p].key == key && slots[p].tag == word.size()) {
        id = slots[p].id;
        break;
      }
    }
    ids[k] = id;
  }
}

// (Out of line: with the hash inlined here, every short lookup paid for the
// long path's saved registers on entry and exit, a quarter of FindSlow's
// instructions.)
[[gnu::noinline]] int32_t StringIds::FindLong(std::string_view word) const {
  const uint64_t h = StringHash()(word);
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  for (size_t p = h & mask_; slots_[p].id != kNone; p = (p + 1) & mask_) {
    const Slot& s = slots_[p];
    if (s.key == 0 && s.tag == tag && words_[s.id] == word) return s.id;
  }
  return kNone;
}

}  // namespace sitrep
