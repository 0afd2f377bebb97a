// What a sign is asked of: "is *inflation* a symptom of bad US policy", "does *the oil price* prove that Washington
// failed". The article's own sign is the surge in violence (a clear indication of US failure); asked of a thing the
// article never names, the question is about that thing, not the article's point. The words between the opening
// verb and the sign word are the question's topic (lexicon.ts): one the knowledge base does not know is a name, and
// the question is refused. A known subject ("is the violence a sign of…") is no stranger and keeps the question.
import type { Token } from "./lexicon.js";

/** The concept of the indication group (knowledge/synonyms.json): sign, symptom, proof, shows… */
const SIGN = "=indication";
/** The verbs a sign question opens with: "is X a sign", "does X prove". */
const OPENERS = new Set(["is", "are", "was", "were", "isnt", "arent", "does", "do", "did"]);
/** Glue that may stand inside the subject ("is *the* rise in prices a sign"). */
const INSIDE = new Set([
  "the",
  "this",
  "that",
  "these",
  "those",
  "in",
  "of",
  "a",
  "an",
  "its",
  "their",
  "all",
]);

/** The content words of the subject a sign is asked of, when the question opens with it. */
export function signSubjectWords(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.term === SIGN);
  if (at < 2) return [];
  const subject: Token[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.role === "content") subject.unshift(t);
    else if (OPENERS.has(t.surface)) return subject;
    else if (!INSIDE.has(t.surface)) return [];
  }
  return [];
}
