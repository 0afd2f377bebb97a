// "X rather than Y": a thing of the claim's own put in the place of the passage's, which the claim names and sets
// aside ("the Foreign Ministry stressed coordinating global powers rather than regional players"). Most of the
// claim's words are its own, so it fell short of every passage and read as not in the article; but with Y back in
// X's place it says the passage's thing: the claim swaps the passage's Y for X, altered. English "rather than",
// "instead of", "as opposed to"; Russian ", а не". Only a claim not confirmed is read, and it only ever
// becomes "altered".
import type { ClaimChecker } from "./types.js";
import { alteredReading, confirms } from "./verdict.js";

/** "A rather than B", "A instead of B", "A, а не B": B up to the clause's end. */
const RATHER_THAN =
  /,?\s{1,3}(?:rather\s{1,3}than|instead\s{1,3}of|as\s{1,3}opposed\s{1,3}to|а\s{1,3}не)\s{1,3}/iu;
const CLAUSE_END = /[,.;!?]/u;
/** The claim's own thing: one to three words before "rather than". */
const MAX_OWN = 3;

/** The claim read with the passage's thing back in place of its own, each length of its own thing tried. */
function readingsOf(text: string): { read: string; own: string; article: string }[] {
  const m = RATHER_THAN.exec(text);
  if (m === null) return [];
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const end = after.search(CLAUSE_END);
  const article = (end < 0 ? after : after.slice(0, end)).trim();
  const rest = end < 0 ? "" : after.slice(end);
  const words = before.split(/\s+/u);
  if (article === "" || article.split(/\s+/u).length > 5) return [];
  const out: { read: string; own: string; article: string }[] = [];
  for (let n = 1; n <= MAX_OWN && n < words.length; n++) {
    const own = words.slice(-n).join(" ");
    out.push({ read: `${words.slice(0, -n).join(" ")} ${article}${rest}`, own, article });
  }
  return out;
}

/** The checker, a claim that sets the passage's thing aside for one of its own read as altered. */
export function judgingRatherThan(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    for (const { read, own, article } of readingsOf(text)) {
      const reread = check(read);
      if (!confirms(reread.verdict) || reread.span === null) continue;
      return alteredReading(reread, verdict, [{ kind: "replaced", claimed: own, article }]);
    }
    return verdict;
  };
}
