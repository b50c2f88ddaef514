// The server stage: a read-only JSON API over the store (server/api.h) and a
// single-page web UI on it (map, timeline, claims, diff view), served by
// cpp-httplib. Binds 127.0.0.1 unless told otherwise; GET and HEAD only;
// requests over max_request_bytes are refused; the store is opened
// read-only, so serving never changes it.
#ifndef SITREP_SERVER_SERVER_H_
#define SITREP_SERVER_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "server/api.h"
#include "server/store_pool.h"
#include "util/status.h"

namespace httplib {
class Server;
}

namespace sitrep::server {

struct ServerOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int threads = 8;
  size_t max_request_bytes = 16 * 1024;
  ApiLimits limits;
};

class Server {
 public:
  // Opens the store read-only. Fails when it cannot.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();

  // Binds and serves until Stop(); on_listening gets the bound port first.
  // IOError when the address cannot be bound.
  Status Run(const std::function<void(int port)>& on_listening = nullptr);
  // Safe from any thread.
  void Stop();

 private:
  Server() = default;
  ServerOptions options_;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<httplib::Server> http_;
};

// The single-page UI (HTML with inline CSS and JS), see ui_page.cc.
const std::string& UiPage();

}  // namespace sitrep::server

#endif  // SITREP_SERVER_SERVER_H_
