// "Putin only blames the United States" of "… he also directs blame towards the United States": the passage says
// the deed is one among others ("also", "too", "также"), the claim that it is the only one. Read through the
// pairs of words, "only" found nothing to stand against ("both" or an "A and B" the claim drops, scope.ts), and
// the claim was confirmed. A restricting word whose scope holds a word the passage has right after its "also" is
// a restriction the passage does not make: an alteration.
// Every regular expression is bounded: one pass over the words.
import type { ClaimChange } from "./types.js";

const RESTRICTORS = new Set(["only", "solely", "merely", "exclusively", "только", "лишь", "исключительно"]);
const ADDITIVE = new Set(["also", "too", "также", "тоже"]);
/** "not only", "не только": the opposite of a restriction. */
const NOT_BEFORE = new Set(["not", "не"]);
/** How many words after the restricting word (the claim) or the additive one (the passage) make its scope. */
const SCOPE = 6;
/** Words this short (articles, prepositions) tie nothing together. */
const MIN_LETTERS = 4;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
const head = (w: string) => w.slice(0, Math.max(MIN_LETTERS, w.length - 3));

/** The restriction of the claim a passage's "also" contradicts, or null. */
export function restrictedAlso(claim: string, clause: string): ClaimChange | null {
  const words = wordsOf(claim);
  // No "only" in the claim, nothing to find: the passage is not read (a claim check's hot path).
  if (!words.some((w) => RESTRICTORS.has(w))) return null;
  const span = wordsOf(clause);
  const added = new Set<string>();
  for (const [i, w] of span.entries())
    if (ADDITIVE.has(w))
      for (const x of span.slice(i + 1, i + 1 + SCOPE)) if (x.length >= MIN_LETTERS) added.add(head(x));
  if (added.size === 0) return null;
  for (const [i, w] of words.entries()) {
    if (!RESTRICTORS.has(w) || NOT_BEFORE.has(words[i - 1] ?? "")) continue;
    const kept = words
      .slice(i + 1, i + 1 + SCOPE)
      .find((x) => x.length >= MIN_LETTERS && [...added].some((h) => x.startsWith(h)));
    if (kept) return { kind: "replaced", claimed: `${w} ${kept}`, article: "also" };
  }
  return null;
}
