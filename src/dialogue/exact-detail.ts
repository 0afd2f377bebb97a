// "did he say how exactly russia would help?", "did peskov explain what specifically they'd do?", «он уточнил, как
// именно россия поможет?»: whether a voice gave a detail, asked with "exactly / specifically / in detail". The
// article reports aims and calls in general words and never spells out how, when or by what means, so such a
// question is "doesn't say" — not the Yes the entry's curated verdict gives to "did he say Russia would help?"
// (dialog52, d46-03). A plain "did he say how?" without the word of precision is left to the other readers.
import type { Lang } from "../answering/types.js";

const DETAIL_EN =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:did|does|has|had|was|is) (?:\p{L}+(?: \p{L}+)?) (?:(?:really|actually|ever|also) )?(?:say|said|explain|explained|specify|specified|mention|mentioned|tell|told|detail|detailed|spell out|spelled out|describe|described|give|gave|go into|outline|outlined)(?: (?:us|anyone|any|the|much))?(?: details?(?: (?:of|about|on))?)? (?:how|in what way|by what means|what|which|when|where|who)(?: \p{L}+)?? (?:exactly|specifically|precisely|concretely)(?!\p{L})/u;
/** "in detail" / "any details" / "specifics" after a verb of telling: the same question without "exactly". */
const DETAILS_EN =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:did|does|has|had) (?:\p{L}+(?: \p{L}+)?) (?:(?:really|actually|ever|also) )?(?:say|explain|specify|mention|give|go into|spell out|describe|outline)(?: \p{L}+)?? (?:any )?(?:specifics|details|in detail|the details|concrete steps|a plan)(?!\p{L})/u;
const DETAIL_RU =
  /(?<!\p{L})(?:сказал|уточнил|объяснил|пояснил|рассказал|говорил|уточнял|объяснял|сообщил|конкретизировал)\p{L}*,? (?:ли )?(?:как именно|как конкретно|каким именно|каким образом|что именно|что конкретно|когда именно|чем именно|чем конкретно|в чём именно|в чем именно|какие именно|какую именно|как это будет|подробно|подробности|детали)(?!\p{L})/u;

/** Whether a yes/no question asks if a voice gave a precise detail (how exactly, what specifically). */
export function exactDetailAsked(folded: string, lang: Lang): boolean {
  const text = folded.replace(/[?!.\s]+$/u, "").trim();
  return lang === "ru" ? DETAIL_RU.test(text) : DETAIL_EN.test(text) || DETAILS_EN.test(text);
}
