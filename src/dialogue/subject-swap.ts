// "is putin for a palestinian state?" — Yes, then "and the us?" / «а сша?»: the new party takes the place of the
// last question's one actor (its subject), so it is that question asked of the US, not one more thing Putin's Yes
// covers. The Yes-again reader (list-turns.ts) met "US" in Putin's quote ("the US government's failure…") and
// carried his Yes to the US: a false Yes. Where the last question names a party besides its actor ("does putin
// blame hamas?" — "and the us?"), the new party takes the object's place, and the same evidence may answer it.
import { formsPattern, type Parties, patternsPerTable } from "../knowledge/parties.js";
import type { SpeakerNames } from "./speakers.js";

/** A Russian adjective ("палестинское государство") names no party: only nouns count (as in party-swap.ts). */
const RU_ADJECTIVE = /ск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ом|ими)$/u;

/** A follow-up led by a preposition names an object: "and with israel?", «а с хамасом?», "against hamas too?". */
const OBJECT_LED =
  /^(?:(?:and|but|so|wait|what about|how about|а|и|ну)[,.!]* )*(?:with|to|for|in|on|about|toward|towards|against|from|by|с|со|к|ко|у|для|в|во|на|о|об|про|против|от)(?!\p{L})/u;

/** Each party's nouns (its names, not its adjectives: "a palestinian state" names no actor), either language. */
const nounPatterns = patternsPerTable((parties) =>
  parties
    // "both sides" is no actor to put in a subject's place: "с обеими сторонами?" asks the object.
    .filter((p) => p.kind !== "collective" && p.names.en.length + p.names.ru.length > 0)
    .map((p) => ({
      id: p.id,
      re: new RegExp(`(?<!\\p{L})(?:${formsPattern([...p.names.en, ...p.names.ru])})(?!\\p{L})`, "gu"),
    })),
);

/** The parties a text names by their nouns. */
function partiesNamed(text: string, parties: Parties): string[] {
  return nounPatterns(parties)
    .filter(({ re }) => [...text.matchAll(re)].some((m) => !RU_ADJECTIVE.test(m[0])))
    .map(({ id }) => `party:${id}`);
}

/** Who a text names: the voices of the article and the parties of the table (Moscow, a voice, is Russia). */
function actorsIn(text: string, speakers: SpeakerNames, parties: Parties): string[] {
  const voices = speakers.namedIn(text).map((n) => (n.id === "russia" ? "party:russia" : `speaker:${n.id}`));
  return [...new Set([...voices, ...partiesNamed(text, parties)])];
}

/** Whether the parties `folded` names take the place of the last question's only actor (see the file's head). */
export function swapsTheSubject(
  folded: string,
  lastQuestion: string,
  speakers: SpeakerNames,
  parties: Parties,
): boolean {
  // "and with israel?", «а с палестинцами?»: a preposition makes the party an object, not the subject.
  if (OBJECT_LED.test(folded.trim())) return false;
  const asked = partiesNamed(folded, parties);
  if (asked.length === 0) return false;
  const before = actorsIn(lastQuestion.toLowerCase(), speakers, parties);
  return before.length === 1 && !asked.includes(before[0]!);
}

/**
 * The last question asked of the new party in its one voice's place: "is putin for a palestinian state?" + "and
 * the us?" -> "is the us for a palestinian state?"; null where the party does not take the subject's place or the
 * subject is no voice of the article (party-swap.ts swaps the parties of its table).
 */
export function subjectSwapped(
  phrase: string,
  folded: string,
  lastQuestion: string,
  speakers: SpeakerNames,
  parties: Parties,
): string | null {
  if (!swapsTheSubject(folded, lastQuestion, speakers, parties)) return null;
  const voice = speakers.namedIn(lastQuestion.toLowerCase())[0];
  if (!voice) return null;
  const out = `${lastQuestion.slice(0, voice.start)}${phrase}${lastQuestion.slice(voice.end)}`;
  return out.replace(/\s+/g, " ").trim();
}
