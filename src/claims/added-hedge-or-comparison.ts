// (claims-r2-36) A hedge or a comparison the passage never makes, on words that all line up: «Путин заявил, что США,
// может быть, монополизируют мирные усилия», "Putin said the US may be monopolizing peace efforts" (¶2 criticizes
// outright), "Putin is more worried about the casualties in Gaza than about those in Israel", "Russia has closer
// ties with the Palestinians than with Israel", «Путин больше обеспокоен жертвами в Газе, чем в Израиле» (¶1 and ¶5
// rank nothing). Each was confirmed as a paraphrase (claims-own41, round1s36): the hedge weakens a firm stance, the
// comparison ranks what the passage puts side by side. A confirmed claim is altered when it hedges and neither its
// passage nor the passage's translation does, or when it compares ("more … than", "-er than", «больше …, чем») and
// the passage has no "than" / «чем». Bounded expressions: word lists, no nested repetition.
// (claims-r2-38) Only a hedge inside a speaker's words ("Putin said the US may be …"): a hedge in the claimant's own
// sentence ("Putin may have blamed …", «Кремль, вероятно, сохраняет …») is the claimant's doubt (hedge-scope.ts).
import { lean } from "../lib/lean-regexp.js";
import { reportedHedge } from "./hedge-scope.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A question put to the bot ("could you check …"), whose modal asks and hedges nothing. */
const ASKING = /(?<!\p{L})(?:could|can|would|may)\s{1,3}(?:you|u|i|we)(?!\p{L})/iu;
/** The passage's own hedge or worry: then the claim's is the passage's. */
const PASSAGE_HEDGE = lean(
  /(?<!\p{L})(?:may|might|could|possibl\p{L}*|perhaps|likely|concern\p{L}*|может|могут|возможн\p{L}*|вероятн\p{L}*|опасени\p{L}*)(?!\p{L})/iu,
);

/** A comparison: "more / less / fewer … than", "closer than", «больше / меньше / ближе …, чем»; not "rather / other than". */
const CLAIM_COMPARISON = lean(
  /(?<!\p{L})(?:(?:more|less|fewer|\p{L}{2,}er)(?:\s{1,3}[\p{L}'-]{1,30}){0,6}\s{1,3}than|(?:больше|меньше|более|менее|сильнее|слабее|чаще|реже|ближе|дальше|важнее|лучше|хуже|выше|ниже|теснее|крепче)(?:[\s,]{1,3}[\p{L}-]{1,30}){0,6}[\s,]{1,3}чем)(?!\p{L})/iu,
);
export const NOT_COMPARING = /(?<!\p{L})(?:rather|other|other\p{L}*)\s{1,3}than(?!\p{L})/iu;
const PASSAGE_COMPARISON = /(?<!\p{L})(?:than|чем|более|менее)(?!\p{L})/iu;

/** What the claim adds: the hedge or the comparison, with the passage's plain word for it; null if nothing. */
export function addedHedgeOrComparison(
  claim: string,
  passage: string,
): { claimed: string; article: string } | null {
  const hedge = reportedHedge(claim);
  if (hedge !== null && !ASKING.test(claim) && !PASSAGE_HEDGE.test(passage))
    return { claimed: hedge, article: "(stated outright)" };
  const comparison = CLAIM_COMPARISON.exec(claim);
  if (comparison && !NOT_COMPARING.test(claim) && !PASSAGE_COMPARISON.test(passage))
    return { claimed: comparison[0].replace(/\s+/gu, " ").toLowerCase(), article: "(no comparison)" };
  return null;
}

/** The checker, a confirmed claim hedging or ranking what its passage states plainly read as altered. */
export function judgingAddedHedgeOrComparison(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null) return verdict;
    const added = addedHedgeOrComparison(text, `${verdict.span.text}\n${verdict.translation ?? ""}`);
    if (added === null) return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "replaced", ...added }],
    };
  };
}

/**
 * (claims37) A ranking of two terms: the comparative word, and "than" / «чем» with a gap of words before it or a
 * preposition after it ("cares more about a ceasefire than about …", «больше, чем с Израилем»); not a figure
 * ("more than 1,000 civilians", "more than an hour": nothing between, no preposition after).
 */
export const RANKING = lean(
  /(?<!\p{L})(more|less|fewer|\p{L}{2,}er|больше|меньше|более|менее|сильнее|чаще|реже|ближе|теснее|крепче|важнее)((?:[\s,]{1,3}[\p{L}'’-]{1,30}){0,6}?)[\s,]{1,3}(than|чем)(?=[\s,]{1,3}(\p{L}+))/iu,
);
const PREPOSITION =
  /^(?:about|with|to|for|in|on|of|at|from|over|towards?|о|об|обо|с|со|в|во|на|к|ко|для|за|у|от|по|перед)$/iu;

/** The claim read without its ranking: both terms joined ("… about a ceasefire and about …"), then the first alone. */
export function withoutRanking(claim: string): string[] {
  const m = RANKING.exec(claim);
  if (m === null || NOT_COMPARING.test(claim)) return [];
  const gap = m[2] ?? "";
  if (!/\p{L}/u.test(gap) && !PREPOSITION.test(m[4] ?? "")) return [];
  const before = claim.slice(0, m.index);
  const thanAt = m.index + m[0].length - m[3]!.length;
  const between = gap.replace(/[\s,]+$/u, "");
  const after = claim.slice(thanAt + m[3]!.length);
  const joiner = /\p{Script=Cyrillic}/u.test(m[3]!) ? "и" : "and";
  const tidy = (s: string) => s.replace(/\s+,/gu, ",").replace(/\s+/gu, " ").trim();
  const cut = after.search(/[.;!?]/u);
  return [
    tidy(`${before}${between} ${joiner}${after}`),
    tidy(`${before}${between}${cut < 0 ? "" : after.slice(cut)}`),
  ];
}

/** The checker, a claim not in the article only for ranking what the article states side by side: altered. */
export function judgingComparisonApart(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const ranking = RANKING.exec(text);
    for (const reading of withoutRanking(text)) {
      if ((reading.match(/\p{L}+/gu) ?? []).length < 3) continue;
      const again = check(reading);
      if ((!confirms(again.verdict) && again.verdict !== "altered") || again.span === null) continue;
      return {
        ...again,
        claim: verdict.claim,
        statement: verdict.statement,
        verdict: "altered",
        exact: null,
        changes: [
          ...(again.verdict === "altered" ? again.changes : []),
          {
            kind: "replaced",
            claimed: ranking![0].replace(/\s+/gu, " ").toLowerCase(),
            article: "(no comparison)",
          },
        ],
      };
    }
    return verdict;
  };
}
