// How a claim's words line up with an article span's: the same term, or a word of the same opposite-pair
// class; each pair keeps or flips the meaning (a "not" on one side only, or the other side of a pair).
import type { Token } from "../answering/lexicon.js";
import { RecentCache } from "../lib/recent-cache.js";
import { sameActorOrTerm } from "./actors.js";
import { litotesLength } from "./litotes.js";
import {
  CEASE_WORDS,
  FAIL_WORDS,
  NEGATIVE_PRONOUNS,
  NEGATOR_PAIRS,
  NEGATORS,
  RUSSIAN_CONCORD_NEGATORS,
  RUSSIAN_FAIL_WORDS,
} from "./polarity.js";
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
import { partsOf, stemOf } from "./stems.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** A meaningful word of a claim or an article span. */
export interface Word {
  /** What it is compared by: a concept ("=united_states"), a speaker ("@putin") or a stem. */
  term: string;
  surface: string;
  /** How much it counts: rare words more than common ones; frame words ("said") nothing. */
  weight: number;
  /** An odd number of negators stands before it ("no mention", but "not without controversy" is even). */
  negated: boolean;
  /** Its opposite-pair class and side, or -1 when it has none. */
  cls: number;
  side: number;
  /** A named actor: a speaker, a capitalised thing the article names, or an unknown name. */
  entity: boolean;
  /** Stems of the words a phrase token is made of ("warring sides": war, side); one stem for a single word. */
  parts: string[];
  /** Its place among the text's tokens (small words counted), -1 for a negation standing alone. */
  at: number;
}

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

/** The term of a negation that negates nothing ("… the negotiation process not."): it lines up with no word. */
export const DANGLING_NEGATION = "¬";

/**
 * Words from Lexicon tokens: negation carried forward, frame words kept (weight 0) so "no mention" counts. A
 * negator with nothing after it is kept as a word of its own, so a "not" tacked on at the end still counts.
 */
export function wordsOf(
  tokens: Token[],
  vocabulary: ClaimVocabulary,
  isEntity: (term: string, surface: string) => boolean,
): Word[] {
  const out: Word[] = [];
  let pending = 0;
  // Russian negation is concord: "никогда не" is one "never", not two negations that cancel; "не не" and
  // "не без" are two, as "not without" is in English.
  let concord = { ni: false, ne: false };
  let skipTo = -1;
  for (const [i, t] of tokens.entries()) {
    if (i < skipTo) continue;
    // "не обходится без споров", "не лишено споров": two negations that say the thing is there (litotes.ts).
    const litotes = litotesLength(tokens, i);
    if (litotes > 0) {
      skipTo = i + litotes;
      continue;
    }
    const pairedWith = NEGATOR_PAIRS.get(t.surface);
    if (NEGATORS.has(t.surface) || (pairedWith !== undefined && pairedWith === tokens[i + 1]?.surface)) {
      if (RUSSIAN_CONCORD_NEGATORS.has(t.surface)) {
        if (!concord.ni && !concord.ne) pending++;
        concord = { ...concord, ni: true };
      } else if (t.surface === "не" || t.surface === "нет") {
        // "нет ничего общего", "ничего не": one negation, whichever of the two comes first.
        if (!concord.ni || concord.ne) pending++;
        concord = { ...concord, ne: true };
      } else pending++;
      continue;
    }
    // "stopped criticizing": the cessation negates what it stops, and says nothing of its own.
    if (CEASE_WORDS.has(t.surface) && /^\p{L}+ing\b/u.test(tokens[i + 1]?.surface ?? "")) {
      pending++;
      continue;
    }
    if (NEGATIVE_PRONOUNS.has(t.surface)) {
      // "mentions nothing about": the verb it is the object of is what is negated ("makes no mention").
      const verb = out[out.length - 1];
      if (verb !== undefined && verb.at === i - 1 && pending === 0) {
        verb.negated = !verb.negated;
        continue;
      }
      out.push({ ...NEGATED_NOTHING, surface: t.surface, negated: pending % 2 === 0 });
      pending = 0;
      continue;
    }
    const opposite = vocabulary.classOf(t.surface);
    // A small word is skipped unless it is one side of an opposite pair: "thanks", "both", "all", "within".
    const small = t.role === "stop" || t.role === "question";
    if (small && !opposite) continue;
    concord = { ni: false, ne: false };
    const term = t.role === "frame" || small ? stemOf(t.surface) : t.term;
    out.push({
      term,
      surface: t.surface,
      weight: t.role === "frame" || small ? 0 : vocabulary.weightOf(term),
      negated: pending % 2 === 1,
      cls: opposite?.cls ?? -1,
      side: opposite?.side ?? -1,
      entity: isEntity(term, t.surface),
      parts: partsOf(t.surface),
      at: i,
    });
    // "failure to address": what comes after "to" did not happen ("failure not to" twice over, so it did;
    // small words between are read through: "failure of the talks to", "fails not at all to");
    // "отказывается обсуждать" likewise.
    let next = i + 1;
    while (
      next < tokens.length &&
      tokens[next]!.surface !== "to" &&
      (NEGATORS.has(tokens[next]!.surface) || tokens[next]!.role === "stop")
    )
      next++;
    const fails =
      (FAIL_WORDS.has(t.surface) && tokens[next]?.surface === "to") || RUSSIAN_FAIL_WORDS.has(t.surface);
    // "failed to" only marks the negation: "Putin failed to mention" is about mentioning, not failing.
    if (fails) out[out.length - 1]!.weight = 0;
    pending = fails ? 1 : 0;
  }
  if (pending % 2 === 1) out.push({ ...NEGATED_NOTHING });
  return out;
}

/** A negation with no word of its own: a "not" at the end, or "nothing"; it lines up with no word. */
const NEGATED_NOTHING: Word = {
  term: DANGLING_NEGATION,
  surface: "not",
  weight: 0,
  negated: true,
  cls: -1,
  side: -1,
  entity: false,
  parts: [],
  at: -1,
};

export const CONTEXT_WORDS = 3;

/**
 * The meaningful terms within a few words of `at`: opposites and swapped actors only count when they are about
 * the same thing. Speakers are left out: "Putin" is near half the article's words.
 */
export function contextOf(words: Word[], at: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, at - CONTEXT_WORDS); i <= Math.min(words.length - 1, at + CONTEXT_WORDS); i++) {
    const w = words[i]!;
    if (i !== at && w.weight > 0 && !w.term.startsWith("@")) out.add(w.term);
  }
  return out;
}

export function sharesContext(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
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
