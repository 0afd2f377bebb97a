// A negation inside the stretch a claim lines up with that belongs to another actor's clause: "Путин признаёт
// право палестинцев на своё государство" against "Хотя Путин признаёт необходимость палестинского государства, он
// указывает на то, что правительство США не учло интересы палестинцев …": the claim's words reach both clauses
// ("государство"), but "не учло" is said of the US government, a named actor the claim never lines up with and
// who is not its subject. That negation denies nothing the claim says, so it is no loose negation of the claim.
import type { Word } from "./claim-words.js";

/**
 * The negated span word at `i` has its own subject: the nearest named actor before it (after the last word the
 * claim lines up with) is one the claim does not line up with and is not the claim's subject.
 */
export function negatedOfOtherActor(
  spanWords: readonly Word[],
  i: number,
  lined: ReadonlySet<Word>,
  claimSubject: string | null,
): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = spanWords[j]!;
    if (lined.has(w)) return false;
    if (w.entity) return w.term !== claimSubject;
  }
  return false;
}
