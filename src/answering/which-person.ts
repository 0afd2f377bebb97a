// "What Turkish leader is mentioned?", "what russian spokesman does the article quote": "what" straight before a
// noun for a person is the determiner "which" — it asks who that person is, not what they said. Read with the
// cue "what", the saying word beside it made it "what did Erdogan say" (the article reports nothing he said, so
// the reply was a refusal); with "which" it ranks as "which Turkish leader is mentioned" always did. A bare name
// after "what" ("what Putin said") keeps its "what".
import type { Token } from "./lexicon.js";

const PERSON_NOUNS = new Set(
  `leader leaders president presidents spokesman spokesmen spokesperson spokeswoman official officials minister
  ministers politician politicians diplomat diplomats figure figures person people head`.split(/\s+/),
);

/** The cue of question token `i`: "which" for a "what" before a noun for a person, else its own term. */
export function questionCue(tokens: readonly Token[], i: number): string {
  const token = tokens[i]!;
  if (token.term !== "what") return token.term;
  const next = tokens[i + 1];
  if (next === undefined || next.role !== "content") return token.term;
  return PERSON_NOUNS.has(next.surface.split(" ").at(-1)!) ? "which" : token.term;
}
