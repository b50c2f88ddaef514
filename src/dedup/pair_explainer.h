// PairExplainer: turns the alignment of two documents into the RewritePair
// sitrep prints: the sentences each side added, the quotations only one side
// has, numbers that changed between corresponding sentences, and the
// anonymous-source phrases only one side uses.
#ifndef SITREP_DEDUP_PAIR_EXPLAINER_H_
#define SITREP_DEDUP_PAIR_EXPLAINER_H_

#include <string>
#include <string_view>

#include "dedup/doc_signature.h"
#include "dedup/pair_aligner.h"
#include "dedup/rewrite_lexicon.h"
#include "dedup/rewrite_pair.h"

namespace sitrep::dedup {

// One side of a pair: its id, the text its signature's spans index, and the signature.
struct PairSide {
  std::string id;
  std::string_view text;
  const DocSignature* sig = nullptr;
};

// Builds the RewritePair of a and b from their alignment (AlignPair; the
// quotes are found here). Sentences are the text's own, trimmed.
RewritePair ExplainPair(const PairSide& a, const PairSide& b, const Alignment& alignment,
                        const RewriteLexicon& lexicon);

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_PAIR_EXPLAINER_H_
