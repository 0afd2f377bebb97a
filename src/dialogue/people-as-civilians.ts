// Kind: "and the people of gaza?", "what about the residents of gaza?", "and the israeli population?" after a turn on
// civilians ("is putin concerned about israeli civilians" — Yes). The people of a place, asked on the civilians'
// topic, are its civilians; as typed, the swap asked "is putin concerned about the people of gaza", which the engine
// placed on the feared spread of the crisis (o80-15#2, "doesn't say"). Put as "and civilians in gaza?", which the
// swap reads as the casualties again (Yes: both Israel and Gaza). Only on a civilians' topic and a place.
import { lean } from "../lib/lean-regexp.js";
import { countryOf } from "./countries.js";
import type { DialogueContext } from "./types.js";

const LEAD = "^((?:(?:and|so|ok|okay|but)[, ]+)?(?:(?:and |so )?(?:what|how) about |and )?)";
const PEOPLE =
  "(?:people|population|residents|inhabitants|citizens|locals|ordinary people|civilian population)";
/** "and the people of gaza?", "what about the residents in the gaza strip?" */
const PEOPLE_OF = lean(
  new RegExp(
    `${LEAD}(?:the )?${PEOPLE} (?:of|in|living in|from) (?:the )?(\\p{L}+(?: strip)?)\\s*\\?*$`,
    "u",
  ),
);
/** "and the israeli population?", "what about gaza's people?" */
const PLACE_PEOPLE = lean(new RegExp(`${LEAD}(?:the )?(\\p{L}+?)(?:'s|s')? ${PEOPLE}\\s*\\?*$`, "u"));
const CIVILIAN_TOPIC = /(?<!\p{L})(?:civilians?|casualt\p{L}*|innocent|мирн\p{L}*|жертв\p{L}*)(?!\p{L})/u;
const GAZA = /^gaza(?: strip)?$/u;
/** A seat of power countries.ts reads as its country: "the people of the kremlin" are no civilians. */
const SEAT = /^(?:kremlin|washington|moscow|ankara|beijing)$/u;

/** "and civilians in gaza?", "and israeli civilians?" for the people of a place asked on the civilians' topic, or null. */
export function peopleAsCiviliansOf(text: string, context: DialogueContext | null): string | null {
  if (!context || text.length > 80) return null;
  if (!CIVILIAN_TOPIC.test(`${context.topic} ${context.question}`)) return null;
  const t = text.trim().toLowerCase();
  const of = PEOPLE_OF.exec(t);
  const m = of ?? PLACE_PEOPLE.exec(t);
  const place = m?.[2];
  if (!m || !place || SEAT.test(place) || (countryOf(place) === null && !GAZA.test(place))) return null;
  // "the israeli population" → "israeli civilians"; "the people of gaza" → "civilians in gaza".
  return `${m[1] || "and "}${of ? `civilians in ${place}` : `${place} civilians`}?`;
}
