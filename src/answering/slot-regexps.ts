// The regexps of wrong-party.ts's slots, each built once: the gate (does the question have the slot's shape, any
// word in the party's place?) and the finder (where is one of this question's off-story words in that place?). The
// finder was a new regexp per question, its parties and first names spelt out, so every first reading compiled a
// large pattern anew (perf-speed48: 20-30 ms for a Russian typo variant); now it is fixed and the question's words
// travel in the subject, after the question.

import { leanRegExp } from "../lib/lean-regexp.js";
import type { Slot } from "./wrong-party-slots.js";

/** One word of a name, as typed (lower case). */
export const W = "[\\p{L}][\\p{L}'-]*";

/**
 * A first name (or two) typed before the party ("sergei lavrov", "joe r biden"): it goes with the party, so the slot
 * ("was it X who…") holds the whole name. The gate's: any word.
 */
const FIRST_NAME = `(?:${W} ){0,2}?`;
/** Any whole word: a party is such a word. */
const ANY_PARTY = `${W}(?![\\p{L}'-])`;
/** The word just read as `x` (the party) or `f` (a first name) is one of the subject's listed parties / words. */
const IN_PARTIES = "(?=[^\\n]*\\n[^;]*,\\k<x>,)";
const IN_WORDS = "(?=[^\\n]*\\n[^;]*;[^]*,\\k<f>,)";

/** A slot's pattern with `X` standing for `first` and `x`, after a non-word. */
const slotPattern = (slot: Slot, x: string, flags: string, first: string) =>
  leanRegExp(`(?<![\\p{L}'-])${slot.re.replace("X", `${first}${x}`)}`, flags);

export interface SlotRegExps {
  /**
   * The slot with `X` as any word: it matches wherever the slot does with some party in it, so a question it does
   * not match cannot hold a party in that slot (perf44: most questions match none).
   */
  gate: RegExp;
  /**
   * The slot with the party `x` and each first name `f` any word, then checked in the lists after the question by
   * a back-reference (findParty). A word equals a listed one exactly where the spelt-out alternation
   * `(?:(?:w1|w2) ){0,2}?(?<x>p1|p2)(?![\p{L}'-])` matched (both read whole words), in the same order, so every
   * match, its groups and indices are the old pattern's. The question holds no line break (its white space made
   * single spaces), no part of a slot after `X` reads one, and the `m` flag keeps `$` at the question's end: no match
   * leaves the question.
   */
  finder: RegExp;
}

export function slotRegExps(slots: Slot[]): Map<Slot, SlotRegExps> {
  return new Map(
    slots.map((slot) => [
      slot,
      {
        gate: slotPattern(slot, ANY_PARTY, "u", FIRST_NAME),
        finder: slotPattern(
          slot,
          `(?<x>${ANY_PARTY})${IN_PARTIES}`,
          "dmu",
          `(?:(?<f>${W}) ${IN_WORDS}){0,2}?`,
        ),
      },
    ]),
  );
}

/**
 * The finder's match in `text` (one line, lower case) of a party among `parties`, after up to two first names among
 * `words` (all whole words of the text); its indices are the text's.
 */
export function findParty(
  finder: RegExp,
  text: string,
  parties: string[],
  words: string[],
): RegExpExecArray | null {
  if (/[\n\r\u2028\u2029]/u.test(text)) throw new Error("findParty: the question must be one line");
  return finder.exec(`${text}\n,${parties.join(",")},;,${words.join(",")},`);
}
