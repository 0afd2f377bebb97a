// How a yes/no verdict reads the claim checker's result on the question's statement, English and Russian alike
// (verdict-read.ts, russian-verdict.ts): a contradiction, a hedge, and the limits the checker is asked within.

import { type ClaimVerdict, HEDGES, isAddedWish } from "../claims/index.js";

/** Kinds of change that turn the question's statement against what the article says. */
const CONTRADICTING = new Set(["opposite", "negation"]);

/** The article's hedge ("the crisis *may* extend") against a sure question ("has it already spread?"): not a No. */
const HEDGE: ReadonlySet<string> = new Set(HEDGES);

export type Checked = Pick<ClaimVerdict, "changes">;
/** The statement asserts what the article only hedges: neither yes nor no — the article doesn't say. */
export const hedged = (checked: Checked) =>
  checked.changes.some((c) => CONTRADICTING.has(c.kind) && HEDGE.has(c.article));
/** Whether the checker reads the statement against the article (a hedge of the article's is no contradiction). */
export const contradicts = (checked: Checked) =>
  checked.changes.some((c) => CONTRADICTING.has(c.kind) && !HEDGE.has(c.article));

/** Longer questions are not read as one statement (and the checker's cost grows with them). */
export const MAX_CHECKED_CHARS = 200;

/** The engine's confidence at which an entry's curated verdict outweighs the checker's plain "yes". */
export const SURE_OF_ENTRY = 0.8;

/** The checker's reading differs only by words it matched nowhere: no actor, stance, opposite or added wish. */
export function wordsOnly(checked: Checked & { verdict: string }): boolean {
  return (
    checked.verdict !== "misattributed" &&
    checked.changes.every((c) => (c.kind === "replaced" || c.kind === "added") && !isAddedWish(c))
  );
}
