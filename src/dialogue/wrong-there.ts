// Kind: "there" after a wrong-doing, pointing at the last topic, not at a place — "and what did the americans do
// wrong there according to him" after "does putin support a palestinian state?". Read with "there" unread, the
// engine found the monopolised peace efforts alone, not the policy that overlooked the Palestinians' hope of a
// state (d74-04#2). "there" is put as "on <the last topic>" when that topic is a matter (its words are not all
// places: "gaza" or "israel" keep "there" a place).
import { countryOf } from "./countries.js";
import { fold } from "./language.js";
import type { DialogueContext } from "./types.js";

/** A wrong-doing, then "there": "do wrong there", "fail there", "mess up there", "get it wrong there". */
const WRONG_THERE =
  /(?<!\p{L})((?:do|did|does|doing|done|go|went|gone|get|got|gotten)(?: it| things)? wrong|fail(?:s|ed)?|mess(?:es|ed)? (?:it |things )?up|screw(?:s|ed)? (?:it |things )?up|(?:make|made) (?:a )?mistakes?|(?:drop|dropped) the ball) there(?!\p{L})/u;
const PLACE = /^(?:gaza|strip|region|middle|east|west|bank|the|area|zone)$/u;

/** The message with "there" read as the last topic, or null. */
export function wrongThereOf(text: string, context: DialogueContext | null): string | null {
  const topic = context?.topic?.trim();
  if (!topic || context?.refused) return null;
  const t = fold(text);
  if (t.length > 160 || !WRONG_THERE.test(t)) return null;
  const words = topic.split(" ");
  if (words.every((w) => countryOf(w) !== null || PLACE.test(w))) return null;
  return t.replace(WRONG_THERE, `$1 on the ${topic}`);
}
