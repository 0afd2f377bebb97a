// "Putin agrees (concedes, admits, accepts) that the Palestinians need a state": an admission said with a verb of
// its own where the article's is "acknowledges" (¶3, "Putin acknowledges the need for a Palestinian state"). The
// verb stood unbacked (news) or, before "that", was read as a frame of saying and the statement, cut from its
// subject, given to no speaker (misattributed). These verbs say the same stance as "acknowledges" (neutral-pairs.ts
// SAME_MEANING), so the claim is read again with the article's verb in their place; only a reading that confirms
// is taken, the claim otherwise the same. Not "agrees with" (Erdogan agreeing with Putin takes no side of its own),
// nor "recognises" (recognising a state is a deed, not an admission). English only; the pattern is anchored and
// bounded.
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** Up to four words of a subject, the admission verb, an optional "that"; never "agrees with / to". */
const ADMISSION =
  /^((?:[\p{L}'’.-]+\s{1,3}){1,4}?)(?:agrees|agreed|concedes|conceded|admits|admitted|accepts|accepted|grants|granted)(?:\s{1,3}(?:that|on))?\s{1,3}(?!with\b|to\b)/iu;

/** The checker, an admission in another verb read with the article's "acknowledges". */
export function judgingAdmissionVerb(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (confirms(verdict.verdict)) return verdict;
    const m = ADMISSION.exec(text);
    if (m === null) return verdict;
    const reread = check(`${m[1]!}acknowledges ${text.slice(m[0].length)}`);
    if (!confirms(reread.verdict)) return verdict;
    return { ...reread, claim: verdict.claim, statement: verdict.statement };
  };
}
