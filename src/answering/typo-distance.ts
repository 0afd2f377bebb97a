// How far a typed word is from a vocabulary word, for typos.ts's TypoFixer and the readers that compare two
// spellings: the one-deletion index (a word's variants, hashed, never made as strings) that finds every word one
// edit away at once, and the optimal-string-alignment distance that decides. Kept apart from the fixer's choice
// among the words found (its edit limits, fuse.js for two edits, ties, the cache).

/** FNV-1a of `word` without its letter at `skip` (-1: the whole word), as if that string had been made. */
export function hashWithout(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** The k-th letter (code unit) of `typed` without its letter at `skip` (-1: the whole word), never made as a string. */
function letterOfVariant(typed: string, skip: number, k: number): number {
  return typed.charCodeAt(skip < 0 || k < skip ? k : k + 1);
}

/**
 * Whether `word` itself, or `word` less one letter, is the variant: `typed` without its letter at `skip` (-1: the
 * whole of it).
 */
export function givesVariant(word: string, typed: string, skip: number): boolean {
  const length = skip < 0 ? typed.length : typed.length - 1;
  if (word.length === length) {
    for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== letterOfVariant(typed, skip, k)) return false;
    return true;
  }
  if (word.length !== length + 1) return false;
  let i = 0;
  while (i < length && word.charCodeAt(i) === letterOfVariant(typed, skip, i)) i++;
  for (let j = i; j < length; j++)
    if (word.charCodeAt(j + 1) !== letterOfVariant(typed, skip, j)) return false;
  return true;
}

/**
 * The deletion index of a vocabulary: each word, and each word less one letter ("variants"), placed by a hash of
 * the variant in an open-addressing table of word numbers (+1; 0 is empty), at most half full so a variant's run
 * stays short. The variants are never made as strings; a word found along a run is checked to really give one.
 */
export function deletionIndex(wordList: readonly string[]): Int32Array {
  let variants = 0;
  for (const w of wordList) variants += w.length + 1;
  let size = 1024;
  while (size < variants * 2) size *= 2;
  const byDeletion = new Int32Array(size);
  const mask = size - 1;
  wordList.forEach((w, n) => {
    for (let skip = -1; skip < w.length; skip++) {
      let at = hashWithout(w, skip) & mask;
      while (byDeletion[at] !== 0) at = (at + 1) & mask;
      byDeletion[at] = n + 1;
    }
  });
  return byDeletion;
}

/** editDistance's three rows (two back, last, this one), kept between calls and grown as needed. */
let rowsBack = new Int32Array(32);
let rowsLast = new Int32Array(32);
let rowsThis = new Int32Array(32);

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowsLast.length <= b.length) {
    const size = 2 * (b.length + 1);
    rowsBack = new Int32Array(size);
    rowsLast = new Int32Array(size);
    rowsThis = new Int32Array(size);
  }
  let back = rowsBack;
  let last = rowsLast;
  let row = rowsThis;
  for (let j = 0; j <= b.length; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, back[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const done = back;
    back = last;
    last = row;
    row = done;
  }
  return last[b.length]!;
}
