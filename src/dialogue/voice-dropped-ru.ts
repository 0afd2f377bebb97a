// Kind: «ну а про израиль что сказал?», «а о палестинцах что говорил?» after a question on one voice ("did putin
// condemn hamas?", «Путин винит США?»): what that voice said of the new party, its name left out because the last
// question named it (wave BX d115-09#2, quality47ru). Read alone, with no voice, it found the Israeli government's
// silence; read as «что путин сказал про израиль?», the card of what Putin said (the casualties in Israel and Gaza).
// Only a verb of saying with no subject at all, and only where the last question names exactly one person.
import { lean } from "../lib/lean-regexp.js";

const ABOUT_THEN_SAID = lean(
  /^\s*(?:(?:а|и|ну|так|ну а)[, ]+)*(про|о|об|обо|насч[её]т) (\p{L}+(?: \p{L}+)?) (?:то |же )?(?:что|чего) (сказал|говорил|говорит|заявил|сказала|говорила|заявила)\s*\?*\s*$/iu,
);

/** «что {voice} сказал про X?» with the last question's one voice, or null for any other message. */
export function voiceDroppedRuOf(
  text: string,
  lastQuestion: string | undefined,
  namedIn: (text: string) => readonly { start: number; end: number; id: string }[],
  isPerson: (id: string) => boolean,
): string | null {
  if (!lastQuestion || text.length > 80) return null;
  const m = ABOUT_THEN_SAID.exec(text.toLowerCase());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  if (namedIn(m[2]).length > 0) return null;
  const last = lastQuestion.toLowerCase();
  const persons = namedIn(last).filter((n) => isPerson(n.id));
  if (persons.length === 0 || new Set(persons.map((n) => n.id)).size !== 1) return null;
  const voice = last.slice(persons[0]!.start, persons[0]!.end);
  return `что ${voice} ${m[3]} ${m[1]} ${m[2]}?`;
}
