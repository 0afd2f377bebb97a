// The plain yes/no verdict on a stand-alone question (read through a loaded negation, loaded-negation.ts); and
// "а Путин говорил о роли России там?": "там" read as the last topic found the entry, but where the words put in
// its place leave no verdict, the question as typed without the place word is read against the same answer.
// Read by stand-alone.ts before the restrictions (inner-restriction.ts) and the claim checker.

import type { Answer, Lang } from "../answering/types.js";
import { fold } from "./language.js";
import { verdictThroughNegation } from "./loaded-negation.js";
import { thatWhyVerdict } from "./that-why.js";
import type { VerdictDeps } from "./verdict-deps.js";
import { type Verdict, verdictFor } from "./yes-no.js";

/** A place word pointing back at the last topic: "там", "туда", "there", "in it". */
const PLACE_WORD = /(?<!\p{L})(?:там|туда|there|in it)(?!\p{L})/gu;

export interface PlainAsk {
  folded: string;
  typed: string;
  understood: string | null;
  asksYesNo: boolean;
  /** "Did he say Russia would send troops or weapons?" on a gap of the article: read too, though not yes/no. */
  silentEitherOr: boolean;
  /** The message before the claim frame's rewriting: whether "is it true that…" was typed (loaded-negation.ts). */
  message?: string;
}

export function plainVerdict(
  { folded, typed, understood, asksYesNo, silentEitherOr, message }: PlainAsk,
  answer: Answer,
  lang: Lang,
  deps: VerdictDeps,
): Verdict | null {
  const asTyped =
    understood !== null ? fold(typed).replace(PLACE_WORD, " ").replace(/\s+/g, " ").trim() : folded;
  // «поэтому израиль не доверяет москве?»: a negated result, doesn't say, before the negation is taken out (that-why.ts).
  if (asksYesNo && thatWhyVerdict(folded)) return { verdict: "not-said", source: "article-text" };
  return asksYesNo || silentEitherOr
    ? (verdictThroughNegation(folded, answer, lang, deps, message ?? typed) ??
        (asTyped !== folded && asksYesNo && PLACE_WORD.test(fold(typed))
          ? verdictFor(asTyped, answer, lang, deps)
          : null))
    : null;
}
