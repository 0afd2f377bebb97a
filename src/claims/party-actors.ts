// The parties' actors for the party-doer reader (party-doer.ts): a person of a party (with its speaker id) or the
// party itself, with its word forms in one language compiled once into the patterns the reader needs — anywhere in a
// text, opening a claim, opening a frame's name — and every actor a text names, in order. Split from party-doer.ts
// (which reads who does a deed) at the size line. The regular expressions are linear: whole-word alternations of fixed
// forms and one anchored opening.
import { formsPattern, type Party } from "../knowledge/parties.js";

/** Who does a deed: a party, and one of its people when a person is named. */
export interface Doer {
  party: string;
  speaker: string | null;
  start: number;
}

export type Lang = "en" | "ru";

/** A Russian group noun that stands before its party's name ("правительство Израиля", "власти США"). */
const RU_GROUP_FIRST = "правительство|власти|руководство|армия|военные|лидеры|лидер";

/** A person of a party (with its speaker id) or the party itself, each with its word forms in one language. */
export interface Actor {
  party: string;
  speaker: string | null;
  /** Its forms anywhere in a text (global: read with exec from lastIndex 0 to its null). */
  anywhere: RegExp;
  /** Its forms opening a claim, a Russian body before it in the genitive allowed ("правительство Израиля"). */
  opening: RegExp;
  /** Its forms opening a frame's name ("the Turkish foreign ministry"). */
  naming: RegExp;
}

/** An actor's patterns, compiled once when the checker is built, not per claim. */
function actor(party: string, speaker: string | null, forms: readonly string[]): Actor {
  const pattern = formsPattern(forms);
  return {
    party,
    speaker,
    anywhere: new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, "gu"),
    opening: new RegExp(`^(?:the\\s+)?(?:(?:${RU_GROUP_FIRST})\\s+)?(?:${pattern})(?!\\p{L})`, "u"),
    naming: new RegExp(`^(?:the\\s+)?(?:${pattern})(?!\\p{L})`, "u"),
  };
}

export function actorsOf(parties: readonly Party[], lang: Lang): Actor[] {
  return parties.flatMap((p) => [
    ...p.people
      .filter((person) => person[lang].length > 0)
      .map((person) => actor(p.id, person.speaker ?? null, person[lang])),
    ...(p.names[lang].length + p.mentions[lang].length > 0
      ? [actor(p.id, null, [...p.names[lang], ...p.mentions[lang]])]
      : []),
  ]);
}

/** Every actor a lower-case text names, in order (a person before its party at one place). */
export function doersIn(text: string, actors: readonly Actor[]): Doer[] {
  const out: Doer[] = [];
  // exec from 0 to its null (which puts lastIndex back at 0): matchAll's matches without its copy of the pattern
  // (one per actor per text read).
  for (const a of actors) {
    const pattern = a.anywhere;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push({ party: a.party, speaker: a.speaker, start: m.index });
      if (m[0] === "") pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  // At one place a party before its person ("russian*", "the russian foreign ministry"): the last is the person.
  return out.sort((x, y) => x.start - y.start || (x.speaker === null ? 0 : 1) - (y.speaker === null ? 0 : 1));
}
