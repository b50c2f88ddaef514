#include "dedup/word_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dedup/doc_signature.h"
#include "dedup/name_fold.h"
#include "text/analyzer.h"

namespace sitrep::dedup {
namespace {

TEST(WordMemoTest, KeepsWhatEachLookupWouldCompute) {
  auto lex = RewriteLexicon::FromLines({"stop\tthe", "denial\tdenied", "month\t5 May"});
  ASSERT_TRUE(lex.ok());
  WordMemo& memo = WordMemo::ForDocument(lex->get());
  const char* words[] = {"the", "The", "Kharkiv", "Харків", "Коnotop", "denied", "May", "forces", "Ukrainian",
                         "1,500", "16th", "", "naïve", "cleaned"};
  for (int pass = 0; pass < 2; ++pass) {  // added, then found
    for (const char* raw : words) {
      const std::string f = FoldWord(raw);
      const WordMemo::Word& w = memo.word(memo.OfRaw(raw));
      EXPECT_EQ(memo.folded(w), f) << raw;
      EXPECT_EQ(w.shingle, FeatureHash(f, kSeedShingle)) << raw;
      EXPECT_EQ(w.stem, FeatureHash(StemView(f), kSeedWord)) << raw;
      EXPECT_EQ(w.name, MakeFeature(FeatureKind::kName, FeatureHash(f, kSeedName))) << raw;
      const RewriteLexicon::WordInfo* info = (*lex)->Lookup(f);
      EXPECT_EQ(w.info.stop, info != nullptr && info->stop) << raw;
      EXPECT_EQ(w.info.denial, info != nullptr && info->denial) << raw;
      EXPECT_EQ(w.info.month, info != nullptr ? info->month : 0) << raw;
    }
  }
  EXPECT_TRUE(memo.word(memo.OfRaw("Ukrainian")).demonym);
  EXPECT_FALSE(memo.word(memo.OfRaw("Kharkiv")).demonym);
  // Spellings of one folded word share it (and its stamps).
  EXPECT_EQ(memo.OfRaw("Kharkiv"), memo.OfRaw("Harkiv"));
  EXPECT_EQ(memo.OfRaw("Kharkiv"), memo.OfFolded("harkiv"));
  EXPECT_NE(memo.OfRaw("Pokrovsk"), memo.OfRaw("Toretsk"));
}

TEST(WordMemoTest, StampsAndLexiconsDoNotOutliveTheirDocument) {
  auto a = RewriteLexicon::FromLines({"stop\tthe"});
  auto b = RewriteLexicon::FromLines({"denial\tthe"});
  ASSERT_TRUE(a.ok() && b.ok());
  WordMemo& memo = WordMemo::ForDocument(a->get());
  WordMemo::Word& w = memo.word(memo.OfRaw("Lyman"));
  w.name_doc = memo.doc();
  EXPECT_TRUE(memo.word(memo.OfRaw("the")).info.stop);
  WordMemo& next = WordMemo::ForDocument(a->get());
  EXPECT_NE(next.word(next.OfRaw("Lyman")).name_doc, next.doc());
  // Another lexicon: its own entries, not the first one's.
  WordMemo& other = WordMemo::ForDocument(b->get());
  EXPECT_FALSE(other.word(other.OfRaw("the")).info.stop);
  EXPECT_TRUE(other.word(other.OfRaw("the")).info.denial);
}

TEST(WordMemoTest, SignaturesAreTheSameWithAWarmOrAColdMemo) {
  auto lex = RewriteLexicon::Load(RewriteLexicon::DefaultPath());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto an = text::Analyzer::Create();
  ASSERT_TRUE(an.ok());
  const std::vector<std::string> docs = {
      "Colonel Petro Hnatenko said that troops entered Zarichne on March 14.\n"
      "According to Hnatenko, 212 soldiers took part in the assault on \"Zarichne and Lisove\".",
      "Hnatenko denied that Russian forces held Lisove on the 3rd of May. Zarichne was quiet.",
      "Полковник Гнатенко заявив, що Зарічне звільнено 14 березня. Hnatenko said 1,500 troops took part.",
  };
  std::vector<std::string> cold;
  for (const auto& d : docs) {
    text::AnalyzedText t;
    (*an)->Analyze(d, &t);
    DocSignature sig;
    // A new lexicon each time: the memo starts empty.
    auto fresh = RewriteLexicon::Load(RewriteLexicon::DefaultPath());
    ASSERT_TRUE(fresh.ok());
    SignatureBuilder(fresh->get()).Build(t, extract::Record(), &sig);
    cold.push_back(EncodeSignature(sig));
  }
  // One lexicon and one reused signature, documents in turn and again.
  DocSignature sig;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < docs.size(); ++i) {
      text::AnalyzedText t;
      (*an)->Analyze(docs[i], &t);
      SignatureBuilder(lex->get()).Build(t, extract::Record(), &sig);
      EXPECT_EQ(EncodeSignature(sig), cold[i]) << "round " << round << " document " << i;
    }
  }
}

}  // namespace
}  // namespace sitrep::dedup
