// A relation said the other way round: "the failure of US policy is a clear indication of the latest surge" of "the
// latest surge in violence is a clear indication of the failure of US policy" (every word lines up, so it read as
// a paraphrase), "провал политики США — признак всплеска насилия"; and a movement turned round: "spread into the
// Arab-Israeli conflict zone" of "extend beyond" it. Read on the claim as typed against the passage's sentence.
import type { ClaimChange } from "./types.js";

/** Nouns of one thing showing or following from another: what stands before them and what after is not symmetric. */
const RELATION =
  /^(?:indication|indicator|sign|signal|evidence|proof|symptom|result|consequence|outcome|признак|свидетельств|показател|следстви|результат|симптом)/;
/** Words that say nothing of which side is which. */
const NEUTRAL = new Set([
  "clear",
  "clearly",
  "явный",
  "явным",
  "явного",
  "that",
  "что",
  "считает",
  "believes",
  "thinks",
]);
/** Out of a place, and into it. */
const OUT = /^(?:beyond|outside)$/;
const INTO = /^(?:into|inside)$/;

const fold = (s: string) => s.toLowerCase().replace(/ё/g, "е");
const wordsOf = (text: string): string[] => fold(text).match(/\p{L}+/gu) ?? [];
/** A word's first letters, so that Russian cases and English endings meet ("всплеск"/"всплеска", "surge"). */
const key = (w: string) => w.slice(0, Math.min(w.length, 5));
const keys = (ws: string[]) => new Set(ws.filter((w) => w.length >= 4 && !NEUTRAL.has(w)).map(key));

/** The words before and after a sentence's relation noun (from its "that"/"что" on), or null without one. */
function sides(text: string): { before: Set<string>; after: Set<string>; noun: string } | null {
  const w = wordsOf(text);
  const at = w.findIndex((x) => RELATION.test(x));
  if (at < 0) return null;
  const opened = Math.max(w.lastIndexOf("that", at), w.lastIndexOf("что", at)) + 1;
  return { before: keys(w.slice(opened, at)), after: keys(w.slice(at + 1)), noun: w[at]! };
}

const only = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => !b.has(x)));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** The claim puts after its relation noun what the passage puts before it, and before what it puts after. */
export function reversedRelation(text: string, sentence: string): ClaimChange | null {
  const article = sides(sentence);
  const claim = article ? sides(text) : null;
  if (!article || !claim) return null;
  const articleBefore = only(article.before, article.after);
  const articleAfter = only(article.after, article.before);
  if (!meets(claim.after, articleBefore) || !meets(claim.before, articleAfter)) return null;
  if (meets(claim.after, articleAfter) || meets(claim.before, articleBefore)) return null;
  return { kind: "actor", claimed: `${claim.noun} (the other way round)`, article: article.noun };
}

/** "into the zone" where the passage's crisis goes "beyond" it: two or more of its words after each. */
export function reversedMovement(text: string, sentence: string): ClaimChange | null {
  const objectOf = (w: string[], re: RegExp) => {
    const at = w.findIndex((x) => re.test(x));
    return at < 0 ? null : keys(w.slice(at + 1, at + 6));
  };
  const out = objectOf(wordsOf(sentence), OUT);
  if (!out) return null;
  const claimWords = wordsOf(text);
  const into = objectOf(claimWords, INTO);
  if (!into || objectOf(claimWords, OUT)) return null;
  const shared = [...into].filter((x) => out.has(x)).length;
  return shared >= 2 ? { kind: "opposite", claimed: "into", article: "beyond" } : null;
}
