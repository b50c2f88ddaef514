#include "extract/vocabulary.h"

namespace sitrep::extract {

int32_t Vocabulary::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  int32_t id = static_cast<int32_t>(ids_.size());
  shapes_.Add(word);
  ids_.emplace(std::string(word), id);
  return id;
}

int32_t Vocabulary::Find(std::string_view word) const {
  if (!shapes_.MayContain(word)) return kNone;
  auto it = ids_.find(word);
  return it == ids_.end() ? kNone : it->second;
}

}  // namespace sitrep::extract
