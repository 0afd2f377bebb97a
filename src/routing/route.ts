// Is a plain message a question to answer or a claim to check? A question or request goes to the Q&A path
// (src/answering/), a claim to the claim checker (src/claims/). Measured on test/questions/router-probes.jsonl and
// on every labelled set of test/questions (test/routing/route.test.ts).

import { RUSSIAN_STANCE_QUERY } from "../answering/russian/stance-query.js";
import { parseRussianFrame } from "../claims/russian-frames.js";
import { parseFrame, QUOTED } from "../claims/words.js";
import { asksAlternatively } from "./asked-alternative.js";
import { asksWithoutMark } from "./asked-without-mark.js";
import {
  ASKED_IN_CHAT_MORE,
  ASKED_IN_RUSSIAN_MORE,
  ASKS_FOR_HELP,
  ASKS_IN_CHAT,
  ASKS_OTHERWISE,
  ASKS_THEN_GOES_ON,
  LEADING_GLUE,
  QUESTION_WORD,
  RUSSIAN_ASKED_AFTER_TOPIC,
  RUSSIAN_AT_ALL,
  RUSSIAN_EARLY_QUESTION,
  RUSSIAN_LATE_QUESTION,
  RUSSIAN_LI,
  RUSSIAN_QUESTION_WORD,
  RUSSIAN_TOPIC_ABOUT,
  TOPIC_QUERY,
} from "./asks.js";
import { isKeywordQuery } from "./keyword-query.js";
import { readingsOf } from "./readable.js";
import { isMistypedWhWord, QUESTION_STARTERS, RUSSIAN_QUESTION_STARTERS } from "./starters.js";
import { embedsWhClause, opensStatement } from "./statement-openings.js";

/**
 * A message this long without a question mark reads as a statement. Measured on test/questions: at 7 words
 * 1 of 461 questions (a keyword query) reads as a claim and 106 of 116 labelled claims do; at 6, 4 and 112.
 */
export const CLAIM_MIN_WORDS = 7;
/** Thanks, with or without a word after it ("Thank you, that's helpful."): small talk, not a claim. */
const THANKS = /^(?:thanks|thank\s+(?:you|u)|thx|ty|cheers|спасибо|благодарю)\b[^.!?]{0,40}[.!]*$/iu;
/** A sentence closed by a full stop reads as a statement from this many words ("Putin blames Hamas."). */
const STATEMENT_MIN_WORDS = 3;

/**
 * A question or request: ends with "?", opens with a question word or request, or asks who/what/why/how. Read as
 * typed with look-alike letters folded, and transliterated Russian in Cyrillic too (readable.ts).
 */
export function looksLikeQuestion(text: string): boolean {
  return readingsOf(text).some(readsAsQuestion);
}

function readsAsQuestion(text: string): boolean {
  const typed = text.trim();
  // The message without a leading greeting or particle ("hey, …", "а …"): read once, by every shape below.
  const t = typed.replace(LEADING_GLUE, "") || typed;
  if (
    typed.endsWith("?") ||
    TOPIC_QUERY.test(typed) ||
    RUSSIAN_STANCE_QUERY.test(typed) ||
    ASKS_THEN_GOES_ON.test(typed) ||
    ASKS_OTHERWISE.test(typed) ||
    ASKS_IN_CHAT.test(t) ||
    ASKED_IN_CHAT_MORE.test(t) ||
    ASKED_IN_RUSSIAN_MORE.test(t) ||
    (RUSSIAN_AT_ALL.test(t) && !/[.!]["”’]?\s*$/.test(t)) ||
    (RUSSIAN_TOPIC_ABOUT.test(t) && !/[.!]["”’]?\s*$/.test(t)) ||
    ASKS_FOR_HELP.test(t) ||
    asksWithoutMark(t) ||
    asksAlternatively(t)
  )
    return true;
  // "What's", "I'd": the word before the apostrophe decides.
  const first = (t.split(/\s+/)[0] ?? "")
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, "")
    .replace(/['’][\s\S]*$|[^\p{L}]+$/u, "");
  const opening = !opensStatement(t);
  if (opening && (QUESTION_STARTERS.has(first) || isMistypedWhWord(first))) return true;
  if (QUESTION_WORD.test(t) && !embedsWhClause(t)) return true;
  return (
    (opening && RUSSIAN_QUESTION_STARTERS.has(first.replace(/ё/g, "е"))) ||
    (opening && RUSSIAN_QUESTION_STARTERS.has(first)) ||
    RUSSIAN_QUESTION_WORD.test(t) ||
    RUSSIAN_EARLY_QUESTION.test(t) ||
    RUSSIAN_LATE_QUESTION.test(t) ||
    RUSSIAN_LI.test(t) ||
    RUSSIAN_ASKED_AFTER_TOPIC.test(t)
  );
}

/**
 * Whether a plain message should be checked as a claim rather than answered as a question: not a question
 * (looksLikeQuestion) nor a keyword query (isKeywordQuery: no finite verb, a label, an ask after a dash), and quoted, attributed ("X said …", "according to X, …"), closed by a full stop, or at
 * least CLAIM_MIN_WORDS long.
 */
export function looksLikeClaim(text: string): boolean {
  const t = text.trim();
  if (t === "" || looksLikeQuestion(t) || isKeywordQuery(t) || THANKS.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length >= 3 && QUOTED.test(t)) return true;
  if (parseFrame(t).name !== null) return true;
  if (/\p{Script=Cyrillic}/u.test(t) && parseRussianFrame(t).name !== null) return true;
  if (words.length >= STATEMENT_MIN_WORDS && /[.!]["”’]?$/.test(t)) return true;
  return words.length >= CLAIM_MIN_WORDS;
}
