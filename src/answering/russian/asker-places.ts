// Where the asker or someone close lives, moved or travels, told in a long message before its question ("моя подруга
// живёт в Хайфе, переехала из Питера…", "брат уехал в Тель-Авив", "собирались летом в Иорданию"): the places are
// the asker's story, not the question's topic, yet the gate read them as names the article never mentions and refused
// the whole message (quality-ru46). In a message of many words, a place after a verb of living, moving or travelling
// and its preposition is dropped, unless it is one of the story's own places (Израиль, Газа, Россия, Москва, Турция…),
// which may be what is asked.
import { foldedRussian } from "./plain-text.js";

/** Verbs of living, moving, travelling or working somewhere. */
const VERB =
  "(?:живу|живет|живут|живем|живешь|жил|жила|жили|проживает|проживают|переехал\\p{L}*|переезжа\\p{L}*|уехал\\p{L}*|уезжа\\p{L}*|эмигрировал\\p{L}*|перебрал\\p{L}*|родом|родил\\p{L}*|вырос\\p{L}*|учится|учусь|учился|училась|работает|работаю|работал\\p{L}*|отдыха\\p{L}*|летал\\p{L}*|летим|летит|полетим|полетел\\p{L}*|поехал\\p{L}*|поедем|едем|еду|ездил\\p{L}*|собирал\\p{L}*|собираемся|вернул\\p{L}*|приехал\\p{L}*)";
/** A time word between the verb and the place ("собирались летом в …"). */
const WHEN =
  "(?: (?:летом|зимой|весной|осенью|недавно|давно|раньше|сейчас|теперь|уже|туда|оттуда|когда-то))?";
/** The place phrases after the verb: a preposition and one word (hyphens kept: "тель-авив"), up to three of them. */
const PLACES = new RegExp(
  `(?<!\\p{L})(${VERB}${WHEN})((?: (?:в|во|из|под|на) [\\p{L}-]+){1,3})(?![\\p{L}-])`,
  "gu",
);
/** A place of the story itself: kept, it may be what is asked. */
const STORY_PLACE =
  /^(?:израил|газ|сектор|росси|рф|москв|турци|анкар|сша|америк|штат|вашингтон|палестин|ближн|восток|европ|регион|арабск)/u;
/** Fewer words than this is a question, not a story told before one. */
const MIN_WORDS = 14;

/** The message without the places of the asker's story, or as typed. */
export function withoutAskerPlaces(text: string): string {
  const plain = foldedRussian(text);
  if (plain.split(" ").length < MIN_WORDS) return text;
  let changed = false;
  const read = plain.replace(PLACES, (_all, verb: string, places: string) => {
    const kept = [...places.matchAll(/ (?:в|во|из|под|на) ([\p{L}-]+)/gu)]
      .filter((m) => STORY_PLACE.test(m[1]!))
      .map((m) => m[0])
      .join("");
    if (kept !== places) changed = true;
    return `${verb}${kept}`;
  });
  return changed ? read : text;
}
