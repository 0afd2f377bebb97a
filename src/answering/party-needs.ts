// Which solution a side of the fighting needs or wants ("what solution does hamas need", "what settlement does israel
// want", «какое решение нужно хамасу», «какой выход нужен израилю»): the article reports no word of Hamas or of
// Israel's government, so this is theirs to say and is refused with the card that says so (what Hamas itself says;
// how Israel's government responded). Read as typed, "solution" drew the article's own prescription, as if answered
// (quality35's leftover, quality-r2-35). Only Hamas and Israel, the sides whose silence has a card; the article, a
// voice of the story or the Palestinians keep their reading.

const MAX_LENGTH = 100;

const SOLUTION_EN = String.raw`(?:solution|settlement|resolution|deal|outcome|way\s+out|peace\s+deal|end\s+to\s+(?:this|the\s+\w+))`;
const NEEDS_EN = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+|ok\s+)?(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?${SOLUTION_EN}\s+(?:does|do|would|will|could|might)\s+(hamas|israel|the\s+israelis|israelis|the\s+israeli\s+government)\s+(?:need|want|seek|accept|demand|prefer|like|go\s+for|agree\s+to)\b`,
  "i",
);

const SOLUTION_RU = String.raw`(?:решени|урегулировани|выход|мир|сделк|соглашени|исход)\p{L}*`;
const NEEDS_RU = new RegExp(
  String.raw`^(?:а |и |ну |так )?(?:как(?:ое|ой|ая|ого|ую|ие)) ${SOLUTION_RU} (?:(?:нужн\p{L}*|нужен|надо|хочет|хотят|хотел бы|ищет|ищут|устроит|устроило бы|требует|примет) )(хамас\p{L}*|израил\p{L}*|израильтян\p{L}*)(?!\p{L})`,
  "u",
);

/** "what solution does hamas need" as what Hamas itself says (Israel: its government's reply), or as typed. */
export function asPartyNeeds(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const side = NEEDS_EN.exec(text)?.[1];
  if (!side) return text;
  return /hamas/i.test(side) ? "what does hamas say" : "how did israel's government respond";
}

/** The Russian twin: «какое решение нужно хамасу» as «что говорит сам хамас». */
export function asRussianPartyNeeds(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const side = NEEDS_RU.exec(text.toLowerCase().replace(/ё/g, "е").trim())?.[1];
  if (!side) return text;
  return side.startsWith("хамас") ? "что говорит сам хамас" : "как ответило правительство израиля";
}
