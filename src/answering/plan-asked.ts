// A Russian voice's plan asked bare ("kremlin plan?", "whats russia's plan", «план кремля?», «какой у москвы план?»):
// what that voice wants, the aims the article reports (Putin's ceasefire and talks, the Kremlin's readiness to help).
// Read as typed, "plan" found the card that no detailed peace plan is described — a refusal of a question the
// article answers. A plan asked in detail ("concrete", "peace plan", "step by step"), or for a thing ("plan for
// gaza"), keeps that reading: only the noun alone after the voice, at the question's end, is read so (quality34).
import { foldedRussian } from "./russian/plain-text.js";

const ENGLISH_PLAN =
  /^(?:(?:and|so|ok|okay|well|but|then)[,.!]* )?(?:(?:what(?:'s| is)|whats|wats|wat's) )?(?:the )?(kremlin|moscow|russia|russians|putin|peskov)(?:'s|s|’s)? (?:plan|plans|proposal|proposals|game plan)(?: (?:here|now|then))?[ ?!.]*$/u;

const ENGLISH_VOICE: Readonly<Record<string, string>> = {
  kremlin: "the kremlin",
  moscow: "moscow",
  russia: "russia",
  russians: "russia",
  putin: "putin",
  peskov: "the kremlin",
};

/** "what is moscow planning (to do)", "what does moscow propose", "so what's the plan, according to the kremlin". */
const ENGLISH_PLANNING =
  /^(?:(?:and|so|ok|okay|well|but|then)[,.!]* )?(?:(?:what(?:'s| is| are)|whats) (?:the )?(kremlin|moscow|russia|russians|putin) planning(?: to do)?|what (?:does|do) (?:the )?(kremlin|moscow|russia|russians|putin) (?:propose|suggest)|(?:what(?:'s| is)|whats) the plan,? (?:according to|for|of) (?:the )?(kremlin|moscow|russia|russians|putin))(?: (?:here|now|then|next))?[ ?!.]*$/u;

/**
 * The Foreign Ministry's plan or recipe ("whats the foreign ministry's plan to stabilise things", "the russian
 * foreign ministry's proposal?"): what the ministry proposes, its stated position (quality-r2-36: read as typed,
 * "plan" drew the refusal that no detailed peace plan is described).
 */
const MINISTRY_PLAN =
  /^(?:(?:and|so|ok|okay|well|but|then)[,.!]* )?(?:(?:what(?:'s| is| are)|whats|wats) )?(?:the )?(?:russian |russia's |moscow's )?(?:foreign ministry|mfa|ministry of foreign affairs)(?:'s|s|’s)? (?:plan|plans|proposal|proposals|recipe|idea|ideas|solution|prescription)(?: (?:to|for) (?:stabili[sz]e|stabili[sz]ing|calm|calming|settle|settling|fix|fixing|resolve|resolving|end|ending|de-?escalate)(?: (?:things|it|the situation|the conflict|the crisis|matters|the region))?)?(?: (?:here|now|then))?[ ?!.]*$/u;

/** "kremlin plan?" as "what does the kremlin want?", or the question as it came. */
export function asPlanAsked(text: string): string {
  if (text.length > 90) return text;
  const folded = text
    .toLowerCase()
    .trim()
    .replace(/[\u2018\u2019]/g, "'");
  if (MINISTRY_PLAN.test(folded)) return "what does the russian foreign ministry propose?";
  if (text.length > 60) return text;
  const found = ENGLISH_PLAN.exec(folded);
  const planning = found ? null : ENGLISH_PLANNING.exec(folded);
  const voice = found?.[1] ?? planning?.slice(1).find((g) => g !== undefined);
  return voice === undefined ? text : `what does ${ENGLISH_VOICE[voice] ?? "russia"} want?`;
}

/** The voice in the genitive, then its nominative. */
const RUSSIAN_VOICE: Readonly<Record<string, string>> = {
  кремля: "кремль",
  москвы: "москва",
  россии: "россия",
  путина: "путин",
  русских: "россия",
  пескова: "кремль",
};
const VOICE_GENITIVE = `(кремля|москвы|россии|путина|русских|пескова)`;
const PLAN = `(?:план|планы|предложение|предложения)`;
const LEAD = String.raw`(?:(?:а|и|ну|так)\s+)?`;
const RUSSIAN_PLAN = new RegExp(
  String.raw`^${LEAD}(?:(?:какой|каков|какие|каковы|что\s+за)\s+)?(?:(?:у\s+${VOICE_GENITIVE}\s+${PLAN})|(?:${PLAN}\s+(?:у\s+)?${VOICE_GENITIVE})|(?:у\s+${VOICE_GENITIVE}\s+(?:какой|каков|какие)\s+${PLAN}))(?:\s+(?:какой|каков|какие|каковы))?(?:\s+(?:тут|здесь|сейчас|вообще))?$`,
  "u",
);

/** «план кремля?» as «чего хочет кремль?», or the question as it came. */
export function asRussianPlanAsked(text: string): string {
  if (text.length > 60) return text;
  const found = RUSSIAN_PLAN.exec(foldedRussian(text));
  if (!found) return text;
  const voice = found[1] ?? found[2] ?? found[3] ?? "";
  return `чего хочет ${RUSSIAN_VOICE[voice] ?? "россия"}?`;
}
