#include "dedup/pair_aligner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dedup/candidate_index.h"
#include "dedup/doc_signature.h"
#include "dedup/pair_explainer.h"
#include "dedup/rewrite_lexicon.h"
#include "text/analyzer.h"

namespace sitrep::dedup {
namespace {

class PairAlignerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = RewriteLexicon::Load(RewriteLexicon::DefaultPath());
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lex_ = std::move(*lex);
    auto an = text::Analyzer::Create();
    ASSERT_TRUE(an.ok());
    analyzer_ = std::move(*an);
  }
  DocSignature Sig(const std::string& s) {
    text::AnalyzedText t;
    analyzer_->Analyze(s, &t);
    DocSignature sig;
    SignatureBuilder(lex_.get()).Build(t, extract::Record(), &sig);
    return sig;
  }
  std::unique_ptr<RewriteLexicon> lex_;
  std::unique_ptr<text::Analyzer> analyzer_;
};

// Invented reports; the rewrite restates every fact in other words and adds one sentence.
const char* kOriginal =
    "Colonel Petro Hnatenko said that troops entered Zarichne on March 14.\n"
    "According to Hnatenko, 212 soldiers took part in the assault on Zarichne.\n"
    "Drone crews destroyed 17 armored vehicles near Lisove, Hnatenko added.\n"
    "The road between Zarichne and Lisove is under fire control, the colonel stressed.\n";
const char* kRewrite =
    "On March 14, troops moved into Zarichne, Colonel Petro Hnatenko announced.\n"
    "Some 212 soldiers were involved in the Zarichne assault, in the words of Hnatenko.\n"
    "Near Lisove, 17 armored vehicles were hit by drone crews, Hnatenko noted.\n"
    "Analysts say the development marks a decisive turning point in the campaign.\n"
    "Traffic between Zarichne and Lisove is now under fire control, the colonel stressed.\n";
// Same template, another story: other people, places, dates and numbers.
const char* kOtherStory =
    "Colonel Maksym Didenko said that troops entered Vyshneve on June 2.\n"
    "According to Didenko, 48 soldiers took part in the assault on Vyshneve.\n"
    "Drone crews destroyed 5 armored vehicles near Kalynivka, Didenko added.\n"
    "The road between Vyshneve and Kalynivka is under fire control, the colonel stressed.\n";
// The same event reported from the other side.
const char* kOtherSide =
    "Colonel Petro Hnatenko's claim that troops entered Zarichne on March 14 was refuted by the defenders.\n"
    "The defenders denied that 212 soldiers took part in any assault on Zarichne.\n"
    "Reports that 17 armored vehicles were destroyed near Lisove are false, Hnatenko's opponents said.\n"
    "The defenders rejected claims that the road between Zarichne and Lisove is under fire control.\n";

TEST_F(PairAlignerTest, RestatedRewriteIsFound) {
  Alignment al = AlignPair(Sig(kOriginal), Sig(kRewrite));
  EXPECT_TRUE(al.rewrite) << al.coverage_a << " " << al.coverage_b;
  EXPECT_EQ(al.matched_a, 4);
}

TEST_F(PairAlignerTest, AddedSentenceIsReported) {
  DocSignature a = Sig(kOriginal), b = Sig(kRewrite);
  Alignment al = AlignPair(a, b);
  RewritePair p = ExplainPair({"a", kOriginal, &a}, {"b", kRewrite, &b}, al, *lex_);
  ASSERT_EQ(p.added_in_b.size(), 1u);
  EXPECT_EQ(p.added_in_b[0], "Analysts say the development marks a decisive turning point in the campaign.");
  EXPECT_TRUE(p.added_in_a.empty());
  EXPECT_EQ(p.anonymous_in_b, std::vector<std::string>{"analysts say"});
}

TEST_F(PairAlignerTest, SameTemplateOtherStoryIsNotARewrite) {
  EXPECT_FALSE(AlignPair(Sig(kOriginal), Sig(kOtherStory)).rewrite);
}

TEST_F(PairAlignerTest, OtherSideOfTheEventIsNotARewrite) {
  EXPECT_FALSE(AlignPair(Sig(kOriginal), Sig(kOtherSide)).rewrite);
}

TEST_F(PairAlignerTest, DigestQuotingTwoSentencesIsNotARewrite) {
  // Two sentences of the report inside a digest of six other stories: half
  // of the report is covered, but the two documents share too little.
  std::string digest = std::string(
      "Colonel Petro Hnatenko said that troops entered Zarichne on March 14.\n"
      "According to Hnatenko, 212 soldiers took part in the assault on Zarichne.\n") +
      "Farmers near Ozerne harvested 3,400 tonnes of wheat despite the shelling in August.\n"
      "The mayor of Brovary opened a new school for 640 pupils on September 1.\n"
      "Engineers restored power to 12,000 homes in Pisochyn after the storm on October 9.\n"
      "A volunteer group delivered 35 generators to hospitals in Sumy region last week.\n"
      "The railway between Fastiv and Bila Tserkva reopened after repairs lasting 19 days.\n"
      "Officials in Irpin counted 1,150 rebuilt apartments by the end of November.\n";
  DocSignature a = Sig(kOriginal), b = Sig(digest);
  AlignOptions o;
  o.min_doc_facts = 1000;  // leave the document fact-set gate out of this test
  Alignment al = AlignPair(a, b, o);
  ASSERT_GE(al.matched_a, 2);
  EXPECT_LT(al.similarity, o.min_similarity);
  EXPECT_FALSE(al.rewrite);
  o.min_similarity = 0;
  EXPECT_TRUE(AlignPair(a, b, o).rewrite) << "coverage alone would accept it";
}

TEST_F(PairAlignerTest, ChangedNumberIsReported) {
  std::string changed = kOriginal;
  changed.replace(changed.find("212"), 3, "250");
  DocSignature a = Sig(kOriginal), b = Sig(changed);
  Alignment al = AlignPair(a, b);
  ASSERT_TRUE(al.rewrite);
  RewritePair p = ExplainPair({"a", kOriginal, &a}, {"b", changed, &b}, al, *lex_);
  ASSERT_EQ(p.changed.size(), 1u);
  EXPECT_EQ(p.changed[0].in_a, "212");
  EXPECT_EQ(p.changed[0].in_b, "250");
}

TEST_F(PairAlignerTest, QuoteOnlyInOneSide) {
  std::string quoted = std::string(kRewrite) + "Hnatenko called it \"a textbook encirclement of the garrison\".\n";
  DocSignature a = Sig(kOriginal), b = Sig(quoted);
  Alignment al = AlignPair(a, b);
  RewritePair p = ExplainPair({"a", kOriginal, &a}, {"b", quoted, &b}, al, *lex_);
  EXPECT_EQ(p.quotes_only_in_b, std::vector<std::string>{"a textbook encirclement of the garrison"});
}

TEST_F(PairAlignerTest, CandidateIndexProposesTheRewrite) {
  CandidateIndex index;
  CandidateIndex::Keys k;
  index.Sketch(Sig(kOtherStory), &k);
  index.Add(k);
  index.Sketch(Sig(kOriginal), &k);
  index.Add(k);
  index.Sketch(Sig(kRewrite), &k);
  std::vector<Candidate> found;
  index.Find(k, &found);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].index, 1u);
}

// A candidate must reach min_share_of_best of the best one's estimate: the
// cut keeps exactly the candidates the uncut search scores that high.
TEST_F(PairAlignerTest, CandidatesBelowHalfTheBestAreCut) {
  CandidateIndex::Options loose;
  loose.min_share_of_best = 0;
  loose.min_fact_estimate = loose.min_text_estimate = 0.05;
  CandidateIndex::Options cut = loose;
  cut.min_share_of_best = 0.5;
  CandidateIndex a(loose), b(cut);
  CandidateIndex::Keys k;
  const char* docs[] = {kOtherStory, kOriginal, kOtherSide,
                        "Colonel Petro Hnatenko visited Zarichne and spoke about the weather.\n"};
  for (const char* d : docs) {
    a.Sketch(Sig(d), &k);
    a.Add(k);
    b.Add(k);
  }
  a.Sketch(Sig(kRewrite), &k);
  std::vector<Candidate> all, kept;
  a.Find(k, &all);
  b.Find(k, &kept);
  auto score = [](const Candidate& c) { return std::max(c.fact_estimate, c.text_estimate); };
  ASSERT_GE(all.size(), 2u);
  float top = 0;
  for (const auto& c : all) top = std::max(top, score(c));
  std::vector<uint32_t> want, got;
  for (const auto& c : all) {
    if (score(c) >= 0.5f * top) want.push_back(c.index);
  }
  for (const auto& c : kept) got.push_back(c.index);
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);
  EXPECT_LT(got.size(), all.size());  // the weak relatives are gone
  EXPECT_NE(std::find(got.begin(), got.end(), 1u), got.end());  // the original stays
}

std::string ReadSeed(const std::string& name) {
  std::ifstream f(std::string(SITREP_TEST_SHARED_DIR) + "/seeds/" + name);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST_F(PairAlignerTest, SeedsPairOnlyTheRewrites) {
  std::string s0 = ReadSeed("000_fea27827a26d298b.txt"), s1 = ReadSeed("001_db8ac8c3ab2e73ed.txt"),
              s3 = ReadSeed("003_83064280d88c38e5.txt");
  if (s0.empty() || s1.empty() || s3.empty()) GTEST_SKIP() << "seeds not found";
  DocSignature a = Sig(s0), b = Sig(s1), c = Sig(s3);
  EXPECT_TRUE(AlignPair(a, b).rewrite);
  EXPECT_FALSE(AlignPair(a, c).rewrite);
  EXPECT_FALSE(AlignPair(b, c).rewrite);
}

}  // namespace
}  // namespace sitrep::dedup
