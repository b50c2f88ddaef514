// libFuzzer target: the date parser (extract::DateFinder, ParseIsoDate,
// AddDays). The input's first line is the published date, the rest the text.
// Checks that every value is "", "YYYY-MM-DD" or "--MM-DD" with a real month
// and day, and that spans lie inside the text.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_finder.h"
#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "geo/resolution.h"
#include "text/analyzer.h"

namespace {

void Fail(const std::string& what) {
  std::fprintf(stderr, "date invariant broken: %s\n", what.c_str());
  std::abort();
}

bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

void CheckValue(const std::string& v) {
  if (v.empty()) return;
  std::string_view md;
  if (v.size() == 10 && v[4] == '-' && v[7] == '-' && Digits(v.substr(0, 4))) {
    md = std::string_view(v).substr(5);
  } else if (v.size() == 7 && v[0] == '-' && v[1] == '-' && v[4] == '-') {
    md = std::string_view(v).substr(2);
  } else {
    Fail("bad date value '" + v + "'");
  }
  if (!Digits(md.substr(0, 2)) || !Digits(md.substr(3, 2))) Fail("bad date value '" + v + "'");
  int m = std::stoi(std::string(md.substr(0, 2))), d = std::stoi(std::string(md.substr(3, 2)));
  if (m < 1 || m > 12 || d < 1 || d > 31) Fail("impossible date '" + v + "'");
}

struct Fixture {
  std::unique_ptr<sitrep::text::Analyzer> analyzer;
  std::unique_ptr<sitrep::extract::Lexicon> lexicon;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture* fx = [] {
    auto* f = new Fixture;
    auto a = sitrep::text::Analyzer::Create();
    auto l = sitrep::extract::Lexicon::Load();
    if (!a.ok() || !l.ok()) std::abort();
    f->analyzer = std::move(*a);
    f->lexicon = std::move(*l);
    return f;
  }();
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string_view published = nl == std::string_view::npos ? std::string_view() : in.substr(0, nl);
  std::string_view body = nl == std::string_view::npos ? in : in.substr(nl + 1);

  sitrep::extract::Ymd p = sitrep::extract::ParseIsoDate(published);
  CheckValue(p.Iso());
  if (p.ok()) {
    int days = body.empty() ? 1 : static_cast<int8_t>(body[0]) * 100;
    CheckValue(sitrep::extract::AddDays(p, days).Iso());
  }

  sitrep::text::AnalyzedText t;
  fx->analyzer->Analyze(body, &t);
  sitrep::geo::Resolution none;
  sitrep::extract::DocView view(t, none, fx->lexicon->vocabulary);
  sitrep::extract::DateFinder finder(*fx->lexicon);
  std::vector<sitrep::extract::DateMention> out;
  finder.Find(view, published, &out);
  for (const auto& d : out) {
    CheckValue(d.value);
    CheckValue(d.resolved);
    if (d.span.begin > d.span.end || d.span.end > t.text.size()) Fail("span outside the text");
  }
  return 0;
}
