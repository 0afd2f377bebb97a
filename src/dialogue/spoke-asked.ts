// Kind: whether a voice spoke at all, asked on that voice's statements — "did the russian foreign ministry say
// anything", "has peskov commented?", «а мид россии высказывался?» (d88-39#3). The engine answers with the voice's
// quotes (who said what), which no verdict reader took: Yes where every quote shown is that voice's and the question
// names it. A voice the article never quotes gets no quotes answer, so no Yes here.
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

/** "did/has <voice> say anything / comment / speak out (at all)?": the whole question, the voice then the verb. */
const SPOKE_EN =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:did|has|have|does|do) [\p{L}' ]{2,40}? (?:(?:ever|actually|even|also) )?(?:say|said) (?:anything|something)(?: at all)?\s*\??$|^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:did|has|have|does|do) [\p{L}' ]{2,40}? (?:(?:ever|actually|even|also) )?(?:comment(?:ed)?|speak(?: out| up)?|spoke(?: out| up)?|weigh(?:ed)? in|make (?:a|any) statements?|made (?:a|any) statements?|issue(?:d)? (?:a|any) statements?)(?: at all)?\s*\??$/u;
const SPOKE_RU =
  /(?<!\p{L})(?:высказ(?:ывал|ал|ыва|а)\p{L}*|комментир\p{L}*|прокомментир\p{L}*|выступ(?:ал|ил)\p{L}*|заявля\p{L}*|(?:сказал|говорил|заявил)\p{L}* (?:что-?(?:то|нибудь)|хоть что-?(?:то|нибудь))|что-?(?:то|нибудь) (?:сказал|говорил|заявил)\p{L}*)(?!\p{L})/u;
/** «это комментировал?», «об этом говорил?»: a comment on the last point, not whether the voice spoke at all. */
const ON_THAT_RU = /(?<!\p{L})(?:это|этом|этому|этого|тем|том|так)(?!\p{L})/u;
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
  if (
    lang === "ru" ? !SPOKE_RU.test(text) || WH_RU.test(text) || ON_THAT_RU.test(text) : !SPOKE_EN.test(text)
  )
    return null;
  const voice = answer.quotes[0]?.speakerId;
  if (!voice || answer.quotes.some((q) => q.speakerId !== voice)) return null;
  return speakers.namedIn(text).some((n) => n.id === voice) ? "yes" : null;
}
