#!/usr/bin/python3
"""Writes the fuzz seed corpora from a demo data set plus a few hand-made edge cases.

    fusioncell-cli demo --out /tmp/fcdemo --incidents 50 --seed 1
    /usr/bin/python3 tests/fuzz/corpus/make_corpus.py /tmp/fcdemo tests/fuzz/corpus

Seeds are kept small (a header and a few rows) so that the mutations stay fast; the demo data is
generated and fictional.
"""
import json
import os
import sys

demo, out = sys.argv[1], sys.argv[2]


def write(folder, name, data):
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    with open(os.path.join(out, folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def head(path, lines):
    """The first lines of an export, in its own encoding and line breaks."""
    raw = open(path, "rb").read()
    encoding = "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig" if raw[:3] == b"\xef\xbb\xbf" else "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:  # an Excel-style export
        encoding = "cp1252"
        text = raw.decode(encoding)
    kept = "".join(text.splitlines(keepends=True)[:lines])
    return kept.encode(encoding)


exports = os.path.join(demo, "exports")
for name in sorted(os.listdir(exports)):
    data = head(os.path.join(exports, name), 6)
    write("import", name, data)
    if name.endswith(".jsonl"):
        write("jsonreader", name, data)
        rows = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
        write("jsonreader", name.replace(".jsonl", ".json"), json.dumps(rows[:3], indent=1))
        write("import", name.replace(".jsonl", ".json"), json.dumps(rows[:3], indent=1))
    else:
        write("csvreader", name, data)

specs = os.path.join(demo, "specs")
for name in sorted(os.listdir(specs)):
    data = open(os.path.join(specs, name), "rb").read()
    write("importspec", name, data)
    # The import target reads every spec from here and tries each input under each of them.
    write("../specs", name, data)

# Hand-made edge cases for the readers.
csv_cases = {
    "quoted_newlines.csv": 'a,b,c\r\n1,"two\r\nlines","say ""hi"""\r\n3,,\r\n',
    "semicolon_no_header.csv": "x;y;z\n1;2;3\n4;5\n6;7;8;9\n",
    "pipe_bom.csv": "\ufeffRef|Name|Value\nR1|Ann <b>Lee</b>|\u00a312.50\n",
    "title_line.tsv": "Export of all stores\nCase\tName\tDOB\nC1\tO'Brien, Sean\t31/12/9999\n",
    "unclosed_quote.csv": 'a,b\n1,"never closed\n',
    "empty_lines.csv": "\n\nh1,h2\n\n\nv1,v2\n\n",
    "ragged.csv": "h1,h2,h3\n1\n1,2,3,4,5\n",
    "sql_name.csv": "Name,Amount\n\"Robert'); DROP TABLE entities;--\",-1e308\n",
}
for name, text in csv_cases.items():
    write("csvreader", name, text)
write("csvreader", "windows1252.csv", "Name,Value\nZo\u00eb M\u00fcller,\u00a35\n".encode("cp1252"))
write("csvreader", "utf16be.csv", "\ufeffa,b\n1,2\n".encode("utf-16-be"))

json_cases = {
    "nested.json": '[{"id":1,"person":{"name":"Ann","dob":"1990-01-02"},"tags":["a","b"]},{"id":2,"person":{}}]',
    "escapes.json": '[{"name":"\\u00c9mile \\"Q\\" \\ud83d\\ude00","note":"line\\nbreak","n":12.50}]',
    "single_object.json": '{"ref":"X1","value":null,"ok":true}',
    "empty_array.json": "[]",
    "mixed_keys.jsonl": '{"a":1}\n{"b":"two"}\n\n{"a":3,"c":{"d":[1,{"e":2}]}}\n',
    "not_objects.json": '[1,"two",null]',
    "bad_syntax.jsonl": '{"a":1}\n{"a":\n',
}
for name, text in json_cases.items():
    write("jsonreader", name, text)

spec_cases = {
    "minimal.json": json.dumps({"name": "m", "source": {"organisation": "Org", "kind": "partner"},
                                "grading": {"source": "3", "intelligence": "C", "handling": "P"},
                                "entities": {"p": {"type": "person", "fields": {"full_name": "Name"}}}}),
    "edge_list.json": json.dumps({"name": "edges", "source": {"organisation": "Force", "kind": "police"},
                                  "grading": {"source": {"column": "S"}, "intelligence": {"column": "I"},
                                              "handling": "P"},
                                  "entities": {"a": {"type": "person", "key": "From"},
                                               "b": {"type": "person", "key": "To"}},
                                  "links": [{"type": "associate", "from": "a", "to": "b", "weight": "W",
                                             "date": "When"}],
                                  "retention": {"review_after_months": 72}}),
}
for name, text in spec_cases.items():
    write("importspec", name, text)
