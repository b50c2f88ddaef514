#include "ingest/line_stream.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstring>

namespace sitrep::ingest {
namespace {
constexpr size_t kChunk = 1 << 20;
}

LineStream::LineStream(const std::string& path, uint64_t max_total_bytes, uint64_t max_line_bytes)
    : max_total_(max_total_bytes), max_line_(max_line_bytes), path_(path) {
  if (path == "-") {
    gz_ = gzdopen(dup(STDIN_FILENO), "rb");
  } else {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      open_status_ = Status::IOError(path + ": " + std::strerror(errno));
      return;
    }
    gz_ = gzdopen(fd, "rb");
    if (!gz_) ::close(fd);
  }
  if (!gz_) {
    open_status_ = Status::IOError(path + ": cannot open");
    return;
  }
  gzbuffer(gz_, 256 * 1024);
}

LineStream::~LineStream() {
  if (gz_) gzclose(gz_);
}

uint64_t LineStream::bytes_in() const { return gz_ ? static_cast<uint64_t>(gzoffset(gz_)) : 0; }

bool LineStream::Fill() {
  if (eof_ || !gz_ || !status_.ok()) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  int n = gzread(gz_, buf_.data() + old, kChunk);
  if (n < 0) {
    int errnum = 0;
    const char* msg = gzerror(gz_, &errnum);
    buf_.resize(old);
    status_ = Status::Corruption(std::string(msg ? msg : "read error") +
                                 " (truncated or corrupt compressed data?)");
    eof_ = true;
    return false;
  }
  buf_.resize(old + static_cast<size_t>(n));
  total_ += static_cast<uint64_t>(n);
  if (total_ > max_total_) {
    buf_.resize(old);  // nothing past the cap is handed out
    status_ = Status::Corruption("decompressed size exceeds the cap of " +
                                 std::to_string(max_total_ >> 20) + " MiB; input refused");
    eof_ = true;
    return false;
  }
  if (n == 0) {
    eof_ = true;
    int errnum = 0;
    gzerror(gz_, &errnum);
    if (errnum != Z_OK && errnum != Z_STREAM_END) {
      status_ = Status::Corruption("truncated or corrupt compressed data");
    }
    return false;
  }
  return true;
}

bool LineStream::NextLine(std::string* line, bool* too_long) {
  *too_long = false;
  size_t scan_from = pos_;
  for (;;) {
    size_t nl = buf_.find('\n', scan_from);
    if (nl != std::string::npos) {
      ++line_no_;
      if (*too_long) {
        pos_ = nl + 1;
        line->clear();
        return true;
      }
      line->assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      return true;
    }
    if (buf_.size() - pos_ > max_line_) {
      // Drop what we have of an overlong line and keep scanning for its end.
      *too_long = true;
      buf_.clear();
      pos_ = 0;
    }
    scan_from = buf_.size() - pos_;
    if (!Fill()) {
      if (pos_ < buf_.size() || *too_long) {
        ++line_no_;
        if (!*too_long) line->assign(buf_, pos_, std::string::npos); else line->clear();
        pos_ = buf_.size();
        return true;
      }
      return false;
    }
    scan_from += pos_;  // Fill() compacts the buffer to pos_ = 0
  }
}

size_t LineStream::Read(size_t n, std::string* out) {
  while (buf_.size() - pos_ < n && Fill()) {
  }
  size_t take = std::min(n, buf_.size() - pos_);
  out->append(buf_, pos_, take);
  pos_ += take;
  return take;
}

}  // namespace sitrep::ingest
