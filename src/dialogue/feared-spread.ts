// Kind: whether people fear the crisis spreading. "are ppl worried this could spread beyond israel and gaza",
// "is anyone afraid the fighting will spill over into the wider region?", "боятся ли, что конфликт выйдет за
// пределы региона?". The article: "there are growing concerns that the current crisis may extend beyond the
// Arab-Israeli conflict zone". The claim checker read the feared clause as an assertion ("will" against the
// article's hedge "may": doesn't say) and Israel and Gaza as actors in the place of the zone; but a fear is of
// what may happen, and Israel and Gaza are the zone. Yes when the evidence reports those concerns, the fear has
// no named holder (the article does not say who voices them: "is Putin afraid…" is left to the usual path) and
// the spread has no named destination beyond the region ("spread to Lebanon?" is not in the article either).
// Whether the spread has already happened ("has it already spread?", "оно уже перекинулось?") is another
// question: the article reports only the fear that it may, so it doesn't say (spreadHappenedVerdict).
import type { Answer, Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";

const FEAR_EN =
  /(?<!\p{L})(?:worr(?:y|ied|ies|ying)|fears?|feared|fearing|fearful|afraid|concerns?|concerned|scared|anxious|nervous|dread\p{L}*|alarm(?:ed)?|risk|danger|threat)(?!\p{L})/u;
const FEAR_RU =
  /(?<!\p{L})(?:бо[яи]т\p{L}*|бояться|опаса\p{L}*|опасени\p{L}*|беспоко\p{L}*|тревож\p{L}*|тревог\p{L}*|обеспокоен\p{L}*|страх\p{L}*|риск\p{L}*|угроз\p{L}*)/u;
const SPREAD_EN =
  /(?<!\p{L})(?:spread\p{L}*|spill\p{L}*|extend\p{L}*|widen\p{L}*|expand\p{L}*|engulf\p{L}*|beyond|past|wider|broader|regional|(?:go|grow|get|move|reach)\p{L}* (?:past|beyond|out of))(?!\p{L})/u;
const SPREAD_RU =
  /(?<!\p{L})(?:распростран\p{L}*|перекин\p{L}*|перекинет\p{L}*|расшир\p{L}*|выйд\p{L}*|выйти|выходит|за пределы|перерас\p{L}*|охват\p{L}*)/u;
/** A party that could hold the fear: the article names none, so it is not the article's fear. */
const HOLDER =
  /(?<!\p{L})(?:putin|peskov|kremlin|russia|russians?|moscow|erdogan|turkey|the us|washington|americans?|america|hamas|israel|israelis|netanyahu|biden|the un|the eu|china|iran|путин\p{L}*|песков\p{L}*|кремл\p{L}*|росси\p{L}*|москв\p{L}*|эрдоган\p{L}*|турци\p{L}*|сша|вашингтон\p{L}*|америк\p{L}*|хамас|израил\p{L}*|оон|ес|кита\p{L}*|иран\p{L}*)(?!\p{L})/u;
/** Where the spread goes, when named: only the region at large is in the article's "beyond the conflict zone". */
const DESTINATION_EN =
  /(?<!\p{L})(?:to|into|towards?|reach(?:es|ing)?|as far as|across) ((?:the )?\p{L}+(?: \p{L}+)?)/gu;
const DESTINATION_RU = /(?<!\p{L})(?:на|в|до) (\p{L}+(?: \p{L}+)?)/gu;
const REGION =
  /^(?:the )?(?:rest of|rest(?!\p{L})|(?:(?:wider|whole|entire|rest of the|broader) )?(?:region|area|neighbo\p{L}*|other countries|countries|middle east|world|war|conflict|regional war|wider war|other \p{L}+))|^(?:другие|соседн\p{L}*|регион\p{L}*|весь регион|ближн\p{L}*|войн\p{L}*|конфликт\p{L}*|полномасштаб\p{L}*|регионал\p{L}*|друг\p{L}*)/u;
/**
 * The spread asked as a possibility ("could this turn into a bigger war across the region?", "might the fighting
 * spread?", «может ли конфликт перерасти в большую войну?»): the article's "may extend" is that possibility. The
 * subject is the conflict itself, so no party's deed is asked ("could russia widen the war?" is left alone).
 */
const POSSIBLE_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|hmm)[, ]+)?(?:could|might|may|can|is it possible|is there a (?:chance|risk|possibility)(?: that)?)\s+(?:it|this|that|things|the (?:war|conflict|crisis|fighting|violence))(?!\p{L})/u;
const POSSIBLE_RU =
  /(?<!\p{L})(?:(?:может|могут)(?: ли)? (?:это|он|она|конфликт|война|кризис|боевые действия|насилие)|(?:это|он|она|конфликт|война|кризис|боевые действия|насилие) (?:может|могут|способ\p{L}*))(?!\p{L})/u;
/** Growth into a bigger war, with the region named: the spread in other words. */
const GROWTH_EN = /(?<!\p{L})(?:turn\p{L}* into|grow\p{L}* into|escalat\p{L}*|bigger|larger)(?!\p{L})/u;
const REGION_NAMED_EN =
  /(?<!\p{L})(?:region|regional|middle east|neighbou?r\p{L}*|other countries)(?!\p{L})/u;
const CONCERN_IN_EVIDENCE = /(?<!\p{L})concerns? that [^.]{0,80}(?:extend|spread)/u;

export function fearedSpreadVerdict(plain: string, answer: Answer, lang: Lang): "yes" | null {
  const q = withoutEndMarks(plain.toLowerCase());
  if (q.length > 160 || !answer.answered) return null;
  const ru = lang === "ru";
  const feared = (ru ? FEAR_RU : FEAR_EN).exec(q);
  const possible = feared ? null : (ru ? POSSIBLE_RU : POSSIBLE_EN).exec(q);
  const fear = feared ?? possible;
  if (!fear) return null;
  const after = q.slice(fear.index);
  const grows = !ru && possible !== null && GROWTH_EN.test(after) && REGION_NAMED_EN.test(after);
  if (!(ru ? SPREAD_RU : SPREAD_EN).test(after) && !grows) return null;
  // The holder is before the fear word ("is Putin afraid…", "Путин боится…"); Israel and Gaza after it are places.
  if (HOLDER.test(q.slice(0, fear.index))) return null;
  for (const m of q.slice(fear.index).matchAll(ru ? DESTINATION_RU : DESTINATION_EN)) {
    const place = m[1] ?? "";
    if (
      !REGION.test(place) &&
      !/^(?:the )?(?:fighting|violence|crisis|war|it|this|that|a |an |боев|насили|кризис|эт)/u.test(place)
    )
      return null;
  }
  const evidence = [answer.answer, ...answer.quotes.map((x) => x.text)].join(" ").toLowerCase();
  return CONCERN_IN_EVIDENCE.test(evidence) ? "yes" : null;
}

/** The spread as a done thing: a past or perfect form of the spreading verb. */
const SPREAD_DONE_EN =
  /(?<!\p{L})(?:spread|spilled|spilt|extended|widened|expanded|gone (?:beyond|past|outside)|moved (?:beyond|past))(?!\p{L})/u;
const MODAL_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|hmm)[, ]+)?(?:could|might|may|can|would|will|is it possible)\s+(?:it|this|that|things|the (?:war|conflict|crisis|fighting|violence))(?!\p{L})/u;
const AS_OF_NOW_EN = /(?<!\p{L})(?:already|yet|by now|so far|at this point|actually)(?!\p{L})/u;
/** "has it spread…", "did the war spill over…": the auxiliary of a done act, its subject the conflict. */
const DONE_AUX_EN =
  /^(?:(?:so|and|but|ok|okay|wait)\s+)?(?:has|have|did) (?:it|this|that|the (?:war|conflict|crisis|fighting|violence)|(?:the )?violence|things)(?: \p{L}+)? (?:spread|spill|extend|widen|expand|go|move)/u;
const SPREAD_DONE_RU =
  /(?<!\p{L})(?:распространил(?:ся|ась|ось|ись)|перекинул(?:ся|ась|ось|ись)|вы(?:шел|шла|шло|шли) за|расширил(?:ся|ась|ось|ись)|располз(?:ся|лась|лось|лись)|перерос(?:ла|ло|ли)?|охватил[аои]?)(?!\p{L})/u;
const AS_OF_NOW_RU = /(?<!\p{L})(?:уже|пока|на данный момент|сейчас|на самом деле)(?!\p{L})/u;

/**
 * "has it already spread to other countries?", "has it actually spread yet?", "конфликт уже перекинулся на
 * соседей?" on evidence with the concerns that the crisis MAY extend: the article doesn't say it has. A fear
 * asked in the same message ("are people worried it has spread?") is still asked of the happening, so the same.
 */
export function spreadHappenedVerdict(plain: string, answer: Answer, lang: Lang): "not-said" | null {
  const q = withoutEndMarks(plain.toLowerCase());
  if (q.length > 160 || !answer.answered) return null;
  // "could it actually spread beyond the region?": "spread" after a modal is the plain form, a possibility — the
  // article's own "may extend" (fearedSpreadVerdict's Yes), not a done act (dialog43b, d108-07#3).
  if (lang !== "ru" && MODAL_EN.test(q)) return null;
  const done =
    lang === "ru"
      ? SPREAD_DONE_RU.test(q) && (AS_OF_NOW_RU.test(q) || !FEAR_RU.test(q))
      : (SPREAD_DONE_EN.test(q) && (AS_OF_NOW_EN.test(q) || DONE_AUX_EN.test(q))) ||
        // "did it spill over already": "did" and the verb's plain form.
        (/^(?:(?:so|and|but|ok|okay)\s+)?did\s/u.test(q) && SPREAD_EN.test(q) && AS_OF_NOW_EN.test(q));
  if (!done) return null;
  const evidence = [answer.answer, ...answer.quotes.map((x) => x.text)].join(" ").toLowerCase();
  return CONCERN_IN_EVIDENCE.test(evidence) ? "not-said" : null;
}

/** A forecast's word: what will happen, not what may ("could it spread?" is the article's own "may extend"). */
const WILL_EN = /(?<!\p{L})(?:will|won'?t|gonna|going to|bound to|about to)(?!\p{L})/u;
/** A perfective future of the spreading verb, or "будет" with it; "может" is the article's hedge, not a forecast. */
const WILL_SPREAD_RU =
  /(?<!\p{L})(?:перекинет(?:ся)?|распространит(?:ся)?|выйдет|перерастет|перерастёт|охватит|расширит(?:ся)?|будет (?:распространят\p{L}*|расширят\p{L}*))(?!\p{L})/u;
const HEDGE_RU = /(?<!\p{L})(?:может|могут|мог бы|могла бы|могло бы)(?!\p{L})/u;

/**
 * "is the conflict gonna spread to other countries?", "will the war spill over?", «конфликт перекинется на другие
 * страны?» on evidence with the concerns that the crisis MAY extend: a forecast the article does not make, so it
 * doesn't say — the concern's Yes confirmed what the article does not say. A fear asked ("are people worried it will
 * spread?") is the feared-spread Yes above; a party as the doer ("will russia widen the war?") is left alone.
 */
export function spreadForecastVerdict(plain: string, answer: Answer, lang: Lang): "not-said" | null {
  const q = withoutEndMarks(plain.toLowerCase());
  if (q.length > 160 || !answer.answered) return null;
  const ru = lang === "ru";
  if ((ru ? FEAR_RU : FEAR_EN).test(q)) return null;
  let before: string;
  if (ru) {
    const will = WILL_SPREAD_RU.exec(q);
    if (!will || HEDGE_RU.test(q)) return null;
    before = q.slice(0, will.index);
  } else {
    const will = WILL_EN.exec(q);
    if (!will || !SPREAD_EN.test(q.slice(will.index))) return null;
    before = q.slice(0, will.index);
  }
  if (HOLDER.test(before)) return null;
  const evidence = [answer.answer, ...answer.quotes.map((x) => x.text)].join(" ").toLowerCase();
  return CONCERN_IN_EVIDENCE.test(evidence) ? "not-said" : null;
}
