// Sources: who each sentence is attributed to. Filled by OutletFinder and
// SpeakerFinder, read by ClaimFinder and SourcingFinder.
#ifndef SITREP_EXTRACT_SOURCES_H_
#define SITREP_EXTRACT_SOURCES_H_

#include <cstdint>
#include <vector>

namespace sitrep::extract {

struct SentenceSource {
  int speaker = -1;      // index into Record::speakers, or -1
  int institution = -1;  // index into Record::institutions, or -1
  int outlet = -1;       // index into Record::outlets, or -1
  bool hedged = false;   // "reportedly", "allegedly" on the attribution
  bool reported = false; // relayed: "according to", "X reported", an outlet
};

struct Sources {
  std::vector<SentenceSource> sentence;  // one per AnalyzedText sentence
  std::vector<uint8_t> taken;            // token is part of an outlet or a name
  int main_outlet = -1;                  // first outlet cited, or -1
  int main_speaker = -1;                 // speaker with most attributed sentences

  void Reset(size_t sentences, size_t tokens) {
    sentence.assign(sentences, SentenceSource());
    taken.assign(tokens, 0);
    main_outlet = main_speaker = -1;
  }
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SOURCES_H_
