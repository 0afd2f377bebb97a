// (claims35) Approval of what the passage faults: "Putin said Washington was right to monopolize peace efforts",
// "the US did the right thing by …", «вашингтон правильно сделал, монополизировав мирные усилия». The approving
// words lined up with nothing and stood as one unbacked word among many that did ("monopolize", "peace efforts"),
// and the claim was confirmed as a paraphrase of ¶2's criticism (claims-own38, base35). Here a confirmed claim
// that approves ("right to", "did well to", «правильно / верно поступают», «правы») of a passage that
// faults (criticizes, blame, failure, monopolizing, overlooked) is altered: the speaker's stance turned round. A
// negated approval ("was not right to", «неправильно», «не правы») says the passage's own side and is left.
// (claims-r2-35) Contentment and a wish to go on count too: "Putin is happy (pleased, satisfied) with Washington's
// policy", "… has handled the Middle East well", "the US should carry on leading the peace efforts by itself".
// (claims-r2-36) The words are approval-words.ts's, shared with the verdicts (src/dialogue/approval.ts): success
// ("US policy has been a success", «политика США удалась»; "did not succeed" is none) and the faulted practice
// prescribed ("Washington should have a monopoly on peace efforts", «США должны монополизировать …»).
import { approvalOf, practiceOf } from "./approval-words.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A passage that faults someone: its criticism, blame, a failure, a monopoly, something overlooked. */
const FAULTS = /\b(?:criticiz\p{L}*|blame\p{L}*|fail\p{L}*|monopoliz\p{L}*|overlook\p{L}*)/giu;

/** The approving words of a claim, unless negated; null when it approves of nothing. `practice`: the faulted deed. */
export function approvalIn(text: string, practice?: RegExp): string | null {
  return approvalOf(text, /\p{Script=Cyrillic}/u.test(text) ? "ru" : "en", practice);
}

/** The checker, a confirmed claim approving of what its passage faults read as altered (the stance turned round). */
export function judgingApprovalOfFault(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null) return verdict;
    const faults = [...verdict.span.text.matchAll(FAULTS)].map((m) => m[0]);
    if (faults.length === 0) return verdict;
    const practice = faults.map(practiceOf).find((p) => p !== undefined);
    const approval = approvalIn(text, practice);
    if (approval === null) return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "opposite", claimed: approval, article: faults[0]! }],
    };
  };
}
