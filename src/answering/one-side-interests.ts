// Putin asked whether one side's interests alone should count: "does putin think the interests of only one side
// should count?", "does putin believe just one side's needs matter?", "is putin ok with only one party's interests
// being considered?" (wave BZ, quality49). The article's point is the opposite: he criticizes Washington for
// monopolizing peace efforts "without considering compromises acceptable to both sides" (us-monopolizing-peace).
// Read as typed, "interests" and "one side" drew the engine between the US entries and the author's view, and it
// asked which was meant. Read as "does putin think compromises should be acceptable to only one side?", whose No is owned
// (owned-points-call-us.ts). Another holder than Putin, Russia or the Kremlin is left as typed.

const ONE_SIDE = String.raw`(?:only|just|solely)\s+one\s+(?:side|party)|one\s+(?:side|party)\s+(?:only|alone)|a\s+single\s+(?:side|party)`;
const WANTS = String.raw`(?:interests?|concerns?|needs|wishes|demands|aspirations|positions?|views?)`;
const COUNT = String.raw`(?:count|matter|be\s+(?:considered|taken\s+into\s+account|respected|served|heard|prioriti[sz]ed)|prevail|win|come\s+first|decide)`;

/** "does putin think the interests of only one side should count", "… just one side's needs matter". */
const ONE_SIDE_COUNTS = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+)?(?:does|did|do|is|would)\s+(?:putin|the\s+russian\s+president|vladimir\s+putin)\s+(?:think|believe|say|feel|suggest|argue|reckon|want)\s+(?:that\s+)?(?:the\s+)?(?:${WANTS}\s+of\s+(?:${ONE_SIDE})|(?:${ONE_SIDE})(?:'s|’s)\s+${WANTS})\s+(?:should|must|ought\s+to|can|need\s+to|have\s+to|alone\s+should)\s+${COUNT}\b`,
  "iu",
);

/** The question as Putin's view of compromises for one side, or as it came. */
export function asOneSideInterests(text: string): string {
  if (text.length > 200) return text;
  return ONE_SIDE_COUNTS.test(text)
    ? "Does Putin think compromises should be acceptable to only one side?"
    : text;
}
