// The Foreign Ministry's regional players asked with an example of the asker's own ("which regional players, like
// iran?", "is saudi arabia one of the regional players?", «какие региональные игроки, например иран?»): the article
// names none, so the answer is the card saying it doesn't say which. Read as typed, the example was a name the
// article lacks and vetoed the card: the question was refused as off the story (quality27, a session 26 leftover).
// Only the story's phrase with one short example beside it; the phrase alone is already read right.

const EN_PLAYERS = /\bregional\s+(?:players?|actors?|powers?|states|countries|partners)\b/i;
const EN_ASKED =
  /^\s*(?:(?:so|and|but)\s*,?\s+)?(?:which|what)\s+regional\b|\b(?:is|are)\s+[\p{L}\s]{2,30}?\s+(?:one|some|among|part)\s+(?:of\s+)?(?:the\s+|those\s+|these\s+)?regional\b/iu;
const EN_EXAMPLE =
  /\b(?:like|such\s+as|e\.g\.?|for\s+(?:example|instance)|including|maybe|perhaps)\b|,|\bone\s+of\b|\bamong\b/i;

const RU_PLAYERS =
  /(?<!\p{L})региональн\p{L}*\s+(?:игрок\p{L}*|участник\p{L}*|сил\p{L}*|держав\p{L}*|стран\p{L}*|государств\p{L}*|партн[её]р\p{L}*)/u;
const RU_ASKED =
  /^(?:а\s+|и\s+)?(?:какие|каких|какой)\s+(?:именно\s+)?региональн|(?<!\p{L})(?:входит|входят|относится|относятся|один\s+из|одна\s+из)(?!\p{L})/u;
const RU_EXAMPLE =
  /(?<!\p{L})(?:например|типа|вроде|как|скажем|в\s+том\s+числе|в\s+числ\p{L}*|входит|входят|относится|относятся|среди|один\s+из|одна\s+из)(?!\p{L})|,/u;

const MAX_LENGTH = 110;

/** The regional players asked with an example as which ones the ministry means, or the question as typed. */
export function asExamplePlayers(text: string): string {
  if (text.length > MAX_LENGTH || !EN_PLAYERS.test(text)) return text;
  return EN_ASKED.test(text) && EN_EXAMPLE.test(text)
    ? "which regional players does the foreign ministry mean"
    : text;
}

/** The Russian twin: «какие региональные игроки, например иран?» as «каких региональных игроков имеет в виду МИД». */
export function asRussianExamplePlayers(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const plain = text.toLowerCase().replace(/ё/g, "е");
  if (!RU_PLAYERS.test(plain)) return text;
  return RU_ASKED.test(plain) && RU_EXAMPLE.test(plain)
    ? "каких региональных игроков имеет в виду мид"
    : text;
}
