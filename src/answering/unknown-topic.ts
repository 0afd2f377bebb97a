// A question about a thing the article never names, asked with one plain word the knowledge base happens to use
// ("как работает фотосинтез?": работ is in a curated phrasing of who Peskov is; фотосинтез is nowhere). The one
// known word is the question's frame, not its topic: no entry is about it, so the gate refuses instead of letting
// a rare curated word carry the whole match. A known name or concept (@putin, =violence) is a topic and keeps the
// question ("где работает Песков?"), and so does a second known word. Russian only: an unknown English word is
// more often a synonym the vocabulary lacks ("what is the danger the article warns about" asks the fears).
//
// One more shape: why/how/when something happened, the event a verb the knowledge base never uses and the one
// known word a name or concept ("почему распался СССР?", "как построили Кремль?"). The name is only where the
// event took place; what is asked is the event, and the article does not report it.
import type { Analysis } from "./lexicon.js";

const CYRILLIC = /^[а-яё]+$/u;
/** A Russian verb's past, infinitive or present forms: the word that says what happened. */
const PREDICATE = /(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ет|ут|ют|ит|ат|ят|ется|ются|ится|атся|ятся)$/u;
/** Question words that ask about an event: its cause, manner or time. */
const EVENT_QUESTIONS = new Set(["почему", "как", "когда"]);

/** Whether the question's topic is a word the article does not know and its one known word is plain. */
export function asksUnknownTopic(analysis: Analysis): boolean {
  if (analysis.unknown.length === 0 || !analysis.unknown.every((t) => CYRILLIC.test(t))) return false;
  const known = new Set(analysis.content.filter((t) => !analysis.unknown.includes(t)));
  if (known.size !== 1) return false;
  const [only] = known;
  if (only === undefined) return false;
  if (!only.startsWith("@") && !only.startsWith("=")) return true;
  return asksUnknownEvent(analysis);
}

/** An event question whose every unknown word is a verb: what happened is what the article does not know. */
function asksUnknownEvent(analysis: Analysis): boolean {
  if (!analysis.cues.some((c) => EVENT_QUESTIONS.has(c)) || analysis.frames.length > 0) return false;
  const unknownWords = analysis.tokens.filter(
    (t) => t.role === "content" && analysis.unknown.includes(t.term),
  );
  return unknownWords.length > 0 && unknownWords.every((t) => PREDICATE.test(t.surface));
}

/**
 * Off the article, with a word or two of it by chance ("who won the last world cup", "which team won the world series
 * this year", "write me a poem about peace"): more words the knowledge base never uses than words it does, at least
 * two of them, and no speaker named. Read only where the engine was unsure (whole-question.ts): "did you mean…?"
 * offered entries the question shares one plain word with (other leaders for "world"); a plain refusal, with the
 * suggestions beside it, says what is true (quality32). A speaker named keeps "did you mean…?".
 */
export function asksMostlyUnknown(analysis: Analysis): boolean {
  const unknown = new Set(analysis.unknown);
  if (unknown.size < 2) return false;
  const known = new Set(analysis.content.filter((t) => !unknown.has(t)));
  if ([...known].some((t) => t.startsWith("@"))) return false;
  return unknown.size >= known.size;
}
