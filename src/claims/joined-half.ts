// "Putin spoke with Erdogan and called for the fighting to go on": a true half joined to an altered one. Read whole,
// the true half lined up with its passage and carried the claim to "paraphrase", the other half's words left
// unbacked: a false confirm. So a confirmed claim that leaves words unbacked and is two statements of one subject
// (clause-apart.ts splits it) is read half by half: when the whole's passage is only the confirmed half's passage
// and the other half, holding an unbacked word, is not confirmed, that half says something the passage does not:
// altered, the unbacked words named. Only when that passage is a clause short of its sentence's end ("In a phone
// call with … Erdogan"): a claim lined up with a whole sentence had both halves in that match ("keeps lines open …
// and is ready to help reach a settlement", «хочет выглядеть … посредником и делает упор на отношения …») and keeps
// its verdict (claims41 tried the rule without that bound and broke two labelled paraphrases), unless the half
// alone lines up with nothing («… и призвал продолжать боевые действия»: no passage backs a third of it). Only a confirmed claim is read, and it only becomes "altered".
import { clausesApart } from "./clause-apart.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

/** A half backed below this share by its closest passage lines up with nothing of the article. */
const ALONE_BELOW = 0.35;

const sameSpan = (a: ClaimVerdict, b: ClaimVerdict) =>
  a.span !== null &&
  b.span !== null &&
  a.span.paragraph === b.span.paragraph &&
  a.span.start === b.span.start &&
  a.span.end === b.span.end;

/** The checker, a confirmed claim with a half its passage does not back read as altered. */
export function judgingJoinedHalf(check: ClaimChecker, paragraphs: readonly string[]): ClaimChecker {
  /** The span stops short of its sentence's end: the passage is a clause of it, not the whole sentence. */
  const clauseOnly = (v: ClaimVerdict) => {
    const paragraph = paragraphs[v.span!.paragraph - 1] ?? "";
    const after = paragraph.slice(v.span!.end).trimStart();
    return after !== "" && !/[.!?;]\s*$/u.test(paragraph.slice(0, v.span!.end)) && !/^[.!?;]/u.test(after);
  };
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "paraphrase" || verdict.unbacked.length === 0) return verdict;
    const halves = clausesApart(text);
    if (!halves) return verdict;
    const reads = halves.map((half) => check(half));
    for (const [i, read] of reads.entries()) {
      const other = reads[1 - i]!;
      if (confirms(read.verdict) || !confirms(other.verdict) || !sameSpan(other, verdict)) continue;
      // The whole lined up with a clause only, or the half lines up with nothing of the article on its own.
      const alone = read.span === null || read.similarity.containment < ALONE_BELOW;
      if (!clauseOnly(verdict) && !alone) continue;
      const lower = halves[i]!.toLowerCase();
      const own = verdict.unbacked.filter((w) => lower.includes(w.toLowerCase()));
      if (own.length === 0) continue;
      return {
        ...verdict,
        verdict: "altered",
        exact: null,
        changes: [...verdict.changes, { kind: "replaced", claimed: own.join(" "), article: "" }],
      };
    }
    return verdict;
  };
}
