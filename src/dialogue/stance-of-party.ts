// Kind: «сша за палестинское государство?», «а израиль поддерживает перемирие?»: a stance asked of a party that is no
// voice of the article (the US, Israel, Hamas, the EU …). The engine finds the best account of that thing — Putin's
// words that the US failed to address the Palestinians' aspiration, his call for a ceasefire — and the entry's curated
// Yes is his, not the party's: carried over, it confirmed a stance the article never reports (found when round 1 of the
// thirty-third session was merged: «сша за палестинское государство?» → «Да.»). The article reports no stance of such
// a party, so the verdict is "doesn't say", with the evidence shown. Russian only: English questions of this kind go
// through the claim checker, which reads the passage against them (verdict-read.ts). A party that a Russian voice
// speaks for (Россия, Москва) is left to the other readers.
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { SpeakerNames } from "./speakers.js";

const STANCE_RU =
  /^(?:(?:а|и|но|ну|так|значит)[, ]+)?(.{2,40}?) (?:(?:тоже|также|ещ[её]|и|вообще|сами) )?(?:за|(?:выступа|высказыва)\S* за|поддержива\S*|поддержал\S*|одобря\S*|хочет|хотят|хотел[аи]?) (.{2,60}?)\s*[?!.]*$/u;
const MAX_CHARS = 110;

/** "not-said" when a party that is no voice of the article is asked to stand for something. */
export function stanceOfPartyVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
  parties: Parties,
): "not-said" | null {
  if (lang !== "ru" || folded.length > MAX_CHARS || !answer.answered) return null;
  const m = STANCE_RU.exec(folded.trim().toLowerCase().replace(/ё/gu, "е"));
  if (!m?.[1] || !m[2]) return null;
  if (speakers.namedIn(m[1]).length > 0) return null;
  const asked = partyMentions(parties, m[1]);
  // The whole subject is the party ("сша", "израиль", "власти сша"), not a clause that merely names one.
  if (asked.length === 0 || m[1].split(" ").length > 3) return null;
  return answer.quotes.some((q) => asked.some((p) => p.id === q.speakerId)) ? null : "not-said";
}
