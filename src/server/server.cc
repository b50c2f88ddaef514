#include "server/server.h"

#include <httplib.h>

namespace sitrep::server {

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  auto pool = StorePool::Open(options.db);
  if (!pool.ok()) return pool.status();
  std::unique_ptr<Server> s(new Server());
  s->options_ = options;
  s->pool_ = std::move(*pool);
  s->api_ = std::make_unique<Api>(s->pool_.get(), options.limits);
  s->http_ = std::make_unique<httplib::Server>();
  return s;
}

Server::~Server() = default;

Status Server::Run(const std::function<void(int)>& on_listening) {
  httplib::Server& http = *http_;
  int threads = std::max(1, options_.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options_.max_request_bytes);
  http.set_read_timeout(5, 0);
  http.set_write_timeout(5, 0);
  http.set_keep_alive_max_count(1000);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cache-Control", "no-store"}});
  http.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; connect-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                   "img-src data:; frame-ancestors 'none'");
    res.set_content(UiPage(), "text/html; charset=utf-8");
  });
  http.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
  Api* api = api_.get();
  size_t max_bytes = options_.max_request_bytes;
  http.Get(R"(/api/[a-z]+)", [api, max_bytes](const httplib::Request& req, httplib::Response& res) {
    if (req.target.size() > max_bytes) {
      res.status = 414;
      res.set_content(R"({"error":"request too long"})", "application/json");
      return;
    }
    std::map<std::string, std::string> params;
    for (const auto& [k, v] : req.params) params.emplace(k, v);  // the first of repeated keys
    ApiResponse r = api->Handle(req.path, params);
    res.status = r.status;
    res.set_content(r.body, r.content_type.c_str());
  });
  auto refuse = [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;
    res.set_content(R"({"error":"read-only API: GET only"})", "application/json");
  };
  http.Post(".*", refuse);
  http.Put(".*", refuse);
  http.Delete(".*", refuse);
  http.Patch(".*", refuse);
  int port = options_.port;
  if (port == 0) {
    port = http.bind_to_any_port(options_.host);
    if (port <= 0) return Status::IOError("cannot bind " + options_.host);
  } else if (!http.bind_to_port(options_.host, port)) {
    return Status::IOError("cannot bind " + options_.host + ":" + std::to_string(port));
  }
  if (on_listening) on_listening(port);
  if (!http.listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::OK();
}

void Server::Stop() {
  if (http_) http_->stop();
}

}  // namespace sitrep::server
