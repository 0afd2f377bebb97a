#!/usr/bin/env python3
"""Format check for a fresh set: python3 validate.py qa|dlg|claims FILE [PREFIX]. Prints OK or the problems."""
import json, re, sys

kind, path = sys.argv[1], sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else None
problems = []
rows = []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        rows.append((n, json.loads(line)))
    except json.JSONDecodeError as e:
        problems.append(f"line {n}: not JSON ({e})")

def patterns(n, where, turn):
    if turn.get("expect") not in ("answer", "refuse", "either"):
        problems.append(f"line {n}{where}: expect must be answer, refuse or either")
    groups = turn.get("all")
    if not isinstance(groups, list):
        problems.append(f"line {n}{where}: all must be a list of groups"); return
    if turn.get("expect") == "answer" and not groups:
        problems.append(f"line {n}{where}: an answer needs at least one pattern group")
    if turn.get("expect") != "answer" and groups:
        problems.append(f"line {n}{where}: refuse/either take all: []")
    for g in groups:
        for p in g if isinstance(g, list) else [None]:
            if not isinstance(p, str):
                problems.append(f"line {n}{where}: a group is a list of strings"); continue
            if p != p.lower():
                problems.append(f"line {n}{where}: pattern {p!r} has capitals (the judge lowers the reply)")
            try:
                re.compile(p)
            except re.error as e:
                problems.append(f"line {n}{where}: pattern {p!r} does not compile ({e})")

from collections import Counter
if kind == "qa":
    c = Counter(o.get("expect") for _, o in rows)
    for i, (n, o) in enumerate(rows, 1):
        if prefix and o.get("id") != f"{prefix}-{i:03d}":
            problems.append(f"line {n}: id should be {prefix}-{i:03d}")
        if not isinstance(o.get("q"), str) or not o["q"].strip():
            problems.append(f"line {n}: q missing")
        patterns(n, "", o)
    print(f"{len(rows)} questions {dict(c)}")
elif kind == "dlg":
    langs, lens, yn = Counter(), Counter(), Counter()
    for i, (n, o) in enumerate(rows, 1):
        if prefix and o.get("id") != f"{prefix}-{i:02d}":
            problems.append(f"line {n}: id should be {prefix}-{i:02d}")
        langs[o.get("lang")] += 1
        turns = o.get("turns") or []
        lens[len(turns)] += 1
        if len(turns) < 2:
            problems.append(f"line {n}: a dialogue has two or three turns")
        for t, turn in enumerate(turns, 1):
            patterns(n, f" turn {t}", turn)
            y = turn.get("yesno")
            yn[y] += 1
            if y not in (None, "yes", "no", "not-said"):
                problems.append(f"line {n} turn {t}: yesno is yes, no or not-said")
            if y == "not-said" and turn.get("expect") != "either":
                problems.append(f"line {n} turn {t}: a not-said turn expects either")
    print(f"{len(rows)} dialogues, langs {dict(langs)}, turns {dict(lens)}, yesno {dict(yn)}")
elif kind == "claims":
    c, langs = Counter(), Counter()
    for n, o in rows:
        c[o.get("expect")] += 1; langs[o.get("lang")] += 1
        if o.get("expect") not in ("verbatim", "paraphrase", "altered", "misattributed", "not-in-article"):
            problems.append(f"line {n}: expect is one of verbatim, paraphrase, altered, misattributed, not-in-article")
        if o.get("lang") not in ("en", "ru"):
            problems.append(f"line {n}: lang is en or ru")
        if o.get("lang") == "ru" and o.get("expect") == "verbatim":
            problems.append(f"line {n}: a Russian claim is never verbatim (a translation is a paraphrase)")
        if o.get("paragraph") not in (None, 1, 2, 3, 4, 5, 6, 7):
            problems.append(f"line {n}: paragraph is 1-7 or null")
        if o.get("speaker") not in (None, "putin", "peskov", "kremlin", "foreign-ministry"):
            problems.append(f"line {n}: speaker is putin, peskov, kremlin, foreign-ministry or null")
        if not isinstance(o.get("claim"), str) or not o["claim"].strip():
            problems.append(f"line {n}: claim missing")
    print(f"{len(rows)} claims {dict(c)} {dict(langs)}")
else:
    sys.exit("kind is qa, dlg or claims")
for p in problems:
    print(p)
print("OK" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
