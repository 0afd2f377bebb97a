// Kind: whether a voice spoke at all, asked on that voice's statements — "did the russian foreign ministry say
// anything", "has peskov commented?", «а мид россии высказывался?» (d88-39#3). The engine answers with the voice's
// quotes (who said what), which no verdict reader took: Yes where every quote shown is that voice's and the question
// names it. A voice the article never quotes gets no quotes answer, so no Yes here.
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

const SPOKE_EN =
  /(?<!\p{L})(?:say|said|says|saying) (?:anything|something|much)|(?<!\p{L})(?:comment(?:ed|s)?|speak|spoke(?: out| up)?|weigh(?:ed)? in|make (?:a|any) statements?|made (?:a|any) statements?|(?:issue|issued) (?:a|any) statements?)(?: (?:on|about) (?:it|this|that))?(?: at all)?\s*\??$/u;
const SPOKE_RU =
  /(?<!\p{L})(?:высказ(?:ывал|ал|ыва|а)\p{L}*|комментир\p{L}*|прокомментир\p{L}*|выступ(?:ал|ил)\p{L}*|заявля\p{L}*|(?:сказал|говорил|заявил)\p{L}* (?:что-?(?:то|нибудь)|хоть что-?(?:то|нибудь))|что-?(?:то|нибудь) (?:сказал|говорил|заявил)\p{L}*)(?!\p{L})/u;
/** A yes/no asking: "did/has/does … ?", or a Russian question with no question word. */
const ASKED_EN = /^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:did|has|have|does|do)(?!\p{L})/u;
const WH_RU = /(?<!\p{L})(?:что|как|когда|где|почему|зачем|кто|кому|о ч[её]м|про что)(?!\p{L})(?!-)/u;

export function spokeVerdict(
  plain: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "yes" | null {
  if (answer.kind !== "quotes" || !answer.answered || answer.quotes.length === 0 || plain.length > 100)
    return null;
  const text = plain.toLowerCase().replace(/ё/gu, "е").trim();
  if (lang === "ru" ? !SPOKE_RU.test(text) || WH_RU.test(text) : !ASKED_EN.test(text) || !SPOKE_EN.test(text))
    return null;
  const voice = answer.quotes[0]?.speakerId;
  if (!voice || answer.quotes.some((q) => q.speakerId !== voice)) return null;
  return speakers.namedIn(text).some((n) => n.id === voice) ? "yes" : null;
}
