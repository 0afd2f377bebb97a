#!/usr/bin/env bash
# run.sh OUTDIR [qa FILE…] [dlg FILE…] [claims FILE…] — a fresh set's first run on the tree this script sits in
# (or $TREE): the engine (npm run eval), the whole reply through `npm run ask -- --jsonl` and the shared judge,
# dialogues in context (npm run eval:dialogues), claims (npm run claims). Writes one log per set into OUTDIR.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tree=${TREE:-$(cd "$here/../.." && pwd)}
shared=${SHARED:-$tree/../shared}; [ -d "$shared" ] || shared=/work/shared
out=$1; shift; mkdir -p "$out"
kind=""
for arg in "$@"; do
  case $arg in qa|dlg|claims) kind=$arg; continue ;; esac
  f=$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg"); name=$(basename "$f" .jsonl)
  case $kind in
    qa)
      (cd "$tree" && npm run --silent eval -- "$f" --min-answer 0 --min-refuse 0) > "$out/$name.engine.log" 2>&1
      (cd "$tree" && python3 "$shared/eval/judge.py" "$f" "$shared/article.txt" --cmd "npm run --silent ask -- --jsonl" --show-failures) > "$out/$name.ask.log" 2>&1
      echo "$name engine: $(grep -iE 'answer|refus' "$out/$name.engine.log" | head -3 | tr '\n' ' ')"
      echo "$name ask: $(grep -iE 'answer|refus|passed' "$out/$name.ask.log" | head -4 | tr '\n' ' ')" ;;
    dlg)
      (cd "$tree" && npm run --silent eval:dialogues -- "$f" --min 0) > "$out/$name.log" 2>&1
      echo "$(head -1 "$out/$name.log")" ;;
    claims)
      (cd "$tree" && npm run --silent claims -- "$f") > "$out/$name.log" 2>&1
      (cd "$tree" && npm run --silent claims -- "$f" --wrong) > "$out/$name.wrong.log" 2>&1
      echo "$name: $(grep -iE 'right|false|confirm' "$out/$name.log" | head -4 | tr '\n' ' ')" ;;
    *) echo "name a kind (qa, dlg, claims) before $arg"; exit 2 ;;
  esac
done
