// "and erdogan?", "а эрдоган?" right after a yes/no asked of one person ("does putin want an immediate
// ceasefire?" — Yes): the same question asked of another person, not one more thing the same evidence names. The
// Yes-again reader (list-turns.ts) met "Erdogan" in the quote ("In a phone call with … Erdogan, Putin emphasized…")
// and said Yes, though the article gives that call as Putin's alone. This tells the two apart: the message names a
// person the last question does not, and the last question names a person of its own — the swap is left to the
// speaker-switch readers, which ask the question of the new person ("does erdogan want…" — doesn't say).
import type { SpeakerNames } from "./speakers.js";

/** Whether `folded` names only people other than the person(s) the last question `lastQuestion` names. */
export function asksAnotherPerson(folded: string, lastQuestion: string, speakers: SpeakerNames): boolean {
  const asked = speakers.namedIn(folded).map((n) => n.id);
  const before = new Set(speakers.namedIn(lastQuestion.toLowerCase()).map((n) => n.id));
  if (asked.length === 0 || before.size === 0) return false;
  if (![...before].some((id) => speakers.isPerson(id))) return false;
  return asked.every((id) => speakers.isPerson(id) && !before.has(id));
}
