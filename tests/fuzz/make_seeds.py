#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/<target>/).

Seeds are small inputs written here by hand (no article text copied), one
directory per fuzz target (fuzz/<target>_fuzzer.cc). Run from anywhere:
  python3 tests/fuzz/make_seeds.py
"""
import gzip
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def w(d, name, data):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
    with open(os.path.join(HERE, d, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())


A = ('Officials said on Monday that shelling damaged two schools near the river. '
     '"The repairs will take weeks," a spokesman told reporters on 5 May 2024. '
     'Gen. Ivanov of the U.S.-trained 47th brigade said about 300 troops had advanced 2 km.')
R = ('По словам военного эксперта, подразделения продвинулись на 3 км к западу от города. '
     '«Бои продолжаются», — сказал он 12 марта.')
H = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Report</title><script>var x="<p>";'
     '</script><style>p{}</style></head><body><nav>Home | News</nav><article><h1>Head</h1><p>%s</p>'
     '<blockquote>"Quoted"</blockquote><ul><li>one</li><li>two</li></ul></article><footer>(c)</footer>'
     '</body></html>')


def rec(t, uri, payload, ct='text/html; charset=utf-8'):
    block = payload if t != 'response' else (
        ('HTTP/1.1 200 OK\r\nContent-Type: %s\r\n\r\n' % ct).encode() + payload)
    return ('WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-06T10:00:00Z\r\n'
            'Content-Length: %d\r\n\r\n' % (t, uri, len(block))).encode() + block + b'\r\n\r\n'


def main():
    w('jsonl', 'basic', json.dumps({"id": "a1", "title": "T", "text": A, "published": "2024-05-06",
                                    "outlet": "example.org", "url": "https://example.org/a"}))
    w('jsonl', 'extra', json.dumps({"id": 7, "text": R, "date": "2024-03-12T10:00:00Z", "source": "x",
                                    "tags": [1, 2, {"k": None}], "n": 1.5}, ensure_ascii=False))
    w('jsonl', 'escapes', '{"id":"e","text":"line\\nbreak \\u00e9 \\ud83d\\ude00 \\u0000 tab\\t"}')
    w('jsonl', 'bad', '{"id":"b","text":"unterminated')
    w('jsonl', 'array', '[1,2,{"text":"x"}]')
    w('jsonl', 'notext', '{"id":"n","title":"no text"}')

    w('html', 'article', H % A)
    w('html', 'cp1251', ('<html><head><meta http-equiv="Content-Type" content="text/html; '
                         'charset=windows-1251"><title>Т</title></head><body><main><p>%s</p></main>'
                         '</body></html>' % R).encode('cp1251'))
    w('html', 'koi8', ('<html><head><meta charset="koi8-r"></head><body><p>%s</p></body></html>'
                       % R).encode('koi8_r', errors='replace'))
    w('html', 'broken', '<html><body><div><p>Unclosed <b>bold <i>italic<table><tr><td>cell</div></span>'
                        '&amp;&nbsp;&#x41;&#99999999;<![CDATA[x]]><!-- c')
    w('html', 'deep', '<div>' * 300 + 'deep text' + '</div>' * 290)

    warc = (rec('warcinfo', '', b'software: seed\r\n') +
            rec('request', 'https://e.org/a', b'GET /a HTTP/1.1\r\n\r\n') +
            rec('response', 'https://e.org/a', (H % A).encode()) +
            rec('response', 'https://e.org/img', b'\x89PNG', ct='image/png') +
            rec('resource', 'https://e.org/r', ('<p>%s</p>' % R).encode()))
    w('warc', 'plain', warc)
    w('warc', 'gz', b''.join(gzip.compress(rec('response', 'https://e.org/%d' % i, (H % A).encode()))
                             for i in range(2)))
    w('warc', 'truncated', warc[:len(warc) - 100])
    w('warc', 'badlen', b'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\nxx\r\n\r\n'
                        b'WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n')

    # gzip target: byte 0 = mode bits, byte 1 = where to cut the compressed stream.
    w('gzip', 'plain_lines', b'\x00\xff' + '\n'.join([A, R, '', 'x' * 20]).encode())
    w('gzip', 'gz_full', b'\x01\xff' + '\n'.join([A, R, 'tail']).encode())
    w('gzip', 'gz_cut', b'\x01\x80' + (A * 3).encode())
    w('gzip', 'gz_blocks', b'\x09\x07' + (A + '\n' + R).encode())
    w('gzip', 'raw_gzip', b'\x08\x03' + gzip.compress(((A + '\n') * 4).encode()) + gzip.compress(R.encode()))
    w('gzip', 'caps', b'\x07\xff' + ('short\n' + 'a' * 50 + '\nend').encode())

    w('analyzer', 'en', A)
    w('analyzer', 'ru', R)
    w('analyzer', 'mixed', '\ufb01nance \uff26\uff55\uff4c\uff4c \u00bd e\u0301 \u00a0 \u201cCurly \u2018nested\u2019 '
                           'quotes\u201d \u00abGuillemets\u00bb "straight" U.S. Oct. 5, Mr. Smith.'.encode()
      + b' \xff\xfe\xc3(\x00 end')
    w('analyzer', 'abbrev', 'Lt. Gen. A. B. Smith arrived at 3 p.m. on Oct. 3. He left. St. Petersburg is far. No.')

    w('reader', 'jsonl', json.dumps({"id": "r", "text": A}) + '\n{bad\n' +
      json.dumps({"id": "r2", "text": R}, ensure_ascii=False) + '\n')
    w('reader', 'jsonl_gz', gzip.compress((json.dumps({"id": "r", "text": A}) + '\n').encode()))
    w('reader', 'txt', 'Title line\n\n' + A)
    w('reader', 'html', H % A)
    w('reader', 'warc', warc)
    w('reader', 'warc_gz', gzip.compress(warc))
    w('reader', 'binary', bytes(range(256)))

    w('extract', 'en', 'Shelling near the river\n\n' + A + ' Russian forces captured the village on 3 March, '
      'the ministry said. A drone strike destroyed 4 tanks and 12 armored vehicles, according to the '
      'regional governor.')
    w('extract', 'ru', R)
    w('extract', 'quotes', '\u201cWe have taken the town,\u201d the commander said on Tuesday. Kyiv denied '
                           'it: \u00abThis is false\u00bb.')

    # date target: first line = published date, the rest = text.
    for i, (p, t) in enumerate([
            ("2025-11-21", "Russian forces entered the town on November 21. Two days earlier, on Tuesday, "
                           "the army said it held it."),
            ("2024-02-29T10:00:00Z", "On 21 November 2025 and on Nov. 3rd, then 24 hours later and yesterday, "
                                     "last week."),
            ("", "April 18th 2023 and 2025-11-21, a day later, the next day, three weeks ago."),
            ("2025-01-02", "On December 31 the governor said. On Monday, last Sunday. 31 February. 0 March 99999."),
            ("garbage", "12 \u043c\u0430\u0440\u0442\u0430 2024. 1 January 1900, 2099-12-31. Sept. 9, Jan 1.")]):
        w('date', 'seed%02d' % i, p + "\n" + t)


if __name__ == '__main__':
    main()
