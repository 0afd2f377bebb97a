// Someone's reading of an event asked with an everyday verb ("how does Putin interpret the latest surge?", "how does
// putin read the escalation", "how does the russian president see / explain the bloodshed"): the same question as
// "how does Putin view …", the speaker's stance (speaker-stance.ts). Left as they came, "read" and "see" were
// content words the knowledge base lacks and the question fell on the article's account of the surge, never on
// Putin's reading of it (the failure of US policy). "recent" or "new" before an event reads "latest": "recent" had
// pulled the question to the article's missing dates, "new" was a word the knowledge base lacks.
import { lean } from "../lib/lean-regexp.js";

/** "how/what does|do|did <someone, up to four words> <reading verb>" followed by what is read. */
const READING_ASKED = lean(
  /\b((?:how|what)\s+(?:does|do|did)\s+(?!(?:the\s+)?(?:article|story|piece|text|report|news|you|i|we)\b)(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+\s+)(?:interpret|read|see|explain|perceive|understand)(?=\s+(?!as\b)\p{L})/iu,
);

/** The question with its reading verb read as "view". */
export function asReadingAsked(text: string): string {
  return text.replace(READING_ASKED, "$1view");
}

/** "recent", "new" or "fresh" before an event of the story ("the recent escalation", "the new flare-up"): its latest
 * surge, not a date asked nor a word the knowledge base lacks ("new wave" is a phrase of its own). */
const RECENT_EVENT = lean(
  /\b(?:(?:most\s+)?recent|new|fresh)(?=\s+(?:escalation|violence|surge|fighting|flare-?ups?|attacks?|bloodshed|clashes|crisis|spike|upsurge|hostilities|bombings?|strikes|outbreak)\b)|\b(?:most\s+)?recent(?=\s+(?:events|wave)\b)/giu,
);

/** The question with "recent" or "new" before an event read as "latest". */
export function withRecentAsLatest(text: string): string {
  return text.replace(RECENT_EVENT, "latest");
}
