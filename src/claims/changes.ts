// What a claim changes against the passage it lines up with: opposites and negations on aligned words, a
// negation on one side only, a side-taking word rewritten, an actor swapped or added.

import { sameActorOrTerm } from "./actors.js";
import { CONTEXT_WORDS, contextOf, DANGLING_NEGATION, sharesContext, type Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import { negatedOfOtherActor } from "./other-actor-negation.js";
import { ownCountryOfName } from "./own-country.js";
import type { ClaimChange, ClaimSource } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** What the claim changes, and the share of its weight that swapped actors carry. */
export function changesOf(
  pairs: Pair[],
  spanWords: Word[],
  subject: string | null,
  sources: ClaimSource[],
  paragraphTerms: ReadonlySet<string>,
  takesSide: (w: Word) => boolean = (w) => w.cls >= 0 && w.weight > 0,
  /** The two words share a sense (a WordNet synonym, a same-meaning group) and are no opposites. */
  sameSense: (w: Word, s: Word) => boolean = () => false,
): { changes: ClaimChange[]; swapped: number } {
  const changes: ClaimChange[] = [];
  for (const p of pairs) {
    if (!p.flipped || !p.span) continue;
    const antonym = p.claim.term !== p.span.term;
    changes.push({
      kind: antonym ? "opposite" : "negation",
      claimed: `${p.claim.negated ? "not " : ""}${p.claim.surface}`,
      article: `${p.span.negated ? "not " : ""}${p.span.surface}`,
    });
  }
  // A word that takes a side ("opposes", "refuses", "praised") and is backed by nothing in the span asserts
  // what the article does not: an alteration, not a paraphrase.
  // A word of the passage the claim lines up with nothing else, sharing its sense, backs it: "ease" of "facilitate".
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  for (const p of pairs) {
    if (!p.span && takesSide(p.claim)) {
      if (spanWords.some((s) => !lined.has(s) && s.negated === p.claim.negated && sameSense(p.claim, s)))
        continue;
      changes.push({ kind: "stance", claimed: p.claim.surface, article: "" });
    }
  }
  // A name the span does not have: another actor when the span names one in the same place ("a call with X"),
  // an added one when the whole paragraph never names it.
  const speakers = new Set([subject, ...sources.map((s) => `@${s.speakerId}`)]);
  const claimWords = pairs.map((p) => p.claim);
  const total = pairs.reduce((sum, p) => sum + p.claim.weight, 0);
  let swapped = 0;
  for (const [ci, p] of pairs.entries()) {
    // "the United Nations" lined up with "the United States" by the word they share: two names, another actor.
    // Not when the claim names the passage's one too and the paragraph names the claim's ("together with the
    // United States, the UN and the EU" of "Alongside the US, the United Nations, …"): a list lined up astray.
    const listed = (span: Word) =>
      paragraphTerms.has(p.claim.term) &&
      claimWords.some((w, j) => j !== ci && w.entity && sameActorOrTerm(w.term, span.term));
    if (p.span && otherNameSharingAWord(p.claim, p.span) && !listed(p.span)) {
      swapped += p.claim.weight;
      changes.push({ kind: "actor", claimed: p.claim.surface, article: p.span.surface });
      continue;
    }
    if (p.span || !p.claim.entity) continue;
    // "Turkey's Erdogan" of "Turkish leader Recep Tayyip Erdogan": the name's own country, no other actor.
    if (ownCountryOfName(pairs, ci, spanWords)) continue;
    const near = contextOf(claimWords, ci);
    const si = spanWords.findIndex(
      (w, i) =>
        w.entity && !lined.has(w) && !speakers.has(w.term) && sharesContext(near, contextOf(spanWords, i)),
    );
    const replaced = spanWords[si];
    // A speaker the passage does not give these words to ("…, Peskov highlights …" of Putin's passage).
    const speaker = p.claim.term.startsWith("@")
      ? sources.find((s) => s.voice === "reported" && !sameActorOrTerm(`@${s.speakerId}`, p.claim.term))
      : undefined;
    if (replaced) {
      lined.add(replaced);
      swapped += p.claim.weight;
      changes.push({ kind: "actor", claimed: p.claim.surface, article: replaced.surface });
    } else if (speaker && !sources.some((s) => sameActorOrTerm(`@${s.speakerId}`, p.claim.term))) {
      changes.push({ kind: "actor", claimed: p.claim.surface, article: speaker.speaker });
    } else if (!paragraphTerms.has(p.claim.term)) {
      changes.push({ kind: "added", claimed: p.claim.surface, article: "" });
    }
  }
  const subjectSwap = swappedSubject(pairs, spanWords, lined, subject);
  if (subjectSwap) changes.push(subjectSwap);
  return { changes, swapped: total === 0 ? 0 : swapped / total };
}

/** Two names of several words each, neither holding all the other's words: "United Nations", "United States". */
function otherNameSharingAWord(claim: Word, span: Word): boolean {
  if (!claim.entity) return false;
  // "a Jewish state" lined up with the passage's "Palestinian state" by the concept they share: a named qualifier
  // where the passage has a common one says another thing.
  const namedQualifier = !span.entity;
  if (!namedQualifier && (claim.term === span.term || sameActorOrTerm(claim.term, span.term))) return false;
  if (claim.parts.length < 2 || span.parts.length < 2) return false;
  const within = (a: Word, b: Word) => a.parts.every((x) => b.parts.includes(x));
  return !within(claim, span) && !within(span, claim);
}

/**
 * "Israel is part of the Quartet" against "Russia has been part of the Quartet formed to facilitate
 * Israeli-Palestinian negotiations": the claim's subject stands after the predicate in the passage, and the
 * passage's own subject (the nearest name before the claim's next word) is nowhere in the claim: another actor.
 */
function swappedSubject(
  pairs: Pair[],
  spanWords: Word[],
  lined: ReadonlySet<Word>,
  claimSubject: string | null,
): ClaimChange | null {
  const weighted = pairs.filter((p) => p.claim.weight > 0);
  const first = weighted[0];
  if (!first?.claim.entity || !first.span) return null;
  const predicate = weighted.slice(1).find((p) => p.span);
  if (!predicate?.span || first.span.at <= predicate.span.at) return null;
  const before = predicate.span.at;
  const subject = spanWords.filter((w) => w.entity && w.at < before).sort((a, b) => b.at - a.at)[0];
  // The passage's own speaker counts too ("Israeli officials expressed deep concern …" of Putin's words), unless
  // the claim names that speaker as its subject.
  if (
    !subject ||
    lined.has(subject) ||
    (claimSubject !== null && sameActorOrTerm(subject.term, claimSubject))
  )
    return null;
  return { kind: "actor", claimed: first.claim.surface, article: subject.surface };
}

/** The failure itself as the claim's verb ("the US failed the Palestinians"), not "failed to" marking a negation. */
const FAILED: ReadonlySet<string> = new Set(["fail", "fails", "failed", "failing", "failure"]);

/**
 * "failure to address": the span's word negated by a failure word a few tokens before it ("failure to", "failure of
 * the talks to"). A claim saying the failure in its own verb ("failed the Palestinians") rewords that negated act
 * away; the failure itself still lines up (quality49: it read as a dropped negation, "No").
 */
function failedBefore(spanWords: Word[], w: Word): boolean {
  return spanWords.some((f) => FAILED.has(f.surface) && f.at < w.at && f.at >= w.at - 5);
}

/**
 * A negation on one side that lines up with nothing on the other: "Putin spoke about Russia's role" against
 * "Putin makes no mention of Russia's role" (the negated word is reworded away), or a "not" tacked on where it
 * negates nothing. Span words count only between the first and last words the claim lines up with (its speaker
 * included): the rest of
 * the sentence is not what the claim is about.
 */
export function looseNegation(pairs: Pair[], spanWords: Word[], subject: string | null): ClaimChange | null {
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  // The claim's speaker, taken off its words, still marks where the claim starts: "Putin makes no mention …".
  const at = spanWords.flatMap((w, i) => (lined.has(w) || w.term === subject ? [i] : []));
  const inside = at.length === 0 ? [] : spanWords.slice(at[0], at[at.length - 1]! + 1);
  const from = at[0] ?? 0;
  const claimFails = pairs.some((p) => FAILED.has(p.claim.surface) && p.claim.weight > 0 && !p.claim.negated);
  const spanLoose = inside.filter(
    (w, k) =>
      w.negated &&
      !lined.has(w) &&
      !negatedOfOtherActor(spanWords, from + k, lined, subject) &&
      !(claimFails && failedBefore(spanWords, w)),
  );
  const claimLoose = pairs.filter((p) => p.span === null && p.claim.negated).map((p) => p.claim);
  if (spanLoose.length === claimLoose.length) return null;
  const say = (ws: Word[]) =>
    ws.map((w) => (w.term === DANGLING_NEGATION ? w.surface : `not ${w.surface}`)).join(", ");
  return {
    kind: "negation",
    claimed: say(claimLoose),
    article: say(spanLoose),
  };
}

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
        (p) => p.span === null && p.claim.weight > 0 && !p.claim.entity && !vocabulary.synonym(p.claim, s),
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
