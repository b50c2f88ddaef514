#include "extract/lexicon.h"

#include "util/data_path.h"

namespace sitrep::extract {

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& lang) {
  return LoadDir(DataPath("lexicon/" + lang));
}

Result<std::unique_ptr<Lexicon>> Lexicon::LoadDir(const std::string& dir) {
  auto lex = std::make_unique<Lexicon>();
  struct File {
    const char* name;
    PhraseTable* table;
  };
  const File files[] = {
      {"reporting_verbs", &lex->reporting_verbs}, {"titles", &lex->titles},
      {"roles", &lex->roles},                     {"not_names", &lex->not_names},
      {"unit_nouns", &lex->unit_nouns},
      {"name_skip", &lex->name_skip},             {"speaker_cues", &lex->speaker_cues},
      {"references", &lex->references},           {"institutions", &lex->institutions},
      {"outlets", &lex->outlets},                 {"outlet_cues", &lex->outlet_cues},
      {"outlet_words", &lex->outlet_words},       {"domains", &lex->domains},
      {"months", &lex->months},                   {"weekdays", &lex->weekdays},
      {"relative_dates", &lex->relative_dates},   {"numbers", &lex->numbers},
      {"quantity_units", &lex->quantity_units},   {"quantity_bounds", &lex->quantity_bounds},
      {"casualty_verbs", &lex->casualty_verbs},
      {"claim_triggers", &lex->claim_triggers},   {"claim_modifiers", &lex->claim_modifiers},
      {"modality", &lex->modality},               {"sides", &lex->sides},
      {"sourcing", &lex->sourcing},               {"sourcing_except", &lex->sourcing_except},
  };
  for (const auto& f : files) {
    f.table->UseVocabulary(&lex->vocabulary);
    SITREP_RETURN_IF_ERROR(f.table->LoadFile(dir + "/" + f.name + ".txt"));
  }
  return lex;
}

}  // namespace sitrep::extract
