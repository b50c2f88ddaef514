// Small hand-made stores for analyst-view tests: documents with records that
// hold places and claims written here, stored through the Store API, so the
// tests do not depend on the extractor.
#ifndef SITREP_TESTS_REPORT_TEST_WORLD_H_
#define SITREP_TESTS_REPORT_TEST_WORLD_H_

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "extract/record.h"
#include "store/store.h"

namespace sitrep::testing {

inline geo::ResolvedPlace MakePlace(const std::string& name, const std::string& code, double lat, double lon,
                                    std::vector<std::string> surface) {
  geo::ResolvedPlace p;
  p.name = name;
  p.code = code;
  p.admin1 = "Donetsk";
  p.lat = lat;
  p.lon = lon;
  p.has_coords = true;
  p.surface = std::move(surface);
  return p;
}

inline extract::Claim MakeClaim(const geo::ResolvedPlace& p, const std::string& kind, const std::string& speaker,
                                const std::string& date, const std::string& modality,
                                const std::string& sentence) {
  extract::Claim c;
  c.kind = kind;
  c.place = p.name;
  c.place_code = p.code;
  c.lat = p.lat;
  c.lon = p.lon;
  c.has_coords = true;
  c.speaker = speaker;
  c.date = date;
  c.modality = modality;
  c.sentence = sentence;
  return c;
}

// A store in a fresh temporary directory, removed at destruction.
class TempStore {
 public:
  TempStore() {
    dir_ = std::filesystem::temp_directory_path() /
           ("sitrep_report_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    store_ = std::move(*store::Store::Open(path_));
  }
  ~TempStore() {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  // Adds a document with this record; record.id is set to id.
  void Add(const std::string& id, const std::string& published, extract::Record r, const std::string& text = "") {
    ingest::Document d;
    d.id = id;
    d.title = "Title of " + id;
    d.text = text.empty() ? "Text of " + id : text;
    d.published = published;
    d.outlet = r.outlet;
    r.id = id;
    r.published = published;
    int64_t rowid;
    store_->Begin();
    Status s = store_->AddDocument(d, std::hash<std::string>()(id), r, &rowid);
    store_->Commit();
    if (!s.ok()) throw std::runtime_error(s.message());
  }
  store::Store* store() { return store_.get(); }
  const std::string& path() const { return path_; }
  // Closes the writer (so a read-only open sees a quiet file).
  void Close() { store_.reset(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<store::Store> store_;
};

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_REPORT_TEST_WORLD_H_
