#!/usr/bin/env python3
"""Data for bench/run.sh, made deterministically from the Reuters-21578 JSON files.

  make_data.py claims REUTERS_DIR OUT N          N claims (one a line) + 20 warm-up lines
  make_data.py change REUTERS_DIR OUT_DIR PCT    copies the files, changing PCT % of the stories
  make_data.py replicas REUTERS_DIR OUT_DIR R    R JSONL files, each a perturbed copy of every story
  make_data.py corpus REUTERS_DIR OUT_DIR        a corpus folder: one .jsonl per Reuters file, stories with a body

Claims: half are story titles in sentence case, half the same titles altered (negated, or with
a number changed), so some are supported, some contradicted and many unverified.
Changed stories: every (100/PCT)-th story with a body gets one sentence appended.
Replicas: every story again with id reuters-rK-NEWID, and about three words in ten (of four letters
or more) replaced by another word of the corpus, chosen by a generator seeded with K, so that few
replica sentences repeat a sentence of the original (short sentences without such words do, so
the sentence cache gets some hits, as it would on a corpus with boilerplate).
"""
import glob
import json
import os
import random
import re
import sys


def stories(src):
    for path in sorted(glob.glob(os.path.join(src, "reut2-*.json"))):
        with open(path, encoding="utf-8") as f:
            for s in json.load(f):
                yield path, s


SMALL_WORDS = {"in", "by", "to", "on", "of", "at", "for", "and", "the", "a", "an", "as", "is", "up", "off", "out",
               "new", "set", "see", "cut", "buy", "say", "not", "sees", "has", "its", "it", "be", "or", "may"}


def sentence_case(title):
    words = title.strip().split()
    if not words:
        return ""
    out = []
    for i, w in enumerate(words):
        # Reuters titles are upper case; short all-caps words (U.S., EC, IBM) stay as they are.
        if len(w.strip(".,")) <= 3 and w.isupper() and w.lower() not in SMALL_WORDS:
            out.append(w)
        else:
            out.append(w.lower() if i else w.capitalize())
    return " ".join(out) + "."


def alter(claim, i):
    if re.search(r"\d", claim) and i % 2:
        return re.sub(r"\d", lambda m: str((int(m.group()) + 3) % 10), claim, count=1)
    return "It is not true that " + claim


def claims(src, out, n):
    titles = []
    for _, s in stories(src):
        if s.get("body", "").strip() and s.get("title", "").strip():
            t = sentence_case(s["title"])
            if len(t.split()) >= 3:
                titles.append(t)
    step = max(1, len(titles) // (n // 2 + 20))
    picked = titles[::step]
    half = n // 2
    lines = picked[:half] + [alter(t, i) for i, t in enumerate(picked[:n - half])]
    lines += picked[half:half + 20]  # warm-up claims, not recorded
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def change(src, out_dir, pct):
    os.makedirs(out_dir, exist_ok=True)
    every = max(1, round(100 / pct))
    k = 0
    changed = 0
    for path in sorted(glob.glob(os.path.join(src, "reut2-*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for s in data:
            if s.get("body", "").strip():
                k += 1
                if k % every == 0:
                    s["body"] = s["body"].rstrip() + "\nThe figures were revised later in the day.\n"
                    changed += 1
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(data, f)
    print(f"changed {changed} of {k} stories", file=sys.stderr)


def replicas(src, out_dir, r):
    os.makedirs(out_dir, exist_ok=True)
    base = [s for _, s in stories(src) if s.get("body", "").strip()]
    vocab = sorted({w for s in base for w in re.findall(r"\b[a-z]{4,}\b", s["body"])})
    for k in range(1, r + 1):
        rng = random.Random(k)
        with open(os.path.join(out_dir, f"replica-{k}.jsonl"), "w", encoding="utf-8") as f:
            for s in base:
                body = re.sub(r"\b[a-z]{4,}\b",
                              lambda m: rng.choice(vocab) if rng.random() < 0.3 else m.group(), s["body"])
                f.write(json.dumps({"id": f"reuters-r{k}-{s['attrs']['newid']}", "title": s.get("title", ""),
                                    "publisher": "Reuters", "kind": "press-report", "text": body}) + "\n")


def corpus(src, out_dir):
    """The stories with a body as a corpus folder (for 'index', e.g. on the SolrCloud backend, which has no 'import')."""
    os.makedirs(out_dir, exist_ok=True)
    files = {}
    for path, s in stories(src):
        body = (s.get("body") or "").strip()
        if not body:
            continue
        name = os.path.basename(path).replace(".json", ".jsonl")
        if name not in files:
            files[name] = open(os.path.join(out_dir, name), "w", encoding="utf-8")
        nid = s["attrs"]["newid"]
        files[name].write(json.dumps({"id": "reuters-" + nid, "text": body,
                                      "title": (s.get("title") or "").strip() or "story " + nid,
                                      "kind": "press-report"}) + "\n")
    for f in files.values():
        f.close()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "claims":
        claims(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif mode == "change":
        change(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    elif mode == "replicas":
        replicas(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif mode == "corpus":
        corpus(sys.argv[2], sys.argv[3])
    else:
        sys.exit("unknown mode " + mode)
