// Whose verdict an entry's curated Yes is: its voice's. A stance asked of a party that voices none of the entry's
// quotes («сша за палестинское государство?», «а израиль поддерживает перемирие?») finds the best account of that
// thing — Putin's words that the US failed to address the Palestinians' aspiration, his call for a ceasefire — and the
// entry's Yes is his, not the party's: the article reports no stance of such a party, so the verdict is "doesn't
// say", with the evidence shown. verdict-read.ts asks this where it reads the entry's verdict (Russian questions; the
// claim checker reads English ones against the passage). A party a Russian voice speaks for (Россия, Москва) and the
// article's named voices (Путин, Эрдоган) are left to the other readers.
import type { Answer } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { foldQuestion } from "../lib/fold-question.js";
import type { SpeakerNames } from "./speakers.js";

/** «X за …?», «X поддерживает …?», «X хочет …?»: a stance with its subject first (at most three words). */
const STANCE_RU =
  /^(?:(?:а|и|но|ну|так|значит)[, ]+)?(.{2,40}?) (?:(?:тоже|также|ещ[её]|и|вообще|сами) )?(?:за|(?:выступа|высказыва)\S* за|поддержива\S*|поддержал\S*|одобря\S*|хочет|хотят|хотел[аи]?) (.{2,60}?)\s*[?!.]*$/u;
const MAX_CHARS = 110;

/** Whether a Russian question asks a stance of a party that is no voice of the entry the engine found. */
export function stanceOfNoVoice(
  folded: string,
  answer: Answer,
  speakers: SpeakerNames,
  parties: Parties,
): boolean {
  if (folded.length > MAX_CHARS) return false;
  const m = STANCE_RU.exec(foldQuestion(folded));
  if (!m?.[1] || !m[2]) return false;
  if (speakers.namedIn(m[1]).length > 0) return false;
  const asked = partyMentions(parties, m[1]);
  // The whole subject is the party ("сша", "израиль", "власти сша"), not a clause that merely names one.
  if (asked.length === 0 || m[1].split(" ").length > 3) return false;
  return !answer.quotes.some((q) => asked.some((p) => p.id === q.speakerId));
}
