// «туда» ("to there") read against the chat's topic. It points at the topic when the topic names a place or a
// body one joins ("а Россия туда входит?" after the Quartet, a country, Gaza, the region); a topic that names no
// place (a fear, a call, a view) is no destination: «Россия собирается вводить туда войска?» after the feared
// spread of the crisis used to become «вводить <the fear's words> войска», which the engine could not place, and
// the troops question was lost ("not sure which"). There the word is the region the story is about.
// Also «про него», «о нём» when no person is in the chat (aboutItRu): the topic, a thing («путин про него что-то
// сказал?» after what the Quartet is, d60-40), which no person pronoun reader took.
import { countryOf } from "./countries.js";

/** Words of places and of bodies one can be in or go to (the countries are countries.ts's). */
const PLACE_WORD =
  /^(?:квартет\p{L}*|оон|ес|евросоюз\p{L}*|нато|газ[аеуы]|сектор\p{L}*|регион\p{L}*|зон\p{L}*|ближн\p{L}*|восток\p{L}*|стран\p{L}*|границ\p{L}*|quartet|un|eu|nato|gaza|strip|region|zone|middle|east|country|countries|border\p{L}*)$/u;

const TO_THERE_RU = /(?<!\p{L})туда(?!\p{L})/u;

/** Whether the topic names a place («туда» may point at it). */
export function topicNamesPlace(topic: string): boolean {
  return topic
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w !== "" && (PLACE_WORD.test(w) || countryOf(w) !== null));
}

/** The question with «туда» read as the region when the topic names no place, or null (left to the topic). */
export function toThereAsRegion(folded: string, topic: string): string | null {
  if (!TO_THERE_RU.test(folded) || topicNamesPlace(topic)) return null;
  return folded.replace(TO_THERE_RU, "в регион");
}

/** «про него», «о нём», «об этом ней»: a thing-topic's object after a preposition (the caller checks no person). */
const ABOUT_IT_RU = /(?<!\p{L})(про|о|об|насч[её]т)\s+(?:него|н[её]м|не[её]|ней|них)(?!\p{L})/u;

/** The question with «про него» as «про <topic>», or null. */
export function aboutItRu(folded: string, topic: string): string | null {
  if (!ABOUT_IT_RU.test(folded) || topic.trim() === "") return null;
  return folded.replace(
    ABOUT_IT_RU,
    (_m, prep: string) =>
      `${prep === "насчет" || prep === "насчёт" ? "про" : prep === "об" ? "о" : prep} ${topic}`,
  );
}
