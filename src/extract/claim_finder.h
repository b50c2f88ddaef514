// ClaimFinder: what is claimed about which settlement. A trigger from
// data/lexicon/<lang>/claim_triggers.txt ("liberation of", "push towards",
// "retreat", "remain contested", "cleaned up") governs the settlement(s) it
// points at, forward ("took control of four settlements: A, B and C") or
// backward ("A will be cleaned up"), within its clause; past a noun of
// settlements to the list a colon opens in the same clause ("liberated nine
// villages that had been held by the other side for months: A, B, C"), and
// on to the first name of each bulleted line after a sentence that ends in
// "<settlement noun> ... <trigger>:" ("the following villages were
// liberated:" then "• A;"). A locative trigger ("fighting") takes the place
// after "near", "around" or "in the area(s) of", up to 20 tokens on;
// "repelled" also past other triggers ("repelled ten attacks by ... in the areas of the
// villages of A and B"). A list grouped by region goes on after "<region>;" ("A, Kharkiv
// region; B and C"). Definite references
// ("the city", "this settlement") stand for the one settlement of the latest
// sentence naming any, else for the settlement named most often so far.
// Regions and countries never carry claims.
//
// A denial of the claim after a capture ("took X, but Kyiv rejected the
// claim") or opening the next sentence ("Ukraine denied the claim.") adds
// a contested claim about X, not the capture's speaker's.
//
// Negation: a capture, withdrawal or prediction that is denied ("Kyiv denied
// that Russians have taken X") or negated right before its trigger ("X is
// not under the control of Russia", "failed to capture X") says the place is
// still held: contested (and a capture troops failed at, "failed to" or
// "could not capture X", was fought over: fighting too). Negated fighting ("no threat of encirclement of X")
// is no claim. A part of a place ("half of X is under control", "almost
// completely occupied") makes a capture fighting; a retreat "to the western
// outskirts of X" is a retreat from X.
//
// Kind adjustments: a capture trigger with a strong prediction marker ("on
// the verge of", "imminent") or a future one ("will be taken") becomes a
// prediction, as does one right after a nominal capture's place ("the fall
// of X is only a matter of time"); "approaches to"/"outskirts of" make it fighting; a nominal
// capture ("the capture of X") counts only when the sentence places it in
// the past (a date, "following the", a past-tense verb nearby). A capture
// participle ("liberating X", tagged "result") is fighting in progress
// unless it opens a clause after a comma following a past-tense verb
// ("carried out an offensive, liberating X"): then the capture is its
// outcome. An attempt ("efforts to capture X", "trying to take X") is
// fighting; a condition ("if X falls", "even if the city were captured")
// is no claim. A settlement that is the subject of a reporting verb ("Moscow
// claimed", "Kyiv said") stands for a government and carries no claim, and
// one that only locates the trigger's object ("occupied a town south of X")
// carries none either. "adjacent" triggers take only the place right next
// to them ("took X"). A place that names a line of advance ("the Pokrovsk
// direction", "the A and B directions") carries no claim: claims are about
// the settlements fought over ("attacks near A and B in the Pokrovsk
// direction"), and the gold of surveys 4-24 reads it so more often than not.
// Each claim gets its sentence's speaker and outlet (else the document's
// main outlet), the date stated in its sentence, a deadline for predictions
// ("within one or two days"), the side (RU/UA) named nearest its trigger,
// and a modality: predicted > denied > hedged > reported > asserted.
#ifndef SITREP_EXTRACT_CLAIM_FINDER_H_
#define SITREP_EXTRACT_CLAIM_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"
#include "extract/sources.h"

namespace sitrep::extract {

// The (place, kind, sentence) of each claim made so far in an article, so
// that none is made twice: a few per article, kept in a flat vector.
class SeenClaims {
 public:
  // False when the triple was inserted before.
  bool Insert(int place, std::string_view kind, size_t sentence) {
    for (const Key& k : keys_) {
      if (k.place == place && k.sentence == sentence && k.kind == kind) return false;
    }
    if (keys_.empty()) keys_.reserve(16);  // (one allocation for most articles)
    keys_.push_back(Key{place, std::string(kind), sentence});
    return true;
  }

 private:
  struct Key {
    int place;
    std::string kind;
    size_t sentence;
  };
  std::vector<Key> keys_;
};

// A generic noun for a settlement: "city", "villages", "hamlet".
bool SettlementNoun(std::string_view w);

// Whether t.SentenceAt(off) == s, without its binary search: sentence s
// holds byte `off` and the next sentence starts after it. REQUIRES: s is
// a sentence of t (sentences in text order, as AnalyzedText keeps them).
inline bool SentenceHolds(const text::AnalyzedText& t, size_t s, uint32_t off) {
  return t.sentences[s].span.Contains(off) && (s + 1 == t.sentences.size() || t.sentences[s + 1].span.begin > off);
}

class ClaimFinder {
 public:
  // Reads the trigger lexicon's tags once (its kinds and flags).
  explicit ClaimFinder(const Lexicon& lex);
  // REQUIRES: rec->places, speakers, institutions, outlets and dates are
  // filled and src holds the sentence attribution.
  void Find(const DocView& v, const Sources& src, Record* rec) const;

  struct Occurrence {
    size_t a, b;  // tokens
    int place;    // index into Resolution::places
  };
  struct Trigger {
    size_t a, b;
    // A string literal or the head of a claim_triggers tag (the lexicon
    // outlives the finder): compared far more often than it is set.
    std::string_view kind;
    bool forward = true, backward = false, nominal = false;
    bool result = false;    // "liberating X": a capture when it reports an outcome
    bool adjacent = false;  // "the Pokrovsk direction": the place right before
    bool ousted = false;    // names the side driven out ("drove Ukrainian troops out of X")
    bool loser = false;     // the side named before it lost the place ("Ukrainian forces lost X")
    bool entry = false;     // troops entering ("entered X"): fighting, contested when denied
    bool locative = false;  // a bare noun ("fighting"): only a place after "near"/"around" is its
    bool reach = false;     // a locative that reaches past other triggers ("repelled")
    bool hold = false;      // a side holds the place ("under Russian control"): a hold
                            // by the place's own country only contests it
    bool troops = false;    // a claim only with an army or a side as its subject ("troops
                            // have left X", not "the last train has left X")
    bool share = false;     // a capture of a share of the place ("took half of X"): the
                            // place stays contested
    bool undecided = false; // a fight whose outcome is open ("battling for control of X",
                            // "holding out in X"): the place is contested as well
    bool situation = false; // the state of "the situation near X" ("remains difficult"):
                            // only a place "situation near/around/in" introduces
  };
  // A capture (or retreat, or fight) of a counted number of settlements in
  // a sentence that names none ("liberated four villages"); sentence -1: none.
  struct CountedTrigger {
    int sentence = -1;
    Trigger trigger;
  };
  struct Markers {
    bool predict = false, future = false, hedge = false, negation = false, deny = false,
         presuppose = false, past = false, attempt = false, conditional = false;
    bool hypothetical = false;     // "no plans to capture X", "a potential withdrawal from X"
    bool direct_negation = false;  // "has not been captured": negation right before the trigger
    bool partial = false;          // "almost completely occupied"
    bool disputed = false;         // "the alleged capture of X": contested as well
    bool inability = false;        // "failed to take X", "could not capture X": fought over, not taken
  };

 private:
  // The counted-settlements trigger of sentence s, if it has one.
  CountedTrigger CountedSettlements(const DocView& v, size_t s) const;
  // When sentence s (> 0) opens with "These are", "They include" or
  // "Namely" and the sentence before has a counted trigger, each settlement
  // sentence s names gets that trigger's claim ("Russian troops liberated
  // four villages. These are A, B, C and D."), attributed as the sentence
  // before is.
  // So does each bulleted line ("• A;") of a list that a sentence ending in
  // a colon announces with a trigger and a settlement noun ("The following
  // villages were liberated:"), attributed as that sentence is.
  void ClaimsOfTheNamedList(const DocView& v, const Sources& src, const std::vector<Occurrence>& occ,
                            const std::vector<int>& occ_at, size_t s,
                            SeenClaims* seen, Record* rec) const;
  // The claims of `counted` (if any) about the settlements of sentence s
  // from token k on (up to token `end`).
  void ClaimsOfTheList(const DocView& v, const Sources& src, const std::vector<Occurrence>& occ,
                       const std::vector<int>& occ_at, size_t s, size_t k, const CountedTrigger& counted,
                       SeenClaims* seen, Record* rec, size_t end = SIZE_MAX) const;
  // Start of a denial of a claim made before ("rejected the claim", "denied
  // it", "dismissed these reports") in [from, end), else end.
  size_t DenialOfAClaim(const DocView& v, size_t from, size_t end) const;
  // A report of the sentence's claim that the sentence itself calls false:
  // "Information that troops gained control over X ... is not true" (the
  // sentence, from `begin`, opens with the report's noun; the verb of being
  // comes after token `from`). Its token, else end.
  size_t FalseReportAround(const DocView& v, size_t begin, size_t from, size_t end) const;
  // Contested claims, in sentence s, about `places` (a denial at token `at`).
  // With `fighting` (the denial goes on "saying fighting continues"),
  // fighting claims too, from the fight's token `fight`.
  void AddContested(const DocView& v, const Sources& src, const std::vector<int>& places, size_t s, size_t at,
                    SeenClaims* seen, Record* rec, size_t fight = SIZE_MAX) const;
  // A fight that goes on with no place of its own ("fighting continues",
  // "battles are still ongoing") in [from, end): its first token, else end.
  static size_t FightGoesOn(const DocView& v, size_t from, size_t end);
  // A counter-claim in [from, end) that the fight goes on, after a
  // contrast ("though Kyiv contends that combat is still ongoing", "but
  // officials say fighting continues"): the claimer's verb, else end.
  // The longest trigger at token i read with the quote marks in [i, end)
  // left out, its length in the document's tokens (quote marks included);
  // no match when no quote mark was skipped.
  PhraseTable::Match TriggerPastQuotes(const DocView& v, size_t i, size_t end) const;
  // `captured` holds the places taken before it; the fight must go on now
  // and there ("fighting continues", "... in the town", "... in X").
  size_t CounterClaimOfFighting(const DocView& v, const std::vector<Occurrence>& occ, const std::vector<int>& occ_at,
                                const std::vector<int>& captured, size_t from, size_t end) const;
  // The trigger of sentence s when it ends in a colon and names a
  // settlement noun ("liberated the following settlements:"), if any.
  CountedTrigger ColonListHead(const DocView& v, size_t s) const;
  // Settlement occurrences (and resolved references) of the document.
  void Occurrences(const DocView& v, const Sources& src, std::vector<Occurrence>* occ,
                   std::vector<int>* occ_at) const;
  // The occurrences a trigger governs.
  std::vector<int> Governed(const DocView& v, const std::vector<Occurrence>& occ, const std::vector<int>& occ_at,
                            const std::vector<uint8_t>& trigger_tok, const Trigger& t, size_t begin,
                            size_t end) const;
  // A "result" participle's clause: a comma right before the trigger, and
  // the clause before it has a past-tense verb and no present auxiliary.
  bool PastClauseBefore(const DocView& v, const Trigger& t, size_t begin) const;
  // Where the line of advance that occurrence `o` names ends: the token
  // after a claim_modifiers word tagged "line" that follows `o` or the list
  // it belongs to ("the Kupiansk direction", "in the Kupiansk, Lyman and
  // Bakhmut directions", "the Kupiansk-Lyman axis"); 0 when `o` names none.
  size_t LineEnd(const DocView& v, const std::vector<Occurrence>& occ, const std::vector<int>& occ_at, int o,
                 size_t end) const;
  // A side as the subject of a relative clause, with at most an army noun,
  // a determiner and an auxiliary ("Russia", "Russian forces", "Ukraine's
  // army had") in [from, to).
  bool ArmySubjectOnly(const DocView& v, size_t from, size_t to) const;
  // Only auxiliaries and adverbs of the modality lexicon (tags aux, past,
  // present, future) in [from, to): "is not yet", "which was recaptured".
  bool AuxiliariesOnly(const DocView& v, size_t from, size_t to) const;
  // Auxiliaries, negations and adverbs only: "are currently not", "has already".
  bool VerbGroupOnly(const DocView& v, size_t from, size_t to) const;
  // Start of a claim_modifiers phrase tagged `tag` that ends right at token
  // `at` ("south of" before X, "half of" before X), else -1.
  long ModifierEndingAt(const DocView& v, size_t at, size_t begin, std::string_view tag) const;
  // Modality markers in the clause before the trigger (and "past" around it).
  Markers MarkersAround(const DocView& v, const Trigger& t, size_t begin, size_t end) const;
  // Fills side, speaker, outlet, date, deadline and modality of c.
  void Describe(const DocView& v, const Sources& src, const Record& rec, size_t sentence, const Trigger& t,
                const Markers& mk, Claim* c) const;
  const Lexicon& lex_;
  // Per claim-trigger tag index: the trigger its tag describes (kind and
  // flags; a, b unset), and the tag's "share" and "transparent" words.
  struct TriggerSpec {
    Trigger proto;
    bool share = false, transparent = false;
  };
  std::vector<TriggerSpec> specs_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CLAIM_FINDER_H_
