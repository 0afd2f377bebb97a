// Kind: what a voice thinks would help — "what does putin think would help?", "what would help, according to the
// kremlin?", "what does he believe would work", "what does russia suggest to stop it" (d97-12#3), «что, по мнению путина, поможет?», «что поможет, по словам пескова?».
// With no thing named, "help"/"work" matched nothing the engine could place ("not sure which", d105-22#2) or the
// Kremlin's role card for a question about Putin. What a voice thinks would help is its remedy: Putin's ceasefire and
// talks, the Foreign Ministry's regional coordination. Read as "what does <voice> propose to resolve the conflict?"
// («что <voice> предлагает для урегулирования конфликта?»), the voice as typed (a pronoun is left to the pronoun
// reader); a thing helped named after the verb ("would help the palestinians") is left as typed.
import {
  genitiveNames,
  namesAlternation,
  nominativeOf,
  type RussianVoice,
  stemsAlternation,
  voiceNames,
} from "../knowledge/voices.js";

/** Russia's voices (knowledge/voices.ts: their names and Russia's people), "he" and Erdogan. */
const VOICES: readonly RussianVoice[] = ["putin", "peskov", "kremlin", "russia", "foreign-ministry"];
const VOICE_NAMES_EN = namesAlternation([...voiceNames(VOICES, "en", "people"), "he", "erdogan"]);
/** Captured: the voice as typed. */
const VOICE_EN = `(${VOICE_NAMES_EN})`;
const REMEDY_EN =
  "(?:help|work|fix (?:it|this|things)|solve (?:it|this|things)|end (?:it|this|the (?:fighting|war|violence|conflict))|stop (?:it|this|the (?:fighting|war|violence))|calm (?:it|things|this) down|resolve (?:it|this|the (?:conflict|crisis)))";
const LEADS_EN = "^(?:(?:and|so|but|ok|okay|well|then)[,.!]*\\s+){0,2}";
const THINKS_EN = new RegExp(
  `${LEADS_EN}what (?:does|do|did|would) ${VOICE_EN} (?:think|believe|reckon|say|suggest|feel)(?: (?:that|it))? (?:would|will|could|can|might) ${REMEDY_EN}(?: (?:then|now|here))?$`,
  "u",
);
/** "what does russia suggest to stop it": the remedy asked by a verb of proposing, its aim a pronoun. With a thing
 * named ("…suggest to stop the fighting") it is proposed-remedy.ts's (the card on the talks). */
const PROPOSES_EN = new RegExp(
  `${LEADS_EN}what (?:does|do|did|would) ${VOICE_EN} (?:suggest|propose|recommend|want to do|offer)(?: doing)? (?:to|in order to) (?:help|work|(?:fix|solve|end|stop|resolve) (?:it|this|that|things))(?: (?:then|now|here))?$`,
  "u",
);
const ACCORDING_EN = new RegExp(
  `${LEADS_EN}what (?:would|will|could|can|might) ${REMEDY_EN},? (?:according to|in the view of|in the eyes of) (him|${VOICE_NAMES_EN})$`,
  "u",
);
/** Putin in any case form; the others in the genitive (the table's), and Erdogan's. Captured: as typed. */
const VOICE_RU = `(${stemsAlternation(["putin"])}|${namesAlternation([...genitiveNames(VOICES.filter((v) => v !== "putin")), "эрдогана"])})`;
const REMEDY_RU = "(?:помо(?:жет|гло бы|чь)|поможет|сработает|сработало бы|решит проблему|остановит войну)";
const BY_VIEW_RU = new RegExp(
  `^(?:(?:а|и|так|ну)[,.!]*\\s+){0,2}что,? (?:по (?:мнению|словам|версии) ${VOICE_RU}),? ${REMEDY_RU}$|^(?:(?:а|и|так|ну)[,.!]*\\s+){0,2}что ${REMEDY_RU},? (?:по (?:мнению|словам|версии) ${VOICE_RU})$`,
  "u",
);
/** The nominative of a genitive asked: the table's, and Erdogan's. */
const ruNominative = (genitive: string) => (genitive === "эрдогана" ? "эрдоган" : nominativeOf(genitive));

/** "what does putin think would help?" as what that voice proposes to resolve the conflict, or null. */
export function remedyAsked(text: string): string | null {
  const folded = text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  if (folded.length > 90) return null;
  const en = THINKS_EN.exec(folded) ?? PROPOSES_EN.exec(folded) ?? ACCORDING_EN.exec(folded);
  const voice = en?.[1] === "him" ? "he" : en?.[1];
  if (voice) return `what does ${voice} propose to resolve the conflict?`;
  const ru = BY_VIEW_RU.exec(folded);
  const genitive = ru?.[1] ?? ru?.[2];
  if (!genitive) return null;
  const ruVoice = /^путин/u.test(genitive) ? "путин" : ruNominative(genitive);
  return ruVoice ? `что ${ruVoice} предлагает для урегулирования конфликта?` : null;
}
