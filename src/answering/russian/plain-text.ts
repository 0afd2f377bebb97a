// A Russian question folded for the shape readers below (phone-check.ts, fighting-on.ts): lower case, ё as е,
// punctuation as spaces, single spaces.

import { rememberingLast } from "../../lib/last-results.js";

/** The readers of one question fold the same text one after another: the last few folds are remembered. */
export const foldedRussian: (s: string) => string = rememberingLast((s) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    // Putin's name mistyped ("путен", "путена"): the readers below look for «путин».
    .replace(/(?<!\p{L})путен(?=\p{L}{0,3}(?!\p{L}))/gu, "путин")
    .replace(/[^\p{L}\p{N}\s-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim(),
);
