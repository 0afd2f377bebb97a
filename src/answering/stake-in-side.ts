// Russia's stake in one side, asked in words of investment ("does russia have any stake in the palestinian side",
// "is moscow invested in the israelis", "does the kremlin have an interest in the palestinian side of things"): asks
// what ties Russia has with that side, which the article gives (long-standing ties with the Palestinians; common
// ground with Israel). Read as typed, "stake" and "side" drew the both-sides contacts card ("Yes…") or the card on
// Palestinian interests the US overlooked (wave AO). Read as "what ties does russia have with X".

const RUSSIA = "(russia|moscow|the\\s+kremlin|kremlin|the\\s+russians|putin)";
const SIDE =
  "(?:the\\s+)?(palestinians?|israelis?|israel|hamas|palestine|gaza)(?:\\s+(?:side|camp|cause))?(?:\\s+of\\s+things)?|(?:the\\s+)?(palestinian|israeli)\\s+(?:side|camp|cause|people)(?:\\s+of\\s+things)?";
const STAKE = new RegExp(
  `\\b(?:does|do|did|is|are|has)\\s+${RUSSIA}\\s+(?:(?:have|has|got|hold|holds)\\s+(?:any|a|an|some|much\\s+of\\s+an?|much|its\\s+own)?\\s*(?:real\\s+|big\\s+|direct\\s+|personal\\s+)?(?:stake|interest|investment|skin\\s+in\\s+the\\s+game)|(?:really\\s+|at\\s+all\\s+)?(?:invested|involved\\s+with))\\s+(?:in|with)\\s+(?:${SIDE})`,
  "i",
);

/** The question read as Russia's ties with the side it asks of, or as it came. */
export function asStakeInSide(text: string): string {
  if (text.length > 200 || !/stake|interest|invest|skin/i.test(text)) return text;
  const m = STAKE.exec(text);
  if (!m) return text;
  const side = (m[2] ?? m[3] ?? "").toLowerCase();
  const whom = /^isra/.test(side) ? "israel" : "the palestinians";
  return `${text.slice(0, m.index)}what ties does ${m[1]} have with ${whom}${text.slice(m.index + m[0].length)}`;
}
