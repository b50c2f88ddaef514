// The server stage: a read-only JSON API over the store and a single-page UI.
#ifndef SITREP_SERVER_SERVER_H_
#define SITREP_SERVER_SERVER_H_

namespace sitrep::server {}  // namespace sitrep::server

#endif  // SITREP_SERVER_SERVER_H_
