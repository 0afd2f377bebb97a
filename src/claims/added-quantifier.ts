// (claims38) A quantity word the passage never says, put before one of its things: "The Foreign Ministry stresses
// the importance of coordinating every single regional player" (¶6 has "regional players"), "Every Palestinian
// wants an independent state", «Каждый палестинец стремится к независимому государству». Read whole, "every"
// and "single" weighed two light words, the rest lined up with ¶6 and the claim was confirmed (claims-own44,
// base38): the article speaks of the players, not of each of them. A confirmed claim with such a word — every /
// each before a noun, «каждый», «любой» — where neither its passage nor the
// passage's translation has a word of the whole ("all", "both", "every", «все», «обе», «каждый») is altered; a claim
// read as not in the article is read again without the word, and altered when the rest confirms or alters a
// passage. Nothing here confirms. Bounded expressions: word lists, one word after.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { judgingWordOfItsOwn } from "./word-of-its-own.js";

/**
 * The quantity word (group 1): "every (single)", "each" before a word ("each other", "one another" are no
 * quantity), «каждый», «любой». Not "all" / «все»: "all the civilians dying" is the blind writers' paraphrase of
 * ¶1's "rising number of civilian casualties" (claims-blind sets), and "all Palestinians" is read elsewhere.
 */
const QUANTIFIER = lean(
  /(?<!\p{L})((?:every|each)(?:\s{1,3}single)?|кажд(?:ый|ая|ое|ого|ому|ым|ой|ую|ом)|люб(?:ой|ая|ое|ого|ому|ым|ую|ые|ых))\s{1,3}(?!(?:other|time|times|and|or)(?!\p{L}))(?=\p{L})/iu,
);

/** A word of the whole in a passage or its translation: then the claim's quantity word may be the passage's. */
const PASSAGE_WHOLE = lean(
  /(?<!\p{L})(?:all|every\p{L}*|each|both|entire|whole|все|всех|всем|всеми|вс[её]|весь|вся|кажд\p{L}{1,3}|люб\p{L}{1,3}|об[ае]|обеих|обоих|обеим)(?!\p{L})/iu,
);

/** The claim's quantity word its passage has no whole for; null when there is none. */
export function quantifierOfItsOwn(claim: string, passage: string): string | null {
  const m = QUANTIFIER.exec(claim);
  if (m === null || PASSAGE_WHOLE.test(passage)) return null;
  return m[1]!.replace(/\s+/gu, " ").toLowerCase();
}

/** The checker, a quantity word the passage never says read as altered, also on a claim not in the article. */
export const judgingAddedQuantifier = (check: ClaimChecker): ClaimChecker =>
  judgingWordOfItsOwn(check, { word: QUANTIFIER, ofItsOwn: quantifierOfItsOwn, kind: "added" });
