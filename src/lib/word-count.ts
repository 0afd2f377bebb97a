// Word counts of a text without the arrays `split` and `filter` make: readers that only compare a message's length in
// words with a limit ran `text.split(/\s+/).filter(...).length` once or several times per question, ~1.5 KB of
// garbage per answer in all, and garbage sets how often the young generation is collected (docs/measurements.md,
// Session 30). ASCII is read by character code; any other character by one sticky test, so the counts are exactly
// those of split on /\s+/ (JavaScript's whitespace) and of /\p{L}/u.

/** JavaScript's whitespace (`\s`) beyond ASCII, tested at one index. */
const SPACE_AT = /\s/y;
/** A letter (`\p{L}`) beyond ASCII, tested at one index. */
const LETTER_AT = /\p{L}/uy;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/** `text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length`: the whitespace-separated words holding a letter. */
export function letteredWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  let lettered = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i)) {
      if (lettered) count++;
      inWord = false;
      lettered = false;
    } else {
      inWord = true;
      if (!lettered && isLetterAt(text, i)) lettered = true;
    }
  }
  return inWord && lettered ? count + 1 : count;
}

/** `text.split(/\s+/).filter(Boolean).length`: the whitespace-separated words. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i)) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

/** `text.split(/\s+/).length`: the pieces between runs of whitespace, the empty ones at either end counted. */
export function spaceSplitCount(text: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i)) {
      if (!inSpace) runs++;
      inSpace = true;
    } else inSpace = false;
  }
  return runs + 1;
}
