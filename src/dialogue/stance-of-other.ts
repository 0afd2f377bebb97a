// Kind: "эрдоган тоже против сша?", "а песков тоже против америки?": a stance against a party asked of a voice
// other than the one the evidence quotes. The engine finds the best account of that party (Putin's criticism of the
// US), which is no stance of Erdogan's or Peskov's: the article reports none of theirs on it, so the verdict is
// "doesn't say" with Putin's words as the evidence, not his Yes carried over to another person, nor no verdict.
// Only where a voice of the article is named before "против", none of the evidence's quotes is that voice's and
// the evidence names the party asked about; "путин против сша?" on Putin's own quotes is left to the other readers.
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { SpeakerNames } from "./speakers.js";

const AGAINST_RU =
  /^(?:(?:а|и|но|ну|так|значит)[, ]+)?(.{2,40}?) (?:(?:тоже|также|ещ[её]|и) )?против (.{2,40}?)\s*[?!.]*$/u;
const MAX_CHARS = 100;

/** "not-said" when a voice the evidence does not quote is asked to be against a party the evidence names. */
export function stanceOfOtherVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
  parties: Parties,
): "not-said" | null {
  if (lang !== "ru" || folded.length > MAX_CHARS || !answer.answered || answer.quotes.length === 0)
    return null;
  const m = AGAINST_RU.exec(folded.trim().toLowerCase().replace(/ё/gu, "е"));
  if (!m?.[1] || !m[2]) return null;
  const voice = speakers.namedIn(m[1])[0];
  if (!voice || answer.quotes.some((q) => q.speakerId === voice.id)) return null;
  const asked = partyMentions(parties, m[2]).map((p) => p.id);
  if (asked.length === 0) return null;
  const evidence = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])]
    .join(" ")
    .toLowerCase();
  const named = new Set(partyMentions(parties, evidence).map((p) => p.id));
  return asked.every((id) => named.has(id)) ? "not-said" : null;
}
