// JsonWriter: compact JSON appended to a std::string, without building a DOM.
//
// The bytes are those of nlohmann::json::dump(-1, ' ', false,
// error_handler_t::replace) for the same values written in the same order:
//   - strings: '"' '\\' and control characters escaped (\b \f \n \r \t, the
//     others as \u00XX in lower-case hex); everything else, U+2028 and
//     non-ASCII included, as it stands; each invalid UTF-8 sequence becomes
//     U+FFFD, exactly where nlohmann puts it;
//   - doubles: nlohmann's shortest-ish form (grisu2, "1.0", "1e-07",
//     "1e+21"; NaN and infinities as null);
//   - no spaces, no newline.
// nlohmann's default object sorts its keys; the writer does not, so a caller
// that must match it writes keys in byte order.
//
//   std::string s;
//   {
//     JsonWriter w(&s);
//     w.BeginObject().Key("a").Int(1).Key("b").BeginArray().String("x").EndArray().EndObject();
//   }  // (or w.Flush())
//   // s == R"({"a":1,"b":["x"]})"
#ifndef SITREP_UTIL_JSON_WRITER_H_
#define SITREP_UTIL_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sitrep {

// A JSON object key written in the program as a string literal. The
// constructor runs at compile time and refuses (a compile error) a key
// that would need escaping, one longer than kMaxSize, and anything that is
// not a constant. It keeps the key as written out, comma and colon
// included (`,"key":`), so that JsonWriter::Key appends it in one piece.
class JsonKey {
 public:
  static constexpr size_t kMaxSize = 27;
  // kCopySize bytes from written() lie in the object (JsonWriter::Key
  // copies that many, a fixed size, and advances by written_size()).
  static constexpr size_t kCopySize = 32;

  template <size_t N>
  consteval JsonKey(const char (&s)[N]) : size_(N - 1) {
    if (N - 1 > kMaxSize) throw "a JSON key literal longer than JsonKey::kMaxSize";
    for (size_t i = 0; i + 1 < N; ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') throw "a JSON key literal must need no escaping";
    }
    if (s[N - 1] != '\0') throw "a JSON key literal ends with its NUL";
    text_[0] = ',';
    text_[1] = '"';
    for (size_t i = 0; i + 1 < N; ++i) text_[2 + i] = s[i];
    text_[N + 1] = '"';
    text_[N + 2] = ':';
  }
  const char* data() const { return text_ + 2; }
  size_t size() const { return size_; }
  // `,"key":` (with_comma) or `"key":`, and its length.
  const char* written(bool with_comma) const { return text_ + !with_comma; }
  size_t written_size(bool with_comma) const { return size_ + 3 + with_comma; }

 private:
  char text_[kCopySize + 1] = {};
  size_t size_;
};

class JsonWriter {
 public:
  // Appends to *out, which must outlive the writer. The writer writes into
  // spare room it keeps at the end of *out: what it wrote is in *out, and
  // *out its exact size again, once the writer is destroyed or Flush()ed.
  // (Writing through a cursor with one room check a piece, not through
  // std::string's append with its capacity, SSO and NUL bookkeeping and a
  // memcpy call a piece, halved the instructions spent on extract's JSONL.)
  explicit JsonWriter(std::string* out);
  ~JsonWriter() { Flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Trims *out to what was written; the writer can go on writing after.
  void Flush();

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  // REQUIRES: inside an object, before each value.
  // A key the program writes: a string literal, checked when compiled
  // (JsonKey) to be a plain ASCII name, so copied as it stands, written out
  // at compile time (,"key":) and copied as a fixed-size block.
  JsonWriter& Key(const JsonKey& key) {
    Room(JsonKey::kCopySize);
    std::memcpy(p_, key.written(need_comma_), JsonKey::kCopySize);
    p_ += key.written_size(need_comma_);
    need_comma_ = false;
    return *this;
  }
  // A key taken from input (any bytes): escaped like a string value.
  JsonWriter& KeyFromInput(std::string_view key);
  JsonWriter& String(std::string_view s) {
    BeforeValue();
    PutString(s);
    return *this;
  }
  JsonWriter& Int(int64_t v);
  JsonWriter& Uint(uint64_t v);
  JsonWriter& Double(double v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();

 private:
  JsonWriter& Open(char c) {
    Room(2);
    if (need_comma_) *p_++ = ',';
    *p_++ = c;
    need_comma_ = false;
    return *this;
  }
  JsonWriter& Close(char c) {
    Room(1);
    *p_++ = c;
    need_comma_ = true;
    return *this;
  }
  void BeforeValue() {
    Room(1);
    if (need_comma_) *p_++ = ',';
    need_comma_ = true;
  }
  // At least n bytes of room at p_.
  void Room(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) Grow(n);
  }
  void Grow(size_t n);
  void Put(const char* s, size_t n) {
    Room(n);
    std::memcpy(p_, s, n);
    p_ += n;
  }
  void PutString(std::string_view s);  // quoted and escaped
  void PutDouble(double v);
  template <typename Integer>
  void PutInteger(Integer v);

  std::string* out_;
  char* p_;    // next byte to write, in *out_
  char* end_;  // end of *out_'s bytes: [p_, end_) is room
  bool need_comma_ = false;  // a value was written in the open container
};

// s as a JSON string literal, quotes included (the escaping described above).
void AppendJsonString(std::string_view s, std::string* out);
// v as nlohmann prints a double ("null" when not finite).
void AppendJsonDouble(double v, std::string* out);

}  // namespace sitrep

#endif  // SITREP_UTIL_JSON_WRITER_H_
