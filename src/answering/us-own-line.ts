// The US's own line with the warring sides asked ("what's the white house's line with the two warring sides", "how
// does the us government deal with the two warring sides", «как вашингтон ведёт себя с воюющими сторонами»): the
// article reports no US stance or reply, only Putin's criticism of US policy, so it is read as how the US reacted
// (the us-response gap, a refusal that names Putin's criticism). Read as typed, the sides outweighed the US and the
// answer was who is fighting, or the article's own view of the blame (quality34's leftover). Only the US's own
// line, manner or stance towards the sides: US policy (Putin's subject: "us policy toward the region") and any
// question naming a Russian voice or the article ("does putin think the us approach took both sides into
// account?") stay as typed. Pinned lines want a refusal for the US's own stance without Putin (test/questions:
// "what's biden's official position on the gaza war", «какова официальная позиция сша по войне»).

const EN_US =
  "(?:the\\s+)?(?:white\\s+house|washington|us|u\\.s\\.?|usa|united\\s+states|america|americans|american\\s+government|us\\s+government|biden(?:\\s+administration)?|biden\\s+admin)";
const EN_SIDES =
  "(?:the\\s+)?(?:two\\s+|both\\s+)?(?:warring\\s+|fighting\\s+|opposing\\s+)?(?:sides|parties|camps)(?:\\s+(?:fighting|at\\s+war|in\\s+the\\s+war))?|israel\\s+and\\s+hamas|hamas\\s+and\\s+israel|(?:the\\s+)?israelis\\s+and\\s+(?:the\\s+)?palestinians";
/** "the white house's line with/toward the two warring sides". */
const EN_LINE = new RegExp(
  `(?:^|[^\\p{L}])${EN_US}(?:'s|’s|s)?\\s+(?:official\\s+|own\\s+)?(?:line|stance|position|attitude|approach)\\s+(?:with|toward|towards|to|on|regarding|re|vis-a-vis|for)\\s+(?:${EN_SIDES})(?![\\p{L}])`,
  "iu",
);
/** "how does the us government deal with / handle / treat the two warring sides". */
const EN_MANNER = new RegExp(
  `(?:^|[^\\p{L}])how\\s+(?:does|do|is|are|did)\\s+${EN_US}\\s+(?:deal(?:ing)?\\s+with|handl(?:e|ing)|treat(?:ing)?|approach(?:ing)?|engag(?:e|ing)\\s+with)\\s+(?:${EN_SIDES})(?![\\p{L}])`,
  "iu",
);
const EN_RUSSIAN_VOICE =
  /(?:^|[^\p{L}])(?:putin\p{L}*|russia\p{L}*|kremlin\p{L}*|moscow\p{L}*|peskov\p{L}*|ministry|article|author|lavrov)(?![\p{L}])/iu;

const RU_US =
  /(?:^|[^\p{L}])(?:сша|штат\p{L}*|америк\p{L}*|вашингтон\p{L}*|бел\p{L}{2,3}\s+дом\p{L}*|байден\p{L}*)(?![\p{L}])/iu;
const RU_MANNER =
  /(?:^|[^\p{L}])(?:вед[её]т\s+себя|вед[уё]т\s+себя|обраща\p{L}*|поступа\p{L}*|позици\p{L}*|лини\p{L}*|подход\p{L}*|относ\p{L}*|отношени\p{L}*\s+к)(?![\p{L}])/iu;
const RU_SIDES =
  /(?:^|[^\p{L}])(?:(?:воюющ|враждующ|противоборствующ|обе|обеим|обоих)\p{L}*\s+сторон\p{L}*|израил\p{L}*\s+и\s+хамас\p{L}*|хамас\p{L}*\s+и\s+израил\p{L}*)(?![\p{L}])/iu;
const RU_RUSSIAN_VOICE =
  /(?:^|[^\p{L}])(?:путин\p{L}*|росси\p{L}*|кремл\p{L}*|москв\p{L}*|песков\p{L}*|мид|стать\p{L}*|автор\p{L}*|лавров\p{L}*)(?![\p{L}])/iu;

/** The US's own line with the warring sides as how the US reacted, or the question as typed. */
export function asUsOwnLine(text: string): string {
  if (text.length > 160 || EN_RUSSIAN_VOICE.test(text)) return text;
  return EN_LINE.test(text) || EN_MANNER.test(text) ? "how did the us react" : text;
}

/** The Russian twin: «как вашингтон ведёт себя с воюющими сторонами» as «как отреагировали сша». */
export function asRussianUsOwnLine(text: string): string {
  if (text.length > 160 || RU_RUSSIAN_VOICE.test(text)) return text;
  return RU_US.test(text) && RU_MANNER.test(text) && RU_SIDES.test(text) ? "как отреагировали сша" : text;
}
