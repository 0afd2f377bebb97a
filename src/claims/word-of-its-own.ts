// The shape widened-whole.ts and added-quantifier.ts share: a claim carrying a word its passage never says (a whole,
// «весь мир»; a quantity, "every") is altered where it would confirm; a claim read as not in the article is read
// again without the word, and altered when the rest confirms or alters a passage. Nothing here confirms.
import type { ClaimChange, ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

export interface WordOfItsOwn {
  /** The word in a claim (its first match is the one taken out for the second reading). */
  word: RegExp;
  /** The claim's word its passage (with the passage's translation) does not say; null when the passage says it. */
  ofItsOwn: (claim: string, passage: string) => string | null;
  /** How the change is shown on the card. */
  kind: ClaimChange["kind"];
}

function altered(
  verdict: ClaimVerdict,
  word: string,
  kind: ClaimChange["kind"],
  from: ClaimVerdict,
): ClaimVerdict {
  return {
    ...from,
    claim: verdict.claim,
    statement: verdict.statement,
    verdict: "altered",
    exact: null,
    changes: [...from.changes, { kind, claimed: word, article: "" }],
  };
}

const passageOf = (v: ClaimVerdict) => `${v.span?.text ?? ""}\n${v.translation ?? ""}`;

/** The checker, a word of the claim's own that its passage never says read as altered (see the file's head). */
export function judgingWordOfItsOwn(
  check: ClaimChecker,
  { word, ofItsOwn, kind }: WordOfItsOwn,
): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (confirms(verdict.verdict) && verdict.span !== null) {
      const own = ofItsOwn(text, passageOf(verdict));
      return own === null ? verdict : altered(verdict, own, kind, verdict);
    }
    if (verdict.verdict !== "not-in-article") return verdict;
    const m = word.exec(text);
    if (m === null) return verdict;
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`
      .replace(/\s+/gu, " ")
      .trim();
    if ((rest.match(/\p{L}+/gu) ?? []).length < 3) return verdict;
    const again = check(rest);
    if ((!confirms(again.verdict) && again.verdict !== "altered") || again.span === null) return verdict;
    const own = ofItsOwn(text, passageOf(again));
    return own === null ? verdict : altered(verdict, own, kind, again);
  };
}
