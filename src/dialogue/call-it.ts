// Kind (dialog43, d107-21): who took part in the call, "it" being the call the last question was about — "who was
// on it?", "who was on the line?", "who took part in it?", "who were the two people on it?", «кто в нём участвовал?»,
// «кто был на связи?», «кто с кем говорил?» after "when did the phone call take place". The pronoun went to the last
// topic with its verb ("who was on the phone call take place") and the date card came back. The article reports one
// call, Putin's with Erdogan: asked as "who did Putin speak to on the phone?", whose card names both. Only where the
// last question (or its topic) is about a call; elsewhere "who was on it?" is the Quartet's members or nothing.
import type { Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import { fold, readsAsRussian } from "./language.js";
import type { DialogueContext } from "./types.js";

const LEAD_EN = "(?:(?:and|so|but|ok|okay|wait|then)[,.! ]+)*";
const ON_IT_EN = new RegExp(
  `^${LEAD_EN}(?:who|which people|which leaders|what leaders)(?: (?:exactly|else))? (?:was|were|is|are) (?:on|in) (?:it|that|the line|that call|the call)|who (?:took|takes|had) part in (?:it|that|the call|that call)|who (?:was|were) (?:talking|speaking|involved)(?: (?:on|in) (?:it|that|the call))?|who were the (?:two|two people|two leaders|participants|parties)(?: (?:on|in) (?:it|that|the call))?|who (?:talked|spoke) (?:to whom|with whom)(?: (?:on|in) (?:it|that|the call))?$`,
  "u",
);
const LEAD_RU = "(?:(?:а|и|так|ну)[,.! ]+)*";
const ON_IT_RU = new RegExp(
  `^${LEAD_RU}(?:кто (?:в н[её]м|в этом разговоре|в разговоре|в звонке) (?:участвовал|участвовали|был|были)|кто (?:участвовал|участвовали|был|были) (?:в н[её]м|на связи|на линии|на звонке|в разговоре)|кто с кем (?:говорил|разговаривал|созванивался)|кто (?:говорил|разговаривал)|кто участники)$`,
  "u",
);
/** The last question or topic tells of a call. */
const CALL =
  /(?<!\p{L})(?:phone|call|calls|called|phoned|telephone|conversation|звон\p{L}*|созвон\p{L}*|телефон\p{L}*|разговор\p{L}*)(?!\p{L})/u;

/** "who did Putin speak to on the phone?" for a message asking who was on the call the context is about, else null. */
export function callItOf(
  text: string,
  context: DialogueContext | null | undefined,
  lang: Lang,
): string | null {
  if (!context || context.refused || text.length > 70) return null;
  const t = withoutEndMarks(fold(text)).trim();
  const ru = readsAsRussian(t, lang);
  if (!(ru ? ON_IT_RU : ON_IT_EN).test(t)) return null;
  if (!CALL.test(`${context.question} ${context.topic}`.toLowerCase())) return null;
  return ru ? "с кем Путин говорил по телефону?" : "who did Putin speak to on the phone?";
}
