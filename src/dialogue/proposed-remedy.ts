// Kind: what Russia proposes to stop the violence, asked with no "plan" or "steps" — «что россия предлагает для
// прекращения насилия», "what is moscow suggesting to end the fighting". The engine was torn between the Kremlin's
// role, Russia's position and the ceasefire call and offered all three (d75-38#1), or read "proposing" as a
// detailed plan the article does not give. The article's answer is the ceasefire and the talks, as Putin and the
// Foreign Ministry put them: the card on the talks says both. A message asking for a plan, steps or details is left
// to the engine (its card says no detailed plan is given, and what is).
import type { Lang } from "../answering/types.js";
import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { fold, readsAsRussian } from "./language.js";

/** Russia (the voices table's party names and people) or Putin (voices46). */
const WHO_EN = namesAlternation([
  ...voiceNames(RUSSIA_AS_PARTY, "en", "people"),
  ...voiceNames(["putin"], "en"),
]);
const VERB_EN =
  "(?:propose|proposes|proposed|proposing|suggest|suggests|suggested|suggesting|offer|offers|offered|offering|recommend|recommends|put forward|want done|call for)";
const STOP_EN =
  "(?:stop|end|halt|calm|stopping|ending|halting|calming)(?: down)? (?:the |all (?:the |this )?|this )?(?:violence|fighting|bloodshed|war|conflict|escalation|hostilities|killing)";
const PROPOSED_EN = new RegExp(
  `^(?:(?:and|so|ok|okay|then|but)[, ]+)*what (?:(?:does|did|do|would|is|was|has|are) )?${WHO_EN} (?:actually |exactly |really )?${VERB_EN} (?:(?:in order )?to |for )?${STOP_EN}(?: (?:then|there|now))?\\s*\\??$`,
  "u",
);

const WHO_RU = "(?:россия|москва|кремль|путин|российская сторона|русские|рф)";
const VERB_RU = "(?:предлагает|предложила|предложил|предлагал|предлагала|предлагают|предложили|советует)";
const STOP_RU =
  "(?:(?:для|ради|чтобы|чтоб|как) )?(?:прекращения|остановки|окончания|прекратить|остановить|закончить|прекращение) (?:насилия|боев|боевых действий|войны|конфликта|кровопролития|эскалации|столкновений|насилие|войну|конфликт|бои)";
const PROPOSED_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(?:что|чего) (?:(?:же|вообще|конкретно|именно) )?(?:${WHO_RU} ${VERB_RU}|${VERB_RU} ${WHO_RU})(?: (?:же|вообще|конкретно|именно))?,? ${STOP_RU}\\s*\\??$`,
  "u",
);

/** The message asked as the article's card on the talks (the ceasefire with them), or null. */
export function proposedRemedyOf(text: string, lang: Lang): string | null {
  const t = fold(text).trim();
  if (t.length > 120) return null;
  if (readsAsRussian(t, lang)) {
    return PROPOSED_RU.test(t) ? "что в статье говорится о мирных переговорах?" : null;
  }
  return PROPOSED_EN.test(t) ? "what does the article say about peace talks?" : null;
}
