// A Russian predicate word replaced (claims36). A verbless Russian claim that keeps its passage's subject and ends
// in one word of its own, a predicate adjective or adverb ("Роль России в ближневосточном мирном процессе
// НЕОСПОРИМА", "Участие России в мирном процессе ОДНОЗНАЧНО" of "… не обходится без споров"), says something else
// of that subject: the passage's own predicate is left out and a word the article has in no form stands in its
// place. It was a paraphrase (every other word lines up). Read narrowly, as English's predicate noun is
// (replaced-predicate.ts), because a Russian claim reorders freely and a fair rewording often adds a word of its
// own: only a claim with no verb of its own (a copula aside), whose last word is the only one nothing backs, and
// whose passage goes on past the last word the claim backs with words the claim leaves out.
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import { twicePrivativeOf } from "./privative.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** A copula a verbless Russian statement may still have: it names no deed. */
const COPULA =
  /^(?:является|являлась|являлось|являлись|был|была|было|были|будет|будут|есть|остается|остаётся)$/u;
/** A Russian finite verb's or infinitive's ending (present, past, reflexive, infinitive): a deed the claim names. */
const VERB_ENDING = /(?:ет|ит|ют|ут|ат|ят|ал|ял|ил|ел|[аяиеы]л[аои]|ть|ся|сь)$/u;

/** The change a Russian claim's own predicate word makes against its passage's predicate, or null. */
export function replacedRussianPredicate(
  ordered: readonly Pair[],
  span: readonly Word[],
  text: string,
  vocabulary: ClaimVocabulary,
  /** The word is one the article's translation uses in no form (a word it has elsewhere may be its rewording). */
  unknown: (surface: string) => boolean,
): ClaimChange | null {
  if (!/\p{Script=Cyrillic}/u.test(text)) return null;
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/\p{L}+/gu) ?? [];
  const lastWord = words[words.length - 1];
  if (lastWord === undefined) return null;
  // A verb of the claim's own names a deed: other readers judge that.
  if (words.some((w) => !COPULA.test(w) && w.length > 3 && VERB_ENDING.test(w))) return null;
  const own = ordered[ordered.length - 1];
  if (!own || own.span !== null || own.claim.entity || own.claim.negated) return null;
  if (own.claim.surface.toLowerCase().replace(/ё/g, "е") !== lastWord) return null;
  const rest = ordered.slice(0, -1);
  // The subject lines up (two words at least) and nothing else of the claim is its own.
  if (rest.length < 2 || rest.some((p) => p.span === null || p.flipped || p.claim.negated)) return null;
  const lastBacked = Math.max(...rest.map((p) => p.span!.at));
  const backing = new Set(rest.map((p) => p.span));
  // The passage's predicate: its words past the last one the claim backs.
  const tail = span.filter((w) => w.at > lastBacked && w.weight > 0 && !w.entity && !backing.has(w));
  if (tail.length === 0) return null;
  // A synonym, or the passage's word behind two privatives ("небесспорно" of "не без споров"): the same predicate.
  if (tail.some((w) => vocabulary.synonym(own.claim, w) || twicePrivativeOf(own.claim.surface, w.surface)))
    return null;
  if (!unknown(own.claim.surface)) return null;
  return { kind: "replaced", claimed: own.claim.surface, article: tail.map((w) => w.surface).join(" ") };
}
