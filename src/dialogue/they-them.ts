// Kind: "but they do have links with them?" after «is russia pro-hamas?»: "they" and "them" in one clause are two
// parties, not one. The pronoun reader put the last speaker in for both ("do Moscow have links with Moscow") and
// the Israel ties card answered. "them" (object, after the subject "they") is the other party the last question
// named (Hamas), put in before the pronouns are read; the subject "they" is left to the speaker as before. Only
// with exactly one such other party in the last question; else null.
import type { Parties } from "../knowledge/parties.js";
import { partyMentions } from "../knowledge/parties.js";
import type { DialogueContext } from "./types.js";

const THEY = /(?<!\p{L})they(?!\p{L})/u;
const THEM = /(?<!\p{L})them(?!\p{L})/u;

/** The message with the object "them" as the last question's other party, or null. */
export function theyThemOf(
  text: string,
  context: DialogueContext | null | undefined,
  parties: Parties,
): string | null {
  if (!context?.speakerId || /(?<!\p{L})(?:each other|one another)(?!\p{L})/iu.test(text)) return null;
  // The first "they", then the first "them" after it (two searches, each one pass over the text).
  const lower = text.toLowerCase();
  const they = THEY.exec(lower);
  const after = they ? they.index + they[0].length : -1;
  const them = they ? THEM.exec(lower.slice(after)) : null;
  if (!them) return null;
  const at = after + them.index;
  const asked = context.question.toLowerCase();
  const others = [
    ...new Set(
      partyMentions(parties, asked)
        .filter((p) => p.id !== context.speakerId && p.id !== "both" && p.id !== "others")
        .map((p) => p.id),
    ),
  ];
  if (others.length !== 1) return null;
  const other = partyMentions(parties, asked).find((p) => p.id === others[0])!;
  const name = context.question.slice(other.start, other.end);
  return `${text.slice(0, at)}${name}${text.slice(at + "them".length)}`;
}
