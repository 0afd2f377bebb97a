// A learner's preamble before a Russian question ("Я учу русский. Что в статье значит слово «Квартет»? Кто в нём
// состоит?", «я изучаю русский язык, кто входит в квартет», «Я иностранец и учу русский: …»): who the asker is, not
// what they ask. Left in, «учу» was read as the lesson the article draws (its conclusion) and «русский» as Russia,
// and the conclusion outranked the Quartet (wave BR r87-050, quality41; the English preamble is answer-manner.ts's).
// Taken off only at the start of the message, up to the sentence's end or a colon, comma or dash.

const PREAMBLE =
  /^\s*(?:(?:привет|здравствуйте|добрый день)[\s,.!]*)?(?:я\s+)?(?:(?:иностран\p{L}*|не носитель(?: языка)?)\s*(?:и\s+|,\s*)?(?:я\s+)?)?(?:уч\p{L}*|изуча\p{L}*|только начал\p{L}* учить|плохо (?:знаю|говорю на))\s+(?:русск\p{L}*|по-русски)(?:\s+язык\p{L}*)?(?:\s+(?:недавно|сейчас|пока|ещё|еще))?\s*[.,:;!—–-]+\s*/iu;

/** The question without a learner's preamble, or as it came. */
export function withoutRussianLearnerPreamble(text: string): string {
  if (text.length > 400) return text;
  const out = text.replace(PREAMBLE, "");
  return out.trim().length > 0 ? out : text;
}
