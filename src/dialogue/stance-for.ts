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

import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";

/** The voices a stance "for" is read of (the article's speakers and Russia's names). */
const VOICE_EN =
  "(putin|vladimir putin|peskov|dmitry peskov|russia|moscow|the kremlin|kremlin|the russian foreign ministry|the foreign ministry|erdogan|he)";
const FOR_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|well)[,.!]* )?(?:is|was) ${VOICE_EN} (?:really |actually |even )?(?:in favou?r of|for) (.{3,80})$`,
  "u",
);
const VOICE_RU =
  "(путин|владимир путин|песков|дмитрий песков|россия|москва|кремль|мид россии|мид|российский мид|эрдоган|он)";
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
