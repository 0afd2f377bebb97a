// "accuses Washington of monopolizing peace efforts without compromises acceptable to both sides" of the passage's
// "… without considering compromises …": the claim leaves out the verb its negation stood on ("considering"), so
// the negation lands on that verb's object. Word by word the claim read as negating "compromises" where the passage
// does not, and the passage's "not considering" as a negation the claim dropped: altered twice over, though both
// say the compromises are left out. When the passage's negated word is a verb in -ing the claim lines up with
// nothing, right before the word the claim negates in its place, the negation is read as carried over to that
// word: the passage's copy of the two words swaps their polarity, and the pair is no longer said the other way round.
// Nothing else changes: a claim that negates a word the passage does not (with no such verb between) stays altered.

import type { Word } from "./claim-words.js";
import type { Closest } from "./closest.js";
import type { Pair } from "./match.js";

/** Tokens at most between the dropped verb and its object ("without considering the compromises"). */
const OBJECT_WITHIN = 3;

/** The closest passage with a negation the claim carried onto the object of a verb it left out, read as one. */
export function withCarriedNegation(best: Closest): Closest {
  const { unit, pairs } = best;
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  const moves = new Map<Word, Word>();
  for (const p of pairs) {
    const s = p.span;
    // The same word, negated in the claim only: an opposite word is the opposite pairs' business.
    if (!s || !p.flipped || !p.claim.negated || s.negated || p.claim.term !== s.term) continue;
    const i = unit.words.indexOf(s);
    const verb = unit.words[i - 1];
    if (!verb?.negated || lined.has(verb) || verb.entity || !/ing$/u.test(verb.surface)) continue;
    if (s.at - verb.at > OBJECT_WITHIN) continue;
    moves.set(verb, { ...verb, negated: false });
    moves.set(s, { ...s, negated: true });
  }
  if (moves.size === 0) return best;
  const words = unit.words.map((w) => moves.get(w) ?? w);
  const carried: Pair[] = pairs.map((p) => {
    const s = p.span && moves.get(p.span);
    return s ? { ...p, span: s, flipped: s.negated !== p.claim.negated } : p;
  });
  return { ...best, unit: { ...unit, words }, pairs: carried };
}
