// Kind: «а реально нейтральна?», «а правда беспристрастна?» after an answer on Russia: a particle of doubt and a
// short adjective, the subject left out because the last question named it. Read alone it had no subject and found
// another card (the author's view on blame, d85-34#2); read with the last question's voice, «а россия реально
// нейтральна?», it is the yes/no the article does not settle. Only where the last question names one voice.
import { lean } from "../lib/lean-regexp.js";

const DOUBTED = lean(
  /^\s*(?:(?:а|и|но|ну|так)[, ]+)?(реально|правда|действительно|точно|вправду|впрямь|в самом деле|на самом деле|по факту|всерьез|всерьёз) (\p{L}{5,}(?:ьн[аоы]|тн[аоы]|чн[аоы]|ен[аоы]?|ан[аоы]?|ов[аы]|ив[аы]))\s*\?+\s*$/iu,
);

/** The doubted predicate with the last question's one voice as its subject; null for any other message. */
export function droppedSubjectRuOf(
  text: string,
  lastQuestion: string | undefined,
  namedIn: (folded: string) => readonly { start: number; end: number }[],
): string | null {
  if (!lastQuestion || text.length > 60) return null;
  const m = DOUBTED.exec(text.toLowerCase());
  if (!m?.[1] || !m[2]) return null;
  const named = namedIn(lastQuestion);
  if (named.length !== 1) return null;
  const subject = lastQuestion.slice(named[0]!.start, named[0]!.end);
  return `а ${subject} ${m[1]} ${m[2]}?`;
}
