// Kind (verdict46): "for / in favour of" asked as a stance. Two readings:
// - A voice "for" a thing ("is putin for us policy?", "is putin in favour of american policy in the middle east?",
//   «путин за политику сша?», «путин выступает за политику вашингтона?») is that voice's support of the thing, as
//   docs/conversation.md already reads "be for / in favour of" among the stance verbs (kremlin-stance.ts) and «он за
//   него?» (in-favour-ru.ts): put as "does putin support …?" / «путин поддерживает …?», which the verdict readers
//   settle (No for the US policy Putin faults, Yes for the ceasefire he calls for). As typed, "for" was glue and the
//   US card's stored Yes was given to "in favour of" — a false Yes.
// - The article itself "for" a party ("is the article in favour of the palestinians", «статья за палестинцев?», «автор
//   на стороне израиля?»): the article reports positions and takes no side (judgement-asked.ts's convention), so
//   "doesn't say". Read as a question about Russia's ties, it was the ties card's curated Yes — a false Yes.

import { namesAlternation, type RussianVoice, voiceNames } from "../knowledge/voices.js";
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";

/** The voices a stance "for" is read of: Russia's (knowledge/voices.ts, their names and other forms), Erdogan and
 * "he". Captured: the voice as typed. */
const VOICES: readonly RussianVoice[] = ["putin", "peskov", "russia", "kremlin", "foreign-ministry"];
const VOICE_EN = `(${namesAlternation([...voiceNames(VOICES, "en", "also"), "erdogan", "he"])})`;
const FOR_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|well)[,.!]* )?(?:is|was) ${VOICE_EN} (?:really |actually |even )?(?:in favou?r of|for) (.{3,80})$`,
  "u",
);
/**
 * Named exception (voices45): «рф» and «мид рф» are not read here — «мид рф за прямой диалог …?», «рф за прекращение
 * огня?» (27 texts of test/questions) are answered by the readers after this one, and reading them here would change
 * those answers.
 */
const NOT_READ_RU = ["рф", "мид рф"];
const VOICE_RU = `(${namesAlternation([...voiceNames(VOICES, "ru", "also").filter((n) => !NOT_READ_RU.includes(n)), "эрдоган", "он"])})`;
const FOR_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[,.!]* )?${VOICE_RU} (?:(?:что|вообще|реально|правда|действительно) )?(?:выступает |выступал )?за (?!(?:то|что|кого|него|нее|неё|них|это|этого|это всё|все это)(?!\\p{L}))(.{3,80})$`,
  "u",
);
/** Endings that make the thing after "for" no object of support: a cause or time ("for years in power", "for this war"): its first word decides. */
const NOT_A_THING_EN =
  /^(?:years?|months?|days?|decades?|weeks?|now|long|a (?:while|reason|long time)|this|that|it|them|him|sure|real)(?!\p{L})/u;

/** "is putin for X?" as "does putin support X?"; «путин за X?» as «путин поддерживает X?»; else null. */
export function forAsSupportOf(text: string): string | null {
  if (text.length > 140) return null;
  const folded = withoutEndMarks(foldQuestion(text));
  const en = FOR_EN.exec(folded);
  if (en) {
    const [, voice, thing] = en;
    if (NOT_A_THING_EN.test(thing!)) return null;
    return `does ${voice} support ${thing}?`;
  }
  const ru = FOR_RU.exec(folded);
  if (ru) {
    const [, voice, thing] = ru;
    return `${voice} поддерживает ${thing}?`;
  }
  return null;
}

/** The article or its writer as the one asked. */
const ARTICLE_EN =
  "(?:the|this) (?:article|story|piece|text|report|author|writer|journalist|reporter)(?: itself)?";
/** The sides of the story the article could be asked to favour. */
const SIDE_EN =
  "(?:the )?(?:israel|israelis|israeli side|palestinians?|palestinian side|hamas|gaza|us|united states|americans?|america|washington|russia|russians|moscow|the kremlin|kremlin|putin)";
const ARTICLE_SIDE_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|well)[,.!]* )?(?:(?:is|was) ${ARTICLE_EN} (?:really |actually |clearly )?(?:in favou?r of|for|on the side of|siding with|biased (?:towards?|in favou?r of)|pro[- ]?)|(?:does|did) ${ARTICLE_EN} (?:really |actually |clearly )?(?:support|back|favou?r|side with|take the side of))\\s?${SIDE_EN}(?:'s side)?$`,
  "u",
);
const ARTICLE_RU = "(?:статья|автор(?: статьи)?|журналист|текст)";
const SIDE_RU =
  "(?:израил\\p{L}*|израильтян\\p{L}*|палестин\\p{L}*|хамас\\p{L}*|газ[аыу]|сша|америк\\p{L}*|американц\\p{L}*|вашингтон\\p{L}*|росси\\p{L}*|москв\\p{L}*|кремл\\p{L}*|путин\\p{L}*)";
const ARTICLE_SIDE_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[,.!]* )?${ARTICLE_RU} (?:(?:вообще|реально|явно|что) )?(?:за|выступает за|на стороне|поддерживает|защищает|принимает сторону|занимает сторону) ${SIDE_RU}$`,
  "u",
);

/** "is the article in favour of the palestinians", «статья за палестинцев?»: the article takes no side. */
export function asksArticleSide(text: string): boolean {
  if (text.length > 120) return false;
  const folded = withoutEndMarks(foldQuestion(text));
  return ARTICLE_SIDE_EN.test(folded) || ARTICLE_SIDE_RU.test(folded);
}
