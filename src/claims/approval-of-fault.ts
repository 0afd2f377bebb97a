// (claims35) Approval of what the passage faults: "Putin said Washington was right to monopolize peace efforts",
// "the US did the right thing by …", «вашингтон правильно сделал, монополизировав мирные усилия». The approving
// words lined up with nothing and stood as one unbacked word among many that did ("monopolize", "peace efforts"),
// and the claim was confirmed as a paraphrase of ¶2's criticism (claims-own38, base35). Here a confirmed claim
// that approves ("right to", "did well to", «правильно / верно поступают», «правы») of a passage that
// faults (criticizes, blame, failure, monopolizing, overlooked) is altered: the speaker's stance turned round. A
// negated approval ("was not right to", «неправильно», «не правы») says the passage's own side and is left.
// (claims-r2-35) Contentment and a wish to go on count too: "Putin is happy (pleased, satisfied) with Washington's
// policy", "… has handled the Middle East well", "the US should carry on leading the peace efforts by itself",
// «Путин доволен политикой США», «США правильно монополизировали …» (claims-own39: each was a paraphrase).
// Bounded expressions: word lists, no nested repetition.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** Approving a deed: "was right to", "did the right thing", "did well to", "deserves credit for" (not "rightly"). */
const ENGLISH_APPROVAL = lean(
  /\b(?:(?:was|were|is|are|be|been)\s{1,3}(?:(?:quite|absolutely|perfectly|completely|entirely)\s{1,3})?(?:right|correct|justified|wise|smart)\s{1,3}(?:to|in)|(?:do|does|did|done|doing)\s{1,3}(?:the\s{1,3}right\s{1,3}thing|(?:very\s{1,3})?well\s{1,3}(?:to|by|in)|a\s{1,3}(?:good|great|fine)\s{1,3}job)|deserves?\s{1,3}(?:credit|praise)|(?:commend|applaud)(?:s|ed|ing)?|(?:happy|pleased|satisfied|content|glad|comfortable|impressed)\s{1,3}with|approv(?:e|es|ed|ing)\s{1,3}of|(?:should|must|ought\s{1,3}to)\s{1,3}(?:keep|continue|carry\s{1,3}on|go\s{1,3}on|stay|remain)|(?<!\bas\s{1,3})well(?=\s{0,3}[.!?]*\s{0,3}$))\b/iu,
);
/** A negation right before the approving words: "was not right to", "didn't do the right thing". */
const ENGLISH_NEGATED = lean(
  /\b(?:not|never|n['’]t|hardly)\s{1,3}(?:(?:quite|absolutely|really|always)\s{1,3})?(?:right|correct|justified|wise|smart|do|does|did|doing|the\s{1,3}right|rightly|deserve|happy|pleased|satisfied|content|glad|comfortable|impressed|approve)/iu,
);
/** «правильно / верно / справедливо сделал(и) / поступа(ет/ют)», «правы», «прав», «молодцы». */
const RUSSIAN_APPROVAL = lean(
  /(?<![\p{L}])(?:(?:правильно|верно|разумно|мудро|справедливо|хорошо)\s{1,3}(?:сделал\p{L}{0,2}|дела\p{L}{1,3}|поступ\p{L}{1,4}|ведут|ведёт|ведет|вел\p{L}{0,2}|монополиз\p{L}{1,9}|игнорир\p{L}{1,6}|справ\p{L}{1,6})|доволен|довольна|довольны|удовлетворён\p{L}{0,2}|удовлетворен\p{L}{0,2}|одобря\p{L}{1,3}|правы|прав|молодц\p{L}{0,2}|заслужива\p{L}{1,3}\s{1,3}похвал\p{L}{0,2})(?![\p{L}])/iu,
);
const RUSSIAN_NEGATED = lean(
  /(?<![\p{L}])не\s{1,3}(?:правильно|верно|разумно|мудро|справедливо|хорошо|правы|прав|доволен|довольна|довольны|удовлетвор\p{L}*|одобря\p{L}*)(?![\p{L}])/iu,
);
/** The approval is of the criticism itself: "Putin was right to criticize …", «Путин прав, критикуя …». */
const OF_CRITICISM = lean(
  /\b(?:criticiz\p{L}*|criticis\p{L}*|blam\p{L}*|fault\p{L}*|slam\p{L}*|condemn\p{L}*|denounc\p{L}*)|(?<![\p{L}])(?:критик\p{L}*|раскритик\p{L}*|обвин\p{L}*|вин\p{L}{1,3}|осуд\p{L}*|осужд\p{L}*)/iu,
);
/** A passage that faults someone: its criticism, blame, a failure, a monopoly, something overlooked. */
const FAULTS = lean(/\b(?:criticiz\p{L}*|blame\p{L}*|fail\p{L}*|monopoliz\p{L}*|overlook\p{L}*)/iu);

/** The approving words of a claim, unless negated; null when it approves of nothing. */
export function approvalIn(text: string): string | null {
  const russian = /\p{Script=Cyrillic}/u.test(text);
  const [approval, negated] = russian
    ? [RUSSIAN_APPROVAL, RUSSIAN_NEGATED]
    : [ENGLISH_APPROVAL, ENGLISH_NEGATED];
  const m = approval.exec(text);
  if (!m || negated.test(text) || OF_CRITICISM.test(text.slice(m.index + m[0].length))) return null;
  return m[0].replace(/\s+/gu, " ");
}

/** The checker, a confirmed claim approving of what its passage faults read as altered (the stance turned round). */
export function judgingApprovalOfFault(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null || !FAULTS.test(verdict.span.text))
      return verdict;
    const approval = approvalIn(text);
    if (approval === null) return verdict;
    const fault = FAULTS.exec(verdict.span.text)![0];
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "opposite", claimed: approval, article: fault }],
    };
  };
}
