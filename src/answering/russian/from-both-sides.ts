// Two sides joined by «с» after «от» («чё кремль хочет от израиля с хамасом», «чего путин ждёт от хамаса с
// израилем»): colloquial for «от израиля и хамаса», both sides asked. Read as typed, «с хамасом» was Russia's contact
// with Hamas, and the answer the Kremlin's open line («Да.» to a what-question; quality34). «говорит с хамасом» and
// other «с» after a verb keep their reading: only «от <side> с <side>».

/** A side in the instrumental after «с», as the genitive «от» takes. */
const GENITIVE_OF: Readonly<Record<string, string>> = {
  хамасом: "хамаса",
  израилем: "израиля",
  палестинцами: "палестинцев",
  израильтянами: "израильтян",
  газой: "газы",
};

const FROM_ONE_WITH_OTHER =
  /(?<!\p{L})(от\s+(?:израиля|хамаса|палестинцев|израильтян|газы))\s+с\s+(хамасом|израилем|палестинцами|израильтянами|газой)(?!\p{L})/giu;

/** The question with «от A с B» read as «от A и B», or as it came. */
export function withBothSidesFrom(text: string): string {
  if (text.length > 300 || !/(?<!\p{L})от\s/iu.test(text)) return text;
  return text.replace(
    FROM_ONE_WITH_OTHER,
    (_m, from: string, other: string) => `${from} и ${GENITIVE_OF[other.toLowerCase()] ?? other}`,
  );
}
