// A length of time the passage does not give, put on its deed: "In his phone call with Erdogan, Putin proposed a
// 72-hour ceasefire" (claims-blind49), «трёхдневное перемирие», "a two-week truce". The passage's "immediate
// ceasefire" is there; the duration and a verb of its own ("proposed") took the claim below what a near alteration
// needs, and it came out "not in the article". A claim read as not in the article is read again without its
// duration: when that reading finds the passage (confirmed or altered), the claim is altered, the duration the
// detail added. Never a confirmation. Bounded: one number or number word, a unit, a fixed ending.

import type { ClaimChecker } from "./types.js";
import { alteredReading } from "./verdict.js";

/**
 * A duration as a word before its noun: "72-hour", "three-day", «72-часовое», «трёхдневное». Not "for two hours",
 * «на 48 часов»: a duration that is all the claim says stays news (added-frequency.ts).
 */
const DURATION =
  /(?<!\p{L})(?:(?:\d+|one|two|three|four|five|six|seven|ten|thirty)-(?:hour|day|week|month)(?:-long)?|\d+-?(?:часов|дневн|суточн|недельн|месячн)(?:ое|ого|ому|ым|ая|ой|ую|ые|ых|ыми)|(?:одно|двух|тр[её]х|четыр[её]х|пяти|семи|десяти)(?:часов|дневн|суточн|недельн|месячн)\p{L}+)(?!\p{L})\s*/iu;

/** The checker, a claim not in the article only for a duration of its own read as altered. */
export function judgingAddedDuration(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const found = DURATION.exec(text);
    if (found === null) return verdict;
    const bare = `${text.slice(0, found.index)}${text.slice(found.index + found[0].length)}`.trim();
    if (bare.split(/\s+/u).length < 3) return verdict;
    const again = check(bare);
    if (again.span === null || !["verbatim", "paraphrase", "altered"].includes(again.verdict)) return verdict;
    return alteredReading(again, verdict, [
      ...again.changes,
      { kind: "added", claimed: found[0].trim(), article: "" },
    ]);
  };
}
