// `sitrep rewrites [--db FILE] [--format json|jsonl|table|pairs] [--doc ID]`:
// verifies the candidate pairs the ingest found and prints every rewrite
// pair with what each side added (json, jsonl: FORMAT.md), the story
// families (table), or only "a<TAB>b<TAB>similarity" lines (pairs, fast: no
// texts are read). With --doc, only that document's pairs; the table then
// shows its diff against its source, additions marked "+".
#include <functional>
#include <iostream>
#include <memory>
#include <unordered_map>

#include "cli/commands.h"
#include "dedup/rewrite_pair_json.h"
#include "report/table.h"
#include "store/rewrite_store.h"
#include "store/rewrite_verifier.h"
#include "store/statement.h"

namespace sitrep::cli {
namespace {

struct RewritesOptions {
  std::string db = DefaultDbPath();
  std::string format = "table";
  std::string doc;
};

int PrintPairsFast(store::Store* st) {
  std::vector<store::RewriteLink> links;
  Status s = store::VerifyRewrites(st, &links);
  if (!s.ok()) {
    PrintError(st->path() + ": " + s.message());
    return 1;
  }
  std::unordered_map<int64_t, std::string> ids;
  store::Statement q(st->db(), "SELECT rowid, id FROM documents");
  while (q.Step()) ids[q.ColumnInt(0)] = q.ColumnText(1);
  for (const auto& l : links) std::cout << ids[l.a] << '\t' << ids[l.b] << '\t' << l.similarity << '\n';
  return 0;
}

void PrintDiff(const dedup::RewritePair& p, const std::string& doc) {
  bool doc_is_a = p.a == doc;
  const std::string& other = doc_is_a ? p.b : p.a;
  std::cout << doc << (doc_is_a ? " (source) vs " : " vs source ") << other << "  similarity " << p.similarity << "\n";
  for (const auto& s : doc_is_a ? p.added_in_a : p.added_in_b) std::cout << "  + " << s << "\n";
  for (const auto& s : doc_is_a ? p.added_in_b : p.added_in_a) std::cout << "  - " << s << "\n";
  for (const auto& q : doc_is_a ? p.quotes_only_in_a : p.quotes_only_in_b) std::cout << "  + quote: " << q << "\n";
  for (const auto& q : doc_is_a ? p.quotes_only_in_b : p.quotes_only_in_a) std::cout << "  - quote: " << q << "\n";
  for (const auto& c : p.changed) {
    std::cout << "  ~ " << (doc_is_a ? c.in_b : c.in_a) << " -> " << (doc_is_a ? c.in_a : c.in_b) << ": "
              << (doc_is_a ? c.sentence_a : c.sentence_b) << "\n";
  }
  for (const auto& a : doc_is_a ? p.anonymous_in_a : p.anonymous_in_b) std::cout << "  + anonymous source: " << a << "\n";
  std::cout << "\n";
}

int RunRewrites(const RewritesOptions& o) {
  auto st = store::Store::Open(o.db, {.read_only = false, .create_if_missing = false});
  if (!st.ok()) {
    PrintError(st.status().message());
    return 1;
  }
  if (o.format == "pairs") return PrintPairsFast(st->get());
  // Pairs are explained one at a time and printed as they come, so memory
  // does not grow with the number of pairs.
  auto each_pair = [&](const std::function<void(const dedup::RewritePair&)>& fn) {
    Status s = store::ForEachRewritePair(st->get(), o.doc, [&](const dedup::RewritePair& p) {
      fn(p);
      return true;
    });
    if (!s.ok()) PrintError(o.db + ": " + s.message());
    return s.ok();
  };
  if (o.format == "json" || o.format == "jsonl") {
    if (o.format == "json") std::cout << "[";
    size_t i = 0;
    bool ok = each_pair([&](const dedup::RewritePair& p) {
      std::string line = dedup::RewritePairToJson(p).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      if (o.format == "json") std::cout << (i++ ? ",\n " : "") << line;
      else std::cout << line << "\n";
    });
    if (o.format == "json") std::cout << "]\n";
    return ok ? 0 : 1;
  }
  if (!o.doc.empty()) {
    size_t n = 0;
    bool ok = each_pair([&](const dedup::RewritePair& p) {
      ++n;
      PrintDiff(p, o.doc);
    });
    if (ok && n == 0) std::cout << o.doc << ": no rewrites found\n";
    return ok ? 0 : 1;
  }
  std::vector<store::Family> families;
  Status s = store::ListFamilies(st->get(), &families);
  if (!s.ok()) {
    PrintError(o.db + ": " + s.message());
    return 1;
  }
  report::Table fam({"family", "origin", "members", "rewrites"});
  for (size_t i = 0; i < families.size(); ++i) {
    std::string rest;
    for (size_t m = 1; m < families[i].members.size(); ++m) rest += (m > 1 ? " " : "") + families[i].members[m];
    fam.AddRow({std::to_string(i + 1), families[i].origin, std::to_string(families[i].members.size()), rest});
  }
  fam.PrintText(std::cout, 80);
  std::cout << "\n";
  report::Table t({"a", "b", "similarity", "added in a", "added in b", "quotes only in a", "quotes only in b"});
  bool ok = each_pair([&](const dedup::RewritePair& p) {
    char sim[16];
    std::snprintf(sim, sizeof sim, "%.2f", p.similarity);
    t.AddRow({p.a, p.b, sim, std::to_string(p.added_in_a.size()), std::to_string(p.added_in_b.size()),
              std::to_string(p.quotes_only_in_a.size()), std::to_string(p.quotes_only_in_b.size())});
  });
  if (!ok) return 1;
  t.PrintText(std::cout);
  return 0;
}

}  // namespace

void RegisterRewrites(CLI::App& app, Runner* run) {
  auto o = std::make_shared<RewritesOptions>();
  auto* sub = app.add_subcommand("rewrites", "find rewrites of the same story and what each added");
  sub->add_option("--db", o->db, "SQLite store")->capture_default_str();
  sub->add_option("--format,-f", o->format, "table | json | jsonl | pairs (a, b, similarity only)")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "json", "jsonl", "pairs"}));
  sub->add_option("--doc", o->doc, "only this document's pairs; the table shows its diff against its source");
  sub->callback([o, run] { *run = [o] { return RunRewrites(*o); }; });
}

}  // namespace sitrep::cli
