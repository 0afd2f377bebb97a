#!/usr/bin/env python3
"""Pin a fresh set's first run as its floor in the tests (run from the tree's root).
  pin.py qa FILE ANSWER% REFUSE% "about" ANCHOR_FILE        (test/eval/question-sets.test.ts)
  pin.py dlg FILE INCONTEXT% YESNO% "about" "about yes/no" ANCHOR_FILE    (test/dialogue/dialogue.test.ts, both lists)
  pin.py cl FILE EN% RU% "comment" ANCHOR_FILE              (test/claims/check.test.ts, both dicts)
Percentages unrounded (80.95, not 81.0): the floor is floor(pct)/100 to two places, never above the run.
The new entry goes right after ANCHOR_FILE's entry (an already pinned set of the same kind)."""
import json, math, re, sys

def floor2(pct):
    return math.floor(float(pct) + 1e-9) / 100

def num(x):
    return "1" if x >= 1 else f"{x:.2f}".rstrip("0")

import os
kind, file = sys.argv[1], os.path.basename(sys.argv[2])  # the tests name sets by file name
if kind == "qa":
    a, r, about, anchor = sys.argv[3:7]
    p = "test/eval/question-sets.test.ts"; s = open(p).read()
    m = re.search(r'\n  \{\n    file: "' + re.escape(anchor) + r'",.*?\n  \},\n', s, re.S)
    entry = (f'  {{\n    file: "{file}",\n    answer: {num(floor2(a))},\n    refuse: {num(floor2(r))},\n'
             f'    about:\n      {json.dumps(about, ensure_ascii=False)},\n  }},\n')
    s = s[: m.end()] + entry + s[m.end():]
    open(p, "w").write(s)
elif kind == "dlg":
    c, y, about, about_yn, anchor = sys.argv[3:8]
    p = "test/dialogue/dialogue.test.ts"; s = open(p).read()
    # an entry of either shape: one line (Biome joins short ones) or one field per line
    either = r'\n    \["' + re.escape(anchor) + r'", [^\n]*\],\n|\n    \[\n      "' + re.escape(anchor) + r'",\n.*?\n    \],\n'
    m1 = next(re.finditer(either, s, re.S))
    entry1 = f'    [\n      "{file}",\n      {num(floor2(c))},\n      {json.dumps(about, ensure_ascii=False)},\n    ],\n'
    s = s[: m1.end()] + entry1 + s[m1.end():]
    # the yes/no list: a one-line or a multi-line entry after the in-context one
    m2 = None
    for m in re.finditer(either, s, re.S):
        if m.start() > m1.end() + len(entry1):
            m2 = m; break
    entry2 = f'    [\n      "{file}",\n      {num(floor2(y))},\n      {json.dumps(about_yn, ensure_ascii=False)},\n    ],\n'
    s = s[: m2.end()] + entry2 + s[m2.end():]
    open(p, "w").write(s)
elif kind == "cl":
    en, ru, comment, anchor = sys.argv[3:7]
    p = "test/claims/check.test.ts"; s = open(p).read()
    ms = list(re.finditer(r'\n    "' + re.escape(anchor) + r'": [0-9.]+,\n', s))
    out, last = [], 0
    for m, pct in zip(ms[:2], (en, ru)):
        out.append(s[last: m.end()] + f"    // {comment}\n    \"{file}\": {num(floor2(pct))},\n"); last = m.end()
    s = "".join(out) + s[last:]
    open(p, "w").write(s)
else:
    sys.exit(__doc__)
print(f"pinned {file}")
