// `sitrep serve [--db FILE] [--host 127.0.0.1] [--port 8080]`: serves the
// read-only JSON API and the web UI (server/server.h) until SIGINT/SIGTERM.
// Prints "sitrep: serving http://HOST:PORT/" on stdout once listening
// (--port 0 picks a free port).
#include <csignal>
#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "server/server.h"

namespace sitrep::cli {
namespace {

struct ServeOptions {
  std::string db = DefaultDbPath();
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 8;
  int max_page = 500;
};

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

int RunServe(const ServeOptions& o) {
  server::ServerOptions so;
  so.db = o.db;
  so.host = o.host;
  so.port = o.port;
  so.threads = o.threads;
  so.limits.max_page = o.max_page;
  auto s = server::Server::Create(so);
  if (!s.ok()) {
    PrintError(s.status().message());
    return 1;
  }
  server::Server* srv = s->get();
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::thread watcher([srv] {
    while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    srv->Stop();
  });
  Status st = srv->Run([&o](int port) {
    std::cout << "sitrep: serving http://" << o.host << ":" << port << "/" << std::endl;
  });
  g_stop = true;
  watcher.join();
  if (!st.ok()) {
    PrintError(st.message());
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterServe(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ServeOptions>();
  auto* sub = app.add_subcommand("serve", "serve a read-only JSON API and web UI over the store");
  sub->add_option("--db", o->db, "store file (opened read-only)")->capture_default_str();
  sub->add_option("--host", o->host, "address to bind (127.0.0.1: this machine only)")->capture_default_str();
  sub->add_option("--port", o->port, "port (0: any free port)")->check(CLI::Range(0, 65535))->capture_default_str();
  sub->add_option("--threads", o->threads, "worker threads")->check(CLI::Range(1, 256))->capture_default_str();
  sub->add_option("--max-page", o->max_page, "largest page the API returns")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  sub->callback([run, o] { *run = [o] { return RunServe(*o); }; });
}

}  // namespace sitrep::cli
