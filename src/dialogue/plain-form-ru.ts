// Two Russian turns of a yes/no question read in the plain form the engine's own verdict reads (quality45ru):
// «X упоминается среди тех, с кем у Москвы давние связи?» as «у Москвы давние связи с X?» (among-those.ts) and
// «В статье речь идёт о …?» as «В статье говорится о …?» (speech-about.ts). As typed, the yes/no line had no
// verdict («с кем» read as a question word) or the claim checker's «не сказано» (the dropped «речь идёт» left no
// verb to check), over a card that answers Да.
import { withAmongThoseAsTies } from "../answering/russian/among-those.js";
import { withSpeechAboutAsSaid } from "../answering/russian/speech-about.js";

/** The plain form of the message; null when neither turn is in it. */
export function plainFormRuOf(text: string): string | null {
  if (!/\p{Script=Cyrillic}/u.test(text)) return null;
  const read = withSpeechAboutAsSaid(withAmongThoseAsTies(text));
  return read !== text ? read : null;
}
