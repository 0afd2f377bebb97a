#!/usr/bin/env bash
# make-task.sh DIR qa|dlg|claims OUTFILE PREFIX LANGUAGE — a writer's folder holding only what the writer may read:
# the article, the judge's README, the brief and the validator (never the knowledge base or the code).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$1 kind=$2 out=$3 prefix=${4:-x} language=${5:-English}
shared=${SHARED:-$here/../../../shared}
mkdir -p "$dir"
cp "$shared/article.txt" "$dir/ARTICLE.txt"
cp "$shared/eval/README.md" "$dir/JUDGE-README.md"
cp "$here/validate.py" "$dir/"
case $kind in qa) brief=brief-qa.md ;; dlg) brief=brief-dialogues.md ;; claims) brief=brief-claims.md ;; *) exit 2 ;; esac
sed -e "s|OUTFILE|$out|g" -e "s|PREFIX|$prefix|g" -e "s|LANGUAGE|$language|g" "$here/$brief" > "$dir/TASK.md"
echo "$dir/TASK.md"
