#include "dedup/rewrite_lexicon.h"

#include <atomic>

#include "dedup/name_fold.h"
#include "util/data_path.h"

namespace sitrep::dedup {

RewriteLexicon::RewriteLexicon() {
  static std::atomic<uint64_t> next{1};
  serial_ = next.fetch_add(1, std::memory_order_relaxed);
}

std::string RewriteLexicon::DefaultPath() { return DataPath("rewrite_lexicon.txt"); }

RewriteLexicon::WordInfo& RewriteLexicon::Entry(std::string_view folded) {
  int32_t id = ids_.Intern(folded);
  if (static_cast<size_t>(id) == info_.size()) info_.emplace_back();
  return info_[id];
}

Status RewriteLexicon::AddLine(const std::string& line, const std::string& where) {
  size_t tab = line.find('\t');
  if (tab == std::string::npos || tab + 1 >= line.size()) {
    return Status::InvalidArgument(where + ": expected kind<TAB>entry");
  }
  std::string kind = line.substr(0, tab), entry = line.substr(tab + 1);
  if (kind == "stop") {
    Entry(FoldWord(entry)).stop = true;
  } else if (kind == "denial") {
    Entry(FoldWord(entry)).denial = true;
  } else if (kind == "anonymous") {
    std::string lower;
    for (char c : entry) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
    anonymous_.push_back(lower);
  } else if (kind == "month") {
    size_t sp = entry.find(' ');
    if (sp == std::string::npos) return Status::InvalidArgument(where + ": month entry is 'N name...'");
    int m = std::atoi(entry.substr(0, sp).c_str());
    if (m < 1 || m > 12) return Status::InvalidArgument(where + ": month number out of range");
    size_t p = sp + 1;
    while (p < entry.size()) {
      size_t q = entry.find(' ', p);
      if (q == std::string::npos) q = entry.size();
      if (q > p) Entry(FoldWord(entry.substr(p, q - p))).month = m;
      p = q + 1;
    }
  } else {
    return Status::InvalidArgument(where + ": unknown kind '" + kind + "'");
  }
  return Status::OK();
}

Result<std::unique_ptr<RewriteLexicon>> RewriteLexicon::Load(const std::string& path) {
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  std::unique_ptr<RewriteLexicon> lex(new RewriteLexicon());
  for (const auto& l : lines) {
    SITREP_RETURN_IF_ERROR(lex->AddLine(l.text, path + ":" + std::to_string(l.line_no)));
  }
  return lex;
}

Result<std::unique_ptr<RewriteLexicon>> RewriteLexicon::FromLines(const std::vector<std::string>& lines) {
  std::unique_ptr<RewriteLexicon> lex(new RewriteLexicon());
  int n = 0;
  for (const auto& l : lines) SITREP_RETURN_IF_ERROR(lex->AddLine(l, "line " + std::to_string(++n)));
  return lex;
}

}  // namespace sitrep::dedup
