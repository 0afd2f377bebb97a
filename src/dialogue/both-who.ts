// Kind: who "both" are, asked right after an answer that says "both" — "both being who" after the Kremlin's contact
// with "both warring sides", "which two camps exactly", "both sides meaning who?", «обе — это кто?», «а какие это
// стороны?». Alone the message names nothing the engine can place ("doesn't cover that", or Russia's neutrality for
// "which sides?"). The two sides of the story are the warring ones the article names (Hamas and the Israeli
// military, in the Israeli-Palestinian conflict): asked as "who are the two sides?". Only when the last answer
// itself says "both" (or «обе/обеих/обоих…»); elsewhere the message is read as typed.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold, readsAsRussian } from "./language.js";
import type { DialogueContext } from "./types.js";

const LEAD_EN = "(?:(?:and|so|ok|okay|wait|sorry|um+|hm+)[,.! ]+)*";
const GROUP_EN = "(?:sides?|camps?|parties|party|groups?|ones|of them)";
const TAIL_EN = "(?:[, ]+(?:exactly|then|again|here|there|tho|though|precisely|specifically))*";
const BOTH_WHO_EN = new RegExp(
  `^${LEAD_EN}(?:both(?: ${GROUP_EN})? (?:being|meaning|=|are|is) (?:who|whom|which|what)|(?:who|which|what)(?:'s| is| are)? (?:both|both ${GROUP_EN}|the two(?: ${GROUP_EN})?|these two(?: ${GROUP_EN})?|the both(?: ${GROUP_EN})?)|which (?:two )?${GROUP_EN}|who(?:'s| is| are) on (?:both|either) sides?|both (?:who|which)|who (?:do|does) (?:you|it|they|he) mean by both(?: ${GROUP_EN})?|what do you mean,? both(?: ${GROUP_EN})?)${TAIL_EN}\\s*[?!.]*$`,
  "u",
);
const LEAD_RU = "(?:(?:а|и|так|ну|погоди|стоп)[,.! ]+)*";
const GROUP_RU = "(?:сторон\\p{L}*|лагер\\p{L}*|сил\\p{L}*)";
const BOTH_WHO_RU = new RegExp(
  `^${LEAD_RU}(?:(?:обе|оба|обеими|обоими|обеих|обоих)(?: ${GROUP_RU})? ?(?:[—–-] ?)?(?:это )?(?:кто|какие|которые)(?: именно| такие| же)?|(?:кто|какие) (?:(?:это|эти|же) )?(?:обе|оба|две|двое|обеими)(?: ${GROUP_RU})?|(?:какие|кто) (?:это |эти |же |именно )?${GROUP_RU}(?: (?:имеются в виду|имеются|именно))?|(?:с )?какими (?:это |именно )?сторонами|кто (?:имеется|имеются) в виду)(?: именно| конкретно| тогда)?\\s*[?!.]*$`,
  "u",
);
const BOTH_SAID = /(?<!\p{L})(?:both|обе|оба|обеими|обоими|обеих|обоих|обеим|обоим)(?!\p{L})/u;

/** "who are the two sides?" for a message asking who the last answer's "both" are, else null. */
export function bothWhoOf(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): string | null {
  if (!context?.entryId || context.refused || text.length > 80) return null;
  const t = fold(text).trim();
  const ru = readsAsRussian(t, lang);
  if (!(ru ? BOTH_WHO_RU : BOTH_WHO_EN).test(t)) return null;
  const last = kit.engine.answerForEntry(context.entryId, ru ? "ru" : "en");
  if (!last?.answered || !BOTH_SAID.test(fold(last.answer))) return null;
  return ru ? "кто эти две стороны?" : "who are the two sides?";
}
