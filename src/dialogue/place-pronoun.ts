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

/** Words of a place on the map (no body one joins): the topic's place run that «там» points at. */
const MAP_WORD =
  /^(?:газ[аеуы]|сектор\p{L}*|регион\p{L}*|зон\p{L}*|ближн\p{L}*|восток\p{L}*|границ\p{L}*|израил\p{L}*|палестин\p{L}*)$/u;
const BODY_WORD = /^(?:квартет\p{L}*|оон|ес|евросоюз\p{L}*|нато|quartet|un|eu|nato)$/u;
const THERE_RU = /(?<!\p{L})там(?!\p{L})/u;
/** «что там», «как там», «чё там»: chat filler ("what's up"), left to the readers that know it. */
const FILLER_THERE_RU = /(?<!\p{L})(?:что|чт[оа]|ч[её]|как|ну) там(?!\p{L})/u;

/** What happens at a place: «там» beside it is where ("там говорится", "там есть" point at the article or a list). */
const HAPPENING_RU =
  /(?<!\p{L})(?:вою\p{L}*|воева\p{L}*|гиб\p{L}*|погиб\p{L}*|происход\p{L}*|творит\p{L}*|стреля\p{L}*|убива\p{L}*|убит\p{L}*|сражаю\p{L}*|бомб\p{L}*|обстрел\p{L}*|страда\p{L}*|бои|боев\p{L}*|насили\p{L}*|жертв\p{L}*)(?!\p{L})/u;

/**
 * «кто там воюет?», «мирные жители там гибнут?» (dialog-r2-32b): «там» is where the story happens. After a topic with
 * a place on the map it is that place («в секторе газа» — not the whole topic, «статья секторе газа», which stacked
 * up turn after turn); after a topic with no place (a call, a view) it is the region. A body one joins in the topic
 * (the Quartet: «а Китай там есть?»), the filler «что там» and a «там» with no word of what happens («там
 * говорится»: the article) are left to the readers before.
 */
export function thereAsPlaceRu(folded: string, topic: string): string | null {
  if (!THERE_RU.test(folded) || FILLER_THERE_RU.test(folded) || !HAPPENING_RU.test(folded)) return null;
  const words = topic
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  if (words.some((w) => BODY_WORD.test(w))) return null;
  let best: string[] = [];
  let run: string[] = [];
  for (const w of [...words, ""]) {
    if (
      w !== "" &&
      (MAP_WORD.test(w) || (run.length > 0 && run.at(-1)?.startsWith("сектор") && /^газ/u.test(w)))
    )
      run.push(w);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  if (best.length === 0 && words.some((w) => countryOf(w) !== null)) return null;
  const place = best.length > 0 ? `в ${best.join(" ")}` : "в регионе";
  return folded.replace(THERE_RU, place);
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
