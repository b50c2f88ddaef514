#include "dedup/doc_signature.h"

#include <gtest/gtest.h>

#include <memory>

#include "dedup/name_fold.h"
#include "dedup/rewrite_lexicon.h"

namespace sitrep::dedup {
namespace {

TEST(HasDistinctTest, CountsDistinctValuesNotEntries) {
  struct Case {
    std::vector<uint64_t> v;
    size_t n;
    bool want;
  } cases[] = {
      {{}, 0, true},
      {{}, 1, false},
      {{7}, 1, true},
      {{7, 7, 7, 7}, 2, false},       // four entries, one value
      {{7, 8, 7, 8, 7}, 2, true},
      {{7, 8, 7, 8, 7}, 3, false},
      {{1, 2, 3, 1, 2, 3, 4}, 4, true},  // the fourth value comes last
      {{1, 2, 3}, 4, false},             // fewer entries than asked
  };
  for (const auto& c : cases) {
    EXPECT_EQ(HasDistinct(c.v, c.n), c.want) << "n=" << c.n << " size=" << c.v.size();
  }
}

TEST(RewriteLexiconTest, OneLookupAnswersEveryList) {
  auto lex = RewriteLexicon::FromLines({"stop\tthe", "denial\tdenied", "month\t5 May", "stop\tmay"});
  ASSERT_TRUE(lex.ok());
  const RewriteLexicon& l = **lex;
  EXPECT_TRUE(l.IsStopword("the"));
  EXPECT_FALSE(l.IsStopword("denied"));
  EXPECT_TRUE(l.IsDenial("denied"));
  EXPECT_EQ(l.Month(FoldWord("May")), 5);  // entries are folded as the lookups are ("mai")
  EXPECT_TRUE(l.IsStopword(FoldWord("may")));  // a second list adds to the same word
  EXPECT_EQ(l.Lookup(FoldWord("Kyiv")), nullptr);
  EXPECT_EQ(l.Month("the"), 0);
}

}  // namespace
}  // namespace sitrep::dedup
