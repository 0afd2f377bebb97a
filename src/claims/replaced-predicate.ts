// A predicate noun replaced (claims35). A matched claim whose one word of its own stands where the passage has its
// predicate noun, both heading the same kind of phrase before the same lined-up word, was a paraphrase when the
// vocabulary knew no relation between the two: "Russia has FRICTION with Israel because of …" of "it also shares
// COMMON GROUND with Israel due to …", "stresses the DANGER of coordinating" of "the importance of coordinating".
// Read on the pairs: the claim's unbacked word right before a lined-up word, linked to it by a preposition; the
// passage's unbacked words right before that word's partner, the last linked to it the same way. No synonym between
// them: "replaced", the claim's word and the passage's. A verb ("points to its relations" of "highlighting its
// relationships") heads no such phrase in the passage and is left to the other readers.
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/**
 * Prepositions a predicate noun takes before its object ("ground with", "importance of"). Not "to", an
 * infinitive's mark as often ("strives to present", "likes to come"). English only: a Russian verb takes its
 * preposition as a noun does ("входила в квартет", "контакты с"), so the phrase tells no noun there.
 */
const LINK = "(?:with|of|over|about|for|towards|toward|between|against|in|on)";

/** The change a claim's own noun makes in the passage's predicate noun's place, or null. */
export function replacedPredicate(
  pairs: readonly Pair[],
  ordered: readonly Pair[],
  span: readonly Word[],
  text: string,
  clause: string,
  vocabulary: ClaimVocabulary,
  /** The word is one the article uses in no form (a word it has elsewhere may be its own rewording). */
  unknown: (surface: string) => boolean,
): ClaimChange | null {
  // Every passage word a claim word backs, frame words ("stresses") too.
  if (/\p{Script=Cyrillic}/u.test(text)) return null;
  const backing = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  for (let i = 0; i + 1 < ordered.length; i++) {
    const own = ordered[i]!;
    const after = ordered[i + 1]!;
    if (own.span !== null || own.claim.entity || own.claim.negated) continue;
    if (!after.span || after.flipped || after.claim.negated) continue;
    // The passage's words right before the partner that no claim word backs (at most two: "shares common ground",
    // "stresses the importance").
    const slot: Word[] = [];
    for (let j = span.indexOf(after.span) - 1; j >= 0 && slot.length < 3; j--) {
      const w = span[j]!;
      if (w.weight <= 0) continue;
      // A backed word or a name (the speaker the claim's frame took) ends the slot.
      if (backing.has(w) || w.entity) break;
      slot.unshift(w);
    }
    if (slot.length === 0 || slot.length > 2) continue;
    const head = slot[slot.length - 1]!;
    if (slot.some((w) => w.negated || vocabulary.synonym(own.claim, w))) continue;
    if (!unknown(own.claim.surface)) continue;
    // The same preposition after both ("friction WITH Israel", "common ground WITH Israel"): the same phrase.
    const link = linked(text, own.claim.surface, after.claim.surface);
    if (link === null || link !== linked(clause, head.surface, after.span.surface)) continue;
    return { kind: "replaced", claimed: own.claim.surface, article: head.surface };
  }
  return null;
}

/** The preposition between `noun` and `next`'s first word in `text` (an article or possessive may follow it). */
function linked(text: string, noun: string, next: string): string | null {
  const first = (s: string) => (s.match(/\p{L}+/u)?.[0] ?? "").slice(0, 30);
  const last = (s: string) => (s.match(/\p{L}+(?!.*\p{L})/u)?.[0] ?? "").slice(0, 30);
  const a = last(noun);
  const b = first(next);
  if (a === "" || b === "") return null;
  const fill = "(?:(?:the|a|an|its|their|his|her)\\s+)?";
  const m = new RegExp(`(?<!\\p{L})${a}\\s+(${LINK})\\s+${fill}${b}`, "iu").exec(text);
  return m ? m[1]!.toLowerCase() : null;
}
