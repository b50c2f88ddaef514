#include "dedup/word_memo.h"

#include "dedup/doc_signature.h"
#include "dedup/name_fold.h"

namespace sitrep::dedup {
namespace {

// Demonyms ("Russian", "Ukrainian") are capitalised but say little about
// which story a sentence tells; they count as content words.
bool IsDemonym(std::string_view f) {
  auto ends = [f](std::string_view s) { return f.size() > s.size() + 2 && f.ends_with(s); };
  return ends("ian") || ends("ean") || ends("ish") || ends("ese");
}

// Grown as needed, doubling whenever half full, so that a small vocabulary
// probes a small table (a document starts with at most kMaxWords words).
constexpr size_t kInitialSlots = 4096;

// Rebuilds `slots` at twice the size once `entries` fill half of it.
template <class HashOf>
void GrowIfHalfFull(std::vector<uint32_t>* slots, size_t entries, const HashOf& hash_of) {
  if (2 * (entries + 1) <= slots->size()) return;
  std::vector<uint32_t> bigger(2 * slots->size(), 0);
  const size_t mask = bigger.size() - 1;
  for (uint32_t e = 0; e < entries; ++e) {
    size_t i = hash_of(e) & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = e + 1;
  }
  slots->swap(bigger);
}

}  // namespace

WordMemo::WordMemo() { Clear(); }

void WordMemo::Clear() {
  words_.clear();
  spellings_.clear();
  folded_arena_.clear();
  raw_arena_.clear();
  // Back to the first size (a huge document may have grown them).
  word_slots_.assign(kInitialSlots, 0);
  spelling_slots_.assign(kInitialSlots, 0);
  if (words_.capacity() > 2 * kMaxWords) {
    std::vector<Word>().swap(words_);
    std::vector<Spelling>().swap(spellings_);
  }
}

WordMemo& WordMemo::ForDocument(const RewriteLexicon* lex) {
  static thread_local WordMemo memo;
  if (memo.lex_ != lex || memo.lex_serial_ != lex->serial() || memo.words_.size() > kMaxWords ||
      memo.spellings_.size() > kMaxWords || memo.doc_ == UINT32_MAX) {
    memo.Clear();
    memo.lex_ = lex;
    memo.lex_serial_ = lex->serial();
    memo.doc_ = 0;
  }
  ++memo.doc_;  // stamps of earlier documents (>= 1) no longer match
  return memo;
}

uint32_t WordMemo::OfFolded(std::string_view folded) {
  const uint64_t h = FeatureHash(folded, kSeedShingle);
  const size_t mask = word_slots_.size() - 1;
  size_t i = h & mask;
  for (; word_slots_[i] != 0; i = (i + 1) & mask) {
    const Word& w = words_[word_slots_[i] - 1];
    if (w.shingle == h && this->folded(w) == folded) return word_slots_[i] - 1;
  }
  const uint32_t index = static_cast<uint32_t>(words_.size());
  Word& w = words_.emplace_back();
  w.folded_begin = static_cast<uint32_t>(folded_arena_.size());
  w.folded_size = static_cast<uint32_t>(folded.size());
  folded_arena_.append(folded);
  w.shingle = h;
  w.stem = FeatureHash(StemView(folded), kSeedWord);
  w.name = MakeFeature(FeatureKind::kName, FeatureHash(folded, kSeedName));
  w.demonym = IsDemonym(folded);
  if (const RewriteLexicon::WordInfo* info = lex_->Lookup(folded)) w.info = *info;
  word_slots_[i] = index + 1;
  GrowIfHalfFull(&word_slots_, words_.size(), [this](uint32_t e) { return words_[e].shingle; });
  return index;
}

uint32_t WordMemo::AddRaw(std::string_view raw, uint64_t h) {
  const size_t mask = spelling_slots_.size() - 1;
  size_t i = h & mask;
  while (spelling_slots_[i] != 0) i = (i + 1) & mask;
  FoldWordTo(raw, &scratch_);
  const uint32_t word = OfFolded(scratch_);
  const uint32_t index = static_cast<uint32_t>(spellings_.size());
  spellings_.push_back({h, static_cast<uint32_t>(raw_arena_.size()), static_cast<uint32_t>(raw.size()), word});
  raw_arena_.append(raw);
  spelling_slots_[i] = index + 1;
  GrowIfHalfFull(&spelling_slots_, spellings_.size(), [this](uint32_t e) { return spellings_[e].hash; });
  return word;
}

}  // namespace sitrep::dedup
