// Lexicon: every word list and phrase table the extractor uses, loaded from
// data/lexicon/<lang>/ (one file per table; the format is in each file's
// header and in data/lexicon/README.md). Language-specific knowledge lives
// only there, so another language is another directory.
#ifndef SITREP_EXTRACT_LEXICON_H_
#define SITREP_EXTRACT_LEXICON_H_

#include <memory>
#include <string>

#include "extract/phrase_table.h"
#include "extract/vocabulary.h"
#include "util/status.h"

namespace sitrep::extract {

struct Lexicon {
  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The words of every table below, shared so that DocView::ids serves all.
  Vocabulary vocabulary;
  PhraseTable reporting_verbs;  // "said", "according to" -> say | hedge | deny
  PhraseTable titles;           // ranks and offices before a name: "Colonel-General"
  PhraseTable roles;            // role nouns: "expert", "advisor" (appositives)
  PhraseTable not_names;        // capitalised words that are never a person's name
  PhraseTable unit_nouns;       // "group", "brigade": a lone name after one is the unit's
  PhraseTable name_skip;        // words skipped between a name and its verb: "reportedly"
  PhraseTable speaker_cues;     // "under the call sign" -> callsign
  PhraseTable references;       // "he", "the general" -> person; "the city" -> place
  PhraseTable institutions;     // "the Kremlin" -> canonical name
  PhraseTable outlets;          // alias -> canonical outlet name
  PhraseTable outlet_cues;      // "the Telegram channel" -> channel; "interview with" -> cue
  PhraseTable outlet_words;     // "News", "TV": a capitalised name ending so is an outlet
  PhraseTable domains;          // top-level domains of outlet sites: "ru", "com"
  PhraseTable months;           // "november", "nov" -> 11
  PhraseTable weekdays;         // "monday" -> 1 (ISO)
  PhraseTable relative_dates;   // "yesterday" -> -1d; units "day" -> d
  PhraseTable numbers;          // number words: "seven" -> 7
  PhraseTable quantity_units;   // "killed" -> killed; "kilometres" -> km
  PhraseTable quantity_bounds;  // "up to" -> up_to
  PhraseTable casualty_verbs;   // "eliminated" -> killed (before "N soldiers")
  PhraseTable claim_triggers;   // "took control of" -> "captured fwd"
  PhraseTable claim_modifiers;  // "approaches to" -> fighting (overrides captured)
  PhraseTable modality;         // "will" -> future; "reportedly" -> hedge; "not" -> negation
  PhraseTable sides;            // "Russian" -> RU
  PhraseTable sourcing;         // "on condition of anonymity" -> anonymous
  PhraseTable sourcing_except;  // "close to the front" -> not a source

  // Loads data/lexicon/<lang>/*.txt below DataDir().
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& lang = "en");
  // Loads from an explicit directory (tests).
  static Result<std::unique_ptr<Lexicon>> LoadDir(const std::string& dir);
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_LEXICON_H_
