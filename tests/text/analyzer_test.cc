#include "text/analyzer.h"

#include <gtest/gtest.h>

#include "text/normalizer.h"
#include "text/quotes.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace sitrep::text {
namespace {

std::vector<std::string> Sentences(const std::string& in) {
  auto a = Analyzer::Create();
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  AnalyzedText t;
  (*a)->Analyze(in, &t);
  std::vector<std::string> out;
  for (const auto& s : t.sentences) out.emplace_back(t.Slice(s.span));
  return out;
}

TEST(Utf8Test, RepairReplacesAndCounts) {
  std::string out;
  std::vector<uint32_t> map;
  EXPECT_EQ(RepairUtf8("ab\xFF" "c", &out, &map), 1u);
  EXPECT_EQ(out, "ab\xEF\xBF\xBD" "c");
  EXPECT_EQ(map.size(), out.size() + 1);
  EXPECT_EQ(map[5], 3u);  // 'c'
  EXPECT_EQ(RepairUtf8(std::string("a\0b", 3), &out, nullptr), 1u);
  EXPECT_TRUE(IsValidUtf8("Костянтинівка"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));
}

TEST(Utf8Test, ValidationAgreesWithByteByByteAtEveryAlignment) {
  // The validator skips runs of eight ASCII bytes at once: a NUL, a stray
  // continuation byte or a truncated sequence must be caught wherever it
  // falls relative to those runs.
  const std::string ascii = "Troops entered the town of Kupiansk on Monday";
  struct Case {
    std::string bad;
    bool valid;
  } cases[] = {
      {std::string(1, '\0'), false}, {"\x80", false}, {"\xC3", false},  {"\xED\xA0\x80", false},
      {"\xC0\xAF", false},        {"\xC3\xA9", true}, {"\xF0\x9F\x98\x80", true},
  };
  for (const Case& c : cases) {
    for (size_t at = 0; at <= 20; ++at) {
      std::string s = ascii.substr(0, at) + c.bad + ascii.substr(at);
      EXPECT_EQ(IsValidUtf8(s), c.valid) << "bad bytes at " << at;
      std::string t = ascii.substr(0, at) + c.bad;  // at the very end
      EXPECT_EQ(IsValidUtf8(t), c.valid) << "bad bytes at the end after " << at;
    }
  }
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8(ascii));
}

TEST(Utf8Test, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("Plain words.\nMore words."));
}

TEST(NormalizerTest, NfkcKeepsOffsets) {
  auto n = Normalizer::Create();
  ASSERT_TRUE(n.ok());
  std::string out;
  std::vector<uint32_t> map;
  (*n)->Normalize("plain ascii", &out, &map);
  EXPECT_EQ(out, "plain ascii");
  EXPECT_TRUE(map.empty());  // identity
  // "ﬁ" (U+FB01, 3 bytes) becomes "fi"; the word after it keeps its offset.
  (*n)->Normalize("\xEF\xAC\x81rst Kyiv", &out, &map);
  EXPECT_EQ(out, "first Kyiv");
  ASSERT_EQ(map.size(), out.size() + 1);
  EXPECT_EQ(map[0], 0u);
  EXPECT_EQ(map[out.find("Kyiv")], 7u);
}

TEST(SentenceSplitterTest, AbbreviationsDoNotEndSentences) {
  struct Case {
    std::string in;
    size_t n;
  } cases[] = {
      {"Gen. Ivan Petrenko spoke. He left.", 2},
      {"It happened on Oct. 5 near the river. Then it ended.", 2},
      {"The U.S. embassy said nothing. Nobody asked.", 2},
      {"One line\nAnother line", 2},
      {"", 0},
      {"Mr. J. Smith arrived.", 1},
  };
  for (const auto& c : cases) EXPECT_EQ(Sentences(c.in).size(), c.n) << c.in;
}

// ICU iterates the text as UTF-16; sentence spans must still be byte ranges
// of the UTF-8 text, whatever mix of 1- to 4-byte characters precedes them.
TEST(SentenceSplitterTest, SpansAreByteOffsetsInNonAsciiText) {
  const std::string in =
      "Войска вошли в Дружковку. Caf\u00e9 closed \U0001F600 early! \u201cQuoted,\u201d he said. Last one";
  const std::vector<std::string> want = {"Войска вошли в Дружковку.", "Caf\u00e9 closed \U0001F600 early!",
                                         "\u201cQuoted,\u201d he said.", "Last one"};
  EXPECT_EQ(Sentences(in), want);
  // The same splitter, reused, on ASCII text after non-ASCII text.
  auto a = Analyzer::Create();
  ASSERT_TRUE(a.ok());
  AnalyzedText t;
  (*a)->Analyze(in, &t);
  (*a)->Analyze("First here. Second there.", &t);
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(t.Slice(t.sentences[1].span), "Second there.");
  EXPECT_EQ(t.tokens.size(), 6u);
}

// The splitter's own implementation of ICU's sentence rules must break
// where ICU does: random text over the characters the rules tell apart
// (terminators, closing marks, spaces, separators, cases, digits,
// continuations), ASCII and not.
TEST(SentenceSplitterTest, OwnRulesBreakWhereIcuBreaks) {
  auto split = SentenceSplitter::Create({});
  ASSERT_TRUE(split.ok());
  const std::vector<std::string> pieces = {
      ".", ".", "!", "?", "\"", "'", "(", ")", "[", "]", " ", " ", "\t", "\n", "\r", "\r\n", "a", "b", "A",
      "B", "1", "9", ",", "-", ":", ";", "x", "#", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2014", "\u2026",
      "\u0434", "\u0414", "\u00E9", "\u3002", "\u05D0", "\u00A0", "\u2028", "\u0085", "\U0001F600", "\uFF0E"};
  uint64_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(seed >> 33);
  };
  int fast = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    // A third of the rounds longer: the scan for terminators takes sixteen
    // bytes at a time.
    const int len = 1 + next() % (round % 3 == 2 ? 80 : 24);
    // Half the rounds ASCII only (the common path).
    const size_t choices = round % 2 ? pieces.size() : 28;
    for (int k = 0; k < len; ++k) text += pieces[next() % choices];
    std::vector<uint32_t> want, got;
    ASSERT_TRUE((*split)->RawBreaks(text, true, &want));
    if (!(*split)->RawBreaks(text, false, &got)) continue;
    ++fast;
    ASSERT_EQ(got, want) << "text: [" << text << "]";
  }
  EXPECT_GT(fast, 19000);
}

TEST(TokenizerTest, WordsNumbersPunctuation) {
  std::string s = "Colonel-General Ivanov's 1,500 troops (80%) left.";
  std::vector<Token> toks;
  Tokenize(s, Span{0, static_cast<uint32_t>(s.size())}, &toks);
  std::vector<std::string> words;
  for (auto& t : toks) words.emplace_back(s.substr(t.span.begin, t.span.size()));
  std::vector<std::string> want = {"Colonel-General", "Ivanov", "'s", "1,500", "troops", "(", "80", "%", ")", "left", "."};
  EXPECT_EQ(words, want);
  EXPECT_TRUE(toks[0].capitalized);
  EXPECT_TRUE(toks[0].hyphenated);
  EXPECT_FALSE(toks[1].hyphenated);
  EXPECT_EQ(toks[3].kind, TokenKind::kNumber);
  // Joined across U+2010 (not an ASCII '-'), and a '-' before a digit splits.
  std::string u = "twenty\u2010four 2025-11-21 well-known";
  toks.clear();
  Tokenize(u, Span{0, static_cast<uint32_t>(u.size())}, &toks);
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_FALSE(toks[0].hyphenated);
  EXPECT_EQ(toks[1].kind, TokenKind::kNumber);
  EXPECT_TRUE(toks[6].hyphenated);
  // U+02BC typed for the apostrophe: a possessive splits off; a name spelt
  // with it stays one word.
  std::string m = "Petrenko\u02BCs words from Pidhir\u02BCia";
  toks.clear();
  Tokenize(m, Span{0, static_cast<uint32_t>(m.size())}, &toks);
  words.clear();
  for (auto& t : toks) words.emplace_back(m.substr(t.span.begin, t.span.size()));
  std::vector<std::string> want_m = {"Petrenko", "\u02BCs", "words", "from", "Pidhir\u02BCia"};
  EXPECT_EQ(words, want_m);
}

// A word's letters and digits are scanned sixteen or eight bytes at a
// time: words of every length, at every offset, before each kind of byte
// that ends one, and at the end of a span the text runs on past, come out
// whole and no longer.
TEST(TokenizerTest, WordsOfEveryLengthAtEveryOffset) {
  const std::string letters = "Kyiv9ZazAbcdefghijklmnopqrstuvwxyz0123456789QWERTY";
  for (size_t pad = 0; pad < 20; ++pad) {
    for (size_t len = 1; len <= 40; ++len) {
      const std::string word = letters.substr(pad % 4, len);  // (starts with a letter)
      for (const std::string& after : {std::string(" x"), std::string(". "), std::string(",x"), std::string("\u2014x"),
                                       std::string("@"), std::string("[x"), std::string("`"), std::string("{")}) {
        const std::string text = std::string(pad, ' ') + word + after + std::string(20, 'y');
        std::vector<Token> toks;
        Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &toks);
        ASSERT_FALSE(toks.empty());
        EXPECT_EQ(text.substr(toks[0].span.begin, toks[0].span.size()), word) << text;
        // A span that ends inside the text: the word stops at its end.
        toks.clear();
        Tokenize(text, Span{static_cast<uint32_t>(pad), static_cast<uint32_t>(pad + len)}, &toks);
        ASSERT_EQ(toks.size(), 1u) << text;
        EXPECT_EQ(toks[0].span.end, pad + len) << text;
      }
    }
  }
}

// Two places in one hyphenated word become two words and a hyphen; the
// sentences' token ranges follow.
TEST(TokenizerTest, SplitWordsAtHyphens) {
  auto a = Analyzer::Create();
  ASSERT_TRUE(a.ok());
  AnalyzedText t;
  (*a)->Analyze("Units held. Fighting near Lyptsi-Vovchanski Khutory and Kozacha-Lopan went on.", &t);
  ASSERT_EQ(t.sentences.size(), 2u);
  const uint32_t first = static_cast<uint32_t>(t.text.find("Lyptsi-") + 6);
  const uint32_t second = static_cast<uint32_t>(t.text.find("Kozacha-") + 7);
  const uint32_t not_hyphen = static_cast<uint32_t>(t.text.find("went"));
  const size_t before = t.tokens.size();
  SplitWordsAt({first, second, not_hyphen}, &t);
  EXPECT_EQ(t.tokens.size(), before + 4);
  std::vector<std::string> words;
  for (uint32_t k = t.sentences[1].first_token; k < t.sentences[1].end_token; ++k) {
    words.emplace_back(t.Slice(t.tokens[k].span));
  }
  EXPECT_EQ(words, (std::vector<std::string>{"Fighting", "near", "Lyptsi", "-", "Vovchanski", "Khutory", "and",
                                             "Kozacha", "-", "Lopan", "went", "on", "."}));
  const Token& lopan = t.tokens[t.sentences[1].first_token + 9];
  EXPECT_TRUE(lopan.capitalized);
  EXPECT_EQ(lopan.kind, TokenKind::kWord);
  EXPECT_EQ(t.tokens[t.sentences[1].first_token + 8].kind, TokenKind::kPunct);
  EXPECT_EQ(t.sentences[1].end_token, t.tokens.size());
}

TEST(QuotesTest, FindsEachKindAndIgnoresApostrophes) {
  struct Case {
    std::string in;
    std::vector<std::string> want;
  } cases[] = {
      {"He said, \xE2\x80\x98it\xE2\x80\x99s over,\xE2\x80\x99 and left.", {"it\xE2\x80\x99s over,"}},
      {"\xE2\x80\x9CWe hold,\xE2\x80\x9D she said.", {"We hold,"}},
      {"\xC2\xABНет\xC2\xBB и \"yes\"", {"Нет", "yes"}},
      {"Ukraine\xE2\x80\x99s army", {}},
  };
  for (const auto& c : cases) {
    std::vector<Quote> q;
    FindQuotes(c.in, &q);
    std::vector<std::string> got;
    for (auto& x : q) got.push_back(c.in.substr(x.span.begin, x.span.size()));
    EXPECT_EQ(got, c.want) << c.in;
  }
}

// The scan for marks skips sixteen or eight bytes at a time: a quotation
// at every offset of a longer text, after ASCII or Cyrillic, is found.
TEST(QuotesTest, FindsQuotationsAtEveryOffset) {
  const std::pair<std::string, std::string> marks[] = {
      {"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x98", "\xE2\x80\x99"}};
  for (const std::string& filler : {std::string("a"), std::string("\xD0\xB4")}) {
    for (size_t pad = 0; pad < 40; ++pad) {
      for (const auto& [open, close] : marks) {
        std::string before;
        for (size_t k = 0; k < pad; ++k) before += k % 5 == 4 ? std::string(" ") : filler;
        const std::string in = before + " " + open + "we hold" + close + " said " + before;
        std::vector<Quote> q;
        FindQuotes(in, &q);
        ASSERT_EQ(q.size(), 1u) << in;
        EXPECT_EQ(in.substr(q[0].span.begin, q[0].span.size()), "we hold") << in;
        EXPECT_EQ(q[0].outer.begin, before.size() + 1) << in;
      }
    }
  }
}

TEST(AnalyzerTest, RepairsNormalizesAndMapsBack) {
  auto a = Analyzer::Create();
  ASSERT_TRUE(a.ok());
  AnalyzedText t;
  std::string raw = "Bad \xFF byte. The \xEF\xAC\x81ne \xE2\x80\x9Cquote\xE2\x80\x9D here.";
  (*a)->Analyze(raw, &t);
  EXPECT_EQ(t.invalid_bytes, 1u);
  ASSERT_EQ(t.sentences.size(), 2u);
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.Slice(t.quotes[0].span), "quote");
  EXPECT_EQ(t.quotes[0].sentence, 1u);
  uint32_t here = static_cast<uint32_t>(t.text.find("here"));
  EXPECT_EQ(raw.substr(t.SourceOffset(here), 4), "here");
  EXPECT_EQ(t.SentenceAt(here), 1);
}

}  // namespace
}  // namespace sitrep::text
