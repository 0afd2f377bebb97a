// Which of two equally close corrections a typo more likely is. A slip that keeps every letter — two neighbours
// swapped ("wnat" → want), a letter doubled or a double letter typed once ("woried" → worried) — is far likelier
// than one particular wrong letter ("wnat" → what, "woried" → worked): such a candidate wins a tie at one edit
// whatever the knowledge base's counts say (typos.ts), which otherwise go to the commoner word.

/** Whether `candidate` is `word` with two neighbouring letters swapped, or with one letter doubled or undoubled. */
export function keepsEveryLetter(word: string, candidate: string): boolean {
  if (word.length === candidate.length) return swapsNeighbours(word, candidate);
  const [long, short] = word.length > candidate.length ? [word, candidate] : [candidate, word];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // The extra letter repeats the one before or after it, and the rest lines up.
  if (long[i] !== long[i - 1] && long[i] !== long[i + 1]) return false;
  return long.slice(i + 1) === short.slice(i);
}

function swapsNeighbours(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
