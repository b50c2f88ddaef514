// SpeakerFinder: the people (and institutions) statements are attributed
// to, found by pattern, never by a list of names:
//   Name [, appositive,] (has|reportedly ...) <reporting verb>   "Dronov stated"
//   <reporting verb> [title] Name                               "said Anna Kovalchuk"
//   according to Name / <verb>ed by Name / Name, who <verb>
//   <verb> [age] Name                                            "said 68-year-old Name"
//   Name [(...)]: “quotation”, on the line or the next one       (its sentences are Name's)
//   under the call sign X                                        -> speaker "X"
// A name a "which" clause describes ("the firm, Acme, which ..., posted")
// is a thing's.
// A name is a run of capitalised words less leading titles ("Colonel-
// General") and words the lexicon says are never names (nationalities,
// months, institutions); a lone surname at the start of a sentence must
// have been introduced in full before. Pronoun and title references ("He
// noted", "The general emphasised") attribute their sentence to the last
// named speaker, and the sentences of a quotation spanning several take the
// speaker attributed within it. Institutions ("the Kremlin", "the General
// Staff") go to Record::institutions, never to speakers.
#ifndef SITREP_EXTRACT_SPEAKER_FINDER_H_
#define SITREP_EXTRACT_SPEAKER_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"
#include "extract/sources.h"

namespace sitrep::extract {

class SpeakerFinder {
 public:
  // REQUIRES: lex is loaded (its vocabulary complete) and outlives the finder.
  explicit SpeakerFinder(const Lexicon& lex);
  // Fills rec->speakers and rec->institutions and the per-sentence speaker
  // of *src. REQUIRES: OutletFinder has marked src->taken.
  void Find(const DocView& v, Record* rec, Sources* src) const;

 private:
  struct VerbHit {
    size_t len = 0;      // tokens from the start position through the verb
    bool hedged = false;
    std::string_view tag;  // say | hedge | deny (a lexicon tag or a literal)
  };
  // A reporting verb at j, after skipping auxiliaries, adverbs and quote
  // marks ("has reportedly stated"). *hit is set only when true.
  bool VerbAt(const DocView& v, size_t j, size_t end, VerbHit* hit) const {
    return j < end && MayOpenVerb(v, j) && VerbFrom(v, j, end, hit);
  }
  // False when token j can start none of what VerbAt skips or matches: no
  // reporting verb's first word, no name_skip word, no word in -ly, no
  // quotation mark (each opens with one of four bytes).
  bool MayOpenVerb(const DocView& v, size_t j) const {
    if (OpensIn(opens_verb_.data(), opens_verb_.size(), v.ids[j]) || v.words[j].ends_with("ly")) return true;
    const std::string_view r = v.raw[j];
    const unsigned char c = r.empty() ? 0 : static_cast<unsigned char>(r[0]);
    return (c == '"' || c == '\'' || c == 0xE2 || c == 0xC2) && v.IsQuoteMark(j);
  }
  // VerbAt past its first tests.
  bool VerbFrom(const DocView& v, size_t j, size_t end, VerbHit* hit) const;
  // An attribution prefix ("according to", "in the words of") ends just
  // before token r.
  bool PrefixBefore(const DocView& v, size_t begin, size_t r) const;
  // A reporting verb, an attribution prefix or "<verb>ed by" ends just before
  // token r (a name that follows is the speaker).
  bool LinkedBefore(const DocView& v, size_t begin, size_t r, VerbHit* hit) const;
  // Start of a role phrase ending just before token r ("senior analyst"
  // before a name; no article, verb or non-name word), or r when none.
  size_t RoleStart(const DocView& v, size_t begin, size_t r) const;
  // Which of the institutions, speaker_cues and references tables have a
  // phrase starting with word `id` (vocabulary id; kNone opens none).
  static constexpr uint8_t kOpensInstitution = 1, kOpensCue = 2, kOpensReference = 4;
  uint8_t Opens(int32_t id) const { return OpensIn(opens_.data(), opens_.size(), id); }
  static uint8_t OpensIn(const uint8_t* opens, size_t size, int32_t id) {
    const auto u = static_cast<uint32_t>(id);
    return u < size ? opens[u] : 0;
  }
  const Lexicon& lex_;
  std::vector<uint8_t> opens_;       // vocabulary id -> kOpens* bits
  std::vector<uint8_t> opens_verb_;  // vocabulary id -> 1: a reporting verb's first word or a name_skip word
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SPEAKER_FINDER_H_
