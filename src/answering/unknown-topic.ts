// A question about a thing the article never names, asked with one plain word the knowledge base happens to use
// ("как работает фотосинтез?": работ is in a curated phrasing of who Peskov is; фотосинтез is nowhere). The one
// known word is the question's frame, not its topic: no entry is about it, so the gate refuses instead of letting
// a rare curated word carry the whole match. A known name or concept (@putin, =violence) is a topic and keeps the
// question ("где работает Песков?"), and so does a second known word. Russian only: an unknown English word is
// more often a synonym the vocabulary lacks ("what is the danger the article warns about" asks the fears).
import type { Analysis } from "./lexicon.js";

const CYRILLIC = /^[а-яё]+$/u;

/** Whether the question's topic is a word the article does not know and its one known word is plain. */
export function asksUnknownTopic(analysis: Analysis): boolean {
  if (analysis.unknown.length === 0 || !analysis.unknown.every((t) => CYRILLIC.test(t))) return false;
  const known = new Set(analysis.content.filter((t) => !analysis.unknown.includes(t)));
  if (known.size !== 1) return false;
  const [only] = known;
  return only !== undefined && !only.startsWith("@") && !only.startsWith("=");
}
