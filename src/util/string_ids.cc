#include "util/string_ids.h"

namespace sitrep {

void StringIds::Place(int32_t id) {
  uint64_t h = StringHash()(words_[id]);
  size_t p = h & mask_;
  while (slot_id_[p] != kNone) p = (p + 1) & mask_;
  slot_id_[p] = id;
  slot_tag_[p] = static_cast<uint32_t>(h >> 32);
}

void StringIds::Rehash(size_t slots) {
  slot_id_.assign(slots, kNone);
  slot_tag_.assign(slots, 0);
  mask_ = slots - 1;
  for (size_t id = 0; id < words_.size(); ++id) Place(static_cast<int32_t>(id));
}

int32_t StringIds::Intern(std::string_view word) {
  int32_t id = Find(word);
  if (id != kNone) return id;
  id = static_cast<int32_t>(words_.size());
  words_.emplace_back(word);
  shapes_.Add(word);
  if (words_.size() * 2 > slot_id_.size()) {
    Rehash(slot_id_.empty() ? 64 : slot_id_.size() * 2);  // places every word, this one too
  } else {
    Place(id);
  }
  return id;
}

int32_t StringIds::Find(std::string_view word) const {
  if (slot_id_.empty() || (!word.empty() && !shapes_.MayContain(word))) return kNone;
  uint64_t h = StringHash()(word);
  uint32_t tag = static_cast<uint32_t>(h >> 32);
  for (size_t p = h & mask_; slot_id_[p] != kNone; p = (p + 1) & mask_) {
    if (slot_tag_[p] == tag && words_[slot_id_[p]] == word) return slot_id_[p];
  }
  return kNone;
}

}  // namespace sitrep
