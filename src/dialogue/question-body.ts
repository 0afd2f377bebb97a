// The last question without its question word, for "why …" / "how …" / "where …" after it. "where" after
// "what does it say about the victims then" asked "where does it say about the victims then" — the figures gap
// again; the reader asks where the victims are, so a said-about question gives its thing ("are the victims").
// «где?» after «сколько погибло» drops «сколько» as "where" after "how many" drops "how" (d81-30).
import type { DialogueWords } from "./language.js";

/** The context question without its question word, ready for "why …" / "how …". */
export function questionBody(question: string, words: DialogueWords): string {
  return question
    .replace(/^(?:why|how|where|when|почему|зачем|как|где|когда|сколько)\s+/u, "")
    .replace(words.leadingQuestionWord, "")
    .trim();
}

/** "does it say about the victims then" → "are the victims": what was said about a thing, asked where it is. */
const SAID_ABOUT =
  /^(?:does|did|do) (?:it|the article|the text|the story|the piece|they|he) (?:say|tell(?: us)?|write|report|mention)(?: anything)? (?:about|of|on|regarding) ((?:the )?[\p{L}' -]{2,60}?)(?:,? then| though| tho)?[?.!]*$/u;

/** The body for "where …": a said-about question asks where its thing is. */
export function whereBody(question: string, words: DialogueWords): string {
  const body = questionBody(question, words);
  const thing = SAID_ABOUT.exec(body)?.[1];
  return thing ? `are ${thing}` : body;
}
