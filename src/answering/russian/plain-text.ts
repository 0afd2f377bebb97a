// A Russian question folded for the shape readers below (phone-check.ts, fighting-on.ts): lower case, ё as е,
// punctuation as spaces, single spaces.

export function foldedRussian(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}\s-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
