// Kind: "а кто этому мешал?", "кто помешал этому?", "кто препятствовал этому?" after an answer: who stood in the way
// of the last answer's thing is who the article faults for it — the blame question "кто в этом виноват?", which the
// follow-up readers place on the last entry (Putin faults the US for the Palestinians' unmet aspiration to a
// state). As it was, "мешал" matched nothing in the entries and the reply was "the article doesn't say". Only with
// "этому"/"этого"/"в этом" pointing back at the last answer; "кто мешает переговорам?" names its own thing.
// Also (dialog35b) the thing's absence blamed, the thing only a pronoun: «а кто виноват, что его до сих пор нет»,
// «кто мешает его созданию», «а кто тогда мешает» (d77-32, d39-27, ru-13), "whose fault is it they dont have one?",
// "who's to blame that there isn't one yet", "who's stopping it" (d48-23) — "who is to blame for that?" in English.
import { foldQuestion } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";

const LEAD_RU = "^(?:(?:а|и|но|ну|так)[, ]+)?кто (?:(?:же|вообще|именно|тогда) )?";
const HINDER_RU = "(?:мешал\\p{L}*|меша\\p{L}*|помешал\\p{L}*|препятств\\p{L}*|воспрепятствовал\\p{L}*)";
const HINDERED = lean(
  new RegExp(
    `${LEAD_RU}(?:(?:этому )?${HINDER_RU}(?: (?:его|е[её]|их) (?:созданию|появлению|образованию|возникновению|признанию))?|${HINDER_RU} (?:этому|в этом))(?: тогда)?\\s*[?!.]*$`,
    "u",
  ),
);
/** «кто виноват, что его до сих пор нет», «кто мешает тому, что его так и не создали»: a "что" clause of a pronoun
 * with a negation («…что переговоры не идут» names its own thing: the engine's). */
const ABSENT_RU = lean(
  new RegExp(
    `${LEAD_RU}(?:виноват\\p{L}*|в ответе|${HINDER_RU})(?: в том| тому)?,? что (?:его|е[её]|их|оно|она|они|этого|у них|у него|у нее) (?:\\p{L}+ ){0,3}?(?:нет|не \\p{L}+)(?: \\p{L}+){0,3}\\s*[?!.]*$`,
    "u",
  ),
);
const PARTICLES_EN = "^(?:(?:and|so|but|ok|okay|then)[, ]+)*";
/** "whose fault is it they dont have one?", "who's to blame that there isn't one yet": the head, a pronoun, then a
 * negation ("who is responsible that the talks stalled" names its own thing). */
const BLAME_EN = lean(
  new RegExp(
    `${PARTICLES_EN}(?:whose fault is (?:it|that)|who(?:'s|s| is) (?:to blame|at fault|responsible))(?: (?:that|then))?((?:[ ,]+(?:they|there|theres|there's|it|its|it's|he|she))(?:[ ,]+[\\p{L}']+){0,7})\\s*[?!.]*$`,
    "u",
  ),
);
const NEGATION_EN =
  /(?<!\p{L})(?:don'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|haven'?t|hasn'?t|not|never|no)(?!\p{L})/u;
/** "who's stopping it", "who is standing in the way of that", "who prevented it then". */
const STOPPING_EN = lean(
  new RegExp(
    `${PARTICLES_EN}who(?:'s|s| is| was)? (?:stopping|preventing|blocking|prevented|blocked|stopped|standing in the way of|stood in the way of) (?:it|that|this|them)(?: (?:from happening|then|exactly))?\\s*[?!.]*$`,
    "u",
  ),
);

/** "кто в этом виноват?" ("who is to blame for that?") for a "who hindered it?" follow-up, or null when none. */
export function hinderedByOf(text: string): string | null {
  if (text.length > 120) return null;
  const t = foldQuestion(text);
  if (HINDERED.test(t) || ABSENT_RU.test(t)) return "кто в этом виноват?";
  const tail = BLAME_EN.exec(t)?.[1];
  if ((tail && NEGATION_EN.test(tail)) || STOPPING_EN.test(t)) return "who is to blame for that?";
  return null;
}
