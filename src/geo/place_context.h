// PlaceContext: what the words around a candidate mention say about it —
// the key words of a text with their capitalisation, people ("Sergei X"),
// place cues ("village of X"), adjective heads ("X-sky direction") and
// spatial relations between two mentions ("X, 16 km from Y", "X is north of
// Y and southwest of Z", "X near Y").
#ifndef SITREP_GEO_PLACE_CONTEXT_H_
#define SITREP_GEO_PLACE_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geo_lexicon.h"
#include "geo/match_key.h"
#include "util/string_hash.h"

namespace sitrep::geo {

// One word of the key text.
struct KeyWord {
  uint32_t kbegin, kend;  // in KeyedText::key
  uint32_t sbegin, send;  // in the source text
  bool capitalized;       // the source word starts with an upper-case letter
  bool tight_before;      // only spaces/hyphens separate it from the previous word
};

// Splits a keyed text into words. `text` is the source of `kt`.
std::vector<KeyWord> KeyWords(std::string_view text, const KeyedText& kt);

// The indices of the capitalised words, in text order: the loops that look
// at those only (and at the words around them) go through this list, not
// every word.
std::vector<int> CapitalWords(const std::vector<KeyWord>& words);

// Index of the key word starting at key offset `kbegin` (binary search), or -1.
int WordAt(const std::vector<KeyWord>& words, uint32_t kbegin);

// Keys of words that name people in this text: the capitalised words right
// after a given name or title ("Ivan Petrenko" -> "petrenko"). Views into
// the KeyedText, which must outlive the set.
// A handful per article: a flat vector, searched in order, beats a hash set
// built and freed per article.
class PersonSet {
 public:
  void insert(std::string_view w) {
    if (!count(w)) words_.push_back(w);
  }
  size_t count(std::string_view w) const {
    for (std::string_view x : words_) {
      if (x == w) return 1;
    }
    return 0;
  }
  size_t size() const { return words_.size(); }

 private:
  std::vector<std::string_view> words_;
};
// `capitals` is CapitalWords(words).
PersonSet PersonWords(const KeyedText& kt, const std::vector<KeyWord>& words, const std::vector<int>& capitals,
                      const GeoLexicon& lex);
// Adds the capitalised words an age follows in commas ("One resident,
// Katerina, 38, wrote"; "Anna Kovalenko, 45, said"): people, not places.
// `text` is the source of `kt`; `capitals` is CapitalWords(words).
void AddAgedPersons(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words,
                    const std::vector<int>& capitals, PersonSet* persons);

// True when a cue phrase ("village of", "near") ends right before word `w`.
bool HasPlaceCue(const KeyedText& kt, const std::vector<KeyWord>& words, int w, const GeoLexicon& lex);

// True when a settlement noun introduces word `w`: "village of", "the
// settlement": the noun right before, or the noun and "of".
bool SettlementNounBefore(const KeyedText& kt, const std::vector<KeyWord>& words, int w);
// True when "village", "settlement" or "hamlet" follows the one-word name
// ending at word `last`, with "the" before it ("the Pobeda settlement").
bool SettlementNounAfter(const KeyedText& kt, const std::vector<KeyWord>& words, int last);

// Whether an appositive that a settlement noun heads follows the name ending
// at word `last` after a comma: "Shevchenko, a village 5 km from X", "X,
// the small town of ...": up to two words between the article and the noun.
bool SettlementAppositiveAfter(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words,
                               int last);

// Whether word w starts a later item of a list of names that a plural
// settlement noun introduces: "the villages of Lypove and Pobeda", "villages
// A, B, and C" (each name capitalised, up to three words; only commas, "and"
// or "or" between them; up to eight items).
bool ListedAfterSettlementNoun(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words, int w);

// A run of key words [first, last].
struct WordRun {
  int first, last;
};

// Names a settlement noun introduces, found whether or not the gazetteer
// knows them: "the village of X", "the settlements of X, Y Z and W", "the
// border towns of X and Y", "the village X". A name is a run of at most
// three capitalised words joined by a space or a hyphen; a list goes on
// over a comma and/or "and"/"or". Nouns: village, settlement, hamlet, town
// and their plurals. `text` is the source of `kt`. In text order.
std::vector<WordRun> SettlementNameRuns(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words);

// Words a and b are joined by a hyphen alone ("Nikolayevo-Daryino").
inline bool HyphenJoined(std::string_view text, const KeyWord& a, const KeyWord& b) {
  return b.sbegin == a.send + 1 && text[a.send] == '-';
}

// True for a word that may stand between "in the" and a region's name
// without changing which region it is: compass adjectives ("northeastern",
// "north-eastern", "eastern") and "neighbouring", "border", "frontline",
// "occupied" ("in the northeastern Sumy region").
bool IsRegionModifier(std::string_view w);

// True when an adjective head noun ("direction") is among the 3 words after
// word `last` (the last word of the mention).
bool HasAdjectiveHead(const KeyedText& kt, const std::vector<KeyWord>& words, int last,
                      const GeoLexicon& lex);

// kSector: the subject is named in a front sector called after the anchor
// ("In the X direction, ... near A"), in its sentence or the next.
enum class RelationKind : uint8_t { kDistance, kBearing, kNear, kSector };

// "subject is <km> from / <bearing> of / near anchor". Indices are of the
// caller's mention list.
struct Relation {
  int subject = -1, anchor = -1;
  RelationKind kind = RelationKind::kNear;
  double km = 0;       // kDistance
  double bearing = 0;  // kBearing: direction from anchor to subject, degrees
};

// A mention as the relation finder needs it: its first and last key word and
// its sentence.
struct MentionWords {
  int first_word, last_word, sentence;
};

// Lists of mentions: runs of mentions of one sentence joined only by
// commas, "and"/"or" and capitalised words that are no mention ("A,
// Storozhevo, and B"), closed by "and" or "or" ("near A, B, C and D"); not
// "between A and B", "from A ...", "the A-B road" or a comma alone ("Near
// A, B was shelled"). `text` is the source of `kt`; only mentions with
// `listable[i]` (settlements, not regions) are items. Each list holds its
// mention indices in text order.
std::vector<std::vector<int>> FindLists(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words,
                                        const std::vector<MentionWords>& mentions, const std::vector<bool>& listable);

// Finds the relations among `mentions` (sorted by position). The anchor is
// the mention right after the relation phrase; the subject is the closest
// earlier mention of the sentence that is not itself an anchor. A mention
// right before "direction", "axis", "sector", "area" or "region" anchors
// every other mention of its sentence, and of the next one unless that
// names its own sector.
std::vector<Relation> FindRelations(const KeyedText& kt, const std::vector<KeyWord>& words,
                                    const std::vector<MentionWords>& mentions);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_PLACE_CONTEXT_H_
