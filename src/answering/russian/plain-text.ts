// A Russian question folded for the shape readers below (phone-check.ts, fighting-on.ts): lower case, ё as е,
// punctuation as spaces, single spaces.

/** The last text folded and its fold: the readers of one question fold the same text one after another. */
let lastText = "";
let lastFolded = "";

export function foldedRussian(s: string): string {
  if (s === lastText) return lastFolded;
  const folded = s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}\s-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  lastText = s;
  lastFolded = folded;
  return folded;
}
