// Vocabulary: the words of all lexicon phrases, each with a dense id, so
// that a document's tokens are hashed once (DocView::ids) and every phrase
// table then matches by array lookups instead of one hash per table.
//
//   Vocabulary v;
//   int32_t said = v.Intern("said");   // at lexicon load time
//   v.Find("said") == said;  v.Find("unknownword") == Vocabulary::kNone;
//
// The table itself is util/string_ids (StringIds); interning is not
// thread-safe, Find is (once loading is over).
#ifndef SITREP_EXTRACT_VOCABULARY_H_
#define SITREP_EXTRACT_VOCABULARY_H_

#include "util/string_ids.h"

namespace sitrep::extract {

using Vocabulary = StringIds;

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_VOCABULARY_H_
