// The point the engine owns on what Putin and Erdogan discussed (wave CA, quality50ru): «Путин и Эрдоган обсуждали
// ситуацию в Газе?», «Эрдоган с Путиным говорили о войне?», «Erdogan i Putin obsuzhdali situaciyu v Gaze?» (read
// back in Cyrillic). The call's matter is the ceasefire and the talks in the violence the article frames (Hamas,
// Israel, Gaza): the conflict, its sides or its ground asked is the card's «Да», as the dialogue's call-topic.ts
// reads it. Only when every word after the verb is the pair, the conflict's matter or glue («ситуацию в», «сектор»):
// «поставки газа», «ситуацию на Украине» or any other matter is not owned. Russian only (the English "did they
// discuss…" is the dialogue's, and an English lane's).
import { type Point, PUTIN_RU, stem } from "./owned-points.js";

/** The conflict's matter: its sides, its ground, itself and what the call asked for in it. */
const MATTER =
  "газ(?:а|е|у|ой)|израил\\p{L}*|хамас\\p{L}*|палестин\\p{L}*|войн\\p{L}*|конфликт\\p{L}*|насили\\p{L}*|эскалаци\\p{L}*|кризис\\p{L}*|бо(?:и|ев|ях|ями)|прекращени\\p{L}* огня|перемири\\p{L}*|переговор\\p{L}*|жертв\\p{L}*|ближн\\p{L}* восток\\p{L}*";
/** Words that ask nothing of their own beside the matter: the pair, «ситуацию в», «сектор», «ли». */
const GLUE =
  "путин\\p{L}*|эрдоган\\p{L}*|ли|они|оба|тоже|вообще|ситуаци\\p{L}*|обстановк\\p{L}*|положени\\p{L}*|сектор\\p{L}*|текущ\\p{L}*|нынешн\\p{L}*|в|во|на|о|об|обо|про|вокруг|между|и|с|со";
/** The verb of discussing, then only the pair, glue and at least one word of the matter, to the question mark. */
const DISCUSSED_MATTER = new RegExp(
  `(?<!\\p{L})(?:обсуждал\\p{L}*|обсудил\\p{L}*|говорил\\p{L}*|поговорил\\p{L}*|затрагивал\\p{L}*|затронул\\p{L}*)(?:\\s+(?:${GLUE}))*\\s+(?:${MATTER})(?:\\s+(?:${GLUE}|${MATTER}))*\\s*\\??$`,
  "u",
);

export const CALL_MATTER_POINTS: readonly Point[] = [
  {
    entries: ["putin-erdogan-call"],
    verdict: "yes",
    ru: [PUTIN_RU, stem("эрдоган"), DISCUSSED_MATTER],
  },
];
