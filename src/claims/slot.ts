// A generic guard against new kinds of false confirmation. Every fresh wave of claims found a word the checker's
// readers did not know ("short-lived" ties for "long-standing" ones, the "benefits" of failed policies for their
// "consequences"): the rest of the claim lines up, so it read as a paraphrase. Whatever the word, the claim has
// one of its own standing in the very slot of a thing or quality the passage names: its neighbours on both sides
// line up with the passage's, and between those the passage has a noun (after "the", "its"…) or an adjective the
// claim backs nowhere. Paraphrases reword verbs freely ("set up" for "establish", "shows" for "highlights"), so a
// verb's slot is left to the opposite pairs; a thing or quality swapped inside a lined-up run names another.
import type { Pair, Word } from "./match.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** Words before a noun: a word right after one of them names a thing ("the consequences of …"). */
const DETERMINER = "(?:^|[^\\p{L}])(?:the|a|an|its|their|his|her|our|this|these|those)\\s+";

/** The word (letters, hyphens, spaces) stands right after a determiner in the text. */
function afterDeterminer(text: string, word: string): boolean {
  const escaped = word.replace(/[^\p{L}\s]/gu, ".").replace(/\s+/g, "\\s+");
  return new RegExp(`${DETERMINER}${escaped}(?!\\p{L})`, "iu").test(text);
}

/**
 * A content word of the claim nothing in the passage backs, standing between two lined-up neighbours whose passage
 * words have just one word between them, a noun or adjective the claim backs nowhere and no synonym of the claim's
 * word: "replaced". English only (the words of degree and WordNet senses are English).
 */
export function slotSwapped(
  pairs: readonly Pair[],
  span: readonly Word[],
  /** The claim as typed and the passage's clause: whether a word stands after a determiner is read on them. */
  text: string,
  clause: string,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const ordered = pairs.filter((p) => p.claim.at >= 0).sort((a, b) => a.claim.at - b.claim.at);
  const backing = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  for (let i = 1; i + 1 < ordered.length; i++) {
    const p = ordered[i]!;
    if (p.span !== null || p.claim.weight <= 0 || p.claim.entity || p.claim.negated) continue;
    if (!/^[a-z][a-z'-]*$/.test(p.claim.surface)) continue;
    const before = ordered[i - 1]!;
    const after = ordered[i + 1]!;
    if (!before.span || !after.span || before.flipped || after.flipped) continue;
    const between = span.filter((w) => w.at > before.span!.at && w.at < after.span!.at);
    if (between.length !== 1 || after.span.at - before.span.at > 3) continue;
    const slot = between[0]!;
    if (backing.has(slot) || slot.weight <= 0 || slot.entity || vocabulary.synonym(p.claim, slot)) continue;
    const named =
      vocabulary.adjective(slot) ||
      (afterDeterminer(text, p.claim.surface) && afterDeterminer(clause, slot.surface));
    if (named) return { kind: "replaced", claimed: p.claim.surface, article: slot.surface };
  }
  return null;
}
