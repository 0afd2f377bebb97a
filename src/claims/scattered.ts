// "former Russian citizens were killed in Israel", "it is flying Russian nationals out of Gaza": a claim made of
// words gathered over the article (the people from one sentence, the deed from another) lines up with a sentence
// that says none of it: ¶1's "civilian casualties in Israel" backs "killed in Israel", ¶5's "former Russian
// citizens" the people. No single statement of the article backs it, so it is never confirmed. Read here, for a
// paraphrase only:
//  - a phrase of three words (opening and closing on a content word; two content words, one in lower case, that the
//    matched sentence lacks) that some other sentence of the article has, stem for stem (or its translation): the
//    claim joins two statements (claims with no speaker: a speaker's frame is judged elsewhere);
//  - the claim's predicate, a verb after "is/are/was/were" ("is flying", "is arming"), that the passage does not
//    back and the article nowhere has: a deed the article does not report.
// Not in the article when the claim covers little of its passage (under COVERED), else altered, as new-event.ts.
// The regular expressions are linear: two word splits (one run of letters at a time) and one anchored on a word.
import { type Sentence, sameHead } from "./contrary-deed.js";
import { notReported } from "./new-event.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

const COVERED = 0.45;
const MIN_RUN = 3;
const AUXILIARY = new Set(["is", "are", "was", "were", "been", "be", "am"]);
/** "sides that are fighting": a relative clause's verb describes, it is not the claim's deed. */
const RELATIVE = new Set(["that", "which", "who"]);
const PREDICATE = /^\p{Ll}{3,}(?:ing|ed)$/u;
const STOP = new Set([
  "that",
  "this",
  "with",
  "from",
  "their",
  "there",
  "these",
  "those",
  "have",
  "also",
  "which",
]);

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** One word in two forms: the same, or (four letters or more each) of one stem; "в" is no stem of "выразил". */
const sameWord = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && sameHead(a, b));

/** A word that names something: four letters or more, not a function word. */
const content = (w: string) => w.length >= 4 && !STOP.has(w);

/**
 * A run that names something the matched sentence does not: opening and closing on a content word, two content
 * words (one written in lower case) missing from `own`.
 */
function telling(run: readonly string[], lowerCase: ReadonlySet<string>, own: readonly string[]): boolean {
  if (!content(run[0] ?? "") || !content(run[run.length - 1] ?? "")) return false;
  const missing = run.filter((w) => content(w) && !own.some((o) => sameWord(w, o)));
  return missing.length >= 2 && missing.some((w) => lowerCase.has(w));
}

/** Whether `run` stands in `words` as consecutive words of the same stems. */
function hasRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => sameWord(w, words[i + j] ?? ""))) return true;
  }
  return false;
}

/** A phrase of the claim another sentence has and `own` lacks: the claim's words come from two statements. */
export function borrowedPhrase(
  claim: string,
  own: readonly string[],
  others: readonly (readonly string[])[],
): string | null {
  const words = wordsOf(claim);
  const lowerCase = new Set((claim.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []).map((w) => w.toLowerCase()));
  for (let i = 0; i + MIN_RUN <= words.length; i++) {
    const run = words.slice(i, i + MIN_RUN);
    if (!telling(run, lowerCase, own)) continue;
    if (others.some((o) => hasRun(o, run))) return run.join(" ");
  }
  return null;
}

/** The claim's predicate ("flying" of "is flying") when the passage does not back it and the article lacks it. */
export function unbackedPredicate(
  statement: string,
  unbacked: readonly string[],
  article: string,
): string | null {
  const words = wordsOf(statement);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? "";
    if (!AUXILIARY.has(words[i - 1] ?? "") || !PREDICATE.test(w) || RELATIVE.has(words[i - 2] ?? ""))
      continue;
    if (unbacked.some((u) => u.toLowerCase() === w) && !article.includes(w.slice(0, -3))) return w;
  }
  return null;
}

/** The checker, a paraphrase no single sentence of the article backs made not in the article (or altered). */
export function judgingScattered(check: ClaimChecker, sentences: readonly Sentence[]): ClaimChecker {
  const article = sentences
    .map((s) => `${s.text} ${s.russian}`)
    .join(" ")
    .toLowerCase();
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "paraphrase" || verdict.span === null) return verdict;
    const span = verdict.span;
    const russian = verdict.translation !== null;
    const own = sentences.filter(
      (s) => s.paragraph === span.paragraph && s.start < span.end && span.start < s.end,
    );
    const wordsOfSentence = (s: Sentence) => wordsOf(russian ? s.russian : s.text);
    const ownWords = [...own.flatMap(wordsOfSentence), ...wordsOf(verdict.translation ?? "")];
    // The other sentences' words, read only for the claim that borrowedPhrase reads (none named, one sentence).
    const borrowed =
      verdict.claimedSpeaker === null && own.length === 1 && ownWords.length > 0
        ? borrowedPhrase(
            verdict.statement,
            ownWords,
            sentences.filter((s) => !own.includes(s)).map(wordsOfSentence),
          )
        : null;
    const added = borrowed ?? unbackedPredicate(verdict.statement, verdict.unbacked, article);
    if (added === null) return verdict;
    return unsupported(verdict, added);
  };
}

function unsupported(verdict: ClaimVerdict, added: string): ClaimVerdict {
  if (verdict.similarity.coverage < COVERED) return notReported(verdict);
  return {
    ...verdict,
    verdict: "altered",
    exact: null,
    changes: [...verdict.changes, { kind: "added", claimed: added, article: "" }],
  };
}
