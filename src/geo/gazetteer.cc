// The Gazetteer's in-memory form and its binary file (doc/gazetteer.md).
#include "geo/gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <unordered_map>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "geo/fuzzy_index.h"
#include "geo/geo_lexicon.h"
#include "util/data_path.h"
#include "util/string_hash.h"
#include "util/string_ids.h"

namespace sitrep::geo {
namespace {

// 03: no Hyperscan database after the strings (02 had one; names are now
// looked up in the key index, resolver.cc). `reserved_bytes` is 0.
constexpr char kMagic[8] = {'S', 'I', 'T', 'G', 'A', 'Z', '0', '3'};

struct FileHeader {
  char magic[8];
  uint32_t n_entries, n_keys, n_postings, reserved;
  uint64_t strings_bytes, reserved_bytes;
};
static_assert(sizeof(FileHeader) == 40);

struct EntryRec {
  uint32_t name, name_uk, admin1, admin2, code, scope, admin1_code;
  uint32_t population;
  double lat, lon;
  uint8_t kind, rank, has_coords, pad[5];
};
static_assert(sizeof(EntryRec) == 56);

struct KeyRec {
  uint32_t str_off, str_len, post_begin, post_count;
};

struct PostingRec {
  uint32_t entry, flags;
};
static_assert(sizeof(PostingRec) == 8);

// A read-only mapping of a whole file, unmapped on destruction.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() {
    if (data_ != nullptr) munmap(data_, size_);
  }
  Status Open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::NotFound(path + ": no gazetteer");
    struct stat st;
    if (fstat(fd, &st) != 0) {
      ::close(fd);
      return Status::IOError(path + ": cannot stat");
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
      void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p == MAP_FAILED) {
        ::close(fd);
        size_ = 0;
        return Status::IOError(path + ": cannot map");
      }
      data_ = p;
    }
    ::close(fd);
    return Status::OK();
  }
  std::string_view bytes() const { return std::string_view(static_cast<const char*>(data_), data_ ? size_ : 0); }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace

struct Gazetteer::Impl {
  std::vector<Entry> entries;
  std::string key_pool;               // all keys, concatenated
  std::vector<KeyRec> keys;           // sorted by key string
  std::vector<Posting> postings;
  FuzzyIndex fuzzy;
  std::unique_ptr<GeoLexicon> lexicon;

  // First word of each key of two or more words -> most words of such a key.
  // First words of multi-word keys and the most words a key starting with
  // each has (looked up for every capitalised article word: StringIds
  // rejects most of them before hashing).
  StringIds lead_words;
  std::vector<uint8_t> lead_most;

  // Stem of each "<stem> region" key that names a region -> its entry.
  // "donetsk" -> the region whose key is "donetsk region" (the first such).
  StringIds region_stems;
  std::vector<uint32_t> region_of_stem;

  // FindKey's index of every key: open addressing, linear probing, at most
  // half full (the resolver looks up spellings it builds: a hyphen-split
  // pair written together, the word before "district"; a binary search over
  // the sorted keys would touch some 17 cache lines). A slot holds a key id
  // + 1 (0: empty) and the high half of the key's hash, so that key text is
  // compared on a likely hit only.
  struct KeySlot {
    uint32_t id_plus_one, tag;
  };
  std::vector<KeySlot> key_slots;
  size_t key_mask = 0;
  // A Bloom filter in front of key_slots: two bits of 2^20 per key hash
  // (a 128 KB array that stays in cache). Most spellings looked up are no
  // key, and it rules out all but some 2% of those without a probe of the
  // slot table.
  static constexpr int kBloomBits = 20;
  std::vector<uint64_t> key_bloom;
  static uint32_t BloomBit1(uint64_t h) { return static_cast<uint32_t>(h >> (64 - kBloomBits)); }
  static uint32_t BloomBit2(uint64_t h) { return static_cast<uint32_t>(h >> 24) & ((1u << kBloomBits) - 1); }
  bool MayBeKey(uint64_t h) const {
    return (key_bloom[BloomBit1(h) >> 6] >> (BloomBit1(h) & 63) & 1) != 0 &&
           (key_bloom[BloomBit2(h) >> 6] >> (BloomBit2(h) & 63) & 1) != 0;
  }

  // Fills key_slots and key_bloom (after key_pool and keys are final).
  void IndexKeys() {
    size_t n = 16;
    while (n < 2 * keys.size()) n *= 2;
    key_slots.assign(n, KeySlot{0, 0});
    key_mask = n - 1;
    key_bloom.assign((size_t{1} << kBloomBits) / 64, 0);
    for (uint32_t i = 0; i < keys.size(); ++i) {
      const uint64_t h = StringHash()(Key(i));
      size_t p = h & key_mask;
      while (key_slots[p].id_plus_one != 0) p = (p + 1) & key_mask;
      key_slots[p] = {i + 1, static_cast<uint32_t>(h >> 32)};
      key_bloom[BloomBit1(h) >> 6] |= uint64_t{1} << (BloomBit1(h) & 63);
      key_bloom[BloomBit2(h) >> 6] |= uint64_t{1} << (BloomBit2(h) & 63);
    }
  }

  // Each entry's sines and cosines, once at load: the resolver measured the
  // same candidates against each other document after document.
  std::vector<SpherePoint> spheres;
  void IndexSpheres() {
    spheres.clear();
    spheres.reserve(entries.size());
    for (const Entry& e : entries) spheres.push_back(ToSpherePoint(e.lat, e.lon));
  }

  // Fills lead_words and region_stems from the keys (after key_pool, keys,
  // postings and entries are final).
  void IndexLeadWords() {
    lead_words.clear();
    lead_most.clear();
    region_stems.clear();
    region_of_stem.clear();
    constexpr std::string_view kRegion = " region";
    for (uint32_t i = 0; i < keys.size(); ++i) {
      std::string_view k = Key(i);
      if (k.size() > kRegion.size() && k.ends_with(kRegion)) {
        const KeyRec& r = keys[i];
        for (uint32_t p = r.post_begin; p < r.post_begin + r.post_count; ++p) {
          if (postings[p].entry < entries.size() && entries[postings[p].entry].kind == PlaceKind::kRegion) {
            const int32_t id = region_stems.Intern(k.substr(0, k.size() - kRegion.size()));
            if (static_cast<size_t>(id) == region_of_stem.size()) region_of_stem.push_back(postings[p].entry);
            break;
          }
        }
      }
      size_t sp = k.find(' ');
      if (sp == std::string_view::npos) continue;
      const size_t words = static_cast<size_t>(std::count(k.begin(), k.end(), ' ')) + 1;
      const int32_t id = lead_words.Intern(k.substr(0, sp));
      if (lead_most.size() <= static_cast<size_t>(id)) lead_most.resize(id + 1, 0);
      uint8_t& most = lead_most[id];
      most = static_cast<uint8_t>(std::max<size_t>(most, std::min<size_t>(words, 255)));
    }
  }

  std::string_view Key(uint32_t i) const {
    return std::string_view(key_pool).substr(keys[i].str_off, keys[i].str_len);
  }
  std::vector<std::string_view> KeyViews() const {
    std::vector<std::string_view> v(keys.size());
    for (uint32_t i = 0; i < keys.size(); ++i) v[i] = Key(i);
    return v;
  }
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;

std::string Gazetteer::DefaultPath() {
  if (const char* p = std::getenv("SITREP_GAZETTEER"); p && *p) return p;
  return DataPath("gazetteer.bin");
}

std::unique_ptr<Gazetteer> Gazetteer::Empty() {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->impl_->lexicon = std::make_unique<GeoLexicon>();
  return g;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::FromParts(
    std::vector<Entry> entries, std::vector<std::pair<std::string, Posting>> postings,
    std::unique_ptr<GeoLexicon> lexicon) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  Impl& im = *g->impl_;
  im.entries = std::move(entries);
  im.lexicon = lexicon ? std::move(lexicon) : std::make_unique<GeoLexicon>();
  // Group postings by key, merging the flags of duplicate (key, entry) pairs.
  std::map<std::string, std::map<uint32_t, uint32_t>> by_key;
  for (auto& [k, p] : postings) {
    if (k.empty() || p.entry >= im.entries.size()) continue;
    by_key[k][p.entry] |= p.flags;
  }
  for (auto& [k, ps] : by_key) {
    KeyRec r{static_cast<uint32_t>(im.key_pool.size()), static_cast<uint32_t>(k.size()),
             static_cast<uint32_t>(im.postings.size()), static_cast<uint32_t>(ps.size())};
    im.key_pool += k;
    im.keys.push_back(r);
    for (auto& [e, f] : ps) im.postings.push_back({e, f});
  }
  im.fuzzy.Build(im.KeyViews());
  im.IndexKeys();
  im.IndexLeadWords();
  im.IndexSpheres();
  return g;
}

Status Gazetteer::Save(const std::string& path) const {
  const Impl& im = *impl_;
  std::string strings;
  std::unordered_map<std::string, uint32_t> interned;
  auto intern = [&](const std::string& s) -> uint32_t {
    auto it = interned.find(s);
    if (it != interned.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(strings.size());
    strings += s;
    strings.push_back('\0');
    interned.emplace(s, off);
    return off;
  };
  std::vector<EntryRec> recs;
  for (const Entry& e : im.entries) {
    EntryRec r{};
    r.name = intern(e.name);
    r.name_uk = intern(e.name_uk);
    r.admin1 = intern(e.admin1);
    r.admin2 = intern(e.admin2);
    r.code = intern(e.code);
    r.scope = intern(e.scope);
    r.admin1_code = intern(e.admin1_code);
    r.population = e.population;
    r.lat = e.lat;
    r.lon = e.lon;
    r.kind = static_cast<uint8_t>(e.kind);
    r.rank = static_cast<uint8_t>(e.rank);
    r.has_coords = e.has_coords;
    recs.push_back(r);
  }
  std::vector<KeyRec> keys = im.keys;
  uint32_t key_base = static_cast<uint32_t>(strings.size());
  for (KeyRec& k : keys) k.str_off += key_base;
  strings += im.key_pool;

  FileHeader h{};
  std::memcpy(h.magic, kMagic, 8);
  h.n_entries = static_cast<uint32_t>(recs.size());
  h.n_keys = static_cast<uint32_t>(keys.size());
  h.n_postings = static_cast<uint32_t>(im.postings.size());
  h.strings_bytes = strings.size();
  std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(tmp + ": cannot write");
  out.write(reinterpret_cast<const char*>(&h), sizeof(h));
  out.write(reinterpret_cast<const char*>(recs.data()), recs.size() * sizeof(EntryRec));
  out.write(reinterpret_cast<const char*>(keys.data()), keys.size() * sizeof(KeyRec));
  static_assert(sizeof(Posting) == sizeof(PostingRec));
  out.write(reinterpret_cast<const char*>(im.postings.data()), im.postings.size() * sizeof(Posting));
  out.write(strings.data(), strings.size());
  out.close();
  if (!out) return Status::IOError(tmp + ": write failed");
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IOError(path + ": cannot rename " + tmp);
  return Status::OK();
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  // Mapped, not read: the file is 10+ MB, every command that resolves places
  // starts here, and a copy into a fresh buffer costs more than the parsing.
  MappedFile file;
  SITREP_RETURN_IF_ERROR(file.Open(path));
  const std::string_view buf = file.bytes();
  if (buf.size() < sizeof(FileHeader)) return Status::Corruption(path + ": truncated gazetteer");
  FileHeader h;
  std::memcpy(&h, buf.data(), sizeof(h));
  if (std::memcmp(h.magic, kMagic, 6) == 0 && std::memcmp(h.magic, kMagic, 8) != 0) {
    return Status::Corruption(path + ": gazetteer format " + std::string(h.magic + 6, 2) +
                              ", this sitrep reads format " + std::string(kMagic + 6, 2) + "; rebuild it");
  }
  if (std::memcmp(h.magic, kMagic, 8) != 0) return Status::Corruption(path + ": not a sitrep gazetteer (bad magic)");
  uint64_t need = sizeof(FileHeader) + uint64_t{h.n_entries} * sizeof(EntryRec) +
                  uint64_t{h.n_keys} * sizeof(KeyRec) + uint64_t{h.n_postings} * sizeof(PostingRec) +
                  h.strings_bytes;
  if (h.reserved_bytes != 0) return Status::Corruption(path + ": bad header");
  if (need != buf.size()) return Status::Corruption(path + ": size does not match its header");

  std::unique_ptr<Gazetteer> g(new Gazetteer());
  Impl& im = *g->impl_;
  const char* p = buf.data() + sizeof(FileHeader);
  const char* recs = p;
  p += uint64_t{h.n_entries} * sizeof(EntryRec);
  im.keys.resize(h.n_keys);
  std::memcpy(im.keys.data(), p, h.n_keys * sizeof(KeyRec));
  p += uint64_t{h.n_keys} * sizeof(KeyRec);
  im.postings.resize(h.n_postings);
  std::memcpy(im.postings.data(), p, h.n_postings * sizeof(Posting));
  p += uint64_t{h.n_postings} * sizeof(PostingRec);
  const char* strings = p;
  auto str = [&](uint32_t off) -> std::string {
    if (off >= h.strings_bytes) return std::string();
    return std::string(strings + off, strnlen(strings + off, h.strings_bytes - off));
  };
  im.entries.reserve(h.n_entries);
  for (uint32_t i = 0; i < h.n_entries; ++i) {
    EntryRec r;
    std::memcpy(&r, recs + uint64_t{i} * sizeof(EntryRec), sizeof(r));
    Entry& e = im.entries.emplace_back();
    e.name = str(r.name);
    e.name_uk = str(r.name_uk);
    e.admin1 = str(r.admin1);
    e.admin2 = str(r.admin2);
    e.code = str(r.code);
    e.scope = str(r.scope);
    e.admin1_code = str(r.admin1_code);
    e.population = r.population;
    e.lat = r.lat;
    e.lon = r.lon;
    e.kind = static_cast<PlaceKind>(r.kind);
    e.rank = static_cast<Rank>(r.rank);
    e.has_coords = r.has_coords;
  }
  im.key_pool.assign(strings, h.strings_bytes);
  for (const KeyRec& k : im.keys) {
    if (uint64_t{k.str_off} + k.str_len > h.strings_bytes || k.post_begin + uint64_t{k.post_count} > h.n_postings) {
      return Status::Corruption(path + ": key out of range");
    }
  }
  im.fuzzy.Build(im.KeyViews());
  im.IndexKeys();
  im.IndexLeadWords();
  im.IndexSpheres();
  auto lex = GeoLexicon::Load(DataPath("geo"));
  if (!lex.ok()) return lex.status();
  im.lexicon = std::move(*lex);
  return g;
}

size_t Gazetteer::size() const { return impl_->entries.size(); }
const Entry& Gazetteer::entry(uint32_t i) const { return impl_->entries[i]; }
const SpherePoint& Gazetteer::sphere(uint32_t i) const { return impl_->spheres[i]; }
size_t Gazetteer::key_count() const { return impl_->keys.size(); }
std::string_view Gazetteer::key(uint32_t id) const { return impl_->Key(id); }

std::span<const Posting> Gazetteer::postings(uint32_t id) const {
  const KeyRec& k = impl_->keys[id];
  return std::span<const Posting>(impl_->postings.data() + k.post_begin, k.post_count);
}

int64_t Gazetteer::FindKey(std::string_view key) const {
  const Impl& im = *impl_;
  if (im.key_slots.empty()) return -1;
  const uint64_t h = StringHash()(key);
  if (!im.MayBeKey(h)) return -1;
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  for (size_t p = h & im.key_mask; im.key_slots[p].id_plus_one != 0; p = (p + 1) & im.key_mask) {
    const uint32_t id = im.key_slots[p].id_plus_one - 1;
    if (im.key_slots[p].tag == tag && im.Key(id) == key) return id;
  }
  return -1;
}

std::vector<std::pair<std::string, uint32_t>> Gazetteer::KeysOf(uint32_t i) const {
  std::vector<std::pair<std::string, uint32_t>> out;
  for (uint32_t k = 0; k < impl_->keys.size(); ++k) {
    for (const Posting& p : postings(k)) {
      if (p.entry == i) out.emplace_back(std::string(key(k)), p.flags);
    }
  }
  return out;
}

int64_t Gazetteer::RegionOfStem(std::string_view stem) const {
  const int32_t id = impl_->region_stems.Find(stem);
  return id == StringIds::kNone ? -1 : static_cast<int64_t>(impl_->region_of_stem[id]);
}

int Gazetteer::MaxKeyWordsFrom(std::string_view first_word) const {
  const int32_t id = impl_->lead_words.Find(first_word);
  return id == StringIds::kNone ? 1 : impl_->lead_most[id];
}

const FuzzyIndex& Gazetteer::fuzzy() const { return impl_->fuzzy; }
const GeoLexicon& Gazetteer::lexicon() const { return *impl_->lexicon; }

}  // namespace sitrep::geo
