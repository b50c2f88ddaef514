#include "ingest/html_reader.h"

#include <gumbo.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace sitrep::ingest {
namespace {

// Nesting beyond this is flattened before parsing: gumbo and tree walkers
// recurse, and no real article nests this deep.
constexpr int kMaxDepth = 2000;

bool IsSkipped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_MAIN:
      return true;
    default:
      return false;
  }
}

// Iterative walk: collects text, paragraph breaks at block elements.
void CollectText(const GumboNode* root, std::string* out) {
  struct Item { const GumboNode* node; bool closing; };
  std::vector<Item> stack{{root, false}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      std::string_view s(n->v.text.text);
      // Collapse white space runs.
      for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
          if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
        } else {
          out->push_back(c);
        }
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (IsSkipped(tag)) continue;
      if (IsBlock(tag)) {
        while (!out->empty() && out->back() == ' ') out->pop_back();
        if (!out->empty() && out->back() != '\n') out->push_back('\n');
        if (it.closing) continue;
        stack.push_back({n, true});
      }
    }
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), false});
    }
  }
}

// Finds the element to read text from: <article>, else <main>, else <body>.
const GumboNode* FindMain(const GumboNode* root, std::string* title) {
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag t = n->v.element.tag;
      if (t == GUMBO_TAG_TITLE && title->empty() && n->v.element.children.length > 0) {
        auto* c = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (c->type == GUMBO_NODE_TEXT) *title = c->v.text.text;
      }
      if (t == GUMBO_TAG_ARTICLE && !article) article = n;
      if (t == GUMBO_TAG_MAIN && !main) main = n;
      if (t == GUMBO_TAG_BODY && !body) body = n;
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE) continue;
    }
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  if (article) return article;
  if (main) return main;
  return body ? body : root;
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \n\t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \n\t\r");
  return s.substr(b, e - b + 1);
}

// Looks for <meta charset=...> or content="...; charset=..." in the head.
std::string DeclaredCharset(const std::string& html) {
  std::string head = html.substr(0, std::min<size_t>(html.size(), 4096));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t p = head.find("charset=");
  if (p == std::string::npos) return "";
  p += 8;
  while (p < head.size() && (head[p] == '"' || head[p] == '\'' || head[p] == ' ')) ++p;
  size_t e = p;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
  return head.substr(p, e - p);
}

// True for a start tag that opens no element: a void element (<br>, <img>,
// <meta>...) or one written self-closing (<x/>). `i` is at the '<'.
bool OpensNoElement(const std::string& html, size_t i) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                               "input", "link", "meta", "param", "source", "track",
                                               "wbr", "keygen"};
  size_t b = i + 1, e = b;
  while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e]))) ++e;
  std::string name = html.substr(b, e - b);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  for (std::string_view v : kVoid) {
    if (name == v) return true;
  }
  // Stop at the next '<' too, so unclosed tags keep this linear overall.
  size_t gt = e;
  while (gt < html.size() && html[gt] != '>' && html[gt] != '<') ++gt;
  return gt < html.size() && html[gt] == '>' && gt > e && html[gt - 1] == '/';
}

// Bounds nesting: tags deeper than kMaxDepth are removed (text kept). Void and
// self-closing tags do not nest, so they do not count.
std::string FlattenDeepNesting(const std::string& html) {
  int depth = 0, max_depth = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] == '<') {
      if (html[i + 1] == '/') --depth;
      else if (std::isalpha(static_cast<unsigned char>(html[i + 1])) && !OpensNoElement(html, i)) {
        max_depth = std::max(max_depth, ++depth);
      }
    }
  }
  if (max_depth <= kMaxDepth) return html;
  std::string out;
  out.reserve(html.size());
  depth = 0;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<' && i + 1 < html.size() &&
        (html[i + 1] == '/' || std::isalpha(static_cast<unsigned char>(html[i + 1])))) {
      bool closing = html[i + 1] == '/';
      bool opens = !closing && !OpensNoElement(html, i);
      size_t e = html.find('>', i);
      if (e == std::string::npos) break;
      int level = closing ? depth : depth + 1;
      if (closing) --depth; else if (opens) ++depth;
      if (level <= kMaxDepth) out.append(html, i, e - i + 1);
      i = e;
      continue;
    }
    out.push_back(html[i]);
  }
  return out;
}

}  // namespace

Status ConvertToUtf8(const std::string& in, const std::string& charset, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  out->assign(in.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out->data(), static_cast<int32_t>(out->size()),
                           in.data(), static_cast<int32_t>(in.size()), &err);
  if (U_FAILURE(err)) return Status::InvalidArgument("cannot convert from charset '" + charset + "': " + u_errorName(err));
  out->resize(static_cast<size_t>(n));
  return Status::OK();
}

Status DocumentFromHtml(const std::string& raw, const std::string& origin, Document* out) {
  std::string html = raw;
  std::string cs = DeclaredCharset(raw);
  if (!cs.empty() && cs != "utf-8" && cs != "utf8" && !text::IsValidUtf8(raw)) {
    std::string conv;
    Status s = ConvertToUtf8(raw, cs, &conv);
    if (!s.ok()) return Status::InvalidArgument(origin + ": " + s.message());
    html = std::move(conv);
  }
  html = FlattenDeepNesting(html);
  GumboOutput* g = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (!g) return Status::InvalidArgument(origin + ": HTML could not be parsed");
  std::string title;
  const GumboNode* main = FindMain(g->document, &title);
  std::string text;
  CollectText(main, &text);
  gumbo_destroy_output(&kGumboDefaultOptions, g);
  text = Trim(text);
  if (text.empty()) return Status::InvalidArgument(origin + ": HTML page has no text");
  out->title = Trim(title);
  out->text = std::move(text);
  out->origin = origin;
  return Status::OK();
}

}  // namespace sitrep::ingest
