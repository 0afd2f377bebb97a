// A deed the article never reports joined to one it does: «Путин обвинил Вашингтон в монополизации мирных усилий и
// предложил передать посредничество Турции» (claims-blind47), "Putin accused the US of monopolizing the peace effort
// and suggested handing mediation to Ankara". The true half lined up with its passage, the new half with nothing,
// and the whole was "not in the article" — but the claim puts its own deed in a reported speaker's mouth beside
// the passage's: altered, the passage shown. Two statements of one subject (clause-apart.ts splits them), the first
// confirmed alone and the second not in the article, lining up with nothing (below a quarter of its words backed: a
// half read "not in the article" with a third of its words backed may be a paraphrase the checker missed, «… и не искал
// компромиссов …» of claims-blind9); a second half that alters its passage is clause-apart.ts's. A half backed more
// than that counts as lining up with nothing too when only its subject, its verb and names are backed, every other
// word of its own not («Путин предложил передать посредничество Турции»: "Putin" and the verb line up, Turkey with
// ¶2's Turkish leader, the deed itself with nothing).
import { claimSubject, clausesApart } from "./clause-apart.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A half backed below this share by its closest passage lines up with nothing of the article. */
const ALONE_BELOW = 0.25;

/** The checker, a true statement with a new deed of its subject joined to it read as altered. */
export function judgingAddedDeed(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const halves = clausesApart(verdict.statement || text);
    if (!halves) return verdict;
    const first = check(halves[0]);
    if (!confirms(first.verdict) || first.span === null) return verdict;
    const second = check(halves[1]);
    if (second.verdict !== "not-in-article") return verdict;
    if (second.similarity.containment >= ALONE_BELOW && !deedUnbacked(halves[1], second.unbacked))
      return verdict;
    return {
      ...first,
      verdict: "altered",
      claim: verdict.claim,
      statement: verdict.statement,
      exact: null,
      unbacked: [...new Set([...first.unbacked, ...second.unbacked])],
      changes: [...first.changes, { kind: "added", claimed: halves[1], article: "" }],
    };
  };
}

/** Short words that carry no deed of their own: prepositions, articles, particles. */
const FUNCTION_WORD =
  /^(?:\p{L}{1,3}|that|with|from|into|their|about|over|this|для|перед|после|чтобы|между)$/u;

/**
 * Every word of the half's own after its subject and verb, names aside, is one the checker found nothing for: the
 * deed lines up with nothing, whatever the subject, the verb and a name backed. Two such words at least.
 */
function deedUnbacked(half: string, unbacked: readonly string[]): boolean {
  const subject = claimSubject(half);
  if (subject === null) return false;
  const fold = (w: string) => w.toLowerCase().replace(/ё/gu, "е");
  const words = half.slice(subject.length).match(/\p{L}+/gu) ?? [];
  const verbAt = words.findIndex((w) => !/^(?:не|not|did|does|has|have|had)$/iu.test(w));
  const own = words
    .slice(verbAt + 1)
    .filter((w) => !/^\p{Lu}/u.test(w) && !FUNCTION_WORD.test(fold(w)))
    .map(fold);
  const missing = new Set(unbacked.map(fold));
  return own.length >= 2 && own.every((w) => missing.has(w));
}
