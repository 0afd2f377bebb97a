// Kind: "to what, then?", «а к чему тогда», «к чему же он призывает?» after a question of what a voice calls for
// ("does putin urge israel to retaliate?", «путин призывает израиль к военному ответу?»): the asker heard No (or
// nothing) and asks what the voice does call for. The bare "к чему" had no topic of its own (the "doesn't cover
// that" card), and after a call-for question the engine could not place it went nowhere. Read against the last
// question asked — answered or not — as "what does <voice> call for?" / «к чему призывает <voice>?»: the voice the
// last question named, else the pronoun for the context to resolve. Null unless the last question was a call-for.
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const TO_WHAT_EN =
  /^(?:(?:so|and|ok|okay|then|but|well)[, ]+)*(?:to what|for what|calling for what|urging what|pushing for what)(?:,? (?:then|instead|exactly|actually))*\s*\?*$/iu;
const TO_WHAT_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*к чему(?: (?:же|тогда|вместо этого|именно|он|она|они))*(?: (?:призывает|призывал|призвал|призывают|призывали))?(?: (?:же|тогда|вместо этого|именно))*\s*\?*$/iu;
/** The last question asked what a voice calls for. */
const CALL_ASKED =
  /(?<!\p{L})(?:призыва\p{L}*|призвал\p{L}*|призыв\p{L}*|call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|push(?:es|ed|ing)? for)(?!\p{L})/iu;

/** "what does <voice> call for?" for "to what then?" after a call-for question, else null. */
export function callForThenOf(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  const t = foldQuestion(text);
  const ru = TO_WHAT_RU.test(t);
  if (!ru && !TO_WHAT_EN.test(t)) return null;
  const last = context?.question || context?.refusedAsked || "";
  if (!CALL_ASKED.test(last)) return null;
  const asked: Lang = ru ? "ru" : lang === "ru" && !/[a-z]/u.test(t) ? "ru" : "en";
  const named = speakers.namedIn(last)[0];
  const voice = named ? speakers.shortName(named.id, asked) : asked === "ru" ? "он" : "he";
  return asked === "ru" ? `к чему призывает ${voice}?` : `what does ${voice} call for?`;
}
