// "Is Putin for or against a Palestinian state?", "is russia for a ceasefire or against it": a stance asked with
// both answers offered. The offered "against" is no part of the question, yet read as typed it drew Putin's stand
// against US policy ("What did Putin say about the United States?") instead of his stance on the thing asked
// (quality-r2-31's own probes; russian/for-or-against.ts is the Russian twin). The pair is dropped: "is putin for a
// palestinian state", which the stance entries answer; "against X or for it" likewise keeps "against X".
import { lean } from "../lib/lean-regexp.js";

/** "for or against" / "in favour of or against" / "against or for", both offered before the thing. */
const BOTH_BEFORE = lean(/\b(?:for|in favou?r of) or against\b|\bagainst or (?:for|in favou?r of)\b/gi);
/** The offered other answer at the end: ", or against it?", "or is he against it", "or for it". */
const OTHER_AFTER = lean(
  /,? or (?:is (?:he|she|it) |are (?:they|you) |rather )?(?:against|for|in favou?r of)(?: (?:it|that|this|them|one))?\s*([?!.]*)$/i,
);
/** The stance asked before the offered other: "for"/"in favour of"/"against" before "or". */
const STANCE_WORD = lean(/\b(?:for|in favou?r of|against|support|supports|oppose|opposes)\b/i);

/** The question with the offered other answer dropped, or as it came. */
export function withoutForOrAgainst(text: string): string {
  if (text.length > 160) return text;
  const both = text.replace(BOTH_BEFORE, (m) => (/^against/i.test(m) ? "against" : "for"));
  if (both !== text) return both;
  const after = OTHER_AFTER.exec(text);
  if (after === null || !STANCE_WORD.test(text.slice(0, after.index))) return text;
  return `${text.slice(0, after.index)}${after[1] ?? ""}`;
}
