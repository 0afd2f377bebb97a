// A polite address to the bot before a Russian question («Уважаемый бот, изложите, пожалуйста, официальную позицию
// МИД РФ по урегулированию.», «Дорогой бот, расскажите…», «Здравствуйте, бот! Подскажите…»): whom the asker speaks
// to, not what they ask. Left in, «уважаемый» and «бот» were content words with no entry of their own and the
// question was refused as ambiguous (wave BV bru91-070, quality45ru). Taken off only at the start of the message: a
// greeting, then an optional «уважаемый/дорогой/милый», then «бот» (робот, чат-бот, помощник), up to its comma,
// «!», full stop, colon or dash. «пожалуйста» after the verb is already a courtesy word (words.ts).

const ADDRESS =
  /^\s*(?:(?:здравствуй(?:те)?|привет(?:ствую)?|добр(?:ый|ое|ого)\s+(?:день|вечер|утро|дня|вечера|утра))[\s,.!]*)?(?:(?:уважаем|дорог|мил)\p{L}*\s+)?(?:чат-?бот|бот|ботик|робот|помощник|ассистент)\p{L}{0,2}\s*[,.!:;—–-]+\s*/iu;

/**
 * A greeting or «будьте добры» alone before the question («Здравствуйте! Подскажите…»): only where a request or a
 * question word comes next. Before anything else («добрый вечер, пишу курсовую, подскажите…») the greeting opens a
 * longer plea that other readers take whole (ministry-position.ts's plea length; self-intro.ts in the dialogue).
 */
const GREETING =
  /^\s*(?:здравствуй(?:те)?|привет(?:ствую)?|добр(?:ый|ое|ого)\s+(?:день|вечер|утро)|будьте\s+добры|будь\s+добр(?:а|)?)\s*[,.!]+\s*(?=(?:подскаж|расскаж|объясн|изложи|скаж|опиш|назов|что|как|кто|почему|зачем|где|когда|сколько|ответ)\p{L}*)/iu;

/** The question without the address to the bot, or as it came. */
export function withoutPoliteAddress(text: string): string {
  if (text.length > 400) return text;
  const out = text.replace(ADDRESS, "").replace(GREETING, "");
  return out.trim().length > 0 ? out : text;
}
