#!/usr/bin/env bash
# totals.sh qa|dlg OUT — every question set (qa) or every dialogue set (dlg) of test/questions/ judged on the tree
# this script sits in (or $TREE): OUT holds the full output (each failing line named), and the last line printed is
# the total. Diff two OUTs' FAIL lines to see what a change fixed and what it broke.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tree=${TREE:-$(cd "$here/../.." && pwd)}
kind=$1 out=$2
cd "$tree"
files=()
for f in test/questions/*.jsonl; do
  case $(basename "$f") in claims*|router-probes*) continue ;; esac
  if head -1 "$f" | grep -q '"turns"'; then [ "$kind" = dlg ] && files+=("$f"); else [ "$kind" = qa ] && files+=("$f"); fi
done
if [ "$kind" = qa ]; then
  npm run --silent eval -- "${files[@]}" --min-answer 0 --min-refuse 0 > "$out" 2>&1
  python3 - "$out" <<'PY'
import re, sys
a = r = 0; at = rt = 0
for line in open(sys.argv[1]):
    m = re.search(r"answered right [\d.]+% \((\d+)/(\d+)\); refused right [\d.]+% \((\d+)/(\d+)\)", line)
    if m: a += int(m[1]); at += int(m[2]); r += int(m[3]); rt += int(m[4])
print(f"qa total: answered {a}/{at}, refused {r}/{rt}, FAIL lines {sum(1 for l in open(sys.argv[1]) if 'FAIL' in l)}")
PY
else
  npm run --silent eval:dialogues -- "${files[@]}" --min 0 > "$out" 2>&1
  python3 - "$out" <<'PY'
import re, sys
c = ct = y = yt = 0
for line in open(sys.argv[1]):
    m = re.search(r"\(in context\) [\d.]+% \((\d+)/(\d+)\)", line)
    if m: c += int(m[1]); ct += int(m[2])
    m = re.search(r"yes/no verdicts [\d.]+% \((\d+)/(\d+)\)", line)
    if m: y += int(m[1]); yt += int(m[2])
print(f"dlg total: in context {c}/{ct}, yes/no {y}/{yt}, FAIL lines {sum(1 for l in open(sys.argv[1]) if 'FAIL' in l)}")
PY
fi
