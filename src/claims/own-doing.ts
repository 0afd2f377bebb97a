// "what Russia itself has done in the peace process" for "Russia's own role in the peace process" (¶4): a part one
// played said as what one did, "itself" for "own". The words line up poorly ("done" backs nothing, "russia" pairs
// with the sentence's sayer) and the claim read as an actor swapped. It is read again with the role said the
// article's way; only a reading that confirms is taken, the claim otherwise the same (a claim that says the role
// was stressed stays the mention denied, altered, as mention-denied.ts reads it). English only; bounded.
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** "what Russia itself has done / did / does in" → "Russia's own role in". */
const OWN_DOING =
  /(?<![\p{L}])what\s{1,3}(\p{L}{2,20})\s{1,3}(?:itself|herself|himself|themselves)\s{1,3}(?:has\s{1,3}done|had\s{1,3}done|did|does|has\s{1,3}been\s{1,3}doing|is\s{1,3}doing)(?=\s{1,3}(?:in|for)\b)/iu;

/** The checker, "what X itself has done in" read as "X's own role in". */
export function judgingOwnDoing(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (confirms(verdict.verdict)) return verdict;
    const m = OWN_DOING.exec(text);
    if (m === null) return verdict;
    const reread = check(`${text.slice(0, m.index)}${m[1]!}'s own role${text.slice(m.index + m[0].length)}`);
    if (!confirms(reread.verdict)) return verdict;
    return { ...reread, claim: verdict.claim, statement: verdict.statement };
  };
}
