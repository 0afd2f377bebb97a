// (claims-r2-37) A feeling the article never reports: "Putin is angry at the United States", «Путин зол на
// Вашингтон», "Putin is happy with …". The article reports positions (Putin blames, criticizes, acknowledges) and one
// feeling, ¶1's deep concern; "angry at" sits in knowledge/synonyms.json's criticism group for the engine's
// yes/no ("is Putin angry at the US?" asks about the criticism), so the checker confirmed "Putin is angry at the
// United States" as ¶2's paraphrase (claims-own43, round1s37). A confirmed claim whose anger or contentment its
// passage (and the passage's translation) has no word for is altered: the feeling is the claim's own. Worry and
// concern are the article's and left alone, as are the mild "unhappy with" / "displeased with" (criticism). Nothing
// here confirms. Bounded expressions: word lists and fixed gaps.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

/** Anger, strong: said of a party it is a feeling of the claim's own, whatever its object. */
const ANGER = lean(
  /(?<!\p{L})(?:angry|angrily|anger(?:ed)?|furious|furiously|fury|outraged?|enraged?|livid|irate|incensed|fuming|mad\s{1,3}(?:at|with)|возмущ\p{L}{0,6}|разгневан\p{L}{0,3}|зол|зла|злы|злится|злятся|злой|злость\p{L}{0,2}|в\s{1,3}(?:ярости|бешенстве)|негоду\p{L}{0,5}|рассерж\p{L}{0,5})(?!\p{L})/iu,
);

/** Contentment: a feeling the article never gives anyone (group 1: a negation before it, "not happy"). */
const CONTENT = lean(
  /(?<!\p{L})((?:not|n't|never|не)\s{1,3}(?:\p{L}{1,12}\s{1,3})?)?(?:happy|pleased|glad|delighted|thrilled|satisfied|рад|рада|рады|доволен|довольна|довольны|счастлив\p{L}{0,3}|в\s{1,3}восторге)(?!\p{L})/iu,
);

/** The claim's feeling that its passage has no word for; null when there is none. */
export function feelingOfItsOwn(claim: string, passage: string): string | null {
  const anger = ANGER.exec(claim);
  if (anger !== null && !ANGER.test(passage)) return anger[0].toLowerCase();
  const content = CONTENT.exec(claim);
  // "not happy with" is the criticism the passage reports; contentment itself is not.
  if (content !== null && content[1] === undefined && !CONTENT.test(passage)) return content[0].toLowerCase();
  return null;
}

function withFeeling(verdict: ClaimVerdict, feeling: string): ClaimVerdict {
  return {
    ...verdict,
    verdict: "altered",
    exact: null,
    changes: [...verdict.changes, { kind: "replaced", claimed: feeling, article: "" }],
  };
}

/** The checker, a confirmed claim with a feeling its passage never reports read as altered. */
export function judgingAddedFeeling(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null) return verdict;
    const feeling = feelingOfItsOwn(text, `${verdict.span.text}\n${verdict.translation ?? ""}`);
    return feeling === null ? verdict : withFeeling(verdict, feeling);
  };
}
