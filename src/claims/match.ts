// How a claim's words line up with an article span's: the same term, or a word of the same opposite-pair
// class; each pair keeps or flips the meaning (a "not" on one side only, or the other side of a pair).
// The words themselves are read in claim-words.ts.
import { RecentCache } from "../lib/recent-cache.js";
import { sameActorOrTerm } from "./actors.js";
import { contextOf, sharesContext, type Word } from "./claim-words.js";
import {
  indexOf,
  mayHaveTerm,
  NO_PARTNER,
  type PrefixReading,
  reachOf,
  SPANS_NUMBERED_MAX,
  type SpanIndex,
  spanNumberOf,
} from "./span-index.js";
import type { ClaimVocabulary } from "./vocabulary.js";

export interface Pair {
  claim: Word;
  /** The span word it lines up with; null when the span does not back it. */
  span: Word | null;
  /** The pair says the opposite: antonym, or a negation on one side only. */
  flipped: boolean;
}

/** The pairs whose claim word carries weight and is backed by a span word: what of the claim lines up. */
export function backedPairs(pairs: readonly Pair[]): Pair[] {
  return pairs.filter((p) => p.span !== null && p.claim.weight > 0);
}

/** Lines each claim word up with a span word, preferring a pair that keeps the meaning. */
export function align(claim: Word[], span: Word[], vocabulary: ClaimVocabulary): Pair[] {
  // A word with no opposite pair lines up the same wherever it stands: worked out once per distinct word, so a
  // message repeating one word a thousand times costs one alignment, not a thousand.
  const reading = claimReadingOf(claim, vocabulary);
  const number = spanNumberOf(span);
  const out: Pair[] = new Array(claim.length);
  // The span's index, looked up once per span (when a word needs it), not once per word.
  let index: SpanIndex | undefined;
  for (let ci = 0; ci < claim.length; ci++) {
    const c = claim[ci]!;
    if (c.cls >= 0) {
      index ??= indexOf(span);
      out[ci] = alignWord(c, ci, claim, span, vocabulary, index, number);
      continue;
    }
    const first = reading.first[ci]!;
    if (first !== ci) {
      out[ci] = { ...out[first]!, claim: c };
      continue;
    }
    let row = null;
    if (number !== null) {
      row = reading.rows[ci];
      if (row === undefined) {
        row = keptRowOf(c, vocabulary);
        reading.rows[ci] = row;
      }
    }
    const kept = row === null ? 0 : row[number!]!;
    let pair: Pair;
    if (kept === NO_PARTNER) pair = { claim: c, span: null, flipped: false };
    else if (kept !== 0) pair = { claim: c, span: span[Math.abs(kept) - 1]!, flipped: kept < 0 };
    else {
      index ??= indexOf(span);
      pair = alignWord(c, ci, claim, span, vocabulary, index, number);
      if (row !== null)
        row[number!] =
          pair.span === null ? NO_PARTNER : (span.indexOf(pair.span) + 1) * (pair.flipped ? -1 : 1);
    }
    out[ci] = pair;
  }
  return out;
}

/**
 * What align reads of a claim's words the same against every span, worked out once per claim instead of once per
 * word per span (closestUnit aligns the claim with every span of the article): per word without an opposite
 * pair, the first word that lines up alike (itself when none before it does), and its row of kept alignments
 * (made on first use; null when its alignment depends on the claim around it).
 */
interface ClaimReading {
  vocabulary: ClaimVocabulary;
  first: Int32Array;
  rows: (Int16Array | null | undefined)[];
}

const claimReadings = new WeakMap<Word[], ClaimReading>();

function claimReadingOf(claim: Word[], vocabulary: ClaimVocabulary): ClaimReading {
  const known = claimReadings.get(claim);
  if (known && known.vocabulary === vocabulary && known.first.length === claim.length) return known;
  const first = new Int32Array(claim.length);
  const firstByKey = new Map<string, number>();
  for (const [ci, c] of claim.entries()) {
    if (c.cls >= 0) {
      first[ci] = ci;
      continue;
    }
    const key = alignmentKey(c);
    const before = firstByKey.get(key);
    if (before === undefined) firstByKey.set(key, ci);
    first[ci] = before ?? ci;
  }
  const reading: ClaimReading = { vocabulary, first, rows: new Array(claim.length) };
  claimReadings.set(claim, reading);
  return reading;
}

/**
 * Alignments kept across claims, for words whose alignment does not depend on the claim around them (no
 * opposite pair, no WordNet opposite): a yes/no question is checked up to three times in nearly the same words
 * ("russia …", "the kremlin …", "the russian foreign ministry …"), each check against every span. Per word, one
 * number per span: where its partner stands (+1; negative: flipped), NO_PARTNER, or 0 not yet known.
 */
const WORDS_KEPT = 256;
const keptAlignments = new RecentCache<string, Int16Array>(WORDS_KEPT);
/** Per claim word: its row of kept alignments, or null when its alignment depends on the claim around it. */
const keptRows = new WeakMap<Word, Int16Array | null>();

function keptRowOf(c: Word, vocabulary: ClaimVocabulary): Int16Array | null {
  let row = keptRows.get(c);
  if (row === undefined) {
    // WordNet's opposites count only about the same thing (the claim's words around): not kept.
    const contextual = c.weight > 0 && !c.entity && vocabulary.hasOpposite(c);
    row = contextual
      ? null
      : keptAlignments.getOrMake(
          `${c.term}|${c.surface}|${c.negated}|${c.weight > 0}|${c.entity}`,
          () => new Int16Array(SPANS_NUMBERED_MAX),
        );
    keptRows.set(c, row);
  }
  return row;
}

const alignmentKeys = new WeakMap<Word, string>();

/** What makes two claim words line up alike; one string per word, not one per word per span. */
function alignmentKey(c: Word): string {
  let key = alignmentKeys.get(c);
  if (key === undefined) {
    key = `${c.term}|${c.surface}|${c.negated}`;
    alignmentKeys.set(c, key);
  }
  return key;
}

const NO_WORDS: Word[] = [];
const NO_PLACES: number[] = [];

/** `index` and `number`: the span's (span-index.ts), looked up by align once per span. */
function alignWord(
  c: Word,
  ci: number,
  claim: Word[],
  span: Word[],
  vocabulary: ClaimVocabulary,
  index: SpanIndex,
  number: number | null,
): Pair {
  const reach = reachOf(c, vocabulary);
  // The first span word with the same term and the same polarity; else the first with the same term. A term of
  // an actor group ("@russia") meets the group's other terms too: those scan the span.
  let same: Word | undefined;
  const withTerm = mayHaveTerm(reach, number) ? (index.byTerm.get(c.term) ?? NO_WORDS) : NO_WORDS;
  for (const s of reach.actor ? span : withTerm) {
    if (!sameActorOrTerm(s.term, c.term)) continue;
    if (s.negated === c.negated) return { claim: c, span: s, flipped: false };
    same ??= s;
  }
  if (same) return { claim: c, span: same, flipped: true };
  // The claim word's context is made only for a span that has a candidate (most have none): one Set, not one a span.
  let claimContext: Set<string> | undefined;
  if (c.cls >= 0) {
    let opposite: Word | null = null;
    for (const si of index.byClass.get(c.cls) ?? NO_PLACES) {
      const s = span[si]!;
      // Words of one pair only line up when they are about the same thing (a word nearby in common).
      claimContext ??= contextOf(claim, ci);
      if (!sharesContext(claimContext, contextOf(span, si))) continue;
      const flipped = (s.side !== c.side) !== (s.negated !== c.negated);
      if (!flipped) return { claim: c, span: s, flipped: false };
      opposite ??= s;
    }
    if (opposite) return { claim: c, span: opposite, flipped: true };
  }
  const prefixed = prefixedOpposite(c, index, reach.readings);
  if (prefixed) return { claim: c, span: prefixed, flipped: true };
  // A knowledge-base phrase swallows its words ("warring sides" is one term): "sides" still meets it.
  // Not two speakers' names, though: "Russian Foreign Ministry" is no "Russian President Vladimir Putin".
  const part = firstSharingAPart(c, reach.parts, span, index);
  if (part) return { claim: c, span: part, flipped: part.negated !== c.negated };
  // WordNet's opposites, about the same thing (a word nearby in common): "mild concern" against "deep concern".
  if (reach.opposes) {
    for (const si of vocabulary.oppositesIn(c, span)) {
      const s = span[si]!;
      if (s.entity) continue;
      claimContext ??= contextOf(claim, ci);
      // Always a change: "not military" is no safe way to say "civilian" (WordNet's senses are many).
      if (sharesContext(claimContext, contextOf(span, si))) return { claim: c, span: s, flipped: true };
    }
  }
  return { claim: c, span: null, flipped: false };
}

/**
 * The first span word that shares a part with `c` (`parts`: those of its parts some span has), where one of the
 * two is a phrase and not both are speakers.
 */
function firstSharingAPart(c: Word, parts: string[], span: Word[], index: SpanIndex): Word | undefined {
  let first = -1;
  for (const x of parts)
    for (const si of index.byPart.get(x) ?? NO_PLACES) {
      if (first !== -1 && si >= first) break;
      const s = span[si]!;
      if ((s.parts.length > 1 || c.parts.length > 1) && !(s.term.startsWith("@") && c.term.startsWith("@"))) {
        first = si;
        break;
      }
    }
  return first === -1 ? undefined : span[first];
}

/**
 * "uncontroversial" against "controversy", "partial" against "impartial": a negating prefix on one side
 * (`readings`: the claim word's prefix readings some span may have).
 */
function prefixedOpposite(c: Word, index: SpanIndex, readings: PrefixReading[]): Word | null {
  for (const { base, rest, prefixed } of readings) {
    if (rest !== null) {
      // A base word that is no term of its own ("just" in "unjust") meets the span's word as written.
      const hit = (base === null ? index.bySurfaceWord.get(rest) : index.byTerm.get(base))?.find(
        (s) => s.negated === c.negated,
      );
      if (hit) return hit;
    }
    // A phrase of the knowledge base holds the word: "independent state" against "dependent".
    const hit = index.bySurfaceWord.get(prefixed)?.find((s) => s.negated === c.negated);
    if (hit) return hit;
  }
  return null;
}
