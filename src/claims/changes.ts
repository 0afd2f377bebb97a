// What a claim changes against the passage it lines up with: opposites and negations on aligned words, a
// negation on one side only, an actor swapped or added. A passage word the claim puts another in place of (a
// side-taking word, a qualifier, the verb after the subject) is replaced-words.ts's.

import { sameActorOrTerm } from "./actors.js";
import { contextOf, DANGLING_NEGATION, sharesContext, type Word } from "./claim-words.js";
import { endorsesNeed } from "./endorsed-need.js";
import type { Pair } from "./match.js";
import { negatedOfOtherActor } from "./other-actor-negation.js";
import { ownCountryOfName } from "./own-country.js";
import type { ClaimChange, ClaimSource } from "./types.js";

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
      // "supports an immediate ceasefire" of "the urgent need for an immediate ceasefire": the passage's side.
      if (endorsesNeed(p.claim, spanWords)) continue;
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
    // "russia, china, the un and the eu" of the Quartet's members: a name between two names the passage has is one
    // more member of the list, not another actor in some other name's place.
    const namedWithSpan = (j: number) => Boolean(pairs[j]?.span && pairs[j]!.claim.entity);
    const amidList = namedWithSpan(ci - 1) && namedWithSpan(ci + 1);
    const si = amidList
      ? -1
      : spanWords.findIndex(
          (w, i) =>
            w.entity &&
            !lined.has(w) &&
            !speakers.has(w.term) &&
            sharesContext(near, contextOf(spanWords, i)),
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
