// The article asked for before a dash, the question after it (wave CA, quality50ru): «А в статье что написано — с кем
// у Москвы хорошие отношения?», «Что в статье — с кем Россия дружит?». The lead asks nothing of its own: the
// question is after the dash. Read whole, «написано» and «статье» pulled toward the long-standing ties' card, so
// the reply named the Palestinians only, where the question asks both sides Moscow has relations with.

/** «(а) в статье что написано —», «что пишут в статье —», «а что в статье —»: the lead, up to the dash. */
const LEAD =
  /^(?:(?:а|и|ну|так)[, ]+)?(?:(?:(?:в|во)\s+(?:статье|тексте)\s+)?(?:что|как)\s+(?:написано|пишут|сказано|говорится|пишется)(?:\s+(?:в|во)\s+(?:статье|тексте))?|что\s+(?:в|во)\s+(?:статье|тексте))\s*[—–-]+\s*(?=\S)/iu;

/** The question after the article's lead and its dash, or the text as it came. */
export function withoutArticleLeadDash(text: string): string {
  return text.replace(LEAD, "");
}
