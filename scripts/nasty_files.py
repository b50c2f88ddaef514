#!/usr/bin/env python3
"""Writes the nasty-file suite: hostile inputs sitrep must survive.

  nasty_files.py --out DIR [--big-mb 200] [--bomb-gb 2] [--manifest FILE]

Every file is written from scratch here (no article text is copied), and a
manifest (DIR/manifest.tsv unless --manifest says) lists, one file a line:

  file <TAB> expect <TAB> stored <TAB> message

  expect   "ok"    ingest must exit 0,
           "error" ingest must exit 1 (something failed) and print `message`
  stored   how many documents the file must add to an empty store
           ("-" when unchecked)
  message  a fragment stderr must contain (file or record names are checked
           by the test script), or "-"

Only the standard library is used; output is identical for identical flags.
"""
import argparse
import gzip
import os
import random
import zlib

ARTICLE = ("Officials in the eastern region said on Monday that shelling damaged "
           "two schools and a water station overnight. \"The repairs will take "
           "weeks,\" a spokesman for the regional administration told reporters. "
           "No casualties were reported.")


def art(tag):
    """The article with a sentence of its own, so no two files share a text
    (the store skips a text it already holds)."""
    return ARTICLE + " Reference number %s was given to this report." % tag


def jline(doc_id, text=None, **kw):
    import json
    d = {"id": doc_id, "title": "Report " + doc_id, "text": text or art(doc_id), "published": "2024-05-06",
         "outlet": "example.org"}
    d.update(kw)
    return json.dumps(d, ensure_ascii=False) + "\n"


def html_page(body, charset="utf-8", title="A page"):
    return ("<!DOCTYPE html><html><head><meta charset=\"%s\"><title>%s</title></head>"
            "<body><article>%s</article></body></html>" % (charset, title, body))


def warc_record(rec_type, uri, payload, date="2024-05-06T10:00:00Z"):
    block = payload
    if rec_type == "response":
        block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + payload)
    head = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"
            "Content-Length: %d\r\n\r\n" % (rec_type, uri, date, len(block))).encode()
    return head + block + b"\r\n\r\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--big-mb", type=int, default=200, help="size of the single-line file")
    ap.add_argument("--bomb-gb", type=float, default=2.0, help="decompressed size of the gzip bomb")
    ap.add_argument("--manifest", help="where to write the manifest (default OUT/manifest.tsv)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rnd = random.Random(20240506)
    manifest = []

    def put(name, data, expect, stored, message="-"):
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(a.out, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
            f.write(data)
        manifest.append((name, expect, str(stored), message))

    # Invalid UTF-8 in a plain-text article: repaired, stored, reported.
    put("invalid_utf8.txt",
        b"Shelling report\n\n" + art("iu").encode() + b"\nBad bytes: \xff\xfe\xc3\x28 \xe2\x82 end.\n",
        "error", 1, "invalid UTF-8")
    # Invalid UTF-8 inside one JSONL record among good ones.
    put("invalid_utf8.jsonl",
        jline("iu-1").encode() + b'{"id":"iu-2","text":"bad \xff\xfe bytes in a sentence."}\n' +
        jline("iu-3").encode(), "error", 3, "invalid UTF-8")
    # NUL bytes: raw ones past the binary sniffing window of a text file, and
    # an escaped \u0000 inside JSON.
    put("nul_bytes.txt", ("Report\n\n" + (ARTICLE + "\n") * 60).encode() + b"after\x00\x00nul " +
        art("nul").encode(), "-", "-")
    put("nul_escape.jsonl", jline("nul-1", "Text with a \u0000 NUL escape. " + art("nul-1")), "ok", 1)
    # One line of `big_mb` MB, no newline at all.
    with open(os.path.join(a.out, "one_line.txt"), "wb") as f:
        chunk = (ARTICLE.replace(".", ",") + " ").encode() * 4000
        left = a.big_mb << 20
        while left > 0:
            f.write(chunk[:left])
            left -= len(chunk)
    # Larger than ReadOptions::max_record_bytes (32 MiB): refused, clearly.
    manifest.append(("one_line.txt", "error", "0", "not an article"))
    # 100,000-deep nesting.
    put("deep.jsonl", '{"id":"deep-1","text":"x","a":' + "[" * 100000 + "]" * 100000 + "}\n" +
        jline("deep-2"), "error", 1, "nested")
    put("deep.html", "<!DOCTYPE html><html><body>" + "<div>" * 100000 + "<p>" + art("deep-html") + "</p>" +
        "</div>" * 100000 + "</body></html>", "ok", 1)
    put("deep_unclosed.html", "<!DOCTYPE html><html><body>" + "<span><b>" * 50000 + art("unclosed"),
        "ok", 1)
    # Gzip bomb: one good record, then gigabytes of blank lines, built from
    # concatenated gzip members so writing it is fast.
    blank = b" " * 1023 + b"\n"
    member = gzip.compress(blank * (8 << 10), 9)  # 8 MiB decompressed
    n = int(a.bomb_gb * 1024 / 8)
    with open(os.path.join(a.out, "bomb.jsonl.gz"), "wb") as f:
        f.write(gzip.compress(jline("bomb-1").encode()))
        for _ in range(n):
            f.write(member)
        f.write(gzip.compress(jline("bomb-2").encode()))
    manifest.append(("bomb.jsonl.gz", "error", "1", "cap"))
    # Truncated WARC: two good response records, the third cut short.
    recs = [warc_record("warcinfo", "", b"software: nasty_files.py\r\n")]
    for i in range(3):
        recs.append(warc_record("response", "https://example.org/a%d" % i,
                                html_page("<p>%s</p><p>Item %d.</p>" % (art("warc"), i)).encode()))
    data = b"".join(recs)
    put("truncated.warc", data[:len(data) - 200], "error", 2, "truncated")
    put("truncated.warc.gz", gzip.compress(data)[:len(gzip.compress(data)) * 2 // 3], "error", "-", "-")
    # Truncated .jsonl.gz: 200 records, the stream cut at 60%.
    gz = gzip.compress("".join(jline("tz-%d" % i, "Record %d. %s" % (i, ARTICLE))
                               for i in range(200)).encode())
    put("truncated.jsonl.gz", gz[:len(gz) * 6 // 10], "error", "-", "truncated")
    # cp1251 HTML with a meta charset: converted with ICU.
    ru = ("Глава администрации заявил в понедельник, что обстрел повредил две школы. "
          "Жертв нет, сообщили в администрации.")
    put("cp1251.html", html_page("<p>%s</p>" % ru, "windows-1251", "Обстрел").encode("cp1251"),
        "ok", 1)
    put("koi8r.html", html_page("<p>%s Вторая страница.</p>" % ru, "koi8-r", "Обстрел").encode("koi8_r"), "ok", 1)
    put("bad_charset.html", html_page("<p>caf\xe9 %s</p>" % art("charset"), "x-no-such-charset").encode("latin-1"),
        "-", "-")
    # A 5 MB "article" of one repeated word.
    put("one_word.txt", "war " * (5 * 1024 * 1024 // 4), "ok", 1)
    put("one_word_nospace.txt", "w" * (5 * 1024 * 1024), "ok", 1)
    put("many_quotes.txt", "\u201c" * 200000 + " said \"" * 100000, "ok", 1)
    put("many_dots.txt", "Gen. " * 200000 + ". " * 200000, "ok", 1)
    # Empty, white space only, binary.
    put("empty.txt", b"", "error", 0, "empty")
    put("blank.txt", b"\n\n   \n", "error", 0, "-")
    put("binary.bin", bytes(rnd.getrandbits(8) for _ in range(64 << 10)), "error", 0, "binary")
    put("elf_like.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(rnd.getrandbits(8) for _ in range(4096)),
        "error", 0, "binary")
    # A malformed JSONL line among good ones (line 3), and other odd lines.
    put("malformed.jsonl", jline("mf-1") + jline("mf-2") + '{"id":"mf-x","text": "unterminated\n' +
        jline("mf-4") + "[1,2,3]\n" + '{"id":"mf-y"}\n' + jline("mf-7") + "\n\n" +
        '{"id": 12345, "text": "numeric id. ' + art("num") + '", "published": null, "tags": [1, {"a": 2}]}\n',
        "error", 4, ":3")
    put("huge_numbers.jsonl", '{"id":"hn-1","text":"%s","n":1e999999,"m":-1e-999999,"k":%s}\n'
        % (art("hn"), "9" * 5000), "-", "-")
    put("crlf.txt", ("Title line\r\n\r\n" + art("crlf") + "\r\n") * 3, "ok", 1)
    with open(a.manifest or os.path.join(a.out, "manifest.tsv"), "w") as f:
        for row in manifest:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
