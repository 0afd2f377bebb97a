// A word of the passage the claim puts another word of its own in place of: a side-taking word rewritten
// ("impartial" → "takes sides"), a qualifier swapped one for one ("deep" → "mild concern"), the verb right after
// the subject ("criticizes" → "defended"). Beside changes.ts (opposites, negations, actors).

import { sameActorOrTerm } from "./actors.js";
import { CONTEXT_WORDS, type Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/**
 * (claims35) A link of cause takes no side: "blames the US because its policy ignored …" of "blame … for its failed
 * policy …, which overlooked …" drops "failed" and gives the blame's own reason; whether the passage gives a cause
 * at all is cause.ts's reading, not a stance put in the place of "failed".
 */
export const CAUSE_LINK: ReadonlySet<string> = new Set(["because", "since", "cuz", "coz"]);

/**
 * A word of the span that takes a side ("impartial") where the claim puts a word of its own that the span does
 * not back ("a mediator that takes sides"): the claim rewrites the very word that carries the meaning.
 */
export function replacedStance(
  pairs: Pair[],
  spanWords: Word[],
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const claimAt = new Map(pairs.flatMap((p, ci) => (p.span ? [[p.span, ci] as const] : [])));
  for (const [si, s] of spanWords.entries()) {
    if (s.cls < 0 || s.cls >= vocabulary.stanceClasses || s.weight === 0 || claimAt.has(s)) continue;
    // The claim says that side in a word of its own ("a return to negotiations" for "the resumption of …").
    if (pairs.some((q) => q.claim.cls === s.cls && q.claim.side === s.side && q.claim.negated === s.negated))
      continue;
    const before = spanWords.slice(0, si).findLast((w) => claimAt.has(w));
    const after = spanWords.slice(si + 1).find((w) => claimAt.has(w));
    if (before === undefined || after === undefined) continue;
    const from = claimAt.get(before)!;
    const to = claimAt.get(after)!;
    // Between the claim's words for the span's neighbours, or right after them ("a mediator that takes sides").
    const end = pairs.findIndex((p, ci) => ci > Math.max(from, to) && p.span !== null);
    const inserted = pairs
      .slice(Math.min(from, to) + 1, end === -1 ? pairs.length : end)
      .find(
        (p) =>
          p.span === null &&
          p.claim.weight > 0 &&
          !p.claim.entity &&
          !CAUSE_LINK.has(p.claim.surface.toLowerCase()) &&
          !vocabulary.synonym(p.claim, s),
      );
    if (inserted) return { kind: "stance", claimed: inserted.claim.surface, article: s.surface };
  }
  // A phrase whose side-taking word the claim leaves out and replaces: "mediator that takes sides" against the
  // span's "impartial mediator".
  for (const [ci, p] of pairs.entries()) {
    if (!p.span || p.span.cls < 0 || p.span.cls >= vocabulary.stanceClasses) continue;
    if (p.claim.cls >= 0 || p.span.parts.length < 2) continue;
    const { cls, side } = p.span;
    if (pairs.some((q) => q.claim.cls === cls && q.claim.side === side)) continue;
    const nearby = pairs.slice(Math.max(0, ci - CONTEXT_WORDS), ci + CONTEXT_WORDS + 1);
    const inserted = nearby.find(
      (q) =>
        q.span === null && q.claim.weight > 0 && !q.claim.entity && !vocabulary.synonym(q.claim, p.span!),
    );
    if (inserted) return { kind: "stance", claimed: inserted.claim.surface, article: p.span.surface };
  }
  return null;
}

/**
 * A qualifying word of the passage swapped one for one, in an otherwise lined-up run: "mild concern" for "deep
 * concern", "the earlier surge" for "the latest surge", "military casualties" for "civilian casualties". The
 * claim's word stands between two words that line up with neighbours in the passage, and the passage has exactly
 * one word of its own there, an adjective in WordNet, that nothing in the claim backs: the claim puts another word
 * in its place. A synonym (the knowledge base's, or a WordNet sense) says the same; any other word changes what is
 * said, so the claim is not confirmed. A claim word lined up with a passage word out of that place ("military"
 * with "the Israeli military" at the sentence's start) counts as swapped too.
 */
export function replacedWords(
  pairs: Pair[],
  spanWords: Word[],
  vocabulary: ClaimVocabulary,
  smallWordBefore: (at: number) => boolean,
): ClaimChange[] {
  const index = new Map(spanWords.map((w, i) => [w, i] as const));
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  const weighted = pairs.filter((p) => p.claim.weight > 0);
  const out: ClaimChange[] = [];
  for (let k = 0; k < weighted.length - 1; k++) {
    const [before, c, after] = [weighted[k - 1], weighted[k]!, weighted[k + 1]!];
    // A name counts only lined up out of place ("Israeli casualties" for "civilian casualties in Israel").
    if ((c.claim.entity && !c.span) || c.flipped || !after.span || (before && !before.span)) continue;
    // A link of cause qualifies nothing ("because its policy …" where the passage has "its failed policy").
    if (CAUSE_LINK.has(c.claim.surface.toLowerCase())) continue;
    // The claim's first word ("the earlier surge", "fading concerns"): right before the same word as the
    // passage's own, and after a small word ("the", "has"), not right after the subject ("Russia keeps ties").
    if (!before && (c.span || c.claim.at + 1 !== after.claim.at || !smallWordBefore(c.claim.at))) continue;
    const to = index.get(after.span)!;
    const from = before?.span ? index.get(before.span)! : to - 2;
    if (to - from < 2) continue;
    const at = c.span ? index.get(c.span)! : -1;
    if (at > from && at < to) continue;
    // Lined up right next to its neighbour's word, the other way round: "fears are rising" of "growing concerns".
    if (c.span && before?.span && at === from - 1) continue;
    const gap = spanWords.slice(from + 1, to).filter((w) => w.weight > 0);
    // One word of the passage's own, and none of its words that the claim lines up elsewhere.
    if (gap.length !== 1 || lined.has(gap[0]!) || gap[0]!.entity) continue;
    if (!before && gap[0]!.at + 1 !== after.span.at) continue;
    // The claim keeps the word, elsewhere: "keeps lines open" for "maintains open communication".
    if (
      pairs.some((p) => p.claim.term === gap[0]!.term || p.claim.surface.split(" ").includes(gap[0]!.surface))
    )
      continue;
    // A word sharing a sense with the passage's ("pressing" for "urgent") says the same.
    if (gap[0]!.term === c.claim.term || vocabulary.synonym(c.claim, gap[0]!)) continue;
    // Only a word that qualifies another: verbs and nouns are reworded freely in a paraphrase ("keeps peace
    // efforts to itself" for "monopolizing"), their opposites are the opposite pairs' business.
    if (!vocabulary.adjective(gap[0]!)) continue;
    out.push({ kind: "replaced", claimed: c.claim.surface, article: gap[0]!.surface });
  }
  return out;
}

/**
 * The passage's verb right after its subject takes a side ("Putin criticizes Washington …"), and the claim puts a
 * word of its own right after the same subject ("Putin defended Washington …") that nothing in the passage
 * backs, that is no synonym and no word of the same pair: the claim swaps the verb that says what the subject
 * does. `subjectAt`: where the claim's subject stands among its tokens (the claim opens with it, no frame).
 */
export function replacedVerb(
  pairs: Pair[],
  spanWords: Word[],
  subject: string | null,
  subjectAt: number | undefined,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  if (subject === null || subjectAt === undefined) return null;
  const si = spanWords.findIndex((w) => sameActorOrTerm(w.term, subject));
  const verb = spanWords[si + 1];
  // A finite verb right after the subject: "Putin criticizes", not "the government has long-standing ties".
  if (si < 0 || !verb || verb.at !== spanWords[si]!.at + 1 || !/(?:s|ed)$/.test(verb.surface)) return null;
  if (verb.weight === 0 || verb.cls < 0 || verb.cls >= vocabulary.stanceClasses || verb.negated) return null;
  if (pairs.some((p) => p.span === verb)) return null;
  const first = pairs.find(
    (p) => p.claim.weight > 0 && p.claim.at > subjectAt && p.claim.at <= subjectAt + 2,
  );
  if (!first || first.span || first.claim.entity || first.claim.negated) return null;
  if (first.claim.cls === verb.cls || vocabulary.synonym(first.claim, verb)) return null;
  return { kind: "stance", claimed: first.claim.surface, article: verb.surface };
}
